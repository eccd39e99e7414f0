// Hindsight and minimising words (catalogue §2.6). Matched as words; `when` names the condition
// hindsight-minimizing.ts checks. rewrite "" = the quick fix deletes the word.
// "just" counts only with "had to / needed to" ("the on-call just needed to …"): alone it mostly
// means "recently" ("the on-call just acknowledged the page").
import type { PhraseEntry } from './phrase-rule';

const SPOT = '[what could be seen at the time, and what made it hard to see]';
const INABILITY = '[the specific case, and what made it hard at the time]';

export const PHRASES: PhraseEntry[] = [
  // Hindsight adverbs: reported unless negated ("not obviously wrong" is the blameless reading).
  { phrase: 'obviously', rewrite: '', source: 'ETSY-DFG', when: 'clearly' },
  { phrase: 'clearly', rewrite: '', source: 'PD-B', when: 'clearly' },
  { phrase: 'evidently', rewrite: '', source: 'PD-B', when: 'not-negated' },
  { phrase: 'predictably', rewrite: '', source: 'PD-B', when: 'not-negated' },
  { phrase: 'unsurprisingly', rewrite: '', source: 'PD-B', when: 'not-negated' },
  { phrase: 'predictable', rewrite: SPOT, source: 'PD-B', when: 'predicative' },
  { phrase: 'foreseeable', rewrite: SPOT, source: 'PD-B', when: 'predicative' },
  { phrase: 'if we were paying attention', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'if they were paying attention', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'if anyone had been paying attention', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'plainly ignored', rewrite: SPOT, source: 'PD-B' },
  // "I warned them": hindsight as told-you-so.
  { phrase: 'i warned them', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'i warned you', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'we warned them', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'i told them so', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'i told you so', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'plainly', rewrite: '', source: 'PD-B', when: 'not-negated' },
  { phrase: 'of course', rewrite: '', source: 'PD-B', when: 'not-aside' },
  { phrase: 'plain to see', rewrite: SPOT, source: 'PD-B', when: 'past-be' },
  { phrase: 'easy to see', rewrite: SPOT, source: 'PD-B', when: 'past-be' },
  { phrase: 'clear to see', rewrite: SPOT, source: 'PD-B', when: 'past-be' },
  { phrase: 'should have been clear', rewrite: SPOT, source: 'DEK' },
  // "obvious" only as a predicate ("was obvious from", "should have been obvious"), never as a
  // label for a candidate or symptom (obvious-artifact).
  { phrase: 'obvious', rewrite: SPOT, source: 'ETSY-DFG', when: 'predicative' },
  // A person's fault called obvious ("it was an obvious mistake", "such obvious oversights"): the
  // fault judged easy to avoid once its outcome is known. Only nouns of human faults: "an obvious
  // error in the config" names a defect of a thing.
  ...['obvious mistake', 'obvious mistakes', 'obvious oversight', 'obvious oversights', 'obvious blunder', 'obvious blunders'].map((phrase) => ({ phrase, rewrite: SPOT, source: 'PD-B', when: 'obvious-fault' })),
  // "It's just common sense", "basic common sense would have …": the act measured against what
  // anyone is supposed to know, a minimiser of what it took at the time.
  { phrase: 'common sense', rewrite: SPOT, source: 'PD-B', when: 'common-sense' },
  // "could not manage the simplest of equipment failures": a person's inability set against the
  // easiest case, a minimiser of the work (only after a person's "could not / failed to").
  { phrase: 'the simplest', rewrite: INABILITY, source: 'PD-B', when: 'inability' },
  { phrase: 'the most basic', rewrite: INABILITY, source: 'PD-B', when: 'inability' },
  { phrase: 'the easiest', rewrite: INABILITY, source: 'PD-B', when: 'inability' },
  // Minimisers of a human action (just-temporal and minimizer-technical are guarded).
  // "A simple look at the commit history should have been enough" (issue 11).
  ...['a simple look', 'a quick look', 'one look', 'a single look', 'a simple check', 'a quick check', 'a quick glance', 'a simple glance', 'a simple search', 'a quick search', 'a quick google', 'a simple google', 'a five-minute check', 'a two-minute check'].map((phrase) => ({ phrase, rewrite: SPOT, source: 'PD-B', when: 'one-look' })),
  { phrase: 'just', rewrite: '', source: 'PD-B', when: 'human-action' },
  { phrase: 'simply', rewrite: '', source: 'PD-B', when: 'human-action' },
  { phrase: 'merely', rewrite: '', source: 'PD-B', when: 'human-action' },
  { phrase: 'only', rewrite: '', source: 'PD-B', when: 'had-to' },
  // "All the on-call had to do was …"
  { phrase: 'all ... had to do', rewrite: SPOT, source: 'PD-B', gap: 4 },
  { phrase: 'all ... needed to do', rewrite: SPOT, source: 'PD-B', gap: 4 },
  { phrase: 'all ... has to do', rewrite: SPOT, source: 'PD-B', gap: 4 },
  { phrase: 'all ... have to do', rewrite: SPOT, source: 'PD-B', gap: 4 },
  { phrase: 'all that was needed was', rewrite: SPOT, source: 'PD-B' },
  // "Any competent engineer would …"
  { phrase: 'any competent ... would', rewrite: SPOT, source: 'DEK', gap: 3 },
  { phrase: 'a competent ... would', rewrite: SPOT, source: 'DEK', gap: 3 },
  { phrase: 'any competent ... should', rewrite: SPOT, source: 'DEK', gap: 3 },
  { phrase: 'any experienced ... would', rewrite: SPOT, source: 'DEK', gap: 3 },
  { phrase: 'an experienced ... would', rewrite: SPOT, source: 'DEK', gap: 3 },
  { phrase: 'any reasonable ... would', rewrite: SPOT, source: 'DEK', gap: 3 },
  { phrase: 'any good ... would', rewrite: SPOT, source: 'DEK', gap: 3 },
  { phrase: 'any decent ... would', rewrite: SPOT, source: 'DEK', gap: 3 },
  { phrase: 'any seasoned ... would', rewrite: SPOT, source: 'DEK', gap: 3 },
  { phrase: 'anyone competent would', rewrite: SPOT, source: 'DEK' },
  // "Anyone looking at the graph would have …"
  { phrase: 'anyone looking ... would', rewrite: SPOT, source: 'PD-B', gap: 6 },
  { phrase: 'anyone checking ... would', rewrite: SPOT, source: 'PD-B', gap: 6 },
  { phrase: 'anyone reading ... would', rewrite: SPOT, source: 'PD-B', gap: 6 },
  { phrase: 'anyone watching ... would', rewrite: SPOT, source: 'PD-B', gap: 6 },
  { phrase: 'anyone glancing ... would', rewrite: SPOT, source: 'PD-B', gap: 6 },
  { phrase: 'anyone who looked ... would', rewrite: SPOT, source: 'PD-B', gap: 6 },
  { phrase: 'anyone who checked ... would', rewrite: SPOT, source: 'PD-B', gap: 6 },
  { phrase: 'anybody looking ... would', rewrite: SPOT, source: 'PD-B', gap: 6 },
  // "It was clear from the logs that …, yet …": evidence read in hindsight against what was done.
  { phrase: 'was clear', rewrite: SPOT, source: 'PD-B', when: 'despite' },
  { phrase: 'were clear', rewrite: SPOT, source: 'PD-B', when: 'despite' },
  { phrase: 'was evident', rewrite: SPOT, source: 'PD-B', when: 'despite' },
  { phrase: 'was apparent', rewrite: SPOT, source: 'PD-B', when: 'despite' },
  { phrase: 'was plain', rewrite: SPOT, source: 'PD-B', when: 'despite' },
  // "Anyone could see the error rate climbing."
  { phrase: 'anyone could see', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'anybody could see', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'anyone could tell', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'anyone can see', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'any fool could', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'a child could', rewrite: SPOT, source: 'PD-B' },
  // "The warning signs were there."
  { phrase: 'warning signs were there', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'warning signs were all there', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'warning signs were plain', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'warning signs were obvious', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'signs were all there', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'red flags were there', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'red flags were all there', rewrite: SPOT, source: 'PD-B' },
  { phrase: 'writing was on the wall', rewrite: SPOT, source: 'PD-B' },
];

/** States of mind and feeling: "they were obviously very keen to know", "she was clearly upset" infer
 *  how someone felt, not an act read in hindsight (catalogue §2.6 hindsight is about what was missed). */
export const FEELING_ADJECTIVES = [
  'keen', 'eager', 'anxious', 'upset', 'worried', 'concerned', 'happy', 'unhappy', 'relieved', 'pleased', 'excited', 'nervous', 'stressed',
  'shaken', 'scared', 'afraid', 'frightened', 'angry', 'annoyed', 'frustrated', 'disappointed', 'embarrassed', 'tired', 'exhausted', 'distressed',
  'surprised', 'shocked', 'delighted', 'proud', 'sorry', 'grateful', 'curious', 'confused', 'puzzled', 'uncomfortable', 'busy',
];

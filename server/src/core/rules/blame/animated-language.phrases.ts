// Emotive or exaggerated words (catalogue §2.9). Matched as words; `when`:
//   not-product — skipped inside a product or practice name ("disaster recovery", "catastrophic backtracking")
//   predicative — only as a verdict ("is garbage", "pure trash"), not as a thing ("moved to the trash")
//   interjection — only opening a sentence, set off by a comma ("Seriously, …"), not as an adverb
//   exasperated — only with a first or second person in the sentence ("if I get paged one more time")
//   verdict     — said of the work or the response ("the migration was a disaster"), not naming an event
//                 ("the first airliner disaster since 2009", "to prevent such a catastrophe", "a catastrophic
//                 infinite-mint event": a severity name, catalogue §2.9) or a product ("disaster recovery");
//                 on a person's act it judges ("his catastrophic mistake")
//   upper       — only written in capitals ("SOB"), not the word ("sob")
//   plural-verdict — a plural as a verdict (copula before it) or pointed at ("more / these / such messes")
//   expletive   — "to hell", "the hell", "hell of", "from hell", "of hell", "sure as hell", not "Hell's Kitchen" or "a hell-bent process"
// Punctuation ("!!", "?!") is matched in animated-language.ts, not here.
import type { PhraseEntry } from './phrase-rule';

const METRIC = '[metric: e.g. N users / M minutes]';

export const PHRASES: PhraseEntry[] = [
  { phrase: 'i can\'t believe', rewrite: '', source: 'SREW' },
  { phrase: 'i cannot believe', rewrite: '', source: 'SREW' },
  { phrase: 'what a mess', rewrite: METRIC, source: 'SREW' },
  { phrase: 'what a disaster', rewrite: METRIC, source: 'SREW' },
  { phrase: 'what a nightmare', rewrite: METRIC, source: 'SREW' },
  { phrase: 'what a fiasco', rewrite: METRIC, source: 'SREW' },
  { phrase: 'what a shambles', rewrite: METRIC, source: 'SREW' },
  { phrase: 'what a joke', rewrite: METRIC, source: 'SREW' },
  { phrase: 'what a train wreck', rewrite: METRIC, source: 'SREW' },
  { phrase: 'what a circus', rewrite: METRIC, source: 'SREW' },
  { phrase: 'what a clown show', rewrite: METRIC, source: 'SREW' },
  { phrase: 'what a catastrophe', rewrite: METRIC, source: 'SREW' },
  { phrase: 'total disaster', rewrite: METRIC, source: 'SREW', when: 'not-product' },
  { phrase: 'absolute disaster', rewrite: METRIC, source: 'SREW' },
  { phrase: 'complete disaster', rewrite: METRIC, source: 'SREW' },
  { phrase: 'total mess', rewrite: METRIC, source: 'SREW' },
  { phrase: 'absolute mess', rewrite: METRIC, source: 'SREW' },
  { phrase: 'complete mess', rewrite: METRIC, source: 'SREW' },
  { phrase: 'total nightmare', rewrite: METRIC, source: 'SREW' },
  { phrase: 'absolute nightmare', rewrite: METRIC, source: 'SREW' },
  { phrase: 'complete nightmare', rewrite: METRIC, source: 'SREW' },
  { phrase: 'total failure', rewrite: METRIC, source: 'SREW', when: 'verdict' },
  { phrase: 'complete failure', rewrite: METRIC, source: 'SREW', when: 'verdict' },
  { phrase: 'absolute failure', rewrite: METRIC, source: 'SREW', when: 'verdict' },
  { phrase: 'dumpster fire', rewrite: METRIC, source: 'SREW' },
  // A verdict on the work ("the rollout was a train wreck"), not the wreck of a train.
  { phrase: 'train wreck', rewrite: METRIC, source: 'SREW', when: 'verdict' },
  { phrase: 'trainwreck', rewrite: METRIC, source: 'SREW' },
  { phrase: 'worst ... ever', rewrite: METRIC, source: 'SREW', gap: 4 },
  { phrase: 'ridiculous', rewrite: '', source: 'SREW' },
  { phrase: 'ridiculously', rewrite: '', source: 'SREW' },
  { phrase: 'insane', rewrite: '', source: 'SREW' },
  { phrase: 'insanely', rewrite: '', source: 'SREW' },
  { phrase: 'crazy', rewrite: '', source: 'SREW' },
  { phrase: 'absurd', rewrite: '', source: 'SREW' },
  { phrase: 'unbelievable', rewrite: '', source: 'SREW' },
  { phrase: 'unbelievably', rewrite: '', source: 'SREW' },
  { phrase: 'disaster', rewrite: METRIC, source: 'SREW', when: 'verdict' },
  { phrase: 'disastrous', rewrite: '', source: 'SREW' },
  { phrase: 'nightmare', rewrite: METRIC, source: 'SREW' },
  { phrase: 'nightmarish', rewrite: '', source: 'SREW' },
  { phrase: 'mess', rewrite: METRIC, source: 'SREW', when: 'not-product' },
  { phrase: 'catastrophe', rewrite: METRIC, source: 'SREW', when: 'verdict' },
  { phrase: 'catastrophic', rewrite: '', source: 'SREW', when: 'verdict' },
  { phrase: 'fiasco', rewrite: METRIC, source: 'SREW' },
  { phrase: 'shambles', rewrite: METRIC, source: 'SREW' },
  { phrase: 'joke', rewrite: METRIC, source: 'SREW' },
  { phrase: 'garbage', rewrite: METRIC, source: 'SREW', when: 'predicative' },
  { phrase: 'trash', rewrite: METRIC, source: 'SREW', when: 'predicative' },
  { phrase: 'dumbest', rewrite: '', source: 'SREW' },
  { phrase: 'stupidest', rewrite: '', source: 'SREW' },
  { phrase: 'horrendous', rewrite: '', source: 'SREW' },
  { phrase: 'atrocious', rewrite: '', source: 'SREW' },
  { phrase: 'pathetic', rewrite: '', source: 'SREW' },
  { phrase: 'laughable', rewrite: '', source: 'SREW' },
  // Outbursts: frustration at people or at the work (issue 11).
  { phrase: 'sick of', rewrite: '', source: 'SREW' },
  { phrase: 'sick and tired', rewrite: '', source: 'SREW' },
  { phrase: 'fed up', rewrite: '', source: 'SREW' },
  { phrase: 'how many times', rewrite: '', source: 'SREW', when: 'exasperated' },
  { phrase: 'one more time', rewrite: '', source: 'SREW', when: 'exasperated' },
  { phrase: 'seriously', rewrite: '', source: 'SREW', when: 'interjection' },
  { phrase: 'come on', rewrite: '', source: 'SREW', when: 'interjection' },
  { phrase: "i'm quitting", rewrite: '', source: 'SREW', when: 'outburst' },
  { phrase: 'i quit', rewrite: '', source: 'SREW', when: 'outburst' },
  { phrase: 'infuriating', rewrite: '', source: 'SREW' },
  { phrase: 'maddening', rewrite: '', source: 'SREW' },
  { phrase: 'shameful', rewrite: '', source: 'SREW' },
  { phrase: 'disgraceful', rewrite: '', source: 'SREW' },
  { phrase: 'a disgrace', rewrite: METRIC, source: 'SREW' },
  { phrase: 'what the hell', rewrite: '', source: 'SREW' },
  { phrase: "for god's sake", rewrite: '', source: 'SREW' },
  { phrase: 'for crying out loud', rewrite: '', source: 'SREW' },
  { phrase: 'ffs', rewrite: '', source: 'SREW' },
  { phrase: 'epic fail', rewrite: METRIC, source: 'SREW' },
  { phrase: 'a fail', rewrite: METRIC, source: 'SREW' },
  // "X sucks" judges; "it sucks (that) it happened", "I know that sucks" is empathy about the event.
  { phrase: 'sucks', rewrite: '', source: 'SREW', when: 'not-situation' },
  { phrase: 'debacle', rewrite: METRIC, source: 'SREW' },
  // A hell of a place, in hyperbole ("some vacuous hellscape"), as "the morning from hell" is.
  { phrase: 'hellscape', rewrite: '', source: 'SREW' },
  { phrase: 'sob', rewrite: '', source: 'SREW', when: 'upper' },
  { phrase: 'hell', rewrite: '', source: 'SREW', when: 'expletive' },
  // Profanity, as data.
  { phrase: 'wtf', rewrite: '', source: 'SREW' },
  { phrase: 'shitshow', rewrite: METRIC, source: 'SREW' },
  { phrase: 'clusterfuck', rewrite: METRIC, source: 'SREW' },
  { phrase: 'fucking', rewrite: '', source: 'SREW' },
  { phrase: 'fuck', rewrite: '', source: 'SREW' },
  { phrase: 'shit', rewrite: '', source: 'SREW' },
  { phrase: 'crap', rewrite: METRIC, source: 'SREW' },
  { phrase: 'crappy', rewrite: '', source: 'SREW' },
  // Issue 11, from real writing: anger and contempt about work or people.
  ...['pissed', 'pissed off', 'stfu', 'monstrosity', 'death trap', 'deathtrap', 'shitty', 'fucked', 'fuck up', 'fuckup', 'fuckups', 'fuck-up', 'fuck-ups', 'goddamn', 'goddamned', 'god damn', 'god damned', 'balls-up', 'balls up', 'cock-up', 'cockup', 'cock-ups', 'fucks up', 'fucked up', 'screwed over', 'bullshit', 'idiocy'].map((phrase) => ({ phrase, rewrite: '', source: 'SREW' })),
  // The same verdict nouns in the plural, only as a verdict ("were disasters") or pointed at
  // ("any more messes", "these nightmares"): bare, a plural names events in general ("people shared
  // their workplace fiascos"). And "utter" as the intensifier that total/complete/absolute are.
  ...['messes', 'nightmares', 'fiascos', 'fiascoes', 'debacles', 'shitshows', 'clusterfucks', 'dumpster fires', 'trainwrecks', 'disasters', 'catastrophes'].map((phrase) => ({ phrase, rewrite: METRIC, source: 'SREW', when: 'plural-verdict' })),
  ...['utter disaster', 'utter disasters', 'utter mess', 'utter nightmare', 'utter failure', 'utter catastrophe', 'utter catastrophes', 'utter shambles', 'utter fiasco'].map((phrase) => ({ phrase, rewrite: METRIC, source: 'SREW' })),
  // Profanity in its spoken and minced spellings ("freakin'", "friggin", "fuckin"), and the noun
  // forms of the listed adjectives of madness ("insane" → "insanity", "crazy" → "madness"). ("Screw-ups"
  // is left out: real writing uses it of mistakes in general, "most huge screw-ups happen to …".)
  // "freaking out" is a verb of alarm, not the intensifier (animated-language.ts).
  ...['freakin', 'freaking', 'frickin', 'fricking', 'friggin', 'frigging', 'effing', 'fuckin', 'fucks', 'shite', 'arse', 'sodding', 'bollocks', 'tits up'].map((phrase) => ({ phrase, rewrite: '', source: 'SREW' })),
  // The nouns only as a verdict ("was just madness"), not an idiom ("a descent into madness").
  ...['madness', 'insanity', 'lunacy'].map((phrase) => ({ phrase, rewrite: METRIC, source: 'SREW', when: 'predicative' })),
  { phrase: 'damn', rewrite: '', source: 'SREW' },
  { phrase: 'bloody', rewrite: '', source: 'SREW' },
];

/** product-name: product and practice names that contain an animated word. */
export const PRODUCT_NAMES: string[] = [
  'disaster recovery', 'disaster-recovery', 'disaster recovery plan', 'disaster site', 'disaster drill', 'disaster scenario',
  'disaster management', 'disaster preparedness', 'disaster planning', 'disaster plan', 'disaster response',
  'chaos monkey', 'chaos engineering', 'chaos kong', 'chaos gorilla', 'panic button', 'garbage collection', 'garbage collector',
  'garbage collected', 'garbage-collected', 'garbage-collection', 'trash bin', 'trash can', 'trash folder', 'mess hall',
  'catastrophic backtracking', 'catastrophic forgetting',
];

/** Profane words that, as one part of a hyphenated compound, make the compound profanity
 *  ("arse-over-tit", "half-arsed", "shit-for-brains"). Not "ass" ("kick-ass" is praise) or "hell" ("hell-bent"). */
export const PROFANE_PARTS = ['fuck', 'fucking', 'fucked', 'fucks', 'fucker', 'fuckers', 'shit', 'shits', 'shitty', 'arse', 'arsed', 'crap', 'crappy', 'bollocks', 'piss', 'pissed', 'bullshit'];
/** Stems that make any part profane ("fucksticks", "shitstorm"). */
export const PROFANE_STEMS = ['fuck', 'shit'];

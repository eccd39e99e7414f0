// Sole responsibility and self-flagellation (catalogue §2.14). Matched as words; `when`:
//   incident-object — "solely responsible" counts only with a first-person subject or for an incident
//   not-negated     — "not my fault" is not self-blame
//   taker           — "take the blame" unless whoever takes it is asked about ("decide who takes the blame")
//   own             — only with the writers in the sentence ("we take full responsibility"), not reported of others
//   owned-fault     — "my mistake", "our oversight", but not learned from ("we learn from our mistakes")
import type { PhraseEntry } from './phrase-rule';

export const PHRASES: PhraseEntry[] = [
  { phrase: 'solely responsible', source: 'ETSY12', when: 'incident-object' },
  { phrase: 'entirely our fault', source: 'ETSY12' },
  { phrase: 'entirely my fault', source: 'ETSY12' },
  { phrase: 'all our fault', source: 'ETSY12' },
  { phrase: 'all my fault', source: 'ETSY12' },
  { phrase: 'our fault', source: 'ETSY12', when: 'not-negated' },
  { phrase: 'my fault', source: 'ETSY12', when: 'not-negated' },
  { phrase: 'takes full blame', source: 'PD-ACC', when: 'taker' },
  { phrase: 'take full blame', source: 'PD-ACC', when: 'taker' },
  { phrase: 'takes the blame', source: 'PD-ACC', when: 'taker' },
  { phrase: 'take the blame', source: 'PD-ACC', when: 'taker' },
  { phrase: 'took the blame', source: 'PD-ACC', when: 'taker' },
  { phrase: 'took full blame', source: 'PD-ACC', when: 'taker' },
  { phrase: 'accept full blame', source: 'PD-ACC' },
  { phrase: 'i blame myself', source: 'PD-ACC' },
  { phrase: 'we blame ourselves', source: 'PD-ACC' },
  { phrase: 'we dropped the ball', source: 'ETSY12' },
  // Issue 11, from real writing.
  ...['ourselves to blame', 'myself to blame', 'i was wrong', 'we were wrong', 'i screwed it', 'we screwed it', 'i blew it', 'we blew it', 'i messed it up', 'we messed it up', 'my biggest sin', 'my bad', 'i fucked up', 'we fucked up'].map((phrase) => ({ phrase, source: 'ETSY12' })),
  { phrase: 'i dropped the ball', source: 'ETSY12' },
  { phrase: 'we screwed up', source: 'ETSY12' },
  { phrase: 'i screwed up', source: 'ETSY12' },
  { phrase: 'we messed up', source: 'ETSY12' },
  { phrase: 'i messed up', source: 'ETSY12' },
  { phrase: 'we really screwed up', source: 'ETSY12' },
  { phrase: 'we really messed up', source: 'ETSY12' },
  { phrase: 'no excuse', source: 'ETSY12' },
  { phrase: 'no excuses', source: 'ETSY12' },
  { phrase: "that's on us", source: 'ETSY12' },
  { phrase: 'that is on us', source: 'ETSY12' },
  { phrase: "that's on me", source: 'ETSY12' },
  { phrase: 'that is on me', source: 'ETSY12' },
  { phrase: 'i am at fault', source: 'ETSY12' },
  { phrase: "i'm at fault", source: 'ETSY12' },
  { phrase: 'we are at fault', source: 'ETSY12' },
  { phrase: 'own up to it', source: 'PD-ACC' },
  { phrase: 'full responsibility', source: 'PD-ACC', when: 'own' },
  { phrase: 'we failed at', source: 'ETSY12' },
  { phrase: 'i failed at', source: 'ETSY12' },
  { phrase: 'we failed you', source: 'ETSY12' },
  { phrase: 'because of me', source: 'ETSY12' },
  { phrase: 'my bad', source: 'ETSY12' },
  // The writer's own fault noun, owned (stop 30, from real threads: "It was my mistake guys"): not
  // learning from them ("we learn from our mistakes") and not a compound ("my error message").
  // The same nouns in their other spellings ("my screw up") and their ruder synonyms ("my cock-up").
  ...['my mistake', 'our mistake', 'my oversight', 'our oversight', 'my screwup', 'my screw-up', 'our screwup', 'our screw-up', 'my blunder', 'our blunder',
    'my screw up', 'our screw up', 'my fuckup', 'my fuck-up', 'my fuck up', 'our fuckup', 'our fuck-up', 'our fuck up', 'my cock-up', 'our cock-up', 'my balls-up', 'our balls-up'].map((phrase) => ({ phrase, source: 'ETSY12', when: 'owned-fault' })),
  { phrase: 'i failed you', source: 'ETSY12' },
  // Full responsibility and penance in idiom: "so the buck stops with us", "to atone for my sins".
  ...['the buck stops with us', 'the buck stops with me', 'the buck stopped with us', 'the buck stopped with me', 'atone for my', 'atone for our'].map((phrase) => ({ phrase, source: 'PD-ACC' })),
];

// Sole responsibility and self-flagellation (catalogue §2.14). Matched as words; `when`:
//   incident-object — "solely responsible" counts only with a first-person subject or for an incident
//   not-negated     — "not my fault" is not self-blame
import type { PhraseEntry } from './phrase-rule';

export const PHRASES: PhraseEntry[] = [
  { phrase: 'solely responsible', source: 'ETSY12', when: 'incident-object' },
  { phrase: 'entirely our fault', source: 'ETSY12' },
  { phrase: 'entirely my fault', source: 'ETSY12' },
  { phrase: 'all our fault', source: 'ETSY12' },
  { phrase: 'all my fault', source: 'ETSY12' },
  { phrase: 'our fault', source: 'ETSY12', when: 'not-negated' },
  { phrase: 'my fault', source: 'ETSY12', when: 'not-negated' },
  { phrase: 'takes full blame', source: 'PD-ACC' },
  { phrase: 'take full blame', source: 'PD-ACC' },
  { phrase: 'takes the blame', source: 'PD-ACC' },
  { phrase: 'take the blame', source: 'PD-ACC' },
  { phrase: 'took the blame', source: 'PD-ACC' },
  { phrase: 'took full blame', source: 'PD-ACC' },
  { phrase: 'accept full blame', source: 'PD-ACC' },
  { phrase: 'i blame myself', source: 'PD-ACC' },
  { phrase: 'we blame ourselves', source: 'PD-ACC' },
  { phrase: 'we dropped the ball', source: 'ETSY12' },
  { phrase: 'i dropped the ball', source: 'ETSY12' },
  { phrase: 'we screwed up', source: 'ETSY12' },
  { phrase: 'i screwed up', source: 'ETSY12' },
  { phrase: 'we messed up', source: 'ETSY12' },
  { phrase: 'i messed up', source: 'ETSY12' },
  { phrase: 'we really screwed up', source: 'ETSY12' },
  { phrase: 'we really messed up', source: 'ETSY12' },
  { phrase: 'no excuse', source: 'ETSY12' },
];

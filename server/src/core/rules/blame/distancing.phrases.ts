// Distancing through differencing (catalogue §2.10). Matched as words; `when` names the condition
// distancing.ts checks:
//   here        — "happen" is followed by here / to us / on/in/with/at our …
//   we-never    — the subject is "we" or "our {people}", and no "have" follows (not a counterfactual)
//   group-next  — a team, role or people word follows within three words
//   group-subj  — a team, role or people word is the subject
//   group-around — a team, role or people word in the clause before, or just after "than"
//   unlike-our  — "unlike {a group}, our/we …" (config-comparison guard: the compared thing is a group)
import type { PhraseEntry } from './phrase-rule';

export const PHRASES: PhraseEntry[] = [
  { phrase: 'would never happen', source: 'LFI-O', when: 'here' },
  { phrase: 'would not happen', source: 'LFI-O', when: 'here' },
  { phrase: "wouldn't happen", source: 'LFI-O', when: 'here' },
  { phrase: 'could never happen', source: 'LFI-O', when: 'here' },
  { phrase: 'could not happen', source: 'LFI-O', when: 'here' },
  { phrase: "couldn't happen", source: 'LFI-O', when: 'here' },
  { phrase: 'will never happen', source: 'LFI-O', when: 'here' },
  { phrase: "can't happen", source: 'LFI-O', when: 'here' },
  { phrase: 'cannot happen', source: 'LFI-O', when: 'here' },
  { phrase: 'would never', source: 'LFI-O', when: 'we-never' },
  { phrase: "wouldn't", source: 'LFI-O', when: 'we-never' },
  { phrase: 'would not', source: 'LFI-O', when: 'we-never' },
  { phrase: "we'd never", source: 'LFI-O', when: 'we-never' },
  { phrase: 'a problem for ... alone', source: 'LFI-O', gap: 5 },
  { phrase: 'is their problem', source: 'LFI-O' },
  { phrase: 'was their problem', source: 'LFI-O' },
  { phrase: 'not our problem', source: 'LFI-O' },
  { phrase: "that's their problem", source: 'LFI-O' },
  { phrase: 'their problem not ours', source: 'LFI-O' },
  { phrase: 'far more seriously than', source: 'LFI-O', when: 'group-around' },
  { phrase: 'much more seriously than', source: 'LFI-O', when: 'group-around' },
  { phrase: 'more seriously than', source: 'LFI-O', when: 'group-around' },
  { phrase: 'far more careful than', source: 'LFI-O', when: 'group-around' },
  { phrase: 'much more careful than', source: 'LFI-O', when: 'group-around' },
  { phrase: 'way more careful than', source: 'LFI-O', when: 'group-around' },
  { phrase: 'more careful than', source: 'LFI-O', when: 'group-around' },
  { phrase: 'more disciplined than', source: 'LFI-O', when: 'group-around' },
  { phrase: 'typical of', source: 'LFI-O', when: 'group-next' },
  { phrase: 'always like that', source: 'LFI-O', when: 'group-subj' },
  { phrase: 'always like this', source: 'LFI-O', when: 'group-subj' },
  { phrase: "that's how they are", source: 'LFI-O' },
  { phrase: 'that is how they are', source: 'LFI-O' },
  { phrase: 'just how they are', source: 'LFI-O' },
  { phrase: 'known for', source: 'LFI-O', when: 'group-subj' },
  { phrase: 'only a ... would', source: 'LFI-O', when: 'group-inside', gap: 6 },
  { phrase: 'only an ... would', source: 'LFI-O', when: 'group-inside', gap: 6 },
  { phrase: 'what happens when', source: 'LFI-O', when: 'group-next' },
  { phrase: 'unlike', source: 'LFI-O', when: 'unlike-our' },
  { phrase: 'our own ... properly', source: 'LFI-O', gap: 6 },
  { phrase: 'our own ... correctly', source: 'LFI-O', gap: 6 },
];

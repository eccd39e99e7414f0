// People explained as faulty components (catalogue §2.13). Each entry is a knowledge-deficit
// phrase; mechanistic-reasoning.ts reports it only when it is offered as a cause: after "due to",
// "because of" …, or before "caused", "led to" …. `when: 'knowledge'` entries are skipped when a
// system noun follows ("lack of training material", "knowledge sharing").
import type { PhraseEntry } from './phrase-rule';

export const PHRASES: PhraseEntry[] = [
  { phrase: 'unfamiliarity', source: 'BERG' },
  { phrase: 'inexperience', source: 'BERG' },
  { phrase: 'lack of knowledge', source: 'BERG', when: 'knowledge' },
  { phrase: 'lack of training', source: 'BERG', when: 'knowledge' },
  { phrase: 'lack of experience', source: 'BERG', when: 'knowledge' },
  { phrase: 'lack of understanding', source: 'BERG', when: 'knowledge' },
  { phrase: 'lack of familiarity', source: 'BERG', when: 'knowledge' },
  { phrase: 'lack of expertise', source: 'BERG', when: 'knowledge' },
  { phrase: 'lack of skill', source: 'BERG', when: 'knowledge' },
  { phrase: 'insufficient training', source: 'BERG', when: 'knowledge' },
  { phrase: 'insufficient knowledge', source: 'BERG', when: 'knowledge' },
  { phrase: 'insufficient experience', source: 'BERG', when: 'knowledge' },
  { phrase: 'inadequate training', source: 'BERG', when: 'knowledge' },
  { phrase: 'limited understanding', source: 'BERG', when: 'knowledge' },
  { phrase: 'limited knowledge', source: 'BERG', when: 'knowledge' },
  { phrase: 'limited experience', source: 'BERG', when: 'knowledge' },
  { phrase: 'poor understanding', source: 'BERG', when: 'knowledge' },
  { phrase: 'incomplete understanding', source: 'BERG', when: 'knowledge' },
  { phrase: 'ignorance', source: 'BERG' },
];

/** Connectors before the phrase that make it a cause. */
export const CAUSE_BEFORE: string[] = ['due to', 'because of', 'owing to', 'as a result of', 'through', 'given', 'out of', 'from'];
/** Verbs after the phrase that make it a cause. */
export const CAUSE_AFTER: string[] = ['caused', 'causes', 'led to', 'leads to', 'resulted in', 'results in', 'meant', 'was the cause', 'was the root cause', 'contributed to', 'explains', 'made', 'was a factor', 'was a probable factor', 'was a contributing factor', 'a factor', 'played a part', 'played a role'];
/** Nouns after "training" / "knowledge" that make the phrase a system gap. */
export const SYSTEM_NOUNS: string[] = ['material', 'materials', 'data', 'docs', 'documentation', 'base', 'sharing', 'transfer', 'environment', 'program', 'programme', 'course', 'budget', 'set', 'sets', 'pipeline', 'plan', 'time'];

// Actions and learnings that try to fix people (catalogue §2.8). Matched as words; `when` names
// the condition people-targeted-action.ts checks:
//   behaviour   — the subject is a person, or there is none (an imperative: "Be more careful …")
//   base        — as behaviour, and the word is the base form ("double-check", not "double-checked")
//   person-obj  — a person-like object follows ("Remind everyone …", "Retrain Eli …")
//   ask-to      — "{verb} {people} to {remember|be|pay|read …}"
//   person-subj — the subject is a person ("The DBA needs to learn …")
//   imperative  — the sentence starts with it, or its subject is a person ("Don't … again")
//   train       — "train {people} (not) to"; the training-program guard applies
//   metric      — a people-targeted success metric
import type { PhraseEntry } from './phrase-rule';

export const PHRASES: PhraseEntry[] = [
  { phrase: 'be more careful', source: 'seed', when: 'behaviour' },
  { phrase: 'be extra careful', source: 'seed', when: 'behaviour' },
  { phrase: 'be careful', source: 'seed', when: 'behaviour' },
  { phrase: 'be more vigilant', source: 'SREW', when: 'behaviour' },
  { phrase: 'be vigilant', source: 'SREW', when: 'behaviour' },
  { phrase: 'be more attentive', source: 'SREW', when: 'behaviour' },
  { phrase: 'be more thorough', source: 'ETSY-DFG', when: 'behaviour' },
  { phrase: 'be more diligent', source: 'ETSY-DFG', when: 'behaviour' },
  { phrase: 'be more cautious', source: 'seed', when: 'behaviour' },
  { phrase: 'take more care', source: 'seed', when: 'behaviour' },
  { phrase: 'take extra care', source: 'seed', when: 'behaviour' },
  { phrase: 'try harder', source: 'ETSY-DFG', when: 'behaviour' },
  { phrase: 'do better', source: 'ETSY-DFG', when: 'behaviour' },
  { phrase: 'do what you should', source: 'ETSY-DFG', when: 'behaviour' },
  { phrase: 'more carefully', source: 'seed', when: 'behaviour' },
  { phrase: 'pay more attention', source: 'SREW', when: 'behaviour' },
  { phrase: 'pay closer attention', source: 'SREW', when: 'behaviour' },
  { phrase: 'pay close attention', source: 'SREW', when: 'behaviour' },
  { phrase: 'pay extra attention', source: 'SREW', when: 'behaviour' },
  { phrase: 'pay better attention', source: 'SREW', when: 'behaviour' },
  { phrase: 'pay attention', source: 'SREW', when: 'behaviour' },
  { phrase: 'double-check', source: 'SREW', when: 'base' },
  { phrase: 'double check', source: 'SREW', when: 'base' },
  { phrase: 'triple-check', source: 'SREW', when: 'base' },
  { phrase: 'remind', source: 'SREW', when: 'person-obj' },
  { phrase: 'retrain', source: 'SREB15', when: 'person-obj' },
  { phrase: 're-train', source: 'SREB15', when: 'person-obj' },
  { phrase: 're-educate', source: 'SREB15', when: 'person-obj' },
  { phrase: 'reeducate', source: 'SREB15', when: 'person-obj' },
  { phrase: 'discipline', source: 'PD-W', when: 'person-obj' },
  { phrase: 'reprimand', source: 'PD-W', when: 'person-obj' },
  { phrase: 'tell', source: 'SREW', when: 'ask-to' },
  { phrase: 'ask', source: 'SREW', when: 'ask-to' },
  { phrase: 'instruct', source: 'SREW', when: 'ask-to' },
  { phrase: 'encourage', source: 'SREW', when: 'ask-to' },
  { phrase: 'urge', source: 'SREW', when: 'ask-to' },
  { phrase: 'make sure', source: 'SREW', when: 'ask-to' },
  { phrase: 'ensure', source: 'SREW', when: 'ask-to' },
  { phrase: 'train', source: 'SREB15', when: 'train' },
  { phrase: 'needs to learn', source: 'SREB15', when: 'person-subj' },
  { phrase: 'need to learn', source: 'SREB15', when: 'person-subj' },
  { phrase: 'must learn', source: 'SREB15', when: 'person-subj' },
  { phrase: 'should learn', source: 'SREB15', when: 'person-subj' },
  { phrase: 'has to learn', source: 'SREB15', when: 'person-subj' },
  { phrase: 'have to learn', source: 'SREB15', when: 'person-subj' },
  { phrase: 'hold ... accountable', source: 'PD-W', gap: 4 },
  { phrase: 'held accountable', source: 'PD-W' },
  { phrase: 'disciplinary action', source: 'PD-W' },
  { phrase: 'performance conversation', source: 'PD-W' },
  { phrase: 'performance improvement plan', source: 'PD-W' },
  { phrase: "don't ... again", source: 'ETSY-DFG', when: 'imperative', gap: 10 },
  { phrase: 'do not ... again', source: 'ETSY-DFG', when: 'imperative', gap: 10 },
  { phrase: 'never ... again', source: 'ETSY-DFG', when: 'imperative', gap: 10 },
  // People-targeted success metrics.
  { phrase: 'no more mistakes', source: 'PD-W', when: 'metric' },
  { phrase: 'no more ... mistakes', source: 'PD-W', when: 'metric', gap: 3 },
  { phrase: 'no more human errors', source: 'PD-W', when: 'metric' },
  { phrase: 'fewer human errors', source: 'PD-W', when: 'metric' },
  { phrase: 'fewer human mistakes', source: 'PD-W', when: 'metric' },
  { phrase: 'zero human errors', source: 'PD-W', when: 'metric' },
  { phrase: 'zero mistakes', source: 'PD-W', when: 'metric' },
  { phrase: 'remember', source: 'PD-W', when: 'metric-remember' },
  { phrase: 'remembers', source: 'PD-W', when: 'metric-remember' },
];

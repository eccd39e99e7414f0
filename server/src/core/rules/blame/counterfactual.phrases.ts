// Word data for counterfactual (catalogue §2.4). The rule matches grammatical shapes; these are
// the words those shapes are built from.

/** Modals that make "modal + have + past participle" an alternate past. must/may/might are
 *  epistemic (an inference about what happened) and are left out on purpose (`epistemic-modal`). */
export const COUNTERFACTUAL_MODALS = [
  { phrase: 'should', source: 'BERG' },
  { phrase: "shouldn't", source: 'BERG' },
  { phrase: 'could', source: 'BERG' },
  { phrase: "couldn't", source: 'BERG' },
  { phrase: 'would', source: 'DEK' },
  { phrase: "wouldn't", source: 'DEK' },
  { phrase: 'ought to', source: 'ETSY-DFG' },
  { phrase: 'needed to', source: 'ETSY-DFG' },
];

/** Modals whose "have + past participle" infers what probably happened (`epistemic-modal`). */
export const EPISTEMIC_MODALS = ['must', 'may', 'might', "mustn't"];

/** Fixed counterfactual phrases, matched as words anywhere (outside guarded text). */
export const COUNTERFACTUAL_PHRASES = [
  { phrase: 'if only', suggestion: 'At [time], [information available].' },
  { phrase: 'could have been avoided', suggestion: 'At [time], [information available].' },
  { phrase: 'could have been prevented', suggestion: 'At [time], [information available].' },
  { phrase: 'would not have happened', suggestion: 'At [time], [information available].' },
  { phrase: 'would never have happened', suggestion: 'At [time], [information available].' },
  { phrase: "wouldn't have happened", suggestion: 'At [time], [information available].' },
];

/** "did not check … until / in time / sooner / earlier": too late, measured against hindsight. */
export const LATENESS_WORDS = ['until', 'sooner', 'earlier', 'in time', 'in good time', 'fast enough', 'quickly enough', 'soon enough'];

/** Action verbs of the "failed to / did not + verb + until" shape (base forms). */
export const LATE_ACTION_VERBS = [
  'check', 'notice', 'test', 'verify', 'escalate', 'read', 'review', 'tell', 'follow', 'monitor', 'acknowledge', 'update', 'renew',
  'page', 'act', 'respond', 'react', 'roll', 'revert', 'restart', 'look', 'investigate', 'report', 'inform', 'call', 'contact', 'declare',
];

/** Quantifiers over people that, with "the same", make a generalisation (`generalisation`). */
export const GENERALISING_WORDS = ['most', 'many', 'any', 'every', 'other', 'others', 'anyone', 'everyone', 'they', 'two', 'three', 'four', 'five', 'several', 'all'];

/** Question words that start a facilitation question (`facilitation-question`). */
export const FACILITATION_STARTS = ['what', 'how'];

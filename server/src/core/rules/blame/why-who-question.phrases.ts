// Word data for why-who-question (catalogue §2.7).

/** Auxiliaries after "Why" that make the question about someone's action. */
export const WHY_AUXILIARIES = ['did', "didn't", 'would', "wouldn't", 'was', "wasn't", 'were', "weren't", 'do', "don't", 'does', "doesn't", 'is', "isn't", 'are', "aren't", 'had', "hadn't", 'has', "hasn't", 'have', "haven't", 'could', "couldn't", 'should', "shouldn't", 'will', "won't", 'can', "can't"];

/** Blame verbs after "Who" (§2.7); the catalogue's list plus failure verbs. */
export const WHO_BLAME_VERBS = [
  { phrase: 'approved', source: 'ALL-IH' },
  { phrase: 'pushed', source: 'ALL-IH' },
  { phrase: 'merged', source: 'ALL-IH' },
  { phrase: 'broke', source: 'ALL-IH' },
  { phrase: 'deleted', source: 'ALL-IH' },
  { phrase: 'let', source: 'ALL-IH' },
  { phrase: 'allowed', source: 'ALL-IH' },
  { phrase: 'signed off', source: 'ALL-IH' },
  { phrase: 'caused', source: 'ALL-IH' },
  { phrase: 'is responsible for', source: 'ALL-IH' },
  { phrase: 'was responsible for', source: 'ALL-IH' },
  { phrase: 'is to blame', source: 'ALL-IH' },
  { phrase: 'was to blame', source: 'ALL-IH' },
  { phrase: 'touched', source: 'ALL-IH' },
  { phrase: 'forgot', source: 'ALL-IH' },
  { phrase: 'missed', source: 'ALL-IH' },
  { phrase: 'ignored', source: 'ALL-IH' },
  { phrase: 'messed up', source: 'ALL-IH' },
  { phrase: 'screwed up', source: 'ALL-IH' },
  { phrase: 'dropped', source: 'ALL-IH' },
  { phrase: 'deployed', source: 'ALL-IH' },
  { phrase: 'shipped', source: 'ALL-IH' },
  { phrase: 'disabled', source: 'ALL-IH' },
  { phrase: 'did this', source: 'ALL-IH' },
  { phrase: 'did it', source: 'ALL-IH' },
  { phrase: 'did that', source: 'ALL-IH' },
  { phrase: 'dropped the ball', source: 'ALL-IH' },
  { phrase: 'thought', source: 'ALL-IH' },
];

/** Verbs whose object is carried into "Which part of the process allowed [X] to reach production?". */
export const CARRY_OBJECT_VERBS = ['approved', 'pushed', 'merged', 'signed off', 'deployed', 'shipped'];

/** The seed's questions (§6.3), offered as replacements. */
export const SEED_QUESTIONS = [
  'What information did you have at that point?',
  'What were you thinking when you saw [X]?',
  'What would have made [this decision] easier?',
  'What were you hoping would happen?',
  'How did you learn about [this situation]?',
];

/** Leading words a question may start with before "Why" ("So why did you …?"). */
export const LEADING_WORDS = ['so', 'and', 'but', 'then', 'ok', 'okay', 'honestly', 'seriously', 'also', 'again', 'still', 'really', 'ugh', 'um', 'well', 'wait', 'look', 'come', 'on'];

/** Predicates of blame that an elliptical "who is?" takes up from earlier in the question ("If X isn't to blame, who is?"). */
export const BLAME_PREDICATES = ['to blame', 'responsible', 'at fault', 'culpable', 'accountable'];

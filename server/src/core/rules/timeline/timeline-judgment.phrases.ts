// Phrases of evaluation or remediation inside timeline cells (catalogue §2.15), and of knowledge
// gained later (§4.3 timeline-hindsight). Matched as words.

/** Forward-looking judgments and fixes. "should have" / "must have" are excluded in code. */
export const JUDGMENT_PHRASES: string[] = ['should', 'needs to', 'need to', 'must', 'insufficient', 'insufficiently', 'inadequate', 'inadequately'];

/** Labels that start a fix or a lesson, when followed by a colon ("TODO: add an alert"). */
export const JUDGMENT_LABELS: string[] = ['fix', 'todo', 'lesson', 'lessons', 'learning', 'action item'];

/** Knowledge gained after the fact. */
export const HINDSIGHT_PHRASES: string[] = [
  'in hindsight',
  'with hindsight',
  'in retrospect',
  'we later learned',
  'we later learnt',
  'we later found',
  'later learned',
  'later learnt',
  'it turned out',
  'as it turned out',
  'turned out to be',
  'we now know',
  'now we know',
  'unbeknownst',
  'unbeknown to',
];

// Vague action openings (catalogue §4.5 `action-vague`, PD-W's Actionable / Specific / Bounded).
// Each is matched as words at the start of the Action cell. An action that goes on to name a
// concrete change ("… by adding an alert on queue age", "… so that …", a number) is not vague.
export const VAGUE_OPENINGS = [
  'improve',
  'investigate',
  'look into',
  'look at',
  'reflect on',
  'revisit',
  'consider',
  'explore',
  'think about',
  'discuss',
  'work on',
  'research',
  'evaluate',
  'review options for',
  'fix the issue',
  'fix the problem',
  'fix the bug',
  'fix this',
  'fix it',
  'address the issue',
  'address the problem',
  'try to',
  'enhance',
  'optimise',
  'optimize',
];

/** "Make … better": a make-clause ending in one of these, with no measurable target. */
export const VAGUE_MAKE_COMPLEMENTS = ['better', 'more reliable', 'more robust', 'more resilient', 'safer', 'faster', 'easier', 'more stable', 'more efficient', 'clearer', 'smoother'];

/** Words that show the action goes on to name a concrete change. */
export const CONCRETE_MARKERS = ['so that', 'so it', 'by adding', 'by requiring', 'by alerting', 'by automating', 'by removing', 'by setting', 'and add', 'then add', 'and alert', 'and require', 'and automate', 'and set', 'and remove', 'and block', 'and write', 'until'];

// Success-metric vocabulary (catalogue §4.5 `action-metric-vague`). Data, matched as words.

/** Words that only say "more/less/better" without a target: vague unless a number or test is given. */
export const VAGUE_METRIC_WORDS = [
  'better',
  'improved',
  'improve',
  'improves',
  'improvement',
  'fewer',
  'less',
  'reduced',
  'reduce',
  'increased',
  'increase',
  'more reliable',
  'reliability',
  'faster',
  'quicker',
  'smoother',
  'enhanced',
  'optimised',
  'optimized',
  'done',
  'complete',
  'completed',
  'fixed',
  'resolved',
  'works',
  'working',
  'as needed',
  'ongoing',
  'visibility',
  'awareness',
  'stability',
];

/** A number-free threshold or quantifier that makes the end state checkable. */
export const THRESHOLD_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'ten', 'hundred', 'half', 'every', 'each', 'all', 'none', 'no', 'never',
  'always', 'within', 'at least', 'at most', 'below', 'above', 'under', 'exceeds', 'exceed', 'percent', 'p50', 'p90', 'p95', 'p99',
];

/** Tests and checks that prove the end state. */
export const TEST_WORDS = [
  'test', 'tests', 'tested', 'testing', 'ci', 'drill', 'game day', 'replay', 'simulated', 'simulation', 'canary', 'fails', 'passes',
  'pages', 'fires', 'rejects', 'blocks', 'refuses', 'audited',
];

/** End-state words: the metric states something that is true or false. */
export const END_STATE_WORDS = [
  'is', 'are', 'has', 'have', 'exists', 'exist', 'present', 'visible', 'enabled', 'disabled', 'removed', 'deleted', 'documented',
  'published', 'deployed', 'merged', 'shipped', 'in place', 'live', 'available', 'declared', 'recorded', 'listed', 'linked', 'tracked',
];

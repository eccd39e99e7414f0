// Type values that count as preventive (catalogue §4.5 `action-preventive-missing`): an item
// that prevents the incident class or mitigates its impact. Matched as words in the Type cell.
export const PREVENTIVE_TYPES = [
  'prevent',
  'prevention',
  'preventive',
  'preventative',
  'mitigate',
  'mitigation',
  'mitigative',
  'corrective',
  'fix',
];

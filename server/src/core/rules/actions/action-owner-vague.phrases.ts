// Owner values that name nobody in particular (catalogue §4.5 `action-owner-vague`). The whole
// Owner cell is compared, as words. "Platform team" names a team and is fine; "team" alone is not.
// TBD is a placeholder: `placeholder-text` reports it, so it is not listed here.
export const VAGUE_OWNERS = [
  'team',
  'the team',
  'our team',
  'whole team',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'anyone',
  'all',
  'all teams',
  'all engineers',
  'us',
  'we',
  'engineering',
  'engineers',
  'eng',
  'dev',
  'devs',
  'developers',
  'ops',
  'unassigned',
  'unknown',
  'nobody',
  'various',
  'multiple',
];

/** An owner cell of only question marks (fewer than three: `???` is a placeholder). */
export const QUESTION_OWNERS = ['?', '??'];

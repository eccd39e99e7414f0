// Statements that no action items were chosen (catalogue §4.5 `actions-none`, §5 "Action items
// required?"). Matched as words. With a reason ("because …", "—", "the fix was …") such a
// statement satisfies the rule.
export const NONE_PHRASES = [
  'no action items',
  'no actions',
  'no new action items',
  'no new actions',
  'no further action',
  'no further actions',
  'no follow-up actions',
  'no follow-ups',
  'no remediation',
  'no changes needed',
  'none identified',
  'none needed',
  'none required',
  'none',
  'nothing to do',
  'not needed',
];

/** Words that introduce the reason for choosing no actions. */
export const REASON_WORDS = ['because', 'since', 'as', 'due', 'already', 'reason', 'why', 'instead', 'owned', 'vendor'];

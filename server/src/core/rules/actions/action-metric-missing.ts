// action-metric-missing (catalogue §4.5, PM243): the Success Metric cell is empty. Placeholders
// are `placeholder-text`'s; a table without the column is `actions-table`'s.
import type { Rule, RuleFinding } from '../../types';
import { actionRows, cellSpan, isBlank, plain } from './items';

export const rule: Rule = {
  id: 'action-metric-missing',
  category: 'actions',
  defaultSeverity: 'warning',
  description: 'An action item has no success metric.',
  explanation:
    'The success metric says how the team will know the improvement works: a number, a threshold, an end state that is true or false, or a test ("A test change that deletes the apex record fails CI"). Without one, the follow-up review cannot tell done from working.',
  sources: ['seed', 'PD-W', ';login:'],
  prompts: ['How will we know if our improvements work?'],
  check(model) {
    const out: RuleFinding[] = [];
    for (const item of actionRows(model)) {
      if (!item.has('metric')) continue;
      const action = item.cell('action');
      if (action && isBlank(action.raw)) continue;
      const cell = item.cell('metric');
      if (cell && !isBlank(cell.raw)) continue;
      const at = cell ? cellSpan(cell) : { start: item.row.span.end, end: item.row.span.end };
      const what = action ? plain(action.raw) : '';
      out.push({
        ...at,
        message: `The action item${what ? ` "${what.length > 60 ? what.slice(0, 57) + '…' : what}"` : ''} has no success metric. Say how you will know it works: a number, a threshold, an end state or a test.`,
      });
    }
    return out;
  },
};

// action-owner-missing (catalogue §4.5, PM244): the Owner cell is empty. A placeholder ("[Name]",
// TBD) is `placeholder-text`'s finding, not this one; a table without an Owner column is
// `actions-table`'s.
import type { Rule, RuleFinding } from '../../types';
import { actionRows, cellSpan, isBlank, plain } from './items';

export const rule: Rule = {
  id: 'action-owner-missing',
  category: 'actions',
  defaultSeverity: 'warning',
  description: 'An action item has no owner.',
  explanation:
    'An action item without an owner is nobody\'s work, and it is the item most likely to be forgotten. Name one person or one named team as the owner; collaborators can be mentioned in the action text.',
  sources: ['seed', 'PD-W', ';login:'],
  check(model) {
    const out: RuleFinding[] = [];
    for (const item of actionRows(model)) {
      if (!item.has('owner')) continue;
      const action = item.cell('action');
      if (action && isBlank(action.raw)) continue; // an empty row is not an item
      const cell = item.cell('owner');
      if (cell && !isBlank(cell.raw)) continue;
      const at = cell ? cellSpan(cell) : { start: item.row.span.end, end: item.row.span.end };
      const what = action ? plain(action.raw) : '';
      out.push({
        ...at,
        message: `The action item${what ? ` "${what.length > 60 ? what.slice(0, 57) + '…' : what}"` : ''} has no owner. Name one person or one named team.`,
      });
    }
    return out;
  },
};

// action-due-before-incident (catalogue §4.5, PM245): the Due Date is on or before the incident
// Date. That is certainly wrong (a typo in the year or month, or a copied row), so it is an error.
import type { Rule, RuleFinding } from '../../types';
import { daysBetween } from '../../dates';
import { actionRows, dueDateOf, incidentDate } from './items';

export const rule: Rule = {
  id: 'action-due-before-incident',
  category: 'actions',
  defaultSeverity: 'error',
  description: 'An action item is due on or before the incident date.',
  explanation:
    'Action items are planned after the incident, so a due date on or before the incident Date is a mistake in the date (often the year or the month). Correct it, so that the item is tracked and the due-date SLO can be checked.',
  sources: ['seed', 'PD-ACC'],
  check(model, context) {
    const incident = incidentDate(model, context.config);
    if (!incident) return [];
    const out: RuleFinding[] = [];
    for (const item of actionRows(model)) {
      const due = dueDateOf(item, context.config);
      if (!due) continue;
      const days = daysBetween(due.iso, incident);
      if (days < 0) continue;
      out.push({
        start: due.start,
        end: due.end,
        message:
          days === 0
            ? `The due date ${due.iso} is the incident date itself. Action items are planned after the incident: check the date.`
            : `The due date ${due.iso} is ${days} day${days === 1 ? '' : 's'} before the incident (${incident}). Check the year and month.`,
      });
    }
    return out;
  },
};

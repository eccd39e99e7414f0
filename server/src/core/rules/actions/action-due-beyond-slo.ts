// action-due-beyond-slo (catalogue §4.5, PM245; §5 "Due-date SLO"): the Due Date is later than
// the incident Date plus the days its severity allows (`actions.dueSloDays`, default Critical 15,
// High 30, Medium 56, Low none). The header Severity is read through `severity.aliases`, so
// SEV2 → High → 30 days.
import type { Rule, RuleFinding } from '../../types';
import { addDays, daysBetween } from '../../dates';
import { actionRows, dueDateOf, dueSloDays, incidentDate, isDone, resolvedSeverity } from './items';

export const rule: Rule = {
  id: 'action-due-beyond-slo',
  category: 'actions',
  defaultSeverity: 'info',
  description: 'An action item is due later than the due-date SLO for the incident\'s severity allows.',
  explanation:
    'Items that are due long after the incident tend not to get done: the context fades and other work wins. PagerDuty asks for Sev-1 items within 15 days and Sev-2 within 30; Atlassian uses 4 or 8 weeks. The defaults here are Critical 15 days, High 30, Medium 56 and none for Low (`actions.dueSloDays`). A larger item can be split into a first step that fits.',
  sources: ['PD-ACC', 'ATL'],
  check(model, context) {
    const incident = incidentDate(model, context.config);
    const severity = resolvedSeverity(model, context.config);
    if (!incident || !severity) return [];
    const slo = dueSloDays(severity, context.config);
    if (slo === null) return [];
    const limit = addDays(incident, slo);
    const out: RuleFinding[] = [];
    for (const item of actionRows(model)) {
      const due = dueDateOf(item, context.config);
      if (!due || isDone(item)) continue;
      const days = daysBetween(incident, due.iso);
      if (days <= slo) continue;
      out.push({
        start: due.start,
        end: due.end,
        message: `Due ${days} days after a ${severity} incident; the due-date SLO is ${slo} days (${limit}). Split the item, or say why it needs longer.`,
      });
    }
    return out;
  },
};

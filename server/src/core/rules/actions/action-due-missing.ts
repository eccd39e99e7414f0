// action-due-missing (catalogue §4.5, PM245): the Due Date is empty or is not a date. A date in
// another form ("Oct 3, 2026") is normalised to ISO by a safe fix; a date without a year gets
// a suggested year (the first such date after the incident), which is not safe.
import type { Rule, RuleFinding, Fix } from '../../types';
import type { ResolvedConfig } from '../../config';
import { parseDate, monthNumber, isValidDate, dayNumber } from '../../dates';
import { actionRows, cellSpan, incidentDate, isBlank, isDoneCell, isPlaceholder, plain } from './items';

const pad = (n: number) => String(n).padStart(2, '0');

/** "Oct 30" / "30 October": month and day without a year, dated in the year that puts it
 *  after the incident. */
export function yearlessDate(text: string, incident: string | undefined): string | undefined {
  const m = /^(?:(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9}\.?)|([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?)$/.exec(plain(text));
  if (!m || !incident) return undefined;
  const month = monthNumber(m[2] ?? m[3]);
  const day = +(m[1] ?? m[4]);
  if (!month) return undefined;
  let year = +incident.slice(0, 4);
  if (!isValidDate(year, month, day)) return undefined;
  let iso = `${year}-${pad(month)}-${pad(day)}`;
  if (dayNumber(iso) <= dayNumber(incident)) {
    year++;
    if (!isValidDate(year, month, day)) return undefined;
    iso = `${year}-${pad(month)}-${pad(day)}`;
  }
  return iso;
}

export function checkDue(raw: string, span: { start: number; end: number }, config: ResolvedConfig, incident: string | undefined): RuleFinding | undefined {
  const value = plain(raw);
  const d = parseDate(raw, config.date.order);
  if (d) {
    if (d.isIso) return undefined;
    // The date is there but not as YYYY-MM-DD: normalise only the date itself.
    const at = { start: span.start + d.start, end: span.start + d.end };
    const fix: Fix = { title: `Write the due date as ${d.iso}`, edits: [{ ...at, newText: d.iso }], safe: !d.ambiguous, preferred: true };
    return {
      ...at,
      severity: 'info',
      message: `The due date "${raw.slice(d.start, d.end)}" is not in ISO form (YYYY-MM-DD)${d.ambiguous ? `; read with the configured ${config.date.order} order as ${d.iso}` : ''}.`,
      fixes: [fix],
    };
  }
  const guess = yearlessDate(raw, incident);
  if (guess) {
    return {
      ...span,
      message: `The due date "${value}" has no year, so it cannot be checked against the incident date.`,
      fixes: [{ title: `Write the due date as ${guess}`, edits: [{ ...span, newText: guess }], safe: false, preferred: true }],
    };
  }
  return { ...span, message: `The due date "${value}" is not a date. Use a calendar date, YYYY-MM-DD.` };
}

export const rule: Rule = {
  id: 'action-due-missing',
  category: 'actions',
  defaultSeverity: 'warning',
  description: 'An action item has no due date, or its Due Date is not a date.',
  explanation:
    'A due date makes an item time-bound: without one it competes with everything else and loses. Use a calendar date, YYYY-MM-DD, so that it can be checked against the incident date and the due-date SLO. "Next sprint" or "Q4" are plans, not dates.',
  sources: ['seed', 'PD-ACC', ';login:'],
  check(model, context) {
    const out: RuleFinding[] = [];
    const incident = incidentDate(model, context.config);
    for (const item of actionRows(model)) {
      if (!item.has('due')) continue;
      const action = item.cell('action');
      if (action && isBlank(action.raw)) continue;
      const cell = item.cell('due');
      // "Done" in place of the date marks the item finished (the status convention): nothing to plan.
      if (cell && (isPlaceholder(cell.raw) || isDoneCell(cell.raw))) continue;
      if (!cell || isBlank(cell.raw)) {
        const at = cell ? cellSpan(cell) : { start: item.row.span.end, end: item.row.span.end };
        out.push({ ...at, message: 'The action item has no due date. Add one as YYYY-MM-DD.' });
        continue;
      }
      const f = checkDue(cell.raw, cell.span, context.config, incident);
      if (f) out.push(f);
    }
    return out;
  },
};

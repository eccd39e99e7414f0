// Rows without a link to their evidence (catalogue §4.3, PM225). Off by default.
import type { Rule, RuleFinding } from '../../types';
import { isPlaceholderRow, timelineOf } from './timeline';

const LINK = /\]\(|\]\[|<https?:\/\/|https?:\/\/\S/i;

export const rule: Rule = {
  id: 'timeline-evidence-link',
  category: 'timeline',
  defaultSeverity: 'off',
  description: 'A timeline row has no link to its evidence.',
  explanation:
    'Linking each row to its evidence (a dashboard, a log search, a chat permalink) lets readers check the timeline and keeps it factual.',
  sources: ['PD-W'],
  check(model, context) {
    const t = timelineOf(model, context.today);
    if (!t.table) return [];
    const out: RuleFinding[] = [];
    for (const r of t.rows) {
      if (r.empty || isPlaceholderRow(r.row)) continue;
      if (r.row.cells.some((c) => LINK.test(c.raw))) continue;
      const at = r.timeCell?.raw ? r.timeCell.span : r.row.span;
      out.push({ ...at, message: 'This timeline row has no link to its evidence (dashboard, log search, chat permalink).' });
    }
    return out;
  },
};

// A decision row with nothing in Information Available (catalogue §4.3, PM224).
import type { Rule, RuleFinding } from '../../types';
import { cellOf, CUES_PROMPTS, isPlaceholderRow, timelineOf } from './timeline';

// "None" is kept: it can truthfully say that nothing was available.
const EMPTY = new Set(['', '-', '–', '—', 'n/a', 'na', '?']);

/** A cell that says nothing (EMPTY), emphasis marks ignored when `stripEmphasis`. */
function isEmpty(raw: string, stripEmphasis: boolean): boolean {
  // Every EMPTY value has at most 3 characters, and lower-casing never shortens text: a longer
  // cell (most) is content, found without a lower-cased copy of every row.
  if (raw.length > 3 && !(stripEmphasis && (raw.includes('*') || raw.includes('_')))) return false;
  return EMPTY.has(stripEmphasis ? raw.toLowerCase().replace(/\*|_/g, '') : raw.toLowerCase());
}

export const rule: Rule = {
  id: 'timeline-info-missing',
  category: 'timeline',
  defaultSeverity: 'warning',
  description: 'A decision in the timeline has no Information Available.',
  explanation:
    'A decision judged without what was known at that moment will be judged with hindsight. Record the signals, dashboards, messages and assumptions the people had when they decided.',
  sources: ['seed', 'PD-W', 'ETSY-DFG'],
  prompts: CUES_PROMPTS,
  check(model, context) {
    const t = timelineOf(model, context.today);
    if (!t.table || t.table.columnIndex('info') === -1 || t.table.columnIndex('decision') === -1) return [];
    const out: RuleFinding[] = [];
    for (const r of t.rows) {
      if (r.empty || isPlaceholderRow(r.row)) continue;
      const decision = cellOf(t.table, r.row, 'decision');
      if (!decision || isEmpty(decision.raw, false)) continue;
      const info = cellOf(t.table, r.row, 'info');
      if (info && !isEmpty(info.raw, true)) continue;
      let span = info ? info.span : { start: r.row.span.end, end: r.row.span.end };
      if (info && !info.raw) {
        // An empty cell: cover its blanks so the editor has something to underline.
        const end = model.source[info.outerSpan.end - 1] === '|' && info.outerSpan.end - 1 > info.outerSpan.start ? info.outerSpan.end - 1 : info.outerSpan.end;
        span = { start: info.outerSpan.start + 1, end: Math.max(info.outerSpan.start + 1, end) };
      }
      out.push({ ...span, message: 'Information Available is empty on a row with a decision: what did people know when they decided?', prompts: CUES_PROMPTS });
    }
    return out;
  },
};

// Rows out of chronological order, rows that cross midnight without a date, and duplicate rows
// (catalogue §4.3, PM221). Rows compare by date and time; a row without a date inherits the
// date of the row above; zones given in cells are applied.
import type { Fix, Rule, RuleFinding } from '../../types';
import { addDays, dayNumber } from '../../dates';
import { moveRowsEdits, tableLinesMatch } from '../../tables';
import type { PostMortem } from '../../model';
import { crossesMidnight, deleteRowEdit, isPlaceholderRow, timelineOf, type Timeline, type TimelineRow } from './timeline';

/** Compares two timed rows: negative when `b` is earlier than `a`. */
function compare(a: TimelineRow, b: TimelineRow): number {
  const sa = a.stamp!;
  const sb = b.stamp!;
  if (a.date && b.date && (sa.minutes === undefined || sb.minutes === undefined)) return dayNumber(b.date) - dayNumber(a.date);
  if (a.instant !== undefined && b.instant !== undefined) return b.instant - a.instant;
  return 0;
}

/**
 * Rows kept by their cells' text joined with NUL (two rows are duplicates when those are equal),
 * without building that string for every row on every keystroke: when the document has no NUL,
 * joined texts are equal exactly when the cells are, so rows are grouped by their first cell and
 * compared cell by cell within a group.
 */
class SeenRows {
  private readonly byFirst = new Map<string, TimelineRow[]>();
  private readonly byJoined = new Map<string, TimelineRow>();

  constructor(private readonly hasNul: boolean) {}

  /** The first row kept whose joined cells equal this row's. */
  get(r: TimelineRow): TimelineRow | undefined {
    if (this.hasNul) return this.byJoined.get(joined(r));
    return this.byFirst.get(firstRaw(r))?.find((other) => sameCells(other, r));
  }

  add(r: TimelineRow) {
    if (this.hasNul) {
      this.byJoined.set(joined(r), r);
      return;
    }
    const group = this.byFirst.get(firstRaw(r));
    if (group) group.push(r);
    else this.byFirst.set(firstRaw(r), [r]);
  }
}

const joined = (r: TimelineRow) => r.row.cells.map((c) => c.raw).join('\u0000');
const firstRaw = (r: TimelineRow) => r.row.cells[0]?.raw ?? '';

function sameCells(a: TimelineRow, b: TimelineRow): boolean {
  const x = a.row.cells;
  const y = b.row.cells;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i].raw !== y[i].raw) return false;
  return true;
}

/** A sort key, when every row has one and sorting cannot lose a date. */
function sortFix(model: PostMortem, t: Timeline): Fix | undefined {
  const rows = t.rows;
  if (!rows.length || rows.some((r) => !r.stamp || r.empty) || !tableLinesMatch(model, t.table!)) return undefined;
  const dated = rows.filter((r) => r.explicitDate).length;
  if (dated !== 0 && dated !== rows.length) return undefined;
  if (dated === 0) {
    for (let i = 1; i < rows.length; i++) {
      const p = rows[i - 1].stamp!.minutes;
      const c = rows[i].stamp!.minutes;
      if (p !== undefined && c !== undefined && c < p && crossesMidnight(p, c)) return undefined;
    }
  }
  const key = (r: TimelineRow) => (r.instant !== undefined ? r.instant : dayNumber(r.date!) * 1440);
  const order = rows.map((r, i) => i).sort((a, b) => key(rows[a]) - key(rows[b]) || a - b);
  const edits = moveRowsEdits(model, t.table!, order);
  return edits.length ? { title: 'Sort the timeline chronologically', edits, safe: true, preferred: true } : undefined;
}

/**
 * "Add the dates": every undated row gets the header's Date, moved on a day at each evening to
 * early-morning jump. Not safe: the header Date may be the day the incident was detected.
 */
function addDatesFix(t: Timeline): Fix | undefined {
  if (!t.refDate || t.rows.some((r) => r.explicitDate)) return undefined;
  let date = t.refDate;
  let last: number | undefined;
  const edits = [];
  for (const r of t.rows) {
    const s = r.stamp;
    if (!s || s.minutes === undefined || !r.timeCell) continue;
    if (last !== undefined && s.minutes < last && crossesMidnight(last, s.minutes)) date = addDays(date, 1);
    last = s.minutes;
    const at = r.timeCell.span.start + s.start;
    edits.push({ start: at, end: at, newText: `${date} ` });
  }
  return edits.length ? { title: `Add the dates (from ${t.refDate})`, edits, safe: false } : undefined;
}

export const rule: Rule = {
  id: 'timeline-order',
  category: 'timeline',
  defaultSeverity: 'warning',
  description: 'A timeline row is earlier than the row before it, crosses midnight without a date, or repeats a row.',
  explanation:
    'The timeline is read top to bottom as the sequence of events. A row out of order makes it look as if something was known or done earlier than it was. When an incident crosses midnight, give the rows their dates (`2026-10-28 00:12`) so the order is unambiguous.',
  sources: ['seed', 'PD-W'],
  check(model, context) {
    const t = timelineOf(model, context.today);
    if (!t.table) return [];
    const out: RuleFinding[] = [];
    let prev: TimelineRow | undefined;
    let fix: Fix | undefined | null = null;
    const seen = new SeenRows(model.source.includes('\u0000'));
    for (const r of t.rows) {
      if (r.empty || isPlaceholderRow(r.row)) continue;
      const first = seen.get(r);
      if (first) {
        out.push({
          ...r.row.span,
          message: `Duplicate row: the same as line ${first.row.line + 1}.`,
          fixes: [{ title: 'Delete the duplicate row', edits: [deleteRowEdit(model, r.row)], safe: true, preferred: true }],
        });
        continue;
      }
      seen.add(r);
      if (!r.stamp) continue;
      if (prev && compare(prev, r) < 0) {
        const span = r.timeCell!.span;
        const pm = prev.stamp!.minutes;
        const cm = r.stamp.minutes;
        const midnight = !prev.explicitDate && !r.explicitDate && pm !== undefined && cm !== undefined && crossesMidnight(pm, cm);
        if (midnight) {
          const dates = addDatesFix(t);
          out.push({
            ...span,
            message: `The timeline crosses midnight without a date: "${r.timeCell!.raw}" follows "${prev.timeCell!.raw}". Add the date to the rows (e.g. 2026-10-28 00:12).`,
            fixes: dates ? [dates] : [],
          });
        } else {
          if (fix === null) fix = sortFix(model, t);
          out.push({ ...span, message: `Out of order: "${r.timeCell!.raw}" is earlier than the row before it ("${prev.timeCell!.raw}").`, fixes: fix ? [fix] : [] });
        }
      }
      prev = r;
    }
    return out;
  },
};

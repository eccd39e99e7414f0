// Time cells that do not parse (warning), and times written in a format other than the one most
// rows use (info), with a fix to the dominant format (catalogue §4.3, PM221). Empty rows too.
import type { Fix, Rule, RuleFinding, TextEdit } from '../../types';
import { formatTime, type TimeStyle } from '../../times';
import type { PostMortem } from '../../model';
import { deleteRowEdit, dominantStyle, isPlaceholderRow, timeColumn, timelineOf, type TimelineRow } from './timeline';

const STYLE_NAMES: Record<TimeStyle, string> = {
  'HH:MM': '24-hour HH:MM',
  'H:MM': '24-hour H:MM',
  'HH:MM:SS': 'HH:MM:SS',
  'h:mm am': '12-hour h:mm AM/PM',
  'HH.MM': 'HH.MM',
  HHMM: 'four-digit HHMM',
};

/** The edit that rewrites a row's time of day in the style (date, `~` and zone kept). */
export function normaliseEdit(r: TimelineRow, style: TimeStyle): TextEdit | undefined {
  const s = r.stamp;
  if (!s || s.minutes === undefined || s.style === style || s.timeStart === undefined || s.timeEnd === undefined) return undefined;
  const cell = r.timeCell!;
  const newText = formatTime(s.minutes, style, s.seconds ?? 0);
  if (cell.raw.slice(s.timeStart, s.timeEnd) === newText) return undefined;
  return { start: cell.span.start + s.timeStart, end: cell.span.start + s.timeEnd, newText };
}

/** Every time in the timeline rewritten in the style. */
export function normaliseAllEdits(model: PostMortem, style: TimeStyle, today?: string): TextEdit[] {
  return timelineOf(model, today).rows.flatMap((r) => normaliseEdit(r, style) ?? []);
}

/** A time given as an offset from the row before: "+3 min", "+50 minutes", "T+5m", "+2h", "+00:05". */
const RELATIVE_OFFSET = /^~?(?:T\s*)?\+\s*\d+(?:[.:]\d+)?\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)?\.?$/i;
/**
 * A time the author says is not known ("Unknown date", "n/a"), or gives only as a distance from
 * the incident ("~2 weeks prior", "a few days before"): an honest answer for a reconstructed
 * lead-up row, with nothing for a reader to fix.
 */
const NOT_KNOWN = /^(?:(?:exact )?(?:date|time|day) (?:unknown|not known)|unknown(?: (?:date|time|day))?|not known|n\/a)\.?$/i;
const DISTANCE = /^(?:~|≈|about |around |approx\.? |roughly )?\s*(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|some)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+(?:prior|before|earlier|later|after|ago)(?: (?:the )?(?:incident|outage))?\.?$/i;
/** A time counted from the moment of impact, which any row may give: "T-30m", "T0", "T+0", "T+2h". */
const T_RELATIVE = /^~?T\s*(?:[+\-−]\s*\d+(?:[.:]\d+)?\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)?|0)\.?$/i;

/** A time cell a reader can follow without a clock time: an offset, a time from impact, an honest unknown, a distance. */
function answeredWithoutClock(raw: string, index: number): boolean {
  return (index > 0 && RELATIVE_OFFSET.test(raw)) || T_RELATIVE.test(raw) || NOT_KNOWN.test(raw) || DISTANCE.test(raw);
}

export const rule: Rule = {
  id: 'timeline-time-format',
  category: 'timeline',
  defaultSeverity: 'warning',
  description: 'A timeline time cannot be read, or is written in a different format from the rest.',
  explanation:
    'Readers scan the Time column to follow the incident; one format (24-hour `HH:MM` by default, with an ISO date when the incident spans days) makes the order checkable by eye and by this linter. Accepted: `HH:MM`, `H:MM AM/PM`, `HH.MM`, `HH:MM:SS`, a zone suffix and an ISO date prefix (`2026-10-27 23:48`); four digits with a zone or an hours mark (`1420Z`, `1420 hrs`), a bound (`before 14:00`); a time counted from impact (`T-30m`, `T0`, `T+2h`); after the first row, also an offset from the row before (`+3 min`).',
  sources: ['seed', 'PD-W'],
  check(model, context) {
    const t = timelineOf(model, context.today);
    // Without a Time column there is nothing to read; timeline-columns reports it.
    if (!t.table || timeColumn(t.table) === -1) return [];
    const out: RuleFinding[] = [];
    const style = dominantStyle(t.rows);
    const all = normaliseAllEdits(model, style, context.today);
    for (const r of t.rows) {
      if (r.empty) {
        out.push({ ...r.row.span, message: 'Empty timeline row.', fixes: [{ title: 'Delete the empty row', edits: [deleteRowEdit(model, r.row)], safe: true, preferred: true }] });
        continue;
      }
      if (isPlaceholderRow(r.row)) continue;
      const cell = r.timeCell;
      if (!cell || !cell.raw) {
        const at = cell ? cell.span : { start: r.row.span.start, end: r.row.span.start };
        out.push({ start: at.start, end: at.end, message: 'This timeline row has no time.' });
        continue;
      }
      // "+3 min", "T+5m", "+00:05": an offset from the row before, which a reader can follow.
      if (!r.stamp && answeredWithoutClock(cell.raw.trim(), r.index)) continue;
      if (!r.stamp) {
        out.push({ ...cell.span, message: `"${cell.raw}" is not a time this linter can read (expected e.g. 14:23, 2:23 PM, 2026-10-27 23:48).` });
        continue;
      }
      // "~07:00" among "13:38:00" rows: an approximate time has no seconds to give.
      if (r.stamp.approx && style === 'HH:MM:SS' && (r.stamp.style === 'HH:MM' || r.stamp.style === 'H:MM')) continue;
      const edit = normaliseEdit(r, style);
      if (!edit) continue;
      const fixes: Fix[] = [{ title: `Change to ${edit.newText}`, edits: [edit], safe: true, preferred: true }];
      if (all.length > 1) fixes.push({ title: `Write every timeline time as ${STYLE_NAMES[style]}`, edits: all, safe: true });
      out.push({
        ...cell.span,
        severity: 'info',
        message: `Mixed time formats: "${cell.raw}" is ${STYLE_NAMES[r.stamp.style!]}, the rest of the timeline uses ${STYLE_NAMES[style]}.`,
        fixes,
      });
    }
    return out;
  },
};

// A timeline written as a bullet list or paragraphs: a non-template timeline (catalogue §4.3, PM220).
// The fix converts the list into the template's 4-column table.
import type { Rule, TextEdit } from '../../types';
import type { PostMortem } from '../../model';
import { parseLeadingStamp, formatTime, type ParsedStamp } from '../../times';
import { renderTable } from '../../tables';
import { TIMELINE_COLUMNS } from '../../template';
import { hasTimedParagraphs, timelineOf, type Timeline } from './timeline';
import { profileOf, seedByDefault } from '../../templates/document';

export const rule: Rule = {
  id: 'timeline-not-table',
  category: 'timeline',
  defaultSeverity: 'warning',
  description: 'The timeline is a bullet list or paragraphs, not the template table (a non-template timeline).',
  explanation:
    'The template records each event with what was known and what was decided, in a `Time | Event | Information Available | Decision/Action Taken` table. A list records only events, so the "what did we know" question never gets asked. Convert the list: each bullet\'s leading time becomes the Time cell and the rest the Event cell; then fill in the other two columns in the review. ' +
    'Templates whose timeline is a list by design (Google SRE, Atlassian, PagerDuty, the minimal profile, or a team profile with `timeline.list`) are not asked to convert it, nor is a document in a team\'s own format: one with none of the template\'s header fields, at most two of its section titles and not its "Post-Mortem:" title.',
  sources: ['seed', 'PD-W'],
  check(model, context) {
    // Templates whose own timeline is a list of timestamped lines (Google SRE, Atlassian, PagerDuty): nothing to convert.
    if (profileOf(model).timeline.list) return [];
    // A document in a team's own format, read as the seed's only by default: its list is its form.
    if (seedByDefault(model)) return [];
    const t = timelineOf(model, context.today);
    if (!t.section || t.table) return [];
    const timedParagraph = hasTimedParagraphs(model, t);
    if (!t.list && !timedParagraph) return [];
    const what = t.list ? 'a bullet list' : 'paragraphs';
    return [
      {
        start: t.section.heading.textSpan.start,
        end: t.section.heading.textSpan.end,
        message: `The timeline is written as ${what}, not the template's table: a non-template timeline. Per-row checks start once it is a table.`,
        fixes: t.list ? [{ title: 'Convert the list to the timeline table', edits: [convertListEdit(model, t)], safe: !hasBlockContent(model, t), preferred: true }] : [],
      },
    ];
  },
};

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The Time cell for a bullet's stamp; dates written in ISO when the timeline has any. */
function timeCellText(stamp: ParsedStamp | undefined, date: string | undefined, withDates: boolean): string {
  if (!stamp) return '';
  const day = stamp.date ?? date;
  const parts: string[] = [];
  if (withDates && day) parts.push(stamp.endDate ? `${day} – ${stamp.endDate}` : day);
  if (stamp.minutes !== undefined) {
    const time = stamp.style === 'HH:MM:SS' ? formatTime(stamp.minutes, 'HH:MM:SS', stamp.seconds) : `${pad2(Math.floor(stamp.minutes / 60) % 24)}:${pad2(stamp.minutes % 60)}`;
    parts.push(`${stamp.approx ? '~' : ''}${time}${stamp.zone ? ` ${stamp.zone}` : ''}`);
  }
  return parts.join(' ');
}

export function convertListEdit(model: PostMortem, t: Timeline): TextEdit {
  const list = t.list!;
  const withDates = t.listRows.some((r) => r.stamp?.date);
  const rows = t.listRows.map((r) => {
    const nested = r.item.children.flatMap((c) => c.items.map((i) => model.source.slice(i.contentSpan.start, i.span.end).split(/\r?\n/).map((l) => l.trim()).join(' ')));
    const event = [r.rest, ...nested].filter(Boolean).join('; ');
    return [timeCellText(r.stamp, r.date, withDates), event, '', ''];
  });
  const line = model.lines.positionAt(list.span.start);
  const prefix = model.source.slice(model.lines.lineStarts[line.line], list.span.start);
  const table = renderTable(
    TIMELINE_COLUMNS.map((c) => c.title),
    rows,
    model.lines.eol,
  ).replace(/(\r?\n|\r)/g, `$1${/^[ \t>]*$/.test(prefix) ? prefix : ''}`);
  return { start: list.span.start, end: list.span.end, newText: table };
}

/** Code blocks, quotes or several paragraphs in a bullet: a table cell cannot hold them as they are. */
function hasBlockContent(model: PostMortem, t: Timeline): boolean {
  return t.list!.items.some((i) => /\n[ \t]*(?:```|~~~|>)|\n[ \t]*\n[ \t]*\S/.test(model.source.slice(i.contentSpan.start, i.children[0]?.span.start ?? i.span.end)));
}

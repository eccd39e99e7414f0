// What every timeline rule reads: the Timeline of Events section, its table or bullet list, and
// each row's time as an instant (dates inherited row to row, zones applied). Computed once per
// model and shared by the rules.
import { allBlocks, proseSpan, type Block, type Cell, type List, type ListItem, type PostMortem, type ProseUnit, type Row, type Section, type Table } from '../../model';
import { escapeCell, renderTable } from '../../tables';
import type { Fix, TextEdit } from '../../types';
import { addDays, parseDate } from '../../dates';
import { instantOf, parseLeadingStamp, parseTimeCell, zoneOffsetIn, type ParsedStamp, type TimeStyle } from '../../times';
import type { TimelineColumn } from '../../template';

export interface TimelineRow {
  row: Row;
  index: number;
  timeCell?: Cell;
  stamp?: ParsedStamp;
  /** The row's own date, or the last one above it. */
  date?: string;
  explicitDate: boolean;
  /** Minutes (UTC when a zone is known) since day 0, when the row has a date and a time. */
  instant?: number;
  /** All cells empty. */
  empty: boolean;
}

export interface ListRow {
  item: ListItem;
  /** The item's source text, lines joined by single spaces. */
  text: string;
  stamp?: ParsedStamp;
  /** Text after the stamp. */
  rest: string;
  date?: string;
  explicitDate: boolean;
}

export interface Timeline {
  section?: Section;
  table?: Table;
  list?: List;
  /** One subsection per event, each headed by its time ("### 2018-10-09 17:15"): a timeline too. */
  perEvent: boolean;
  /** Paragraphs of the section (notes such as "All times UTC"). */
  paragraphs: Block[];
  rows: TimelineRow[];
  listRows: ListRow[];
  /** The document's date (header Date). */
  refDate?: string;
}

const cache = new WeakMap<PostMortem, { today?: string; timeline: Timeline }>();

/**
 * The document's timeline. `today` (the rule context's) gives month-day stamps ("Sep 30") their
 * year when the header has no Date.
 */
export function timelineOf(model: PostMortem, today?: string): Timeline {
  const hit = cache.get(model);
  if (hit && hit.today === today) return hit.timeline;
  const timeline = build(model, today);
  cache.set(model, { today, timeline });
  return timeline;
}

export function refDateOf(model: PostMortem): string | undefined {
  const date = model.field('date');
  return date ? parseDate(date.value)?.iso : undefined;
}

function build(model: PostMortem, today: string | undefined): Timeline {
  const section = model.section('timeline');
  const headerDate = refDateOf(model);
  // Month-day stamps take their year from the header Date, else from today.
  const refDate = headerDate ?? today;
  const blocks = section ? allBlocks(section) : [];
  const listBlock = blocks.find((b) => b.list)?.list;
  // A table the template does not recognise (e.g. "Phase | Minutes") is not the timeline when a
  // list is, nor when each event has its own timed subsection (the table is inside one event).
  // ("#### [2026-06-09]": the stamp may be in square brackets.)
  const perEvent = !!section?.children.some((c) => parseLeadingStamp(leadOf(c.heading.text))?.stamp);
  let table = blocks.find((b) => b.table?.kind === 'timeline')?.table ?? (listBlock || perEvent ? undefined : blocks.find((b) => b.table)?.table);
  if (!section && !table) table = model.tables.find((t) => t.kind === 'timeline');
  const list = table ? undefined : listBlock;
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
  // The zone the table declares (Time header, then the notes) applies to cells that name none.
  const declared = table
    ? [table.header.cells[timeColumn(table)]?.raw ?? '', ...paragraphs.map((p) => model.source.slice(p.span.start, p.span.end))].map(zoneOffsetIn).find((z) => z !== undefined)
    : undefined;
  const rows = table ? tableRows(table, refDate, declared) : [];
  const listRows = list ? listRowsOf(model, list, refDate) : [];
  return { section, table, list, perEvent, paragraphs, rows, listRows, refDate: headerDate };
}

/**
 * True when the section's paragraphs read as timed events, a timeline written as prose: a line
 * led by a time of day ("11:12 AM: The team …") or a date ("12/01/2022 - The issue was
 * discovered", "02-13-2025 11:00 pm - …", "May 7, 2023 - The soft fork …").
 */
export function hasTimedParagraphs(model: PostMortem, t: Timeline): boolean {
  const texts = t.paragraphs.map((p) => model.source.slice(p.span.start, p.span.end));
  const led = texts.some((text) =>
    text.split(/\r?\n/).some((line) => {
      const lead = leadOf(line);
      const stamp = parseLeadingStamp(lead)?.stamp;
      return stamp?.minutes !== undefined || !!stamp?.date || NUMERIC_DATE_LINE.test(lead) || emphasisedDate(line);
    }),
  );
  // "This issue was first reported to the curl project on May 30, 2020. … This advisory was posted
  // on June 24th 2020.": dated sentences, a timeline told as prose.
  return led || texts.reduce((n, text) => n + (text.match(FULL_DATE) ?? []).length, 0) >= 2;
}

/**
 * The start of a line as a stamp reader wants it: "*06:00*: …" and "**2023-01-04 05:13**: …" (a
 * stamp in emphasis), "[18:27] An alarm goes off" (in square brackets), "At 02:00 AM UTC we …" (after
 * a preposition).
 */
function leadOf(line: string): string {
  return line.trim().replace(EMPHASISED_LEAD, '$2').replace(BRACKETED_LEAD, '$1 ').replace(PREPOSITION_LEAD, '');
}

const EMPHASISED_LEAD = /^([*_]{1,2})([^*_]+)\1/;
const BRACKETED_LEAD = /^\[([^\]]{1,40})\]/;
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const PREPOSITION_LEAD = new RegExp(`^(?:at|on|around|about|approximately|by)\\s+(?=[~\\d]|${MONTH}\\.?\\s+\\d)`, 'i');
/** A date with its year anywhere in a sentence: "on May 30, 2020", "24 June 2020", "2024-07-24". */
const FULL_DATE = new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`, 'gi');

/** A bold or italic lead that holds a full date, however it goes on: "**2026-08-04, morning.** A pass …". */
function emphasisedDate(line: string): boolean {
  const lead = EMPHASISED_LEAD.exec(line.trim());
  return !!lead && !!lead[2].match(FULL_DATE);
}

/**
 * A line led by a numeric date the stamp parser leaves alone ("12/01/2022 - …", "02-13-2025
 * 11:00 pm - …", "2022/12/01: …"), then a separator. Only evidence that the line is an event:
 * day-month and month-day orders are not told apart, so such dates are never read as instants.
 */
const NUMERIC_DATE_LINE = /^(?:\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})|\d{1,2}-\d{1,2}-\d{4}|\d{4}\/\d{1,2}\/\d{1,2})(?:,?\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?\s*(?:[-–—:]\s|,\s)/i;

/** The cell of a row in a timeline column. */
export function cellOf(table: Table, row: Row, column: TimelineColumn): Cell | undefined {
  const i = table.columnIndex(column);
  return i === -1 ? undefined : row.cells[i];
}

/** The Time column: by header, else the first column when its header is not another known column; -1 if none. */
export function timeColumn(table: Table): number {
  const i = table.columnIndex('time');
  if (i !== -1) return i;
  return table.columns[0] === undefined ? 0 : -1;
}

/**
 * A Date column beside the Time column ("| Day | Date (2022) | Time (UTC) | Event |", the Chia
 * reports), else a Day column ("| Day | Time (UTC) | Event |" with ISO dates in it): -1 when there
 * is none. Its header's year dates month-day cells.
 */
function dateColumn(table: Table, time: number): { index: number; refDate?: string } {
  const headed = (header: RegExp) => table.header.cells.findIndex((c, i) => i !== time && header.test(c.raw.trim()));
  const date = headed(/^date\b(?![/ ]*(?:and\s+)?time)/i);
  const index = date !== -1 ? date : headed(/^day\b(?![/ ]*(?:and\s+)?time)/i);
  const year = index === -1 ? undefined : /\b(\d{4})\b/.exec(table.header.cells[index].raw)?.[1];
  return { index, refDate: year ? `${year}-07-01` : undefined };
}

function tableRows(table: Table, refDate: string | undefined, declaredOffset: number | undefined): TimelineRow[] {
  const col = timeColumn(table);
  const dates = dateColumn(table, col);
  let date: string | undefined;
  return table.rows.map((row, index) => {
    const timeCell = col === -1 ? undefined : row.cells[col];
    const stamp = timeCell ? parseTimeCell(timeCell.raw, date ?? refDate) : undefined;
    const dateCell = dates.index === -1 ? undefined : row.cells[dates.index];
    // The row's date: its Time cell's, else its Date column's.
    const rowDate = stamp?.date ?? (stamp && dateCell ? parseTimeCell(dateCell.raw, date ?? dates.refDate ?? refDate)?.date : undefined);
    const explicitDate = !!rowDate;
    if (rowDate) date = rowDate;
    const offset = stamp?.offset ?? declaredOffset ?? 0;
    const day = rowDate ?? date;
    const instant = stamp && stamp.minutes !== undefined ? instantOf(day ?? '1970-01-01', stamp.minutes, offset) : undefined;
    const empty = row.cells.every((c) => !c.raw);
    return { row, index, timeCell, stamp, date: day, explicitDate, instant, empty };
  });
}

function itemSourceText(model: PostMortem, item: ListItem): string {
  const end = item.children.length ? item.children[0].span.start : item.span.end;
  return model.source
    .slice(item.contentSpan.start, end)
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
}

function listRowsOf(model: PostMortem, list: List, refDate: string | undefined): ListRow[] {
  let date: string | undefined;
  let lastMinutes: number | undefined;
  return list.items.map((item) => {
    const text = itemSourceText(model, item);
    const lead = parseLeadingStamp(text, date ?? refDate);
    const stamp = lead?.stamp;
    const explicitDate = !!stamp?.date;
    if (stamp?.date) date = stamp.endDate ?? stamp.date;
    // A list read top to bottom: an undated row from the evening into the early morning is the next day.
    else if (date && stamp?.minutes !== undefined && lastMinutes !== undefined && crossesMidnight(lastMinutes, stamp.minutes)) date = addDays(date, 1);
    if (stamp) lastMinutes = stamp.minutes ?? (stamp.date ? undefined : lastMinutes);
    return { item, text, stamp, rest: lead ? lead.rest : text, date: stamp?.date ?? date, explicitDate };
  });
}

/** The time style most cells use; ties go to 24-hour `HH:MM`. */
export function dominantStyle(rows: { stamp?: ParsedStamp }[]): TimeStyle {
  const counts = new Map<TimeStyle, number>();
  let neutral = 0;
  for (const r of rows) {
    const s = r.stamp;
    if (!s?.style) continue;
    // "10:15" reads the same in HH:MM and H:MM: it counts for 24-hour times, not between the two.
    if (s.style === 'HH:MM' && (s.minutes ?? 0) >= 600) neutral++;
    else counts.set(s.style, (counts.get(s.style) ?? 0) + 1);
  }
  const padded = counts.get('HH:MM') ?? 0;
  const unpadded = counts.get('H:MM') ?? 0;
  const twentyFour: TimeStyle = unpadded > padded ? 'H:MM' : 'HH:MM';
  let best: TimeStyle = twentyFour;
  let bestCount = padded + unpadded + neutral;
  for (const [style, n] of counts) if (style !== 'HH:MM' && style !== 'H:MM' && n > bestCount) [best, bestCount] = [style, n];
  return best;
}

/** Placeholder rows of the template (`| ... | ... |`, `[HH:MM]`): left to placeholder-text. */
export function isPlaceholderRow(row: Row): boolean {
  return row.cells.every((c) => !c.raw || /^(?:\.\.\.|…|\[[^\]]*\]|tbd|todo|\?+)$/i.test(c.raw));
}

/** The span of the timeline in minutes (first to last row), when it can be told. */
export function timelineSpan(t: Timeline): { minutes: number; from: string; to: string } | undefined {
  const points: { at: number; label: string; hasDate: boolean }[] = [];
  if (t.table) {
    for (const r of t.rows) if (r.stamp && r.stamp.minutes !== undefined) points.push({ at: r.instant!, label: r.timeCell!.raw, hasDate: !!r.date });
  } else {
    for (const r of t.listRows) {
      if (!r.stamp) continue;
      const day = r.date ?? '1970-01-01';
      const label = r.text.slice(r.stamp.start, r.stamp.end);
      points.push({ at: instantOf(day, r.stamp.minutes ?? 0, r.stamp.offset ?? 0), label, hasDate: !!r.date });
      if (r.stamp.endDate) points.push({ at: instantOf(r.stamp.endDate, 0), label, hasDate: true });
    }
  }
  // Rows above the first dated row have no day to place them on: leave them out when others have one.
  if (points.some((p) => p.hasDate)) points.splice(0, points.length, ...points.filter((p) => p.hasDate));
  if (points.length < 2) return undefined;
  // Rows without any date that go from the evening to the early morning cross midnight: add the day.
  let shift = 0;
  let prev: number | undefined;
  const adjusted = points.map((p) => {
    let at = p.at + (p.hasDate ? 0 : shift);
    if (!p.hasDate && prev !== undefined && at < prev && crossesMidnight(timeOfDay(prev), timeOfDay(p.at))) {
      shift += 1440;
      at += 1440;
    }
    prev = at;
    return at;
  });
  const min = adjusted.reduce((a, b) => Math.min(a, b));
  const max = adjusted.reduce((a, b) => Math.max(a, b));
  return { minutes: max - min, from: points[adjusted.indexOf(min)].label, to: points[adjusted.indexOf(max)].label };
}

const timeOfDay = (instant: number) => ((instant % 1440) + 1440) % 1440;

/** Evening (from 18:00) to early morning (before 06:00): a night passed between the rows. */
export function crossesMidnight(prevMinutes: number, minutes: number): boolean {
  return prevMinutes >= 18 * 60 && minutes < 6 * 60;
}

/** Deletes a whole row line, with its line break. */
export function deleteRowEdit(model: PostMortem, row: Row): { start: number; end: number; newText: string } {
  const next = model.lines.lineStarts[row.line + 1];
  if (next !== undefined) return { start: row.span.start, end: next, newText: '' };
  const prevEnd = row.line > 0 ? model.lines.lineEnd(row.line - 1) : row.span.start;
  return { start: prevEnd, end: row.span.end, newText: '' };
}

/** Cues and Previous knowledge prompts (catalogue §6.3), for gaps in what was known. */
export const CUES_PROMPTS = [
  'What were you focusing on?',
  'What was not noticed?',
  'What differed from what you expected?',
  'Was this an anticipated class of problem?',
  'What did people expect to happen next?',
  'Were there similar incidents before?',
];

/** The sentence of a prose unit around a text range (for "move to ..." fixes). */
export function sentenceAround(unit: ProseUnit, start: number, end: number): { start: number; end: number } {
  const text = unit.text;
  let s = start;
  while (s > 0 && !/[.!?;]/.test(text[s - 1])) s--;
  while (s < start && /\s/.test(text[s])) s++;
  let e = end;
  while (e < text.length && !/[.!?;]/.test(text[e])) e++;
  if (e < text.length) e++;
  return { start: s, end: e };
}

/** Edits that move a sentence of a timeline cell out of the timeline (the cell keeps the rest). */
function removeSentence(model: PostMortem, unit: ProseUnit, start: number, end: number): { edit: TextEdit; text: string } {
  const span = proseSpan(unit, start, end);
  let e = span.end;
  while (e < unit.span.end && /[ \t]/.test(model.source[e])) e++;
  let s = span.start;
  if (e === unit.span.end) while (s > unit.span.start && /[ \t]/.test(model.source[s - 1])) s--;
  return { edit: { start: s, end: e, newText: '' }, text: model.source.slice(span.start, span.end).trim() };
}

/** "Move to Action Items": a new row with the sentence and empty Owner, Due Date and Success Metric. */
export function moveToActionItemsFix(model: PostMortem, unit: ProseUnit, start: number, end: number): Fix {
  const { edit, text } = removeSentence(model, unit, start, end);
  const eol = model.lines.eol;
  const section = model.section('action-items');
  const table = (section && allBlocks(section).find((b) => b.table?.kind === 'actions')?.table) ?? model.tables.find((t) => t.kind === 'actions');
  let insert: TextEdit;
  if (table) {
    const actionCol = Math.max(0, table.columnIndex('action'));
    const cells = table.header.cells.map((_, i) => (i === actionCol ? escapeCell(text) : ''));
    const last = table.rows.length ? table.rows[table.rows.length - 1].span.end : table.delimiter.end;
    insert = { start: last, end: last, newText: `${eol}|${cells.map((c) => (c ? ` ${c} ` : '  ')).join('|')}|` };
  } else {
    const newTable = renderTable(['Action', 'Owner', 'Due Date', 'Success Metric'], [[text, '', '', '']], eol);
    if (section) insert = { start: section.heading.span.end, end: section.heading.span.end, newText: `${eol}${eol}${newTable}` };
    else insert = appendAtEnd(model, `## Action Items${eol}${eol}${newTable}`);
  }
  return { title: 'Move to Action Items', edits: [edit, insert], safe: false };
}

/** "Move to Key Learnings": the sentence becomes a bullet of Key Learnings. */
export function moveToKeyLearningsFix(model: PostMortem, unit: ProseUnit, start: number, end: number): Fix {
  const { edit, text } = removeSentence(model, unit, start, end);
  const eol = model.lines.eol;
  const section = model.section('key-learnings');
  const bullet = `- ${text.replace(/\\\|/g, '|')}`;
  let insert: TextEdit;
  if (section) {
    const blocks = allBlocks(section);
    const last = blocks[blocks.length - 1];
    if (!last) insert = { start: section.heading.span.end, end: section.heading.span.end, newText: `${eol}${eol}${bullet}` };
    else insert = { start: last.span.end, end: last.span.end, newText: last.kind === 'list' ? `${eol}${bullet}` : `${eol}${eol}${bullet}` };
  } else insert = appendAtEnd(model, `## Key Learnings${eol}${eol}${bullet}`);
  return { title: 'Move to Key Learnings', edits: [edit, insert], safe: false };
}

function appendAtEnd(model: PostMortem, text: string): TextEdit {
  const eol = model.lines.eol;
  const src = model.source;
  const trimmed = src.replace(/\s+$/, '').length;
  return { start: trimmed, end: trimmed, newText: `${eol}${eol}${text}${eol}` };
}

// Times of day, timestamps and durations as written in post-mortem timelines: `14:23`, `2:23 PM`,
// `6:25am`, `~02:30`, `14.23`, `14:23:05 UTC`, `2026-03-02 14:23`, `2026-03-02T14:23:00+01:00`,
// and the list shapes `Sep 30, 14:10`, `Oct 17`, `Oct 2 – Oct 31`; durations "2h 10m", "47 minutes".
// Pure string work: no Date parsing of user text, no time-zone database (a short table of
// abbreviations is enough to order rows; an unknown zone simply carries no offset).
import { dayNumber, isValidDate, monthNumber } from './dates';

/** How the time of day is written, for "mixed formats" and normalising. */
export type TimeStyle = 'HH:MM' | 'H:MM' | 'HH:MM:SS' | 'h:mm am' | 'HH.MM' | 'HHMM';

export interface ParsedStamp {
  /** ISO date, when the text carries one (month-day forms get their year from a reference date). */
  date?: string;
  /** The last day of a date range (`Oct 2 – Oct 31`). */
  endDate?: string;
  /** Minutes since midnight, when the text has a time of day. */
  minutes?: number;
  seconds?: number;
  style?: TimeStyle;
  /** Minutes east of UTC, when a known zone or offset is given. */
  offset?: number;
  /** The zone as written (`UTC`, `CET`, `+01:00`, `Z`). */
  zone?: string;
  /** Written with `~`, "about", "ca." */
  approx: boolean;
  /** Range of the time of day in the parsed text (to normalise just that part). */
  timeStart?: number;
  timeEnd?: number;
  /** Range of the whole stamp in the parsed text. */
  start: number;
  end: number;
}

/** Zone abbreviations commonly used in timelines, in minutes east of UTC. */
export const ZONE_OFFSETS: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, wet: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180,
  ist: 330, sgt: 480, hkt: 480, awst: 480, jst: 540, kst: 540, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
  ast: -240, adt: -180, nst: -210, ndt: -150, acst: 570, acdt: 630, sast: 120, hdt: -540,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, akst: -540, akdt: -480, hst: -600,
  et: -300, pt: -480, ct: -360,
};

// Abbreviations count only in capitals ("est." is "estimated", "et al." is not Eastern Time).
const ZONE_ABBR = new RegExp(`(?:^|[^\\p{L}])(?:${Object.keys(ZONE_OFFSETS).filter((z) => z !== 'z').map((z) => z.toUpperCase()).join('|')})(?![\\p{L}])`, 'u');
const ZONE_OTHER = /\b(?:utc|gmt)\b|(?:^|\s|\()[+-]\d{2}:\d{2}\b|\btime ?zone\b|\blocal time\b/i;

// Zones by name, capitalised: "US/Pacific", "Europe/Berlin", "Pacific Time", "7:09 AM Eastern".
const ZONE_NAMED = /\b(?:US|America|Europe|Asia|Australia|Africa|Pacific|Atlantic)\/[A-Z][A-Za-z_]+|\b(?:Pacific|Eastern|Central|Mountain)(?:\s+(?:Standard|Daylight))?\s+Time\b|\d(?:\s*[AaPp]\.?[Mm]\.?)?\s+(?:Pacific|Eastern|Central|Mountain)\b/;
// A note naming a region's time, written loosely: "All times in UC/Pacific", "All times Eastern".
const ZONE_NOTE = /\b[Aa]ll times(?: are)?(?: in)? (?:[A-Z]{1,3}\/)?(?:Pacific|Eastern|Central|Mountain)\b/;

/** True when the text names a time zone (for timeline-timezone). */
export function declaresTimeZone(text: string): boolean {
  return ZONE_ABBR.test(text) || ZONE_OTHER.test(text) || ZONE_NAMED.test(text) || ZONE_NOTE.test(text);
}

/** The offset of the first zone named in the text ("Time (CEST)", "All times UTC"), if known. */
const ZONE_IN = new RegExp(`(?:^|[^\\p{L}])(${Object.keys(ZONE_OFFSETS).filter((z) => z !== 'z').map((z) => z.toUpperCase()).join('|')}|utc|gmt)(\\s?[+-]\\d{1,2}(?::?\\d{2})?)?(?![\\p{L}])`, 'iu');

export function zoneOffsetIn(text: string): number | undefined {
  const m = ZONE_IN.exec(text);
  if (!m) return undefined;
  const abbr = m[1];
  // Lower-case abbreviations are words ("est."), except utc and gmt.
  if (abbr !== abbr.toUpperCase() && !/^(?:utc|gmt)$/i.test(abbr)) return undefined;
  return zoneOffset((abbr + (m[2] ?? '')).toLowerCase().replace(/\s+/g, ''));
}

const pad2 = (n: number) => String(n).padStart(2, '0');

const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// A date at the start: ISO, "Sep 30", "30 Sep", optionally with a year and a weekday.
const DATE_PART = `(?:(\\d{4})-(\\d{2})-(\\d{2})|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(?:(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME}))(?:,?\\s+(\\d{4}))?)`;
// "before 14:00", "shortly after 14:00", "by 14:00": a bound, not a reading of the clock, so approximate.
const APPROX = '(~|≈|ca\\.?\\s*|circa\\s+|about\\s+|around\\s+|roughly\\s+|approximately\\s+|approx\\.?\\s*|(?:(?:shortly|just|sometime|some time)\\s+)?(?:before|after)\\s+|by\\s+|until\\s+)?';
// "10h00": the hour mark used in French and other European timelines.
const TIME_PART = '(\\d{1,2})(?:([:.h])(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?(?:\\s*([ap])\\.?\\s?m\\b\\.?)?';
const ZONE_PART = `(?:\\s*\\(?\\s*(z|[+-]\\d{2}:?\\d{2}|(?:utc|gmt)(?:\\s?[+-]\\d{1,2}(?::?\\d{2})?)?|[a-z]{2,5})(?![a-z])\\s*\\)?)?`;

const STAMP = new RegExp(
  `^${APPROX}(?:${DATE_PART}(?:(?:\\s*,\\s*|\\s+(?:@|at)\\s+|\\s+|T)(?=[~≈\\d])${APPROX}(?:${TIME_PART}))?|${TIME_PART})${ZONE_PART}`,
  'iu',
);

interface Built {
  stamp: ParsedStamp;
  length: number;
}

/** Parses a stamp at the start of `text` (after leading whitespace). */
function stampAt(text: string, refDate: string | undefined): Built | undefined {
  const lead = text.length - text.trimStart().length;
  const s = text.slice(lead);
  const m = STAMP.exec(s);
  if (!m || !m[0].trim()) return undefined;
  const approx = !!(m[1] || m[10]);
  let date: string | undefined;
  const hasDate = m[2] !== undefined || m[5] !== undefined || m[8] !== undefined;
  if (hasDate) {
    if (m[2] !== undefined) {
      if (!isValidDate(+m[2], +m[3], +m[4])) return undefined;
      date = `${m[2]}-${m[3]}-${m[4]}`;
    } else {
      const month = monthNumber(m[5] ?? m[8]);
      const day = +(m[6] ?? m[7]);
      if (!month) return undefined;
      const year = m[9] ? +m[9] : yearNear(month, day, refDate);
      if (!isValidDate(year, month, day)) return undefined;
      date = `${year}-${pad2(month)}-${pad2(day)}`;
    }
  }
  // Time groups: after a date (11..15) or alone (16..20); the zone is 21.
  const g = m[11] !== undefined ? 11 : m[16] !== undefined ? 16 : -1;
  let minutes: number | undefined;
  let seconds: number | undefined;
  let style: TimeStyle | undefined;
  let timeStart: number | undefined;
  let timeEnd: number | undefined;
  let consumed = m[0].length;
  if (g !== -1) {
    const hourText = m[g];
    const sep = m[g + 1];
    const minText = m[g + 2];
    const secText = m[g + 3];
    const ampm = m[g + 4];
    if (!sep && !ampm) {
      // A bare number is not a time (it may be a year, a count or a day).
      if (hasDate) consumed = dateEnd(s);
      else return undefined;
    } else {
      let hour = +hourText;
      const minute = minText !== undefined ? +minText : 0;
      if (minute > 59 || (secText !== undefined && +secText > 59)) return undefined;
      if (ampm) {
        if (hour < 1 || hour > 12) return undefined;
        if (ampm.toLowerCase() === 'p' && hour !== 12) hour += 12;
        if (ampm.toLowerCase() === 'a' && hour === 12) hour = 0;
        style = 'h:mm am';
      } else {
        if (hour > 24 || (hour === 24 && minute !== 0)) return undefined;
        style = sep === '.' ? 'HH.MM' : secText !== undefined ? 'HH:MM:SS' : hourText.length === 1 ? 'H:MM' : 'HH:MM';
        if (sep === '.' && hourText.length === 1 && !hasDate) style = 'HH.MM';
      }
      minutes = (hour % 24) * 60 + minute + (hour === 24 ? 1440 : 0);
      if (secText !== undefined) seconds = +secText;
      // Locate the time text: the first digit run of the time group after the date.
      const afterDate = hasDate ? dateEnd(s) : 0;
      const rel = s.slice(afterDate).search(/\d/);
      timeStart = lead + afterDate + rel;
      const timeMatch = /^\d{1,2}(?:[:.h]\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:\s*[ap]\.?\s?m\b\.?)?/i.exec(s.slice(afterDate + rel));
      timeEnd = timeStart + (timeMatch ? timeMatch[0].length : 0);
    }
  }
  if (minutes === undefined && !hasDate) return undefined;
  let offset: number | undefined;
  let zone: string | undefined;
  const zoneText = consumed === m[0].length ? m[21] : undefined;
  if (zoneText) {
    const z = zoneText.toLowerCase().replace(/\s+/g, '');
    const off = zoneOffset(z);
    if (off === undefined && !/^[a-z]+$/.test(z)) return undefined;
    if (off === undefined) {
      // An unknown word after the time is text, not a zone: stop before it.
      consumed = m[0].length - (m[0].match(/\s*\(?\s*[a-z]{2,5}\s*\)?$/i)?.[0].length ?? 0);
    } else {
      offset = off;
      zone = zoneText;
    }
  }
  return {
    stamp: { date, minutes, seconds, style, offset, zone, approx, timeStart, timeEnd, start: lead, end: lead + consumed },
    length: lead + consumed,
  };
}

/** End of the date part of a STAMP match (in the match's text). */
const DATE_AT_START = new RegExp(`^${APPROX}${DATE_PART}`, 'iu');
function dateEnd(s: string): number {
  const d = DATE_AT_START.exec(s);
  return d ? d[0].length : 0;
}

function zoneOffset(z: string): number | undefined {
  if (z in ZONE_OFFSETS) return ZONE_OFFSETS[z];
  const num = /^(?:utc|gmt)?([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  if (num) return (num[1] === '-' ? -1 : 1) * (+num[2] * 60 + (num[3] ? +num[3] : 0));
  return undefined;
}

/** The year that puts month/day nearest the reference date (a timeline without years). */
export function yearNear(month: number, day: number, refDate: string | undefined): number {
  if (!refDate) return 2000; // any leap year: only ordering within the document matters
  const y = +refDate.slice(0, 4);
  const ref = dayNumber(refDate);
  let best = y;
  let bestDist = Infinity;
  for (const cand of [y - 1, y, y + 1]) {
    if (!isValidDate(cand, month, day)) continue;
    const dist = Math.abs(dayNumber(`${cand}-${pad2(month)}-${pad2(day)}`) - ref);
    if (dist < bestDist) {
      best = cand;
      bestDist = dist;
    }
  }
  return best;
}

const RANGE_DASH = /^\s*(?:–|—|-|to|until)\s*/i;
const DATE_JOIN = /^\s*(?:,|and|&)\s*/i;
const DAY_PART = /^\s*,?\s*(?:\(?\s*(?:end of (?:the )?day|eod|start of (?:the )?day|(?:early |late )?(?:morning|afternoon|evening|night)|midday|noon|midnight|some ?time(?: (?:later|earlier|that day))?|(?:or )?(?:later|earlier))\s*\)?)\s*$/i;
const MONTH_YEAR = new RegExp(`^(${MONTH_NAME})\\s+(\\d{4})$`, 'i');

/**
 * Parses a whole Time cell: a stamp, optionally a range (`Oct 2 – Oct 31`), and nothing else
 * (markup around it is allowed). Undefined when the cell is not a time.
 */
export function parseTimeCell(raw: string, refDate?: string): ParsedStamp | undefined {
  const ref = refDate ?? '';
  let byText = timeCellMemo.get(ref);
  if (!byText) timeCellMemo.set(ref, (byText = new Map()));
  const known = byText.get(raw);
  if (known !== undefined) return known ?? undefined;
  const stamp = readTimeCell(raw, refDate || undefined);
  if (timeCellCount >= TIME_CELL_LIMIT) {
    timeCellMemo.clear();
    timeCellMemo.set(ref, byText);
    byText.clear();
    timeCellCount = 0;
  }
  byText.set(raw, stamp ?? null);
  timeCellCount++;
  return stamp;
}

/**
 * Parsed time cells by reference date, then text (null: not a time): a keystroke re-reads one row,
 * not the timeline, without building a key string per row. Never mutate a result. Bounded: past
 * the limit it starts over.
 */
const timeCellMemo = new Map<string, Map<string, ParsedStamp | null>>();
const TIME_CELL_LIMIT = 20_000;
let timeCellCount = 0;

function readTimeCell(raw: string, refDate?: string): ParsedStamp | undefined {
  const unwrapped = unwrap(raw);
  // "Between 2023-07-10 to 2023-07-16": a range said in words.
  const between = /^between\s+/i.exec(unwrapped.text)?.[0].length ?? 0;
  const text = unwrapped.text.slice(between);
  const shift = unwrapped.shift + between;
  // "Jul 2024": a month, for a timeline kept at that grain (a date only, catalogue §4.3).
  const month = MONTH_YEAR.exec(text);
  if (month) {
    const m = monthNumber(month[1]);
    if (m) return shiftStamp({ date: `${month[2]}-${String(m).padStart(2, '0')}-01`, approx: true, start: 0, end: text.length }, shift);
  }
  const military = militaryTime(text);
  if (military) return shiftStamp(military, shift);
  const lead = leadingDay(text, refDate);
  const built = stampAt(lead ? text.slice(lead.length) : text, lead?.date ?? refDate);
  if (!built) return numericDate(text, refDate, shift);
  if (lead) {
    built.length += lead.length;
    built.stamp = shiftStamp({ ...built.stamp, ...(lead.date && !built.stamp.date ? { date: lead.date } : {}) }, lead.length);
    built.stamp.start = 0;
  }
  let rest = text.slice(built.length);
  const stamp = { ...built.stamp };
  const dash = RANGE_DASH.exec(rest);
  if (dash && rest.trim()) {
    const second = stampAt(rest.slice(dash[0].length), stamp.date ?? refDate);
    // "2023-01-04 - 13:05", "Jan 4 - 13:05": a day, then its time of day, not a range.
    if (second && stamp.minutes === undefined && !second.stamp.date && second.stamp.minutes !== undefined && /^\s*[-–—]\s*$/.test(dash[0])) {
      const at = built.length + dash[0].length;
      Object.assign(stamp, {
        ...second.stamp,
        date: stamp.date,
        approx: stamp.approx || second.stamp.approx,
        timeStart: at + second.stamp.timeStart!,
        timeEnd: at + second.stamp.timeEnd!,
        start: stamp.start,
      });
      rest = rest.slice(dash[0].length + second.length);
      stamp.end = text.length - rest.length;
    } else if (second && (second.stamp.date || second.stamp.minutes !== undefined)) {
      if (second.stamp.date && second.stamp.date !== stamp.date) stamp.endDate = second.stamp.date;
      rest = rest.slice(dash[0].length + second.length);
      stamp.end = text.length - rest.length;
    }
  }
  // "2026-06-20, 2026-06-21": two days, as a range.
  const join = DATE_JOIN.exec(rest);
  if (join && stamp.date && stamp.minutes === undefined) {
    const second = stampAt(rest.slice(join[0].length), stamp.date);
    if (second?.stamp.date && second.stamp.minutes === undefined) {
      stamp.endDate = second.stamp.date;
      rest = rest.slice(join[0].length + second.length);
      stamp.end = text.length - rest.length;
    }
  }
  // "2026-06-22 end of day": a date and a part of the day, for a date-grain row.
  if (stamp.date && stamp.minutes === undefined && DAY_PART.test(rest)) rest = '';
  // "10:00ish", "23:58 (day before)": the time, with a note on it.
  if (stamp.minutes !== undefined && TIME_NOTE.test(rest)) rest = '';
  if (rest.trim()) return numericDate(text, refDate, shift);
  return shiftStamp(stamp, shift);
}

/**
 * "1420Z", "0905 UTC", "1420 hrs": four digits with a zone or an hours mark, as aviation, military
 * and some operations teams write the time of day. A bare "1420" stays unread: it may be a year or
 * a count.
 */
const MILITARY = /^(~|≈)?\s*([01]\d|2[0-3])([0-5]\d)\s*(z|zulu|hrs?|hours|h|l|local|[a-z]{2,5}(?:\s?[+-]\d{1,2}(?::?\d{2})?)?)\.?$/i;
function militaryTime(text: string): ParsedStamp | undefined {
  const m = MILITARY.exec(text.trim());
  if (!m) return undefined;
  const mark = m[4].toLowerCase().replace(/\s+/g, '');
  const isHours = /^(?:zulu|hrs?|hours|h|l|local)$/.test(mark);
  const offset = mark === 'zulu' ? 0 : isHours ? undefined : zoneOffset(mark);
  // A zone in capitals ("UTC", "Z"), or an hours mark; "1420 pm" or "1420 ops" are not military time.
  if (!isHours && (offset === undefined || (m[4] !== m[4].toUpperCase() && !/^(?:utc|gmt|z)/i.test(mark)))) return undefined;
  const lead = text.length - text.trimStart().length;
  const timeStart = lead + m[0].search(/\d/);
  return {
    minutes: +m[2] * 60 + +m[3],
    style: 'HHMM',
    approx: !!m[1],
    ...(offset !== undefined ? { offset, zone: m[4] } : {}),
    timeStart,
    timeEnd: timeStart + 4,
    start: lead,
    end: lead + m[0].length,
  };
}

/**
 * A numeric date alone, for a date-grain row: "2023/05/01", "17.01.2024", "4/21/23" (the same
 * readings as a day before a time of day).
 */
function numericDate(text: string, refDate: string | undefined, shift: number): ParsedStamp | undefined {
  // With its year only: "3-5" or "1/2" alone may be a count or a ratio.
  if (!/^\d{4}[/.]|[/.-]\d{4}$|^\d{1,2}\/\d{1,2}\/\d{2}$/.test(text.trim())) return undefined;
  const day = leadingDay(text.trimEnd() + ' 0', refDate);
  if (!day?.date || day.length !== text.trimEnd().length + 1) return undefined;
  return shiftStamp({ date: day.date, approx: false, start: 0, end: text.trimEnd().length }, shift);
}

/**
 * After a time: "ish", a note in brackets, an hours mark ("10:00 hrs", "10:00h"), "next day", a
 * footnote mark or a query ("10:00*", "10:00?"), or the same time in a second zone ("09:42 UTC / 10:42 CET").
 */
const TIME_NOTE = /^(?:-?ish\b|\s*h(?:rs?|ours)?\b|\s*next day\b|\s*\*{1,3}|\s*\?|\s*\([^()]{1,40}\)|\s*\/\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*[a-z]{2,5}\b)\s*$/i;
/** A day written before a time of day: "Monday 10:02", "Day 2 09:15", "2023/05/01 10:02", "4/21/23 9:40". */
const LEADING_DAY = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?|day\s+\d{1,2},?|(?<ymd>(?<y1>\d{4})[/.](?<m1>\d{1,2})[/.](?<d1>\d{1,2})),?|(?<dmy>(?<d2>\d{1,2})[.-](?<m2>\d{1,2})[.-](?<y2>\d{4})),?|(?<md>(?<a3>\d{1,2})[/-](?<b3>\d{1,2})(?:\/(?<y3>\d{2}|\d{4}))?),?)(?:\s+(?:@|at))?\s+(?=[~≈\d])/i;

/**
 * The day before a time of day, and its date when the day is one: "2023/05/01", "17.01.2024"
 * (day first, as written in Europe), "4/21/23" and "01-17" (month first unless the first number
 * cannot be a month).
 */
function leadingDay(text: string, refDate: string | undefined): { length: number; date?: string } | undefined {
  const m = LEADING_DAY.exec(text);
  if (!m) return undefined;
  const g = m.groups ?? {};
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  if (g.ymd) [year, month, day] = [+g.y1, +g.m1, +g.d1];
  else if (g.dmy) [year, month, day] = [+g.y2, +g.m2, +g.d2];
  else if (g.md) {
    [month, day] = +g.a3 > 12 ? [+g.b3, +g.a3] : [+g.a3, +g.b3];
    year = g.y3 ? (g.y3.length === 2 ? 2000 + +g.y3 : +g.y3) : yearNear(month, day, refDate);
  }
  if (year === undefined || month === undefined || day === undefined) return { length: m[0].length };
  if (!isValidDate(year, month, day)) return undefined;
  return { length: m[0].length, date: `${year}-${pad2(month)}-${pad2(day)}` };
}

/** Strips emphasis and code marks around a cell's text; `shift` maps back to the raw offsets. */
function unwrap(raw: string): { text: string; shift: number } {
  // "[09:42]": a chat log's stamp, in brackets; "[09:42](https://…)": a time linked to its log line.
  if (/^\[[^\][]{1,40}\]$/.test(raw)) return { text: raw.slice(1, -1), shift: 1 };
  const link = /^\[([^\][]{1,40})\]\([^()\s]{1,500}\)$/.exec(raw);
  if (link) return { text: link[1], shift: 1 };
  const m = /^(\*\*|__|\*|_|`)?([^]*?)\1?$/.exec(raw);
  if (m && m[1] && raw.endsWith(m[1]) && raw.length > 2 * m[1].length) return { text: raw.slice(m[1].length, raw.length - m[1].length), shift: m[1].length };
  return { text: raw, shift: 0 };
}

function shiftStamp(s: ParsedStamp, by: number): ParsedStamp {
  if (!by) return s;
  return {
    ...s,
    start: s.start + by,
    end: s.end + by,
    timeStart: s.timeStart === undefined ? undefined : s.timeStart + by,
    timeEnd: s.timeEnd === undefined ? undefined : s.timeEnd + by,
  };
}

export interface LeadingStamp {
  stamp: ParsedStamp;
  /** The text after the stamp and its separator. */
  rest: string;
  /** Offset of `rest` in the text. */
  restStart: number;
}

/**
 * A stamp at the start of a list item ("Sep 30, 14:10 — text", "~02:30 — text", "Oct 2 – Oct 31 — text",
 * "6:25am: text"), followed by a dash, a colon or a space.
 */
export function parseLeadingStamp(text: string, refDate?: string): LeadingStamp | undefined {
  const { text: inner, shift } = /^\*\*[^*]+\*\*/.test(text) ? { text: text.replace(/^\*\*([^*]+)\*\*/, '$1  '), shift: 0 } : { text, shift: 0 };
  const built = stampAt(inner, refDate);
  if (!built) return undefined;
  const stamp = { ...built.stamp };
  let at = built.length;
  const dash = RANGE_DASH.exec(inner.slice(at));
  if (dash) {
    const second = stampAt(inner.slice(at + dash[0].length), stamp.date ?? refDate);
    const after = second ? inner.slice(at + dash[0].length + second.length) : '';
    if (second && /^\s*(?:–|—|-|:|\s|$)/.test(after) && (second.stamp.date || second.stamp.minutes !== undefined)) {
      if (second.stamp.date && second.stamp.date !== stamp.date) stamp.endDate = second.stamp.date;
      at += dash[0].length + second.length;
      stamp.end = at;
    }
  }
  const sep = /^\s*(?:[–—]|-(?=\s)|:(?=\s))\s*|^\s+/.exec(inner.slice(at));
  // A zone takes the space after it ("01:00 UTC Backup job runs"): that space was the separator.
  if (!sep && at < inner.length && !(stamp.zone && /\s$/.test(inner.slice(0, at)))) return undefined;
  const restStart = at + (sep ? sep[0].length : 0);
  return { stamp: shiftStamp(stamp, shift), rest: inner.slice(restStart), restStart };
}

/** Writes a time of day in a style (seconds kept when the style has them). */
export function formatTime(minutes: number, style: TimeStyle, seconds = 0): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  switch (style) {
    case 'HH:MM':
      return `${pad2(h)}:${pad2(m)}`;
    case 'H:MM':
      return `${h}:${pad2(m)}`;
    case 'HH:MM:SS':
      return `${pad2(h)}:${pad2(m)}:${pad2(seconds)}`;
    case 'HH.MM':
      return `${pad2(h)}.${pad2(m)}`;
    case 'h:mm am':
      return `${h % 12 === 0 ? 12 : h % 12}:${pad2(m)} ${h < 12 ? 'AM' : 'PM'}`;
    case 'HHMM':
      return `${pad2(h)}${pad2(m)}`;
  }
}

/** Minutes since the epoch day 0 for a stamp with a date (UTC when it has an offset). */
export function instantOf(date: string, minutes: number, offset = 0): number {
  return dayNumber(date) * 1440 + minutes - offset;
}

const UNIT_MINUTES: [RegExp, number][] = [
  [/^(?:d|days?)$/i, 1440],
  [/^(?:h|hrs?|hours?)$/i, 60],
  [/^(?:m|mins?|minutes?)$/i, 1],
  [/^(?:s|secs?|seconds?)$/i, 1 / 60],
];
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, half: 0.5 };

/**
 * The first duration in `text`, in minutes: "47 minutes", "2h 10m", "1 hour 5 minutes", "~3 h",
 * "~6h 40m", "2 hours and 10 minutes", "an hour", or a clock range "14:06 to 14:58".
 */
export function parseDuration(text: string): { minutes: number; start: number; end: number } | undefined {
  const token = /(\d+(?:\.\d+)?|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half)\b(?:\s+an?)?)\s*(days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)\b/giu;
  let m: RegExpExecArray | null;
  let total = 0;
  let start = -1;
  let end = -1;
  while ((m = token.exec(text))) {
    if (start !== -1 && !/^[\s,]*(?:and\s+)?$/i.test(text.slice(end, m.index))) break;
    const numText = m[1].toLowerCase().split(/\s+/)[0];
    const n = /^\d/.test(numText) ? +numText : NUMBER_WORDS[numText];
    const unit = UNIT_MINUTES.find(([re]) => re.test(m![2]));
    if (n === undefined || !unit) break;
    if (start === -1) start = m.index;
    total += n * unit[1];
    end = m.index + m[0].length;
  }
  if (start !== -1) {
    const lead = /(?:~|≈|about\s+|approx\.?\s*|approximately\s+|roughly\s+)$/i.exec(text.slice(0, start));
    return { minutes: Math.round(total), start: lead ? lead.index : start, end };
  }
  const range = /(\d{1,2}[:.]\d{2})\s*(?:–|—|-|to|until)\s*(\d{1,2}[:.]\d{2})/i.exec(text);
  if (range) {
    const a = stampAt(range[1], undefined)?.stamp.minutes;
    const b = stampAt(range[2], undefined)?.stamp.minutes;
    if (a !== undefined && b !== undefined) return { minutes: (b - a + 1440) % 1440, start: range.index, end: range.index + range[0].length };
  }
  return undefined;
}

/** "2 h 10 min" for messages. */
export function formatDuration(minutes: number): string {
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = Math.round(minutes % 60);
  const parts: string[] = [];
  if (d) parts.push(`${d} d`);
  if (h) parts.push(`${h} h`);
  if (m || !parts.length) parts.push(`${m} min`);
  return parts.join(' ');
}

// Calendar dates as written in post-mortems ("2026-09-08", "Sunday 1 November 2026",
// "Nov 2, 2026", "11/02/2026") → ISO `YYYY-MM-DD`, and day arithmetic on ISO dates.
// Pure string/integer work: no time zones, no Date parsing of user text.
import { memoByText } from './memo';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month number (1-12) for a full or abbreviated English month name ("Sep", "Sept", "September"). */
export function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(n) || (n === 'sept' && m === 'september'));
  return i === -1 ? undefined : i + 1;
}

/**
 * Whether prose dates the events it tells: a full date, a day of a named month without its year
 * ("on August 7th", "7 August"), or a clock time ("from about 8:43 UTC until 14:07 UTC"). A blog
 * post's opening account that does so is its timeline.
 */
export function datesEvents(text: string): boolean {
  return !!parseDate(text) || MONTH_DAY.test(text) || DAY_MONTH.test(text) || CLOCK_TIME.test(text);
}
const MONTH_NAMES = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_DAY = new RegExp(`\\b${MONTH_NAMES}\\.?\\s+(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\b(?!\\s*(?:%|percent))`, 'i');
const DAY_MONTH = new RegExp(`\\b(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAMES}\\b`, 'i');
/** A clock time: "8:43", "14:07:12". */
const CLOCK_TIME = /\b(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\d)/;

export interface ParsedDate {
  iso: string;
  /** True when the text was already ISO `YYYY-MM-DD`. */
  isIso: boolean;
  /** True for numeric forms like 11/02/2026 that depend on the configured day/month order. */
  ambiguous: boolean;
  /** Offsets of the date inside the parsed text. */
  start: number;
  end: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 9999) return false;
  return d <= daysInMonth(y, m);
}

function daysInMonth(y: number, m: number): number {
  return [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\\.?,?\\s+)?';
const MONTH = '([A-Za-z]{3,9}\\.?)';
const PATTERNS: { re: RegExp; build: (m: RegExpExecArray, order: 'month-first' | 'day-first') => [number, number, number, boolean, boolean] | undefined }[] = [
  // 2026-09-08 (ISO), optionally followed by a time
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, build: (m) => [+m[1], +m[2], +m[3], true, false] },
  // 2026/09/08
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/, build: (m) => [+m[1], +m[2], +m[3], false, false] },
  // Sunday 1 November 2026, 1 Nov 2026, 1st November 2026
  { re: new RegExp(`\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'), build: (m) => { const mo = monthNumber(m[2]); return mo ? [+m[3], mo, +m[1], false, false] : undefined; } },
  // Nov 2, 2026, November 2nd 2026, Sunday, November 1, 2026
  { re: new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), build: (m) => { const mo = monthNumber(m[1]); return mo ? [+m[3], mo, +m[2], false, false] : undefined; } },
  // 11/02/2026 or 11.02.2026: order from configuration
  { re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/, build: (m, order) => {
    const a = +m[1];
    const b = +m[2];
    const ambiguous = a <= 12 && b <= 12 && a !== b;
    // An unambiguous form wins over the configured order (13/02 can only be day-first).
    if (a > 12) return [+m[3], b, a, false, false];
    if (b > 12) return [+m[3], a, b, false, false];
    return order === 'day-first' ? [+m[3], b, a, false, ambiguous] : [+m[3], a, b, false, ambiguous];
  } },
];

/** Finds and parses the first calendar date in `text`. */
export function parseDate(text: string, order: 'month-first' | 'day-first' = 'month-first'): ParsedDate | undefined {
  return order === 'day-first' ? parseDayFirst(text) : parseMonthFirst(text);
}

// Remembered per text: the action rules read every Due cell on every keystroke, and the cells are
// nearly all the text they were. Callers only read the result.
const parseMonthFirst = memoByText((text) => readDate(text, 'month-first'));
const parseDayFirst = memoByText((text) => readDate(text, 'day-first'));

function readDate(text: string, order: 'month-first' | 'day-first'): ParsedDate | undefined {
  let best: ParsedDate | undefined;
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const built = p.build(m, order);
    if (!built) continue;
    const [y, mo, d, isIso, ambiguous] = built;
    if (!isValidDate(y, mo, d)) continue;
    const candidate = { iso: `${pad(y, 4)}-${pad(mo)}-${pad(d)}`, isIso, ambiguous, start: m.index, end: m.index + m[0].length };
    if (!best || candidate.start < best.start) best = candidate;
  }
  return best;
}

/** Days since 1970-01-01 for an ISO date (proleptic Gregorian, no time zone involved). */
export function dayNumber(iso: string): number {
  const y0 = +iso.slice(0, 4);
  const m0 = +iso.slice(5, 7);
  const d = +iso.slice(8, 10);
  const y = m0 <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const m = m0 + (m0 > 2 ? -3 : 9);
  const doy = Math.floor((153 * m + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

// §4.2 PM211: template or unfinished text left in the document: `[Name]`, TBD, TODO, `<name>`,
// `...` rows. Looks at prose, headings, every table cell and the header values.
import type { Rule, RuleFinding } from '../../types';
import type { Cell, PostMortem, ProseUnit, Row } from '../../model';
import { isExempt, proseSpan, unitLength } from '../../model';
import type { Span } from '../../types';
import { bodyHeader } from './shared';
import { memoByIdentity, memoByRow, memoByText } from '../../memo';

/** HTML elements written inline in Markdown: `<br>`, `<details>` are markup, not placeholders. */
const HTML_TAGS = new Set(
  ('a abbr address article aside audio b bdi bdo big blockquote body br button caption center cite code col colgroup dd del details dfn dialog div dl dt em embed ' +
    'fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main mark meta nav noscript object ' +
    'ol optgroup option output p param picture pre q rp rt ruby s samp script section select small source span strike strong style sub summary sup table tbody td ' +
    'template textarea tfoot th thead time title tr track tt u ul var video wbr').split(' '),
);

const BRACKET = /\[([^[\]\n]{1,120})\]/g;
const WORDLIKE = /[\p{L}\p{N}]/u;
const WORD_UPPER = /(?<![\p{L}\p{N}_-])(TODO|XXX|FIXME)(?![\p{L}\p{N}_])/gu;
const WORD_ANY_CASE = /(?<![\p{L}\p{N}_-])(tbd|tba)(?![\p{L}\p{N}_])/giu;
const QUESTION_MARKS = /\?{3,}/g;
const ANGLE = /<([A-Za-z][A-Za-z0-9 _.-]{0,40})>/g;

/**
 * Bracketed text that is not a placeholder: checkboxes, footnote numbers, log timestamps ("[03-26
 * 17:40]"), [sic], and drawings with no word in them ("[░░██░░]", a usage bar). "[...]" and "[?]"
 * stay placeholders.
 */
function isLiteralBracket(inner: string): boolean {
  const t = inner.trim();
  return !t || (!WORDLIKE.test(t) && !/^[.…?\s]+$/.test(t)) || /^[xX ]$/.test(t) || /^\^?\d+$/.test(t) || /^sic$/i.test(t) || /^!\w+$/.test(t) || /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[A-Za-z]{1,4})?$/.test(t) || /^\d{4}-\d{2}-\d{2}[ T\d:.Z+-]*$/.test(t) || /^\d{1,2}[-/.]\d{1,2}[ T]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[A-Za-z]{1,4})?$/.test(t);
}

interface Hit extends Span {
  text: string;
}

/** What every placeholder of textHits contains: most text has none, and skips the four scans. */
const MAYBE_PLACEHOLDER = /[[?]|TODO|XXX|FIXME|tb[ad]/i;
/** Shared by every text without a placeholder, so most units allocate nothing here: never mutate it. */
const NO_HITS: Hit[] = [];

/** Placeholders in plain text (a prose unit's text, or a raw header value). */
function textHits(text: string): Hit[] {
  if (!MAYBE_PLACEHOLDER.test(text)) return NO_HITS;
  const hits: Hit[] = [];
  for (const re of [BRACKET, WORD_UPPER, WORD_ANY_CASE, QUESTION_MARKS]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (re === BRACKET && isLiteralBracket(m[1])) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return hits;
}

/** Angle-bracket placeholders in a source range, outside inline code; never HTML tags. */
function angleHits(model: PostMortem, span: Span): Hit[] {
  const hits = relativeAngleHits(model.source, span);
  return hits.length ? hits.map((h) => ({ ...h, start: span.start + h.start, end: span.start + h.end })) : hits;
}

/** angleHits relative to the range's start. */
function relativeAngleHits(source: string, span: Span): Hit[] {
  let lt = span.start;
  while (lt < span.end && source.charCodeAt(lt) !== 60 /* < */) lt++;
  if (lt === span.end) return NO_HITS;
  const hits = rawAngleHits(source.slice(span.start, span.end));
  return hits.length ? hits : NO_HITS;
}

/** Angle-bracket placeholders in raw markdown, outside inline code and comments; never HTML tags. */
function rawAngleHits(source: string): Hit[] {
  const raw = source.replace(/(`+)[^]*?\1/g, (m) => ' '.repeat(m.length)).replace(/<!--[^]*?-->/g, (m) => ' '.repeat(m.length));
  const hits: Hit[] = [];
  ANGLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANGLE.exec(raw))) {
    const inner = m[1].trim();
    if (!inner.includes(' ') && HTML_TAGS.has(inner.toLowerCase())) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return hits;
}

/**
 * True when raw cell markdown holds a placeholder this rule reports (`[Name]` that is not a link,
 * TBD, TODO, ???, `<name>`). The actions rules ask this, so a placeholder cell is reported once,
 * here, and they stay silent on it (catalogue §4.5).
 */
export const hasPlaceholder = memoByText(cellHasPlaceholder);

function cellHasPlaceholder(raw: string): boolean {
  // Plain text as a cell's prose sees it: code spans and escaped brackets are not placeholders.
  const text = raw.replace(/\\\[|\\\]/g, '').replace(/(`+)[^]*?\1/g, (m) => ' '.repeat(m.length));
  return textHits(text).some((h) => !isLinkLike(text, h, noLabels)) || rawAngleHits(raw).length > 0;
}

const NO_LABELS = new Set<string>();
const noLabels = () => NO_LABELS;

/** Labels of link reference definitions (`[label]: url`), lower-cased, wherever they are in the file. */
function definitionLabels(model: PostMortem): Set<string> {
  const labels = new Set<string>();
  for (const m of model.source.matchAll(/^ {0,3}\[([^\]\n]{1,200})\]:[ \t]*\S/gm)) labels.add(normLabel(m[1]));
  return labels;
}

const normLabel = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** `[text](url)`, `[text][ref]`, `[ref]` with a definition: links, whether or not the parser resolved them. */
function isLinkLike(text: string, h: { start: number; end: number; text: string }, labels: () => Set<string>): boolean {
  if (!h.text.startsWith('[')) return false;
  return /^[([]/.test(text.slice(h.end)) || text[h.start - 1] === ']' || labels().has(normLabel(h.text.slice(1, -1)));
}

/**
 * What a unit holds whatever the document around it: placeholders in its text outside exempt
 * ranges (text coordinates; links are told apart later, with the document's definitions), and
 * angle-bracket placeholders in its source, relative to its start (not for table cells: the row
 * loop reads their raw text). Remembered per parse identity, so a keystroke re-reads only the
 * units it changed; `length` guards the source read (a unit of another length is read again).
 */
interface UnitPlaceholders {
  text: Hit[];
  angle: Hit[];
  length: number;
}

function readUnit(unit: ProseUnit, source: string): UnitPlaceholders {
  const hits = textHits(unit.text);
  const text = hits.length ? hits.filter((h) => !isExempt(unit, h.start, h.end)) : NO_HITS;
  const angle = unit.kind === 'tableCell' ? NO_HITS : relativeAngleHits(source, unit.span);
  return { text: text.length ? text : NO_HITS, angle, length: unit.span.end - unit.span.start };
}

const unitPlaceholders = memoByIdentity(readUnit);

/** A unit's placeholders, at its place in the document. */
function unitHits(model: PostMortem, unit: ProseUnit, labels: () => Set<string>, out: Hit[]) {
  let found = unitPlaceholders(unit, model.source);
  if (found.length !== unitLength(unit)) found = readUnit(unit, model.source);
  if (found.text === NO_HITS && found.angle === NO_HITS) return;
  placeTextHits(model, unit, found.text, labels, out);
  const base = unit.span.start;
  for (const h of found.angle) out.push({ start: base + h.start, end: base + h.end, text: h.text });
}

/** A unit's text placeholders (text coordinates) at their place in the document, links left out. */
function placeTextHits(model: PostMortem, unit: ProseUnit, found: Hit[], labels: () => Set<string>, out: Hit[]) {
  for (const h of found) {
    if (isLinkLike(unit.text, h, labels)) continue;
    const span = proseSpan(unit, h.start, h.end);
    // Brackets around a link ("[[PR](https://…)]"): the prose reads "[PR]", the source is a link.
    if (h.text.startsWith('[') && model.source.slice(span.start, span.end).includes('](')) continue;
    out.push({ ...span, text: h.text });
  }
}

/** A row's cells with placeholders: in the cell's prose text, and `<name>` in its raw text (relative to the cell). */
type CellPlaceholders = { cell: Cell; text: Hit[]; angle: Hit[] };
/** A row whose every cell is "..." or "…": reported whole. */
const ROW_OF_DOTS: CellPlaceholders[] = [];
const NO_CELLS: CellPlaceholders[] = [];

/**
 * What a row holds whatever the document around it (memoByRow): a keystroke reads one remembered
 * value per row, not one per cell. Links are told apart when placing, with the document's definitions.
 */
const rowPlaceholders = memoByRow((row: Row, _: void): CellPlaceholders[] => {
  if (row.cells.length && row.cells.every((c) => /^(?:\.\.\.|…)$/.test(c.raw))) return ROW_OF_DOTS;
  let out: CellPlaceholders[] | undefined;
  for (const cell of row.cells) {
    const text = cell.prose ? textHits(cell.prose.text).filter((h) => !isExempt(cell.prose!, h.start, h.end)) : NO_HITS;
    const angle = cell.raw.includes('<') ? rawAngleHits(cell.raw) : NO_HITS;
    if (text.length || angle.length) (out ??= []).push({ cell, text, angle });
  }
  return out ?? NO_CELLS;
});

export const rule: Rule = {
  id: 'placeholder-text',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'Template or unfinished text is left in the document: [Name], [Date ...], TBD, TODO, ???, <name>, rows of "...".',
  explanation:
    'Placeholders are how the template and the quick fixes mark what still needs a fact. Publishing them leaves gaps a reader cannot tell from real content: an owner of "[Name]" means nobody owns the action. ' +
    'Replace each one with the real value, or state explicitly that it is unknown and who will find out. Links, checkboxes, footnote numbers and HTML tags are not placeholders.',
  sources: ['seed'],
  check(model) {
    const hits: Hit[] = [];
    // The document's link definitions, read only when a bracketed placeholder may be a link.
    let defined: Set<string> | undefined;
    const labels = () => (defined ??= definitionLabels(model));
    // Table cells are read per row, below.
    for (const unit of model.prose) if (unit.kind !== 'tableCell') unitHits(model, unit, labels, hits);
    for (const table of model.tables) {
      for (const row of table.rows) {
        const found = rowPlaceholders(row, undefined);
        if (found === ROW_OF_DOTS) {
          hits.push({ ...row.span, text: row.cells.map((c) => c.raw).join(' | ') });
          continue;
        }
        for (const { cell, text, angle } of found) {
          if (cell.prose) placeTextHits(model, cell.prose, text, labels, hits);
          // A cell's span holds exactly its raw text.
          const base = cell.span.start;
          for (const h of angle) hits.push({ start: base + h.start, end: base + h.end, text: h.text });
        }
      }
    }
    for (const block of [...model.preamble, ...model.sections.flatMap((s) => s.blocks)]) {
      if (block.kind === 'html') hits.push(...angleHits(model, block.span));
    }
    // Header values and the title are not prose units: read them from the source.
    const raw = [...bodyHeader(model).map((f) => f.valueSpan), ...(model.title ? [model.title.textSpan] : [])];
    for (const span of raw) {
      const value = model.source.slice(span.start, span.end);
      for (const h of textHits(value)) {
        if (isLinkLike(value, h, labels)) continue;
        hits.push({ start: span.start + h.start, end: span.start + h.end, text: h.text });
      }
      hits.push(...angleHits(model, span));
    }
    const seen = new Set<string>();
    const findings: RuleFinding[] = [];
    for (const h of hits.sort((a, b) => a.start - b.start || b.end - a.end)) {
      const key = `${h.start}:${h.end}`;
      if (seen.has(key) || findings.some((f) => f.start <= h.start && h.end <= f.end)) continue;
      seen.add(key);
      findings.push({ start: h.start, end: h.end, message: `Placeholder "${h.text}" is still in the document; replace it with the real content.`, phrase: h.text });
    }
    return findings;
  },
};

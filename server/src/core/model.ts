// mdast → the typed PostMortem model: title, header fields, sections by canonical name, typed
// tables with exact cell ranges, lists, and every piece of prose with a map back to the source.
// The model is the only thing rules read; nothing downstream re-parses markdown.
import type { Nodes, PhrasingContent, Root, RootContent, Table as MdTable, List as MdList, ListItem as MdListItem } from 'mdast';
import YAML from 'yaml';
import { parseChunks, type Chunk } from './parse';
import { LineIndex, ownCopy } from './text';
import type { Span } from './types';
import {
  CUSTOMER_FACING_SECTIONS,
  CONTRIBUTING_SUBSECTIONS,
  TIMELINE_COLUMNS,
  ACTION_COLUMNS,
  headerFieldForLabel,
  matchColumn,
  normaliseHeading,
  type ActionColumn,
  type ContributingSubsectionId,
  type HeaderFieldId,
  type SectionId,
  type TimelineColumn,
} from './template';
import { AUTO, ROLE_SECTION_ID, matchSection, matchSubsection, namesAnySection, openingSignals, selectTemplate, type OpeningSignals, type SectionRole, type TemplateProfile, type TemplateSelection } from './templates/index';

export interface Heading {
  depth: number;
  /** Heading text as written (inline markup removed). */
  text: string;
  span: Span;
  /** Span of the heading's text, without the `#` marks. */
  textSpan: Span;
}

/** A `Label: value` line: header fields, "Scheduled for", "Focus", front-matter keys. */
export interface FieldLine {
  label: string;
  value: string;
  form: 'bold' | 'plain' | 'list' | 'frontmatter';
  /** The whole source line (front matter: the key's line). */
  lineSpan: Span;
  labelSpan: Span;
  /** The trimmed value; empty values have an empty span just after the label. */
  valueSpan: Span;
}

export interface HeaderField extends FieldLine {
  /** The template field this label names, if any. */
  field?: HeaderFieldId;
  /** True when the label is an alias (Attendees → Participants). */
  alias: boolean;
}

export interface Cell {
  /** Cell text as written in the source, trimmed (escapes kept). */
  raw: string;
  /** Trimmed content; an empty cell has an empty span just after its leading pipe and space. */
  span: Span;
  /** From the leading pipe (if any) to the next. */
  outerSpan: Span;
  column: number;
  prose?: ProseUnit;
}

export interface Row {
  /** The whole source line of the row, without its line break. */
  span: Span;
  cells: Cell[];
  line: number;
  /** Values of memoByRow (memo.ts), one slot per memoised function: kept while the row is reused. */
  memos?: unknown[];
}

export type TableKind = 'timeline' | 'actions' | 'other';

/** Columns beside a timeline's event that only point elsewhere ("Time | Notes | Data Link"). */
const LINK_COLUMNS = new Set(['link', 'links', 'data link', 'url', 'ref', 'reference', 'source', 'ticket', 'pr']);
/** Columns beside a timeline's event: who did it, a state, a link ("Time | Who | What"). */
const SIDE_COLUMNS = new Set([...LINK_COLUMNS, 'who', 'owner', 'actor', 'person', 'responder', 'by', 'status', 'state', 'severity', 'sev', 'service', 'system', 'component', 'duration', 'type', 'category', 'tag', 'channel']);

export interface Table {
  kind: TableKind;
  span: Span;
  header: Row;
  /** The `|---|---|` line. */
  delimiter: Span;
  rows: Row[];
  /** Column ids by position, from the header (undefined for unknown columns). */
  columns: (TimelineColumn | ActionColumn | undefined)[];
  section?: Section;
  /** Index of a column by id, or -1. */
  columnIndex(id: TimelineColumn | ActionColumn): number;
}

export interface ListItem {
  span: Span;
  /** After the list marker (and checkbox), to the end of the item. */
  contentSpan: Span;
  /** The item's text: source lines joined by single spaces, markers and indentation removed. */
  text: string;
  children: List[];
}

export interface List {
  span: Span;
  ordered: boolean;
  items: ListItem[];
}

export type BlockKind = 'paragraph' | 'list' | 'table' | 'code' | 'html' | 'blockquote' | 'thematicBreak' | 'other';

export interface Block {
  kind: BlockKind;
  span: Span;
  /** For paragraphs and list items: their prose units. */
  prose: ProseUnit[];
  table?: Table;
  list?: List;
  /** Field lines found in this paragraph. */
  fields: FieldLine[];
}

export interface Section {
  heading: Heading;
  /**
   * The seed section whose role this section plays in the document's template profile (Google's
   * "Root Causes" is contributing-factors), when it has one. Only top-level sections and the
   * profile's own subsections ("What went well" under Lessons Learned) have one.
   */
  id?: SectionId;
  /** The profile section (top level) this heading names, by its profile id. */
  key?: string;
  /** What the section is for in its profile (absent: not a section of the profile). */
  role?: SectionRole;
  /** True when the heading is an alias of the profile section's title. */
  alias: boolean;
  /** One of the four contributing-factor subsections. */
  subsection?: ContributingSubsectionId;
  customerFacing: boolean;
  depth: number;
  /** From the heading to the start of the next heading of the same or higher level. */
  span: Span;
  /** From the end of the heading line to the end of the section. */
  bodySpan: Span;
  /** Blocks directly in this section (not in its subsections). */
  blocks: Block[];
  parent?: Section;
  children: Section[];
}

export type ProseKind = 'paragraph' | 'listItem' | 'tableCell' | 'heading';

/** Where a prose unit sits, for the section strictness of catalogue §1.5. */
export type SectionContext = SectionId | 'other' | 'external' | 'preamble';

export interface ProseUnit {
  kind: ProseKind;
  span: Span;
  /** Plain text: markup removed, inline code replaced by the word "code". */
  text: string;
  /** `offsets[i]` is the source offset of `text[i]`; `offsets[text.length]` is the unit's end. */
  offsets: number[];
  /** Text ranges never analysed for blame: inline code, raw HTML, quoted speech (catalogue §1.4). */
  exempt: Span[];
  context: SectionContext;
  /**
   * The same object whenever the unit comes from the same cached parse of the same source text
   * (caches key on it instead of re-reading the text); absent on hand-made units.
   */
  identity?: UnitIdentity;
  section?: Section;
  /** For table cells: the table, row and column id. */
  table?: Table;
  row?: Row;
  column?: TimelineColumn | ActionColumn;
  /**
   * The rule engine's cache place last found for this unit (one of identity.unitIds), kept on the
   * unit object itself: a unit reused from the last build is then matched without reading its
   * identity's list of places (engine.ts, placeOf). Valid while kind, context and column match it.
   */
  place?: { kind: string; context: string; column: string | undefined; id: number };
}

/**
 * A unit's parse identity. The rule engine keeps the unit's cache ids on it, which is cheaper on
 * every keystroke than a WeakMap lookup per unit.
 */
export interface UnitIdentity {
  unitIds?: { kind: string; context: string; column: string | undefined; id: number }[];
  /** The names the timeline rules read in the unit, for the document's personal names (structure/shared.ts). */
  mentions?: { personalKey: string; mentions: { name: string; tokens: string[]; start: number; end: number }[] };
  /** Values of memoByIdentity (memo.ts), one slot per memoised function. */
  memos?: unknown[];
}

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty = all rules. */
  ruleIds: string[];
  span: Span;
  line: number;
}

export interface FrontMatter {
  span: Span;
  data: Record<string, unknown>;
  error?: string;
}

export interface PostMortem {
  source: string;
  /** The template profile the document is checked against, and why that one. */
  template: TemplateSelection;
  lines: LineIndex;
  chunks: Chunk[];
  frontMatter?: FrontMatter;
  title?: Heading;
  /** Header fields: the lines between the title and the first section, then front-matter keys. */
  header: HeaderField[];
  /** The source span of the header lines (for inserting missing fields). */
  headerSpan?: Span;
  headings: Heading[];
  /** Every section (subsections included) in document order. */
  sections: Section[];
  /** The top-level sections. */
  topSections: Section[];
  /** Blocks before the first section (after the title). */
  preamble: Block[];
  /** What the lines before the first section give: header fields, prose, a dated account. */
  opening: OpeningSignals;
  tables: Table[];
  lists: List[];
  prose: ProseUnit[];
  directives: Directive[];
  /** The first top-level section with this template id. */
  section(id: SectionId): Section | undefined;
  /** The header field with this template id (the first one found). */
  field(id: HeaderFieldId): HeaderField | undefined;
}

// ---------------------------------------------------------------------------------------------

const FIELD_LINE =
  /^([ \t]*(?:[-*+][ \t]+)?)(?:\*\*([^*\n]{1,60}?)(:?)\*\*(:?)|__([^_\n]{1,60}?)(:?)__(:?)|([\p{L}][\p{L}\p{N} /&()'.-]{0,40}?)(:))[ \t]*(.*?)[ \t]*\\?[ \t]*$/u;

/** Parses one source line as `Label: value` in its bold, plain or list-item form. */
export function parseFieldLine(line: string, lineStart: number, allowPlain: boolean): FieldLine | undefined {
  const m = FIELD_LINE.exec(line);
  if (!m) return undefined;
  const lead = m[1];
  let label: string;
  let form: FieldLine['form'];
  if (m[2] !== undefined || m[5] !== undefined) {
    const colonInside = m[2] !== undefined ? m[3] : m[6];
    const colonAfter = m[2] !== undefined ? m[4] : m[7];
    if (!colonInside && !colonAfter) return undefined;
    label = (m[2] ?? m[5]).trim();
    form = lead.trim() ? 'list' : 'bold';
  } else {
    if (!allowPlain) return undefined;
    label = m[8].trim();
    form = lead.trim() ? 'list' : 'plain';
    // A plain label is short and reads like a field name, not a sentence with a colon.
    if (label.split(/\s+/).length > 4) return undefined;
  }
  const value = m[10] ?? '';
  const labelStart = lineStart + line.indexOf(label, lead.length);
  const valueStartInLine = value ? line.lastIndexOf(value) : line.length - line.replace(/^.*?:\**[ \t]*/u, '').length;
  const valueStart = lineStart + (value ? valueStartInLine : line.replace(/[ \t\\]+$/, '').length);
  return {
    label,
    value,
    form,
    lineSpan: { start: lineStart, end: lineStart + line.length },
    labelSpan: { start: labelStart, end: labelStart + label.length },
    valueSpan: { start: valueStart, end: valueStart + value.length },
  };
}

const QUOTE_PAIRS: [string, string][] = [
  ['"', '"'],
  ['\u201c', '\u201d'],
  ['\u201e', '\u201c'],
];

/**
 * Single-quoted words: British quotation style (‘I'll restart it,’ she said) and mentions of a
 * term ('human error' is a label). The quote opens after a space or an opening bracket and closes
 * before a space or punctuation, so apostrophes ("didn't", "the engineers' laptops") never pair.
 */
const SINGLE_QUOTED = /(?<=^|[\s([{—–])['\u2018]((?:[^'\u2018\u2019\n]|['\u2019](?=\p{L}))+?)['\u2019](?=$|[\s.,;:!?)\]}—–])/gu;

/** The exempt spans of the many units that have none: one shared, frozen array. */
const NO_SPANS: Span[] = Object.freeze([]) as unknown as Span[];

const ANY_QUOTE = /['"\u2018\u201c\u201e]/;

/** Direct quotations of two or more words (catalogue §1.4 `quoted-speech`), double or single quoted. */
export function quotedSpans(text: string): Span[] {
  // Most prose has no quotation mark at all: nothing to search.
  if (!ANY_QUOTE.test(text)) return NO_SPANS;
  const spans: Span[] = [];
  for (const m of text.matchAll(SINGLE_QUOTED)) {
    if (m[1].trim().split(/\s+/).length >= 2 && m.index !== undefined) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const [open, close] of QUOTE_PAIRS) {
    let i = 0;
    while ((i = text.indexOf(open, i)) !== -1) {
      const j = text.indexOf(close, i + 1);
      if (j === -1) break;
      const inner = text.slice(i + 1, j).trim();
      if (inner.split(/\s+/).filter(Boolean).length >= 2) spans.push({ start: i, end: j + 1 });
      i = j + 1;
    }
  }
  // Marks that do not pair by the book, as real writing has them: a straight quote closed by a
  // curly one or the reverse (pasted text), and a curly quote that opens and is not closed in the
  // paragraph, which by convention runs on into the next (a quotation over several paragraphs).
  for (let i = 0; i < text.length; i++) {
    const open = text[i];
    if ((open !== '"' && open !== '\u201c') || !OPENS_AFTER.test(text[i - 1] ?? ' ') || spans.some((q) => q.start <= i && i < q.end)) continue;
    const close = open === '"' ? '\u201d' : '"';
    const j = text.indexOf(close, i + 1);
    const own = text.indexOf(open === '"' ? '"' : '\u201d', i + 1);
    let end = -1;
    if (j !== -1 && (own === -1 || j < own)) end = j + 1;
    else if (open === '\u201c' && own === -1 && j === -1) end = text.length;
    if (end !== -1 && text.slice(i + 1, end).trim().split(/\s+/).filter(Boolean).length >= 2) spans.push({ start: i, end });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** What may stand before an opening quotation mark: a space, an opening bracket or a dash. */
const OPENS_AFTER = /[\s([{—–:]/u;

class ProseBuilder {
  text = '';
  /**
   * The source offset of each character of `text`, once they stop being consecutive. Until then
   * (most cells and paragraphs are plain text) only `first`, the offset of `text[0]`, is kept.
   */
  private offsets: number[] | undefined;
  private first = 0;
  exempt: Span[] = [];
  constructor(private source: string) {}

  /** The per-character offsets, written out from `first` on the first non-consecutive piece. */
  private written(): number[] {
    if (!this.offsets) {
      this.offsets = new Array<number>(this.text.length);
      for (let i = 0; i < this.text.length; i++) this.offsets[i] = this.first + i;
    }
    return this.offsets;
  }

  /** Records the offsets of a piece about to be appended whose characters sit at `start`, `start + 1`, … */
  private consecutive(start: number, length: number) {
    if (!this.offsets) {
      if (!this.text.length) this.first = start;
      if (start === this.first + this.text.length) return;
    }
    const offsets = this.written();
    for (let i = 0; i < length; i++) offsets.push(start + i);
  }

  push(value: string, sourceOffset: number) {
    if (value.length === 1) this.consecutive(sourceOffset, 1);
    else {
      const offsets = this.written();
      for (let i = 0; i < value.length; i++) offsets.push(sourceOffset);
    }
    this.text += value;
  }

  /** Adds a text node's value, aligning it with its source (escapes, entities, indentation). */
  pushAligned(value: string, start: number, end: number) {
    const src = this.source.slice(start, end);
    if (src === value) {
      if (value.length) this.consecutive(start, value.length);
      this.text += value;
      return;
    }
    const offsets = this.written();
    let j = 0;
    for (let i = 0; i < value.length; i++) {
      const c = value[i];
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\' && src[j + 1] === c) {
          j++;
          break;
        }
        if (src[j] === '&') {
          const semi = src.indexOf(';', j);
          if (semi !== -1 && semi - j <= 32) break; // an entity: maps to its start
        }
        if (/[ \t>\r\n]/.test(src[j]) && c !== src[j]) {
          j++;
          continue;
        }
        break;
      }
      offsets.push(start + Math.min(j, src.length));
      if (src[j] === c) j++;
      else if (src[j] === '&') {
        const semi = src.indexOf(';', j);
        // Several decoded characters may come from one entity: advance once they are consumed.
        if (value[i + 1] === undefined || src[semi + 1] === value[i + 1] || semi + 1 >= src.length) j = semi + 1;
      }
    }
    this.text += value;
  }

  inline(nodes: PhrasingContent[], base: number) {
    for (const node of nodes) {
      const start = base + (node.position?.start.offset ?? 0);
      const end = base + (node.position?.end.offset ?? 0);
      switch (node.type) {
        case 'text':
          this.pushAligned(node.value, start, end);
          break;
        case 'inlineCode': {
          const at = this.text.length;
          this.push('code', start);
          this.exempt.push({ start: at, end: at + 4 });
          break;
        }
        case 'html': {
          const at = this.text.length;
          this.push(' ', start);
          this.exempt.push({ start: at, end: at + 1 });
          break;
        }
        case 'break':
          this.push(' ', start);
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'link':
        case 'linkReference':
          this.inline(node.children as PhrasingContent[], base);
          break;
        default:
          // images, footnote references: not prose
          this.push(' ', start);
      }
    }
  }

  /**
   * The text, its offsets relative to `base` (one per character, then `end`), and exempt spans.
   * Plain text (most cells) sits at consecutive offsets: then only the first is kept, not an array.
   */
  finish(end: number, base: number): ProseMemo {
    const offsets = this.offsets;
    const n = this.text.length;
    const first = !n ? end : offsets ? offsets[0] : this.first;
    let contiguous = end === first + n;
    if (offsets) for (let i = 1; contiguous && i < n; i++) contiguous = offsets[i] === first + i;
    let relative: Int32Array | number;
    if (contiguous) relative = first - base;
    else {
      const offsets = this.written();
      relative = new Int32Array(n + 1);
      for (let i = 0; i < n; i++) relative[i] = offsets[i] - base;
      relative[n] = end - base;
    }
    const quoted = quotedSpans(this.text);
    const exempt = quoted.length ? [...this.exempt, ...quoted].sort((a, b) => a.start - b.start) : this.exempt.length ? this.exempt : NO_SPANS;
    return proseMemoOf(this.text, relative, exempt);
  }
}

function proseMemoOf(text: string, relative: Int32Array | number, exempt: Span[]): ProseMemo {
  // Every field a memo gets later is declared here: added later, they would need a separate
  // property array per memo.
  return { text, relative, exempt, oneLine: undefined, blank: undefined, unitIds: undefined, mentions: undefined, memos: undefined };
}

interface ProseMemo extends UnitIdentity {
  text: string;
  /** The text on one line (a list item's text), computed on first use. */
  oneLine?: string;
  /** True when the text is only white space, computed on first use. */
  blank?: boolean;
  /**
   * Offsets relative to the node's base (its chunk), valid wherever the cached node is reused; a
   * number when they are consecutive: the offset of `text[0]` (of the end, for empty text).
   */
  relative: Int32Array | number;
  exempt: Span[];
}

/** A cell's text and offsets relative to its chunk, read once per cached row node. */
interface RelativeCell {
  raw: string;
  start: number;
  outerStart: number;
  outerEnd: number;
}

/** A cached row node's cells, relative to its chunk: a row's text is read once, not per keystroke. */
const cellMemo = new WeakMap<object, RelativeCell[]>();

/**
 * The offset of the chunk a reusable part (a table row, a list item) sits in, in the latest build
 * that placed it. The part's objects keep offsets relative to it, so a build that reuses the part
 * after an edit before it moves it by setting `base` once (see ModelReuse).
 */
interface Anchor {
  base: number;
}

/**
 * A table cell. A long timeline has thousands: its spans are made on first use from offsets
 * relative to its row's chunk, and again only once the row has moved.
 */
class TableCell implements Cell {
  readonly raw: string;
  // Declared now: set later, it would cost each cell a separate property array.
  prose: Prose | undefined = undefined;
  private at = NaN;
  private own: Span | undefined = undefined;
  private outerAt = NaN;
  private outer: Span | undefined = undefined;
  constructor(
    private readonly relative: RelativeCell,
    private readonly row: TableRow,
    readonly column: number,
  ) {
    this.raw = relative.raw;
  }
  get span(): Span {
    // A cell with prose has the same span object as its unit.
    if (this.prose) return this.prose.span;
    const base = this.row.base;
    if (this.at !== base) {
      this.at = base;
      this.own = { start: this.relative.start + base, end: this.relative.start + base + this.relative.raw.length };
    }
    return this.own!;
  }
  get outerSpan(): Span {
    const base = this.row.base;
    if (this.outerAt !== base) {
      this.outerAt = base;
      this.outer = { start: this.relative.outerStart + base, end: this.relative.outerEnd + base };
    }
    return this.outer!;
  }
}

/** A table row, the anchor of its cells; its line is set by each build that places it. */
class TableRow implements Row, Anchor {
  readonly cells: TableCell[] = [];
  /** The build (see ModelReuse) that placed the row last. */
  stamp = 0;
  // Declared now: set later, it would cost each row a separate property array.
  memos: unknown[] | undefined = undefined;
  private spanLines: LineIndex | undefined = undefined;
  private lineSpan: Span | undefined = undefined;
  constructor(
    public base: number,
    public line: number,
    private lines: LineIndex,
  ) {}
  place(base: number, line: number, lines: LineIndex, stamp: number) {
    this.base = base;
    this.line = line;
    this.lines = lines;
    this.stamp = stamp;
  }
  get span(): Span {
    // The line's offsets change with any edit above it: made again for each build's line index.
    if (this.spanLines !== this.lines) {
      this.spanLines = this.lines;
      this.lineSpan = { start: this.lines.lineStarts[this.line], end: this.lines.lineEnd(this.line) };
    }
    return this.lineSpan!;
  }
}

/** A list item, at offsets relative to its top-level item's chunk. */
class PlacedItem implements ListItem {
  private at = NaN;
  private placed: Span | undefined = undefined;
  private content: Span | undefined = undefined;
  constructor(
    private readonly anchor: Anchor,
    private readonly start: number,
    private readonly contentStart: number,
    private readonly end: number,
    readonly text: string,
    readonly children: List[],
  ) {}
  private move() {
    const base = this.anchor.base;
    if (this.at !== base) {
      this.at = base;
      this.placed = { start: this.start + base, end: this.end + base };
      this.content = { start: this.contentStart + base, end: this.end + base };
    }
  }
  get span(): Span {
    this.move();
    return this.placed!;
  }
  get contentSpan(): Span {
    this.move();
    return this.content!;
  }
}

/**
 * A part whose span is kept relative to its anchor (its chunk's offset in the latest build that
 * placed it) and made again only on the first read after the anchor has moved (see ModelReuse).
 */
abstract class Anchored {
  private at = NaN;
  private placed: Span | undefined = undefined;
  constructor(
    protected readonly anchor: Anchor,
    protected readonly start: number,
    protected readonly end: number,
  ) {}
  /** The span's length, without placing the span (which a moved part would make anew). */
  get length(): number {
    return this.end - this.start;
  }
  get span(): Span {
    const base = this.anchor.base;
    if (this.at !== base) {
      this.at = base;
      this.placed = { start: this.start + base, end: this.end + base };
    }
    return this.placed!;
  }
}

/** A list inside a list item, placed with the item. */
class NestedList extends Anchored implements List {
  readonly items: ListItem[] = [];
  constructor(
    anchor: Anchor,
    start: number,
    end: number,
    readonly ordered: boolean,
  ) {
    super(anchor, start, end);
  }
}

/** A top-level list item as a build made it, for the next build to reuse (ModelReuse). */
interface ItemParts {
  anchor: Anchor;
  item: ListItem;
  /** Its prose units and nested lists, in the order the build listed them. */
  prose: Prose[];
  lists: List[];
  stamp: number;
}

/**
 * What one document's model builds hand on to the next, so that a build after an edit reuses the
 * table rows (cells and cell prose with them) and top-level list items (their prose and nested
 * lists) of every chunk the edit did not touch, instead of making them again: most of a long
 * post-mortem is timeline rows and list items, and objects that survive a young-generation GC cost
 * a copy each, and fresh pages to copy them into. They are found by the cached mdast node they were
 * built from (the parse cache gives an unchanged chunk's same tree again), moved by setting their
 * anchor's offset, and given the new build's section, table and column.
 *
 * A reused object belongs to the newest model: a model built with a handle is valid until the next
 * build with the same handle (the language server keeps one per open document and builds each new
 * version with it; any other model is built without one).
 */
export class ModelReuse {
  /**
   * Parts by node, one per place the node was built at: chunks of the same text share one cached
   * tree, so a node can stand at several places in a document (a repeated run of list items).
   * Only the last build's parts are kept (see end).
   */
  private readonly parts = new Map<object, (TableRow | ItemParts)[]>();
  private stamp = 0;
  /** Starts a build. */
  begin(): number {
    return ++this.stamp;
  }
  /** A part built from this node by an earlier build that this build has not placed yet. */
  take<T extends TableRow | ItemParts>(node: object, stamp: number): T | undefined {
    const found = this.parts.get(node);
    if (found) {
      for (const part of found) {
        if (part.stamp === stamp) continue;
        part.stamp = stamp;
        return part as T;
      }
    }
    return undefined;
  }
  /** A part this build made, for the next one. */
  keep(node: object, part: TableRow | ItemParts): void {
    const found = this.parts.get(node);
    if (found) found.push(part);
    else this.parts.set(node, [part]);
  }
  /**
   * Ends a build: the parts it did not place are let go. Such a part (the rows of a chunk before
   * an edit) still points at its last build's sections, table and line index, which hold that
   * build's model and text; kept, they would pin one old version of the document per edit.
   */
  end(stamp: number): void {
    for (const [node, parts] of this.parts) {
      // In place and without a callback: this runs over every row and item on every keystroke.
      let kept = 0;
      for (let i = 0; i < parts.length; i++) if (parts[i].stamp === stamp) parts[kept++] = parts[i];
      if (!kept) this.parts.delete(node);
      else parts.length = kept;
    }
  }
  /** How many parts the handle holds (tests). */
  get size(): number {
    let n = 0;
    for (const parts of this.parts.values()) n += parts.length;
    return n;
  }
}

const fieldMemo = new WeakMap<object, FieldLine[]>();
const fieldMemoPlain = new WeakMap<object, FieldLine[]>();

/** Prose built from a cached mdast node, memoised by node: an unchanged chunk costs nothing. */
const proseMemo = new WeakMap<object, ProseMemo>();

function inlineProse(source: string, node: { children: PhrasingContent[] }, base: number, end: number): ProseMemo {
  let memo = proseMemo.get(node);
  if (!memo) {
    memo = plainProse(source, node, base, end);
    if (!memo) {
      const b = new ProseBuilder(source);
      b.inline(node.children, base);
      memo = b.finish(end, base);
    }
    proseMemo.set(node, memo);
  }
  return memo;
}

/**
 * The memo of a node that holds one text node written as is and ending at `end` (most table
 * cells), without a builder: what ProseBuilder would give, as consecutive offsets.
 */
function plainProse(source: string, node: { children: PhrasingContent[] }, base: number, end: number): ProseMemo | undefined {
  if (node.children.length !== 1) return undefined;
  const child = node.children[0];
  if (child.type !== 'text' || !child.value) return undefined;
  const start = base + (child.position?.start.offset ?? 0);
  const value = child.value;
  if (base + (child.position?.end.offset ?? 0) !== start + value.length || end !== start + value.length || !source.startsWith(value, start)) return undefined;
  const quoted = quotedSpans(value);
  return proseMemoOf(value, start - base, quoted.length ? quoted : NO_SPANS);
}

/**
 * A prose unit whose source offsets are materialised on first use (most units never need them).
 * Its text and exempt spans are read from its memo rather than copied: a long timeline has tens of
 * thousands of units, and every field they hold is copied by each young-generation GC. Its span
 * and offsets are relative to its anchor (see ModelReuse); a reused unit is given its new build's
 * section, context, table and column.
 */
class Prose extends Anchored implements ProseUnit {
  private absolute: number[] | undefined = undefined;
  private absoluteAt = NaN;
  // Declared now: set later, it would cost each unit a separate property array.
  place: ProseUnit['place'] = undefined;
  constructor(
    readonly kind: ProseKind,
    start: number,
    end: number,
    readonly identity: ProseMemo,
    anchor: Anchor,
    public context: SectionContext,
    public section?: Section,
    public table?: Table,
    readonly row?: Row,
    public column?: TimelineColumn | ActionColumn,
  ) {
    super(anchor, start, end);
  }
  get text(): string {
    return this.identity.text;
  }
  get exempt(): Span[] {
    return this.identity.exempt;
  }
  offsetAt(i: number): number {
    const base = this.anchor.base;
    if (this.absolute && this.absoluteAt === base) return this.absolute[i];
    const relative = this.identity.relative;
    if (typeof relative !== 'number') return relative[i] + base;
    // As an array would: no offset outside 0..length.
    return i >= 0 && i <= this.identity.text.length && Number.isInteger(i) ? relative + i + base : NaN;
  }
  get offsets(): number[] {
    const base = this.anchor.base;
    if (!this.absolute || this.absoluteAt !== base) {
      const relative = this.identity.relative;
      const out = new Array<number>(this.identity.text.length + 1);
      if (typeof relative === 'number') for (let i = 0; i < out.length; i++) out[i] = relative + i + base;
      else for (let i = 0; i < out.length; i++) out[i] = relative[i] + base;
      this.absolute = out;
      this.absoluteAt = base;
    }
    return this.absolute;
  }
}

/** A unit's source length (span end − start); a unit of a build does not place its span for it. */
export function unitLength(unit: ProseUnit): number {
  return unit instanceof Prose ? unit.length : unit.span.end - unit.span.start;
}

const DIRECTIVE = /<!--\s*postmortem-(disable-next-line|disable-line|disable-file|disable|enable)\b([^]*?)-->/g;

function parseDirectives(value: string, offset: number, lines: LineIndex, out: Directive[]) {
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE.exec(value))) {
    const start = offset + m.index;
    out.push({
      kind: m[1] as DirectiveKind,
      ruleIds: m[2].split(/[\s,]+/).filter(Boolean),
      span: { start, end: start + m[0].length },
      line: lines.positionAt(start).line,
    });
  }
}

/** A row that is only kramdown's attribute list ("{: .table.table-striped }"). */
function isAttributeList(source: string, row: { position?: { start: { offset?: number }; end: { offset?: number } } }, base: number): boolean {
  const text = source.slice(base + (row.position?.start.offset ?? 0), base + (row.position?.end.offset ?? 0));
  return ATTRIBUTE_LIST_ROW.test(text);
}
const ATTRIBUTE_LIST_ROW = /^\s*\|?\s*\{:[^}|]*\}\s*\|?\s*$/;

function headingText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'inlineCode' ? node.value : node.value;
  if ('children' in node) return (node.children as Nodes[]).map(headingText).join('');
  return '';
}

function isCustomerFacing(text: string): boolean {
  const key = normaliseHeading(text);
  return CUSTOMER_FACING_SECTIONS.some((s) => key === s.toLowerCase() || key.startsWith(s.toLowerCase()));
}

function subsectionFor(text: string): ContributingSubsectionId | undefined {
  const key = normaliseHeading(text);
  for (const s of CONTRIBUTING_SUBSECTIONS) {
    if (key === s.title.toLowerCase() || key === s.id || key.startsWith(s.id + ' ')) return s.id;
  }
  return undefined;
}

/** Which template profile applies: the `template` setting (`auto` detects it) and the team's own profiles. */
export interface ModelOptions {
  template?: string;
  templates?: TemplateProfile[];
  /** The document's reuse handle: parts of its last model that this build may take over. */
  reuse?: ModelReuse;
}

function parseFrontMatter(value: string): { data: Record<string, unknown>; error?: string } {
  try {
    const parsed = YAML.parse(value);
    return { data: parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {} };
  } catch (e) {
    return { data: {}, error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  }
}

export function buildModel(source: string, options: ModelOptions = {}): PostMortem {
  const lines = new LineIndex(source);
  const reuse = options.reuse;
  const stamp = reuse ? reuse.begin() : 0;
  const chunks = parseChunks(source);
  const headings: Heading[] = [];
  const sections: Section[] = [];
  const topSections: Section[] = [];
  const preamble: Block[] = [];
  const tables: Table[] = [];
  const lists: List[] = [];
  const prose: ProseUnit[] = [];
  const directives: Directive[] = [];
  let frontMatter: FrontMatter | undefined;
  let title: Heading | undefined;

  // Pass 1: headings, to know the top section level before placing blocks.
  // A node with the offset its positions are relative to; a long table or list split over
  // several chunks is one node plus the continuation parts from the following chunks.
  type Part = { node: RootContent; base: number };
  type Placed = Part & { parts: Part[] };
  const placed: Placed[] = [];
  for (const chunk of chunks) {
    const base = chunk.base;
    chunk.tree.children.forEach((node, k) => {
      const last = placed[placed.length - 1];
      if (k === 0 && chunk.continues && last && last.node.type === node.type && (node.type === 'table' || node.type === 'list')) last.parts.push({ node, base });
      else placed.push({ node, base, parts: [] });
    });
  }

  const spanOf = (p: { node: Nodes; base: number; parts?: Part[] }): Span => {
    const last = p.parts?.length ? p.parts[p.parts.length - 1] : p;
    return { start: p.base + (p.node.position?.start.offset ?? 0), end: last.base + (last.node.position?.end.offset ?? 0) };
  };

  const headingOf = (p: Placed): Heading => {
    const node = p.node as Extract<RootContent, { type: 'heading' }>;
    const span = spanOf(p);
    const first = node.children[0];
    const last = node.children[node.children.length - 1];
    const textSpan =
      first && last
        ? { start: p.base + first.position!.start.offset!, end: p.base + last.position!.end.offset! }
        : { start: span.end, end: span.end };
    return { depth: node.depth, text: headingText(node).trim(), span, textSpan };
  };

  const headingNodes = placed.filter((p) => p.node.type === 'heading');
  let titleNode: Placed | undefined;
  if (headingNodes[0] && (headingNodes[0].node as { depth: number }).depth === 1) titleNode = headingNodes[0];
  const depthOf = (p: Placed) => (p.node as { depth: number }).depth;
  const sectionNodes = headingNodes.filter((p) => p !== titleNode);
  // The top level is set by the first section heading and by headings that name a section: a
  // later, shallower heading that names none ("# Stats" after the "## …" sections) is one more
  // top-level section, not the level that pushes every other section down.
  const leveled = sectionNodes.filter((p, k) => k === 0 || namesAnySection(headingText(p.node)));
  let topDepth = leveled.length ? Math.min(...leveled.map(depthOf)) : 2;
  // A lone first heading above all the others that names no section (a wiki page's own heading
  // under the title) wraps the sections: the level below it is the top level.
  const atTop = sectionNodes.filter((p) => depthOf(p) === topDepth);
  if (atTop.length === 1 && sectionNodes[0] === atTop[0] && sectionNodes.length > 2 && !namesAnySection(headingText(atTop[0].node))) {
    topDepth = Math.min(...sectionNodes.slice(1).map(depthOf));
  }

  // The template profile, from front matter, the setting or the top-level headings.
  const yamlNode = placed.find((p) => p.node.type === 'yaml');
  const yaml = yamlNode ? parseFrontMatter((yamlNode.node as { value: string }).value) : undefined;
  const topHeadings = sectionNodes.filter((p) => depthOf(p) <= topDepth).map((p) => headingText(p.node).trim());
  // The opening is everything before the first section, on both sides of the title (a post whose
  // account comes before its first "# " heading has that heading as its title).
  const openingStart = yamlNode ? spanOf(yamlNode).end : 0;
  const openingEnd = sectionNodes[0] ? spanOf(sectionNodes[0]).start : source.length;
  const opening = titleNode ? source.slice(openingStart, spanOf(titleNode).start) + source.slice(spanOf(titleNode).end, openingEnd) : source.slice(openingStart, openingEnd);
  const openingRead = openingSignals(opening, titleNode ? headingText(titleNode.node) : '');
  const template = selectTemplate(topHeadings, yaml?.data, options.template ?? AUTO, options.templates ?? [], openingRead);
  const profile = template.profile;

  // Pass 2: sections and blocks.
  const stack: Section[] = [];
  const contextOf = (section: Section | undefined): SectionContext => {
    for (let s = section; s; s = s.parent) {
      if (s.id) return s.id;
      if (s.customerFacing) return 'external';
      // A profile's descriptive section (Impact, Resolution, "What went wrong") is Other.
      if (!s.parent || s.role) return 'other';
    }
    return 'preamble';
  };
  const topOf = (section: Section | undefined): Section | undefined => {
    let s = section;
    while (s?.parent) s = s.parent;
    return s;
  };

  const addProse = (kind: ProseKind, span: Span, memo: ProseMemo, anchor: Anchor, section: Section | undefined): ProseUnit => {
    const unit = new Prose(kind, span.start - anchor.base, span.end - anchor.base, memo, anchor, contextOf(section), section);
    prose.push(unit);
    return unit;
  };

  const current = () => stack[stack.length - 1];

  // A list item and what it holds, at offsets relative to `anchor` (its top-level item's chunk).
  const makeItem = (item: MdListItem, anchor: Anchor, section: Section | undefined, inQuote: boolean): ListItem => {
    const base = anchor.base;
    const span = spanOf({ node: item, base });
    const firstChild = item.children[0];
    const contentStart = firstChild ? base + firstChild.position!.start.offset! : span.end;
    const itemText: string[] = [];
    const children: List[] = [];
    for (const child of item.children) {
      if (child.type === 'paragraph') {
        const cs = spanOf({ node: child, base });
        const built = inlineProse(source, child, base, cs.end);
        itemText.push((built.oneLine ??= built.text.replace(/\s+/g, ' ').trim()));
        if (!inQuote) addProse('listItem', cs, built, anchor, section);
      } else if (child.type === 'list') {
        const ls = spanOf({ node: child, base });
        const nested = new NestedList(anchor, ls.start - base, ls.end - base, !!child.ordered);
        for (const c of child.children) nested.items.push(makeItem(c, anchor, section, inQuote));
        lists.push(nested);
        children.push(nested);
      }
    }
    const text = itemText.length === 1 ? itemText[0] : itemText.join(' ');
    return new PlacedItem(anchor, span.start - base, contentStart - base, span.end - base, text, children);
  };

  // A top-level list item: reused from the last build when its chunk is unchanged (ModelReuse).
  const topItem = (item: MdListItem, base: number, section: Section | undefined, inQuote: boolean): ListItem => {
    const reused = inQuote ? undefined : reuse?.take<ItemParts>(item, stamp);
    if (reused) {
      reused.anchor.base = base;
      const context = contextOf(section);
      for (const unit of reused.prose) {
        unit.section = section;
        unit.context = context;
        prose.push(unit);
      }
      for (const list of reused.lists) lists.push(list);
      return reused.item;
    }
    const anchor: Anchor = { base };
    const proseBefore = prose.length;
    const listsBefore = lists.length;
    const built = makeItem(item, anchor, section, inQuote);
    if (reuse && !inQuote) reuse.keep(item, { anchor, item: built, prose: prose.slice(proseBefore) as Prose[], lists: lists.slice(listsBefore), stamp });
    return built;
  };

  const makeList = (node: MdList, base: number, section: Section | undefined, inQuote: boolean, parts: Part[] = []): List => {
    const list: List = { span: spanOf({ node, base, parts }), ordered: !!node.ordered, items: [] };
    for (const item of node.children) list.items.push(topItem(item, base, section, inQuote));
    for (const part of parts) for (const item of (part.node as MdList).children) list.items.push(topItem(item, part.base, section, inQuote));
    lists.push(list);
    return list;
  };

  const makeTable = (node: MdTable, tableBase: number, section: Section | undefined, parts: Part[] = []): Table => {
    // A row with its cells, reused from the last build when its chunk is unchanged (ModelReuse).
    const makeRow = (rowNode: MdTable['children'][number], base: number): { row: TableRow; reused: boolean } => {
      const line = lines.lineAt(base + rowNode.position!.start.offset!);
      const reused = reuse?.take<TableRow>(rowNode, stamp);
      if (reused) {
        reused.place(base, line, lines, stamp);
        return { row: reused, reused: true };
      }
      let relative = cellMemo.get(rowNode);
      if (!relative) {
        relative = rowNode.children.map((cellNode) => {
          const outer = spanOf({ node: cellNode, base });
          let s = outer.start;
          let e = outer.end;
          if (source[s] === '|') s++;
          if (e > s && source[e - 1] === '|' && source[e - 2] !== '\\') e--;
          const inner = source.slice(s, e);
          const lead = inner.length - inner.trimStart().length;
          // Owned: the memo outlives this version of the document, which a slice would keep (ownCopy).
          const raw = ownCopy(inner.trim());
          const start = raw ? s + lead : Math.min(s + (source[s] === ' ' ? 1 : 0), e);
          return { raw, start: start - base, outerStart: outer.start - base, outerEnd: outer.end - base };
        });
        cellMemo.set(rowNode, relative);
      }
      const row = new TableRow(base, line, lines);
      row.stamp = stamp;
      for (let column = 0; column < relative.length; column++) row.cells.push(new TableCell(relative[column], row, column));
      reuse?.keep(rowNode, row);
      return { row, reused: false };
    };
    const header = makeRow(node.children[0], tableBase).row;
    const headerLine = header.line;
    const delimiter = { start: lines.lineStarts[headerLine + 1] ?? source.length, end: lines.lineEnd(headerLine + 1) };
    const headerTexts = header.cells.map((c) => c.raw.replace(/\*\*|__/g, ''));
    const timelineCols = headerTexts.map((h) => matchColumn(TIMELINE_COLUMNS, h));
    const actionCols = headerTexts.map((h) => matchColumn(ACTION_COLUMNS, h));
    const sectionId = topOf(section)?.id;
    let kind: TableKind = 'other';
    const timelineScore = timelineCols.filter(Boolean).length;
    const actionScore = actionCols.filter(Boolean).length;
    if (sectionId === 'timeline' && (timelineCols.includes('time') || timelineScore >= 2)) kind = 'timeline';
    else if (sectionId === 'action-items' && (actionCols.includes('action') || actionScore >= 2)) kind = 'actions';
    else if (timelineCols[0] === 'time' && timelineScore >= 3) kind = 'timeline';
    else if (actionCols.includes('action') && actionCols.includes('owner')) kind = 'actions';
    let columns: Table['columns'] = kind === 'timeline' ? timelineCols : kind === 'actions' ? actionCols : headerTexts.map(() => undefined);
    // Other teams' timelines name the event column as they like ("Time | Details", "When | What",
    // "Timestamp | Action", "Time | Who | What"): where the template asks only for a time and an
    // event, the first other column that is not a side detail (who, status, a link) holds the
    // event. The seed's four columns keep their names.
    if (kind === 'timeline' && !columns.includes('event') && columns.includes('time') && !profile.timeline.columns.includes('decision')) {
      const time = columns.indexOf('time');
      const free = columns.map((c, i) => i).filter((i) => i > time && (columns[i] === undefined || !profile.timeline.columns.includes(columns[i] as TimelineColumn)));
      // (With only side details beside the time, "Time | Status", the one that is not a link is it.)
      const k = free.find((i) => !SIDE_COLUMNS.has(normaliseHeading(headerTexts[i]))) ?? free.find((i) => !LINK_COLUMNS.has(normaliseHeading(headerTexts[i])));
      if (k !== undefined) columns = columns.map((c, i) => (i === k ? 'event' : c));
    }
    const rows: Row[] = [];
    const table: Table = {
      kind,
      span: spanOf({ node, base: tableBase, parts }),
      header,
      delimiter,
      rows,
      columns,
      section,
      columnIndex: (id) => columns.indexOf(id),
    };
    // Rows in one pass; cells are prose (remark-retext would skip them), each converted on its
    // own, with offsets. Continuation parts were parsed after a copy of the header: their first
    // row is skipped.
    const context = contextOf(section);
    const addRows = (rowNodes: MdTable['children'], from: number, base: number) => {
      for (let r = from; r < rowNodes.length; r++) {
        const rowNode = rowNodes[r];
        // "{: .table.table-striped }" under a table is kramdown's attribute list for it (GFM reads it
        // as one more row): markup, not a row.
        if (r === rowNodes.length - 1 && isAttributeList(source, rowNode, base)) continue;
        const { row, reused } = makeRow(rowNode, base);
        rows.push(row);
        if (reused) {
          // The same cells: given this build's table, section and columns.
          for (const cell of row.cells) {
            const unit = cell.prose;
            if (!unit) continue;
            unit.table = table;
            unit.section = section;
            unit.context = context;
            unit.column = columns[cell.column];
            prose.push(unit);
          }
          continue;
        }
        const cellNodes = rowNode.children;
        for (let c = 0; c < cellNodes.length; c++) {
          const cell = row.cells[c];
          const span = cell.span;
          const built = inlineProse(source, cellNodes[c], base, span.end);
          if ((built.blank ??= !built.text.trim())) continue;
          const unit = new Prose('tableCell', span.start - base, span.end - base, built, row, context, section, table, row, columns[c]);
          prose.push(unit);
          cell.prose = unit;
        }
      }
    };
    addRows(node.children, 1, tableBase);
    for (const part of parts) addRows((part.node as MdTable).children, 1, part.base);
    tables.push(table);
    return table;
  };

  // Field lines of a block, memoised per cached node (relative to its base) like its prose.
  const fieldsIn = (p: Part, span: Span, allowPlain: boolean): FieldLine[] => {
    const key = allowPlain ? fieldMemoPlain : fieldMemo;
    let relative = key.get(p.node);
    if (!relative) {
      relative = [];
      const first = lines.positionAt(span.start).line;
      const last = lines.positionAt(Math.max(span.start, span.end - 1)).line;
      for (let l = first; l <= last; l++) {
        const f = parseFieldLine(lines.lineText(l), lines.lineStarts[l] - p.base, allowPlain);
        if (f) relative.push(f);
      }
      key.set(p.node, relative);
    }
    const shift = (x: Span) => ({ start: x.start + p.base, end: x.end + p.base });
    return relative.map((f) => ({ ...f, lineSpan: shift(f.lineSpan), labelSpan: shift(f.labelSpan), valueSpan: shift(f.valueSpan) }));
  };

  const makeBlock = (p: Placed, section: Section | undefined, inPreamble: boolean): Block => {
    const node = p.node;
    const span = spanOf(p);
    const block: Block = { kind: 'other', span, prose: [], fields: [] };
    const before = prose.length;
    switch (node.type) {
      case 'paragraph': {
        block.kind = 'paragraph';
        block.fields = fieldsIn(p, span, inPreamble);
        const built = inlineProse(source, node, p.base, span.end);
        // Header field lines hold names and dates, not prose (catalogue §1.3).
        const lineCount = lines.positionAt(span.end).line - lines.positionAt(span.start).line + 1;
        if (!(inPreamble && block.fields.length >= lineCount)) addProse('paragraph', span, built, { base: p.base }, section);
        break;
      }
      case 'list':
        block.kind = 'list';
        block.list = makeList(node, p.base, section, false, p.parts);
        if (inPreamble) block.fields = fieldsIn(p, span, true);
        break;
      case 'table':
        block.kind = 'table';
        block.table = makeTable(node, p.base, section, p.parts);
        break;
      case 'code':
        block.kind = 'code';
        break;
      case 'html':
        block.kind = 'html';
        parseDirectives(node.value, span.start, lines, directives);
        break;
      case 'blockquote':
        block.kind = 'blockquote';
        // Pasted chat logs: exempt from the language rules (catalogue §1.4), but lists inside are kept.
        break;
      case 'thematicBreak':
        block.kind = 'thematicBreak';
        break;
    }
    if (node.type === 'paragraph' || node.type === 'list' || node.type === 'table') {
      // Inline HTML comments can carry directives too.
      const visit = (n: Nodes) => {
        if (n.type === 'html') parseDirectives(n.value, p.base + n.position!.start.offset!, lines, directives);
        else if ('children' in n) (n.children as Nodes[]).forEach(visit);
      };
      if (node.type === 'paragraph') visit(node);
      if (node.type === 'list') visit(node);
    }
    block.prose = prose.slice(before);
    return block;
  };

  for (const p of placed) {
    const node = p.node;
    if (node.type === 'yaml') {
      const { data, error } = p === yamlNode && yaml ? yaml : parseFrontMatter(node.value);
      frontMatter = { span: spanOf(p), data, error };
      continue;
    }
    if (node.type === 'heading') {
      const heading = headingOf(p);
      headings.push(heading);
      if (p === titleNode) {
        title = heading;
        continue;
      }
      while (stack.length && stack[stack.length - 1].depth >= heading.depth) stack.pop();
      const parent = current();
      const isTop = heading.depth <= topDepth || !parent;
      // A top-level heading names a profile section; a subsection may name one of its subsections.
      const match = isTop ? matchSection(profile, heading.text) : undefined;
      const parentSpec = !isTop ? profile.sections.find((s) => s.id === topOf(parent)?.key) : undefined;
      const sub = parentSpec && parent.depth === topDepth ? matchSubsection(profile, parentSpec, heading.text) : undefined;
      const role = match?.section.role ?? sub?.role;
      const section: Section = {
        heading,
        id: role ? ROLE_SECTION_ID[role] : undefined,
        ...(match ? { key: match.section.id } : {}),
        ...(role ? { role } : {}),
        alias: match?.alias ?? false,
        subsection: parent && topOf(parent)?.id === 'contributing-factors' ? subsectionFor(heading.text) : undefined,
        customerFacing: isCustomerFacing(heading.text) || role === 'external',
        depth: heading.depth,
        span: { start: heading.span.start, end: heading.span.end },
        bodySpan: { start: heading.span.end, end: heading.span.end },
        blocks: [],
        parent: isTop ? undefined : parent,
        children: [],
      };
      if (isTop) {
        stack.length = 0;
        topSections.push(section);
      } else parent.children.push(section);
      sections.push(section);
      stack.push(section);
      // Headings are prose units (structure rules read them; blame rules skip them, §1.3).
      addProse('heading', heading.textSpan, inlineProse(source, node as { children: PhrasingContent[] }, p.base, heading.textSpan.end), { base: p.base }, section);
      continue;
    }
    const section = current();
    const block = makeBlock(p, section, !section);
    if (section) section.blocks.push(block);
    else preamble.push(block);
  }

  // Section spans run to the next heading of the same or higher level.
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    let end = source.length;
    for (let j = i + 1; j < sections.length; j++) {
      if (sections[j].depth <= s.depth) {
        end = sections[j].span.start;
        break;
      }
    }
    s.span = { start: s.heading.span.start, end };
    s.bodySpan = { start: s.heading.span.end, end };
  }

  // Header fields: field lines of the preamble, then front-matter keys the body does not repeat.
  const header: HeaderField[] = [];
  for (const block of preamble) {
    for (const f of block.fields) {
      const known = headerFieldForLabel(f.label);
      header.push({ ...f, field: known?.spec.id, alias: known?.alias ?? false });
    }
  }
  if (frontMatter) {
    for (const [key, value] of Object.entries(frontMatter.data)) {
      const known = headerFieldForLabel(key.replace(/[_-]/g, ' '));
      if (!known || header.some((h) => h.field === known.spec.id)) continue;
      const text = Array.isArray(value) ? value.join(', ') : value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
      const keyAt = source.indexOf(key, frontMatter.span.start);
      const line = lines.positionAt(keyAt).line;
      const lineSpan = { start: lines.lineStarts[line], end: lines.lineEnd(line) };
      const valueAt = source.indexOf(':', keyAt) + 1;
      const rest = source.slice(valueAt, lineSpan.end);
      const vs = valueAt + (rest.length - rest.trimStart().length);
      const ve = valueAt + rest.trimEnd().length;
      header.push({
        label: key,
        value: text,
        form: 'frontmatter',
        lineSpan,
        labelSpan: { start: keyAt, end: keyAt + key.length },
        valueSpan: { start: vs, end: Math.max(vs, ve) },
        field: known.spec.id,
        alias: false,
      });
    }
  }
  const bodyHeader = header.filter((h) => h.form !== 'frontmatter');
  const headerSpan = bodyHeader.length
    ? { start: Math.min(...bodyHeader.map((h) => h.lineSpan.start)), end: Math.max(...bodyHeader.map((h) => h.lineSpan.end)) }
    : undefined;

  reuse?.end(stamp);
  return {
    source,
    template,
    lines,
    chunks,
    frontMatter,
    title,
    header,
    headerSpan,
    headings,
    sections,
    topSections,
    preamble,
    opening: openingRead,
    tables,
    lists,
    prose,
    directives,
    section: (id) => topSections.find((s) => s.id === id),
    field: (id) => header.find((h) => h.field === id),
  };
}

/** Maps a range of a prose unit's text back to a source span. */
export function proseSpan(unit: ProseUnit, start: number, end: number): Span {
  const s = offsetIn(unit, Math.max(0, Math.min(start, unit.text.length)));
  const last = end > start ? offsetIn(unit, Math.min(end - 1, unit.text.length - 1)) + 1 : s;
  return { start: s, end: Math.max(s, last) };
}

/** The source offset of `text[i]`, without materialising the unit's whole offset array. */
export function offsetIn(unit: ProseUnit, i: number): number {
  return unit instanceof Prose ? unit.offsetAt(i) : unit.offsets[i];
}

/** True when the text range overlaps an exempt range of the unit (code, HTML, quoted speech). */
export function isExempt(unit: ProseUnit, start: number, end: number): boolean {
  return unit.exempt.some((x) => x.start < end && start < x.end);
}

/** All blocks of a section, its subsections included, in order. */
export function allBlocks(section: Section): Block[] {
  return [...section.blocks, ...section.children.flatMap(allBlocks)].sort((a, b) => a.span.start - b.span.start);
}

// Markdown → mdast, one chunk at a time.
//
// A post-mortem is a list of sections, and an edit touches one of them. So the source is cut
// into chunks at ATX headings (outside fenced code and front matter), each chunk is parsed on
// its own with unified + remark-parse + GFM tables, and the trees are cached by the chunk's
// text. Re-parsing after a keystroke costs one section, not the document (DESIGN.md, issue 7).
import type { Root } from 'mdast';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { ByteLru } from './lru';
import { ownCopy } from './text';
import { tableRowsTree } from './table-rows';

export interface Chunk {
  /** Offset of the chunk in the document. */
  start: number;
  end: number;
  /** The chunk's tree; positions are relative to `base`. Shared through the cache: never mutate. */
  tree: Root;
  /**
   * Offset the tree's positions are relative to: `start`, minus the synthetic table header parsed
   * before a continuation chunk's rows, plus one for a byte-order mark (micromark drops it).
   */
  base: number;
  /** The chunk's first node continues the table or list that ended the previous chunk. */
  continues: boolean;
  /** The table header parsed before a continuation chunk's rows (see ChunkBoundary), or ''. */
  prefix: string;
}

// Options are an object: unified treats `use(plugin, false)` as "plugin off".
function withExtensions(this: Processor, options: { frontMatter: boolean }) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  if (options.frontMatter) {
    data.micromarkExtensions.push(frontmatter(['yaml']));
    data.fromMarkdownExtensions.push(frontmatterFromMarkdown(['yaml']));
  }
}

const bodyParser = unified().use(remarkParse).use(withExtensions, { frontMatter: false }).freeze();
const firstParser = unified().use(remarkParse).use(withExtensions, { frontMatter: true }).freeze();

/**
 * Parsed chunks, keyed by (first?, text), bounded by bytes. A tree and its key cost about 8.6
 * bytes of heap per character of markdown (measured: 50 generated post-mortems, 1.34 M
 * characters, parsed into an empty cache: 11.6 MB after a full GC), and about 12 with what the
 * models and rules hang on the trees (the server at 50 open: 5.6 MB retained for an estimate of
 * 470,000 characters). 4 MB holds the trees of about 350,000 characters: a 3,000-line document being edited fits with room to spare, and
 * keystrokes reuse the previous parse's trees anyway (`previous`). Open documents' models hold
 * their trees too, so what the budget decides is how many documents *not* being worked on keep
 * theirs: at 50 open, the others are parsed again when re-checked (about 13 ms each) instead of
 * holding ~8 MB.
 */
const TREE_BYTES_PER_CHAR = 12;
export const PARSE_CACHE_BYTES = 4 * 1024 * 1024;
const cache = new ByteLru<string, Root>(PARSE_CACHE_BYTES);
export const parseStats = { parsed: 0, reused: 0 };

/**
 * The tree of a chunk, from the cache when the same text was parsed before. `tablePrefix` is the
 * length of the copied table header before a continuation chunk's rows: those rows are built
 * row by row (table-rows.ts), the same tree at a fraction of micromark's cost.
 */
export function parseChunkText(text: string, first: boolean, tablePrefix = 0): Root {
  const key = (first ? '1' : '0') + text;
  let tree = cache.get(key);
  if (tree) {
    parseStats.reused++;
    return tree;
  }
  // Parsed from a slice of the key, which is a flat string of its own: the tree's strings then
  // keep the chunk alive, not the whole document version it was cut from (text.ts, ownCopy).
  const own = key.slice(1);
  if (tablePrefix && !first) tree = tableRowsTree(own, tablePrefix, parseHeader, parseRow);
  tree ??= (first ? firstParser : bodyParser).parse(own) as Root;
  parseStats.parsed++;
  cache.set(key, tree, key.length * TREE_BYTES_PER_CHAR);
  return tree;
}

/** A table's header lines: cached, since every continuation chunk of the table repeats them. */
function parseHeader(text: string): Root {
  return parseChunkText(text, false);
}

/** The header lines and one row, which only that chunk needs. */
function parseRow(text: string): Root {
  return bodyParser.parse(text) as Root;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/** A line that ends a GFM table: blank, indented code, or the start of another block. */
const ENDS_TABLE = /^\s*$|^(?: {4}|\t)|^ {0,3}(?:>|#{1,6}(?:[ \t]|$)|`{3,}|~{3,}|<[a-zA-Z!/?]|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|([-*_])(?:[ \t]*\1){2,}[ \t]*$)/;
const TOP_LIST_ITEM = /^([-*+]|\d{1,9}([.)]))(?:[ \t]|$)/;

/** Rows or items per continuation chunk: an edit inside a long table or list re-parses this many. */
export const ROWS_PER_CHUNK = 8;

export interface ChunkBoundary {
  start: number;
  /** For a table continuation: the table's header and delimiter lines, parsed before the rows. */
  prefix?: string;
  /** The chunk continues the table or list that ended the previous chunk. */
  continues?: boolean;
}

function cellCount(line: string): number {
  const t = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return t.split(/(?<!\\)\|/).length;
}

/**
 * Where chunks start: 0, every ATX heading line outside fenced code, front matter and HTML
 * comments, and inside long top-level tables and lists every ROWS_PER_CHUNK rows or items (those
 * chunks continue the table or list before them). A boundary never falls inside a block, so each
 * chunk parses as it would inside the whole document (link reference definitions aside).
 */
export function chunkBoundaries(source: string): ChunkBoundary[] {
  return scanBoundaries(source, { boundaries: [{ start: 0 }], marks: [0] }, { offset: 0 });
}

/**
 * What kind of boundary each one is, for resuming a scan there: HEADING after an ATX heading
 * line (the scan's state is reset), a table row count for a table continuation, 0 otherwise.
 */
const HEADING = -1;
interface Scanned {
  boundaries: ChunkBoundary[];
  marks: number[];
}

/** Where a scan starts: a line start, with the table whose rows it continues, if any. */
interface Resume {
  offset: number;
  table?: { prefix: string; rows: number };
}

/**
 * Scans lines from `resume`, appending to `out`. `converged` is asked after each heading or
 * table continuation boundary: when it returns true the scan stops there (the caller has the rest).
 */
function scanBoundaries(source: string, out: Scanned, resume: Resume, converged?: (index: number) => boolean): ChunkBoundary[] {
  const { boundaries, marks } = out;
  // Appends a boundary; true when the scan has converged there.
  const push = (boundary: ChunkBoundary, mark: number) => {
    boundaries.push(boundary);
    marks.push(mark);
    return mark !== 0 && !!converged?.(boundaries.length - 1);
  };
  let fence: string | undefined;
  let inComment = false;
  let inFrontMatter = false;
  let offset = resume.offset;
  // Resumed scans start past the first line: only it can open front matter.
  let lineNo = offset ? 1 : 0;
  let previous = '';
  let previousStart = 0;
  // Long-block tracking at the top level.
  let table: { prefix: string; rows: number } | undefined = resume.table && { ...resume.table };
  let list: { marker: string; items: number; afterBlank: boolean } | undefined;
  // The next \r is searched once and reused until passed: a document without any would
  // otherwise be scanned to its end on every line.
  let cr = source.indexOf('\r');
  while (offset <= source.length) {
    let nl = source.indexOf('\n', offset);
    if (cr !== -1 && cr < offset) cr = source.indexOf('\r', offset);
    let next: number;
    if (nl === -1 && cr === -1) {
      nl = source.length;
      next = source.length + 1;
    } else if (cr !== -1 && (nl === -1 || cr < nl)) {
      nl = cr;
      next = source[cr + 1] === '\n' ? cr + 2 : cr + 1;
    } else {
      next = nl + 1;
    }
    const line = source.slice(offset, nl);
    // Lines inside front matter, comments, fences and table rows are consumed here.
    let consumed = true;
    if (lineNo === 0 && /^(\uFEFF)?---\s*$/.test(line)) inFrontMatter = true;
    else if (inFrontMatter) {
      if (/^(---|\.\.\.)\s*$/.test(line)) inFrontMatter = false;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = undefined;
    } else if (table && !ENDS_TABLE.test(line)) {
      table.rows++;
      if (table.rows > ROWS_PER_CHUNK && table.rows % ROWS_PER_CHUNK === 1 && push({ start: offset, prefix: table.prefix, continues: true }, table.rows)) return boundaries;
    } else consumed = false;
    if (!consumed) {
      table = undefined;
      const fenceOpen = FENCE.exec(line);
      if (fenceOpen) {
        fence = fenceOpen[1];
        list = undefined;
      } else if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) inComment = true;
      else if (ATX.test(line)) {
        list = undefined;
        if (offset > 0 && push({ start: offset }, HEADING)) return boundaries;
      } else if (DELIMITER_ROW.test(line) && line.includes('|') && previous.includes('|') && !/^\s/.test(previous.replace(/^ {0,3}/, '')) && !list && cellCount(previous) === cellCount(line)) {
        // Owned: boundaries are carried into later versions of the document (ownCopy).
        table = { prefix: ownCopy(source.slice(previousStart, next > source.length ? source.length : next)), rows: 0 };
        if (!/\r?\n$|\r$/.test(table.prefix)) table.prefix += '\n';
      } else {
        const item = TOP_LIST_ITEM.exec(line);
        const blank = /^\s*$/.test(line);
        if (item) {
          const marker = item[2] ?? item[1];
          if (list && list.marker === marker) {
            list.items++;
            if (list.items % ROWS_PER_CHUNK === 0) push({ start: offset, continues: true }, 0);
          } else {
            list = { marker, items: 1, afterBlank: false };
            if (offset > 0 && /^\s*$/.test(previous) && boundaries[boundaries.length - 1].start !== offset) push({ start: offset }, 0);
          }
          list.afterBlank = false;
        } else if (list) {
          if (blank) list.afterBlank = true;
          // After a blank line, only indented content continues an item.
          else if (list.afterBlank && !/^[ \t]/.test(line)) list = undefined;
        }
        // A block that starts at the margin after a blank line, outside any list, starts a chunk:
        // nothing before it can continue into it (HTML comments and fences are tracked above).
        if (!blank && !item && !list && offset > 0 && /^\s*$/.test(previous) && !/^[ \t]/.test(line) && !DELIMITER_ROW.test(line) && !/^(?:===+|---+)\s*$/.test(line)) {
          if (boundaries[boundaries.length - 1].start !== offset) push({ start: offset }, 0);
        }
      }
    }
    previous = line;
    previousStart = offset;
    lineNo++;
    offset = next;
  }
  return boundaries;
}

/** Offsets where chunks start (see chunkBoundaries). */
export function chunkStarts(source: string): number[] {
  return lastBoundaries(source).map((b) => b.start);
}

/**
 * The boundaries of the last document asked for: the size check and the parse both need them.
 * After an edit, only the lines around it are scanned again (see rescan).
 */
let last: (Scanned & { source: string }) | undefined;
function lastBoundaries(source: string): ChunkBoundary[] {
  if (last?.source !== source) {
    let scanned: Scanned = { boundaries: [{ start: 0 }], marks: [0] };
    if (last) scanned = rescan(last, source);
    else scanBoundaries(source, scanned, { offset: 0 });
    last = { source, ...scanned };
  }
  return last.boundaries;
}

/** Length of the common prefix of two strings, compared a block at a time. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (const block of [4096, 64]) while (i + block <= n && a.slice(i, i + block) === b.slice(i, i + block)) i += block;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix of two strings, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  for (const block of [4096, 64]) while (i + block <= max && a.slice(a.length - i - block, a.length - i) === b.slice(b.length - i - block, b.length - i)) i += block;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * The boundaries of `source` from those of the previous text. A line's scan depends only on the
 * text before it, and after an ATX heading line the state is reset, so the scan resumes at the
 * last heading (or table continuation row, whose state is the table and its row count) whose line
 * lies before the first changed character. It stops at the first heading or continuation row
 * past the edit where the previous scan had the same kind of boundary, the text from there on
 * being the same: the rest are the previous boundaries, shifted by the edit's length.
 */
function rescan(old: Scanned & { source: string }, source: string): Scanned {
  const prefix = commonPrefix(old.source, source);
  const delta = source.length - old.source.length;
  const suffix = commonSuffix(old.source, source, Math.min(old.source.length, source.length) - prefix);
  // The last resumable boundary whose whole line (to its line break) is unchanged.
  let r = old.boundaries.length - 1;
  for (; r > 0; r--) {
    const b = old.boundaries[r];
    if (b.start >= prefix || old.marks[r] === 0) continue;
    const lineEnd = lineBreakAt(source, b.start);
    if (lineEnd !== -1 && lineEnd < prefix) break;
  }
  const out: Scanned = { boundaries: old.boundaries.slice(0, r), marks: old.marks.slice(0, r) };
  let resume: Resume = { offset: 0 };
  if (r > 0) {
    const b = old.boundaries[r];
    const mark = old.marks[r];
    resume = { offset: b.start, table: mark > 0 ? { prefix: b.prefix!, rows: mark - 1 } : undefined };
  } else {
    out.boundaries.push(old.boundaries[0]);
    out.marks.push(old.marks[0]);
  }
  // Previous boundaries are searched from the edit on, in order.
  let j = r;
  const unchangedFrom = source.length - suffix;
  const converged = (index: number): boolean => {
    const b = out.boundaries[index];
    if (b.start < unchangedFrom) return false;
    while (j < old.boundaries.length && old.boundaries[j].start < b.start - delta) j++;
    const o = old.boundaries[j];
    if (!o || o.start !== b.start - delta) return false;
    // After a heading the state is reset; a table continuation's is its header and its row count,
    // which matters only modulo ROWS_PER_CHUNK (both counts are 1 modulo it, and over it).
    const same = out.marks[index] === HEADING ? old.marks[j] === HEADING : old.marks[j] > 0 && o.prefix === b.prefix;
    if (!same) return false;
    for (let k = j + 1; k < old.boundaries.length; k++) {
      out.boundaries.push({ ...old.boundaries[k], start: old.boundaries[k].start + delta });
      out.marks.push(old.marks[k]);
    }
    return true;
  };
  scanBoundaries(source, out, resume, converged);
  return out;
}

/** The offset of the line break ending the line that starts at `start`, or -1 on the last line. */
function lineBreakAt(source: string, start: number): number {
  const nl = source.indexOf('\n', start);
  const cr = source.indexOf('\r', start);
  return nl === -1 ? cr : cr === -1 ? nl : Math.min(nl, cr);
}

/**
 * The last document parsed and its chunks. After a keystroke nearly every chunk of the new text
 * is a chunk of the previous one, at the same offset (before the edit) or shifted by the edit's
 * length (after it): comparing the two texts finds its tree without building and hashing a cache
 * key of the whole document. Only the chunks around the edit go to the cache.
 */
let previous: { source: string; chunks: Chunk[]; byStart: Map<number, number> } | undefined;

export function clearParseCache(): void {
  cache.clear();
  previous = undefined;
  last = undefined;
}

/**
 * Forgets a document that was closed: its chunks' trees leave the cache (they are parsed again if
 * the same text comes back), and the last parse and boundaries no longer hold it.
 */
export function forgetSource(source: string): void {
  const boundaries = last?.source === source ? last.boundaries : chunkBoundaries(source);
  boundaries.forEach((b, i) => {
    const end = i + 1 < boundaries.length ? boundaries[i + 1].start : source.length;
    cache.delete((i === 0 ? '1' : '0') + (b.prefix ?? '') + source.slice(b.start, end));
    // A long table's header, parsed once for all of its continuation chunks.
    if (b.prefix) cache.delete('0' + b.prefix);
  });
  if (previous?.source === source) previous = undefined;
  if (last?.source === source) last = undefined;
}

/** Entries and estimated bytes of the parse cache (tests and benchmarks). */
export function parseCacheSize(): { entries: number; bytes: number } {
  return { entries: cache.size, bytes: cache.bytes };
}

/** The tree of the previous document's chunk holding the same text, prefix and place, if any. */
function previousTree(source: string, start: number, end: number, prefix: string, first: boolean): Root | undefined {
  if (!previous) return undefined;
  const shift = source.length - previous.source.length;
  for (const oldStart of shift ? [start, start - shift] : [start]) {
    const i = previous.byStart.get(oldStart);
    if (i === undefined || (i === 0) !== first) continue;
    const old = previous.chunks[i];
    if (old.end - old.start !== end - start || old.prefix !== prefix) continue;
    if (previous.source.slice(old.start, old.end) === source.slice(start, end)) return old.tree;
  }
  return undefined;
}

/** Parses the document as chunks; unchanged chunks come from the previous document or the cache. */
export function parseChunks(source: string): Chunk[] {
  const boundaries = lastBoundaries(source);
  const chunks = boundaries.map((b, i): Chunk => {
    const end = i + 1 < boundaries.length ? boundaries[i + 1].start : source.length;
    const prefix = b.prefix ?? '';
    const bom = b.start === 0 && source.charCodeAt(0) === 0xfeff ? 1 : 0;
    let tree = previousTree(source, b.start, end, prefix, i === 0);
    if (tree) parseStats.reused++;
    else tree = parseChunkText(prefix + source.slice(b.start, end), i === 0, prefix.length);
    return { start: b.start, end, base: b.start - prefix.length + bom, continues: !!b.continues, prefix, tree };
  });
  previous = { source, chunks, byStart: new Map(chunks.map((c, i) => [c.start, i])) };
  return chunks;
}

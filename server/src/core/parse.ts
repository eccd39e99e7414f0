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

export interface Chunk {
  /** Offset of the chunk in the document. */
  start: number;
  end: number;
  /** The chunk's tree; positions are relative to `start`. Shared through the cache: never mutate. */
  tree: Root;
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

/** A small LRU of parsed chunks, keyed by (first?, text). Big enough for many open documents. */
class TreeCache {
  private map = new Map<string, Root>();
  constructor(private limit: number) {}
  get(key: string): Root | undefined {
    const tree = this.map.get(key);
    if (tree) {
      this.map.delete(key);
      this.map.set(key, tree);
    }
    return tree;
  }
  set(key: string, tree: Root): void {
    this.map.set(key, tree);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value!);
  }
  clear(): void {
    this.map.clear();
  }
}

const cache = new TreeCache(4000);
export const parseStats = { parsed: 0, reused: 0 };

export function clearParseCache(): void {
  cache.clear();
}

export function parseChunkText(text: string, first: boolean): Root {
  const key = (first ? '1' : '0') + text;
  let tree = cache.get(key);
  if (tree) {
    parseStats.reused++;
    return tree;
  }
  tree = (first ? firstParser : bodyParser).parse(text) as Root;
  parseStats.parsed++;
  cache.set(key, tree);
  return tree;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/**
 * Offsets where a chunk starts: 0 and every ATX heading line that is outside fenced code,
 * front matter and HTML comments. A chunk boundary never falls inside a block, so each chunk
 * parses exactly as it would inside the whole document (link reference definitions aside).
 */
export function chunkStarts(source: string): number[] {
  const starts = [0];
  let fence: string | undefined;
  let inComment = false;
  let offset = 0;
  let lineNo = 0;
  let inFrontMatter = false;
  while (offset <= source.length) {
    let nl = source.indexOf('\n', offset);
    const cr = source.indexOf('\r', offset);
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
    if (lineNo === 0 && /^(\uFEFF)?---\s*$/.test(line)) inFrontMatter = true;
    else if (inFrontMatter) {
      if (/^(---|\.\.\.)\s*$/.test(line)) inFrontMatter = false;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = undefined;
    } else {
      const m = FENCE.exec(line);
      if (m) fence = m[1];
      else if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) inComment = true;
      else if (ATX.test(line) && offset > 0) starts.push(offset);
    }
    lineNo++;
    offset = next;
  }
  return starts;
}

/** Parses the document as chunks; unchanged chunks come from the cache. */
export function parseChunks(source: string): Chunk[] {
  const starts = chunkStarts(source);
  return starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : source.length;
    return { start, end, tree: parseChunkText(source.slice(start, end), i === 0) };
  });
}

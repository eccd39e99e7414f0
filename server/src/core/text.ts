// Offsets ↔ positions. Offsets are UTF-16 code units, which is what JS strings index and what
// LSP counts by default, so a Finding's offsets map to LSP positions without re-encoding.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export class LineIndex {
  /** Offset of the first character of each line. `\r\n`, `\n` and lone `\r` all end a line. */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    // indexOf finds line breaks many times faster than a loop over every character; the next
    // \r is searched once and reused until passed (most documents have none).
    const starts = [0];
    let nl = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (nl !== -1 || cr !== -1) {
      const next = cr !== -1 && (nl === -1 || cr < nl) ? (text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1) : nl + 1;
      starts.push(next);
      if (nl !== -1 && nl < next) nl = text.indexOf('\n', next);
      if (cr !== -1 && cr < next) cr = text.indexOf('\r', next);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(o);
    return { line, character: o - this.lineStarts[line] };
  }

  /** The line of an offset (positionAt's line, without the object). */
  lineAt(offset: number): number {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  rangeOf(span: { start: number; end: number }): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  /** Offset just past the last character of the line, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }

  /** The line break the document mostly uses, so inserted text matches it. */
  get eol(): string {
    const crlf = this.text.indexOf('\r\n');
    if (crlf !== -1) return '\r\n';
    if (this.text.indexOf('\n') === -1 && this.text.indexOf('\r') !== -1) return '\r';
    return '\n';
  }
}

/** Applies edits given in offsets of `text`; edits must not overlap. */
export function applyEdits(text: string, edits: { start: number; end: number; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const e of sorted) {
    if (e.start < cursor) throw new Error(`overlapping edits at offset ${e.start}`);
    out += text.slice(cursor, e.start) + e.newText;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/**
 * A copy of `s` that holds no reference to the string it was sliced from. V8 makes a slice of 13
 * or more characters a view into its parent, so a cell's text kept in a cache keeps the whole
 * document version it came from alive: typing at 40 lines of a 3,000-line post-mortem grew the
 * heap by 0.7 MB a keystroke. Caches keep owned copies of their keys (and parse from them, so the
 * trees' strings are views of the copy). Prepending a character makes V8 flatten a new string.
 */
export function ownCopy(s: string): string {
  return (' ' + s).slice(1);
}


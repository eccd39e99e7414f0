// Edits on GFM tables that never change a cell's text: align pipes, insert columns, move rows
// whole, render new tables. Cells are split exactly as GFM does (an unescaped `|` ends a cell,
// inside inline code too), so a formatted row has the same cells as the original.
// Used by the timeline fixes and by the language server's document formatting.
import type { PostMortem, Table } from './model';
import type { TextEdit } from './types';

export interface LineCell {
  /** Trimmed cell text, exactly as in the source (escapes kept). */
  text: string;
  /** Offsets of the trimmed text in the line. */
  start: number;
  end: number;
  /** Offset of the pipe that opens this cell, or -1 (first cell without a leading pipe). */
  pipe: number;
}

export interface SplitLine {
  /** Blockquote markers and indentation before the table row. */
  prefix: string;
  cells: LineCell[];
  /** Offset of the closing pipe, or -1. */
  closingPipe: number;
}

/** Splits one table line into cells the way GFM does. */
export function splitRowLine(line: string): SplitLine {
  const prefix = /^[ \t]*(?:>[ \t]?)*[ \t]*/.exec(line)![0];
  const pipes: number[] = [];
  for (let i = prefix.length; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (c === '|') pipes.push(i);
  }
  const contentEnd = line.replace(/[ \t]+$/, '').length;
  const leading = pipes[0] === prefix.length;
  const closing = pipes.length && pipes[pipes.length - 1] === contentEnd - 1 && (pipes.length > 1 || !leading) ? pipes[pipes.length - 1] : -1;
  const bounds: number[] = [leading ? pipes[0] : prefix.length - 1, ...pipes.filter((p, i) => !(leading && i === 0) && p !== closing)];
  const end = closing === -1 ? contentEnd : closing;
  const cells: LineCell[] = [];
  for (let k = 0; k < bounds.length; k++) {
    const from = bounds[k] + 1;
    const to = k + 1 < bounds.length ? bounds[k + 1] : end;
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    cells.push({ text, start: from + lead, end: from + lead + text.length, pipe: k === 0 && !leading ? -1 : bounds[k] });
  }
  return { prefix, cells, closingPipe: closing };
}

/** Line numbers of a table: header, delimiter, then body rows. */
export function tableLines(model: PostMortem, table: Table): number[] {
  return [table.header.line, table.header.line + 1, ...table.rows.map((r) => r.line)];
}

/**
 * True when every line of the table splits into exactly the cells the parser saw. Tables in odd
 * containers (nested lists, lazy continuations) may not; edits leave those alone.
 */
export function tableLinesMatch(model: PostMortem, table: Table): boolean {
  const rows = [table.header, ...table.rows];
  for (const row of rows) {
    const cells = splitRowLine(model.lines.lineText(row.line)).cells.map((c) => c.text);
    if (cells.join('\u0000') !== row.cells.map((c) => c.raw).join('\u0000')) return false;
  }
  const delimiter = splitRowLine(model.lines.lineText(table.header.line + 1));
  return isDelimiterLine(delimiter) && delimiter.cells.length === table.header.cells.length;
}

/** A cell's text as it may be written into a table: unescaped pipes escaped, line breaks joined. */
export function escapeCell(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      out += c + text[++i];
      continue;
    }
    out += c === '|' ? '\\|' : c;
  }
  return out.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function delimiterCell(text: string, width: number): string {
  const left = text.startsWith(':');
  const right = text.endsWith(':') && text.length > 1;
  const dashes = Math.max(3, width) - (left ? 1 : 0) - (right ? 1 : 0);
  return `${left ? ':' : ''}${'-'.repeat(Math.max(1, dashes))}${right ? ':' : ''}`;
}

function isDelimiterLine(split: SplitLine): boolean {
  return split.cells.length > 0 && split.cells.every((c) => /^:?-+:?$/.test(c.text));
}

/** Renders cells as one aligned row (`| a | b |`). */
function renderRow(prefix: string, texts: string[], widths: number[], delimiter: boolean): string {
  const parts = texts.map((t, i) => (delimiter ? delimiterCell(t, widths[i] ?? 3) : t.padEnd(widths[i] ?? t.length)));
  return `${prefix}| ${parts.join(' | ')} |`;
}

/**
 * Edits that align a table's pipes: every cell keeps its exact text, rows keep their number of
 * cells (ragged rows stay ragged), alignment colons are kept. Lines that would not re-split into
 * the same cells are left alone.
 */
export function formatTableEdits(model: PostMortem, table: Table): TextEdit[] {
  if (!tableLinesMatch(model, table)) return [];
  const lines = tableLines(model, table);
  const splits = lines.map((l) => splitRowLine(model.lines.lineText(l)));
  const widths: number[] = [];
  splits.forEach((s) => {
    if (isDelimiterLine(s)) return;
    s.cells.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 3, c.text.length)));
  });
  const edits: TextEdit[] = [];
  lines.forEach((l, i) => {
    const old = model.lines.lineText(l);
    const split = splits[i];
    const delimiter = i === 1 && isDelimiterLine(split);
    const next = renderRow(split.prefix, split.cells.map((c) => c.text), widths, delimiter);
    if (next === old) return;
    const again = splitRowLine(next).cells.map((c) => c.text);
    const before = split.cells.map((c) => c.text);
    if (delimiter ? again.length !== before.length : again.join('\u0000') !== before.join('\u0000')) return;
    edits.push({ start: model.lines.lineStarts[l], end: model.lines.lineEnd(l), newText: next });
  });
  return edits;
}

/** Formatting edits for every table of the document (LSP document formatting). */
export function formatAllTables(model: PostMortem): TextEdit[] {
  return model.tables.flatMap((t) => formatTableEdits(model, t));
}

export interface ColumnInsert {
  /** Insert before this column position of the current table (= cell count to append). */
  before: number;
  title: string;
}

/**
 * Edits that insert columns: the header gets the titles, the delimiter `---`, every body row an
 * empty cell. Existing text is not touched (insertions only). A row shorter than the insertion
 * point gets its empty cell at its end.
 */
export function insertColumnsEdits(model: PostMortem, table: Table, inserts: ColumnInsert[]): TextEdit[] {
  if (!tableLinesMatch(model, table)) return [];
  const edits: TextEdit[] = [];
  const lines = tableLines(model, table);
  lines.forEach((l, i) => {
    const lineStart = model.lines.lineStarts[l];
    const text = model.lines.lineText(l);
    const split = splitRowLine(text);
    const cellText = (title: string) => (i === 0 ? title : i === 1 ? '---' : '');
    const byPoint = new Map<number, string[]>();
    for (const ins of inserts) {
      const at = Math.min(ins.before, split.cells.length);
      byPoint.set(at, [...(byPoint.get(at) ?? []), cellText(ins.title)]);
    }
    for (const [at, texts] of byPoint) {
      const cells = texts.map((t) => (t ? ` ${t} |` : '  |')).join('');
      if (at < split.cells.length) {
        const pipe = split.cells[at].pipe;
        if (pipe === -1) edits.push({ start: lineStart + split.prefix.length, end: lineStart + split.prefix.length, newText: `|${cells}` });
        else edits.push({ start: lineStart + pipe + 1, end: lineStart + pipe + 1, newText: cells });
      } else if (split.closingPipe !== -1) {
        edits.push({ start: lineStart + split.closingPipe + 1, end: lineStart + split.closingPipe + 1, newText: cells });
      } else {
        const end = lineStart + text.replace(/[ \t]+$/, '').length;
        edits.push({ start: end, end, newText: ` |${cells}` });
      }
    }
  });
  return edits;
}

/**
 * One edit that puts the body rows in a new order (`order[i]` = old index of the row now at i).
 * Rows move whole, byte for byte; line breaks stay where they were.
 */
export function moveRowsEdits(model: PostMortem, table: Table, order: number[]): TextEdit[] {
  const rows = table.rows;
  let first = 0;
  while (first < order.length && order[first] === first) first++;
  if (first === order.length) return [];
  let last = order.length - 1;
  while (last > first && order[last] === last) last--;
  const texts = rows.map((r) => model.source.slice(r.span.start, r.span.end));
  const start = rows[first].span.start;
  const end = rows[last].span.end;
  let out = '';
  for (let i = first; i <= last; i++) {
    out += texts[order[i]];
    if (i < last) out += model.source.slice(rows[i].span.end, rows[i + 1].span.start);
  }
  return [{ start, end, newText: out }];
}

/** A new aligned table from plain cell texts (escaped as needed). */
export function renderTable(header: string[], rows: string[][], eol = '\n', prefix = ''): string {
  const all = [header, ...rows].map((r) => r.map(escapeCell));
  const widths = header.map((_, i) => Math.max(3, ...all.map((r) => (r[i] ?? '').length)));
  const lines = [
    renderRow(prefix, all[0], widths, false),
    renderRow(prefix, header.map(() => '---'), widths, true),
    ...all.slice(1).map((r) => renderRow(prefix, header.map((_, i) => r[i] ?? ''), widths, false)),
  ];
  return lines.join(eol);
}

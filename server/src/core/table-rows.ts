// The tree of a table continuation chunk (a copy of the table's header and delimiter lines, then
// up to ROWS_PER_CHUNK rows), built without running micromark over every row.
//
// A long timeline is almost all continuation chunks, and micromark costs about a millisecond per
// row. GFM parses each row on its own line, so a row's nodes do not depend on its neighbours:
// - a plain row (pipes at both ends, no character that starts an inline construct or escape) is
//   built directly: one text node per non-empty cell, with micromark's positions;
// - any other row is parsed by micromark after the same header lines, alone, and its nodes are
//   moved to the row's place.
// The result equals micromark's tree of the whole chunk (test/core/table-rows.test.ts compares
// them); a chunk this does not recognise (a line that is not a row) returns undefined, and the
// caller parses it whole.
import type { Root, Table, TableCell, TableRow } from 'mdast';
import type { Point, Position } from 'unist';

/**
 * A row of plain text and simple code spans: none of the characters that may start another inline
 * construct, an escape or a reference in CommonMark, and no controls. Backticks are checked per
 * cell (cellChildren).
 */
const PLAIN_ROW = /^\|[^\\*_[\]!<&~\t\r\n\0-\x1f\x7f]*\|$/;
/** A code span of single backticks whose content neither starts nor ends with a space. */
const CODE_SPAN = /`([^` ]|[^` ][^`]*[^` ])`/g;

type Parse = (text: string) => Root;

export function tableRowsTree(text: string, prefixLength: number, parseHeader: Parse, parseRow: Parse): Root | undefined {
  const prefix = text.slice(0, prefixLength);
  const head = parseHeader(prefix);
  const headTable = head.children[0];
  if (head.children.length !== 1 || headTable.type !== 'table' || headTable.children.length !== 1) return undefined;
  const prefixLines = prefix.split('\n').length - 1;
  if (!prefix.endsWith('\n') || prefix.includes('\r')) return undefined;

  const rows: TableRow[] = [];
  let offset = prefixLength;
  let line = prefixLines + 1;
  let blankTail = false;
  while (offset < text.length) {
    let nl = text.indexOf('\n', offset);
    if (nl === -1) nl = text.length;
    const rowText = text.slice(offset, nl);
    if (rowText === '') blankTail = true;
    else {
      // Only blank lines may follow the rows; anything else is left to micromark.
      if (blankTail || rowText[0] !== '|') return undefined;
      const row = PLAIN_ROW.test(rowText) ? plainRow(rowText, offset, line) : parsedRow(prefix, rowText, offset, line, parseRow);
      if (!row) return undefined;
      rows.push(row);
    }
    offset = nl + 1;
    line++;
  }
  if (!rows.length) return undefined;

  const end = endPoint(text);
  const table: Table = {
    type: 'table',
    align: headTable.align,
    children: [headTable.children[0], ...rows],
    position: { start: headTable.position!.start, end: rows[rows.length - 1].position!.end },
  };
  return { type: 'root', children: [table], position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/** The point at the end of the text (micromark's root end). */
function endPoint(text: string): Point {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return { line: lines, column: text.length - (text.lastIndexOf('\n') + 1) + 1, offset: text.length };
}

function position(line: number, lineStart: number, start: number, end: number): Position {
  return { start: { line, column: start - lineStart + 1, offset: start }, end: { line, column: end - lineStart + 1, offset: end } };
}

/** A row of plain cells: each cell from its opening pipe (the last one to the line's end). */
function plainRow(rowText: string, lineStart: number, line: number): TableRow | undefined {
  const pipes: number[] = [];
  for (let i = rowText.indexOf('|'); i !== -1; i = rowText.indexOf('|', i + 1)) pipes.push(i);
  if (pipes.length < 2) return undefined;
  const cells: TableCell[] = [];
  for (let k = 0; k + 1 < pipes.length; k++) {
    let a = pipes[k] + 1;
    let b = pipes[k + 1];
    while (a < b && rowText[a] === ' ') a++;
    while (b > a && rowText[b - 1] === ' ') b--;
    const cellEnd = k + 2 === pipes.length ? rowText.length : pipes[k + 1];
    const children = cellChildren(rowText, a, b, lineStart, line);
    if (!children) return undefined;
    cells.push({ type: 'tableCell', children, position: position(line, lineStart, lineStart + pipes[k], lineStart + cellEnd) });
  }
  return { type: 'tableRow', children: cells, position: position(line, lineStart, lineStart, lineStart + rowText.length) };
}

/**
 * The inline nodes of a cell's trimmed content [a, b): text, and code spans of single backticks
 * (text between them keeps its spaces). Undefined for any other use of backticks.
 */
function cellChildren(rowText: string, a: number, b: number, lineStart: number, line: number): TableCell['children'] | undefined {
  const content = rowText.slice(a, b);
  const children: TableCell['children'] = [];
  const text = (from: number, to: number) => {
    if (from < to) children.push({ type: 'text', value: content.slice(from, to), position: position(line, lineStart, lineStart + a + from, lineStart + a + to) });
  };
  let at = 0;
  if (content.includes('`')) {
    for (const m of content.matchAll(CODE_SPAN)) {
      text(at, m.index!);
      at = m.index! + m[0].length;
      children.push({ type: 'inlineCode', value: m[1], position: position(line, lineStart, lineStart + a + m.index!, lineStart + a + at) });
    }
  }
  text(at, content.length);
  // A backtick left in the text (unpaired, doubled, or around content with spaces at its ends)
  // means CommonMark's pairing may differ from this one.
  if (children.some((c) => c.type === 'text' && c.value.includes('`'))) return undefined;
  return children;
}

/** Any other row: micromark parses it after the header lines, and its nodes are moved into place. */
function parsedRow(prefix: string, rowText: string, lineStart: number, line: number, parse: Parse): TableRow | undefined {
  const tree = parse(prefix + rowText + '\n');
  const table = tree.children[0];
  if (tree.children.length !== 1 || table.type !== 'table' || table.children.length !== 2) return undefined;
  const row = table.children[1];
  const parsedLine = row.position!.start.line;
  return moved(row, lineStart - prefix.length, line - parsedLine);
}

/** A copy of a node with every position moved by the given offset and lines. */
function moved<T extends { position?: Position }>(node: T, by: number, lines: number): T {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'position' && value) {
      const p = value as Position;
      copy.position = {
        start: { line: p.start.line + lines, column: p.start.column, offset: p.start.offset! + by },
        end: { line: p.end.line + lines, column: p.end.column, offset: p.end.offset! + by },
      };
    } else if (key === 'children' && Array.isArray(value)) {
      copy.children = value.map((child) => moved(child, by, lines));
    } else copy[key] = value;
  }
  return copy as T;
}

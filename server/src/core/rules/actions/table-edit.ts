// Mechanical edits on GFM tables for the actions fixes: inserting columns (with empty cells in
// every row) and turning a bullet list into a table. Rows are split the way GFM splits them: on
// every pipe not escaped by a backslash, inside code spans too, so the edited table parses with
// the same cells as before plus the new ones.
import type { PostMortem, Table, List, ListItem } from '../../model';
import type { TextEdit } from '../../types';

interface SplitRow {
  /** Offsets (in the document) of the unescaped pipes of the line. */
  pipes: number[];
  /** Number of cells in the row. */
  cells: number;
  /** Document offsets of each cell's start boundary (its leading pipe, or the line's first character). */
  cellStarts: number[];
  leadingPipe: boolean;
  trailingPipe: boolean;
  /** End of the line's content (trailing whitespace excluded). */
  contentEnd: number;
  contentStart: number;
}

/** Splits one table line on unescaped pipes. */
export function splitRow(source: string, lineStart: number, lineEnd: number): SplitRow {
  let s = lineStart;
  while (s < lineEnd && (source[s] === ' ' || source[s] === '\t')) s++;
  // A table inside a blockquote or list keeps its markers before the first pipe.
  let e = lineEnd;
  while (e > s && /\s/.test(source[e - 1])) e--;
  const pipes: number[] = [];
  for (let i = s; i < e; i++) {
    if (source[i] === '\\') {
      i++;
      continue;
    }
    if (source[i] === '|') pipes.push(i);
  }
  const leadingPipe = pipes[0] === s;
  const trailingPipe = pipes.length > 0 && pipes[pipes.length - 1] === e - 1 && !(leadingPipe && pipes.length === 1);
  const cellStarts: number[] = [];
  if (!leadingPipe) cellStarts.push(s);
  for (const p of pipes) if (!(trailingPipe && p === e - 1)) cellStarts.push(p);
  return { pipes, cells: cellStarts.length, cellStarts, leadingPipe, trailingPipe, contentEnd: e, contentStart: s };
}

/**
 * Edits inserting new cells into one line. `insertions` maps an original column index (the
 * new cells go before that column; index ≥ cell count appends) to the texts of the new cells.
 */
function insertCells(source: string, lineStart: number, lineEnd: number, insertions: Map<number, string[]>, padded = true): TextEdit[] {
  const row = splitRow(source, lineStart, lineEnd);
  const cell = (t: string) => (padded ? ` ${t} ` : t);
  const edits: TextEdit[] = [];
  const appended: string[] = [];
  const sorted = [...insertions.entries()].sort((a, b) => a[0] - b[0]);
  for (const [index, texts] of sorted) {
    if (index < row.cells) {
      const at = row.cellStarts[index];
      const isPipe = source[at] === '|';
      // Before a pipe: "| new " keeps the pipe for the old cell; before a pipeless first cell: "new | ".
      const text = isPipe ? texts.map((t) => `|${cell(t)}`).join('') : texts.map((t) => `${t} | `).join('');
      edits.push({ start: at, end: at, newText: text });
    } else {
      // Ragged row: pad with empty cells up to the new column's position.
      for (let k = row.cells + appended.length; k < index; k++) appended.push('');
      appended.push(...texts);
    }
  }
  if (appended.length) {
    if (row.trailingPipe) {
      edits.push({ start: row.contentEnd, end: row.contentEnd, newText: appended.map((t) => `${cell(t)}|`).join('') });
    } else {
      // Without a trailing pipe an empty last cell cannot be written: switch the row to the piped form.
      const last = appended[appended.length - 1];
      edits.push({ start: row.contentEnd, end: row.contentEnd, newText: appended.map((t) => ` | ${t}`).join('') + (last ? '' : ' |') });
    }
  }
  return edits;
}

/**
 * Edits that add columns to a table: the header gets each title, the delimiter row `---`, and
 * every data row an empty cell. `at` is the original column index each new column goes before.
 */
export function insertColumns(model: PostMortem, table: Table, columns: { title: string; at: number }[]): TextEdit[] {
  const source = model.source;
  const group = (text: (title: string) => string) => {
    const m = new Map<number, string[]>();
    for (const c of columns) m.set(c.at, [...(m.get(c.at) ?? []), text(c.title)]);
    return m;
  };
  const edits: TextEdit[] = [];
  const lines = model.lines;
  const headerLine = table.header.line;
  edits.push(...insertCells(source, lines.lineStarts[headerLine], lines.lineEnd(headerLine), group((t) => t)));
  // A compact delimiter row (`|---|---|`) stays compact; a padded one (`| --- | --- |`) stays padded.
  const delimiterPadded = /\|\s/.test(source.slice(table.delimiter.start, table.delimiter.end));
  const dashes = (t: string) => '-'.repeat(Math.max(3, delimiterPadded ? t.length : t.length + 2));
  edits.push(...insertCells(source, table.delimiter.start, table.delimiter.end, group(dashes), delimiterPadded));
  for (const row of table.rows) {
    edits.push(...insertCells(source, lines.lineStarts[row.line], lines.lineEnd(row.line), group(() => '')));
  }
  return edits;
}

/** Escapes pipes that would split a cell (an already escaped `\|` stays as it is). */
export function escapeCell(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && i + 1 < text.length) {
      out += text[i] + text[i + 1];
      i++;
      continue;
    }
    out += text[i] === '|' ? '\\|' : text[i];
  }
  return out;
}

/** The markdown of a list item's own text (its nested lists left out), on one line. */
export function itemMarkdown(source: string, item: ListItem): string {
  const end = item.children.length ? item.children[0].span.start : item.contentSpan.end;
  return source
    .slice(item.contentSpan.start, end)
    .split(/\r?\n|\r/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ')
    .replace(/ {2,}$/, '')
    .replace(/^\[[ ]\]\s+/, '');
}

const LABELLED = [
  { key: 'owner', re: /^(?:owner|owners|assignee|who)\s*:\s*(.+)$/i },
  { key: 'due', re: /^(?:due(?: date)?|deadline|target date)\s*:?\s*(.+)$/i },
  { key: 'metric', re: /^(?:success metric|metric|done when|success criteria)\s*:\s*(.+)$/i },
] as const;

/**
 * Splits "Add an alert (owner: Ana, due: 2026-10-01)" into the Action text and the values of
 * explicitly labelled parts. Only labelled parts move: nothing is guessed from unlabelled text.
 */
export function splitLabelledParts(text: string): { action: string; owner: string; due: string; metric: string } {
  const out = { action: text, owner: '', due: '', metric: '' };
  // Candidate parts: a trailing parenthetical, or parts after an em/en dash or " - ", split on , and ;.
  const m = /^(.*?)(?:\s*\(([^()]*)\)|\s+[—–-]\s+(.*))\s*$/.exec(text);
  if (!m) return out;
  const tail = m[2] ?? m[3] ?? '';
  const parts = tail.split(/\s*[,;]\s*/);
  const found: Partial<Record<'owner' | 'due' | 'metric', string>> = {};
  for (const part of parts) {
    const hit = LABELLED.map((l) => ({ key: l.key, m: l.re.exec(part.trim()) })).find((x) => x.m);
    // Every part must be labelled, or the tail is prose and stays in the Action cell.
    if (!hit || found[hit.key]) return out;
    found[hit.key] = hit.m![1].trim();
  }
  return { action: m[1].trim(), owner: found.owner ?? '', due: found.due ?? '', metric: found.metric ?? '' };
}

/** The list as an action-items table: each item's text in the Action cell; explicitly labelled
 *  owner, due date and metric parts ("(owner: Ana, due: 2026-10-01)") in their cells.
 *  Safe when nothing is lost: no nested lists and no ticked checkboxes. */
export function listToTable(model: PostMortem, list: List, columns: string[]): { edit: TextEdit; safe: boolean } {
  const source = model.source;
  const header = `| ${columns.join(' | ')} |`;
  const delimiter = `|${columns.map((c) => '-'.repeat(c.length + 2)).join('|')}|`;
  const rows = list.items.map((item) => {
    const cells = splitLabelledParts(itemMarkdown(source, item));
    return `| ${[cells.action, cells.owner, cells.due, cells.metric].slice(0, columns.length).map((c) => escapeCell(c)).join(' | ')} |`.replace(/ {2,}\|/g, '  |');
  });
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const text = [header, delimiter, ...rows].join(eol);
  // The list's span ends with its last item's text; keep whatever follows (line break, blank line).
  let end = list.span.end;
  while (end > list.span.start && /\s/.test(source[end - 1])) end--;
  const safe = list.items.every((i) => !i.children.length && !/^\[[xX]\]/.test(source.slice(i.contentSpan.start, i.contentSpan.start + 3)));
  // A list indented or quoted under something else would need the same prefix on every row:
  // only lists that start at the beginning of a line are converted safely.
  const lineStart = model.lines.lineStarts[model.lines.positionAt(list.span.start).line];
  return { edit: { start: list.span.start, end, newText: text }, safe: safe && lineStart === list.span.start };
}

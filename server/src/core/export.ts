// Action items out of a post-mortem, for tracking elsewhere: rows of the Action Items table(s)
// keyed by column, and their CSV (RFC 4180), JSON and markdown-table forms. Pure.
import type { PostMortem } from './model';

export interface ActionItemRow {
  action: string;
  owner: string;
  due: string;
  metric: string;
  /** Extra columns (Type, Ticket, Status, …) by their header text as written; also `file` when exporting several documents. */
  [column: string]: string;
}

/** The four template columns, in order, with the titles the exports use. */
export const ACTION_ITEM_TITLES: Record<string, string> = {
  action: 'Action',
  owner: 'Owner',
  due: 'Due Date',
  metric: 'Success Metric',
};
const TEMPLATE_KEYS = ['action', 'owner', 'due', 'metric'];

/** A table cell's text as written, with the table's `\|` escape undone. */
export function cellText(raw: string): string {
  return raw.replace(/\\\|/g, '|').trim();
}

export function actionItems(model: PostMortem): ActionItemRow[] {
  const rows: ActionItemRow[] = [];
  for (const table of model.tables) {
    if (table.kind !== 'actions') continue;
    const headers = table.header.cells.map((c) => cellText(c.raw));
    for (const row of table.rows) {
      if (row.cells.every((c) => c.raw.trim() === '')) continue;
      const item: ActionItemRow = { action: '', owner: '', due: '', metric: '' };
      row.cells.forEach((cell, i) => {
        const id = table.columns[i];
        let key: string = id && TEMPLATE_KEYS.includes(id) ? id : headers[i] || `column ${i + 1}`;
        // A second column mapping to a template key (two "Owner" columns) keeps its header text.
        if (key in item && item[key] !== '' && TEMPLATE_KEYS.includes(key)) key = headers[i] || `column ${i + 1}`;
        if (TEMPLATE_KEYS.includes(key) || !(key in item)) item[key] = cellText(cell.raw);
      });
      rows.push(item);
    }
  }
  return rows;
}

/** The column that names the document when several are exported together. */
export const FILE_COLUMN = 'file';

/** Column keys in output order: the template's four, extras in order of first appearance, then `file`. */
export function columnsOf(rows: ActionItemRow[]): string[] {
  const keys = [...TEMPLATE_KEYS];
  for (const row of rows) for (const k of Object.keys(row)) if (!keys.includes(k) && k !== FILE_COLUMN) keys.push(k);
  if (rows.some((r) => FILE_COLUMN in r)) keys.push(FILE_COLUMN);
  return keys;
}

const titleOf = (key: string) => ACTION_ITEM_TITLES[key] ?? key;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180: CRLF line ends, fields with comma, quote or line break quoted, quotes doubled. */
export function toCsv(rows: ActionItemRow[]): string {
  const keys = columnsOf(rows);
  const lines = [keys.map((k) => csvField(titleOf(k))).join(',')];
  for (const row of rows) lines.push(keys.map((k) => csvField(row[k] ?? '')).join(','));
  return lines.join('\r\n') + '\r\n';
}

export function toJson(rows: ActionItemRow[]): string {
  return JSON.stringify(rows, null, 2) + '\n';
}

function mdCell(value: string): string {
  return value.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
}

export function toMarkdownTable(rows: ActionItemRow[]): string {
  const keys = columnsOf(rows);
  const lines = [
    `| ${keys.map((k) => mdCell(titleOf(k))).join(' | ')} |`,
    `|${keys.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${keys.map((k) => mdCell(row[k] ?? '')).join(' | ')} |`),
  ];
  return lines.join('\n') + '\n';
}

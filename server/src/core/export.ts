// Action items out of a post-mortem, for tracking elsewhere: their rows keyed by column, and the
// rows' CSV (RFC 4180), JSON and markdown-table forms. Pure.
import type { PostMortem } from './model';
import { ACTION_ITEM_TITLES, TEMPLATE_KEYS, actionItemsOf, cellText, type ActionItemRow } from './action-items';

export { ACTION_ITEM_TITLES, cellText, type ActionItemRow };

/** The rows of the document's action items (the model is action-items.ts). */
export function actionItems(model: PostMortem): ActionItemRow[] {
  return actionItemsOf(model).map((item) => item.row);
}

/** The column that names the document when several are exported together. */
export const FILE_COLUMN = 'file';
/** Columns the workspace export (`postmortem-lint actions`) adds: open / done / overdue, and the row's line. */
export const STATE_COLUMN = 'state';
export const LINE_COLUMN = 'line';
const TRAILING = [STATE_COLUMN, FILE_COLUMN, LINE_COLUMN];

/** Column keys in output order: the template's four, extras in order of first appearance, then state, `file` and line. */
export function columnsOf(rows: ActionItemRow[]): string[] {
  const keys = [...TEMPLATE_KEYS];
  for (const row of rows) for (const k of Object.keys(row)) if (!keys.includes(k) && !TRAILING.includes(k)) keys.push(k);
  for (const k of TRAILING) if (rows.some((r) => k in r)) keys.push(k);
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

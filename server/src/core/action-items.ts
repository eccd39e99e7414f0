// The one model of an action item that every face shares: the Export command, the CLI's
// `actions`, the Action Items view, document health and the workspace index. An item is a row of
// an action-items table as the actions rules read it (rules/actions/items.ts): its cells as
// written (the export's row), where it is, its due date, its status and what it lacks. Pure.
import type { PostMortem } from './model';
import { DEFAULT_CONFIG, type ResolvedConfig } from './config';
import { daysBetween } from './dates';
import type { Range } from './text';
import { actionTables, dueDateOf, isBlank, isPlaceholder, leadingCheckbox, statusOf } from './rules/actions/items';

/** An item's cells keyed by column, as the exports write them. */
export interface ActionItemRow {
  action: string;
  owner: string;
  due: string;
  metric: string;
  /** Extra columns (Type, Ticket, Status, …) by their header text as written; also `file` when exporting several documents. */
  [column: string]: string;
}

export type ActionItemField = 'owner' | 'due' | 'metric';

export interface ActionItem {
  /** The cells as written. */
  row: ActionItemRow;
  /** 0-based line of the row, and the row's range (for "open the row"). */
  line: number;
  range: Range;
  /** The Due Date as ISO, when the cell holds a date. */
  dueIso?: string;
  /** Finished or closed, by the table's status convention (statusOf). */
  done: boolean;
  /** What the row says about its status, as written (Status cell, `[x]`, "Done"). */
  statusText?: string;
  /** Owner, due date or metric that is empty, a placeholder, or (due) not a date. */
  missing: ActionItemField[];
}

/** The four template columns, in order, with the titles the exports use. */
export const ACTION_ITEM_TITLES: Record<string, string> = {
  action: 'Action',
  owner: 'Owner',
  due: 'Due Date',
  metric: 'Success Metric',
};
export const TEMPLATE_KEYS = ['action', 'owner', 'due', 'metric'];

/** A table cell's text as written, with the table's `\|` escape undone. */
export function cellText(raw: string): string {
  return raw.replace(/\\\|/g, '|').trim();
}

/** Every action item of the document, in document order. */
export function actionItemsOf(model: PostMortem, config: ResolvedConfig = DEFAULT_CONFIG): ActionItem[] {
  const items: ActionItem[] = [];
  for (const table of actionTables(model)) {
    const headers = table.table.header.cells.map((c) => cellText(c.raw));
    for (const item of table.items) {
      if (item.row.cells.every((c) => c.raw.trim() === '')) continue;
      const row: ActionItemRow = { action: '', owner: '', due: '', metric: '' };
      item.row.cells.forEach((cell, i) => {
        const id = table.columns[i];
        let key: string = id && TEMPLATE_KEYS.includes(id) ? id : headers[i] || `column ${i + 1}`;
        // A second column mapping to a template key (two "Owner" columns) keeps its header text.
        if (key in row && row[key] !== '' && TEMPLATE_KEYS.includes(key)) key = headers[i] || `column ${i + 1}`;
        if (TEMPLATE_KEYS.includes(key) || !(key in row)) row[key] = cellText(cell.raw);
      });
      const filled = (id: ActionItemField) => {
        const cell = item.cell(id);
        return !!cell && !isBlank(cell.raw) && !isPlaceholder(cell.raw);
      };
      const dueIso = dueDateOf(item, config)?.iso;
      const status = statusOf(item);
      const missing: ActionItemField[] = [];
      if (!filled('owner')) missing.push('owner');
      if (!dueIso) missing.push('due');
      if (!filled('metric')) missing.push('metric');
      items.push({
        row,
        line: item.row.line,
        range: model.lines.rangeOf(item.row.span),
        ...(dueIso ? { dueIso } : {}),
        done: status.done,
        ...(status.text !== undefined ? { statusText: status.text } : {}),
        missing,
      });
    }
  }
  return items;
}

/** Days an open item is past its due date on `today` (0 when due today), or undefined. */
export function daysOverdue(item: Pick<ActionItem, 'done' | 'dueIso'>, today: string): number | undefined {
  if (item.done || !item.dueIso) return undefined;
  const days = daysBetween(item.dueIso, today);
  return days > 0 ? days : undefined;
}

/** The Action as people read it: on one line, without the status checkbox the row may start with. */
export function actionText(item: Pick<ActionItem, 'row'>): string {
  const action = item.row.action;
  return action.slice(leadingCheckbox(action)?.length ?? 0).replace(/\s+/g, ' ').trim();
}

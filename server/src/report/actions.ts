// `postmortem-lint actions`: every action item of the post-mortems given, as text (one line per
// item, compiler-style, then a summary), CSV, JSON or a markdown table. The rows are the export's
// (core/export.ts) with the item's state, file and line added; JSON adds the rest of the model.
import { actionText, daysOverdue, type ActionItem } from '../core/action-items';
import { FILE_COLUMN, LINE_COLUMN, STATE_COLUMN, toCsv, toMarkdownTable, type ActionItemRow } from '../core/export';
import type { IndexedPostMortem } from '../core/workspace';

export type ActionsFormat = 'text' | 'csv' | 'json' | 'markdown';

export type ActionState = 'open' | 'done' | 'overdue';

export interface ListedItem {
  doc: IndexedPostMortem;
  item: ActionItem;
  state: ActionState;
  /** Days past the due date, for overdue items. */
  overdue?: number;
}

/** The items of the post-mortems in file order, each with its state on `today`. */
export function listItems(docs: IndexedPostMortem[], today: string, onlyOverdue = false): ListedItem[] {
  const out: ListedItem[] = [];
  for (const doc of docs) {
    for (const item of doc.actions) {
      const overdue = daysOverdue(item, today);
      const state: ActionState = item.done ? 'done' : overdue !== undefined ? 'overdue' : 'open';
      if (onlyOverdue && state !== 'overdue') continue;
      out.push({ doc, item, state, ...(overdue !== undefined ? { overdue } : {}) });
    }
  }
  return out;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function rowOf(l: ListedItem): ActionItemRow {
  return { ...l.item.row, [STATE_COLUMN]: l.state, [FILE_COLUMN]: l.doc.file, [LINE_COLUMN]: String(l.item.line + 1) };
}

export function formatActions(items: ListedItem[], documents: number, format: ActionsFormat): string {
  if (format === 'csv') return toCsv(items.map(rowOf));
  if (format === 'markdown') return toMarkdownTable(items.map(rowOf));
  if (format === 'json') {
    const out = items.map((l) => ({
      ...l.item.row,
      file: l.doc.file,
      line: l.item.line + 1,
      ...(l.doc.title ? { title: l.doc.title } : {}),
      ...(l.doc.incidentDate ? { incidentDate: l.doc.incidentDate } : {}),
      state: l.state,
      ...(l.item.dueIso ? { dueIso: l.item.dueIso } : {}),
      ...(l.overdue !== undefined ? { daysOverdue: l.overdue } : {}),
      ...(l.item.statusText !== undefined ? { statusText: l.item.statusText } : {}),
      missing: l.item.missing,
    }));
    return JSON.stringify(out, null, 2) + '\n';
  }
  const width = Math.max(0, ...items.map((l) => `${l.doc.file}:${l.item.line + 1}`.length));
  const lines = items.map((l) => {
    const where = `${l.doc.file}:${l.item.line + 1}`.padEnd(width);
    const owner = l.item.missing.includes('owner') ? 'no owner' : l.item.row.owner;
    const due = l.item.dueIso ? `due ${l.item.dueIso}${l.overdue ? ` (${plural(l.overdue, 'day')} ago)` : ''}` : 'no due date';
    return `${where} ${l.state.padEnd(7)} ${actionText(l.item) || '(no action text)'} — ${owner}, ${due}`;
  });
  lines.push(summary(items, documents));
  return lines.join('\n') + '\n';
}

/** "12 action items in 9 post-mortems: 3 done, 9 open (5 overdue); 2 without an owner, 1 without a due date." */
export function summary(items: ListedItem[], documents: number): string {
  const where = `in ${plural(documents, 'post-mortem')}`;
  if (!items.length) return `No action items ${where}.`;
  const done = items.filter((l) => l.state === 'done').length;
  const overdue = items.filter((l) => l.state === 'overdue').length;
  const open = items.length - done;
  const noOwner = items.filter((l) => l.item.missing.includes('owner')).length;
  const noDue = items.filter((l) => !l.item.done && l.item.missing.includes('due')).length;
  const lacks = [noOwner ? `${noOwner} without an owner` : '', noDue ? `${noDue} open without a due date` : ''].filter(Boolean);
  return `${plural(items.length, 'action item')} ${where}: ${done} done, ${open} open (${overdue} overdue)${lacks.length ? `; ${lacks.join(', ')}` : ''}.`;
}

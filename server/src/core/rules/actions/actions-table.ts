// actions-table (catalogue §4.5, PM240): the action items are not in a table with the
// template's four columns. A bullet list of actions is reported here (converted by the fix),
// and a table missing whole columns is reported once, so the per-row rules of those columns
// do not also fire on every row.
import type { Rule, RuleFinding } from '../../types';
import type { List, PostMortem } from '../../model';
import { allBlocks } from '../../model';
import { ACTION_COLUMNS, type ActionColumn } from '../../template';
import { REQUIRED_COLUMNS, actionSection, actionTables } from './items';
import { insertColumns, listToTable } from './table-edit';
import { isNoneStatement } from './actions-none';

const titleOf = (id: ActionColumn) => ACTION_COLUMNS.find((c) => c.id === id)!.title;

function joinTitles(titles: string[]): string {
  return titles.length <= 1 ? titles.join('') : `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
}

/** Where each missing column goes: after the nearest present column before it in template
 *  order, else before the nearest one after it, else at the end. */
export function missingColumnPlacement(columns: (ActionColumn | undefined)[], missing: ActionColumn[]): { title: string; at: number }[] {
  return missing.map((id) => {
    const k = REQUIRED_COLUMNS.indexOf(id);
    for (let j = k - 1; j >= 0; j--) {
      const i = columns.indexOf(REQUIRED_COLUMNS[j]);
      if (i >= 0) return { title: titleOf(id), at: i + 1 };
    }
    for (let j = k + 1; j < REQUIRED_COLUMNS.length; j++) {
      const i = columns.indexOf(REQUIRED_COLUMNS[j]);
      if (i >= 0) return { title: titleOf(id), at: i };
    }
    return { title: titleOf(id), at: columns.length };
  });
}

function listFinding(model: PostMortem, list: List): RuleFinding {
  const first = list.items[0];
  const line = model.lines.positionAt(first.span.start).line;
  const { edit, safe } = listToTable(model, list, REQUIRED_COLUMNS.map(titleOf));
  return {
    start: first.span.start,
    end: Math.min(first.span.end, model.lines.lineEnd(line)),
    message: `The action items are a bullet list (${list.items.length} item${list.items.length === 1 ? '' : 's'}); the template tracks them in a table with Action, Owner, Due Date and Success Metric columns.`,
    fixes: [{ title: 'Convert the list to an action-items table', edits: [edit], safe, preferred: true }],
  };
}

export const rule: Rule = {
  id: 'actions-table',
  category: 'actions',
  defaultSeverity: 'warning',
  description: 'The action items are not a table with Action, Owner, Due Date and Success Metric columns.',
  explanation:
    'Each action item needs one owner, a due date and a way to tell that it worked; a table with those four columns makes a missing one visible at a glance and lets the items be tracked. Extra columns (Type, Priority, Ticket, Status) are welcome. A bullet list of actions can be converted to the table with the quick fix; missing columns can be added with empty cells.',
  sources: ['seed', 'PD-W', ';login:'],
  check(model) {
    const section = actionSection(model);
    const out: RuleFinding[] = [];
    const tables = actionTables(model);
    for (const at of tables) {
      const missing = REQUIRED_COLUMNS.filter((id) => !at.columns.includes(id));
      if (!missing.length) continue;
      const titles = missing.map(titleOf);
      const header = at.table.header;
      out.push({
        start: header.cells[0]?.outerSpan.start ?? header.span.start,
        end: header.span.end,
        message: `The action-items table has no ${joinTitles(titles)} column${missing.length > 1 ? 's' : ''}.`,
        fixes: [
          {
            title: `Add the ${joinTitles(titles)} column${missing.length > 1 ? 's' : ''}`,
            edits: insertColumns(model, at.table, missingColumnPlacement(at.columns, missing)),
            // Adding empty cells is mechanical, as long as this is clearly the action table.
            safe: at.columns.includes('action'),
            preferred: true,
          },
        ],
      });
    }
    if (!section) return out;
    const blocks = allBlocks(section);
    const sectionTables = blocks.filter((b) => b.table).map((b) => b.table!);
    if (sectionTables.length) {
      // A table the section holds, but with none of the template's columns: still the action table.
      if (!tables.some((t) => sectionTables.includes(t.table))) {
        const table = sectionTables[0];
        const placement = missingColumnPlacement([], REQUIRED_COLUMNS).map((c) => ({ ...c, at: table.header.cells.length }));
        out.push({
          start: table.header.cells[0]?.outerSpan.start ?? table.header.span.start,
          end: table.header.span.end,
          message: 'The action-items table has none of the Action, Owner, Due Date and Success Metric columns.',
          fixes: [{ title: 'Add the Action, Owner, Due Date and Success Metric columns', edits: insertColumns(model, table, placement), safe: false }],
        });
      }
      return out;
    }
    for (const b of blocks) {
      if (!b.list || !b.list.items.length) continue;
      if (b.list.items.length === 1 && isNoneStatement(b.list.items[0].text)) continue;
      out.push(listFinding(model, b.list));
    }
    return out;
  },
};

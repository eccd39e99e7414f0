// actions-table (catalogue §4.5, PM240): the action items are not in a table with the
// template's four columns. A bullet list of actions is reported here (converted by the fix),
// and a table missing whole columns is reported once, so the per-row rules of those columns
// do not also fire on every row.
import type { Rule, RuleFinding } from '../../types';
import type { List, PostMortem, Section } from '../../model';
import { allBlocks } from '../../model';
import { ACTION_COLUMNS, type ActionColumn } from '../../template';
import { actionSection, actionTables, isPlaceholder } from './items';
import { profileOf } from '../../templates/document';
import { insertColumns, listToTable } from './table-edit';
import { isNoneStatement } from './actions-none';

const titleOf = (id: ActionColumn) => ACTION_COLUMNS.find((c) => c.id === id)!.title;

function joinTitles(titles: string[]): string {
  return titles.length <= 1 ? titles.join('') : `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
}

/** Where each missing column goes: after the nearest present column before it in template
 *  order, else before the nearest one after it, else at the end. */
export function missingColumnPlacement(columns: (ActionColumn | undefined)[], missing: ActionColumn[], REQUIRED_COLUMNS: ActionColumn[] = missing): { title: string; at: number }[] {
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

function listFinding(model: PostMortem, list: List, REQUIRED_COLUMNS: ActionColumn[]): RuleFinding {
  const first = list.items[0];
  const line = model.lines.positionAt(first.span.start).line;
  const { edit, safe } = listToTable(model, list, REQUIRED_COLUMNS.map(titleOf));
  return {
    start: first.span.start,
    end: Math.min(first.span.end, model.lines.lineEnd(line)),
    message: `The action items are a bullet list (${list.items.length} item${list.items.length === 1 ? '' : 's'}); the template tracks them in a table with ${joinTitles(REQUIRED_COLUMNS.map(titleOf))} columns.`,
    fixes: [{ title: 'Convert the list to an action-items table', edits: [edit], safe, preferred: true }],
  };
}

/**
 * When the section holds only paragraphs (no table, no list), the first line of the first
 * paragraph that describes actions: not a placeholder (`placeholder-text`'s) and not a statement
 * that none were chosen (`actions-none`'s).
 */
export function proseOnly(model: PostMortem, section: Section): { start: number; end: number } | undefined {
  const blocks = allBlocks(section);
  if (blocks.some((b) => b.table || b.list)) return undefined;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const text = b.prose.map((u) => u.text).join(' ');
    if (!text.trim() || isPlaceholder(model.source.slice(b.span.start, b.span.end)) || isNoneStatement(text)) continue;
    const line = model.lines.positionAt(b.span.start).line;
    return { start: b.span.start, end: Math.min(b.span.end, model.lines.lineEnd(line)) };
  }
  return undefined;
}

export const rule: Rule = {
  id: 'actions-table',
  category: 'actions',
  defaultSeverity: 'warning',
  description: 'The action items are not a table with Action, Owner, Due Date and Success Metric columns.',
  explanation:
    'Each action item needs one owner, a due date and a way to tell that it worked; a table with those four columns makes a missing one visible at a glance and lets the items be tracked. Extra columns (Type, Priority, Ticket, Status) are welcome. A bullet list of actions can be converted to the table with the quick fix; missing columns can be added with empty cells. ' +
    'The columns asked for are those of the document\'s template: the seed\'s four; Action Item and Owner for Google SRE; Action, Owner and Due Date for Atlassian; an Action for PagerDuty and the minimal template, whose action items (like Google\'s and Atlassian\'s) may also be a list of tickets.',
  sources: ['seed', 'PD-W', ';login:'],
  check(model) {
    const section = actionSection(model);
    const out: RuleFinding[] = [];
    const tables = actionTables(model);
    // The columns the document's template asks for (the seed's four; Google SRE: Action Item and Owner …).
    const { columns: REQUIRED_COLUMNS, list: listAccepted } = profileOf(model).actions;
    const all = joinTitles(REQUIRED_COLUMNS.map(titleOf));
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
            edits: insertColumns(model, at.table, missingColumnPlacement(at.columns, missing, REQUIRED_COLUMNS)),
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
        const placement = missingColumnPlacement([], REQUIRED_COLUMNS, REQUIRED_COLUMNS).map((c) => ({ ...c, at: table.header.cells.length }));
        out.push({
          start: table.header.cells[0]?.outerSpan.start ?? table.header.span.start,
          end: table.header.span.end,
          message: `The action-items table has none of the ${all} columns.`,
          fixes: [{ title: `Add the ${all} columns`, edits: insertColumns(model, table, placement), safe: false }],
        });
      }
      return out;
    }
    let lists = 0;
    for (const b of blocks) {
      if (!b.list || !b.list.items.length) continue;
      lists++;
      if (b.list.items.length === 1 && isNoneStatement(b.list.items[0].text)) continue;
      // A list is the template's own form for some templates (PagerDuty's tickets, Google SRE's).
      if (!listAccepted) out.push(listFinding(model, b.list, REQUIRED_COLUMNS));
    }
    if (lists) return out;
    const prose = proseOnly(model, section);
    if (prose) {
      const last = blocks[blocks.length - 1];
      const eol = model.source.includes('\r\n') ? '\r\n' : '\n';
      const header = `| ${REQUIRED_COLUMNS.map(titleOf).join(' | ')} |${eol}|${REQUIRED_COLUMNS.map((id) => '-'.repeat(titleOf(id).length + 2)).join('|')}|`;
      out.push({
        ...prose,
        message: listAccepted ? 'The action items are written as prose, not as a list or table of separate items.' : `The action items are written as prose, not as a table with ${all} columns.`,
        // Not safe: the prose still has to be moved into rows by the author.
        fixes: [{ title: 'Insert an action-items table after the text', edits: [{ start: last.span.end, end: last.span.end, newText: `${eol}${eol}${header}` }], safe: false }],
      });
    }
    return out;
  },
};

// The Action Items view: every action item of every post-mortem in the workspace, as the server
// indexed them, grouped by post-mortem, owner or due week; overdue items marked relative to
// today, items without owner or due date flagged, each row opening its table row. Pure: the VS
// Code adapter is workspace-views.ts. Everything shown is plain text from the documents.
import type { SidebarNode } from './nodes';
import type { ActionItem, WorkspaceActionItemsResult } from './types';
import { addDays, dayNumber, daysBetween } from './dates';

export type Grouping = 'post-mortem' | 'owner' | 'week';
export const GROUPINGS: Grouping[] = ['post-mortem', 'owner', 'week'];
export const GROUPING_LABELS: Record<Grouping, string> = { 'post-mortem': 'by post-mortem', owner: 'by owner', week: 'by due week' };

export function isGrouping(value: unknown): value is Grouping {
  return GROUPINGS.includes(value as Grouping);
}

/** The toggle in the view's title bar: post-mortem → owner → due week → post-mortem. */
export function nextGrouping(g: Grouping): Grouping {
  return GROUPINGS[(GROUPINGS.indexOf(g) + 1) % GROUPINGS.length];
}

type Doc = WorkspaceActionItemsResult['documents'][number];
export type ItemState = 'overdue' | 'open' | 'done';

export interface Entry {
  doc: Doc;
  item: ActionItem;
  state: ItemState;
  /** Days past the due date (overdue items). */
  overdue?: number;
}

/** The items with their state on `today`: done by the table's status, overdue when open and past due. */
export function entriesOf(result: WorkspaceActionItemsResult | undefined, today: string): Entry[] {
  const out: Entry[] = [];
  for (const doc of result?.documents ?? []) {
    for (const item of doc.items) {
      const late = !item.done && item.dueIso ? daysBetween(item.dueIso, today) : 0;
      out.push({ doc, item, state: item.done ? 'done' : late > 0 ? 'overdue' : 'open', ...(late > 0 ? { overdue: late } : {}) });
    }
  }
  return out;
}

/** What the status bar shows: overdue items, and in how many post-mortems. */
export function overdueSummary(result: WorkspaceActionItemsResult | undefined, today: string): { items: number; documents: number } {
  const overdue = entriesOf(result, today).filter((e) => e.state === 'overdue');
  return { items: overdue.length, documents: new Set(overdue.map((e) => e.doc.uri)).size };
}

export function statusBarText(summary: { items: number; documents: number }, today: string): { text: string; tooltip: string } {
  return {
    text: `$(warning) ${summary.items} overdue`,
    tooltip: `${plural(summary.items, 'action item')} in ${plural(summary.documents, 'post-mortem')} ${summary.items === 1 ? 'is' : 'are'} past ${summary.items === 1 ? 'its' : 'their'} due date (today is ${today}). Click to show the Action Items view.`,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The Action as people read it: one line, without a leading status checkbox. */
export function actionLabel(item: ActionItem): string {
  return item.row.action.replace(/^\s*\[[ xX]\](?=\s|$)/, '').replace(/\s+/g, ' ').trim() || '(no action text)';
}

const docName = (doc: Doc) => doc.title ?? doc.file.slice(doc.file.lastIndexOf('/') + 1);

/** Monday of the ISO week of a date. */
export function weekOf(iso: string): string {
  const day = dayNumber(iso);
  // Day 0 (1970-01-01) was a Thursday: Monday-based weekday = (day + 3) mod 7.
  const weekday = (((day + 3) % 7) + 7) % 7;
  return addDays(iso, -weekday);
}

const STATE_ORDER: Record<ItemState, number> = { overdue: 0, open: 1, done: 2 };

function compareEntries(a: Entry, b: Entry): number {
  return (
    STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
    (b.overdue ?? 0) - (a.overdue ?? 0) ||
    (a.item.dueIso ?? '9999').localeCompare(b.item.dueIso ?? '9999') ||
    a.doc.file.localeCompare(b.doc.file) ||
    a.item.line - b.item.line
  );
}

const OVERDUE = { icon: 'error', iconColor: 'editorError.foreground' };
const FLAGGED = { icon: 'warning', iconColor: 'editorWarning.foreground' };
const DONE = { icon: 'pass', iconColor: 'testing.iconPassed' };
const OPEN = { icon: 'circle-large-outline' };

function itemNode(e: Entry, grouping: Grouping): SidebarNode {
  const { item, doc } = e;
  const noOwner = item.missing.includes('owner');
  const noDue = !item.dueIso;
  const when =
    e.state === 'done'
      ? `done${item.statusText && !/^(done|\[x\])$/i.test(item.statusText) ? ` (${item.statusText})` : ''}`
      : e.state === 'overdue'
        ? `overdue ${plural(e.overdue!, 'day')} (due ${item.dueIso})`
        : noDue
          ? 'no due date'
          : `due ${item.dueIso}`;
  const parts = [when];
  if (grouping !== 'owner') parts.push(noOwner ? 'no owner' : item.row.owner);
  if (grouping !== 'post-mortem') parts.push(docName(doc));
  const flagged = e.state === 'open' && (noOwner || noDue);
  const tooltip = [
    actionLabel(item),
    `${docName(doc)} — ${doc.file}, line ${item.line + 1}`,
    `Owner: ${noOwner ? '(none)' : item.row.owner}`,
    `Due: ${item.dueIso ?? (item.row.due || '(none)')}${e.state === 'overdue' ? `, overdue by ${plural(e.overdue!, 'day')}` : ''}`,
    `Success metric: ${item.row.metric || '(none)'}`,
    `Status: ${item.done ? 'done' : 'open'}${item.statusText ? ` ("${item.statusText}")` : ''}`,
  ].join('\n');
  return {
    id: `item:${doc.uri}#${item.line}`,
    label: actionLabel(item),
    description: parts.join(' · '),
    tooltip,
    ...(e.state === 'overdue' ? OVERDUE : e.state === 'done' ? DONE : flagged ? FLAGGED : OPEN),
    contextValue: `actionItem.${e.state}`,
    reveal: { uri: doc.uri, line: item.range.start.line, character: item.range.start.character, endLine: item.range.end.line, endCharacter: item.range.end.character },
  };
}

function counts(entries: Entry[]): string {
  const overdue = entries.filter((e) => e.state === 'overdue').length;
  const open = entries.filter((e) => e.state !== 'done').length;
  if (!open) return `${plural(entries.length, 'item')}, all done`;
  return `${open} open${overdue ? `, ${overdue} overdue` : ''} of ${entries.length}`;
}

interface Group {
  key: string;
  label: string;
  description?: string;
  tooltip?: string;
  entries: Entry[];
  flagged?: boolean;
}

function groupsOf(entries: Entry[], grouping: Grouping, today: string): Group[] {
  const by = new Map<string, Group>();
  const add = (key: string, make: () => Omit<Group, 'entries'>, e: Entry) => {
    let g = by.get(key);
    if (!g) by.set(key, (g = { ...make(), entries: [] }));
    g.entries.push(e);
  };
  for (const e of entries) {
    if (grouping === 'post-mortem') {
      add(e.doc.uri, () => ({ key: e.doc.uri, label: docName(e.doc), tooltip: `${e.doc.file}${e.doc.incidentDate ? ` — incident ${e.doc.incidentDate}` : ''}` }), e);
    } else if (grouping === 'owner') {
      const owner = e.item.missing.includes('owner') ? '' : e.item.row.owner.trim();
      add(owner.toLowerCase(), () => (owner ? { key: owner.toLowerCase(), label: owner } : { key: '', label: 'No owner', flagged: true }), e);
    } else {
      const week = e.item.dueIso ? weekOf(e.item.dueIso) : '';
      add(week, () => (week ? { key: week, label: `Week of ${week}`, tooltip: `Due ${week} to ${addDays(week, 6)}` } : { key: '', label: 'No due date', flagged: true }), e);
    }
  }
  const groups = [...by.values()];
  const thisWeek = weekOf(today);
  for (const g of groups) {
    g.entries.sort(compareEntries);
    const relative = grouping === 'week' && g.key ? weekRelative(g.key, thisWeek) : undefined;
    const incident = grouping === 'post-mortem' ? g.entries[0].doc.incidentDate : undefined;
    g.description = [incident, relative, counts(g.entries)].filter(Boolean).join(' · ');
  }
  // Post-mortems by file; owners by name with "No owner" first; weeks in order with "No due date" last.
  if (grouping === 'post-mortem') groups.sort((a, b) => a.entries[0].doc.file.localeCompare(b.entries[0].doc.file));
  else if (grouping === 'owner') groups.sort((a, b) => (a.key === '' ? -1 : b.key === '' ? 1 : a.label.localeCompare(b.label)));
  else groups.sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : a.key.localeCompare(b.key)));
  return groups;
}

function weekRelative(week: string, thisWeek: string): string {
  const n = Math.round(daysBetween(thisWeek, week) / 7);
  return n === 0 ? 'this week' : n === 1 ? 'next week' : n === -1 ? 'last week' : n > 0 ? `in ${n} weeks` : `${-n} weeks ago`;
}

export type ViewState = 'loading' | 'ready';

export function actionItemNodes(result: WorkspaceActionItemsResult | undefined, state: ViewState, grouping: Grouping, today: string): SidebarNode[] {
  if (!result) return [{ id: 'loading', label: state === 'loading' ? 'Waiting for the language server…' : 'The language server is not running.', icon: 'loading~spin' }];
  const entries = entriesOf(result, today);
  const nodes: SidebarNode[] = [];
  if (result.scanning) nodes.push({ id: 'scanning', label: `Indexing the workspace's post-mortems… (${result.documents.length} so far)`, icon: 'loading~spin' });
  if (!result.documents.length) {
    if (!result.scanning) nodes.push({ id: 'empty', label: 'No post-mortems in the workspace.', icon: 'info', tooltip: 'Post-mortems are markdown files matching postmortem.files.include, with postmortem front matter, or whose title reads "# Post-Mortem: …".' });
    return nodes;
  }
  if (!entries.length) {
    nodes.push({ id: 'none', label: `No action items in ${plural(result.documents.length, 'post-mortem')}.`, icon: 'info' });
    return nodes;
  }
  for (const g of groupsOf(entries, grouping, today)) {
    const overdue = g.entries.some((e) => e.state === 'overdue');
    nodes.push({
      id: `group:${grouping}:${g.key}`,
      label: g.label,
      description: g.description,
      ...(g.tooltip ? { tooltip: g.tooltip } : {}),
      ...(overdue ? OVERDUE : g.flagged ? FLAGGED : g.entries.every((e) => e.state === 'done') ? DONE : { icon: grouping === 'owner' ? 'person' : grouping === 'week' ? 'calendar' : 'file' }),
      expanded: overdue || g.flagged || g.entries.some((e) => e.state === 'open'),
      children: g.entries.map((e) => itemNode(e, grouping)),
    });
  }
  return nodes;
}

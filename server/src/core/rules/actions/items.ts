// The action-items table as the actions and follow-up rules read it: the tables of the Action
// Items section (and any table the model typed as actions), their columns, and per-row access to
// the Action, Owner, Due Date and Success Metric cells. Also the shared date and severity
// lookups (incident Date, severity resolved through the alias map) those rules need.
import { memoByText } from '../../memo';
import type { Cell, PostMortem, Row, Section, Table } from '../../model';
import { allBlocks } from '../../model';
import type { ResolvedConfig } from '../../config';
import { ACTION_COLUMNS, matchColumn, type ActionColumn } from '../../template';
import { parseDate } from '../../dates';
import { words } from '../../phrases';
import { gazetteer, isPersonName, isHandRoleNoun, isTeamNoun, isPeopleQuantifier, isPersonPronoun } from '../../people';
import { hasPlaceholder } from '../structure/placeholder-text';

export const REQUIRED_COLUMNS: ActionColumn[] = ['action', 'owner', 'due', 'metric'];

export interface ActionTable {
  table: Table;
  /** Column ids by position, matched from the header (also for tables the model typed "other"). */
  columns: (ActionColumn | undefined)[];
  index(id: ActionColumn): number;
  /** Data rows that hold an action item (template rows of `...` and blank rows are left out). */
  items: ActionRow[];
}

export interface ActionRow {
  row: Row;
  table: ActionTable;
  /** The cell of a column, when the column exists and the row has that cell. */
  cell(id: ActionColumn): Cell | undefined;
  /** Whether the column exists in the table at all (a missing column is actions-table's). */
  has(id: ActionColumn): boolean;
}

const tableCache = new WeakMap<PostMortem, ActionTable[]>();

function columnsOf(table: Table): (ActionColumn | undefined)[] {
  return table.header.cells.map((c) => matchColumn(ACTION_COLUMNS, c.raw.replace(/\*\*|__|`/g, '')));
}

/** Every table of the Action Items section (subsections included) that has an action column,
 *  plus tables the model typed as action tables elsewhere. */
export function actionTables(model: PostMortem): ActionTable[] {
  const hit = tableCache.get(model);
  if (hit) return hit;
  const section = model.section('action-items');
  const inSection = new Set(section ? allBlocks(section).filter((b) => b.table).map((b) => b.table!) : []);
  const out: ActionTable[] = [];
  for (const table of model.tables) {
    const columns = columnsOf(table);
    if (!(inSection.has(table) && columns.some(Boolean)) && table.kind !== 'actions') continue;
    const at: ActionTable = { table, columns, index: (id) => columns.indexOf(id), items: [] };
    for (const row of table.rows) {
      if (row.cells.every((c) => isBlank(c.raw) || /^(\.\.\.|…)$/.test(c.raw))) continue;
      at.items.push({
        row,
        table: at,
        has: (id) => columns.includes(id),
        cell: (id) => {
          const i = columns.indexOf(id);
          return i < 0 ? undefined : row.cells[i];
        },
      });
    }
    out.push(at);
  }
  tableCache.set(model, out);
  return out;
}

/** All action rows of the document. */
export function actionRows(model: PostMortem): ActionRow[] {
  return actionTables(model).flatMap((t) => t.items);
}

export function actionSection(model: PostMortem): Section | undefined {
  return model.section('action-items');
}

/** Cell text with markdown emphasis, code ticks and link syntax removed, trimmed. */
export const plain = memoByText((raw: string): string =>
  raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\*\*|__|~~|`/g, '')
    .replace(/(^|\s)[*_]+|[*_]+(?=\s|$)/g, '$1')
    .replace(/\\([\\|*_[\]])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim(),
);

/** An empty cell, or a dash or "n/a" standing for nothing. */
export function isBlank(raw: string): boolean {
  return /^(|-+|—|–|n\/?a|none|\s*)$/i.test(plain(raw));
}

/**
 * A template placeholder in the cell (`[Name]`, TBD, TODO, ???, `<name>`, `...`), as
 * `placeholder-text` recognises it, asked of that rule itself. Such a cell is reported once, by
 * `placeholder-text`; the actions rules treat it as filled and stay silent (catalogue §4.5).
 */
export function isPlaceholder(raw: string): boolean {
  return hasPlaceholder(raw) || /^(\.\.\.|…)$/.test(raw.trim());
}

/** The incident Date from the header, as ISO, when it parses. */
export function incidentDate(model: PostMortem, config: ResolvedConfig): string | undefined {
  const f = model.field('date');
  return f ? parseDate(f.value, config.date.order)?.iso : undefined;
}

const squash = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * The header Severity on the configured scale: a value as written ("High"), or resolved through
 * `severity.aliases` ("SEV2" → High, "Sev 2" → High). Undefined when it cannot be resolved.
 */
export function resolvedSeverity(model: PostMortem, config: ResolvedConfig): string | undefined {
  const f = model.field('severity');
  if (!f) return undefined;
  const value = plain(f.value);
  const candidates = [value, value.split(/[\s(,;:—–]+/)[0]];
  for (const c of candidates) {
    if (!c) continue;
    const v = config.severity.values.find((x) => squash(x) === squash(c));
    if (v) return v;
    const alias = Object.keys(config.severity.aliases).find((k) => squash(k) === squash(c));
    if (alias) return config.severity.aliases[alias];
  }
  return undefined;
}

/** Days allowed between the incident and an item's due date for a severity; null = no SLO. */
export function dueSloDays(severity: string, config: ResolvedConfig): number | null {
  const key = Object.keys(config.actions.dueSloDays).find((k) => squash(k) === squash(severity));
  return key === undefined ? null : config.actions.dueSloDays[key];
}

/** The item's due date as ISO, when its Due Date cell holds a parseable date. */
export function dueDateOf(item: ActionRow, config: ResolvedConfig): { iso: string; cell: Cell; start: number; end: number } | undefined {
  const cell = item.cell('due');
  if (!cell || isBlank(cell.raw) || isPlaceholder(cell.raw)) return undefined;
  const d = parseDate(cell.raw, config.date.order);
  if (!d) return undefined;
  return { iso: d.iso, cell, start: cell.span.start + d.start, end: cell.span.start + d.end };
}

// --- Status ------------------------------------------------------------------------------
// The convention (README, "Action item status"): a Status column says it (Done, Closed, …, or a
// `[x]` checkbox); without one, a `[x]` / `[ ]` checkbox at the start of the Action cell, or a
// cell that reads "Done" (optionally with a date), marks the row.

const CHECK_MARK = '(?:\u2705|\u2714\uFE0F?|\u2611\uFE0F?)';
/** Status-column values that close an item: finished, or no longer to be done. */
const CLOSED_STATUS = new RegExp(`^(?:${CHECK_MARK}\\s*)?(?:done|closed|complete|completed|resolved|fixed|shipped|merged|cancell?ed|dropped|obsolete|won['’]?t (?:do|fix))\\b|^${CHECK_MARK}\\s*$`, 'i');
/** Outside a Status column only a cell that is just "Done" counts ("Done when …" is a metric). */
const DONE_CELL = new RegExp(`^(?:${CHECK_MARK}\\s*)?done(?:\\s*(?:[(:,–—-].*|\\d{4}-\\d{2}-\\d{2}.*))?$|^${CHECK_MARK}\\s*$`, 'i');
const CHECKBOX = /^\[([ xX])\](?=\s|$)/;

/** A `[x]` or `[ ]` task checkbox at the start of a cell, with its length. */
export function leadingCheckbox(text: string): { checked: boolean; length: number } | undefined {
  const m = CHECKBOX.exec(text.trimStart());
  return m ? { checked: m[1] !== ' ', length: text.length - text.trimStart().length + m[0].length } : undefined;
}

export interface ActionStatus {
  done: boolean;
  /** What the row says, as written: the Status cell, `[x]`/`[ ]`, or the "Done" cell. */
  text?: string;
}

/** The item's status by the convention above; an item that says nothing is open. */
export function statusOf(item: ActionRow): ActionStatus {
  const status = item.cell('status');
  if (status) {
    const text = plain(status.raw);
    const box = leadingCheckbox(text);
    if (box) return { done: box.checked, text };
    return isBlank(status.raw) ? { done: false } : { done: CLOSED_STATUS.test(text), text };
  }
  const action = item.cell('action');
  const box = action ? leadingCheckbox(action.raw) : undefined;
  if (box) return { done: box.checked, text: box.checked ? '[x]' : '[ ]' };
  for (const [i, cell] of item.row.cells.entries()) {
    if (item.table.columns[i] === 'action') continue;
    if (isDoneCell(cell.raw)) return { done: true, text: plain(cell.raw) };
  }
  return { done: false };
}

/** A cell that only marks the row done ("Done", "Done 2026-11-03", "✅"), outside a Status column. */
export function isDoneCell(raw: string): boolean {
  return DONE_CELL.test(plain(raw));
}

/** A finished (or closed) item: due-date checks then have nothing to plan. */
export function isDone(item: ActionRow): boolean {
  return statusOf(item).done;
}

/** The span a cell finding covers: the cell's text, or for an empty cell its position in the row. */
export function cellSpan(cell: Cell): { start: number; end: number } {
  if (cell.span.end > cell.span.start) return cell.span;
  // An empty cell: its pipe and padding, so the editor has something to underline.
  return cell.outerSpan.end > cell.outerSpan.start ? cell.outerSpan : { start: cell.span.start, end: cell.span.start };
}

// --- People-targeted text ---------------------------------------------------------------
// `people-targeted-action` (a blame rule, another family) reports actions and metrics that try
// to fix people. The actions rules must not report the same cell again, so they recognise that
// shape with this small check and stay silent (catalogue §2.8, §4.5).

export const PEOPLE_FAULT_NOUNS = ['mistake', 'mistakes', 'slip', 'slips', 'oversight', 'oversights', 'carelessness', 'sloppiness', 'negligence'];
export const PEOPLE_ACTION_PHRASES = [
  'be careful', 'be more careful', 'be vigilant', 'be more vigilant', 'pay attention', 'pay more attention', 'pay closer attention',
  'double-check', 'double check', 'triple-check', 'remind', 'retrain', 're-train', 're-educate', 'reeducate', 'needs to learn',
  'hold accountable', 'accountable', 'discipline', 'reprimand', 'performance conversation', 'try harder', 'be more thorough',
  'take more care', 'take care', 'human error', 'human errors', 'remember', 'remembers', 'be aware', 'are aware', 'is aware',
];

/** A matcher for a phrase list, tokenised once: (words of a text) → does any phrase occur. */
export function phraseMatcher(phrases: string[]): (tokens: string[]) => string | undefined {
  const lists = phrases.map((p) => ({ phrase: p, words: words(p).map((w) => w.word) })).filter((p) => p.words.length);
  return (tokens) => {
    for (const { phrase, words: p } of lists) {
      outer: for (let i = 0; i + p.length <= tokens.length; i++) {
        for (let k = 0; k < p.length; k++) if (tokens[i + k] !== p[k]) continue outer;
        return phrase;
      }
    }
    return undefined;
  };
}

const peopleActionMatch = phraseMatcher(PEOPLE_ACTION_PHRASES);

/** True when the text asks people to behave differently, or measures people instead of systems. */
export function isPeopleTargeted(text: string, model: PostMortem): boolean {
  const tokens = words(text);
  const norms = tokens.map((t) => t.word);
  if (norms.some((w) => PEOPLE_FAULT_NOUNS.includes(w))) return true;
  if (peopleActionMatch(norms)) return true;
  // "Eli completes the training", "engineers know the runbook": a person as the subject. The
  // hand list of roles only: an action item opens with an imperative verb far more often than a
  // subject, and WordNet's person nouns include verbs ("Champion the rollout", "Shepherd the migration").
  const first = tokens[0];
  if (!first) return false;
  const g = gazetteer(model);
  const raw = text.slice(first.start, first.end);
  return isPersonName(raw, g) || isHandRoleNoun(first.word) || isPeopleQuantifier(first.word) || isPersonPronoun(first.word) || (isTeamNoun(first.word) && first.word !== 'ops');
}

// A document's health at a glance (catalogue §6.7), for the sidebar: which template sections are
// present, findings by category with the first of each, timeline rows with and without
// Information Available, action items and what they lack, days to the Follow-Up Review and the
// facilitator check. Pure: the server computes it from the model and the findings it already has.
import type { PostMortem, Row, Table } from './model';
import type { Category, Finding, Span } from './types';
import type { ResolvedConfig } from './config';
import type { Position, Range } from './text';
import { describeSelection, type TemplateSelection } from './templates/index';
import { isMissing, sectionFor } from './templates/document';
import { daysBetween, parseDate } from './dates';
import { cellText } from './export';
import { actionItemsOf } from './action-items';

export const HEALTH_CATEGORIES: Category[] = ['blame', 'structure', 'timeline', 'actions', 'follow-up', 'language'];

export interface HealthSection {
  /** The section's id in the document's template profile. */
  id: string;
  title: string;
  present: boolean;
  /** False for a section the template offers but does not require (Google's Trigger). */
  required: boolean;
  /** The heading as written, when present (it may be an alias). */
  heading?: string;
  alias: boolean;
  /** The heading's range (0-based line/character) and offsets. */
  range?: Range;
  span?: Span;
  line?: number;
}

export interface HealthFindingRef {
  ruleId: string;
  message: string;
  severity: Finding['severity'];
  range: Range;
  line: number;
}

export interface HealthCategory {
  category: Category;
  count: number;
  errors: number;
  warnings: number;
  /** The first finding of this category in document order, to reveal. */
  first?: HealthFindingRef;
}

export interface HealthRuleCount {
  count: number;
  first: HealthFindingRef;
}

export interface HealthTimeline {
  present: boolean;
  /** False when the timeline is a list or paragraphs (timeline-not-table). */
  table: boolean;
  rows: number;
  withInfo: number;
  withoutInfo: number;
  /** The first row whose Information Available cell is empty. */
  firstWithoutInfo?: { line: number; range: Range };
  range?: Range;
}

export interface HealthActionItem {
  action: string;
  owner: string;
  due: string;
  metric: string;
  /** The due date as ISO when it parses. */
  dueIso?: string;
  /** Days from today to the due date (negative = past it). */
  daysToDue?: number;
  /** Finished or closed, by the table's status convention: never overdue. */
  done: boolean;
  missing: ('owner' | 'due' | 'metric')[];
  line: number;
  range: Range;
}

export interface HealthActions {
  present: boolean;
  total: number;
  withOwner: number;
  withDue: number;
  withMetric: number;
  items: HealthActionItem[];
  /** Items whose Owner or Due Date is empty or a placeholder. */
  missingOwnerOrDate: HealthActionItem[];
}

export interface HealthFollowUp {
  present: boolean;
  /** The "Scheduled for" value as written. */
  scheduled?: string;
  scheduledIso?: string;
  /** Days from today to the review (negative = in the past). */
  daysToReview?: number;
  /** Days from the incident Date to the review. */
  daysAfterIncident?: number;
  range?: Range;
}

export interface HealthFacilitator {
  name?: string;
  /** ok: named and not in the timeline; involved: facilitator-involved fired; missing: no name. */
  status: 'ok' | 'involved' | 'missing';
  range?: Range;
}

/** The template profile the document is checked against (detected or named). */
export interface HealthTemplate {
  id: string;
  name: string;
  how: TemplateSelection['how'];
  /** "Google SRE (detected from 8 headings)". */
  description: string;
  /** The headings detection matched. */
  matched: string[];
  source?: string;
}

export interface DocumentHealth {
  today: string;
  template: HealthTemplate;
  title?: string;
  /** The incident Date as ISO, when it parses: checklists' due dates are relative to it. */
  incidentDate?: string;
  severity?: string;
  sections: HealthSection[];
  findings: { total: number; byCategory: HealthCategory[]; byRule: Record<string, HealthRuleCount> };
  timeline: HealthTimeline;
  actions: HealthActions;
  followUp: HealthFollowUp;
  facilitator: HealthFacilitator;
  /** Names in the timeline missing from Participants (participant-missing), as written. */
  participantsMissing: { name: string; line: number; range: Range }[];
}

/** An empty cell, a dash, n/a, ?, TBD or a `[...]` placeholder: nothing written yet. */
export function isBlankCell(text: string): boolean {
  const t = text.trim();
  return t === '' || /^(?:-+|—|–|n\/?a|\?+|tbd|tba|todo|none|\.\.\.|…)$/i.test(t) || /^\[[^\]]*\]$/.test(t) || /^<[a-z ]+>$/i.test(t);
}

export function documentHealth(model: PostMortem, findings: Finding[], config: ResolvedConfig, today: string): DocumentHealth {
  const lines = model.lines;
  const range = (span: Span): Range => lines.rangeOf(span);
  const at = (offset: number): Position => lines.positionAt(offset);

  // The template's sections: the required ones, and the optional ones the document has.
  const profile = model.template.profile;
  const sections: HealthSection[] = profile.sections.flatMap((spec): HealthSection[] => {
    const s = sectionFor(model, spec);
    if (!s) return spec.required ? [{ id: spec.id, title: spec.title, present: !isMissing(model, spec), required: true, alias: false }] : [];
    return [{ id: spec.id, title: spec.title, present: true, required: spec.required, heading: s.heading.text, alias: s.alias, range: range(s.heading.span), span: { ...s.heading.span }, line: at(s.heading.span.start).line }];
  });
  const template: HealthTemplate = {
    id: profile.id,
    name: profile.name,
    how: model.template.how,
    description: describeSelection(model.template),
    matched: model.template.matched,
    ...(profile.source ? { source: profile.source } : {}),
  };

  const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const byCategory: HealthCategory[] = HEALTH_CATEGORIES.map((category) => {
    const mine = sorted.filter((f) => f.category === category);
    const first = mine[0];
    return {
      category,
      count: mine.length,
      errors: mine.filter((f) => f.severity === 'error').length,
      warnings: mine.filter((f) => f.severity === 'warning').length,
      ...(first ? { first: { ruleId: first.ruleId, message: first.message, severity: first.severity, range: range(first), line: at(first.start).line } } : {}),
    };
  });

  const byRule: Record<string, HealthRuleCount> = {};
  for (const f of sorted) {
    const entry = byRule[f.ruleId];
    if (entry) entry.count++;
    else byRule[f.ruleId] = { count: 1, first: { ruleId: f.ruleId, message: f.message, severity: f.severity, range: range(f), line: at(f.start).line } };
  }

  const dateField = model.field('date');
  const incidentDate = dateField && dateField.value ? parseDate(dateField.value, config.date.order)?.iso : undefined;
  const severity = model.field('severity')?.value || undefined;

  return {
    today,
    template,
    ...(model.title ? { title: model.title.text } : {}),
    ...(incidentDate ? { incidentDate } : {}),
    ...(severity ? { severity } : {}),
    sections,
    findings: { total: findings.length, byCategory, byRule },
    timeline: timelineHealth(model, range),
    actions: actionsHealth(model, config, today),
    followUp: followUpHealth(model, config, today, incidentDate, range),
    facilitator: facilitatorHealth(model, findings, range),
    participantsMissing: sorted
      .filter((f) => f.ruleId === 'participant-missing')
      .map((f) => ({ name: model.source.slice(f.start, f.end), line: at(f.start).line, range: range(f) })),
  };
}

function tablesOf(model: PostMortem, kind: Table['kind']): Table[] {
  return model.tables.filter((t) => t.kind === kind);
}

function cellOf(row: Row, table: Table, column: Parameters<Table['columnIndex']>[0]): string {
  const i = table.columnIndex(column);
  if (i < 0) return '';
  const cell = row.cells[i];
  return cell ? cellText(cell.raw) : '';
}

function isEmptyRow(row: Row): boolean {
  return row.cells.every((c) => c.raw.trim() === '');
}

function timelineHealth(model: PostMortem, range: (s: Span) => Range): HealthTimeline {
  const section = model.section('timeline');
  const tables = tablesOf(model, 'timeline');
  let rows = 0;
  let withInfo = 0;
  let firstWithoutInfo: HealthTimeline['firstWithoutInfo'];
  for (const table of tables) {
    for (const row of table.rows) {
      if (isEmptyRow(row)) continue;
      rows++;
      if (table.columnIndex('info') >= 0 && !isBlankCell(cellOf(row, table, 'info'))) withInfo++;
      else if (!firstWithoutInfo) firstWithoutInfo = { line: model.lines.positionAt(row.span.start).line, range: range(row.span) };
    }
  }
  return {
    present: !!section || tables.length > 0,
    table: tables.length > 0,
    rows,
    withInfo,
    withoutInfo: rows - withInfo,
    ...(firstWithoutInfo ? { firstWithoutInfo } : {}),
    ...(section ? { range: range(section.heading.span) } : {}),
  };
}

function actionsHealth(model: PostMortem, config: ResolvedConfig, today: string): HealthActions {
  const items: HealthActionItem[] = actionItemsOf(model, config).map((item) => ({
    action: item.row.action,
    owner: item.row.owner,
    due: item.row.due,
    metric: item.row.metric,
    ...(item.dueIso ? { dueIso: item.dueIso, daysToDue: daysBetween(today, item.dueIso) } : {}),
    done: item.done,
    missing: item.missing,
    line: item.line,
    range: item.range,
  }));
  return {
    present: !!model.section('action-items') || items.length > 0,
    total: items.length,
    withOwner: items.filter((i) => !i.missing.includes('owner')).length,
    withDue: items.filter((i) => !i.missing.includes('due')).length,
    withMetric: items.filter((i) => !i.missing.includes('metric')).length,
    items,
    missingOwnerOrDate: items.filter((i) => i.missing.includes('owner') || i.missing.includes('due')),
  };
}

function followUpHealth(model: PostMortem, config: ResolvedConfig, today: string, incidentDate: string | undefined, range: (s: Span) => Range): HealthFollowUp {
  const section = model.section('follow-up-review');
  if (!section) return { present: false };
  const blocks = [section, ...section.children].flatMap((s) => s.blocks);
  const field = blocks.flatMap((b) => b.fields).find((f) => /^scheduled(?: for)?$|^date$|^review date$/i.test(f.label.trim()));
  let scheduled = field?.value;
  let span: Span = field ? field.lineSpan : section.heading.span;
  if (!field) {
    // A bare date in the section ("2026-12-01") also counts as the schedule.
    for (const b of blocks) {
      const text = model.source.slice(b.span.start, b.span.end);
      const d = parseDate(text, config.date.order);
      if (d) {
        scheduled = text.slice(d.start, d.end);
        span = { start: b.span.start + d.start, end: b.span.start + d.end };
        break;
      }
    }
  }
  const scheduledIso = scheduled && !isBlankCell(scheduled) ? parseDate(scheduled, config.date.order)?.iso : undefined;
  return {
    present: true,
    ...(scheduled !== undefined ? { scheduled } : {}),
    ...(scheduledIso ? { scheduledIso, daysToReview: daysBetween(today, scheduledIso) } : {}),
    ...(scheduledIso && incidentDate ? { daysAfterIncident: daysBetween(incidentDate, scheduledIso) } : {}),
    range: range(span),
  };
}

function facilitatorHealth(model: PostMortem, findings: Finding[], range: (s: Span) => Range): HealthFacilitator {
  const field = model.field('facilitator');
  const involved = findings.find((f) => f.ruleId === 'facilitator-involved');
  const name = field && !isBlankCell(field.value) ? field.value : undefined;
  if (involved) return { ...(name ? { name } : {}), status: 'involved', range: range(involved) };
  if (!name) return { status: 'missing', ...(field ? { range: range(field.lineSpan) } : {}) };
  return { name, status: 'ok', range: range(field!.valueSpan) };
}

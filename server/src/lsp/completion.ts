// Completion: header field names and values, missing section headings in template order, owners
// already named in the Owner column, and dates (today, incident date + 14/21/28 days). Everything
// is computed from the model; nothing here re-parses markdown beyond the cursor's own line.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position, type Range } from 'vscode-languageserver';
import type { ResolvedConfig } from '../core/config';
import { addDays, parseDate } from '../core/dates';
import { cellText } from '../core/export';
import { parseFieldLine, type PostMortem } from '../core/model';
import { headerFieldForLabel } from '../core/template';
import { hasField, sectionFor } from '../core/templates/document';

export const COMPLETION_TRIGGERS = ['#', '|', ':', '*'];

function incidentDate(model: PostMortem, config: ResolvedConfig): string | undefined {
  const value = model.field('date')?.value;
  return value ? parseDate(value, config.date.order)?.iso : undefined;
}

function dateItems(model: PostMortem, config: ResolvedConfig, today: string, range: Range, withIncident: boolean): CompletionItem[] {
  const items: CompletionItem[] = [{ label: today, detail: 'today', kind: CompletionItemKind.Value, textEdit: { range, newText: today }, sortText: '0' }];
  const incident = incidentDate(model, config);
  if (incident && withIncident) {
    for (const days of [14, 21, 28]) {
      const d = addDays(incident, days);
      items.push({ label: d, detail: `incident date + ${days} days`, kind: CompletionItemKind.Value, textEdit: { range, newText: d }, sortText: `1${days}` });
    }
  }
  // One date can appear twice (today = incident + 14): keep the first.
  return items.filter((item, i) => items.findIndex((x) => x.label === item.label) === i);
}

/** Names in the Owner column of the action items, then people in the header. */
function ownerNames(model: PostMortem): { owners: string[]; people: string[] } {
  const owners: string[] = [];
  for (const table of model.tables) {
    if (table.kind !== 'actions') continue;
    const col = table.columnIndex('owner');
    if (col < 0) continue;
    for (const row of table.rows) {
      const text = cellText(row.cells[col]?.raw ?? '');
      if (text && !/^\[.*\]$/.test(text) && !owners.includes(text)) owners.push(text);
    }
  }
  const people: string[] = [];
  for (const id of ['facilitator', 'participants'] as const) {
    const value = model.field(id)?.value ?? '';
    for (const part of value.replace(/\([^)]*\)/g, '').split(/[,;]|\band\b/)) {
      const name = part.trim();
      if (name && !/^\[.*\]$/.test(name) && !owners.includes(name) && !people.includes(name)) people.push(name);
    }
  }
  return { owners, people };
}

/** The index of the table column the cursor is in, counting unescaped pipes before it. */
function columnAt(lineText: string, character: number): { column: number; cellStart: number } | undefined {
  const before = lineText.slice(0, character);
  const leading = /^\s*\|/.test(lineText);
  let pipes = 0;
  let last = -1;
  for (let i = 0; i < before.length; i++) {
    if (before[i] === '\\') {
      i++;
      continue;
    }
    if (before[i] === '|') {
      pipes++;
      last = i;
    }
  }
  const column = leading ? pipes - 1 : pipes;
  if (column < 0) return undefined;
  let cellStart = last + 1;
  while (cellStart < character && /\s/.test(lineText[cellStart])) cellStart++;
  return { column, cellStart };
}

export function completionsAt(model: PostMortem, config: ResolvedConfig, today: string, position: Position): CompletionItem[] {
  const lines = model.lines;
  if (position.line >= lines.lineCount) return [];
  const lineText = lines.lineText(position.line);
  const lineStart = lines.lineStarts[position.line];
  const prefix = lineText.slice(0, position.character);
  const at = (start: number, end = position.character): Range => ({ start: { line: position.line, character: start }, end: { line: position.line, character: end } });

  // A heading: the template sections the document lacks, in template order.
  const heading = /^(\s{0,3})#{1,2}(\s*[^#]*)$/.exec(prefix);
  if (heading) {
    const missing = model.template.profile.sections.filter((s) => !sectionFor(model, s));
    return missing.map((s, i) => ({
      label: s.title,
      kind: CompletionItemKind.Module,
      detail: `${model.template.profile.name} section${s.required ? '' : ' (optional)'}`,
      documentation: s.guidance,
      filterText: `## ${s.title}`,
      sortText: String(i).padStart(2, '0'),
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range: at(heading[1].length, lineText.length), newText: s.skeleton.replace(/\n$/, '').replace(/\n/g, lines.eol) },
    }));
  }

  // A table cell in the action items: owners and due dates.
  const table = model.tables.find((t) => t.rows.some((r) => r.line === position.line));
  if (table) {
    const cell = columnAt(lineText, position.character);
    if (!cell) return [];
    const id = table.columns[cell.column];
    const range = at(cell.cellStart);
    if (table.kind === 'actions' && id === 'owner') {
      const { owners, people } = ownerNames(model);
      return [
        ...owners.map((name, i) => ({ label: name, kind: CompletionItemKind.Text, detail: 'owner in this document', sortText: `0${String(i).padStart(3, '0')}`, textEdit: { range, newText: name } })),
        ...people.map((name, i) => ({ label: name, kind: CompletionItemKind.Text, detail: 'named in the header', sortText: `1${String(i).padStart(3, '0')}`, textEdit: { range, newText: name } })),
      ];
    }
    if (table.kind === 'actions' && id === 'due') return dateItems(model, config, today, range, true);
    return [];
  }

  // "Scheduled for" of the Follow-Up Review: dates 2–4 weeks after the incident.
  const scheduled = /^(\s*(?:[-*+]\s+)?(?:\*\*|__)?scheduled for(?::?(?:\*\*|__):?|:))\s*/i.exec(prefix);
  if (scheduled) return dateItems(model, config, today, at(scheduled[0].length), true);

  // Header zone: between the title and the first section.
  const firstSection = model.sections[0]?.span.start ?? Infinity;
  const titleEnd = model.title?.span.end ?? -1;
  const offset = lineStart + position.character;
  if (offset <= titleEnd || offset >= firstSection) return [];

  const field = parseFieldLine(lineText, lineStart, true);
  if (field && offset >= field.valueSpan.start - (field.value ? 0 : 1) && offset > field.labelSpan.end) {
    const spec = headerFieldForLabel(field.label)?.spec;
    const valueStart = Math.min(field.valueSpan.start - lineStart, position.character);
    const range = at(valueStart, Math.max(position.character, field.valueSpan.end - lineStart));
    if (spec?.id === 'severity') {
      return config.severity.values.map((v, i) => ({ label: v, kind: CompletionItemKind.EnumMember, detail: 'severity', sortText: String(i).padStart(2, '0'), textEdit: { range, newText: v } }));
    }
    if (spec?.id === 'date') return dateItems(model, config, today, range, false);
    if (spec?.id === 'facilitator' || spec?.id === 'participants') {
      const { owners, people } = ownerNames(model);
      return [...people, ...owners].map((name) => ({ label: name, kind: CompletionItemKind.Text, textEdit: { range, newText: name } }));
    }
    return [];
  }
  const label = /^(\s*(?:[-*+]\s+)?)(\*{0,2}[A-Za-z ]*)$/.exec(prefix);
  if (!label) return [];
  return model.template.profile.header.filter((f) => !hasField(model, f)).map((f, i) => ({
    label: f.label,
    kind: CompletionItemKind.Field,
    detail: 'header field',
    documentation: f.guidance,
    filterText: `**${f.label}**`,
    sortText: String(i).padStart(2, '0'),
    textEdit: { range: at(label[1].length), newText: `**${f.label}**: ` },
  }));
}

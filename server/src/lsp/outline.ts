// Document symbols (header, sections with their subsections, tables) and folding ranges
// (sections, tables), read from the model.
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import type { PostMortem, Section, Table } from '../core/model';
import type { Span } from '../core/types';

const TABLE_NAMES = { timeline: 'Timeline table', actions: 'Action items table', other: 'Table' };

/** The span without trailing blank lines, so a section's range ends at its last text. */
function trimmed(model: PostMortem, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(model.source[end - 1])) end--;
  return { start: span.start, end: Math.max(end, span.start) };
}

/** A symbol's full range: trimmed, but always containing its selection range (LSP requires it). */
function fullRange(model: PostMortem, span: Span, selection: Span): Span {
  const t = trimmed(model, span);
  return { start: Math.min(t.start, selection.start), end: Math.max(t.end, selection.end) };
}

function tableSymbol(model: PostMortem, table: Table): DocumentSymbol {
  const rows = table.rows.length;
  return {
    name: TABLE_NAMES[table.kind],
    detail: `${rows} row${rows === 1 ? '' : 's'}`,
    kind: SymbolKind.Array,
    range: model.lines.rangeOf(fullRange(model, table.span, table.header.span)),
    selectionRange: model.lines.rangeOf(table.header.span),
  };
}

function sectionSymbol(model: PostMortem, section: Section): DocumentSymbol {
  const children: DocumentSymbol[] = [];
  const childSections = [...section.children];
  const ownTables = model.tables.filter((t) => t.section === section);
  // Tables and subsections in document order.
  const items: { start: number; symbol: () => DocumentSymbol }[] = [
    ...childSections.map((s) => ({ start: s.span.start, symbol: () => sectionSymbol(model, s) })),
    ...ownTables.map((t) => ({ start: t.span.start, symbol: () => tableSymbol(model, t) })),
  ].sort((a, b) => a.start - b.start);
  for (const item of items) children.push(item.symbol());
  return {
    name: section.heading.text || '(untitled section)',
    ...(section.id && section.alias ? { detail: 'template section (alias)' } : section.id ? { detail: 'template section' } : {}),
    kind: section.depth <= 2 ? SymbolKind.Namespace : SymbolKind.Module,
    range: model.lines.rangeOf(fullRange(model, section.span, section.heading.span)),
    selectionRange: model.lines.rangeOf(section.heading.span),
    children,
  };
}

export function documentSymbols(model: PostMortem): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  if (model.title) {
    out.push({ name: model.title.text || 'Title', detail: 'title', kind: SymbolKind.File, range: model.lines.rangeOf(model.title.span), selectionRange: model.lines.rangeOf(model.title.span) });
  }
  const fields = model.header.filter((h) => h.form !== 'frontmatter');
  if (fields.length) {
    const span = { start: Math.min(...fields.map((f) => f.lineSpan.start)), end: Math.max(...fields.map((f) => f.lineSpan.end)) };
    out.push({
      name: 'Header',
      kind: SymbolKind.Struct,
      range: model.lines.rangeOf(span),
      selectionRange: model.lines.rangeOf(fields[0].lineSpan),
      children: fields.map((f) => ({ name: f.label, detail: f.value, kind: SymbolKind.Field, range: model.lines.rangeOf(f.lineSpan), selectionRange: model.lines.rangeOf(f.labelSpan) })),
    });
  }
  // Tables outside any section (in the preamble) still show.
  for (const t of model.tables) if (!t.section) out.push(tableSymbol(model, t));
  for (const s of model.topSections) out.push(sectionSymbol(model, s));
  return out;
}

export function foldingRanges(model: PostMortem): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (span: Span, kind?: string) => {
    const t = trimmed(model, span);
    const startLine = model.lines.positionAt(t.start).line;
    const endLine = model.lines.positionAt(t.end).line;
    if (endLine > startLine) out.push({ startLine, endLine, ...(kind ? { kind } : {}) });
  };
  for (const s of model.sections) add(s.span);
  for (const t of model.tables) add(t.span, FoldingRangeKind.Region);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

// Code lenses over the timeline and action-items tables: row count, problems in the table, and
// "Sort chronologically" when the timeline is out of order (runs the timeline-order fix).
import type { CodeLens } from 'vscode-languageserver';
import type { PostMortem, Table } from '../core/model';
import type { Finding, Fix } from '../core/types';
import { ServerCommands } from './protocol';

export const TIMELINE_ORDER = 'timeline-order';

/** The fix that sorts a timeline: a "sort" fix of a timeline-order finding, else its preferred one. */
export function sortFixOf(findings: Finding[], table: Table): Fix | undefined {
  const here = findings.filter((f) => f.ruleId === TIMELINE_ORDER && f.start >= table.span.start && f.start < table.span.end);
  const fixes = here.flatMap((f) => f.fixes);
  return fixes.find((f) => /sort|chronolog/i.test(f.title)) ?? fixes.find((f) => f.preferred) ?? fixes[0];
}

export function codeLenses(model: PostMortem, findings: Finding[], uri: string, version: number): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const table of model.tables) {
    if (table.kind === 'other') continue;
    const range = model.lines.rangeOf(table.header.span);
    const rows = table.rows.filter((r) => r.cells.some((c) => c.raw !== ''));
    const problems = findings.filter((f) => f.start >= table.span.start && f.start < table.span.end);
    const what = table.kind === 'timeline' ? 'event' : 'action item';
    const parts = [`${rows.length} ${what}${rows.length === 1 ? '' : 's'}`];
    parts.push(problems.length ? `${problems.length} problem${problems.length === 1 ? '' : 's'}` : 'no problems');
    // An informational lens: an empty command id renders as plain text in VS Code.
    lenses.push({ range, command: { title: parts.join(' · '), command: problems.length ? 'workbench.actions.view.problems' : '' } });
    if (table.kind === 'timeline' && sortFixOf(findings, table)) {
      lenses.push({ range, command: { title: 'Sort chronologically', command: ServerCommands.sortTimeline, arguments: [uri, version, table.span.start] } });
    }
  }
  return lenses;
}

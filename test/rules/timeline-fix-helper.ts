// Shared checks for the timeline rules' tests: a document around a timeline table, and the
// properties every table fix must keep (applies cleanly, fixes its finding, same rows and cells,
// nothing outside the table changed).
import assert from 'node:assert/strict';
import { buildModel, type Table } from '../../server/src/core/model';
import type { Finding, Fix } from '../../server/src/core/types';
import { applyFix, findingsOf } from '../helpers/lint';

export const HEADER = '| Time | Event | Information Available | Decision/Action Taken |\n|---|---|---|---|';

/** A post-mortem whose timeline table has these body rows (one string per row). */
export function timelineDoc(rows: string[], options: { note?: string; header?: string; duration?: string; date?: string } = {}): string {
  const note = options.note ?? 'All times UTC.';
  return [
    '# Post-Mortem: test',
    `**Date**: ${options.date ?? '2026-03-02'}  `,
    '**Facilitator**: Ann Lee  ',
    '**Participants**: Ann Lee, Bo Chen  ',
    '**Severity**: High  ',
    `**Duration**: ${options.duration ?? '20 minutes'}`,
    '',
    '## Timeline of Events',
    ...(note ? [note, ''] : []),
    options.header ?? HEADER,
    ...rows,
    '',
    '## Key Learnings',
    '- Alerts on queue age would page earlier.',
    '',
  ].join('\n');
}

export function timelineTable(md: string): Table {
  const model = buildModel(md);
  const t = model.tables.find((x) => x.section?.id === 'timeline') ?? model.tables[0];
  assert.ok(t, 'no table in the document');
  return t;
}

/** The only finding of the rule that has a fix with this title (or any fix). */
export function fixOf(ruleId: string, md: string, title?: string | RegExp): { finding: Finding; fix: Fix } {
  for (const finding of findingsOf(ruleId, md)) {
    const fix = finding.fixes.find((f) => !title || (typeof title === 'string' ? f.title === title : title.test(f.title)));
    if (fix) return { finding, fix };
  }
  throw new Error(`no ${ruleId} finding with a fix ${title ?? ''}`);
}

/**
 * Applies a fix to a table and checks the invariants. `cellDelta` is the number of cells each
 * row gains (added columns). Returns the fixed text.
 */
export function checkTableFix(ruleId: string, md: string, fix: Fix, finding: Finding, cellDelta = 0): string {
  const before = timelineTable(md);
  const out = applyFix(md, fix);
  assert.notEqual(out, md, 'the fix changed nothing');
  const after = timelineTable(out);
  assert.equal(after.rows.length, before.rows.length, 'row count changed');
  assert.deepEqual(
    after.rows.map((r) => r.cells.length).sort(),
    before.rows.map((r) => r.cells.length + cellDelta).sort(),
    'cell counts changed',
  );
  assert.equal(after.header.cells.length, before.header.cells.length + cellDelta);
  // Nothing outside the table changed.
  assert.equal(out.slice(0, before.span.start), md.slice(0, before.span.start), 'text before the table changed');
  const tail = md.length - before.span.end;
  assert.equal(out.slice(out.length - tail), md.slice(before.span.end), 'text after the table changed');
  // The finding it fixed is gone.
  const line = (s: string, at: number) => s.slice(0, at).split('\n').length;
  const again = findingsOf(ruleId, out).filter((f) => f.message === finding.message);
  assert.deepEqual(again.map((f) => `${line(out, f.start)}: ${f.message}`), [], 'the finding is still there after the fix');
  return out;
}

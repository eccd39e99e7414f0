import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, textOf, applyFix } from '../helpers/lint';
import { buildModel } from '../../server/src/core/model';

const ID = 'action-due-missing';
const doc = (dues: string[], date = '2026-09-08') =>
  `# Post-Mortem: test\n**Date**: ${date}\n\n## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n${dues.map((d) => `| Add a CI check | Ana | ${d} | CI fails on a test change |`).join('\n')}\n\nAfter the table.\n`;

test('empty and unparseable due dates are warnings', () => {
  const md = doc(['', 'next sprint', 'Q4', 'ASAP']);
  const fs = findingsOf(ID, md);
  assert.equal(fs.length, 4);
  assert.ok(fs.every((f) => f.severity === 'warning'));
  assert.match(fs[1].message, /"next sprint" is not a date/);
});

test('ISO dates, and placeholders, are not flagged', () => {
  assert.deepEqual(findingsOf(ID, doc(['2026-09-20', '2026-09-20 (sprint 42)', '[YYYY-MM-DD]', 'TBD', 'tbd', '<date>', 'TODO', '???'])), []);
});

test('a non-ISO date: info with a safe fix to ISO that keeps the table intact', () => {
  const md = doc(['Sep 20, 2026', '21 September 2026']);
  const fs = findingsOf(ID, md);
  assert.deepEqual(fs.map((f) => [textOf(md, f), f.severity]), [['Sep 20, 2026', 'info'], ['21 September 2026', 'info']]);
  let out = md;
  for (const f of [...fs].reverse()) {
    assert.equal(f.fixes[0].safe, true);
    out = applyFix(out, f.fixes[0]);
  }
  assert.deepEqual(findingsOf(ID, out), []);
  const before = buildModel(md).tables[0];
  const after = buildModel(out).tables[0];
  assert.equal(after.rows.length, before.rows.length);
  assert.deepEqual(after.rows.map((r) => r.cells.map((c) => c.raw)), [
    ['Add a CI check', 'Ana', '2026-09-20', 'CI fails on a test change'],
    ['Add a CI check', 'Ana', '2026-09-21', 'CI fails on a test change'],
  ]);
  assert.equal(out.slice(0, before.span.start), md.slice(0, before.span.start));
  assert.equal(out.slice(after.span.end), md.slice(before.span.end));
});

test('an ambiguous numeric date gets a fix, but not a safe one', () => {
  const [f] = findingsOf(ID, doc(['10/02/2026']));
  assert.equal(f.severity, 'info');
  assert.equal(f.fixes[0].safe, false);
  assert.equal(f.fixes[0].edits[0].newText, '2026-10-02');
  const [g] = findingsOf(ID, doc(['10/02/2026']), { config: { date: { order: 'day-first' } } });
  assert.equal(g.fixes[0].edits[0].newText, '2026-02-10');
});

test('a date without a year: warning, with a suggested year after the incident (not safe)', () => {
  const [f] = findingsOf(ID, doc(['Oct 3']));
  assert.equal(f.severity, 'warning');
  assert.equal(f.fixes[0].edits[0].newText, '2026-10-03');
  assert.equal(f.fixes[0].safe, false);
  const md = doc(['Oct 3']);
  const out = applyFix(md, f.fixes[0]);
  assert.equal(out, md.replace('| Oct 3 |', '| 2026-10-03 |'));
  assert.deepEqual(findingsOf(ID, out), []);
  const [g] = findingsOf(ID, doc(['3 January'], '2026-12-20'));
  assert.equal(g.fixes[0].edits[0].newText, '2027-01-03');
});

test('no Due Date column: actions-table reports it, not this rule', () => {
  const md = '# Post-Mortem: test\n\n## Action Items\n| Action | Owner | Success Metric |\n|---|---|---|\n| Add a check | Ana | CI fails |\n';
  assert.deepEqual(findingsOf(ID, md), []);
});

test('"Done" in place of the due date marks the item finished (the status convention): nothing to plan', () => {
  assert.deepEqual(findingsOf(ID, doc(['Done', '✅ Done'])), []);
  assert.equal(findingsOf(ID, doc(['Done soon'])).length, 1, '"Done soon" is not the marker');
});

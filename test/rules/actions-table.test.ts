import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, applyFix } from '../helpers/lint';
import { buildModel } from '../../server/src/core/model';

const ID = 'actions-table';

function doc(actions: string, after = '\nTracked elsewhere.\n'): string {
  return `# Post-Mortem: test
**Date**: 2026-09-08  
**Severity**: High

## Action Items
${actions}
${after}
## Follow-Up Review
**Scheduled for**: 2026-10-06
`;
}

/** The table of the Action Items section, as rows of cell texts. */
function cellsOf(md: string): string[][] {
  const m = buildModel(md);
  const t = m.tables[0];
  return [t.header, ...t.rows].map((r) => r.cells.map((c) => c.raw));
}

/** Applies the finding's preferred fix and checks what every table fix must keep. */
function checkColumnFix(md: string, expectedHeader: string[]) {
  const [f] = findingsOf(ID, md);
  assert.ok(f, 'finding expected');
  const fix = f.fixes.find((x) => x.preferred)!;
  assert.equal(fix.safe, true);
  const out = applyFix(md, fix);
  // Re-lints clean.
  assert.deepEqual(findingsOf(ID, out), []);
  const before = buildModel(md).tables[0];
  const after = buildModel(out).tables[0];
  // Nothing outside the table changed.
  assert.equal(out.slice(0, after.span.start), md.slice(0, before.span.start));
  assert.equal(out.slice(after.span.end), md.slice(before.span.end));
  // Same rows; every old cell is still there, in the same order, with the new columns empty.
  assert.deepEqual(after.header.cells.map((c) => c.raw), expectedHeader);
  assert.equal(after.rows.length, before.rows.length);
  const added = expectedHeader.map((h, i) => (before.header.cells.some((c) => c.raw === h) ? -1 : i)).filter((i) => i >= 0);
  after.rows.forEach((row, r) => {
    const kept = row.cells.filter((_, i) => !added.includes(i)).map((c) => c.raw);
    const old = before.rows[r].cells.map((c) => c.raw);
    assert.deepEqual(kept.slice(0, old.length), old, `row ${r}`);
    for (const i of added) assert.equal(row.cells[i]?.raw ?? '', '', `row ${r} new cell ${i} is empty`);
  });
  return out;
}

test('a complete table is not flagged (extra Type/Priority/Ticket/Status columns accepted)', () => {
  const md = doc('| Action | Owner | Due Date | Success Metric | Type | Priority | Ticket | Status |\n|---|---|---|---|---|---|---|---|\n| Add a CI check for the apex record | Sofia | 2026-09-20 | CI fails on a test change | prevent | P1 | NET-1 | open |');
  assert.deepEqual(findingsOf(ID, md), []);
});

test('column aliases count: Task / Assignee / Deadline / Done when', () => {
  const md = doc('| Task | Assignee | Deadline | Done when |\n|---|---|---|---|\n| Add a CI check | Sofia | 2026-09-20 | CI fails on a test change |');
  assert.deepEqual(findingsOf(ID, md), []);
});

test('missing Due Date and Success Metric: one finding on the header, fix inserts them after Owner', () => {
  const md = doc('| Action | Owner | Ticket |\n|--------|-------|--------|\n| Page the on-call on renewal failure | Kofi | SEC-1 |\n| Look into an inventory | TBD | — |');
  const fs = findingsOf(ID, md);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /Due Date and Success Metric columns/);
  assert.equal(md.slice(fs[0].start, fs[0].end), '| Action | Owner | Ticket |');
  const out = checkColumnFix(md, ['Action', 'Owner', 'Due Date', 'Success Metric', 'Ticket']);
  assert.match(out, /\| Page the on-call on renewal failure \| Kofi \|  \|  \| SEC-1 \|/);
});

test('the per-row rules of a missing column stay silent; after the fix they run', () => {
  const md = doc('| Action | Owner |\n|---|---|\n| Add a CI check | Sofia |');
  assert.deepEqual(findingsOf('action-due-missing', md), []);
  assert.deepEqual(findingsOf('action-metric-missing', md), []);
  const out = checkColumnFix(md, ['Action', 'Owner', 'Due Date', 'Success Metric']);
  assert.equal(findingsOf('action-due-missing', out).length, 1);
  assert.equal(findingsOf('action-metric-missing', out).length, 1);
});

test('fix keeps escaped pipes and inline code with an escaped pipe in one cell', () => {
  const md = doc('| Action | Owner | Due Date |\n|---|---|---|\n| Reject `a\\|b` records and a \\| b names | Sofia | 2026-09-20 |');
  const out = checkColumnFix(md, ['Action', 'Owner', 'Due Date', 'Success Metric']);
  assert.match(out, /Reject `a\\\|b` records and a \\\| b names \| Sofia \| 2026-09-20 \|  \|/);
});

test('fix on ragged rows pads short rows and keeps long rows', () => {
  const md = doc('| Action | Owner | Ticket |\n|---|---|---|\n| Add an alert | Sofia\n| Add a check | Ana | T-2 | extra |');
  const out = applyFix(md, findingsOf(ID, md)[0].fixes[0]);
  assert.deepEqual(findingsOf(ID, out), []);
  const rows = cellsOf(out);
  assert.deepEqual(rows[0], ['Action', 'Owner', 'Due Date', 'Success Metric', 'Ticket']);
  assert.deepEqual(rows[1], ['Add an alert', 'Sofia', '', '']);
  assert.deepEqual(rows[2], ['Add a check', 'Ana', '', '', 'T-2', 'extra']);
});

test('the delimiter row keeps its style (compact or padded)', () => {
  const compact = doc('| Action | Owner |\n|---|---|\n| Add an alert | Ana |');
  assert.match(applyFix(compact, findingsOf(ID, compact)[0].fixes[0]), /\n\|---\|---\|----------\|----------------\|\n/);
  const padded = doc('| Action | Owner |\n| --- | --- |\n| Add an alert | Ana |');
  assert.match(applyFix(padded, findingsOf(ID, padded)[0].fixes[0]), /\n\| --- \| --- \| -------- \| -------------- \|\n/);
});

test('a table in Action Items with none of the columns is reported; adding them is not safe', () => {
  const md = doc('| Item description | Person |\n|---|---|\n| Add an alert | Ana |');
  const [f] = findingsOf(ID, md);
  assert.match(f.message, /none of the Action, Owner, Due Date and Success Metric columns/);
  assert.equal(f.fixes[0].safe, false);
  const out = applyFix(md, f.fixes[0]);
  assert.deepEqual(cellsOf(out)[0], ['Item description', 'Person', 'Action', 'Owner', 'Due Date', 'Success Metric']);
  assert.deepEqual(findingsOf(ID, out), []);
});

test('fix on a header-only table', () => {
  const md = doc('| Action | Owner |\n|---|---|');
  checkColumnFix(md, ['Action', 'Owner', 'Due Date', 'Success Metric']);
});

test('fix on rows without outer pipes', () => {
  const md = doc('Action | Due Date\n--- | ---\nAdd an alert | 2026-09-20\nAdd a check | 2026-09-21');
  const out = checkColumnFix(md, ['Action', 'Owner', 'Due Date', 'Success Metric']);
  assert.deepEqual(cellsOf(out)[1], ['Add an alert', '', '2026-09-20', '']);
});

test('a missing Action column is inserted first', () => {
  const md = doc('| Owner | Due Date | Success Metric |\n|---|---|---|\n| Sofia | 2026-09-20 | CI fails |');
  const [f] = findingsOf(ID, md);
  assert.match(f.message, /no Action column/);
  const out = applyFix(md, f.fixes[0]);
  assert.deepEqual(cellsOf(out)[0], ['Action', 'Owner', 'Due Date', 'Success Metric']);
  assert.deepEqual(cellsOf(out)[1], ['', 'Sofia', '2026-09-20', 'CI fails']);
  assert.equal(f.fixes[0].safe, false, 'without an Action column the table may not be the action table');
});

test('a bullet list of actions is reported, and converts to a table', () => {
  const md = doc('- Add an alert on queue age\n- Require review for zone changes with `a\\|b` and a | pipe\n- [ ] Rotate the token');
  const fs = findingsOf(ID, md);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /bullet list \(3 items\)/);
  const fix = fs[0].fixes[0];
  assert.equal(fix.safe, true);
  const out = applyFix(md, fix);
  assert.deepEqual(findingsOf(ID, out), []);
  const rows = cellsOf(out);
  assert.deepEqual(rows[0], ['Action', 'Owner', 'Due Date', 'Success Metric']);
  assert.deepEqual(rows.slice(1).map((r) => r[0]), ['Add an alert on queue age', 'Require review for zone changes with `a\\|b` and a \\| pipe', 'Rotate the token']);
  assert.ok(rows.slice(1).every((r) => r.length === 4 && r.slice(1).every((c) => c === '')));
  // Nothing outside the list changed.
  const start = md.indexOf('- Add');
  assert.equal(out.slice(0, start), md.slice(0, start));
  assert.ok(out.endsWith('\n\nTracked elsewhere.\n\n## Follow-Up Review\n**Scheduled for**: 2026-10-06\n'));
});

test('a list with nested items or ticked boxes converts, but not as a safe fix', () => {
  const nested = doc('- Add an alert\n  - on queue age\n- Rotate the token');
  assert.equal(findingsOf(ID, nested)[0].fixes[0].safe, false);
  const ticked = doc('- [x] Add an alert\n- [ ] Rotate the token');
  assert.equal(findingsOf(ID, ticked)[0].fixes[0].safe, false);
});

test('"None identified" as the only bullet is a statement, not a list of actions', () => {
  assert.deepEqual(findingsOf(ID, doc('- None identified: the vendor fixed the bug on their side.')), []);
});

test('no Action Items section: nothing (section-missing reports it)', () => {
  assert.deepEqual(findingsOf(ID, '# Post-Mortem: x\n\n## Executive Summary\nText.\n'), []);
});

test('Google SRE-style table (Action Item | Type | Owner | Bug): Due Date and Success Metric go after Owner', () => {
  const md = doc('| Action Item | Type | Owner | Bug |\n|---|---|---|---|\n| Plug file descriptor leak in search ranking | prevent | agoogler | Bug 5554825 |\n| Update playbook for cascading failure | mitigate | jennifer | n/a |');
  const [f] = findingsOf(ID, md);
  assert.match(f.message, /no Due Date and Success Metric columns/);
  checkColumnFix(md, ['Action Item', 'Type', 'Owner', 'Due Date', 'Success Metric', 'Bug']);
  assert.deepEqual(findingsOf('action-not-imperative', md), []);
  assert.deepEqual(findingsOf('action-preventive-missing', md), []);
});

test('list conversion moves explicitly labelled owner, due date and metric parts into their cells', () => {
  const md = doc('- Add an alert on queue age (owner: Ana Silva, due: 2026-09-20)\n- Require review for zone changes — Owner: Sofia; Due date: 2026-09-21; Success metric: CI fails on a test change\n- Rotate the token (the old one leaked - see NET-1)\n- Lower the TTL - because of caching');
  const out = applyFix(md, findingsOf(ID, md)[0].fixes[0]);
  assert.deepEqual(cellsOf(out).slice(1), [
    ['Add an alert on queue age', 'Ana Silva', '2026-09-20', ''],
    ['Require review for zone changes', 'Sofia', '2026-09-21', 'CI fails on a test change'],
    ['Rotate the token (the old one leaked - see NET-1)', '', '', ''],
    ['Lower the TTL - because of caching', '', '', ''],
  ]);
  assert.deepEqual(findingsOf(ID, out), []);
  assert.deepEqual(findingsOf('action-owner-missing', out).length, 2);
});

test('actions written as prose: reported on the first line, with a table to insert after the text (not safe)', () => {
  const md = doc('We will add an alert on queue age.\nAna owns it.', '');
  const [f] = findingsOf(ID, md);
  assert.equal(md.slice(f.start, f.end), 'We will add an alert on queue age.');
  assert.match(f.message, /written as prose/);
  assert.equal(f.fixes[0].safe, false);
  const out = applyFix(md, f.fixes[0]);
  assert.ok(out.includes('Ana owns it.\n\n| Action | Owner | Due Date | Success Metric |\n|--------|-------|----------|----------------|\n'), out);
  assert.deepEqual(findingsOf(ID, out), []);
  assert.equal(findingsOf('actions-none', out).length, 1, 'the new table has no rows yet');
});

test('a none statement or a placeholder paragraph is not prose actions', () => {
  assert.deepEqual(findingsOf(ID, doc('No action items: the vendor fixed the bug.', '')), []);
  assert.deepEqual(findingsOf(ID, doc('[List the action items]', '')), []);
});

test('fix keeps an escaped backslash before a cell pipe (`C:\\\\`) and CRLF line ends', () => {
  const md = doc('| Action | Owner |\r\n|---|---|\r\n| Clean C:\\\\ | Ana |\r\n| Add `x\\|y` | Ben |').replace(/\n/g, '\r\n').replace(/\r\r/g, '\r');
  const out = checkColumnFix(md, ['Action', 'Owner', 'Due Date', 'Success Metric']);
  assert.deepEqual(cellsOf(out).slice(1), [['Clean C:\\\\', 'Ana', '', ''], ['Add `x\\|y`', 'Ben', '', '']]);
  assert.ok(!/[^\r]\n/.test(out), 'line ends stay CRLF');
});

test("the columns asked for are the template's; a list of items is the template's own form for Google's and PagerDuty's", () => {
  const google = '# x\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Resolution\n\nx\n\n## Detection\n\nx\n\n## Action Items\n\n';
  assert.deepEqual(findingsOf('actions-table', `${google}| Action Item | Type | Owner | Bug |\n|---|---|---|---|\n| Add an alert | mitigate | Kim | B-1 |\n`), []);
  assert.deepEqual(findingsOf('actions-table', `${google}- Add an alert (B-1)\n`), []);
  const [f] = findingsOf('actions-table', `${google}| Action Item | Bug |\n|---|---|\n| Add an alert | B-1 |\n`);
  assert.equal(f.message, 'The action-items table has no Owner column.');
  assert.equal(findingsOf('actions-table', `${google}- Add an alert (B-1)\n`, { config: { template: 'seed' } }).length, 1);
});

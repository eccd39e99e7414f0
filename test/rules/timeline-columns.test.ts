import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf } from '../helpers/lint';
import { checkTableFix, fixOf, timelineDoc, timelineTable } from './timeline-fix-helper';
import { buildModel } from '../../server/src/core/model';

const ROWS = ['| 10:00 | Deploy starts | Change approved |', '| 10:05 | Alert \\| fires | `a|b` |', '| 10:07 |'];

test('accepts the template columns and their aliases', () => {
  assert.deepEqual(findingsOf('timeline-columns', timelineDoc(['| 10:00 | a | b | c |'])), []);
  const aliases = '| Time (CET) | What happened | What we knew | Action taken |\n|---|---|---|---|';
  assert.deepEqual(findingsOf('timeline-columns', timelineDoc(['| 10:00 | a | b | c |'], { header: aliases })), []);
  const more = '| Time (UTC) | Event | Info available | Decision | Source |\n|---|---|---|---|---|';
  assert.deepEqual(findingsOf('timeline-columns', timelineDoc(['| 10:00 | a | b | c | d |'], { header: more })), []);
});

test('flags a missing column and adds it with empty cells in every row', () => {
  const md = timelineDoc(ROWS, { header: '| Time | Event | Information |\n|---|---|---|' });
  const [f] = findingsOf('timeline-columns', md);
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /"Decision\/Action Taken"/);
  const { fix, finding } = fixOf('timeline-columns', md);
  assert.equal(fix.safe, true);
  const out = checkTableFix('timeline-columns', md, fix, finding, 1);
  const t = timelineTable(out);
  assert.deepEqual(t.columns, ['time', 'event', 'info', 'decision']);
  // GFM splits `a|b` inside code into two cells; the new column goes at header position 3.
  assert.deepEqual(t.rows[1].cells.map((c) => c.raw), ['10:05', 'Alert \\| fires', '`a', '', 'b`']);
  assert.deepEqual(findingsOf('timeline-columns', out), []);
});

test('adds several missing columns at their template positions, header-only table included', () => {
  const md = timelineDoc([], { header: '| Time | Decision |\n|---|---|' });
  const { fix } = fixOf('timeline-columns', md);
  const out = applyFix(md, fix);
  assert.deepEqual(timelineTable(out).header.cells.map((c) => c.raw), ['Time', 'Event', 'Information Available', 'Decision']);
  assert.deepEqual(findingsOf('timeline-columns', out), []);
  const md2 = timelineDoc(['| a | 10:00 |'], { header: '| Event | Time |\n|---|---|' });
  const [f2] = findingsOf('timeline-columns', md2);
  assert.match(f2.message, /out of order/);
  assert.deepEqual(f2.fixes, [], 'no column fix when the order is wrong');
});

test('a table with no recognised column: reported, no fix; a list beside it is the timeline', () => {
  const md = timelineDoc(['| Detect | 12 |'], { header: '| Phase | Minutes |\n|---|---|' });
  const [f] = findingsOf('timeline-columns', md);
  assert.deepEqual(f.fixes, []);
  const withList = '# Post-Mortem: P\n\n## Timeline\n\n| Phase | Minutes |\n|---|---|\n| Detect | 12 |\n\n- 10:00 — deploy\n- 10:12 — alert\n';
  assert.deepEqual(findingsOf('timeline-columns', withList), []);
  assert.equal(findingsOf('timeline-not-table', withList).length, 1);
});

test("the columns asked for are the template's: PagerDuty's Time | Event | Data Link is complete", () => {
  const pd = "# x\n\n## Overview\n\nx\n\n## What Happened\n\nx\n\n## How'd We Do?\n\nx\n\n## Timeline\n\n| Time (UTC) | Event | Data Link |\n| --- | --- | --- |\n| 10:00 | deploy | https://x.test |\n";
  assert.deepEqual(findingsOf('timeline-columns', pd), []);
  // Another name for the event column is the event column ("Notes", "Details", "What"); a table
  // with a time and only a link beside it lacks it.
  assert.deepEqual(findingsOf('timeline-columns', pd.replace('| Time (UTC) | Event |', '| Time (UTC) | Notes |')), []);
  const [f] = findingsOf('timeline-columns', pd.replace('| Time (UTC) | Event | Data Link |\n| --- | --- | --- |\n| 10:00 | deploy | https://x.test |', '| Time (UTC) | Data Link |\n| --- | --- |\n| 10:00 | https://x.test |'));
  assert.match(f.message, /^The timeline table should have the columns Time \| Event: missing "Event"/);
});

test('a time column headed by its zone or as "Datetime", and "Description" as the event (real post-mortems, issue 11)', () => {
  // The seed's template also asks for the two knowledge columns; Time and Event are found.
  const missing = (md: string) => findingsOf('timeline-columns', md).map((f) => f.message.replace(/^.*: missing /, '').replace(/\.$/, ''));
  assert.deepEqual(missing('# Post-Mortem: t\n\n## Timeline\n\n| NZST | UTC | Event |\n|---|---|---|\n| 2026-06-17 09:46 | 2026-06-16 21:46 | Backup fails |\n'), ['"Information Available", "Decision/Action Taken"']);
  assert.deepEqual(missing('# Post-Mortem: t\n\n## Timeline\n\n| Datetime (UTC) | Description |\n|---|---|\n| 2026-07-02 14:21 | Mirrors stop serving |\n'), ['"Information Available", "Decision/Action Taken"']);
  // A word that is not a zone is still not a time column.
  assert.deepEqual(missing('# Post-Mortem: t\n\n## Timeline\n\n| Phase | Event |\n|---|---|\n| 14:21 | Mirrors stop serving |\n'), ['"Time", "Information Available", "Decision/Action Taken"']);
});

test('a qualifier in brackets after a column name ("Time (approx)") keeps the column (a real post-mortem, stop 28)', () => {
  const md = '# Post-Mortem: x\n\n## Timeline\n\n| Time (approx) | Event |\n|---|---|\n| 03:10 | push lands |\n';
  const [f] = findingsOf('timeline-columns', md);
  assert.ok(f, 'still reports the two missing columns');
  assert.doesNotMatch(f.message, /"Time"/);
  assert.match(f.message, /missing "Information Available", "Decision\/Action Taken"/);
});

test('a document in a team\'s own format is asked for a time and an event, and "| Date | State |" has both; kramdown\'s "{: .table}" line is not a row (stop 29, a real post-mortem)', () => {
  const md = '# Cloud migration\n\n## Timeline\n\nDate | State\n---- | -----\n2018-09-20 | Migration started\n2018-09-26 | Migration finished\n{: .table.table-striped }\n\n## What happened\n\nWe moved.\n';
  assert.deepEqual(findingsOf('timeline-columns', md), []);
  assert.deepEqual(findingsOf('timeline-time-format', md), []);
  assert.equal(buildModel(md).tables[0].rows.length, 2);
  // The seed's own document is still asked for its four columns.
  const seed = '# Post-Mortem: Cloud migration\n\n## Timeline of Events\n\n| Time | State |\n|---|---|\n| 14:00 | Migration started |\n';
  assert.equal(findingsOf('timeline-columns', seed).length, 1);
});

test("other teams' names for the event column are the event column where the template asks for Time and Event (stop 30)", () => {
  const doc = (head: string) => {
    const n = head.split('|').length;
    const row = Array.from({ length: n }, (_, i) => (i === 0 ? '10:02 UTC' : 'x')).join(' | ');
    return `# Incident report: x\n\n## Summary\n\nThe API was down for 20 minutes for all users.\n\n## Timeline\n\n| ${head} |\n|${'---|'.repeat(n)}\n| ${row} |\n\n## Root Cause\n\nA bad config.\n\n## Action Items\n\n- Add a check.\n`;
  };
  for (const head of ['When | What', 'Timestamp | Action', 'Time (UTC) | Status | Details', 'Time | Who | What', 'Date | PR | Change', 'Hour | Event', 'Time | Update', 'Time | Status']) {
    assert.deepEqual(findingsOf('timeline-columns', doc(head)).map((f) => f.message), [], head);
  }
  // The seed's template keeps its four named columns.
  assert.equal(findingsOf('timeline-columns', '# Post-Mortem: t\n\n## Timeline of Events\n\n| Time | Details |\n|---|---|\n| 10:02 | x |\n').length, 1);
});

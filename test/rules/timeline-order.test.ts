import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, lintMd, textOf } from '../helpers/lint';
import { buildModel } from '../../server/src/core/model';
import { lint } from '../../server/src/core/engine';
import { rules as timelineRules } from '../../server/src/core/rules/timeline/index';
import { checkTableFix, fixOf, timelineDoc, timelineTable } from './timeline-fix-helper';

const row = (time: string, event = 'Something happens') => `| ${time} | ${event} | Known | Done |`;

test('a row earlier than the previous row is out of order, with a safe sort fix', () => {
  const rows = [row('10:00', 'a'), row('10:40', 'b \\| pipe'), row('10:25', 'c `x|y`'), row('10:31', 'd'), row('10:44', 'e')];
  const md = timelineDoc(rows);
  const f = findingsOf('timeline-order', md);
  assert.deepEqual(f.map((x) => [x.severity, textOf(md, x)]), [['warning', '10:25']]);
  assert.match(f[0].message, /out of order/i);
  const { fix, finding } = fixOf('timeline-order', md, 'Sort the timeline chronologically');
  assert.equal(fix.safe, true);
  const out = checkTableFix('timeline-order', md, fix, finding);
  // Rows moved whole, byte for byte.
  const body = out.split('\n').filter((l) => l.startsWith('| 10'));
  assert.deepEqual(body, [rows[0], rows[2], rows[3], rows[1], rows[4]]);
  assert.deepEqual(findingsOf('timeline-order', out), []);
});

test('evening to early morning without dates: "crosses midnight without a date", no sort fix', () => {
  const md = timelineDoc([row('23:40'), row('23:58'), row('00:12'), row('00:30')]);
  const f = findingsOf('timeline-order', md);
  assert.equal(f.length, 1);
  assert.equal(textOf(md, f[0]), '00:12');
  assert.match(f[0].message, /crosses midnight without a date/);
  // No sort (it would put 00:12 first); "Add the dates" from the header Date instead, not safe.
  assert.ok(!f[0].fixes.some((x) => /Sort/.test(x.title)));
  const add = f[0].fixes.find((x) => x.title.startsWith('Add the dates'))!;
  assert.equal(add.safe, false);
  const out = checkTableFix('timeline-order', md, add, f[0]);
  assert.deepEqual(timelineTable(out).rows.map((r) => r.cells[0].raw), ['2026-03-02 23:40', '2026-03-02 23:58', '2026-03-03 00:12', '2026-03-03 00:30']);
  assert.deepEqual(findingsOf('timeline-order', out), []);
  assert.deepEqual(findingsOf('timeline-time-format', out), []);
});

test('dated rows cross midnight in order; undated rows inherit the date above', () => {
  assert.deepEqual(findingsOf('timeline-order', timelineDoc([row('2026-10-27 23:58'), row('2026-10-28 00:12'), row('00:30'), row('01:02')])), []);
  const md = timelineDoc([row('2026-10-28 00:12'), row('00:30'), row('2026-10-27 23:58')]);
  const f = findingsOf('timeline-order', md);
  assert.deepEqual(f.map((x) => textOf(md, x)), ['2026-10-27 23:58']);
  assert.match(f[0].message, /out of order/i);
  // Morning times out of order are never "crosses midnight".
  const m2 = timelineDoc([row('10:40'), row('10:25')]);
  assert.match(findingsOf('timeline-order', m2)[0].message, /Out of order/);
});

test('a Date column beside the Time column dates the rows (the Chia reports: Day | Date (2022) | Time (UTC) | Event)', () => {
  const doc = (rows: string[]) => `# Post-Mortem: t\n\n## Timeline of Events\n\n| Day | Date (2022) | Time (UTC) | Event |\n|---|---|---|---|\n${rows.join('\n')}\n`;
  // Real rows (chia-2022-01-27-ramp-card.md): the evening of one day, then the next days.
  const inOrder = doc(['| Fri | Jan 28 | 05:52 | A suggestion is made. |', '| Tue | Feb 01 | 19:12 | The card company replies. |', '| Mon | Feb 07 | 18:52 | Another email. |', '| Tue | Feb 08 | 19:17 | Another vendor. |']);
  assert.deepEqual(findingsOf('timeline-order', inOrder), []);
  // Out of order by date, though the times alone are in order.
  const md = doc(['| Tue | Feb 01 | 10:00 | a |', '| Fri | Jan 28 | 11:00 | b |']);
  assert.deepEqual(findingsOf('timeline-order', md).map((x) => textOf(md, x)), ['11:00']);
  // Without the Date column the same times are read as one day: the midnight warning comes back.
  const undated = '# Post-Mortem: t\n\n## Timeline of Events\n\n| Time (UTC) | Event |\n|---|---|\n| 23:55 | a |\n| 00:20 | b |\n';
  assert.match(findingsOf('timeline-order', undated)[0].message, /crosses midnight/);
  const dated = doc(['| Thu | Jan 20 | 23:55 | a |', '| Fri | Jan 21 | 00:20 | b |']);
  assert.deepEqual(findingsOf('timeline-order', dated), []);
});

test('a Day column of dates dates the rows when there is no Date column (a real post-mortem: Day | Time (UTC) | Event)', () => {
  const doc = (rows: string[]) => `# Post-Mortem: t\n\n## Timeline\n\n| Day | Time (UTC) | Event |\n|---|---|---|\n${rows.join('\n')}\n`;
  assert.deepEqual(findingsOf('timeline-order', doc(['| 2025-03-12 | 20:25 | The cause is found. |', '| 2025-03-13 | 11:25 | The fix is announced. |'])), []);
  const md = doc(['| 2025-03-13 | 10:00 | a |', '| 2025-03-12 | 11:00 | b |']);
  assert.deepEqual(findingsOf('timeline-order', md).map((x) => textOf(md, x)), ['11:00']);
});

test('time zones in the cells are applied before comparing', () => {
  assert.deepEqual(findingsOf('timeline-order', timelineDoc([row('2026-03-02T14:00:00+01:00'), row('2026-03-02T13:30:00Z')])), []);
  const md = timelineDoc([row('2026-03-02T14:00:00Z'), row('2026-03-02T14:30:00+01:00')]);
  assert.equal(findingsOf('timeline-order', md).length, 1);
});

test('a fully dated table is sorted by date and time', () => {
  const md = timelineDoc([row('2026-10-28 00:12', 'b'), row('2026-10-27 23:58', 'a'), row('2026-10-28 00:40', 'c')]);
  const { fix, finding } = fixOf('timeline-order', md);
  const out = checkTableFix('timeline-order', md, fix, finding);
  assert.deepEqual(timelineTable(out).rows.map((r) => r.cells[1].raw), ['a', 'b', 'c']);
});

test('duplicate rows are reported and deleted by a safe fix', () => {
  const md = timelineDoc([row('10:00'), row('10:05'), row('10:05'), row('10:10')]);
  const f = findingsOf('timeline-order', md);
  assert.equal(f.length, 1);
  assert.match(f[0].message, /Duplicate row/);
  const out = applyFix(md, f[0].fixes[0]);
  assert.equal(timelineTable(out).rows.length, 3);
  assert.deepEqual(findingsOf('timeline-order', out), []);
});

test('not flagged: rows in order, equal times, unparseable or placeholder rows', () => {
  assert.deepEqual(findingsOf('timeline-order', timelineDoc([row('10:00'), row('10:00', 'other'), row('10:05')])), []);
  assert.deepEqual(findingsOf('timeline-order', timelineDoc([row('10:00'), row('later'), row('10:05')])), []);
  assert.deepEqual(findingsOf('timeline-order', timelineDoc([row('10:00'), '| ... | ... | ... | ... |', '| ... | ... | ... | ... |'])), []);
});

test('1,000-row timeline: lint time and a sort fix that keeps every row', () => {
  const rows: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const m = (i % 200) * 7;
    const hh = String(Math.floor(m / 60)).padStart(2, '0');
    const mm = String(m % 60).padStart(2, '0');
    rows.push(`| 2026-03-${String(2 + Math.floor(i / 200)).padStart(2, '0')} ${hh}:${mm} | Event ${i} with \\| pipe | Info ${i} | Action ${i} |`);
  }
  // Swap two rows so there is something to fix.
  [rows[500], rows[501]] = [rows[501], rows[500]];
  const md = timelineDoc(rows);
  const c0 = performance.now();
  lintMd(md); // cold: every cell analysed for the first time
  const cold = performance.now() - c0;
  const t0 = performance.now();
  const { findings } = lintMd(md); // warm: cell analyses cached by text, model rebuilt
  const ms = performance.now() - t0;
  const model = buildModel(md);
  const r0 = performance.now();
  const own = lint(model, { rules: timelineRules, today: '2026-11-20' }).findings;
  const rulesMs = performance.now() - r0;
  assert.ok(own.some((f) => f.ruleId === 'timeline-order'));
  console.log(`lint of a 1,000-row timeline: all registered rules cold ${cold.toFixed(0)} ms, warm ${ms.toFixed(0)} ms; the timeline rules alone on a built model ${rulesMs.toFixed(1)} ms`);
  const order = findings.filter((f) => f.ruleId === 'timeline-order');
  assert.equal(order.length, 1);
  const fix = order.flatMap((f) => f.fixes).find((x) => x.title === 'Sort the timeline chronologically')!;
  const out = checkTableFix('timeline-order', md, fix, order[0]);
  assert.equal(timelineTable(out).rows.length, 1000);
  assert.ok(cold < 20000 && ms < 10000, `took ${cold} / ${ms} ms`);
});

test('hostile table: escaped pipes, pipes in code, ragged rows, extra cells; sort and normalise keep every cell', () => {
  const rows = [
    '| 10:40 | b \\| escaped | `grep a|b` | Done |',
    '| 10:05 | ragged row |',
    '| 9:20 AM | c | d | e | extra cell |',
    '| 10:50 | `x|y` and \\| | info | act |',
  ];
  const md = timelineDoc(rows);
  const order = findingsOf('timeline-order', md);
  assert.equal(order.length, 2);
  const sort = order[0].fixes.find((x) => x.title === 'Sort the timeline chronologically')!;
  const sorted = checkTableFix('timeline-order', md, sort, order[0]);
  assert.deepEqual(sorted.split('\n').filter((l) => /^\| (\d|9)/.test(l)), [rows[2], rows[1], rows[0], rows[3]]);
  assert.deepEqual(findingsOf('timeline-order', sorted), []);
  const fmt = findingsOf('timeline-time-format', md);
  assert.equal(fmt.length, 1);
  const normalised = checkTableFix('timeline-time-format', md, fmt[0].fixes[0], fmt[0]);
  assert.ok(normalised.includes('| 09:20 | c | d | e | extra cell |'));
});

test('cells without a zone are in the zone the table declares; cells with one keep theirs', () => {
  const header = '| Time (CET) | Event | Information Available | Decision/Action Taken |\n|---|---|---|---|';
  // 09:30 UTC is 10:30 CET: after 10:00 CET.
  assert.deepEqual(findingsOf('timeline-order', timelineDoc([row('10:00'), row('09:30 UTC')], { header, note: '' })), []);
  assert.equal(findingsOf('timeline-order', timelineDoc([row('10:00'), row('08:30 UTC')], { header, note: '' })).length, 1);
  // Undeclared: cells without a zone are compared as written.
  assert.equal(findingsOf('timeline-order', timelineDoc([row('10:00'), row('09:30 UTC')], { note: '' })).length, 1);
});

test('no "Add the dates" fix without a header Date (today is not the incident date)', () => {
  const md = timelineDoc([row('23:40'), row('00:12')]).replace('**Date**: 2026-03-02  \n', '');
  const [f] = findingsOf('timeline-order', md);
  assert.match(f.message, /crosses midnight/);
  assert.deepEqual(f.fixes, []);
});

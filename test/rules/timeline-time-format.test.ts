import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, textOf } from '../helpers/lint';
import { checkTableFix, fixOf, timelineDoc, timelineTable } from './timeline-fix-helper';

const row = (time: string, event = 'Something happens') => `| ${time} | ${event} | Known | Done |`;

test('a cell that does not parse is a warning; an empty Time cell too', () => {
  const md = timelineDoc([row('10:00'), row('soon after'), row('', 'x'), row('10:20')]);
  const f = findingsOf('timeline-time-format', md);
  assert.deepEqual(f.map((x) => [x.severity, textOf(md, x)]), [['warning', 'soon after'], ['warning', '']]);
});

test('a time in a non-dominant format is info, fixed to the dominant format', () => {
  const md = timelineDoc([row('09:02'), row('9:20 AM'), row('10:05'), row('10.52'), row('2026-03-02 11:05'), row('~11:30 UTC')]);
  const f = findingsOf('timeline-time-format', md);
  assert.deepEqual(f.map((x) => [x.severity, textOf(md, x)]), [['info', '9:20 AM'], ['info', '10.52']]);
  assert.deepEqual(f.map((x) => x.fixes[0].edits[0].newText), ['09:20', '10:52']);
  const { fix, finding } = fixOf('timeline-time-format', md, 'Change to 09:20');
  const out = checkTableFix('timeline-time-format', md, fix, finding);
  assert.equal(timelineTable(out).rows[1].cells[0].raw, '09:20');
  // The "every time" fix normalises both at once.
  const all = f[0].fixes.find((x) => /every timeline time/.test(x.title))!;
  assert.equal(all.safe, true);
  const out2 = checkTableFix('timeline-time-format', md, all, f[0]);
  assert.deepEqual(findingsOf('timeline-time-format', out2), []);
  assert.deepEqual(timelineTable(out2).rows.map((r) => r.cells[0].raw), ['09:02', '09:20', '10:05', '10:52', '2026-03-02 11:05', '~11:30 UTC']);
});

test('the dominant format wins, whichever it is', () => {
  const md = timelineDoc([row('9:02 AM'), row('9:20 AM'), row('10:05')]);
  const f = findingsOf('timeline-time-format', md);
  assert.deepEqual(f.map((x) => textOf(md, x)), ['10:05']);
  assert.equal(f[0].fixes[0].edits[0].newText, '10:05 AM');
});

test('not flagged: one consistent format, ISO dates, seconds, zones, template placeholder rows', () => {
  assert.deepEqual(findingsOf('timeline-time-format', timelineDoc([row('2026-10-27 23:58'), row('2026-10-28 00:12')])), []);
  assert.deepEqual(findingsOf('timeline-time-format', timelineDoc([row('14:23:05'), row('14:24:00')])), []);
  assert.deepEqual(findingsOf('timeline-time-format', timelineDoc([row('2026-03-02T14:23:00+01:00'), row('2026-03-02T14:25:00+01:00')])), []);
  assert.deepEqual(findingsOf('timeline-time-format', timelineDoc([row('14:23'), '| ... | ... | ... | ... |', '| [HH:MM] | [What happened] | [x] | [y] |'])), []);
});

test('an empty row is reported and deleted by a safe fix', () => {
  const md = timelineDoc([row('10:00'), '|  |  |  |  |', row('10:05')]);
  const { fix, finding } = fixOf('timeline-time-format', md, 'Delete the empty row');
  assert.equal(fix.safe, true);
  const out = applyFix(md, fix);
  assert.equal(timelineTable(out).rows.length, 2);
  assert.deepEqual(findingsOf('timeline-time-format', out).filter((f) => f.message === finding.message), []);
});

test('times from 10:00 read the same in H:MM and HH:MM: no vote, no no-op finding', () => {
  const md = timelineDoc([row('9:05'), row('9:40'), row('10:15'), row('11:20'), row('12:00')]);
  assert.deepEqual(findingsOf('timeline-time-format', md), []);
  const md2 = timelineDoc([row('09:05'), row('9:40'), row('10:15'), row('11:20')]);
  const f = findingsOf('timeline-time-format', md2);
  // One each of 09:05 and 9:40: the tie goes to HH:MM.
  assert.deepEqual(f.map((x) => textOf(md2, x)), ['9:40']);
});

test('a table without a Time column: timeline-columns reports it, not every cell', () => {
  const md = timelineDoc(['| Deploy starts | Change approved | Rolled out |'], { header: '| Event | Information Available | Decision/Action Taken |\n|---|---|---|' });
  assert.deepEqual(findingsOf('timeline-time-format', md), []);
  assert.equal(findingsOf('timeline-columns', md).length, 1);
  // An unnamed first column is read as the Time column.
  const md2 = timelineDoc(['| 10:00 | Deploy | x | y |', '| later | b | x | y |'], { header: '| | Event | Information Available | Decision/Action Taken |\n|---|---|---|---|' });
  assert.deepEqual(findingsOf('timeline-time-format', md2).map((f) => textOf(md2, f)), ['later']);
});

test('an offset from the row before ("+3 min", "T+5m", "+00:05") is a time a reader can follow; alone in the first row it is not (a real post-mortem, stop 28)', () => {
  const md = timelineDoc([row('03:10'), row('+3 min'), row('+50 minutes'), row('T+5m'), row('+00:05'), row('Later')]);
  const f = findingsOf('timeline-time-format', md);
  assert.deepEqual(f.map((x) => textOf(md, x)), ['Later']);
  const first = timelineDoc([row('+3 min'), row('03:10')]);
  assert.deepEqual(findingsOf('timeline-time-format', first).map((x) => textOf(first, x)), ['+3 min']);
});

test('an approximate time among times with seconds has no seconds to give; an exact one still does', () => {
  const md = timelineDoc([row('~07:00'), row('13:38:00'), row('13:40:28'), row('13:47:00'), row('13:59:53'), row('~15:23'), row('15:30')]);
  assert.deepEqual(findingsOf('timeline-time-format', md).map((x) => textOf(md, x)), ['15:30']);
});

test('more time shapes of other teams\' timelines are read: four-digit military time, a bound, a day then its time, a time counted from impact (stop 35)', () => {
  const md = timelineDoc([row('T-30m'), row('T0'), row('1420Z'), row('1425Z'), row('1431Z'), row('before 1500Z')]);
  // "before 1500Z" is not read as military time (a bound on it is not); the rest are.
  assert.deepEqual(findingsOf('timeline-time-format', md).map((x) => textOf(md, x)), ['before 1500Z']);
  const dayThenTime = timelineDoc([row('2026-03-02 - 14:05'), row('2026-03-02 - 14:20'), row('Before 14:40'), row('2026-03-02 – 15:02')]);
  assert.deepEqual(findingsOf('timeline-time-format', dayThenTime), []);
  // A military time among HH:MM rows is the odd format out, and the fix writes it as the rest.
  const mixed = timelineDoc([row('14:20'), row('14:25'), row('1431 hrs')]);
  const f = findingsOf('timeline-time-format', mixed);
  assert.deepEqual(f.map((x) => textOf(mixed, x)), ['1431 hrs']);
  assert.equal(applyFix(mixed, f[0].fixes![0]).includes('| 14:31 hrs |'), true);
  // Still unreadable: a bare four-digit number, "T" with words, "1420 ops".
  const bad = timelineDoc([row('14:00'), row('1420'), row('T plus a bit'), row('1420 ops')]);
  assert.deepEqual(findingsOf('timeline-time-format', bad).map((x) => textOf(bad, x)), ['1420', 'T plus a bit', '1420 ops']);
});

test('a time the author says is unknown, or gives as a distance from the incident, is an honest answer for a lead-up row (real post-mortems, stop 35)', () => {
  const md = timelineDoc([row('Unknown date'), row('~2 weeks prior'), row('a few days before the incident'), row('2026-06-18, sometime later'), row('2026-06-20 09:00'), row('2026-06-20 09:30')]);
  assert.deepEqual(findingsOf('timeline-time-format', md), []);
  // A part of the day alone, or words, still give no time.
  const vague = timelineDoc([row('09:00'), row('Morning'), row('Same session'), row('2 weeks of load')]);
  assert.deepEqual(findingsOf('timeline-time-format', vague).map((x) => textOf(vague, x)), ['Morning', 'Same session', '2 weeks of load']);
});

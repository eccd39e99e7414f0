import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, textOf, applyFix } from '../helpers/lint';

const ID = 'follow-up-window';
const doc = (scheduled: string) => `# Post-Mortem: test\n**Date**: 2026-09-08\n\n## Follow-Up Review\n**Scheduled for**: ${scheduled}  \n**Focus**: Review action item progress\n`;

test('inside 14–60 days: nothing', () => {
  for (const d of ['2026-09-22', '2026-10-06', '2026-11-07']) assert.deepEqual(findingsOf(ID, doc(d)), [], d);
});

test('too soon, too late, on or before the incident: warning on the date', () => {
  for (const [d, re] of [['2026-09-21', /13 days after/], ['2026-11-08', /61 days after/], ['2026-09-08', /incident date itself/], ['2026-09-01', /7 days before the incident/]] as const) {
    const md = doc(d);
    const fs = findingsOf(ID, md);
    assert.equal(fs.length, 1, d);
    assert.equal(fs[0].severity, 'warning');
    assert.equal(textOf(md, fs[0]), d);
    assert.match(fs[0].message, re);
    assert.equal(fs[0].fixes[0].safe, false);
    assert.equal(fs[0].fixes[0].edits[0].newText, '2026-10-06');
  }
});

test('non-ISO dates are compared as dates', () => {
  assert.equal(findingsOf(ID, doc('Sep 10, 2026')).length, 1);
  assert.deepEqual(findingsOf(ID, doc('6 October 2026')), []);
});

test('config: followUp.minDays / maxDays', () => {
  assert.deepEqual(findingsOf(ID, doc('2026-09-15'), { config: { followUp: { minDays: 7, maxDays: 30 } } }), []);
  assert.equal(findingsOf(ID, doc('2026-10-20'), { config: { followUp: { minDays: 7, maxDays: 30 } } }).length, 1);
});

test('no date or no incident date: nothing here (follow-up-missing, header rules)', () => {
  assert.deepEqual(findingsOf(ID, doc('')), []);
  assert.deepEqual(findingsOf(ID, doc('2026-09-09').replace('**Date**: 2026-09-08', '**Date**: TBD')), []);
});

test('the suggested date applies cleanly and re-lints clean, changing only the date', () => {
  const md = doc('2026-12-24');
  const [f] = findingsOf(ID, md);
  const out = applyFix(md, f.fixes[0]);
  assert.equal(out, md.replace('2026-12-24', '2026-10-06'));
  assert.deepEqual(findingsOf(ID, out), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, textOf } from '../helpers/lint';
import { buildModel } from '../../server/src/core/model';
import { timelineDoc, timelineTable } from './timeline-fix-helper';
import { JUDGMENT_LABELS, JUDGMENT_PHRASES } from '../../server/src/core/rules/timeline/timeline-judgment.phrases';

const doc = (decision: string, info = 'Dashboard shows 5xx') => timelineDoc([`| 10:00 | Checks the pods | ${info} | ${decision} |`]);

for (const phrase of JUDGMENT_PHRASES) {
  test(`"${phrase}" in a timeline cell`, () => {
    const md = doc(`Restarted; the runbook ${phrase} cover this`);
    const f = findingsOf('timeline-judgment', md);
    assert.equal(f.length, 1);
    assert.equal(textOf(md, f[0]).toLowerCase(), phrase);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].category, 'timeline');
  });
}

for (const label of JUDGMENT_LABELS) {
  test(`"${label}:" label in a timeline cell`, () => {
    const md = doc(`Restarted. ${label.toUpperCase()}: add an age alert`);
    assert.equal(findingsOf('timeline-judgment', md).length, 1);
    assert.deepEqual(findingsOf('timeline-judgment', doc(`Restarted the ${label} job`)), [], 'without a colon');
  });
}

test('hindsight outside Information Available is a judgment; inside it is timeline-hindsight', () => {
  assert.equal(findingsOf('timeline-judgment', doc('In hindsight, restarting was wrong')).length, 1);
  assert.deepEqual(findingsOf('timeline-judgment', doc('Restarted', 'In hindsight the pods were fine')), []);
});

test('"Move to Action Items" adds a row with empty Owner, Due Date and Success Metric', () => {
  const md = timelineDoc(['| 10:00 | Checks the pods | 5xx | Restarted. The runbook must cover prefetch. |']).replace(
    '## Key Learnings',
    '## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n| Add an age alert | Bo Chen | 2026-04-01 | Pages within 5 min |\n\n## Key Learnings',
  );
  const [f] = findingsOf('timeline-judgment', md);
  const fix = f.fixes.find((x) => x.title === 'Move to Action Items')!;
  assert.equal(fix.safe, false);
  const out = applyFix(md, fix);
  assert.equal(timelineTable(out).rows[0].cells[3].raw, 'Restarted.');
  const actions = buildModel(out).tables.find((t) => t.kind === 'actions')!;
  assert.equal(actions.rows.length, 2);
  assert.deepEqual(actions.rows[1].cells.map((c) => c.raw), ['The runbook must cover prefetch.', '', '', '']);
  assert.deepEqual(findingsOf('timeline-judgment', out), []);
});

test('"Move to Action Items" creates the section when there is none; "Move to Key Learnings" adds a bullet', () => {
  const md = doc('Restarted. The alert threshold is insufficient.');
  const [f] = findingsOf('timeline-judgment', md);
  const out = applyFix(md, f.fixes.find((x) => x.title === 'Move to Action Items')!);
  const actions = buildModel(out).tables.find((t) => t.kind === 'actions')!;
  assert.deepEqual(actions.rows[0].cells.map((c) => c.raw), ['The alert threshold is insufficient.', '', '', '']);
  const out2 = applyFix(md, f.fixes.find((x) => x.title === 'Move to Key Learnings')!);
  assert.match(out2, /- Alerts on queue age would page earlier\.\n- The alert threshold is insufficient\./);
  assert.deepEqual(findingsOf('timeline-judgment', out2), []);
});

test('not flagged: backward "should have" (counterfactual), "must have", quotes, code, outside the timeline', () => {
  assert.deepEqual(findingsOf('timeline-judgment', doc('Waited for caches to expire. The TTL should have been lower.')), []);
  assert.deepEqual(findingsOf('timeline-judgment', doc('The cache must have expired by then')), []);
  assert.deepEqual(findingsOf('timeline-judgment', doc("We shouldn't have waited")), []);
  assert.deepEqual(findingsOf('timeline-judgment', doc('Vendor wrote: "this should recover within the hour"')), []);
  assert.deepEqual(findingsOf('timeline-judgment', doc('Ran `should_retry --must`')), []);
  assert.deepEqual(findingsOf('timeline-judgment', '# P\n\n## Key Learnings\n\n- The runbook must cover prefetch.\n'), []);
});

test('language.extraPhrases adds phrases for timeline-judgment, matched as words', () => {
  const md = doc('Restarted; this was a poor call (.*)+');
  assert.deepEqual(findingsOf('timeline-judgment', md), []);
  const f = findingsOf('timeline-judgment', md, { config: { language: { extraPhrases: { 'timeline-judgment': ['poor call', '(.*)+'] } } } });
  assert.deepEqual(f.map((x) => textOf(md, x)), ['poor call']);
});

test('timeline-judgment: a state compared with the expected one, or a possibility weighed then, is the record of that moment (issue 15)', () => {
  for (const cell of [
    'Some daemonsets not operational: they could not be scheduled on all nodes as they should be',
    'No sign of interruption, so decided to monitor, bearing in mind we may need to roll back the AMI',
    'Traffic is not routed as it should be',
  ]) {
    assert.deepEqual(findingsOf('timeline-judgment', doc(cell)), [], cell);
  }
  // A prescription written into the row stays flagged.
  for (const cell of ['Restarted the pods; we need to add an alert for this', 'Paging should be faster', 'We must add a canary']) {
    assert.equal(findingsOf('timeline-judgment', doc(cell)).length, 1, cell);
  }
});

test('timeline-judgment: where or what the expected thing is, and a fix already attempted, record the moment (stop 35)', () => {
  for (const cell of [
    'Files show question marks where an accented letter should be',
    'Queue depth is ten times higher than it should be',
    'Attempted fix: moved the volume to the new node',
    'Temporary fix: pinned the image tag',
  ]) {
    assert.deepEqual(findingsOf('timeline-judgment', doc(cell)), [], cell);
  }
  // A fix to make, and a prescription with "where", stay flagged.
  for (const cell of ['Fix: add a volume check', 'Restarted; we should be alerting where it matters']) {
    assert.equal(findingsOf('timeline-judgment', doc(cell)).length, 1, cell);
  }
});

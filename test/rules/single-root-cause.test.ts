import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, inSection, textOf, applyFix, lintMd } from '../helpers/lint';

const id = 'single-root-cause';

test('flags "the root cause was" with a technical complement, on the trigger words', () => {
  const md = inSection('The root cause was an expired intermediate certificate.');
  const [f, ...rest] = findingsOf(id, md);
  assert.equal(rest.length, 0);
  assert.equal(textOf(md, f), 'The root cause was');
  assert.equal(f.severity, 'info');
  assert.equal(f.category, 'structure');
});

test('flags a "Root cause:" label and qualified forms', () => {
  assert.equal(textOf(inSection('Root cause: a stale DNS cache.'), findingsOf(id, inSection('Root cause: a stale DNS cache.'))[0]), 'Root cause:');
  const md = inSection('The single root cause is the retry storm.');
  assert.equal(textOf(md, findingsOf(id, md)[0]), 'The single root cause is');
  const md2 = inSection('We think the primary root cause was the missing index.');
  assert.equal(textOf(md2, findingsOf(id, md2)[0]), 'the primary root cause was');
});

test('guards: plural root causes, root cause analysis, headings, persons and human error', () => {
  for (const text of [
    'Root causes: a stale DNS cache, an untested rollback script, and no owner for the zone.',
    'The root cause analysis took two days.',
    'We ran a root cause analysis session with both teams.',
    'The root cause was Nadia restarting the broker during the rebalance.',
    'The root cause was the DBA running the cleanup script.',
    'The root cause was human error.',
    'The trigger was a config push; the other factors are listed below.',
  ]) {
    assert.deepEqual(findingsOf(id, inSection(text)).map((f) => f.message), [], text);
  }
  assert.equal(findingsOf(id, '# Post-Mortem: x\n\n## Root Cause\n\nThe cache expired.\n').length, 0);
});

test('runs in summary, contributing factors, learnings and other sections, not in timeline, action items or what went well', () => {
  const sentence = 'The root cause was the prefetch default.';
  for (const section of ['Executive Summary', 'Contributing Factors', 'Key Learnings', 'Impact']) {
    assert.equal(findingsOf(id, inSection(sentence, section)).length, 1, section);
  }
  for (const section of ['What Went Well', 'Follow-Up Review', 'External Message']) {
    assert.equal(findingsOf(id, inSection(sentence, section)).length, 0, section);
  }
  const table = '# Post-Mortem: x\n\n## Timeline of Events\n\n| Time | Event | Information Available | Decision/Action Taken |\n|---|---|---|---|\n| 10:00 | The root cause was the prefetch default | x | y |\n';
  assert.equal(findingsOf(id, table).length, 0);
});

test('rootCause.style "root-causes" turns it off', () => {
  assert.equal(findingsOf(id, inSection('The root cause was the prefetch default.'), { config: { rootCause: { style: 'root-causes' } } }).length, 0);
});

test('the rewrite fix touches only the trigger words and clears the finding', () => {
  const md = inSection('The root cause was the prefetch default changing from 50 to 1.');
  const [f] = findingsOf(id, md);
  const fixed = applyFix(md, f.fixes[0]);
  assert.equal(fixed, inSection('One contributing factor was the prefetch default changing from 50 to 1.'));
  assert.equal(findingsOf(id, fixed).length, 0);
  const label = inSection('Root cause: a stale cache.');
  assert.equal(applyFix(label, findingsOf(id, label)[0].fixes[0]), inSection('Contributing factor: a stale cache.'));
  assert.ok(lintMd(fixed).findings.every((x) => x.ruleId !== id));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, textOf } from '../helpers/lint';
import { VAGUE_OPENINGS, VAGUE_MAKE_COMPLEMENTS, CONCRETE_MARKERS } from '../../server/src/core/rules/actions/action-vague.phrases';

const ID = 'action-vague';
const doc = (actions: string[]) =>
  `# Post-Mortem: test\n**Date**: 2026-09-08\n**Participants**: Eli Novak, Ana Silva\n\n## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n${actions.map((a) => `| ${a} | Ana | 2026-09-20 | CI fails on a test change |`).join('\n')}\n`;

test('catalogue examples are flagged (warning)', () => {
  const md = doc(['Improve DNS monitoring', 'Look into a certificate inventory', 'Make alerting better', 'Fix the issue', 'Investigate the latency spike', 'Reflect on the rollout', 'Revisit the runbook', 'Consider a canary stage']);
  const fs = findingsOf(ID, md);
  assert.equal(fs.length, 8);
  assert.ok(fs.every((f) => f.severity === 'warning'));
  assert.equal(textOf(md, fs[0]), 'Improve DNS monitoring');
});

test('concrete actions are not flagged', () => {
  const md = doc([
    'Add an alert on the age of the oldest message',
    'Improve the restore script so that it refuses an unknown region',
    'Investigate why the pool shrank and add an alert on pool wait',
    'Make the restore tool show the target region and require typing it to confirm',
    'Fix the off-by-one in the pager rotation script',
    'Improve p99 latency to under 500 ms',
  ]);
  assert.deepEqual(findingsOf(ID, md).map((f) => textOf(md, f)), []);
});

test('people-targeted actions are left to people-targeted-action', () => {
  assert.deepEqual(findingsOf(ID, doc(['Improve how carefully Eli reviews changes and remind everyone', 'Be more careful when editing DNS records'])), []);
});

test('placeholders are not flagged', () => {
  assert.deepEqual(findingsOf(ID, doc(['[Improve something]'])), []);
});

for (const opening of VAGUE_OPENINGS) {
  test(`vague opening: "${opening}"`, () => {
    const action = `${opening[0].toUpperCase()}${opening.slice(1)} the zone export job`;
    assert.equal(findingsOf(ID, doc([action])).length, 1, action);
    assert.equal(findingsOf(ID, doc([`${action} so that a test change fails CI`])).length, 0);
  });
}

for (const c of VAGUE_MAKE_COMPLEMENTS) {
  test(`make … ${c}`, () => {
    assert.equal(findingsOf(ID, doc([`Make the deploy pipeline ${c}`])).length, 1);
  });
}

for (const m of CONCRETE_MARKERS) {
  test(`concrete marker: "${m}"`, () => {
    assert.equal(findingsOf(ID, doc([`Investigate the queue ${m} the age alert`])).length, 0);
  });
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, textOf } from '../helpers/lint';
import { VAGUE_METRIC_WORDS, THRESHOLD_WORDS, TEST_WORDS, END_STATE_WORDS } from '../../server/src/core/rules/actions/action-metric-vague.phrases';

const ID = 'action-metric-vague';
const doc = (metrics: string[]) =>
  `# Post-Mortem: test\n**Date**: 2026-09-08\n**Participants**: Eli Novak, Ana Silva\n\n## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n${metrics.map((m) => `| Add a CI check | Ana | 2026-09-20 | ${m} |`).join('\n')}\n`;

test('catalogue examples are flagged (info)', () => {
  const md = doc(['Better alerts', 'Improved reliability', 'Done', 'Alerts are better', 'Monitoring']);
  const fs = findingsOf(ID, md);
  assert.deepEqual(fs.map((f) => textOf(md, f)), ['Better alerts', 'Improved reliability', 'Done', 'Alerts are better', 'Monitoring']);
  assert.ok(fs.every((f) => f.severity === 'info'));
});

test('numbers, thresholds, end states and tests are measurable', () => {
  const md = doc([
    'Alert fires within 30 seconds',
    'Zero missed checklist items',
    'CI fails on a test change that deletes the apex A record',
    'SOA minimum field reads 300 on the public zone',
    'The runbook\'s second step shows how to read prefetch from the broker',
    'All remaining pool changes record the tested traffic level',
    'The checklist item is present on every upgrade PR',
    'Runbook updated',
    'Error rate below 0.1%',
  ]);
  assert.deepEqual(findingsOf(ID, md).map((f) => textOf(md, f)), []);
});

test('people-targeted metrics are left to people-targeted-action', () => {
  assert.deepEqual(findingsOf(ID, doc(['No more DNS mistakes', 'Engineers remember the freeze', 'Fewer human errors', 'Eli completes the training', 'People are more careful'])), []);
});

test('placeholders and empty cells are not flagged here', () => {
  assert.deepEqual(findingsOf(ID, doc(['[How we will know it works]', 'TBD', ''])), []);
});

for (const w of VAGUE_METRIC_WORDS) {
  test(`vague metric word: "${w}"`, () => {
    assert.equal(findingsOf(ID, doc([`Dashboards ${w}`])).length, 1, `Dashboards ${w}`);
    assert.equal(findingsOf(ID, doc([`Dashboards ${w}, p99 under 2 s`])).length, 0);
  });
}

for (const w of THRESHOLD_WORDS) {
  test(`threshold word: "${w}"`, () => {
    assert.equal(findingsOf(ID, doc([`Better dashboards, ${w} queue alert`])).length, 0);
  });
}

for (const w of TEST_WORDS) {
  test(`test word: "${w}"`, () => {
    assert.equal(findingsOf(ID, doc([`Better dashboards ${w} queue alert`])).length, 0);
  });
}

for (const w of END_STATE_WORDS) {
  test(`end-state word: "${w}"`, () => {
    assert.equal(findingsOf(ID, doc([`Queue age dashboard ${w}`])).length, 0);
    assert.equal(findingsOf(ID, doc(['Queue age dashboard'])).length, 1);
  });
}

import { PEOPLE_ACTION_PHRASES, PEOPLE_FAULT_NOUNS } from '../../server/src/core/rules/actions/items';

for (const phrase of [...PEOPLE_ACTION_PHRASES, ...PEOPLE_FAULT_NOUNS]) {
  test(`people-targeted metric left to people-targeted-action: "${phrase}"`, () => {
    assert.deepEqual(findingsOf(ID, doc([`Better dashboards, ${phrase}`])), []);
    assert.equal(findingsOf(ID, doc(['Better dashboards'])).length, 1);
  });
}

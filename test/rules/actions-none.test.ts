import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from '../helpers/lint';
import { NONE_PHRASES } from '../../server/src/core/rules/actions/actions-none.phrases';
import { isNoneStatement, hasReason } from '../../server/src/core/rules/actions/actions-none';

const ID = 'actions-none';
const doc = (body: string) => `# Post-Mortem: test\n**Date**: 2026-09-08\n\n## Action Items\n${body}\n\n## Follow-Up Review\n**Scheduled for**: 2026-10-06\n`;

test('a header-only table has zero items', () => {
  const fs = findingsOf(ID, doc('| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|'));
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /no action items/);
});

test('actions written as prose are actions-table\'s, a placeholder paragraph placeholder-text\'s', () => {
  assert.deepEqual(findingsOf(ID, doc('We discussed several ideas in the meeting.')), []);
  assert.equal(findingsOf('actions-table', doc('We discussed several ideas in the meeting.')).length, 1);
  assert.deepEqual(findingsOf(ID, doc('[List the action items]')), []);
  assert.deepEqual(findingsOf('actions-table', doc('[List the action items]')), []);
});

test('a header-only table with a note still has zero items', () => {
  assert.equal(findingsOf(ID, doc('Items will be added after the review.\n\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|')).length, 1);
});

test('an explicit "no action items, because …" satisfies it', () => {
  assert.deepEqual(findingsOf(ID, doc('No action items: the fault was in the vendor\'s network, and their report is linked above.')), []);
  assert.deepEqual(findingsOf(ID, doc('- None identified, because the alerting already covered this case.')), []);
});

test('a bare "None." says none were chosen but not why', () => {
  const fs = findingsOf(ID, doc('None.'));
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /not why/);
});

test('a table with items, or a list of actions, is not flagged', () => {
  assert.deepEqual(findingsOf(ID, doc('| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n| Add an alert | Ana | 2026-09-20 | Pages within 2 min |')), []);
  assert.deepEqual(findingsOf(ID, doc('- Add an alert on queue age')), []);
});

test('a template placeholder row counts as an item (placeholder-text reports it)', () => {
  assert.deepEqual(findingsOf(ID, doc('| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n| [Specific improvement] | [Name] | [YYYY-MM-DD] | [How we will know] |')), []);
});

test('an empty section is section-empty\'s; a missing one section-missing\'s', () => {
  assert.deepEqual(findingsOf(ID, doc('')), []);
  assert.deepEqual(findingsOf(ID, '# Post-Mortem: test\n\n## Executive Summary\nText.\n'), []);
});

test('actions.required = false turns it off', () => {
  assert.deepEqual(findingsOf(ID, doc('| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|'), { config: { actions: { required: false } } }), []);
});

for (const phrase of NONE_PHRASES) {
  test(`none phrase: "${phrase}"`, () => {
    assert.ok(isNoneStatement(`${phrase} because the vendor owns the fix`));
    assert.ok(hasReason(`${phrase} because the vendor owns the fix`));
    assert.deepEqual(findingsOf(ID, doc(`${phrase[0].toUpperCase()}${phrase.slice(1)}, because the vendor owns the fix.`)), []);
  });
}

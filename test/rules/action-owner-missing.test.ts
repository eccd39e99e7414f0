import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, textOf } from '../helpers/lint';

const ID = 'action-owner-missing';
const doc = (rows: string) => `# Post-Mortem: test\n**Date**: 2026-09-08\n\n## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n${rows}\n`;

test('an empty Owner cell is flagged on its line (warning)', () => {
  const md = doc('| Add a CI check | | 2026-09-21 | CI fails on a test change |');
  const fs = findingsOf(ID, md);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'warning');
  assert.ok(textOf(md, fs[0]).startsWith('|'));
  assert.match(fs[0].message, /Add a CI check/);
});

test('dashes and n/a stand for nothing', () => {
  assert.equal(findingsOf(ID, doc('| Add a check | - | 2026-09-21 | CI fails |\n| Add an alert | n/a | 2026-09-21 | CI fails |\n| Add a test | — | 2026-09-21 | CI fails |')).length, 3);
});

test('a ragged row without an Owner cell is flagged', () => {
  assert.equal(findingsOf(ID, doc('| Add a CI check')).length, 1);
});

test('filled owners and placeholders are not flagged', () => {
  assert.deepEqual(findingsOf(ID, doc('| Add a check | Sofia Lindqvist | 2026-09-21 | CI fails |\n| Add an alert | [Name] | 2026-09-21 | CI fails |\n| Add a test | TBD | 2026-09-21 | CI fails |')), []);
});

test('a table without an Owner column is actions-table\'s', () => {
  const md = '# Post-Mortem: test\n\n## Action Items\n| Action | Due Date | Success Metric |\n|---|---|---|\n| Add a check | 2026-09-21 | CI fails |\n';
  assert.deepEqual(findingsOf(ID, md), []);
  assert.equal(findingsOf('actions-table', md).length, 1);
});

test('blank rows are not items', () => {
  assert.deepEqual(findingsOf(ID, doc('|  |  |  |  |')), []);
});

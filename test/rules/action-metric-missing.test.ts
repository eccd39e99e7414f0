import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from '../helpers/lint';

const ID = 'action-metric-missing';
const doc = (metrics: string[]) =>
  `# Post-Mortem: test\n**Date**: 2026-09-08\n\n## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n${metrics.map((m) => `| Add a CI check | Ana | 2026-09-20 | ${m} |`).join('\n')}\n`;

test('an empty metric is a warning', () => {
  const fs = findingsOf(ID, doc(['', '-', 'n/a']));
  assert.equal(fs.length, 3);
  assert.ok(fs.every((f) => f.severity === 'warning'));
  assert.match(fs[0].message, /"Add a CI check" has no success metric/);
});

test('a ragged row without the metric cell is flagged', () => {
  const md = '# Post-Mortem: test\n\n## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n| Add a CI check | Ana | 2026-09-20\n';
  assert.equal(findingsOf(ID, md).length, 1);
});

test('filled metrics and placeholders are not flagged', () => {
  assert.deepEqual(findingsOf(ID, doc(['CI fails on a test change', 'Better alerts', '[How we will know it works]', 'TBD'])), []);
});

test('a table without a Success Metric column is actions-table\'s', () => {
  const md = '# Post-Mortem: test\n\n## Action Items\n| Action | Owner | Due Date |\n|---|---|---|\n| Add a check | Ana | 2026-09-21 |\n';
  assert.deepEqual(findingsOf(ID, md), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, textOf } from '../helpers/lint';

const ID = 'follow-up-before-due';
const doc = (scheduled: string, dues: string[]) =>
  `# Post-Mortem: test\n**Date**: 2026-09-08\n\n## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n${dues.map((d, i) => `| Add check ${i + 1} | Ana | ${d} | CI fails on a test change |`).join('\n')}\n\n## Follow-Up Review\n**Scheduled for**: ${scheduled}\n`;

test('a review before the latest due date: info on the review date', () => {
  const md = doc('2026-10-06', ['2026-09-20', '2026-10-20', '2026-09-30']);
  const [f] = findingsOf(ID, md);
  assert.equal(f.severity, 'info');
  assert.equal(textOf(md, f), '2026-10-06');
  assert.match(f.message, /14 days before the latest action item is due \(2026-10-20 \("Add check 2"\)\)/);
});

test('a review on or after the latest due date: nothing', () => {
  assert.deepEqual(findingsOf(ID, doc('2026-10-20', ['2026-09-20', '2026-10-20'])), []);
  assert.deepEqual(findingsOf(ID, doc('2026-10-21', ['2026-09-20', 'next sprint', ''])), []);
});

test('a due date before the incident is a typo, not the latest plan', () => {
  assert.deepEqual(findingsOf(ID, doc('2026-10-06', ['2026-09-20', '2025-12-01'])), []);
});

test('no review date or no due dates: nothing', () => {
  assert.deepEqual(findingsOf(ID, doc('', ['2026-10-20'])), []);
  assert.deepEqual(findingsOf(ID, doc('2026-10-06', [])), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, textOf } from '../helpers/lint';

const ID = 'action-tracking-link';
const on = { config: { rules: { 'action-tracking-link': 'info' as const } } };
const doc = (rows: string[], after = '') =>
  `# Post-Mortem: test\n**Date**: 2026-09-08\n\n## Action Items\n| Action | Owner | Due Date | Success Metric | Ticket |\n|---|---|---|---|---|\n${rows.join('\n')}\n${after}`;

test('off by default', () => {
  assert.deepEqual(findingsOf(ID, doc(['| Add a CI check | Ana | 2026-09-20 | CI fails | — |'])), []);
});

test('when on: a row without a ticket or link is flagged on its Action cell', () => {
  const md = doc(['| Add a CI check | Ana | 2026-09-20 | CI fails | — |', '| Add an alert | Ana | 2026-09-20 | Pages in 2 min | NET-812 |']);
  const fs = findingsOf(ID, md, on);
  assert.deepEqual(fs.map((f) => [textOf(md, f), f.severity]), [['Add a CI check', 'info']]);
});

test('links, ticket ids and issue numbers anywhere in the row count', () => {
  const md = doc([
    '| Add a CI check ([NET-1](https://tracker.example/NET-1)) | Ana | 2026-09-20 | CI fails | |',
    '| Add an alert | Ana | 2026-09-20 | Pages | https://tracker.example/2 |',
    '| Add a test | Ana | 2026-09-20 | Runs | #123 |',
  ]);
  assert.deepEqual(findingsOf(ID, md, on), []);
});

test('a note saying where all items are tracked counts for every row', () => {
  const md = doc(['| Add a CI check | Ana | 2026-09-20 | CI fails | |'], '\nAll action items are tracked on the CHECKOUT board with the label `inc-2026-10-14`.\n');
  assert.deepEqual(findingsOf(ID, md, on), []);
});

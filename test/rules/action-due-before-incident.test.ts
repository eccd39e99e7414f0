import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, textOf } from '../helpers/lint';

const ID = 'action-due-before-incident';
const doc = (dues: string[], date = '**Date**: 2026-09-08') =>
  `# Post-Mortem: test\n${date}\n\n## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n${dues.map((d) => `| Add a CI check | Ana | ${d} | CI fails on a test change |`).join('\n')}\n`;

test('a due date before the incident is an error on the date', () => {
  const md = doc(['2026-08-30']);
  const [f] = findingsOf(ID, md);
  assert.equal(f.severity, 'error');
  assert.equal(textOf(md, f), '2026-08-30');
  assert.match(f.message, /9 days before the incident \(2026-09-08\)/);
});

test('the incident date itself is flagged', () => {
  assert.match(findingsOf(ID, doc(['2026-09-08']))[0].message, /incident date itself/);
});

test('non-ISO forms of both dates are compared as dates', () => {
  assert.equal(findingsOf(ID, doc(['30 Aug 2026'], 'Date: Tuesday 8 September 2026')).length, 1);
});

test('later due dates, unparseable ones and a missing incident date are not flagged', () => {
  assert.deepEqual(findingsOf(ID, doc(['2026-09-09', '2026-12-01', 'next sprint', ''])), []);
  assert.deepEqual(findingsOf(ID, doc(['2026-08-30'], '**Severity**: High')), []);
  assert.deepEqual(findingsOf(ID, doc(['2026-08-30'], '**Date**: [Date of incident]')), []);
});

test('"today" does not matter: only the incident date does', () => {
  assert.equal(findingsOf(ID, doc(['2026-08-30']), { today: '2020-01-01' }).length, 1);
  assert.deepEqual(findingsOf(ID, doc(['2026-09-10']), { today: '2030-01-01' }), []);
});

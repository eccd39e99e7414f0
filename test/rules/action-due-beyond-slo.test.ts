import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, textOf } from '../helpers/lint';

const ID = 'action-due-beyond-slo';
const doc = (severity: string, dues: string[], extra = '') =>
  `# Post-Mortem: test\n**Date**: 2026-09-08  \n**Severity**: ${severity}\n\n## Action Items\n| Action | Owner | Due Date | Success Metric |${extra ? ' Status |' : ''}\n|---|---|---|---|${extra ? '---|' : ''}\n${dues.map((d) => `| Add a CI check | Ana | ${d} | CI fails on a test change |${extra ? ` ${extra} |` : ''}`).join('\n')}\n`;

test('Critical: 15 days (info, on the date)', () => {
  const md = doc('Critical', ['2026-09-23', '2026-09-24', '2026-10-20']);
  const fs = findingsOf(ID, md);
  assert.deepEqual(fs.map((f) => textOf(md, f)), ['2026-09-24', '2026-10-20']);
  assert.ok(fs.every((f) => f.severity === 'info'));
  assert.match(fs[1].message, /42 days after a Critical incident; the due-date SLO is 15 days \(2026-09-23\)/);
});

test('High 30, Medium 56, Low none', () => {
  assert.equal(findingsOf(ID, doc('High', ['2026-10-08', '2026-10-09'])).length, 1);
  assert.equal(findingsOf(ID, doc('Medium', ['2026-11-03', '2026-11-04'])).length, 1);
  assert.deepEqual(findingsOf(ID, doc('Low', ['2027-09-08'])), []);
});

test('the severity is resolved through the alias map: SEV2 → High → 30 days', () => {
  assert.equal(findingsOf(ID, doc('SEV2', ['2026-10-08', '2026-10-09'])).length, 1);
  assert.match(findingsOf(ID, doc('Sev 2', ['2026-10-09']))[0].message, /High incident; the due-date SLO is 30 days/);
  assert.equal(findingsOf(ID, doc('Major (customer-facing)', ['2026-10-09'])).length, 1);
  assert.equal(findingsOf(ID, doc('SEV4', ['2027-01-01'])).length, 0);
});

test('config: actions.dueSloDays and severity.aliases', () => {
  assert.equal(findingsOf(ID, doc('High', ['2026-09-20']), { config: { actions: { dueSloDays: { High: 10 } } } }).length, 1);
  assert.equal(findingsOf(ID, doc('Urgent', ['2026-09-20']), { config: { severity: { aliases: { Urgent: 'Critical' } } } }).length, 0);
  assert.equal(findingsOf(ID, doc('Urgent', ['2026-09-24']), { config: { severity: { aliases: { Urgent: 'Critical' } } } }).length, 1);
});

test('unknown severity, no date, a done item or a date before the incident: nothing', () => {
  assert.deepEqual(findingsOf(ID, doc('Whatever', ['2027-01-01'])), []);
  assert.deepEqual(findingsOf(ID, doc('Critical', ['next year'])), []);
  assert.deepEqual(findingsOf(ID, doc('Critical', ['2027-01-01'], 'Done')), []);
  assert.deepEqual(findingsOf(ID, doc('Critical', ['2026-01-01'])), []);
});

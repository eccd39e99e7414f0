import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf, lintMd, applyFix, textOf } from '../helpers/lint';

const ID = 'participant-missing';
const GOOD = readFileSync(join(__dirname, '..', '..', 'examples', 'checkout-latency.postmortem.md'), 'utf8');
const doc = (participants: string, rows: string[], extra = '') =>
  `# Post-Mortem: x\n**Date**: 2026-10-14  \n**Facilitator**: Grace Okafor  \n**Participants**: ${participants}  \n**Severity**: High\n\n## Timeline of Events\n| Time | Event | Information Available | Decision/Action Taken |\n|---|---|---|---|\n${rows.map((r) => `| 10:00 | ${r} | x | y |`).join('\n')}\n${extra}`;

test('capitalised words that are not names are not people', () => {
  assert.deepEqual(findingsOf(ID, GOOD), []);
  assert.deepEqual(findingsOf(ID, doc('Eli Novak', ['Config change starts', 'Autumn sale begins', 'Postgres primary CPU 38%', 'Max connections reached on Monday', 'Mark the deploy as healthy', 'May traffic forecast'])), []);
});

test('a given name not in Participants is reported once, at its first mention; the fix adds the fullest form', () => {
  const md = doc('Eli Novak, Sofia Lindqvist', ['Eli opens the console', 'Eli asked Hannah to pull the audit log', 'Hannah Berg reviews the audit log']);
  const found = findingsOf(ID, md);
  assert.equal(found.length, 1);
  assert.equal(textOf(md, found[0]), 'Hannah');
  assert.equal(found[0].severity, 'info');
  const fix = found[0].fixes[0];
  assert.equal(fix.title, 'Add Hannah Berg to Participants');
  assert.ok(!fix.safe, 'who is invited is the author\'s decision');
  const fixed = applyFix(md, fix);
  assert.ok(fixed.includes('**Participants**: Eli Novak, Sofia Lindqvist, Hannah Berg  \n'));
  assert.deepEqual(findingsOf(ID, fixed), []);
});

test('a name is known by any of its tokens, Unicode-aware, and the Facilitator counts as listed', () => {
  assert.deepEqual(findingsOf(ID, doc('Chloé Martin', ['Chloé confirms the batch finished', 'Martin restarts it'])), []);
  assert.deepEqual(findingsOf(ID, doc('Eli Novak', ['Grace joins the bridge'])), []);
  assert.deepEqual(findingsOf(ID, doc('Eli Novak', ["Eli's patch is deployed"])), []);
});

test('names from Owner cells are people but still have to be listed', () => {
  const md = doc('Eli Novak', ['Kwabena restarts the pods'], '\n## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n| Add a check | Kwabena Asante | 2026-10-20 | CI fails |\n');
  const [f] = findingsOf(ID, md);
  assert.equal(textOf(md, f), 'Kwabena');
});

test('teams from Owner cells are not people', () => {
  const md = doc('Eli Novak', ['Checkout p99 latency rises'], '\n## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n| Add a check | Checkout team | 2026-10-20 | CI fails |\n');
  assert.deepEqual(findingsOf(ID, md), []);
});

test('handles are people, mailing lists are not', () => {
  const md = doc('Eli Novak', ['@tomb restarts the pods', 'Warnings go to platform-alerts@, a list that was archived', 'Mail to oncall@ list bounced', 'Paged @eli']);
  const found = findingsOf(ID, md);
  assert.deepEqual(found.map((f) => textOf(md, f)), ['@tomb']);
});

test('the Time column and quoted text are not read; list timelines are', () => {
  assert.deepEqual(findingsOf(ID, doc('Eli Novak', ['Page text: "Hannah says the zone is gone"'])), []);
  const md = '# Post-Mortem: x\nDate: 2026-11-01  \nAttendees: Kofi Mensah, Laura Chen\n\n## Timeline\n- 06:10 — Laura sees emails\n- 08:00 — Hugo at the CA confirms the rotation\n- Nov 3, 11:00 — release\n';
  const found = findingsOf(ID, md);
  assert.deepEqual(found.map((f) => textOf(md, f)), ['Hugo']);
  assert.ok(applyFix(md, found[0].fixes[0]).includes('Attendees: Kofi Mensah, Laura Chen, Hugo\n'));
});

test('no Participants field: header-field-missing reports it, not this rule', () => {
  const md = doc('Eli', ['Hannah joins']).replace('**Participants**: Eli  \n', '');
  assert.deepEqual(findingsOf(ID, md), []);
});

test('hostile shapes do not throw', () => {
  const md = doc('Eli Novak', ['Hannah joins']);
  for (const m of ['', '# T', '## Timeline\n- Hannah', '\ufeff' + md, md.replace(/\n/g, '\r\n'), md.trimEnd(), '| Time | Event |\n|--|--|\n| 1 | @ |']) {
    const { findings } = lintMd(m);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error'), []);
  }
  const crlf = md.replace(/\n/g, '\r\n');
  const [f] = findingsOf(ID, crlf);
  assert.deepEqual(findingsOf(ID, applyFix(crlf, f.fixes[0])), []);
});

test('generic words of a team-like Owner are not names', () => {
  const md = doc('Eli Novak', ['Platform restarts the gateway', 'Security reviews the token']).replace('**Severity**: High', '**Owner**: Platform Security  \n**Severity**: High');
  assert.deepEqual(findingsOf(ID, md), []);
});

test('composed and decomposed accents are the same name', () => {
  assert.deepEqual(findingsOf(ID, doc('Chlo\u00e9 Martin', ['Chloe\u0301 confirms the batch finished'])), []);
  assert.equal(findingsOf(ID, doc('Eli Novak', ['Chlo\u00e9 confirms the batch finished'])).length, 1);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf, lintMd, textOf } from '../helpers/lint';

const ID = 'facilitator-involved';
const GOOD = readFileSync(join(__dirname, '..', '..', 'examples', 'checkout-latency.postmortem.md'), 'utf8');
const doc = (facilitator: string, rows: string[]) =>
  `# Post-Mortem: x\n**Date**: 2026-10-14  \n**Facilitator**: ${facilitator}  \n**Participants**: Eli Novak, Sofia Lindqvist  \n\n## Timeline of Events\n| Time | Event | Information Available | Decision/Action Taken |\n|---|---|---|---|\n${rows.map((r) => `| 10:00 | ${r} | x | y |`).join('\n')}\n`;

test('a facilitator absent from the timeline is not reported', () => {
  assert.deepEqual(findingsOf(ID, GOOD), []);
  assert.deepEqual(findingsOf(ID, doc('Marcus Webb', ['Eli opens the console', 'Sofia is paged'])), []);
});

test('the facilitator acting in the timeline is reported once, on the Facilitator value', () => {
  const md = doc('Marcus Webb', ['Marcus joins the bridge', 'Marcus runs dig', 'Marcus Webb closes the incident']);
  const found = findingsOf(ID, md);
  assert.equal(found.length, 1);
  assert.equal(textOf(md, found[0]), 'Marcus Webb');
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /L9/);
});

test('the full name counts, and the facilitator named in another cell counts', () => {
  const md = doc('Marcus Webb', ['Incident opened']).replace('| x | y |', '| Marcus Webb asked for logs | y |');
  assert.equal(findingsOf(ID, md).length, 1);
});

test('another person sharing only the family name, or a placeholder facilitator, is not reported', () => {
  assert.deepEqual(findingsOf(ID, doc('Marcus Webb', ['Anna Webb opens a ticket'])), []);
  assert.deepEqual(findingsOf(ID, doc('[Name]', ['Marcus joins'])), []);
  assert.deepEqual(findingsOf(ID, doc('Marcus Webb', ['`marcus` user created'])), []);
});

test('list timelines are read too', () => {
  const md = '# Post-Mortem: x\nDate: 2026-10-14  \nFacilitator: Laura Chen\n\n## Timeline\n- 06:10 — Laura sees emails from two partners\n';
  assert.equal(findingsOf(ID, md).length, 1);
});

test('hostile shapes do not throw', () => {
  for (const md of ['', '# T', 'Facilitator: A', '\ufeff' + doc('Marcus Webb', ['Marcus']), doc('Marcus Webb', ['Marcus']).replace(/\n/g, '\r\n'), doc('Marcus Webb', ['Marcus']).trimEnd()]) {
    const { findings } = lintMd(md);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error'), []);
  }
  assert.equal(findingsOf(ID, doc('Marcus Webb', ['Marcus joins']).replace(/\n/g, '\r\n')).length, 1);
});

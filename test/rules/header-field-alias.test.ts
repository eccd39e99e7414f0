import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, lintMd, applyFix, textOf } from '../helpers/lint';

const ID = 'header-field-alias';
const doc = (header: string) => `# Post-Mortem: x\n${header}\n\n## Executive Summary\nText with 5 users.\n`;

test('canonical labels are not reported', () => {
  assert.deepEqual(findingsOf(ID, doc('**Date**: 2026-10-14  \n**Participants**: A B  \n**Severity**: High  \n**Duration**: 1h')), []);
});

for (const [alias, canonical] of [['Attendees', 'Participants'], ['Responders', 'Participants'], ['Incident date', 'Date'], ['Sev', 'Severity'], ['Priority', 'Severity'], ['Impact window', 'Duration']]) {
  test(`${alias} → ${canonical}, renamed by the fix`, () => {
    const md = doc(`**Facilitator**: A B  \n**${alias}**: value`);
    const found = findingsOf(ID, md);
    assert.equal(found.length, 1);
    assert.equal(textOf(md, found[0]), alias);
    assert.equal(found[0].severity, 'info');
    assert.ok(found[0].fixes[0].safe);
    const fixed = applyFix(md, found[0].fixes[0]);
    assert.ok(fixed.includes(`**${canonical}**: value`));
    assert.deepEqual(findingsOf(ID, fixed), []);
  });
}

test('plain and list forms are renamed in place', () => {
  const md = doc('Date: 2026-10-14  \nAttendees: Kofi Mensah  \n- Impact window: 2h');
  const found = findingsOf(ID, md);
  assert.deepEqual(found.map((f) => textOf(md, f)), ['Attendees', 'Impact window']);
  let fixed = md;
  for (const f of [...found].reverse()) fixed = applyFix(fixed, f.fixes[0]);
  assert.ok(fixed.includes('Participants: Kofi Mensah') && fixed.includes('- Duration: 2h'));
  assert.deepEqual(findingsOf(ID, fixed), []);
});

test('unknown labels and lines in sections are not aliases', () => {
  assert.deepEqual(findingsOf(ID, doc('**Owner**: Platform  \n**Status**: Draft')), []);
  assert.deepEqual(findingsOf(ID, '# Post-Mortem: x\n\n## Executive Summary\nAttendees: this is prose in a section.\n'), []);
});

test('hostile shapes do not throw', () => {
  for (const md of ['', '# T', 'Attendees:', '\ufeffAttendees: A\r\n', doc('**Attendees**: A').replace(/\n/g, '\r\n'), doc('**Attendees**: A').trimEnd()]) {
    const { findings } = lintMd(md);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error'), []);
  }
});

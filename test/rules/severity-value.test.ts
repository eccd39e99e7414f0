import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, lintMd, applyFix, textOf } from '../helpers/lint';

const ID = 'severity-value';
const doc = (sev: string) => `# Post-Mortem: x\n**Date**: 2026-10-14  \n**Severity**: ${sev}  \n**Duration**: 1h\n\n## Executive Summary\nText.\n`;

test('values of the vocabulary are not reported, in any case and with a note after them', () => {
  for (const v of ['Critical', 'High', 'medium', 'Low', 'High (customer-facing)', '[Critical/High/Medium/Low]', '']) assert.deepEqual(findingsOf(ID, doc(v)), [], v);
});

for (const [alias, value] of [['SEV2', 'High'], ['SEV0', 'Critical'], ['Sev-2', 'High'], ['sev 3', 'Medium'], ['S2', 'High'], ['P1', 'Critical'], ['Major', 'High'], ['minor', 'Low'], ['SEV4', 'Low']]) {
  test(`${alias} maps to ${value} with a safe fix`, () => {
    const md = doc(alias);
    const [f, ...rest] = findingsOf(ID, md);
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'warning');
    assert.equal(textOf(md, f), alias);
    assert.ok(f.fixes[0].safe && f.fixes[0].preferred);
    const fixed = applyFix(md, f.fixes[0]);
    assert.ok(fixed.includes(`**Severity**: ${value}  `));
    assert.deepEqual(findingsOf(ID, fixed), []);
  });
}

test('an alias followed by a note keeps the note', () => {
  const md = doc('SEV2 (paging)');
  const [f] = findingsOf(ID, md);
  assert.ok(applyFix(md, f.fixes[0]).includes('**Severity**: High (paging)'));
});

test('an unknown value offers each level, none automatic', () => {
  const [f] = findingsOf(ID, doc('Spicy'));
  assert.match(f.message, /Spicy/);
  assert.deepEqual(f.fixes.map((x) => x.title), ['Change to Critical', 'Change to High', 'Change to Medium', 'Change to Low']);
  assert.ok(f.fixes.every((x) => !x.safe));
});

test('configured vocabulary and aliases', () => {
  const config = { severity: { values: ['SEV1', 'SEV2', 'SEV3'], aliases: { High: 'SEV2' } } };
  assert.deepEqual(findingsOf(ID, doc('SEV2'), { config }), []);
  const md = doc('High');
  const [f] = findingsOf(ID, md, { config });
  assert.ok(applyFix(md, f.fixes[0]).includes('**Severity**: SEV2'));
});

test('hostile shapes do not throw', () => {
  for (const md of ['', '# T', 'Severity:', 'Severity: ***', '\ufeff' + doc('SEV2'), doc('SEV2').replace(/\n/g, '\r\n'), doc('SEV2').trimEnd()]) {
    const { findings } = lintMd(md);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error'), []);
  }
});

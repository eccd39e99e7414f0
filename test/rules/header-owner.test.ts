import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, lintMd, applyFix, textOf } from '../helpers/lint';

const ID = 'header-owner';
const ON = { rules: { [ID]: 'info' } } as const;
const doc = (extra: string) => `# Post-Mortem: x\n**Date**: 2026-10-14  \n**Facilitator**: Grace Okafor  \n${extra}**Severity**: High\n\n## Executive Summary\nText.\n`;

test('off by default', () => {
  assert.deepEqual(findingsOf(ID, doc('')), []);
});

test('no Owner: reported on the header, the fix inserts one after the Facilitator', () => {
  const md = doc('');
  const [f] = findingsOf(ID, md, { config: ON });
  assert.equal(textOf(md, f), '**Date**: 2026-10-14  ');
  const fixed = applyFix(md, f.fixes[0]);
  assert.ok(fixed.includes('**Facilitator**: Grace Okafor  \n**Owner**: [Name]  \n**Severity**'));
  assert.deepEqual(findingsOf(ID, fixed, { config: ON }), []);
});

test('an Owner other than the Facilitator passes; the same person is reported', () => {
  assert.deepEqual(findingsOf(ID, doc('**Owner**: Platform Security  \n'), { config: ON }), []);
  assert.deepEqual(findingsOf(ID, '---\nowner: Lena\n---\n' + doc(''), { config: ON }), []);
  const md = doc('**Owner**: Grace Okafor  \n');
  const [f] = findingsOf(ID, md, { config: ON });
  assert.equal(textOf(md, f), 'Grace Okafor');
  assert.match(f.message, /also the Facilitator/);
});

test('hostile shapes do not throw', () => {
  for (const md of ['', '# T', 'Owner:', '\ufeff' + doc(''), doc('').replace(/\n/g, '\r\n'), doc('').trimEnd()]) {
    const { findings } = lintMd(md, { config: ON });
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error'), []);
    for (const f of findings.filter((x) => x.ruleId === ID)) for (const fix of f.fixes) assert.deepEqual(findingsOf(ID, applyFix(md, fix), { config: ON }), []);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, lintMd, applyFix, textOf } from '../helpers/lint';

const ID = 'header-status';
const ON = { rules: { [ID]: 'info' } } as const;
const doc = (extra: string) => `# Post-Mortem: x\n**Date**: 2026-10-14  \n**Severity**: High${extra}\n\n## Executive Summary\nText.\n`;

test('off by default', () => {
  assert.deepEqual(findingsOf(ID, doc('')), []);
});

test('no Status: reported on the header, the fix appends a Status line', () => {
  const md = doc('');
  const [f] = findingsOf(ID, md, { config: ON });
  assert.equal(textOf(md, f), '**Date**: 2026-10-14  ');
  const fixed = applyFix(md, f.fixes[0]);
  assert.ok(fixed.includes('**Severity**: High  \n**Status**: [Draft / In Review / Reviewed / Closed]  \n\n## Executive'));
  assert.deepEqual(findingsOf(ID, fixed, { config: ON }), []);
});

test('a Status line or front-matter key passes', () => {
  assert.deepEqual(findingsOf(ID, doc('  \n**Status**: Draft'), { config: ON }), []);
  assert.deepEqual(findingsOf(ID, '---\nstatus: draft\n---\n' + doc(''), { config: ON }), []);
});

test('hostile shapes do not throw, and the fix works on each', () => {
  for (const md of ['', '# T', '\ufeff' + doc(''), doc('').replace(/\n/g, '\r\n'), doc('').trimEnd(), '---\ntitle: x\n---\n']) {
    const { findings } = lintMd(md, { config: ON });
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error'), []);
    for (const f of findings.filter((x) => x.ruleId === ID)) assert.deepEqual(findingsOf(ID, applyFix(md, f.fixes[0]), { config: ON }), [], JSON.stringify(md));
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, lintMd, applyFix, textOf } from '../helpers/lint';

const ID = 'date-format';
const doc = (date: string, label = '**Date**') => `# Post-Mortem: x\n${label}: ${date}  \n**Severity**: High\n\n## Executive Summary\nText.\n`;

test('an ISO date is not reported', () => {
  assert.deepEqual(findingsOf(ID, doc('2026-10-14')), []);
  assert.deepEqual(findingsOf(ID, doc('2026-10-14 (Wednesday)')), []);
});

for (const [written, iso] of [['Sunday 1 November 2026', '2026-11-01'], ['2 Nov 2026', '2026-11-02'], ['Nov 2, 2026', '2026-11-02'], ['2026/11/02', '2026-11-02'], ['13/02/2026', '2026-02-13']]) {
  test(`"${written}" parses: info, and the safe fix writes ${iso}`, () => {
    const md = doc(written);
    const [f, ...rest] = findingsOf(ID, md);
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'info');
    assert.equal(textOf(md, f), written);
    assert.ok(f.fixes[0].safe);
    const fixed = applyFix(md, f.fixes[0]);
    assert.ok(fixed.includes(`**Date**: ${iso}  `));
    assert.deepEqual(findingsOf(ID, fixed), []);
  });
}

test('an ambiguous numeric date is info, read with date.order, and its fix is not automatic', () => {
  const md = doc('11/02/2026');
  const [f] = findingsOf(ID, md);
  assert.equal(f.severity, 'info');
  assert.match(f.message, /ambiguous/);
  assert.equal(f.fixes[0].safe, false);
  assert.ok(applyFix(md, f.fixes[0]).includes('2026-11-02'));
  const [g] = findingsOf(ID, md, { config: { date: { order: 'day-first' } } });
  assert.ok(applyFix(md, g.fixes[0]).includes('2026-02-11'));
});

test('an unparseable date is a warning without a fix', () => {
  const md = doc('last Tuesday');
  const [f] = findingsOf(ID, md);
  assert.equal(f.severity, 'warning');
  assert.equal(textOf(md, f), 'last Tuesday');
  assert.deepEqual(f.fixes, []);
});

test('placeholders, empty values and aliases', () => {
  assert.deepEqual(findingsOf(ID, doc('[Date of incident]')), []);
  assert.deepEqual(findingsOf(ID, doc('')), []);
  assert.equal(findingsOf(ID, doc('1 Nov 2026', 'Incident date')).length, 1);
});

test('hostile shapes do not throw', () => {
  for (const md of ['', '# T', 'Date:', 'Date: 99/99/9999', '\ufeff' + doc('1 Nov 2026'), doc('1 Nov 2026').replace(/\n/g, '\r\n'), doc('1 Nov 2026').trimEnd()]) {
    const { findings } = lintMd(md);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error'), []);
  }
});

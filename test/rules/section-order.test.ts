import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf, lintMd, applyFix, textOf } from '../helpers/lint';

const ID = 'section-order';
const ON = { rules: { [ID]: 'info' } } as const;
const GOOD = readFileSync(join(__dirname, '..', '..', 'examples', 'checkout-latency.postmortem.md'), 'utf8');

test('off by default, and template order passes', () => {
  const md = '# Post-Mortem: x\n\n## Key Learnings\n1. x\n\n## What Went Well\n- y\n';
  assert.deepEqual(findingsOf(ID, md), []);
  assert.deepEqual(findingsOf(ID, GOOD, { config: ON }), []);
});

test('extra sections anywhere do not matter', () => {
  assert.deepEqual(findingsOf(ID, '# Post-Mortem: x\n\n## Notes\nn\n\n## Executive Summary\ns\n\n## Appendix\na\n\n## Key Learnings\nk\n', { config: ON }), []);
});

test('a section out of order is reported, and the fix moves it before the section it should precede', () => {
  const md = '# Post-Mortem: x\n\n## Executive Summary\ns\n\n## Key Learnings\n1. k\n\n## What Went Well\n- w\n\n## Action Items\na\n';
  const [f, ...rest] = findingsOf(ID, md, { config: ON });
  assert.equal(rest.length, 0);
  assert.equal(textOf(md, f), '## What Went Well');
  assert.match(f.message, /What Went Well comes after Key Learnings/);
  const fixed = applyFix(md, f.fixes[0]);
  assert.equal(fixed, '# Post-Mortem: x\n\n## Executive Summary\ns\n\n## What Went Well\n- w\n\n## Key Learnings\n1. k\n\n## Action Items\na\n');
  assert.deepEqual(findingsOf(ID, fixed, { config: ON }), []);
});

test('the last section without a final newline, and CRLF', () => {
  for (const eol of ['\n', '\r\n']) {
    const md = ['# Post-Mortem: x', '', '## Key Learnings', '1. k', '', '## Executive Summary', 's'].join(eol);
    const [f] = findingsOf(ID, md, { config: ON });
    const fixed = applyFix(md, f.fixes[0]);
    assert.equal(fixed, ['# Post-Mortem: x', '', '## Executive Summary', 's', '', '## Key Learnings', '1. k', ''].join(eol));
    assert.deepEqual(findingsOf(ID, fixed, { config: ON }), []);
  }
});

test('hostile shapes do not throw', () => {
  for (const md of ['', '## Follow-Up Review\n## Executive Summary', '\ufeff## Key Learnings\r\n## Executive Summary']) {
    const { findings } = lintMd(md, { config: ON });
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error'), []);
    for (const f of findings.filter((x) => x.ruleId === ID)) applyFix(md, f.fixes[0]);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf, lintMd, textOf } from '../helpers/lint';

const ID = 'contributing-factors-count';
const GOOD = readFileSync(join(__dirname, '..', '..', 'examples', 'checkout-latency.postmortem.md'), 'utf8');
const cf = (body: string) => `# Post-Mortem: x\n\n## Contributing Factors\n${body}\n\n## What Went Well\n- w\n`;

test('two or more factors pass: list items and paragraphs count one each', () => {
  assert.deepEqual(findingsOf(ID, GOOD), []);
  assert.deepEqual(findingsOf(ID, cf('- The token was rotated.\n- The alert went to an archived list.')), []);
  assert.deepEqual(findingsOf(ID, cf('The token was rotated.\n\nThe alert went to an archived list.')), []);
  assert.deepEqual(findingsOf(ID, cf('### Technical Factors\n- a\n\n### Process Factors\nb\n\n### Communication Factors\nNone identified')), []);
});

test('a single factor is reported on the heading', () => {
  const md = cf('**Root cause**: the token was not updated.');
  const [f, ...rest] = findingsOf(ID, md);
  assert.equal(rest.length, 0);
  assert.equal(textOf(md, f), '## Contributing Factors');
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /only one factor/);
});

test('"None identified" and template placeholders count as zero', () => {
  const md = cf('### Technical Factors\n- The token was not updated.\n\n### Process Factors\nNone identified.\n\n### Communication Factors\n- None\n\n### Environmental Factors\n- [List external pressures, constraints, or context]');
  assert.equal(findingsOf(ID, md).length, 1);
  assert.match(findingsOf(ID, cf('None identified.'))[0].message, /no factor/);
});

test('aliases are read; no section, no finding', () => {
  assert.equal(findingsOf(ID, '# Post-Mortem: x\n\n## Root Cause\nOne thing.\n').length, 1);
  assert.deepEqual(findingsOf(ID, '# Post-Mortem: x\n\n## Key Learnings\n- k\n'), []);
});

test('hostile shapes do not throw', () => {
  for (const md of ['', '## Contributing Factors', '\ufeff## Contributing Factors\r\n- a\r\n', cf('| a |\n|---|\n| b |').trimEnd()]) {
    const { findings } = lintMd(md);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error'), []);
  }
});

test('a paragraph introducing the list is not a factor', () => {
  assert.equal(findingsOf(ID, cf('Several conditions contributed:\n\n- The token was not updated.')).length, 1);
  assert.deepEqual(findingsOf(ID, cf('Several conditions contributed:\n\n- The token was not updated.\n- Nobody was paged.')), []);
});

test('placeholder factors are left to placeholder-text; templates without a factor count are not counted', () => {
  const ID = 'contributing-factors-count';
  assert.deepEqual(findingsOf(ID, '# Post-Mortem: x\n\n## Contributing Factors\n### Technical Factors\n- [List technical conditions that enabled the incident]\n'), []);
  const google = '# x\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Root Causes\n\nThe cache expired everywhere at once.\n\n## Resolution\n\nx\n\n## Detection\n\nx\n';
  assert.deepEqual(findingsOf(ID, google), []);
  assert.equal(findingsOf(ID, google, { config: { template: 'seed' } }).length, 1);
});

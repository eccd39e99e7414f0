import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf, lintMd, applyFix, textOf } from '../helpers/lint';

const ID = 'contributing-factors-subsection';
const GOOD = readFileSync(join(__dirname, '..', '..', 'examples', 'checkout-latency.postmortem.md'), 'utf8');
const cf = (body: string, after = '\n## What Went Well\n- w\n') => `# Post-Mortem: x\n\n## Contributing Factors\n${body}\n${after}`;

test('all four subsections pass; "None identified" under one satisfies it', () => {
  assert.deepEqual(findingsOf(ID, GOOD), []);
  assert.deepEqual(findingsOf(ID, cf('### Technical Factors\n- a\n\n### Process Factors\n- b\n\n### Communication Factors\nNone identified\n\n### Environmental\n- d')), []);
});

test('no subsections at all: one finding on the heading; the fix inserts all four at the end of the section', () => {
  const md = cf('The token was rotated.\n\nThe alert went to an archived list.', '\n## What went wrong\n- x\n');
  const found = findingsOf(ID, md);
  assert.equal(found.length, 1);
  assert.equal(textOf(md, found[0]), '## Contributing Factors');
  assert.match(found[0].message, /Technical Factors, Process Factors, Communication Factors, Environmental Factors/);
  assert.ok(found[0].fixes[0].safe);
  const fixed = applyFix(md, found[0].fixes[0]);
  assert.ok(fixed.includes('The alert went to an archived list.\n\n### Technical Factors\n- [List technical conditions that enabled the incident]\n\n### Process Factors\n'));
  assert.ok(fixed.includes('### Environmental Factors\n- [List external pressures, constraints, or context]\n\n## What went wrong'));
  assert.deepEqual(findingsOf(ID, fixed), []);
});

test('one missing subsection is inserted at its template position', () => {
  const md = cf('### Technical Factors\n- a\n\n### Communication Factors\n- c\n\n### Environmental Factors\n- d');
  const [f, ...rest] = findingsOf(ID, md);
  assert.equal(rest.length, 0);
  assert.match(f.message, /Process Factors/);
  const fixed = applyFix(md, f.fixes[0]);
  assert.ok(fixed.includes('- a\n\n### Process Factors\n- [List process gaps or weaknesses]\n\n### Communication Factors'));
  assert.deepEqual(findingsOf(ID, fixed), []);
});

test('a missing last subsection goes at the end of the section, also at end of file without newline', () => {
  for (const eol of ['\n', '\r\n']) {
    const md = ['# Post-Mortem: x', '', '## Contributing Factors', '### Technical Factors', '- a', '', '### Process Factors', '- b', '', '### Communication Factors', '- c'].join(eol);
    const [f] = findingsOf(ID, md);
    const fixed = applyFix(md, f.fixes[0]);
    assert.ok(fixed.endsWith(['- c', '', '### Environmental Factors', '- [List external pressures, constraints, or context]', ''].join(eol)), JSON.stringify(fixed.slice(-120)));
    assert.deepEqual(findingsOf(ID, fixed), []);
  }
});

test('a labelled line stands in for a subsection, and the list is configurable', () => {
  assert.deepEqual(findingsOf(ID, cf('### Technical Factors\n- a\n\n### Process Factors\n- b\n\n### Communication Factors\n- c\n\n**Environmental**: None identified')), []);
  const config = { contributingFactors: { subsections: ['Technical', 'People'] } };
  const md = cf('### Technical Factors\n- a');
  const [f] = findingsOf(ID, md, { config });
  assert.match(f.message, /People Factors/);
  assert.deepEqual(findingsOf(ID, applyFix(md, f.fixes[0]), { config }), []);
});

test('no Contributing Factors section: section-missing reports it, not this rule', () => {
  assert.deepEqual(findingsOf(ID, '# Post-Mortem: x\n\n## Key Learnings\n- k\n'), []);
});

test('hostile shapes do not throw', () => {
  for (const md of ['', '## Contributing Factors', '## Root Cause', '\ufeff## Contributing Factors\r\n### Technical', '## Contributing Factors\n###\n']) {
    const { findings } = lintMd(md);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error'), []);
    for (const f of findings.filter((x) => x.ruleId === ID)) applyFix(md, f.fixes[0]);
  }
});

test('adjacent missing subsections are inserted together by the preferred fix', () => {
  const md = cf('### Technical Factors\n- a\n\n### Environmental Factors\n- d');
  const found = findingsOf(ID, md);
  assert.equal(found.length, 2);
  assert.deepEqual(found[0].fixes.map((f) => f.title), ['Insert Process Factors, Communication Factors', 'Insert only Process Factors']);
  const fixed = applyFix(md, found[0].fixes[0]);
  assert.ok(fixed.includes('- a\n\n### Process Factors\n- [List process gaps or weaknesses]\n\n### Communication Factors\n- [List communication breakdowns or gaps]\n\n### Environmental Factors'));
  assert.deepEqual(findingsOf(ID, fixed), []);
});

test('an insert inside an unclosed code fence is not applied automatically', () => {
  const md = '# Post-Mortem: x\n\n## Contributing Factors\n- a\n\n```\nlog\n';
  const [f] = findingsOf(ID, md);
  assert.equal(f.fixes[0].safe, false);
});

test("the four subsections are the seed's: other templates' causes are not asked for them", () => {
  const google = '# x\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Root Causes\n\n- a\n- b\n\n## Resolution\n\nx\n\n## Detection\n\nx\n';
  assert.deepEqual(findingsOf('contributing-factors-subsection', google), []);
  assert.equal(findingsOf('contributing-factors-subsection', google, { config: { template: 'seed' } }).length, 1);
});

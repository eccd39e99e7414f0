import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf, lintMd, applyFix, textOf } from '../helpers/lint';
import { SECTIONS } from '../../server/src/core/template';

const ID = 'section-missing';
const GOOD = readFileSync(join(__dirname, '..', '..', 'examples', 'checkout-latency.postmortem.md'), 'utf8');
const without = (md: string, title: string, next: string) => md.slice(0, md.indexOf(`## ${title}\n`)) + md.slice(md.indexOf(`## ${next}\n`));

test('a complete document has no finding', () => {
  assert.deepEqual(findingsOf(ID, GOOD), []);
});

test('a missing section is named in the message and inserted before the next template section', () => {
  const md = without(GOOD, 'What Went Well', 'Key Learnings');
  const [f, ...rest] = findingsOf(ID, md);
  assert.equal(rest.length, 0);
  assert.equal(f.message, 'Missing section: What Went Well.');
  assert.equal(textOf(md, f), '## Key Learnings');
  assert.ok(f.fixes[0].safe && f.fixes[0].preferred);
  const fixed = applyFix(md, f.fixes[0]);
  assert.ok(fixed.includes('\n\n## What Went Well\n- [List things that worked well during incident response]\n\n## Key Learnings\n'));
  assert.deepEqual(findingsOf(ID, fixed), []);
});

test('the last section goes at the end, also without a final newline and with CRLF', () => {
  const base = GOOD.slice(0, GOOD.indexOf('## Follow-Up Review'));
  for (const md of [base, base.trimEnd(), base.replace(/\n/g, '\r\n'), base.trimEnd().replace(/\n/g, '\r\n')]) {
    const [f] = findingsOf(ID, md);
    assert.match(f.message, /Follow-Up Review/);
    const fixed = applyFix(md, f.fixes[0]);
    assert.deepEqual(findingsOf(ID, fixed), []);
    const eol = md.includes('\r\n') ? '\r\n' : '\n';
    assert.ok(fixed.endsWith(`${eol}${eol}## Follow-Up Review${eol}**Scheduled for**: [Date 2-4 weeks after incident]  ${eol}**Focus**: Review action item progress and measure improvement effectiveness${eol}`), JSON.stringify(fixed.slice(-200)));
    if (eol === '\r\n') assert.ok(!/[^\r]\n/.test(fixed));
  }
});

test('aliases count as the section', () => {
  const md = GOOD.replace('## Executive Summary', '## Summary').replace('## What Went Well', '## What Went Right').replace('## Action Items', '## Follow-ups');
  assert.deepEqual(findingsOf(ID, md), []);
});

test('known extra sections are not template sections', () => {
  const md = without(GOOD, 'What Went Well', 'Key Learnings').replace('## Key Learnings', '## What went wrong\n- x\n\n## Key Learnings');
  const found = findingsOf(ID, md);
  assert.deepEqual(found.map((f) => f.message), ['Missing section: What Went Well.']);
});

test('an empty document gets every section; fixing them all converges to none missing', () => {
  const found = findingsOf(ID, '# Post-Mortem: x\n');
  assert.deepEqual(found.map((f) => f.message), SECTIONS.map((s) => `Missing section: ${s.title}.`));
  let text = '# Post-Mortem: x\n';
  for (let i = 0; i < 10; i++) {
    const [f] = findingsOf(ID, text);
    if (!f) break;
    text = applyFix(text, f.fixes[0]);
  }
  assert.deepEqual(findingsOf(ID, text), []);
  const order = SECTIONS.map((s) => text.indexOf(`## ${s.title}\n`));
  assert.deepEqual([...order].sort((a, b) => a - b), order);
});

test('documents whose sections are `#` headings get `#` skeletons', () => {
  const md = '# Executive Summary\nText.\n\n# Key Learnings\n1. x\n';
  const f = findingsOf(ID, md).find((x) => x.message.includes('What Went Well'))!;
  assert.ok(applyFix(md, f.fixes[0]).includes('\n\n# What Went Well\n- [List'));
});

test('hostile shapes do not throw, and each fix applies', () => {
  for (const md of ['', '\n', '# T', '## Executive Summary', '\ufeff# Post-Mortem: x\n', '\r\n\r\n', GOOD.replace(/\n/g, '\r')]) {
    const { findings } = lintMd(md);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error'), []);
    for (const f of findings.filter((x) => x.ruleId === ID)) applyFix(md, f.fixes[0]);
  }
});

test('fix-all inserts every missing section in one pass, in template order', () => {
  const { fixAll } = require('../../server/src/core/fix') as typeof import('../../server/src/core/fix');
  const { rules } = require('../../server/src/core/rules/structure/index') as typeof import('../../server/src/core/rules/structure/index');
  const rule = rules.filter((r) => r.id === ID);
  const md = '# Post-Mortem: x\n\n## Timeline of Events\n- 10:00 x\n';
  const res = fixAll(md, { rules: rule });
  assert.equal(res.passes, 1);
  assert.deepEqual(findingsOf(ID, res.text), []);
  const order = SECTIONS.map((s) => res.text.indexOf(`## ${s.title}\n`));
  assert.deepEqual([...order].sort((a, b) => a - b), order);
  const [f] = findingsOf(ID, md).filter((x) => x.message.includes('Contributing Factors'));
  assert.deepEqual(f.fixes.map((x) => x.title), ['Insert the Contributing Factors, What Went Well, Key Learnings, Action Items, Follow-Up Review sections', 'Insert only the Contributing Factors section']);
  const only = applyFix(md, f.fixes[1]);
  assert.ok(only.endsWith('- 10:00 x\n\n## Contributing Factors\n### Technical Factors\n- [List technical conditions that enabled the incident]\n\n### Process Factors\n- [List process gaps or weaknesses]\n\n### Communication Factors\n- [List communication breakdowns or gaps]\n\n### Environmental Factors\n- [List external pressures, constraints, or context]\n'));
});

test('an insert that would land inside an unclosed code fence or comment is offered, but not applied automatically', () => {
  const open = '# Post-Mortem: x\n\n## Executive Summary\ns\n\n```\n## not a heading\n';
  for (const md of [open, open.replace('```', '<!--')]) {
    const f = findingsOf(ID, md).find((x) => x.message.includes('Timeline'))!;
    assert.equal(f.fixes[0].safe, false);
  }
  for (const md of [open + '```', open + '```\n', open.replace('```', '<!--') + '-->\n']) {
    const f = findingsOf(ID, md).find((x) => x.message.includes('Timeline'))!;
    assert.equal(f.fixes[0].safe, true, JSON.stringify(md));
    const fixed = applyFix(md, f.fixes[0]);
    assert.deepEqual(findingsOf(ID, fixed), []);
  }
});

test("another template's sections are asked for when the document follows it", () => {
  // Google's template, detected from its headings: its Detection is missing, nothing of the seed's.
  const md = '# Shard outage\n\n**Date**: 2026-01-02\n\n## Summary\n\nx\n\n## Impact\n\n3 users\n\n## Root Causes\n\n- a\n\n## Resolution\n\nx\n\n## Action Items\n\n- a\n\n## Lessons Learned\n\nx\n\n## Timeline\n\n- 10:00 UTC x\n';
  const [f, ...rest] = findingsOf(ID, md);
  assert.equal(rest.length, 0);
  assert.equal(f.message, 'Missing section: Detection.');
  // Inserted before the next section of Google's order that is present (Action Items).
  const fixed = applyFix(md, f.fixes[0]);
  assert.ok(fixed.includes('## Detection\n[How the problem was noticed: which alert, report or person, and when]\n\n## Action Items'), fixed);
  assert.deepEqual(findingsOf(ID, fixed), []);
  // An optional section of that template (Trigger, Supporting information) is never missing.
  assert.ok(!findingsOf(ID, md).some((x) => /Trigger|Supporting/.test(x.message)));
  // Pinned to the seed's template, the same document misses the seed's sections.
  assert.deepEqual(findingsOf(ID, md, { config: { template: 'seed' } }).map((x) => x.message), ['Missing section: What Went Well.', 'Missing section: Follow-Up Review.']);
});

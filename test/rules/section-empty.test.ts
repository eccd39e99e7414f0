import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf, lintMd, applyFix, textOf } from '../helpers/lint';

const ID = 'section-empty';
const GOOD = readFileSync(join(__dirname, '..', '..', 'examples', 'checkout-latency.postmortem.md'), 'utf8');

test('sections with content are not reported; "None" and "None identified" are content', () => {
  assert.deepEqual(findingsOf(ID, GOOD), []);
  assert.deepEqual(findingsOf(ID, '# Post-Mortem: x\n\n## What Went Well\nNone.\n\n## Key Learnings\n- None identified\n'), []);
});

test('an empty section is reported on its heading; the fix inserts the skeleton placeholder', () => {
  const md = '# Post-Mortem: x\n\n## What Went Well\n\n## Key Learnings\n1. Something.\n';
  const [f, ...rest] = findingsOf(ID, md);
  assert.equal(rest.length, 0);
  assert.equal(textOf(md, f), '## What Went Well');
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /What Went Well/);
  const fixed = applyFix(md, f.fixes[0]);
  assert.ok(fixed.includes('## What Went Well\n- [List things that worked well during incident response]\n\n## Key Learnings'));
  assert.deepEqual(findingsOf(ID, fixed), []);
});

test('an HTML comment is guidance, not content', () => {
  const md = '# Post-Mortem: x\n\n## Executive Summary\n<!-- two or three sentences -->\n';
  assert.equal(findingsOf(ID, md).length, 1);
});

test('empty contributing-factor subsections are reported one by one, not the parent', () => {
  const md = '# Post-Mortem: x\n\n## Contributing Factors\n### Technical Factors\n- A.\n\n### Process Factors\n\n### Communication Factors\nNone identified\n\n### Environmental Factors\n';
  const found = findingsOf(ID, md);
  assert.deepEqual(found.map((f) => textOf(md, f)), ['### Process Factors', '### Environmental Factors']);
  let fixed = md;
  for (const f of [...found].reverse()) fixed = applyFix(fixed, f.fixes[0]);
  assert.ok(fixed.includes('### Process Factors\n- [List process gaps or weaknesses]\n'));
  assert.ok(fixed.endsWith('### Environmental Factors\n- [List external pressures, constraints, or context]\n'));
  assert.deepEqual(findingsOf(ID, fixed), []);
});

test('extra sections are not checked; a template section at end of file without newline is', () => {
  assert.deepEqual(findingsOf(ID, '# Post-Mortem: x\n\n## Notes\n\n## Appendix\n'), []);
  const md = '# Post-Mortem: x\r\n\r\n## Key Learnings';
  const [f] = findingsOf(ID, md);
  const fixed = applyFix(md, f.fixes[0]);
  assert.equal(fixed, '# Post-Mortem: x\r\n\r\n## Key Learnings\r\n1. [Primary insight about our system or processes]\r\n2. [Secondary insight]\r\n3. [Additional learnings]');
  assert.deepEqual(findingsOf(ID, fixed), []);
});

test('timeline, action items and follow-up review are left to their own rules when those are on', () => {
  const md = '# Post-Mortem: x\n\n## Timeline of Events\n\n## Action Items\n\n## Follow-Up Review\n';
  const off = { rules: { 'timeline-missing': 'off', 'actions-none': 'off', 'follow-up-missing': 'off' } } as const;
  assert.equal(findingsOf(ID, md, { config: off }).length, 3);
});

test('hostile shapes do not throw', () => {
  for (const md of ['', '## Executive Summary', '\ufeff## Key Learnings\r\n', '## Contributing Factors\n### Technical', '## What Went Well\n\n---\n']) {
    const { findings } = lintMd(md);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error'), []);
    for (const f of findings.filter((x) => x.ruleId === ID)) applyFix(md, f.fixes[0]);
  }
});

test('the placeholder stays its own paragraph when text follows (fix-all converges)', async () => {
  const { fixAll } = await import('../../server/src/core/fix');
  const md = '# Post-Mortem: x\n\n## Executive Summary\nA paragraph that is really a setext heading\n---\n\n## Impact\nNone.\n';
  const once = fixAll(md, { today: '2026-11-20' });
  assert.ok(once.passes < 10, `fix-all needed ${once.passes} passes`);
});

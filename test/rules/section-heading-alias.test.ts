import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf, lintMd, applyFix, textOf } from '../helpers/lint';

const ID = 'section-heading-alias';
const GOOD = readFileSync(join(__dirname, '..', '..', 'examples', 'checkout-latency.postmortem.md'), 'utf8');

test('template titles and known extra sections are not reported', () => {
  assert.deepEqual(findingsOf(ID, GOOD), []);
  assert.deepEqual(findingsOf(ID, '# Post-Mortem: x\n\n## Impact\nx\n\n## Resolution\nx\n\n## What went wrong\nx\n'), []);
});

for (const [alias, title] of [
  ['Summary', 'Executive Summary'], ['TL;DR', 'Executive Summary'], ['Timeline', 'Timeline of Events'], ['Root Cause', 'Contributing Factors'],
  ["Why It Wasn't Caught", 'Contributing Factors'], ['Lessons Learned', 'Key Learnings'], ['Follow-ups', 'Action Items'], ['What Went Right', 'What Went Well'],
  ['Review Date', 'Follow-Up Review'], ['lessons learned:', 'Key Learnings'],
]) {
  test(`"${alias}" is renamed to "${title}"`, () => {
    const md = `# Post-Mortem: x\n\n## ${alias}\n\nSome text.\n`;
    const [f, ...rest] = findingsOf(ID, md);
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'info');
    assert.equal(textOf(md, f), alias);
    assert.ok(f.fixes[0].safe && f.fixes[0].preferred);
    const fixed = applyFix(md, f.fixes[0]);
    assert.ok(fixed.includes(`\n## ${title}\n`));
    assert.deepEqual(findingsOf(ID, fixed), []);
  });
}

test('a leading number and a bracketed time zone are kept', () => {
  const md = '# Post-Mortem: x\n\n## 2. Timeline (UTC)\n\n- 10:00 x\n\n## Summary ##\nx\n';
  const found = findingsOf(ID, md);
  assert.deepEqual(found.map((f) => textOf(md, f)), ['Timeline', 'Summary']);
  let fixed = md;
  for (const f of [...found].reverse()) fixed = applyFix(fixed, f.fixes[0]);
  assert.ok(fixed.includes('## 2. Timeline of Events (UTC)\n') && fixed.includes('## Executive Summary ##\n'));
  assert.deepEqual(findingsOf(ID, fixed), []);
});

test('subsection headings are not template sections', () => {
  assert.deepEqual(findingsOf(ID, '# Post-Mortem: x\n\n## Contributing Factors\n\n### Summary\nx\n'), []);
});

test('hostile shapes do not throw', () => {
  for (const md of ['', '#', '## ', '##  Summary  ', '\ufeff## Summary\r\nx', '## Summary\r\n\r\nx\r\n', '## **Summary**']) {
    const { findings } = lintMd(md);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'internal-error'), []);
    for (const f of findings.filter((x) => x.ruleId === ID)) assert.deepEqual(findingsOf(ID, applyFix(md, f.fixes[0])), [], JSON.stringify(md));
  }
});

test("another template's aliases are accepted as written; a team's own template suggests its titles", () => {
  const google = '# x\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Root Cause\n\nx\n\n## Resolution\n\nx\n\n## Detection\n\nx\n';
  assert.deepEqual(findingsOf(ID, google), []);
  const config = { templates: { acme: { sections: [{ title: 'What happened', aliases: ['Summary'], role: 'summary' }, { title: 'Sequence', role: 'timeline' }] } }, template: 'acme' };
  const md = '# x\n\n## Summary\n\nx\n\n## Sequence\n\n- 10:00 x\n';
  const found = findingsOf(ID, md, { config });
  assert.deepEqual(found.map((f) => f.message), ['"Summary" is read as What happened; rename the heading to the template title.']);
  assert.deepEqual(findingsOf(ID, md, { config: { ...config, templates: { acme: { ...config.templates.acme, suggestTitles: false } } } }), []);
});

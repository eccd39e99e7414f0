import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, textOf, applyFix } from '../helpers/lint';

const ID = 'follow-up-missing';
const doc = (review: string, date = '2026-09-08') =>
  `# Post-Mortem: test\n**Date**: ${date}  \n**Severity**: High\n\n## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n| Add a CI check | Ana | 2026-09-20 | CI fails on a test change |\n\n## Follow-Up Review\n${review}\n## Open Questions\n- None.\n`;

test('an empty "Scheduled for" is a warning on its line, with a safe +28 days fix', () => {
  const md = doc('**Scheduled for**:   \n**Focus**: Review action item progress\n');
  const fs = findingsOf(ID, md);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'warning');
  assert.equal(textOf(md, fs[0]), '**Scheduled for**:');
  const [preferred, ...alternatives] = fs[0].fixes;
  assert.equal(preferred.safe, true);
  assert.equal(preferred.preferred, true);
  const out = applyFix(md, preferred);
  assert.ok(out.includes('**Scheduled for**: 2026-10-06   \n**Focus**'), out);
  assert.deepEqual(findingsOf(ID, out), []);
  // Nothing else changed.
  assert.equal(out.replace(' 2026-10-06', ''), md);
  // +14 / +21 alternatives (+28 is the preferred one), not safe.
  assert.deepEqual(alternatives.map((f) => [f.edits[0].newText.trim(), f.safe]), [['2026-09-22', false], ['2026-09-29', false]]);
});

test('followUp.suggestDays sets the preferred date; +28 becomes an alternative', () => {
  const md = doc('**Scheduled for**:\n');
  const [f] = findingsOf(ID, md, { config: { followUp: { suggestDays: 21 } } });
  assert.equal(f.fixes[0].edits[0].newText, ' 2026-09-29');
  assert.deepEqual(f.fixes.slice(1).map((x) => x.edits[0].newText.trim()), ['2026-09-22', '2026-10-06']);
});

test('a section without the field: reported on the heading, the fix inserts the field', () => {
  const md = doc('**Focus**: Review action item progress\n');
  const [f] = findingsOf(ID, md);
  assert.equal(textOf(md, f), 'Follow-Up Review');
  const out = applyFix(md, f.fixes[0]);
  assert.ok(out.includes('## Follow-Up Review\n**Scheduled for**: 2026-10-06  \n**Focus**'));
  assert.deepEqual(findingsOf(ID, out), []);
});

test('a value that is not a date is reported; replacing it is not safe', () => {
  const [f] = findingsOf(ID, doc('**Scheduled for**: next month\n'));
  assert.match(f.message, /"next month" is not a date/);
  assert.equal(f.fixes[0].safe, false);
});

test('no incident date: still reported, without a date to suggest', () => {
  const [f] = findingsOf(ID, doc('**Scheduled for**:\n', '[Date of incident]'));
  assert.deepEqual(f.fixes, []);
});

test('a date, in any field form or in the prose, satisfies it', () => {
  assert.deepEqual(findingsOf(ID, doc('**Scheduled for**: 2026-10-06\n')), []);
  assert.deepEqual(findingsOf(ID, doc('Scheduled for: 6 October 2026\n')), []);
  assert.deepEqual(findingsOf(ID, doc('- **Scheduled for:** Oct 6, 2026\n')), []);
  assert.deepEqual(findingsOf(ID, doc('We meet again on 2026-10-06 to review the items.\n')), []);
});

test('a placeholder is placeholder-text\'s; a missing section is section-missing\'s', () => {
  assert.deepEqual(findingsOf(ID, doc('**Scheduled for**: [Date 2-4 weeks after incident]\n')), []);
  assert.deepEqual(findingsOf(ID, '# Post-Mortem: test\n**Date**: 2026-09-08\n\n## Action Items\nNone, because the vendor fixed it.\n'), []);
});

test('a date without a year: the first such date after the incident is suggested (not safe)', () => {
  const md = doc('**Scheduled for**: Oct 6\n');
  const [f] = findingsOf(ID, md);
  assert.match(f.message, /has no year/);
  assert.equal(f.fixes[0].preferred, true);
  assert.equal(f.fixes[0].safe, false);
  assert.equal(f.fixes.filter((x) => x.preferred).length, 1);
  const out = applyFix(md, f.fixes[0]);
  assert.equal(out, md.replace('Oct 6', '2026-10-06'));
  assert.deepEqual(findingsOf(ID, out), []);
});

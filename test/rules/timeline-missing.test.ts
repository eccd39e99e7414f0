import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from '../helpers/lint';
import { buildModel } from '../../server/src/core/model';
import { fixOf, timelineDoc } from './timeline-fix-helper';
import { applyFix } from '../helpers/lint';

const EMPTY = '# Post-Mortem: t\n\n## Timeline of Events\n\nWe have not written it yet.\n\n## Key Learnings\n- x\n';

test('flags a timeline section with no table and no list', () => {
  const f = findingsOf('timeline-missing', EMPTY);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.equal(EMPTY.slice(f[0].start, f[0].end), 'Timeline of Events');
});

test('the fix inserts the template table after the section text, and the result re-lints clean', () => {
  const { fix } = fixOf('timeline-missing', EMPTY);
  assert.equal(fix.safe, true);
  const out = applyFix(EMPTY, fix);
  const t = buildModel(out).tables[0];
  assert.equal(t.kind, 'timeline');
  assert.deepEqual(t.columns, ['time', 'event', 'info', 'decision']);
  assert.equal(t.rows.length, 0);
  assert.ok(out.startsWith(EMPTY.slice(0, EMPTY.indexOf('\n\n## Key'))));
  assert.ok(out.endsWith('\n\n## Key Learnings\n- x\n'));
  assert.deepEqual(findingsOf('timeline-missing', out), []);
});

test('not flagged: a table, a list, timed paragraphs, or no timeline section at all', () => {
  assert.deepEqual(findingsOf('timeline-missing', timelineDoc(['| 10:00 | a | b | c |'])), []);
  assert.deepEqual(findingsOf('timeline-missing', '# Post-Mortem: t\n\n## Timeline\n\n- 10:00 — deploy\n'), []);
  assert.deepEqual(findingsOf('timeline-missing', '# Post-Mortem: t\n\n## Timeline\n\n10:00 — deploy starts\n10:05 — alert\n'), []);
  assert.deepEqual(findingsOf('timeline-missing', '# Post-Mortem: t\n\n## Executive Summary\n\nText.\n'), []);
});

test('dated paragraphs are a timeline: lines led by a date, numeric (month/day or day/month) or written out', () => {
  // The Chia reports' own form (real-postmortems/chia-2023-05-08-*): "MM/DD/YYYY - event" per paragraph.
  const chia = '# Post-Mortem: t\n\n## Timeline (all times PST)  12/01/2022 - 05/07/2023. All times approximations\n\n12/01/2022 - The issue was discovered.\n\n02/15/2023 - Version 1.7.0 was released.\n\n## Resolution\n\nFixed.\n';
  assert.deepEqual(findingsOf('timeline-missing', chia), []);
  assert.deepEqual(findingsOf('timeline-missing', '# Post-Mortem: t\n\n## Timeline\n\n2022/12/01: found.\n\nMay 7, 2023 - fork live.\n'), []);
  assert.deepEqual(findingsOf('timeline-missing', '# Post-Mortem: t\n\n## Timeline\n\n31/01/2023 - found.\n2023-02-01 - fixed.\n'), []);
  // chia-2025-02-25-*: dashes, then a time of day; chia-2025-06-24-*: a timeline of one event.
  assert.deepEqual(findingsOf('timeline-missing', '# Post-Mortem: t\n\n## Timeline\n\n02-13-2025 11:00 pm - Mempool count started increasing.\n'), []);
  assert.deepEqual(findingsOf('timeline-missing', '# Post-Mortem: t\n\n## Timeline\n\n06-10-2025 - The issue was reported.\n'), []);
});

test('flagged still: a date inside a sentence, fractions, ranges and versions are not events', () => {
  assert.equal(findingsOf('timeline-missing', '# Post-Mortem: t\n\n## Timeline\n\nOn 12/01/2022 we will write it.\n\n2.2.10 - to be written.\n\n3-4 - engineers will help.\n').length, 1);
  assert.equal(findingsOf('timeline-missing', '# Post-Mortem: t\n\n## Timeline\n\n3/4 of the events are missing.\n\n1/2 of them were lost.\n').length, 1);
});

test('the inserted table never lands inside an HTML comment', () => {
  const md = '# Post-Mortem: t\n\n## Timeline of Events\nAll times UTC.\n<!--\n| Time | Event |\n|---|---|\n| 10:00 | x |\n\n## Key Learnings\n- x\n';
  const { fix } = fixOf('timeline-missing', md);
  const out = applyFix(md, fix);
  assert.deepEqual(findingsOf('timeline-missing', out), []);
  assert.ok(out.startsWith('# Post-Mortem: t\n\n## Timeline of Events\n\n| Time |'));
  assert.ok(out.endsWith(md.slice(md.indexOf('\nAll times'))));
});

test('a timeline written as one subsection per event, each headed by its time, is a timeline', () => {
  const md = '# x\n\n## Summary\n\nx\n\n## Timeline\n\n### 2018-10-09 17:15\n\nDeploy starts.\n\n### 2018-10-09 17:20\n\nAlert fires.\n\n## Action Items\n\n- a\n';
  assert.deepEqual(findingsOf('timeline-missing', md), []);
  assert.equal(findingsOf('timeline-missing', md.replace(/### 2018-10-09 17:\d\d/g, '### Notes')).length, 1);
});

test('timed paragraphs with the time in emphasis, and a table inside one event, are not a missing timeline (real post-mortems, issue 11)', () => {
  // wire: "*06:00*: wire.com being down was detected<br />" lines.
  const italic = '# x\n\n## Summary\n\nx\n\n## Timeline\n\n*06:00*: The site was detected down<br />\n\\\\\\\\\n*06:46*: The provider was informed<br />\n';
  assert.deepEqual(findingsOf('timeline-missing', italic), []);
  // datahub: a vendor's table quoted inside one per-event subsection is not the timeline.
  const md = '# x\n\n## Summary\n\nx\n\n## Timeline\n\n### 2017-10-10 9:06a\n\nThe vendor wrote:\n\n| Subscription Name | Subscription Id |\n|---|---|\n| data8r-17s | 1234 |\n\n### 9:30\n\nWe replied.\n';
  assert.deepEqual(findingsOf('timeline-missing', md), []);
  assert.deepEqual(findingsOf('timeline-columns', md), []);
  assert.deepEqual(findingsOf('timeline-time-format', md), []);
});

test('timelines in other teams\' prose forms are timelines: dated sentences, "At 02:00 AM UTC …", "#### [2026-06-09]" with "[18:27] …" lines (stop 29, real post-mortems)', () => {
  const head = '# Incident\n\n## Summary\n\nThe site was down.\n\n## Timeline\n\n';
  for (const body of [
    'This issue was first reported to the project on May 30, 2020.\n\nThis advisory was posted on June 24th 2020.\n',
    'At 02:00 AM UTC we received an email from the provider.\n\nAt 03:00 AM UTC we decided to move.\n',
    '#### [2026-06-09]\n\n[18:27] An alarm goes off\n\n#### [2026-06-10]\n\n[09:00] The fix is deployed\n',
  ]) assert.deepEqual(findingsOf('timeline-missing', head + body), [], body);
  // One date in a sentence is not yet a timeline.
  assert.equal(findingsOf('timeline-missing', head + 'We will write this up after the review on May 30, 2020.\n').length, 1);
});

test('a paragraph led by a date in bold, however the lead goes on ("**2026-08-04, morning.**"), is an event; a bold lead without a date is not (stop 34, new docs)', () => {
  const md = '# x\n\n## Timeline\n\n**2026-03-02, evening.** The backup job stopped writing.\n\n**Next morning.** The gap was noticed.\n\n## Root cause\n\nx\n';
  assert.deepEqual(findingsOf('timeline-missing', md), []);
  assert.equal(findingsOf('timeline-missing', md.replace('2026-03-02', 'Late')).length, 1);
  assert.deepEqual(findingsOf('timeline-missing', md.replace('**2026-03-02, evening.**', '*2 March 2026, evening:*')), []);
});

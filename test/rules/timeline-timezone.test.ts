import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from '../helpers/lint';
import { timelineDoc } from './timeline-fix-helper';

const ROWS = ['| 10:00 | Deploy starts | Change approved | Rolled out |'];

test('flagged (info) when no zone is declared anywhere', () => {
  const md = timelineDoc(ROWS, { note: 'Times are approximate.' });
  const f = findingsOf('timeline-timezone', md);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'info');
  assert.equal(md.slice(f[0].start, f[0].end), 'Time');
});

test('timeline.requireTimezone raises it to a warning', () => {
  const md = timelineDoc(ROWS, { note: '' });
  assert.equal(findingsOf('timeline-timezone', md, { config: { timeline: { requireTimezone: true } } })[0].severity, 'warning');
});

test('not flagged when the zone is in the Time header, a note, the heading, the cells or the header fields', () => {
  assert.deepEqual(findingsOf('timeline-timezone', timelineDoc(ROWS, { note: '', header: '| Time (UTC) | Event | Information Available | Decision/Action Taken |\n|---|---|---|---|' })), []);
  assert.deepEqual(findingsOf('timeline-timezone', timelineDoc(ROWS, { note: 'All times CEST.' })), []);
  assert.deepEqual(findingsOf('timeline-timezone', timelineDoc(['| 10:00 UTC | a | b | c |'], { note: '' })), []);
  assert.deepEqual(findingsOf('timeline-timezone', timelineDoc(['| 2026-03-02T10:00:00+01:00 | a | b | c |'], { note: '' })), []);
  assert.deepEqual(findingsOf('timeline-timezone', timelineDoc(ROWS, { note: '', duration: '20 minutes (10:00 to 10:20 UTC)' })), []);
  assert.deepEqual(findingsOf('timeline-timezone', '# P\n\n## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n| 10:00 | a |\n'), []);
});

test('runs on list timelines too; silent when there is no timeline', () => {
  assert.equal(findingsOf('timeline-timezone', '# P\n\n## Timeline\n\n- 10:00 — deploy\n').length, 1);
  assert.deepEqual(findingsOf('timeline-timezone', '# P\n\n## Timeline\n\nAll times UTC.\n\n- 10:00 — deploy\n'), []);
  assert.deepEqual(findingsOf('timeline-timezone', '# P\n\n## Executive Summary\n\nText.\n'), []);
});

test('a timeline of template placeholders only has nothing to place in a zone yet', () => {
  const md = '# Post-Mortem: x\n\n## Timeline of Events\n| Time | Event | Information Available | Decision/Action Taken |\n|------|-------|----------------------|----------------------|\n| [HH:MM] | [What happened] | [What was known at that moment] | [What was decided or done] |\n';
  assert.deepEqual(findingsOf('timeline-timezone', md), []);
  assert.equal(findingsOf('timeline-timezone', md.replace('[HH:MM]', '10:00')).length, 1);
});

test('times the parser cannot read (in code spans) are still times without a zone', () => {
  const md = '# x\n\n## Timeline\n\n### 2021-03-05\n* `10:40` - branch deployed\n* `16:01` - job begins\n';
  assert.equal(findingsOf('timeline-timezone', md).length, 1);
});

test('zones written as names, under the title, or in the rows count (real post-mortems, issue 15)', () => {
  const list = (items: string[], opening = '') => `# Outage\n\n${opening}## Timeline\n\n${items.map((i) => `- ${i}`).join('\n')}\n`;
  // envoy-cve-2021-29492: "All times US/Pacific"; k8s-boskos: a note under the title; pypi and yearn: the rows.
  assert.deepEqual(findingsOf('timeline-timezone', timelineDoc(ROWS, { note: 'All times US/Pacific' })), []);
  assert.deepEqual(findingsOf('timeline-timezone', list(['10:00 deploy', '10:05 alert'], 'All times in PDT (UTC-7).\n\n')), []);
  assert.deepEqual(findingsOf('timeline-timezone', list(['2024-06-28 7:09 AM Eastern: token reported', '2024-06-28 7:26 AM Eastern: token revoked'])), []);
  assert.deepEqual(findingsOf('timeline-timezone', list(['**October 12th, 2022 at 21:17 (UTC)** the strategy reports a loss'])), []);
  // "Pacific" as a word of the text, not a zone: still flagged.
  assert.equal(findingsOf('timeline-timezone', list(['10:00 the Pacific region fails over', '10:05 alert'])).length, 1);
});

test('not flagged when no row has a time of day: a timeline of dates or numbered steps has nothing a zone would change', () => {
  const steps = '# Post-Mortem: Pool drain\n\n## Timeline\n\n1. A new pool was initialised in this transaction.\n2. The deployer deposits 15,255.55 of the token.\n3. The deployer withdraws 15,255.54 of the token.\n';
  assert.deepEqual(findingsOf('timeline-timezone', steps), []);
  const dates = timelineDoc(['| 2024-03-01 | Deploy starts | Change approved | Rolled out |']);
  assert.deepEqual(findingsOf('timeline-timezone', dates), []);
  // A time of day in a row's text still asks for the zone.
  const inText = '# Post-Mortem: Pool drain\n\n## Timeline\n\n1. At 14:05 a new pool was initialised.\n2. The deployer deposits the token.\n';
  assert.equal(findingsOf('timeline-timezone', inText).length, 1);
});

test('a time of day under dated subheadings of the timeline still asks for the zone', () => {
  const md = '# Post-Mortem: QC\n\n## Timeline\n\n### 2021-04-15\n* Elan processes 375 sequences\n\n### 2021-04-16\n* `08:51` - Phylopipe fails and emits a warning\n';
  assert.equal(findingsOf('timeline-timezone', md).length, 1);
});

test('a zone in a loose note or in the dated subheadings counts; per-event subsections are a timeline (real post-mortems, issue 11)', () => {
  // binder: "All times in UC/Pacific" (a typo for US/Pacific); off: "### 03-10-2021 (All times CEST)".
  assert.deepEqual(findingsOf('timeline-timezone', timelineDoc(ROWS, { note: 'All times in UC/Pacific' })), []);
  const dated = '# Post-Mortem: Network\n\n## Timeline\n\n### 03-10-2021 (All times CEST)\n\n- 10:00 the switch reboots\n- 10:05 alert\n';
  assert.deepEqual(findingsOf('timeline-timezone', dated), []);
  assert.equal(findingsOf('timeline-timezone', dated.replace(' (All times CEST)', '')).length, 1);
  // "All times approximate" names no zone.
  assert.equal(findingsOf('timeline-timezone', timelineDoc(ROWS, { note: 'All times approximate' })).length, 1);
  // One subsection per event, headed by its time (datahub): no zone anywhere is still a finding.
  const perEvent = '# Post-Mortem: Proxy\n\n## Timeline\n\n### 15:12:00\n\n~280 concurrent users\n\n### 16:05:00\n\nThe proxy is killed.\n';
  assert.equal(findingsOf('timeline-timezone', perEvent).length, 1);
  assert.deepEqual(findingsOf('timeline-timezone', perEvent.replace('## Timeline\n', '## Timeline\n\nAll times UTC.\n')), []);
});

test('a zone in the title, with the incident\'s span, is declared for the timeline (stop 29, docs11)', () => {
  const md = '# Retrospective: worker outage 2021-10-08 23:01 - 2021-10-09 02:40 UTC\n\n## Timeline\n\n- 23:01 alerts fire\n- 02:40 recovered\n';
  assert.deepEqual(findingsOf('timeline-timezone', md), []);
  assert.equal(findingsOf('timeline-timezone', md.replace(' UTC', '')).length, 1);
});

test('the Atlantic, Newfoundland, Australian Central, South African and Hawaii daylight zones count, in the header or in a row (stop 34, new docs)', () => {
  for (const zone of ['ADT', 'AST', 'NDT', 'ACST', 'SAST', 'HDT']) {
    const header = `| Time (${zone}) | Event | Information Available | Decision/Action Taken |\n|---|---|---|---|`;
    assert.deepEqual(findingsOf('timeline-timezone', timelineDoc(ROWS, { note: '', header })), [], zone);
    assert.deepEqual(findingsOf('timeline-timezone', timelineDoc([`| 10:00 ${zone} | a | b | c |`], { note: '' })), [], zone);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, textOf } from '../helpers/lint';
import { timelineDoc } from './timeline-fix-helper';
import { DETECTION_PHRASES } from '../../server/src/core/rules/timeline/timeline-lead-up.phrases';

test('flagged (info) when the first row is already detection or impact', () => {
  const md = timelineDoc(['| 14:23 | Alert fired for high error rate | Error rate at 15% | Team began investigation |', '| 14:25 | Checked deployments | x | y |']);
  const f = findingsOf('timeline-lead-up', md);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'info');
  assert.equal(textOf(md, f[0]), 'Alert fired for high error rate');
});

for (const phrase of DETECTION_PHRASES) {
  test(`detection phrase "${phrase}" in the first row`, () => {
    const md = timelineDoc([`| 10:00 | The ${phrase} happens at checkout | x | y |`]);
    assert.equal(findingsOf('timeline-lead-up', md).length, 1);
  });
}

test('list timelines: the first bullet', () => {
  assert.equal(findingsOf('timeline-lead-up', '# P\n\n## Timeline\n\n- 10:00 — customers report failed logins\n- 10:05 — x\n').length, 1);
  assert.deepEqual(findingsOf('timeline-lead-up', '# P\n\n## Timeline\n\n- 09:00 — release 6.14 merged\n- 10:00 — alert fires\n'), []);
});

test('not flagged: a lead-up row first, detection words later, template placeholders', () => {
  assert.deepEqual(findingsOf('timeline-lead-up', timelineDoc(['| 13:10 | Config change starts rolling out | Reviewed | Continued |', '| 14:11 | Alert fires and pages on-call | x | y |'])), []);
  assert.deepEqual(findingsOf('timeline-lead-up', timelineDoc(['| ... | ... | ... | ... |'])), []);
  assert.deepEqual(findingsOf('timeline-lead-up', timelineDoc(['| 10:00 | Ticket asks for a TXT record (the pager was quiet) | x | y |'])), []);
});

test('a page that is a web page is not detection', () => {
  assert.deepEqual(findingsOf('timeline-lead-up', timelineDoc(['| 10:00 | Deploy of the new landing page and help pages | x | y |'])), []);
});

test('a change to the alerting set-up is a lead-up, not detection ("Git push lands a new bind-mount for Loki\'s alerting rules") (a real post-mortem, stop 28)', () => {
  const md = '# Post-Mortem: x\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 03:10 | Git push lands a new bind-mount for Loki\'s alerting rules directory |\n| 03:14 | Deploy fails |\n';
  assert.deepEqual(findingsOf('timeline-lead-up', md), []);
  assert.equal(findingsOf('timeline-lead-up', md.replace("a new bind-mount for Loki's alerting rules directory", 'the disk alert fires')).length, 1);
});

test('a planned outage is the trigger, not detection; an outage that just happens still is (a real post-mortem)', () => {
  assert.deepEqual(findingsOf('timeline-lead-up', timelineDoc(['| 08:20 | Electricians start a planned power outage affecting the building | x | y |', '| 08:28 | The on-call is paged | x | y |'])), []);
  assert.deepEqual(findingsOf('timeline-lead-up', timelineDoc(['| 08:20 | Scheduled maintenance outage begins | x | y |'])), []);
  assert.equal(findingsOf('timeline-lead-up', timelineDoc(['| 08:20 | Power outage affecting the building | x | y |'])).length, 1);
});

test('a first row that names the trigger beside the impact, or a detection that did not happen, starts with the lead-up (real post-mortems, stop 35)', () => {
  assert.deepEqual(findingsOf('timeline-lead-up', timelineDoc(['| 08:47 | The nightly bump PR is merged and deployed. Outage begins. | x | y |', '| 08:50 | Alert fires | x | y |'])), []);
  assert.deepEqual(findingsOf('timeline-lead-up', timelineDoc(['| ~08:00 | The mount went stale (no alerting caught it) | x | y |', '| 09:10 | A user reports failed builds | x | y |'])), []);
  // Detection alone, or an alert that did fire, is still the start at detection.
  assert.equal(findingsOf('timeline-lead-up', timelineDoc(['| 08:50 | Outage begins; the error alert fires | x | y |'])).length, 1);
  assert.equal(findingsOf('timeline-lead-up', timelineDoc(['| 08:50 | An alert fires for the mount | x | y |'])).length, 1);
});

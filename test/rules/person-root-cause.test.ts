import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, inSection, textOf, applyFix, spansOf } from '../helpers/lint';
import { ROOT_QUALIFIERS, LINKS, ACTION_NOUNS } from '../../server/src/core/rules/blame/person-root-cause.phrases';

const id = 'person-root-cause';
const flagged = (text: string, section = 'Contributing Factors') => findingsOf(id, inSection(text, section));

test('catalogue example: "The root cause was Nadia restarting the broker"', () => {
  const md = inSection('The root cause was Nadia restarting the broker during the rebalance.');
  const [f, ...rest] = findingsOf(id, md);
  assert.equal(rest.length, 0);
  assert.equal(textOf(md, f), 'The root cause was Nadia');
  assert.equal(f.severity, 'error');
  assert.equal(f.category, 'blame');
});

test('person-like complements: names, handles, roles, possessive actions, relative clauses, labels', () => {
  for (const text of [
    'Root cause was @jpark pushing an untested config to the edge proxies.',
    'Root cause: the release manager approved the build without looking at the failing tests.',
    'The primary root cause was a developer committing the signing key to the repository.',
    'The root cause of the DNS outage was the network engineer who edited the zone file by hand.',
    'The underlying root cause was the intern\'s change to the retention policy.',
    'We identified the root cause as the on-call\'s decision to restart all consumers at once.',
    'The cause of the incident was the contractor.',
    'The real root cause is that we skipped the canary.',
    'Root cause: Priya.',
    'Root cause — the on-call engineer restarting the wrong pod.',
    'The root cause is Jamal forgetting to renew the domain.',
    'The root cause is Okonkwo forgetting to renew the domain.',
    'Ana was the root cause.',
    'The on-call engineer is the real root cause of the outage.',
  ]) {
    assert.equal(flagged(text).length, 1, text);
  }
});

test('guards: technical root causes, plural root causes, human error, negation, analysis', () => {
  for (const text of [
    'The root cause was an expired intermediate certificate on the edge proxies.',
    'Root causes: a stale DNS cache, an untested rollback script, and no owner for the zone.',
    'Root cause analysis found three interacting conditions in the message broker.',
    'The root cause was human error.',
    'The root cause was operator error while resizing the volume.',
    'The root cause was not the on-call; the alert was routed to a retired channel.',
    'The root cause was the engineer onboarding doc, which pointed at the old cluster.',
    'Ana was the first to notice the root cause.',
    'The certificate was the root cause.',
  ]) {
    assert.deepEqual(flagged(text).map((f) => textOf(inSection(text), f)), [], text);
  }
});

test('error in every section; first person lowered to a warning', () => {
  for (const section of ['Executive Summary', 'Timeline of Events', 'Key Learnings', 'What Went Well', 'Notes', 'External Message']) {
    assert.equal(flagged('The root cause was the DBA running the cleanup script.', section)[0]?.severity, 'error', section);
  }
  assert.equal(flagged('The root cause was that we skipped the canary.')[0].severity, 'warning');
});

test('every qualifier and link word of the data lists is recognised', () => {
  for (const q of ROOT_QUALIFIERS) assert.equal(flagged(`The ${q} root cause was the DBA running the script.`).length, 1, q);
  for (const l of LINKS) assert.equal(flagged(`The root cause ${l} the DBA running the script.`).length, 1, l);
  for (const n of ACTION_NOUNS) assert.equal(flagged(`The root cause was the DBA's ${n}.`).length, 1, n);
});

test('the fix keeps the person as a timeline fact and edits only the flagged phrase', () => {
  const md = inSection('The root cause was Nadia restarting the broker during the rebalance.');
  const [f] = findingsOf(id, md);
  const fix = f.fixes.find((x) => x.preferred)!;
  assert.ok(!fix.safe);
  const out = applyFix(md, fix);
  assert.ok(out.endsWith(md.slice(f.end)));
  assert.match(out, /Contributing factors were \[system condition 1\] and \[system condition 2\]; the timeline records Nadia restarting the broker/);
  const md2 = inSection('Root cause: the release manager approved the build.');
  assert.match(applyFix(md2, findingsOf(id, md2)[0].fixes[0]), /Contributing factors: \[system condition 1\]; \[system condition 2\]\. Timeline fact: the release manager approved the build\./);
});

test('extra phrases from config', () => {
  const md = inSection('Blame sits with the night shift.');
  assert.equal(findingsOf(id, md, { config: { language: { extraPhrases: { [id]: ['blame sits with'] } } } }).length, 1);
});

test('a department as a modifier and a person as an owner are not root causes (issue 15)', () => {
  for (const text of ['The root cause was an automatic security update to systemd on March 8.', "The root cause of the incident was the maintainer's npm account being compromised.", 'The root cause was a support ticket that was closed by a bot.']) {
    assert.equal(findingsOf('person-root-cause', inSection(text, 'Root Cause')).length, 0, text);
  }
  for (const text of ["The root cause was the intern's change to the firewall.", "The root cause was the engineer's hasty deletion of the bucket.", 'The root cause was security approving the change without review.']) {
    assert.equal(findingsOf('person-root-cause', inSection(text, 'Root Cause')).length, 1, text);
  }
});

test('an omission named as the root cause, and a role\'s faults given as the cause (issue 11)', () => {
  for (const [text, span, rewrite] of [
    ['In many accidents, the root cause is not doing a gas test before starting the job.', 'the root cause is not doing', /contributing factors were \[system condition 1\] and \[system condition 2\]; \[what was not done/],
    ['The root cause was failing to drain the node before the upgrade.', 'The root cause was failing to drain', /Contributing factors were/],
    ['The root cause was forgetting to renew the certificate.', 'The root cause was forgetting', /Contributing factors were/],
    ['The Board said additional flight crew failures contributed to the accident.', 'additional flight crew failures contributed to', /additional flight crew \[action, as a timeline fact\]; contributing factors were/],
  ] as const) {
    const md = inSection(text);
    const found = findingsOf(id, md);
    assert.deepEqual(found.map((f) => textOf(md, f)), [span], text);
    assert.match(applyFix(md, found[0].fixes.find((x) => x.preferred)!), rewrite, text);
  }
  for (const text of [
    'The root cause was not having alerts on the queue depth.',
    'The root cause was not being able to fail over.',
    'The root cause was not the on-call.',
    'Disk failures contributed to the outage.',
    'The root cause was not validating the request size.',
    'The root cause was failing to handle the timeout.',
    'The root cause was the failure to retry on a 503.',
    'User errors caused most of the support tickets.',
    'No crew errors contributed to the accident.',
    'We made errors that contributed to the delay.',
  ]) {
    assert.deepEqual(findingsOf(id, inSection(text)), [], text);
  }
});

test('an agent is software unless a human compound says otherwise (dfds-pm2024-001, issue 15)', () => {
  assert.deepEqual(flagged('The root cause was a Grafana Agent pod using a high amount of memory on a node.'), []);
  assert.deepEqual(flagged('The root cause was the monitoring agent restarting every node.'), []);
  assert.equal(flagged('The root cause was the support agent who merged the two customer records.').length, 1);
});

test('blame assigned by a verb, and the probable cause (issue 11)', () => {
  for (const [text, span, rewritten] of [
    ['Investigators blamed the pilot for the crash.', 'blamed the pilot for the crash', 'Investigators named [system condition 1] and [system condition 2] as contributing factors; the timeline records what the pilot did.'],
    ['The crash was blamed on the pilot.', 'was blamed on the pilot', 'The crash had contributing factors [system condition 1] and [system condition 2]; the timeline records what the pilot did.'],
    ['The probable cause was the captain\'s decision to continue the approach.', 'The probable cause was the captain\'s decision', undefined],
    ['The captain\'s decision to continue the approach was the probable cause.', 'The captain\'s decision to continue the approach was the probable cause', undefined],
  ] as const) {
    const md = inSection(text);
    const found = findingsOf(id, md);
    assert.deepEqual(found.map((f) => textOf(md, f)), [span], text);
    if (rewritten) assert.ok(applyFix(md, found[0].fixes![0]).includes(rewritten), text);
  }
  for (const text of ['Nobody blamed the on-call.', 'We blamed the network at first.', 'The outage was blamed on the vendor\'s API.', 'The vendor\'s API was the probable cause.', 'The probable cause was a corroded cable.']) {
    assert.deepEqual(flagged(text), [], text);
  }
});

test('a question about blame, or blame reported to be contested, assigns none (issue 11)', () => {
  for (const text of ['Has a client or colleague blamed you for a problem you didn’t cause?', 'Early reports blamed the pilot, but the investigation found a faulty sensor.', 'Although the media blamed the driver, the signal had failed.']) {
    assert.deepEqual(flagged(text), [], text);
  }
});

test('a failure "caused by" a person in the passive (issue 11)', () => {
  for (const [text, span] of [
    ['The outage was caused by Bob.', 'was caused by Bob'],
    ['Multiple system outages have been caused by this person.', 'have been caused by this person'],
  ] as const) {
    assert.deepEqual(spansOf('person-root-cause', text), [span], text);
  }
  for (const text of ['The outage was not caused by the on-call.', 'The change was caused by a request from Bob.', 'The outage was caused by us.', 'When a car crash is caused by a human it is still a traffic accident.', 'The outage was caused by an engineer running a script.']) {
    assert.equal(findingsOf('person-root-cause', inSection(text)).length, 0, text);
  }
});

test('"caused by operator error" is a label, human-error-cause’s, not a person as the cause (issue 11)', () => {
  assert.equal(findingsOf('person-root-cause', inSection('The outage was caused by operator error in the console.')).length, 0);
  assert.equal(findingsOf('person-root-cause', inSection('The outage was caused by Bob on Friday.')).length, 1);
});

test('the verb of a relative clause inside "the root cause of …" is not its link (stop 28)', () => {
  assert.deepEqual(flagged('The five whys help teams get to the root cause of an issue that is preventing the team from reaching its goals.'), []);
  assert.equal(flagged('The root cause of the outage that hit us was Bob.').length, 1);
});

test('a later clause is not the cause\'s complement: "the root cause … will be provided as they become available" (stop 29, a real status page)', () => {
  assert.deepEqual(flagged('Additional details for the root cause of this outage will be provided as they become available.'), []);
  assert.equal(flagged('The root cause of the outage was the on-call engineer.').length, 1);
});

test('blame talked about is not blame assigned: "The fact that they blamed the author is telling" (stop 29, batch 10)', () => {
  assert.deepEqual(flagged('The fact that they blamed the author is telling about the culture as well.'), []);
  assert.equal(flagged('Investigators blamed the pilot for the crash.').length, 1);
});

test('a role word naming the system it is for, and a system not running a version, are no person as the cause (real post-mortems, stop 30)', () => {
  for (const text of ['So, one root cause is that the dev environment is not trusted.', 'We know the quota patch fixes it, so the cause is not running this patch.', 'The root cause was the admin cluster running out of disk.']) {
    assert.deepEqual(findingsOf('person-root-cause', inSection(text)).map((f) => textOf(inSection(text), f)), [], text);
  }
  for (const [text, flagged] of [
    ['The cause was not running the tests before merging.', 'The cause was not running'],
    ['The root cause is that the dev did not test the change.', 'The root cause is that the dev'],
  ]) {
    assert.deepEqual(findingsOf('person-root-cause', inSection(text)).map((f) => textOf(inSection(text), f)), [flagged], text);
  }
});

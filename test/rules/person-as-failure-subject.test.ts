import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, inSection, textOf, applyFix } from '../helpers/lint';
import { FAILURE_VERBS, ACTION_VERBS, FAULT_NOUNS } from '../../server/src/core/rules/blame/person-as-failure-subject.phrases';
import { sectionSeverity, SECTION_SEVERITY } from '../../server/src/core/rules/blame/sections';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { lint } from '../../server/src/core/engine';
import { rule } from '../../server/src/core/rules/blame/person-as-failure-subject';

/** This rule alone (no overlap with normative-judgment's "overlooked"). */
const own = (text: string) => lint(inSection(text), { today: '2026-11-20', rules: [rule] }).findings;

const id = 'person-as-failure-subject';
const flagged = (text: string, section = 'Contributing Factors') => findingsOf(id, inSection(text, section));

test('catalogue examples: "Bruno missed …", "It was Chen\'s oversight"', () => {
  let md = inSection('Bruno missed the disk-space warning on Friday.');
  const [f, ...rest] = findingsOf(id, md);
  assert.equal(rest.length, 0);
  assert.equal(textOf(md, f), 'Bruno missed');
  assert.equal(f.severity, 'error');
  md = inSection("It was Chen's oversight.");
  assert.equal(textOf(md, findingsOf(id, md)[0]), "Chen's oversight");
});

test('person-like subjects of §1.6: handles, roles, teams, gazetteer names, quantifiers', () => {
  for (const text of [
    '@mkowalski ignored three pages from the queue-depth alert.',
    '@sre-oncall dropped the escalation and nobody picked it up.',
    'The DBA neglected to check replication lag before failing over.',
    'The contractor deleted the wrong storage bucket.',
    'The data team failed to notice that the nightly load had stopped.',
    'The platform team never followed up on the disk-space alert.',
    'The on-call engineer didn\'t acknowledge the page for 25 minutes.',
    'Ops forgot to update the alert email list.',
    'Security found that Kevin left the admin panel exposed to the internet.',
    'Lucas caused the incident by deploying an unreviewed build.',
    'Zeynep forgot to renew the domain.',
    'Someone ignored the capacity warning.',
    'The NOC missed the synthetic check for fifteen minutes because they were busy with other things.',
    'Priya Raman missed the page at 02:10.',
    'The on-call deliberately ignored the alert.',
    'The on-call, who was tired, missed the page.',
    'The warning was missed by the on-call engineer.',
    'The page was ignored by @dkim for an hour.',
  ]) {
    assert.equal(flagged(text).length, 1, text);
  }
  const md = '# Post-Mortem: t\n**Participants**: Ama Mensah, NOC\n\n## Contributing Factors\n\nMensah ignored the alert. The NOC missed the synthetic check.\n';
  assert.equal(findingsOf(id, md).length, 2);
});

test('guards: neutral verbs, non-person subjects, fail over, perception with a reason, present-tense habits', () => {
  for (const text of [
    'Bruno acknowledged the disk-space page at 02:41.',
    'Dana rolled back the release at 14:31.',
    'The job failed to page anyone because the escalation policy had no members.',
    'The consumer missed three heartbeats and was evicted from the group.',
    'The client library ignored the Retry-After header and retried immediately.',
    'The schema change broke the nightly export to the warehouse.',
    'The on-call engineer failed over the database to the standby at 03:14.',
    'The on-call engineer did not receive the page because the phone had no signal.',
    'The release manager did not see the crash alert because it was routed to a channel she was not in.',
    'The pool change was announced in a channel which checkout responders do not follow.',
    'The alert for the on-call engineer missed its window.',
    "Lena's patch restored the connection pool to its previous size.",
    'Bisecting identified the culprit commit in the serializer.',
    'Nobody is at fault here; the console allowed the bulk edit.',
    'In the channel, the on-call wrote "I think I broke the replica, rolling back now".',
    'The on-call engineer missed nothing in the handover; the alert never fired.',
    'Sam broke the incident into three workstreams.',
    'The team missed the deadline only because the vendor API was down.',
    'The team left the bridge open as planned for the APAC shift.',
    'We missed our availability SLO by two minutes this month.',
    'The on-call ignored the flapping disk alert, as the runbook instructs.',
    'The heartbeat was missed by the consumer during the GC pause.',
    'The ball was dropped by the scheduler when the node drained.',
  ]) {
    assert.deepEqual(flagged(text).map((f) => f.message), [], text);
  }
});

test('every failure verb, action verb and fault noun of the data lists is matched', () => {
  for (const v of FAILURE_VERBS) {
    const rest = v.objects ? ` the ${v.objects[0]}` : v.complements ? ` the port ${v.complements[0]}` : ' the thing';
    const text = `Priya ${v.phrase}${rest}.`;
    assert.equal(own(text).length, 1, text);
  }
  for (const a of ACTION_VERBS) {
    if (a === 'bother') continue; // normative-judgment's "didn't bother"
    const text = `Priya failed to ${a} the queue.`;
    assert.equal(own(text).length, 1, text);
  }
  for (const n of FAULT_NOUNS) assert.equal(own(`It was Priya's ${n}.`).length, 1, n);
});

test('severity: error, warning in What Went Well and for first-person subjects (§1.5, §1.6)', () => {
  assert.equal(flagged('The NOC ignored the alert.', 'Timeline of Events')[0].severity, 'error');
  assert.equal(flagged('The NOC ignored the alert.', 'What Went Well')[0].severity, 'warning');
  assert.equal(flagged('We missed the crash spike in the beta channel.')[0].severity, 'warning');
  assert.equal(flagged('I forgot to renew the certificate.')[0].severity, 'warning');
  assert.equal(flagged('You forgot to renew the certificate.')[0].severity, 'error');
});

test('the section matrix (§1.5) as data', () => {
  assert.equal(sectionSeverity(id, 'what-went-well'), 'warning');
  assert.equal(sectionSeverity('counterfactual', 'action-items', DEFAULT_CONFIG), 'info');
  assert.equal(sectionSeverity('counterfactual', 'action-items', { ...DEFAULT_CONFIG, counterfactual: { inActionItems: 'off' } }), 'off');
  assert.equal(sectionSeverity('normative-judgment', 'external'), 'warning');
  assert.equal(sectionSeverity('people-targeted-action', 'key-learnings'), 'error');
  assert.equal(sectionSeverity('self-blame', 'external'), 'off');
  assert.equal(sectionSeverity('timeline-judgment', 'timeline'), 'warning');
  assert.equal(sectionSeverity('timeline-judgment', 'contributing-factors'), 'off');
  assert.equal(sectionSeverity('no-such-rule', 'timeline'), undefined);
  assert.equal(Object.keys(SECTION_SEVERITY).length, 17);
});

test('the fix keeps the subject, inserts placeholders and edits only the flagged phrase', () => {
  const md = inSection('Bruno missed the disk-space warning on Friday.');
  const [f] = findingsOf(id, md);
  const fix = f.fixes.find((x) => x.preferred)!;
  assert.ok(!fix.safe);
  const out = applyFix(md, fix);
  assert.ok(out.startsWith(md.slice(0, f.start)) && out.endsWith(md.slice(f.end)));
  assert.match(out, /Bruno \[action, described neutrally, with what Bruno saw or expected at the time\] the disk-space warning on Friday\./);
});

test('extra phrases from config', () => {
  const md = inSection('Priya fluffed the handover.');
  assert.equal(findingsOf(id, md).length, 0);
  assert.equal(findingsOf(id, md, { config: { language: { extraPhrases: { [id]: ['fluffed'] } } } }).length, 1);
});

test('"it" is a pronoun for a thing; only "IT" is the department', () => {
  for (const s of ['It ignored the retry header.', 'It missed three heartbeats before the failover.', 'The cron job ran, but it never checked the exit code.']) {
    assert.equal(findingsOf('person-as-failure-subject', inSection(s)).length, 0, s);
  }
  assert.equal(findingsOf('person-as-failure-subject', inSection('IT ignored the ticket for two days.')).length, 1);
});

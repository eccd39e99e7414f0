import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, inSection, textOf, applyFix, spansOf } from '../helpers/lint';
import { lint } from '../../server/src/core/engine';
import { rule } from '../../server/src/core/rules/blame/procedure-violation';
import { PROCEDURE_NOUNS, VIOLATION_VERBS, MANDATORY_WORDS, AGAINST_OBJECTS, SKIP_VERBS, AGAINST_VERBS } from '../../server/src/core/rules/blame/procedure-violation.phrases';

const id = 'procedure-violation';
const flagged = (text: string, section = 'Contributing Factors') => findingsOf(id, inSection(text, section));
const own = (text: string) => lint(inSection(text), { today: '2026-11-20', rules: [rule] }).findings;

test('catalogue example, and it wins over person-as-failure-subject (§1.7)', () => {
  let md = inSection('The release engineer violated the freeze.');
  let [f] = findingsOf(id, md);
  assert.equal(textOf(md, f), 'violated the freeze');
  assert.equal(f.severity, 'warning');
  md = inSection('Eli did not follow the DNS change procedure and skipped peer review.');
  [f] = findingsOf(id, md);
  assert.equal(textOf(md, f), 'did not follow the DNS change procedure');
  assert.equal(findingsOf('person-as-failure-subject', md).length, 0);
});

test('violation framings with a person-like subject', () => {
  for (const text of [
    'Deploying the hotfix without a ticket was against policy.',
    'Release engineering ignored the documented rollback procedure.',
    'The DBA skipped the mandatory backup step in the migration procedure.',
    'The engineer violated the change-freeze policy by deploying on Friday.',
    'The on-call did not follow the runbook when the queue alert fired.',
    'The operator deviated from the SOP during the restore.',
    'The responder broke protocol by contacting the customer directly.',
    'The change was made in violation of the freeze.',
  ]) {
    assert.equal(flagged(text).length, 1, text);
  }
});

test('guards: compliance citations and process facts with no violator', () => {
  for (const text of [
    'Control CM-3 requires a recorded approval for production changes; the approval is linked in OPS-4471.',
    'The incident was reported within the 72-hour window required by policy.',
    'The freeze calendar did not include the mobile release train.',
    'Runbook step 4 has no owner.',
    'The procedure does not cover the standby region.',
    'The deploy pipeline skipped the smoke tests because the stage was misconfigured.',
    'Eli skipped peer review because the console offers no review step.',
    'The schema change broke the nightly export.',
    'The runbook was not followed because it referred to a retired dashboard.',
  ]) {
    assert.deepEqual(flagged(text).map((f) => textOf(inSection(text), f)), [], text);
  }
});

test('warning in every section', () => {
  for (const section of ['Executive Summary', 'Timeline of Events', 'Key Learnings', 'Notes']) {
    assert.equal(flagged('The on-call violated the runbook.', section)[0]?.severity, 'warning', section);
  }
});

test('every verb, procedure noun, mandatory word and against-object of the data lists', () => {
  for (const v of VIOLATION_VERBS) {
    const text = v.phrase.startsWith('ignored the') ? `The engineer ${v.phrase} runbook.` : `The engineer ${v.phrase} the runbook.`;
    assert.equal(own(text).length, 1, text);
  }
  for (const n of PROCEDURE_NOUNS) assert.equal(own(`The engineer violated the ${n}.`).length, 1, n);
  for (const m of MANDATORY_WORDS) assert.equal(own(`The engineer skipped the ${m} check.`).length, 1, m);
  for (const o of AGAINST_OBJECTS) assert.equal(own(`Restarting it was against ${o}.`).length, 1, o);
});

test('the fix describes the step with placeholders and edits only the flagged phrase', () => {
  const md = inSection('The operator deviated from the SOP during the restore.');
  const [f] = findingsOf(id, md);
  const fix = f.fixes.find((x) => x.preferred)!;
  assert.ok(!fix.safe);
  const out = applyFix(md, fix);
  assert.ok(out.startsWith(md.slice(0, f.start)) && out.endsWith(md.slice(f.end)));
  assert.match(out, /The operator did not perform \[step\] \(the SOP\); \[how often the step is performed in practice, and why\]; the SOP \[does \/ does not\] say why it matters during the restore\./);
});

test('extra phrases from config', () => {
  const md = inSection('The on-call went rogue on the rollback.');
  assert.equal(findingsOf(id, md, { config: { language: { extraPhrases: { [id]: ['went rogue'] } } } }).length, 1);
});

test('every skip verb and against-verb of the data lists', () => {
  for (const v of SKIP_VERBS) assert.equal(own(`The engineer ${v} the mandatory check.`).length, 1, v);
  for (const v of AGAINST_VERBS) assert.equal(own(`The deploy ${v} against policy.`).length, 1, v);
});

test('procedures not followed in the passive, breaches found and violations by people (issue 11)', () => {
  for (const text of ['Maintenance procedures were not followed.', 'The commissioner found the nurses in breach of the code.', 'The report noted safety violations by operators.', 'The crash came from not following industry-standard procedures.']) {
    assert.equal(findingsOf('procedure-violation', inSection(text)).length, 1, text);
  }
  for (const text of ['The QC rules have been skipped by the pipeline, resulting in a default pass.', 'The service was in breach of its SLA for an hour.']) {
    assert.deepEqual(findingsOf('procedure-violation', inSection(text)), [], text);
  }
});

test('a service\'s rules for its users are not a responder\'s procedure (pypi aiocpa attack analysis, issue 15)', () => {
  assert.deepEqual(flagged('This report included a brief description denoting the existence of obfuscated code - which is in violation of the PyPI Acceptable Use Policy - and a link to the malicious code.'), []);
  assert.equal(flagged('The deploy was in violation of the change freeze policy.').length, 1);
});

test('"went against the documented procedure": the procedure with its modifiers, after a person (issue 11)', () => {
  let md = inSection('He went against the documented procedure.');
  assert.deepEqual(findingsOf(id, md).map((f) => textOf(md, f)), ['against the documented procedure']);
  md = inSection('She deployed against the runbook again.');
  assert.deepEqual(findingsOf(id, md).map((f) => textOf(md, f)), ['against the runbook']);
  // A thing run against a list, and a job (no person) run against a process, are not violations.
  assert.deepEqual(flagged('The script ran against the process list.'), []);
  assert.deepEqual(flagged('The job ran against the release process.'), []);
});

test('a rule stated in the present about an act in general is not a violation by someone (issue 11)', () => {
  assert.equal(flagged("Sending texts while driving a train is a violation of operator Metrolink's policy but not illegal.").length, 0);
  assert.equal(flagged('Deploying the hotfix without a ticket was a violation of the change policy.').length, 1);
});

test('the violation as a noun, its agent implied: "a major failure to follow procedure", "a failure to follow SOP\'s" (issue 11)', () => {
  assert.deepEqual(spansOf(id, 'I would consider that to be a major failure to follow procedure (as opposed to the many trivial ones).'), ['failure to follow procedure']);
  assert.deepEqual(spansOf(id, "If the SOP's require a stabilised condition, then a failure to do that is a failure to follow SOP's."), ["failure to follow SOP's"]);
  assert.deepEqual(spansOf(id, "The crew's failure to follow the checklist led to the incident."), ['failure to follow the checklist']);
  for (const text of [
    "The script's failure to follow the retry policy caused the backlog.",
    'A failure to follow the runbook is not a root cause; the runbook was out of date.',
    'There was no failure to follow procedure.',
  ]) {
    assert.deepEqual(spansOf(id, text), [], text);
  }
});

test('a violation denied is not one: "did not skip the checklist", "never bypassed review" (issue 11)', () => {
  const blame = (text: string) => lint(inSection(text), { today: '2026-11-20' }).findings.filter((f) => f.category === 'blame');
  for (const text of ['The on-call did not skip the checklist.', 'The release manager never bypassed the review.']) assert.deepEqual(blame(text), [], text);
  for (const text of ['The on-call skipped the checklist.', "The on-call doesn't follow the runbook.", 'The on-call failed to comply with the policy.']) {
    assert.equal(findingsOf('procedure-violation', inSection(text)).length, 1, text);
  }
});

test('a procedure with a participle after it, not followed (issue 11, batch 5 dev)', () => {
  const md = inSection('Unfortunately the specific instructions provided were not followed which caused DNS nameservers to change.');
  assert.deepEqual(findingsOf('procedure-violation', md).map((f) => textOf(md, f)), ['the specific instructions provided were not followed']);
  assert.deepEqual(findingsOf('procedure-violation', inSection('The steps listed were followed.')), []);
});

test('"the steps" are a procedure: "Not following the steps", "did not follow the steps" (stop 28, a real post-mortem)', () => {
  for (const t of ['Not following the steps literally caused the drift.', 'Bob did not follow the steps.']) assert.equal(own(t).length, 1, t);
  assert.deepEqual(own('We followed the steps to reproduce.'), []);
});

test('a rule for whoever does not follow the process ("… if they don\'t follow the process") is a condition, not a finding (stop 29, batch 10)', () => {
  assert.deepEqual(flagged('The moderator must interrupt people if they don’t follow the process.'), []);
  assert.equal(flagged('The engineer did not follow the runbook.').length, 1);
});

test('"contrary to protocol" about a person\'s act, non-compliance as a noun, the present "fails to follow" (stop 31, dev rows)', () => {
  for (const [text, span] of [
    ['Contrary to protocol, the dispatcher did not send an engine to the address.', 'Contrary to protocol'],
    ['The review found repeated nonadherence with standard operating procedures by the crew.', 'nonadherence with standard operating procedures'],
    ['The delay came from non-compliance with the change process.', 'non-compliance with the change process'],
    ['The contractor fails to follow the lockout procedure.', 'fails to follow the lockout procedure'],
  ]) {
    const md = inSection(text);
    assert.deepEqual(findingsOf(id, md).map((f) => textOf(md, f)), [span], text);
  }
  for (const text of [
    'Contrary to popular belief, the cache was not the cause.',
    'Contrary to the runbook, the script deletes every pod.',
    'If they fail to follow the process, the deploy job stops.',
    "The parser's non-compliance with the policy format was the bug.",
  ]) {
    assert.deepEqual(flagged(text), [], text);
  }
});

test('"comply with" and "adhere to" take a rule whatever it is called: the violation named with any object', () => {
  for (const [text, span] of [
    ['The loss of separation was put down to non-compliance with the minimum spacing.', 'non-compliance with the minimum spacing'],
    ['The dispatcher failed to adhere to the call-back window.', 'failed to adhere to the call-back window'],
    ['A failure to comply with the speed restriction was found.', 'failure to comply with the speed restriction'],
  ]) {
    assert.deepEqual(spansOf(id, text), [span], text);
  }
  for (const text of ['The gateway does not comply with the spec.', "The proxy's failure to comply with RFC 9110 broke the clients.", 'We audited compliance with the new standard.']) {
    assert.deepEqual(spansOf(id, text), [], text);
  }
});

test('the procedure noun class takes the singulars and other binding instructions: guidance, a restriction, the law', () => {
  for (const [text, span] of [
    ['The release lead disregarded the guidance on canaries.', 'disregarded the guidance'],
    ['The pilot violated the airspace restriction.', 'violated the airspace restriction'],
    ['The analyst breached the data retention law.', 'breached the data retention law'],
  ]) {
    assert.deepEqual(spansOf(id, text), [span], text);
  }
  for (const text of ['The job ignored the restriction on retries.', 'The guidance does not cover the standby region.']) {
    assert.deepEqual(spansOf(id, text), [], text);
  }
});

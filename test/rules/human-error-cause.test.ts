import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, inSection, textOf, applyFix, lintMd } from '../helpers/lint';
import {
  HUMAN_ERROR_PHRASES, CAUSE_CONNECTORS, METRIC_NOUNS, DESIGN_CONTEXT, EMITTING_VERBS, CLASSIFYING_VERBS, MISTAKE_NOUNS, CAUSAL_VERBS, GENERAL_AFTER,
} from '../../server/src/core/rules/blame/human-error-cause.phrases';

const id = 'human-error-cause';
const flagged = (text: string, section = 'Contributing Factors') => findingsOf(id, inSection(text, section));

test('catalogue examples: "came down to operator error", "fat-fingered", "Root cause: operator error"', () => {
  let md = inSection('The failed restore came down to operator error.');
  let [f, ...rest] = findingsOf(id, md);
  assert.equal(rest.length, 0);
  assert.equal(textOf(md, f), 'operator error');
  assert.equal(f.severity, 'error');
  assert.equal(f.category, 'blame');
  assert.ok(f.prompts?.length);
  md = inSection('A fat-fingered port number in the firewall rule blocked the API.');
  assert.equal(textOf(md, findingsOf(id, md)[0]), 'fat-fingered');
  md = inSection('Root cause: operator error while resizing the database volume.');
  [f] = findingsOf(id, md);
  assert.equal(textOf(md, f), 'Root cause: operator error');
});

test('every phrase of the list is flagged next to a cause connector', () => {
  for (const p of HUMAN_ERROR_PHRASES) {
    const text = `The outage was caused by ${p.phrase} in the console.`;
    assert.equal(flagged(text, 'Impact').length, 1, text);
  }
});

test('connectors, copulas and causal verbs make it a cause outside CF/ES/KL; a bare mention there is not', () => {
  for (const text of [
    'The checkout failures were due to human error.',
    'It was pilot error: the responder promoted the replica in the wrong region.',
    'Our investigation concluded that the page storm was operator error.',
    'Human error in the signing request left the certificate unusable.',
    'The backlog happened because the on-call engineer made a mistake with the consumer count.',
    'We classified the data loss as user error by the support agent.',
    'The data loss was the result of a mistake by the DBA.',
    'The main reason for the outage was human error.',
  ]) {
    assert.equal(flagged(text, 'Impact').length, 1, text);
  }
  assert.equal(flagged('Human error in the console settings.', 'Impact').length, 0);
  assert.equal(flagged('Human error in the console settings.', 'Contributing Factors').length, 1);
  assert.equal(flagged('Human error in the console settings.', 'Key Learnings').length, 1);
  assert.equal(flagged('Human error by the operator.', 'Executive Summary').length, 1);
});

test('"a mistake by {person}" extends the range over the person; a bold label is never split', () => {
  const md = inSection('**Root cause**: human error by Eli.');
  const [f] = findingsOf(id, md);
  assert.equal(textOf(md, f), '**Root cause**: human error by Eli');
  assert.match(applyFix(md, f.fixes[0]), /\n\nContributing factor: \[condition that allowed the action to cause harm[^\]]*\]\.\n$/);
});

test('guards: meta-blameless, quotes, code, metric compounds', () => {
  for (const text of [
    'The review found no evidence of operator error; the runbook step itself named the wrong host.',
    'We do not treat operator error as a root cause in our reviews.',
    'Calling this human error would end the analysis before it starts.',
    'Labelling this operator error would hide the missing confirmation step.',
    'Past reviews that stopped at "human error" produced action items that never reduced repeat incidents.',
    'The alert text read "Operator error: quota exceeded on bucket prod-exports".',
    'The vendor said "a human error during maintenance caused the disruption".',
    'The error rate returned to 0.2% at 11:04.',
    'The user error count rose to 400 per minute because of the new validation.',
    'The job logged `user error` for every 4xx response.',
    'It was not human error: the console preselected the wrong volume.',
    'The client logged a user error for each rejected form.',
    'Manual steps in the console are prone to human error.',
    'A typed confirmation reduces the risk of operator error.',
  ]) {
    assert.deepEqual(flagged(text).map((f) => f.message), [], text);
  }
});

test('error in every section; first person lowers "we made a mistake" to a warning', () => {
  for (const section of ['Executive Summary', 'Contributing Factors', 'What Went Well', 'Key Learnings', 'Follow-Up Review', 'Impact', 'Customer Communication']) {
    const [f] = flagged('The outage was caused by operator error.', section);
    assert.equal(f?.severity, 'error', section);
  }
  const [f] = flagged('The outage happened because we made a mistake in the config.');
  assert.equal(f.severity, 'warning');
});

test('the fix replaces only the flagged phrase with a placeholder, never safe', () => {
  const md = inSection('The failed restore came down to operator error during the resize.');
  const [f] = findingsOf(id, md);
  const fix = f.fixes.find((x) => x.preferred)!;
  assert.ok(!fix.safe);
  const out = applyFix(md, fix);
  assert.ok(out.startsWith(md.slice(0, f.start)) && out.endsWith(md.slice(f.end)));
  assert.match(out, /came down to \[condition that allowed/);
  const md2 = inSection('Root cause: operator error while resizing the volume.');
  assert.match(applyFix(md2, findingsOf(id, md2)[0].fixes[0]), /Contributing factor: \[condition that allowed .*\] while resizing the volume\./);
});

test('extra phrases from config are flagged as words', () => {
  const md = inSection('The ticket was closed as a wetware glitch.', 'Impact');
  assert.equal(findingsOf(id, md).length, 0);
  const fs = findingsOf(id, md, { config: { language: { extraPhrases: { [id]: ['wetware glitch'] } } } });
  assert.equal(fs.length, 1);
  assert.equal(textOf(md, fs[0]), 'wetware glitch');
});

test('timeline Time cells and action Owner cells are not analysed; chat lines are skipped', () => {
  const md = '# Post-Mortem: t\n\n## Contributing Factors\n\n- eli: it was human error, sorry\n- [10:06] sofia: root cause is operator error\n';
  assert.equal(findingsOf(id, md).length, 0);
  const table = '# Post-Mortem: t\n\n## Action Items\n\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n| Add a diff view | Human Error Team | 2026-12-01 | Diff shown |\n';
  assert.equal(findingsOf(id, table).length, 0);
  assert.equal(lintMd(inSection('## Human error\n')).findings.filter((f) => f.ruleId === id).length, 0);
});

test('every connector, classifying and causal verb makes it a cause; every metric, design and emitting word guards it', () => {
  const impact = (text: string) => findingsOf(id, inSection(text, 'Impact')).length;
  for (const c of CAUSE_CONNECTORS) assert.equal(impact(`The page storm ${c} human error.`), 1, c);
  for (const v of CLASSIFYING_VERBS) assert.equal(impact(`We ${v} the data loss as user error.`), 1, v);
  for (const v of CAUSAL_VERBS) assert.equal(impact(`Human error in the console ${v} the records.`), 1, v);
  for (const n of MISTAKE_NOUNS) assert.equal(impact(`The outage happened because the DBA made a ${n}.`), 1, n);
  for (const n of METRIC_NOUNS) assert.equal(impact(`The spike was caused by the user error ${n}.`), 0, n);
  for (const d of DESIGN_CONTEXT) assert.equal(impact(`The outage was caused by tooling that is ${d} human error.`), 0, d);
  for (const g of GENERAL_AFTER) assert.equal(findingsOf(id, inSection(`Human error ${g} in our work.`, 'Key Learnings')).length, 0, g);
  for (const v of EMITTING_VERBS) assert.equal(impact(`The outage was caused by a client that ${v} a user error.`), 0, v);
});

test('a mistake made by a person, and manual error, offered as the cause (issue 11)', () => {
  for (const text of ['The outage was caused by a simple mistake made by an engineer.', 'It all came down to a typo by one of our engineers.', 'A manual mistake during the maintenance window caused the outage.']) {
    assert.equal(findingsOf('human-error-cause', inSection(text)).length, 1, text);
  }
  for (const text of ['Manual steps are prone to manual error, so the runbook is now a script.', 'The error made by the parser was logged as a warning.']) {
    assert.equal(findingsOf('human-error-cause', inSection(text)).length, 0, text);
  }
});

test('a person with a postposed "responsible" still makes the error (issue 11)', () => {
  const md = inSection('The newsletter went to every patient, but the employee responsible made a basic email error.');
  const found = findingsOf(id, md);
  assert.deepEqual(found.map((f) => textOf(md, f)), ['the employee responsible made a basic email error']);
  assert.ok(found[0].fixes?.some((x) => x.preferred));
  assert.equal(flagged('The job responsible made an error in the batch.').length, 0);
});

test('the label as a topic of a guide, not a cause: views on it, a "human error problem", people in general, "not because" (issue 11)', () => {
  for (const text of [
    'In The Field Guide to Understanding Human Error, Sidney Dekker describes two views on human error: 1) the old view, which asserts that people’s mistakes cause failure, and 2) the new view, which treats human error as a symptom of a systemic problem.',
    'The new view, in contrast, understands that a human error problem is actually an organizational problem.',
    'I have watched talented people resign, not because they made mistakes, but because the way their organizations investigated those mistakes made it clear they were no longer safe.',
    'Our research on operator error led to the new confirmation step.',
  ]) assert.deepEqual(flagged(text).map((f) => f.ruleId), [], text);
  // The same words offered as this incident's cause still count.
  for (const text of ['The root cause was human error.', 'Human error caused the outage.', 'The outage happened because the DBA made a mistake.', "The outage happened because of Ana's mistake."]) {
    assert.equal(flagged(text).length, 1, text);
  }
});

test('human error as a condition in general, or something to design for, is not this incident’s cause (issue 11)', () => {
  for (const text of [
    'When human error leads to deviations, it can challenge the effectiveness of your corrective and preventive action (CAPA) system.',
    'Any resilient system should account for human errors - those always happen.',
    'The research was done in minimizing human error.',
  ]) assert.deepEqual(flagged(text).map((f) => f.ruleId), [], text);
  assert.equal(flagged('When human error caused the outage, nobody noticed for an hour.').length, 1);
});

test('a phrase does not straddle a clause break: "we\'re human; mistakes happen!" names no "human mistakes" (issue 11)', () => {
  assert.deepEqual(findingsOf('human-error-cause', inSection("Hey, we're human; mistakes happen!")), []);
  assert.equal(findingsOf('human-error-cause', inSection('The incident was caused by human mistakes.')).length, 1);
});

test('"human error events" names a class of event for reporting, not a cause (stop 28)', () => {
  assert.deepEqual(findingsOf('human-error-cause', inSection('Human error events are not exempt from DORA reporting.')), []);
});

test('"human error seems to be the biggest factor" is the label as the cause; "human error is a factor in every system" is general (stop 28, a real post-mortem)', () => {
  assert.equal(findingsOf('human-error-cause', inSection('While in retrospect it is clear what should have been done, human error seems to be the biggest factor.')).length, 1);
  assert.deepEqual(findingsOf('human-error-cause', inSection('Human error is a factor in every system.')), []);
});

test('the system\'s weakness and the term talked about are not a cause: "vulnerability to human error", "an explanation of pilot error", "Regarding human error, …" (stop 29)', () => {
  for (const t of [
    'And we should thank them for having found the system vulnerability to human error, which we will now fix.',
    'Reminds me of an explanation of pilot error that I have always liked.',
    'Regarding human error when inputting parameters, this can easily happen when the process is manual.',
  ]) assert.deepEqual(flagged(t), [], t);
  assert.equal(flagged('The outage was caused by human error.').length, 1);
});

test('the mistake as the system\'s product is talk about blame: "see human error as an effect of …", "a mistake waiting to happen" (stop 29)', () => {
  assert.deepEqual(flagged('See human error as an effect of deeper systematic vulnerabilities within the organization.'), []);
  const md = inSection("Firing the intern doesn't make sense - it was a mistake waiting to happen and he just happened to do it at the wrong time.");
  assert.deepEqual(lintMd(md).findings.filter((f) => f.category === 'blame'), []);
});

test('"opportunities to remove human error from our systems" designs the label out (stop 29, batch 11)', () => {
  assert.deepEqual(flagged('We use postmortems to identify opportunities to remove human error from our systems.'), []);
});

test('the labels in the plural and for more roles; a controller or driver alone is hardware (stop 30)', () => {
  for (const text of ['The FAA found that both incidents were caused by air traffic controller errors.', 'The airline says multiple pilot errors were to blame for the accident.', 'An engineer fat-fingers a production config change.']) {
    assert.equal(findingsOf('human-error-cause', inSection(text)).length, 1, text);
  }
  for (const text of ['The disk driver error caused the kernel panic.', 'The RAID controller errors caused the outage.']) {
    assert.deepEqual(findingsOf('human-error-cause', inSection(text)), [], text);
  }
});

test('"human" with a kind or a coordinated cause before the fault noun is the same label: "human procedural error", "human and process error"', () => {
  for (const text of ['The outage was caused by human procedural error.', 'Most of the loss came down to human and tooling mistakes.', 'A mix of human/process error was to blame.']) {
    assert.equal(flagged(text).length, 1, text);
  }
  for (const text of ['Manual steps are prone to human and process error.', 'The human factors error taxonomy helped the review.', 'Human review errors are rare in this queue.']) {
    assert.deepEqual(flagged(text, 'Notes'), [], text);
  }
});

test('blaming named as an act ("never assigns blame") and an error set against the root cause it gives instead are meta-blameless (catalogue §1.4, stop 35)', () => {
  for (const text of [
    'The safety board, which does not assign blame, stopped short of calling it operator error.',
    'Surveys say most outages start with a human error, but the root causes sit in how the work is organised.',
  ]) {
    assert.deepEqual(flagged(text), [], text);
  }
  // Without the contrast the statistic gives human error as the cause.
  assert.equal(flagged('Surveys say most outages are caused by human error.').length, 1);
});

test('the conditions behind any error, and the reader asked how to judge, are meta-blameless (catalogue §1.4, stop 35)', () => {
  for (const text of [
    'Nearly always there is a confusing screen or a missing check behind every human error.',
    'Would you call it operator error when the console offered no confirmation?',
  ]) {
    assert.deepEqual(flagged(text), [], text);
  }
  assert.equal(flagged('A confusing screen led to the operator error.').length, 1);
});

test('every one of a role with an indefinite slip in the perfect is a generalisation: "every single pharmacist has made a serious error" (stop 35)', () => {
  assert.deepEqual(flagged('Every single pharmacist has made a serious error.'), []);
  assert.deepEqual(flagged("We've all made mistakes."), []);
  assert.equal(flagged('The pharmacist has made a serious error.').length, 1);
});

test('a mistake made by people in general is not this incident\'s cause: a quantified subject ("each of us", "any engineer"), "by a human" (stop 35)', () => {
  for (const text of [
    'Sooner or later, each of us made a mistake like this one.',
    'Any engineer on the rota has made a mistake with the failover script.',
    'Behind a mistake made by a human there is usually a missing guard in the tooling.',
    'A slip made by a person at 3 a.m. is a signal about the pager load.',
  ]) {
    assert.deepEqual(findingsOf('human-error-cause', inSection(text)), [], text);
  }
  for (const text of [
    'The on-call engineer made a mistake with the failover script.',
    'The outage came from a mistake made by the release manager.',
    'A mistake by the DBA caused the table drop.',
  ]) {
    assert.equal(findingsOf('human-error-cause', inSection(text)).length, 1, text);
  }
});

test('the label as the charge of a withheld accusation is not offered as the cause: "refrained from publicly accusing the crew of pilot error" (stop 35)', () => {
  for (const text of ['The regulator refrained from publicly accusing the night crew of pilot error.', 'The inquiry declined to charge the operator with operator error.', 'The board stopped short of accusing the pilots of pilot error.']) {
    assert.deepEqual(findingsOf('human-error-cause', inSection(text)), [], text);
  }
  for (const text of ['The regulator accused the night crew of pilot error.', 'The failover broke because of operator error.']) {
    assert.equal(findingsOf('human-error-cause', inSection(text)).length, 1, text);
  }
});

test('the label named as the chief cause or factor is the verdict, in the present too: "human error is the leading cause", "the dominant risk factor" (stop 35)', () => {
  for (const text of ['Operator error is the leading cause of our failed restores.', 'Human error was the dominant risk factor in the cutover.']) {
    assert.equal(findingsOf('human-error-cause', inSection(text, 'Impact')).length, 1, text);
  }
  for (const text of ['Human error is a factor in every system.', 'Human error is inevitable in manual runbooks.', 'Manual steps are prone to human error, a major risk factor.']) {
    assert.deepEqual(findingsOf('human-error-cause', inSection(text, 'Impact')), [], text);
  }
});

test('the label as one item of a taxonomy is a class, not this incident\'s cause: "three categories: human error, hardware faults and …" (stop 35)', () => {
  for (const text of ['Our tracker sorts incidents into four categories: human error, hardware faults, vendor outages and software bugs.', 'Kinds of change failure include operator error, bad config or an expired token.']) {
    assert.deepEqual(findingsOf('human-error-cause', inSection(text)), [], text);
  }
  for (const text of ['This kind of outage was caused by operator error.', 'The root cause was human error and a stale alert.']) {
    assert.equal(findingsOf('human-error-cause', inSection(text)).length, 1, text);
  }
});

// people-targeted-action (catalogue §2.8): every phrase entry, the guards, severity by section
// (error in Key Learnings and Action Items), people-targeted metrics and the system-action fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/engine';
import { resolveConfig, type ConfigLayer } from '../../server/src/core/config';
import { ALL_RULES } from '../../server/src/core/rules/index';
import { rule, SYSTEM_ACTION, METRIC } from '../../server/src/core/rules/blame/people-targeted-action';
import { PHRASES } from '../../server/src/core/rules/blame/people-targeted-action.phrases';
import type { PhraseEntry } from '../../server/src/core/rules/blame/phrase-rule';
import { applyFix, findingsOf, inSection, textOf, TODAY } from '../helpers/lint';

function only(md: string, layer?: ConfigLayer) {
  const { config } = resolveConfig(layer ? [layer] : [], new Set(ALL_RULES.map((r) => r.id)));
  return lint(md, { config, today: TODAY, rules: [rule] }).findings;
}

/** The one finding on `s` spans `flagged`, with the rule's message and its people → system rewrite. */
function flaggedAsking(s: string, flagged: string) {
  const md = inSection(s);
  const found = only(md);
  assert.deepEqual(found.map((f) => textOf(md, f)), [flagged], s);
  assert.match(found[0].message, /asks people to change, not the system/);
  assert.equal(found[0].fixes![0].edits[0].newText, SYSTEM_ACTION);
}

function exampleFor(e: PhraseEntry): string {
  const p = e.phrase;
  switch (e.when) {
    case 'behaviour':
    case 'base':
      return `Engineers must ${p} before restoring a database.`;
    case 'person-obj':
      return `${p[0].toUpperCase() + p.slice(1)} the on-call engineers about certificate expiry.`;
    case 'ask-to':
      if (p === 'make sure' || p === 'ensure') return `${p[0].toUpperCase() + p.slice(1)} the reviewers read migrations before approving.`;
      return `${p[0].toUpperCase() + p.slice(1)} the reviewers to read migrations before approving.`;
    case 'train':
      return `${p[0].toUpperCase() + p.slice(1)} engineers to read the zone diff.`;
    case 'teach':
      return `${p[0].toUpperCase() + p.slice(1)} engineers that a zone diff needs a second reader.`;
    case 'person-subj':
      return `The DBA ${p} how replication works.`;
    case 'imperative':
      return `${p.replace('...', 'run manual SQL against production').replace(/^./, (c) => c.toUpperCase())}.`;
    case 'metric':
      return `${p.replace('...', 'DNS').replace(/^./, (c) => c.toUpperCase())} after the change.`;
    case 'metric-remember':
      return `Engineers ${p} the freeze.`;
    case 'discipline':
      return `The engineer who approved the change has ${p.startsWith('been') ? '' : 'been '}${p.replace('...', 'the engineer')} pending the review.`;
    case 'standing-order':
      return p === 'follow the' ? 'Follow the runbook before restoring a database.' : `${p[0].toUpperCase() + p.slice(1)} test in staging before restoring a database.`;
    case 'careful-activity':
      return `Release notes need ${p} reading before each deploy.`;
    default:
      return `${p.replace('...', 'the release manager').replace(/^./, (c) => c.toUpperCase())} for missed checklist items.`;
  }
}

for (const entry of PHRASES) {
  test(`phrase “${entry.phrase}” is flagged`, () => {
    const s = exampleFor(entry);
    const f = only(inSection(s, 'Key Learnings'));
    assert.equal(f.length, 1, `no finding in: ${s}`);
    assert.equal(f[0].severity, 'error');
  });
}

const FLAG = [
  'Remind all engineers to double-check the target environment before running migrations.',
  'Hold the release manager accountable for missed checklist items.',
  'Make sure the on-call engineer checks certificate dates every Monday.',
  "Don't run manual SQL against the production database again.",
  'Tell the mobile team to pay more attention to crash reports during rollouts.',
  'The DBA needs to learn how replication works before the next on-call shift.',
  'Everyone must be more vigilant about expiring credentials.',
  'Discipline the engineer who committed the access key.',
  'Ask reviewers to read migrations more carefully.',
  'Action: the data team will try harder to validate feeds before publishing.',
  'Remind everyone to check the region before restoring.',
  'Success metric: engineers remember the freeze.',
  'Support must be more careful when issuing refunds.',
  'Make sure that engineers double-check the region before restoring.',
  'Do a better job with QA before making changes.',
  'Always test the migration in staging first.',
];
for (const s of FLAG) test(`flags: ${s}`, () => assert.equal(only(inSection(s)).length, 1));

const CLEAN = [
  // system-action
  'Make the deploy CLI print the target cluster and wait for the operator to type its name before applying.',
  'Require a second approver for changes to the public DNS zone.',
  'Alert when any certificate in the inventory is within 21 days of expiry.',
  'Automate the weekly restore test and page the database team if it does not complete.',
  'Make the restore tool show the target region and require typing it to confirm.',
  'Have the chat bot remind the on-call to renew certificates 21 days before expiry.',
  'Ensure the on-call is paged when the queue age passes 10 minutes.',
  'Ask the vendor for the BGP session logs.',
  // training-program
  'Add a database restore exercise to the on-call onboarding checklist and record completion in the rota tool.',
  'Run a quarterly game day in which responders restore a database from the backup system.',
  'Publish a short video walkthrough of the new DNS change workflow and link it from the runbook.',
  'Retrain the fraud model on the March data.',
  // forward-should, facts, meta
  'The CLI should refuse to target production unless the --prod flag is passed.',
  'The parser should be more careful about trailing commas.',
  'The facilitator reminded the group that everyone acted on the information they had at the time.',
  'Eli double-checked the zone with dig at 10:12.',
  'As I remember, the alert fired twice.',
  'The alert did not fire again after the fix.',
  'We never saw the error again after the patch.',
  'When the workers restart, they must double-check the lease before taking work.',
  'The new banner makes responders pay attention to the target region.',
  'Add a confirmation prompt so that engineers double-check the target cluster.',
  'Action: add a pre-flight check so that operators do not have to be careful with the region flag.',
  'Ensure the on-call rotation includes two engineers.',
  // A standing order to install a guardrail is a system-action (a real post-mortem, issue 11).
  'Always set a billing alert at some conservative amount below the subscription allotment.',
  'Always pin the base image to a digest.',
  'The new linter does a better job of catching typos.',
  'Ensure the on-call dashboards load in under two seconds.',
  'Error rate: no more 5xx errors than baseline for 7 days.',
  'The on-call wrote "be more careful next time" in the channel.',
];
for (const s of CLEAN) test(`clean: ${s}`, () => assert.deepEqual(only(inSection(s)).map((f) => textOf(inSection(s), f)), []));

test('severity: error in Key Learnings and Action Items, warning elsewhere', () => {
  const s = 'People need to be more careful when touching DNS.';
  assert.equal(only(inSection(s, 'Key Learnings'))[0].severity, 'error');
  assert.equal(only(inSection(s, 'Contributing Factors'))[0].severity, 'warning');
  assert.equal(only(inSection(s, 'Executive Summary'))[0].severity, 'warning');
  assert.equal(only(inSection(s, 'Follow-Up Review'))[0].severity, 'warning');
});

const TABLE = `# Post-Mortem: t

## Action Items

| Action | Owner | Due Date | Success Metric |
|--------|-------|----------|----------------|
| Be more careful when editing DNS records | Eli Novak | 2026-09-15 | No more DNS mistakes |
| Retrain Eli on the DNS runbook | Marcus Webb | 2026-09-22 | Eli completes the training |
| Add a CI check that rejects zone changes which remove the apex | Be Careful | 2026-09-21 | CI fails on a test change |
`;

test('Action and Success Metric cells are errors; Owner cells are never analysed', () => {
  const f = only(TABLE);
  assert.deepEqual(f.map((x) => [textOf(TABLE, x), x.severity]), [
    ['Be more careful', 'error'],
    ['No more DNS mistakes', 'error'],
    ['Retrain Eli', 'error'],
  ]);
});

test('fixes: system action in the Action cell, measurable end state in the metric cell', () => {
  const f = only(TABLE);
  const action = f[0].fixes.find((x) => x.preferred)!;
  assert.ok(!action.safe);
  assert.ok(applyFix(TABLE, action).includes(`| ${SYSTEM_ACTION} when editing DNS records |`));
  const metric = f[1].fixes.find((x) => x.preferred)!;
  assert.ok(applyFix(TABLE, metric).includes(`| ${METRIC} |`));
  for (const x of f) for (const e of x.fixes[0].edits) assert.ok(e.start >= x.start && e.end <= x.end);
  assert.ok(f[0].prompts?.includes('How will we know if our improvements work?'));
});

test('the span widens to a person subject with its modal ("People need to be more careful")', () => {
  const md = inSection('Everyone needs to pay more attention to expiry warnings.', 'Key Learnings');
  assert.equal(textOf(md, only(md)[0]), 'Everyone needs to pay more attention');
});

test('extra phrases from config', () => {
  const layer = { language: { extraPhrases: { 'people-targeted-action': ['stay sharp'] } } };
  assert.equal(only(inSection('Responders should stay sharp on weekends.'), layer).length, 1);
});

test('registered with the whole rule set, one finding on the dns-outage KL line', () => {
  const f = findingsOf('people-targeted-action', inSection('People need to be more careful when touching DNS.', 'Key Learnings'));
  assert.equal(f.length, 1);
});

test('the message names the trap and quotes the phrase', () => {
  const md = inSection('Remind everyone to check the region before restoring.');
  const [f] = only(md);
  assert.match(f.message, /^People-targeted action: /);
  assert.ok(f.message.includes(`“${textOf(md, f)}”`));
});

test('a rewrite that would break emphasis is not offered', () => {
  const md = inSection('**Be more** careful when editing DNS records.', 'Action Items');
  const [f] = only(md);
  assert.ok(f, 'still reported');
  assert.deepEqual(f.fixes, []);
  assert.deepEqual(only(inSection('Be **more careful** when editing DNS records.', 'Action Items'))[0].fixes, []);
  const md2 = inSection('Be more careful when **editing** DNS records.', 'Action Items');
  const [g] = only(md2);
  assert.equal(g.fixes.length, 1);
  assert.ok(applyFix(md2, g.fixes[0]).includes('[guardrail / automation / check]'));
});

test('discipline reported and standing orders to people (issue 11)', () => {
  for (const text of [
    'The employee, who had long tenure, has been put on paid leave during the review.',
    'The civil defense employee will be reassigned.',
    'Always test in staging first.',
    'Never deploy on Friday afternoons.',
    'Follow the process!',
  ]) {
    assert.equal(only(inSection(text, 'Key Learnings')).length, 1, text);
  }
  for (const text of ['Now I fear that I may be fired.', 'Always-on monitoring covers the queue.', 'The service was suspended for maintenance.']) {
    assert.deepEqual(only(inSection(text, 'Key Learnings')), [], text);
  }
});

test('"be much more careful" is the same ask (issue 11)', () => {
  assert.equal(only(inSection('Engineers need to be much more careful with production credentials.', 'Key Learnings')).length, 1);
});

test('sanctions by grammar: adverbs and relative clauses in the passive, a person object in the active (issue 11)', () => {
  for (const [text, span] of [
    ['The employee who issued the alert has been temporarily reassigned pending the review.', 'been temporarily reassigned'],
    ['Employees who make this sort of error should be counselled.', 'be counselled'],
    ['The board voted to fine the nurse and fined her $3,000.', 'fined her'],
  ] as const) {
    const md = inSection(text, 'Key Learnings');
    const found = only(md);
    assert.deepEqual(found.map((f) => textOf(md, f)), [span], text);
    assert.match(found[0].message, /People-targeted action/, text);
    assert.ok(applyFix(md, found[0].fixes!.find((x) => x.preferred)!).includes(SYSTEM_ACTION), text);
  }
  for (const text of ['The job was temporarily suspended.', 'The alert fired the on-call\'s pager.', 'Nobody was disciplined.', 'The engineer was not reprimanded.', 'The script suspended the user account after three failed logins.', 'Does that operator should be punished or not?']) {
    assert.deepEqual(only(inSection(text, 'Key Learnings')).map((f) => textOf(inSection(text, 'Key Learnings'), f)), [], text);
  }
});

test('a reminder or re-education as the lesson, in the passive with a modal (issue 11)', () => {
  for (const [text, span] of [
    ['Staff must be reminded to consider the impact of the data they handle.', 'must be reminded'],
    ['Staff must also be trained regularly and reminded to consider the impact.', 'must also be trained regularly and reminded'],
    ['Engineers need to be reminded to check the dashboard.', 'need to be reminded'],
    ['The engineers need to be retrained on the deploy tooling.', 'need to be retrained'],
    ['The on-call should be coached on escalation.', 'should be coached'],
  ] as const) {
    const md = inSection(text, 'Key Learnings');
    const found = only(md);
    assert.deepEqual(found.map((f) => textOf(md, f)), [span], text);
    assert.ok(applyFix(md, found[0].fixes!.find((x) => x.preferred)!).includes(SYSTEM_ACTION), text);
  }
  for (const text of ['She was reminded by the bot at 09:00.', 'The on-call will be reminded automatically by the pager.', 'We should be reminded of this.', 'Staff must not be reminded more than once a day.', 'The new hires will be trained on the deploy tooling.']) {
    assert.deepEqual(only(inSection(text, 'Key Learnings')).map((f) => textOf(inSection(text, 'Key Learnings'), f)), [], text);
  }
});

test('"be very careful": an intensifier instead of "more" is the same ask; a parser being careful is not (issue 11)', () => {
  assert.equal(only(inSection('Newly qualified pilots should be very careful to fly within their limits.', 'Key Learnings')).length, 1);
  assert.equal(only(inSection('The new parser must be very careful about nulls.', 'Key Learnings')).length, 0);
});

test('a thing suspended is an account state, not a sanction (real post-mortems, issue 15)', () => {
  // chia-2022-01-20-employeecompromise.md: the account, not the employee, was suspended.
  for (const text of ["On Thursday an employee's account was suspended by an admin account, per the audit logs.", 'Affected employee: Individual whose account was suspended.', 'The company card was suspended after the charge.']) {
    assert.deepEqual(findingsOf('people-targeted-action', inSection(text)), [], text);
  }
  assert.equal(findingsOf('people-targeted-action', inSection('The engineer was suspended.')).length, 1);
});

test('sanctions asked for in forum wording: "should be fired" after "whoever", "lose his job", "heads should roll", "getting fired" (issue 11)', () => {
  for (const [text, span] of [
    ['Whoever approved this should be fired.', 'be fired'],
    ['The sysadmin should lose his job.', 'lose his job'],
    ['Heads should roll for this.', 'Heads should roll'],
    ['Someone is getting fired over this.', 'getting fired'],
  ] as const) {
    const md = inSection(text, 'Key Learnings');
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [span], text);
  }
  for (const text of ['Whoever is on call should be paged first.', 'The alert is getting fired twice.']) {
    assert.deepEqual(only(inSection(text, 'Key Learnings')), [], text);
  }
});

test('a question under discussion ("about whether people should be held accountable") is not an action on people (issue 11)', () => {
  assert.equal(only(inSection('It is not a philosophical argument about whether people should be held accountable.')).length, 0);
  assert.equal(only(inSection('The on-call engineer should be held accountable.')).length, 1);
});

test('a sanction denied, or feared as a possibility, is not an action on people (issue 11)', () => {
  for (const text of [
    'The hospital trust decided not to take disciplinary action against him.',
    'No disciplinary action was taken against the engineer.',
    'Engineers are stressed out and think that they could be fired for this.',
  ]) assert.equal(only(inSection(text)).length, 0, text);
  for (const text of ['The hospital trust took disciplinary action against the nurse.', 'The engineer should be fired for this.']) assert.equal(only(inSection(text)).length, 1, text);
});

test('requests and standing orders in the shapes real writing uses (issue 11)', () => {
  const cases: [string, string][] = [
    ['Yeah never deploy a friday.', 'never deploy'],
    ['It serves as a comedic reminder to always respect the deployment schedule.', 'reminder to always respect'],
    ['If you’re tasked with deleting a database, make sure you delete the right one.', 'make sure you delete'],
    ['Please stop using only increases in the minor version when you have breaking changes.', 'Please stop'],
    ['Can you stop releasing breaking changes on minor releases?', 'Can you stop'],
    ['Please can you follow semver.', 'Please can you follow'],
    ['The developer should always investigate the usage paths of changed code.', 'The developer should always investigate'],
  ];
  for (const [text, span] of cases) {
    const md = inSection(text);
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [span], text);
  }
  for (const text of ['Can you check the logs from 02:00?', 'Please see the attached graph.', 'Please read the FAQ on account recovery.', 'Please be aware that tokens expire.', 'The job should always run after the backup.', 'Every service should always have an owner.']) {
    assert.equal(only(inSection(text)).length, 0, text);
  }
});

test('sanctions on roles the gazetteer reads as things, terminations, and a sanction named as a noun (issue 11)', () => {
  for (const text of [
    'An air traffic controller who was unavailable to help two jets land at a busy airport has been suspended, an official has said.',
    'Aviation authorities suspended an air traffic controller suspected of falling asleep on the job.',
    "What partially redeems this employee's firing is that nothing else changed.",
    'The head administrator was also terminated.',
  ]) assert.equal(only(inSection(text)).length, 1, text);
  for (const text of ['The scheduler suspended the controller pods.', 'The instance was terminated by the autoscaler.', 'The controller was restarted.']) {
    assert.equal(only(inSection(text)).length, 0, text);
  }
});

test('orders to pay attention: "Keep your focus on the road", "Take every report … seriously" (issue 11)', () => {
  for (const text of ['Keep your focus on the road whenever you drive.', 'Take every report of an unusual odor seriously and respond quickly.']) assert.equal(only(inSection(text)).length, 1, text);
  for (const text of ['Keep the cache warm during the migration.', 'We stayed focused on the restore.', 'Take the replica out of the pool.']) assert.equal(only(inSection(text)).length, 0, text);
});

test('"Someone remembers …" is one person in a story, not a people-targeted metric (issue 11)', () => {
  assert.equal(findingsOf('people-targeted-action', inSection('Someone remembers a static analysis tool runs during the build.')).length, 0);
});

test('a sanction asked for in the base form: after "would" or "I\'d", or as an order opening a sentence or list item (issue 11)', () => {
  for (const [text, span] of [
    ['I would fire the operator.', 'fire the operator'],
    ["I'd also fire the guy filming, this was clearly planned.", 'fire the guy'],
    ['a) Immediately fire the junior, yell a bunch and send company wide messages.', 'fire the junior'],
    ['The panel will discipline the nurse.', 'discipline the nurse'],
  ] as const) {
    const md = inSection(text, 'Key Learnings');
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [span], text);
  }
  for (const text of [
    'The alert will fire the on-call page.',
    'The alert would fire the on-call.',
    'We do not punish engineers for honest mistakes.',
    "Don't fire the engineer; fix the missing guard.",
    'Should we fire the operator?',
    'Dismiss the alert and then page the secondary.',
    'The goal is not to punish the engineer.',
    'Rather than punish the operator, we added a confirmation step.',
    'Firing the operator would not have fixed the interlock.',
    'How to ensure a mistake is repeated: fire the one guy who will never make the same mistake twice.',
    'The vendor said "we would fire the operator" in their statement.',
  ]) assert.deepEqual(only(inSection(text, 'Key Learnings')).map((f) => textOf(inSection(text, 'Key Learnings'), f)), [], text);
});

test('a sanction handed to a person as a noun: "gave Bentley a suspension order", "has been given a caution" (issue 11)', () => {
  for (const [text, span] of [
    ['The panel gave Bentley a six-month suspension order.', 'gave Bentley a six-month suspension'],
    ['A nurse has been given a caution after the overdose.', 'been given a caution'],
    ['The engineer was issued a written reprimand.', 'was issued a written reprimand'],
  ] as const) {
    const md = inSection(text);
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [span], text);
  }
  for (const text of [
    'The on-call was given a warning by the monitoring system.',
    'The engineer was not given a suspension.',
    'Nobody was given a reprimand.',
    'The cluster was given a suspension window for maintenance.',
    'We gave the team a word of caution about the deploy freeze.',
    'The vendor issued a suspension of the API keys.',
    'The account was given a suspension after three failed logins.',
    'I was given a caution for speeding years ago.',
    'The registry gave the domain a suspension notice.',
    'The ticket said "the engineer was given a caution" but that was a rumour.',
  ]) assert.deepEqual(only(inSection(text)).map((f) => textOf(inSection(text), f)), [], text);
});

test('a negative standing order to a generic "you", or made emphatic with "ever" (issue 11)', () => {
  for (const [text, span] of [
    ["You don't put it in gear if there's anyone close by.", "You don't put"],
    ["I don't care how minor the danger was; you don't fool around.", "you don't fool"],
    ["And you sure as hell don't laugh at people scrambling out of the way.", "you sure as hell don't laugh"],
    ['Do not ever force push to a branch that other people use!', 'Do not ever force'],
  ] as const) {
    const md = inSection(text, 'Key Learnings');
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [span], text);
  }
  for (const text of [
    "You don't need to restart the pod.",
    "If you don't see the alert, check the channel.",
    "You don't have access to prod by default.",
    "You don't get paged for warnings.",
    'Do not restart the primary while the replica is catching up.',
    "We don't deploy on Fridays.",
    'You never know what a config change will do.',
    'The runbook says "you don\'t restart the primary" in bold.',
  ]) assert.deepEqual(only(inSection(text, 'Key Learnings')).map((f) => textOf(inSection(text, 'Key Learnings'), f)), [], text);
});

test('a How or What question is the review\'s own question, not an action item laid on people (issue 11, batch 4)', () => {
  for (const text of ['How do we make sure we never stop learning and improving?', 'How can we make sure engineers never skip the checklist?']) {
    assert.deepEqual(lint(inSection(text, 'Action Items'), { today: '2026-11-20' }).findings.filter((f) => f.category === 'blame'), [], text);
  }
  assert.equal(findingsOf('people-targeted-action', inSection('Make sure engineers always read the runbook.', 'Action Items')).length, 1);
});

test('training prescribed for a person, and a sanction done to one, are actions on people (issue 11, batch 4)', () => {
  const cases: [string, string][] = [
    ['They need more training.', 'They need more training'],
    ['The on-call needs additional training.', 'The on-call needs additional training'],
    ['The on-call should be retrained.', 'The on-call should be retrained'],
    ['After the incident, the hospital fired her.', 'fired her'],
    ['The board suspended the pilot for a month.', 'suspended the pilot'],
    // An anonymised person: a role and a capital letter.
    ['Engineer A will be more careful next time.', 'Engineer A will be more careful'],
  ];
  for (const [text, span] of cases) {
    const md = inSection(text, 'Action Items');
    assert.deepEqual(findingsOf('people-targeted-action', md).map((f) => textOf(md, f)), [span], text);
  }
  for (const text of [
    'They need more training data for the classifier.',
    'The model requires additional training.',
    'The FAA temporarily suspended all domestic flight departures.',
    'The alert fired twice before anyone looked.',
    'We did not punish the engineer.',
    'Now I fear that I may be fired.',
  ]) {
    assert.deepEqual(findingsOf('people-targeted-action', inSection(text, 'Action Items')), [], text);
  }
});

test('the review asking itself how to do better is a question, not an action on people (issue 11, batch 5 dev)', () => {
  assert.deepEqual(only(inSection('What can we do to do better next time?')), []);
  assert.equal(only(inSection('We need to do better next time.')).length, 1);
  assert.equal(only(inSection('Upskill the entire team on webhook infrastructure.')).length, 1);
  assert.deepEqual(only(inSection('Upskill the model with more data.')), []);
});

test('advice to the customers affected, and a system\'s more thorough monitoring, are not actions on the team (issue 11, batch 6 dev)', () => {
  for (const s of ['If you have been affected, please avoid taking action till we have reached out to you.', 'We have set up further alerting to provide more thorough monitoring coverage.']) {
    assert.deepEqual(only(inSection(s)), [], s);
  }
  for (const s of ['Please stop deploying on Fridays.', 'Release notes need more careful studying.']) assert.equal(only(inSection(s)).length, 1, s);
});

test('a courtesy to readers is not an action on people (a real post-mortem, issue 11)', () => {
  assert.deepEqual(only(inSection('Thank you for using conda-forge, please contact us if you have further questions, and please follow our security process for reporting vulnerabilities.')), []);
});

test('"undergo more training" is retraining, and "getting fired" a sanction (issue 11, batch 7 dev)', () => {
  for (const s of ['The on-call engineer will undergo more training.', 'Lots of people are getting fired at the very least.']) assert.equal(only(inSection(s)).length, 1, s);
  for (const s of ['The model will undergo more training.', 'The alert kept getting fired.']) assert.deepEqual(only(inSection(s)), [], s);
});

test('a modal written into the pronoun ("We\'ll be more careful"), and what is not a sanction or a lesson for people (stop 28)', () => {
  for (const t of ["We'll be more careful next time.", "They'll need more training.", "We'll never make the same mistake again."]) assert.equal(only(inSection(t)).length, 1, t);
  for (const t of [
    "He knew he'd never make the same mistake again.",
    'An AWS EC2 instance running a Diego Brain was terminated.',
    'Always include ^build explicitly when overriding dependsOn.',
    'An incident happened and the team needs to learn from it.',
  ]) assert.deepEqual(only(inSection(t)), [], t);
  for (const t of ['Bob was fired.', 'The DBA needs to learn from his mistakes.', 'Always test in staging first.']) assert.equal(only(inSection(t)).length, 1, t);
});

test('instructions to readers are not action items: "please follow these steps", "Please follow the process outlined in …" (stop 28)', () => {
  for (const t of ['To restore full functionality, please follow these steps:', 'Please follow the process outlined in the policy if you wish to report a vulnerability.']) {
    assert.deepEqual(only(inSection(t)), [], t);
  }
  assert.equal(only(inSection('Please follow the runbook next time.')).length, 1);
});

test('care the response took, told in the past ("we had to be careful to keep …"), is not an action item (stop 29, batch 10)', () => {
  assert.deepEqual(only(inSection('At the same time, we had to be careful to keep other machines in a healthy state.')), []);
  assert.equal(only(inSection('Engineers need to be more careful when deploying.', 'Action Items')).length, 1);
});

test('"can you double check …?" is a request in a thread, not an action item (stop 29, batch 11)', () => {
  assert.deepEqual(only(inSection("can you double check that this doesn't work even if you wait a while?")), []);
  assert.equal(only(inSection('Engineers should double check the config.', 'Action Items')).length, 1);
});

test('"Never" before a past form is no order; a sanction said with a contracted pronoun is one (real threads, stop 30)', () => {
  for (const s of ['Never heard of this three-times rule either.', 'Never been so glad to see a green build.', "He's fired the alert twice since Monday.", "You're not fired."]) {
    assert.deepEqual(only(inSection(s)).map((f) => textOf(inSection(s), f)), [], s);
  }
  for (const [s, flagged] of [
    ["You're fired.", "You're fired"],
    ["They're suspended pending review.", "They're suspended"],
    ['Never deploy on Fridays.', 'Never deploy'],
  ]) {
    assert.deepEqual(only(inSection(s)).map((f) => textOf(inSection(s), f)), [flagged], s);
  }
});

test('taken off the job is a sanction: removed from a position, relieved of duties, a licence suspended (real reports, stop 30)', () => {
  for (const [s, flagged] of [
    ['The physician was removed from his present position and transferred.', 'removed from his present position'],
    ['The nurse was relieved of her duties pending review.', 'relieved of her duties'],
    ['His license to operate a train has been suspended for six months.', 'His license to operate a train has been suspended'],
  ]) {
    assert.deepEqual(only(inSection(s)).map((f) => textOf(inSection(s), f)), [flagged], s);
  }
  for (const s of ['The pod was removed from the position in the ring.', 'The software license was suspended for non-payment.']) {
    assert.deepEqual(only(inSection(s)), [], s);
  }
});

test('"make sure you …" about the reader\'s own things is advice in a public report, not an action aimed at people (stop 30)', () => {
  for (const s of ['Make sure you rotate your API keys.', 'You should make sure you understand how it impacts your specific contract.']) {
    assert.deepEqual(only(inSection(s)), [], s);
  }
  assert.equal(only(inSection('Make sure you read the diff.')).length, 1);
});

test('a negative order conditioned on the person\'s own state or timing is a rule for people; one conditioned on the system is a runbook step (issue 11, stop 31)', () => {
  for (const [s, flagged] of [
    ["Don't deploy when you're tired.", "Don't deploy"],
    ['Do not merge unless you have read every line of the diff.', 'Do not merge'],
    ['Lesson: never run migrations until everyone has signed off.', 'never run'],
    ["Don't ship hotfixes late at night.", "Don't ship"],
    ['Do not upgrade the cluster on a Friday.', 'Do not upgrade'],
  ]) {
    flaggedAsking(s, flagged);
  }
  for (const s of [
    'Do not restart the primary until the replica catches up.',
    'Do not merge until CI passes.',
    "Don't deploy when the error budget is exhausted.",
    "Don't close the incident yet, we'll check the dashboards when you're back.",
    "Don't leave the status page stale while you're mitigating.",
  ]) {
    assert.deepEqual(only(inSection(s)), [], s);
  }
});

test('a standing order about a command or a configuration key written as code is a rule of the tool, not of people (dev documents, stop 31)', () => {
  for (const s of [
    'Never stop `worker` with `kill -9`.',
    'Always pass `--dry-run` to the migration tool first.',
    'Never parse dates with `new Date()` in the scheduler.',
  ]) {
    assert.deepEqual(only(inSection(s)), [], s);
  }
  // The same orders about people's conduct, or the word "code" as written, are still flagged.
  for (const [s, flagged] of [
    ['Never stop the worker in a hurry.', 'Never stop'],
    ['Always review code before merging.', 'Always review'],
  ]) {
    const md = inSection(s);
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [flagged], s);
  }
});

test('training given to a person as the response is people-targeted; training as background, denied or a programme is not (issue 11, stop 31)', () => {
  for (const [s, flagged] of [
    ['The operator will get some retraining.', 'The operator will get some retraining'],
    ['The on-call engineer has also undergone remedial training.', 'The on-call engineer has also undergone remedial training'],
    ['Management took the dispatcher off shift and gave her additional training.', 'gave her additional training'],
    ['The review recommended that the release manager undertake training in change control.', 'the release manager undertake training'],
  ]) {
    flaggedAsking(s, flagged);
  }
  for (const s of [
    'The pilot had received training on the type two years earlier.',
    'The operator had not received adequate training on the new console.',
    'I got a lot of hands-on training in my first job.',
    'Every new hire receives training through the on-call onboarding checklist.',
    'The model was given additional training data.',
  ]) {
    assert.deepEqual(only(inSection(s)), [], s);
  }
});

test('WordNet\'s verbs of sanctioning a person (banned, expelled, ousted, penalized …) and leave or probation are reported discipline; the same verbs on a thing are not (issue 11)', () => {
  for (const [s, flagged] of [
    ['After the force push the developer was banned from the organisation.', 'was banned'],
    ['The maintainers banned him from the tracker for a month.', 'banned him'],
    ['The captain was ousted by the airline a week later.', 'was ousted'],
    ['The dispatcher was penalized for the delayed dispatch.', 'was penalized'],
    ['The nurse who gave the dose was placed on administrative leave.', 'placed on administrative leave'],
    ['The engineer was put on probation after the outage.', 'put on probation'],
  ]) {
    flaggedAsking(s, flagged);
  }
  for (const s of [
    'The account was banned for spam by the abuse filter.',
    'The IP range was banned at the load balancer.',
    'The build was placed on hold until the fix landed.',
    'Nobody was punished for the outage.',
  ]) {
    assert.deepEqual(only(inSection(s)), [], s);
  }
});

test('the sanction verbs are generated data: base forms and participles, no verb that mostly names a thing', async () => {
  const { SANCTION_VERB_BASES, SANCTION_VERB_PARTICIPLES } = await import('../../server/src/core/rules/blame/people-targeted-action.sanctions');
  for (const w of ['ban', 'expel', 'oust', 'suspend', 'demote', 'reprimand', 'penalize']) assert.ok(SANCTION_VERB_BASES.includes(w), w);
  for (const w of ['banned', 'expelled', 'ousted', 'suspended', 'demoted', 'reprimanded', 'penalized']) assert.ok(SANCTION_VERB_PARTICIPLES.includes(w), w);
  for (const w of ['retire', 'execute', 'drop', 'eject', 'fix', 'get', 'hang', 'overthrow']) assert.ok(!SANCTION_VERB_BASES.includes(w), w);
});

test('a sanction named as a noun on its own, after "a" or with a measure of it, is an action on people; a thing\'s suspension is not (stop 33)', () => {
  for (const [text, span] of [
    ['Honestly, this deserves a dismissal.', 'a dismissal'],
    ['The reviewer thought two weeks suspension would be fair.', 'two weeks suspension'],
    ['Dismissal was the outcome of the hearing.', 'Dismissal'],
    ['The board imposed an immediate three-month suspension after the hearing.', 'an immediate three-month suspension'],
    ['The technician went home on a month’s suspension without pay.', 'a month’s suspension'],
    ['Management talked about the dismissal of the operator.', 'dismissal of the operator'],
    ['After the review she received a written warning.', 'written warning'],
  ] as const) {
    const md = inSection(text);
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [span], text);
  }
  for (const text of [
    'The billing account suspension lasted four hours.',
    'We opened a ticket with the suspension team at the registrar.',
    'The rear suspension of the truck was damaged.',
    'Suspension of the replication stream paused all writes.',
    'The vendor announced the dismissal of the lawsuit.',
    'The operator faced no suspension.',
    'The alert dismissal rate went up after the change.',
    'The project was given a suspension after the budget review.',
  ]) assert.deepEqual(only(inSection(text)).map((f) => textOf(inSection(text), f)), [], text);
});

test('teaching or educating people about their conduct is retraining said another way; instructions offered to a reader are not (stop 33)', () => {
  for (const [text, span] of [
    ['Teach new engineers that a restore is never optional.', 'Teach new engineers that'],
    ['a) Educate the developers about safe rollbacks.', 'Educate the developers about'],
    ['Try to teach the on-call engineers not to silence pages.', 'teach the on-call engineers not'],
  ] as const) {
    const md = inSection(text, 'Action Items');
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [span], text);
  }
  for (const text of [
    'The guide teaches engineers how to fail over the database.',
    'We can teach you how to set up the mirror in ten minutes.',
    'Teach the classifier to reject malformed payloads.',
    'Add a module to the onboarding course that teaches engineers about rollbacks.',
    'Try to reproduce the crash on staging.',
  ]) assert.deepEqual(only(inSection(text, 'Action Items')).map((f) => textOf(inSection(text, 'Action Items'), f)), [], text);
});

test('a lesson stated as an order to people after its colon is a rule for people; a system action or a statement after the colon is not (stop 33)', () => {
  for (const [text, span] of [
    ['Lesson two: never merge at the end of a long shift.', 'never merge'],
    ['My takeaway: slow down before touching production.', 'slow'],
    ['Lesson 4: when you are tired, hand the pager over to a colleague.', 'hand'],
    ['Lessons learned: make sure you have slept before a migration.', 'make sure'],
  ] as const) {
    const md = inSection(text);
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [span], text);
  }
  for (const text of [
    'Lesson learned: the retries were too aggressive.',
    'Lesson: add an alert on replication lag.',
    'Lesson learned: observability is everything.',
    'Lessons learned: Consul leadership flaps under load.',
    'Lesson learned: DNS is hard.',
    'The one lesson: neglect of the disks will cost a night of sleep.',
    'What was the lesson: did we need the cache at all?',
  ]) assert.deepEqual(only(inSection(text)).map((f) => textOf(inSection(text), f)), [], text);
});

test('"Follow the steps …" hands readers directions; "Follow the process!" stays a rule of conduct (dev documents, stop 33)', () => {
  for (const text of ['Follow the steps in the upgrade guide to restart the node.', 'Follow the instructions below to rotate the key.']) {
    assert.deepEqual(only(inSection(text)).map((f) => textOf(inSection(text), f)), [], text);
  }
  const md = inSection('Follow the process, every time.', 'Action Items');
  assert.deepEqual(only(md).map((f) => textOf(md, f)), ['Follow the'], 'Follow the process, every time.');
});

test('"To double-check …, run …": a purpose clause opening an instruction says what the step is for, not an order to be careful (dev documents, stop 33)', () => {
  for (const text of [
    'To double-check that the new certificate is served, run the curl command below.',
    'To double check the replica lag, open the Replication dashboard.',
  ]) assert.deepEqual(only(inSection(text, 'Action Items')).map((f) => textOf(inSection(text, 'Action Items'), f)), [], text);
  for (const [text, span] of [
    ['Reviewers need to double-check the region, every time.', 'Reviewers need to double-check'],
    ['Double-check the target cluster, then run the restore.', 'Double-check'],
  ] as const) {
    const md = inSection(text, 'Action Items');
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [span], text);
  }
});

test('a verification verb as the purpose infinitive opening a how-to step is not an ask; the same verb as an order still is (stop 33)', () => {
  for (const s of [
    'To double-check that the new build is live, open the status page.',
    'To triple-check the replica count, run the describe command.',
  ]) {
    assert.deepEqual(only(inSection(s)), [], s);
  }
  for (const [s, flagged] of [
    ['Engineers need to double-check the region before deleting a cluster.', 'Engineers need to double-check'],
    ['To be more careful, engineers must read the whole diff.', 'be more careful'],
  ]) {
    flaggedAsking(s, flagged);
  }
});

test('a standing order about how to hold the review (what to ask, how to start, whom not to blame) is review-process, not a rule of conduct (stop 33)', () => {
  for (const s of [
    'Never ask who pushed the change; ask what let the change through.',
    'Always start the meeting by restating the timeline.',
    'Always assume the responders acted on what they knew.',
  ]) {
    assert.deepEqual(only(inSection(s)), [], s);
  }
  for (const [s, flagged] of [
    ['Always test migrations in staging first.', 'Always test'],
    ['Never deploy on a Friday afternoon.', 'Never deploy'],
  ]) {
    flaggedAsking(s, flagged);
  }
});

test('a reminder of a fact or a value ("remind everyone that incidents are how we learn") asks no behaviour; a reminder of what people must do still does (stop 33)', () => {
  for (const s of [
    'Remind everyone that incidents are how the system tells us where it is weak.',
    'Remind the team that the freeze starts on Friday.',
  ]) {
    assert.deepEqual(only(inSection(s)), [], s);
  }
  for (const [s, flagged] of [
    ['Remind engineers that they must read the diff before approving.', 'Remind engineers'],
    ['Remind the team to read the diff before approving.', 'Remind the team'],
  ]) {
    flaggedAsking(s, flagged);
  }
});

test('an ask inside an embedded "what / how" clause ("discuss what they could do better") is a question the review takes up; the ask as the sentence\'s own is not (stop 33)', () => {
  for (const s of [
    'At the retro the team went over what worked and what they could do better.',
    'We talked about how we can be more careful with schema changes.',
  ]) {
    assert.deepEqual(only(inSection(s)), [], s);
  }
  for (const [s, flagged] of [
    ['Everyone should be more careful with schema changes.', 'Everyone should be more careful'],
    ['Reviewers must know what they need to double-check before approving.', 'they need to double-check'],
  ]) {
    flaggedAsking(s, flagged);
  }
});

test('a question whether a particular person was or should be sanctioned by someone else names the sanction; "or not", the review\'s own "we" and people in general stay a discussion (stop 34)', () => {
  for (const [s, flagged] of [
    ['Should the airline have suspended the first officer?', 'suspended the first officer'],
    ['Should the clinic have dismissed him?', 'dismissed him'],
    ['Is a single slip grounds for dismissal?', 'dismissal'],
  ] as const) {
    const md = inSection(s);
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [flagged], s);
  }
  for (const s of [
    'Should the dispatcher be disciplined or not?',
    'Should we fire the dispatcher?',
    'Do you punish people who report their own slips?',
    'Should an operator who skips a step be disciplined?',
    'Was the batch job suspended?',
  ]) assert.deepEqual(only(inSection(s)), [], s);
});

test('an action log\'s subjectless past correction of a person ("Counselled the technician on …") reports a people-targeted action; the same verbs on things or customers do not (stop 34)', () => {
  for (const [s, flagged] of [
    ['Counselled the technician on torque settings for the housing.', 'Counselled the technician'],
    ['Retrained the dispatcher on the priority codes.', 'Retrained the dispatcher'],
    ['Reminded the on-call engineer to confirm the region first.', 'Reminded the on-call'],
  ] as const) {
    const md = inSection(s);
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [flagged], s);
  }
  for (const s of [
    'Reminded the dashboard to refresh after the deploy.',
    'Suspended the compromised service account.',
    'Counselled the caller on the refund policy.',
  ]) assert.deepEqual(only(inSection(s)), [], s);
});

test('the end of someone\'s job as the consequence ("would never work here again", "a career-killer") is a sanction; the writers\' own plans, schedules and dates are not (stop 34)', () => {
  for (const [s, flagged] of [
    ['The contractor would never work here again after that stunt.', 'The contractor would never work here'],
    ["Frankly, I don't think she'll be back working for us.", "she'll be back working for us"],
    ['That would be the last day the technician worked here.', 'last day the technician worked here'],
    ['Deleting the backups was a career-killer.', 'career-killer'],
    ['In most shops that is a resume-generating event.', 'resume-generating event'],
  ] as const) {
    const md = inSection(s);
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [flagged], s);
  }
  for (const s of [
    'The vendor will not work here on weekends.',
    'I would never work here again after that week.',
    'She worked here for ten years before the reorganisation.',
    'It was the last day the intern worked here before the office move.',
    'The old script will no longer work here once the path changes.',
  ]) assert.deepEqual(only(inSection(s)), [], s);
});

test('re-emphasis as the response ("reinforce training", "reiterated to all staff the importance of") is aimed at people; a policy or a part reinforced, an observation and care given are not (stop 34)', () => {
  for (const [s, flagged] of [
    ['Management will reinforce training on change windows.', 'reinforce training'],
    ['The agency called for measures to reinforce professionalism among crews.', 'reinforce professionalism'],
    ['We have reiterated to all engineers the importance of reading the diff.', 'reiterated to all engineers'],
    ['Reinforce the importance of confirming the region before a restore.', 'Reinforce the importance'],
  ] as const) {
    const md = inSection(s);
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [flagged], s);
  }
  for (const s of [
    'Reinforce the deploy policy: block merges to main without an approval.',
    'We reinforced the rack mounts after the tremor.',
    'The outage reinforced the fact that the queue is a single point of failure.',
    'The nurse phoned the patient to reinforce the need for a follow-up scan.',
  ]) assert.deepEqual(only(inSection(s)), [], s);
});

test('training given after a fault: a duty role undergoing it ("The controller will undergo more training") and training of an imposed kind with no receiver ("a mandatory all-hands training") are people-targeted; a thing, a denial and training data are not (stop 34)', () => {
  for (const [s, flagged] of [
    ['The dispatcher will undergo additional training on priority codes.', 'The dispatcher will undergo additional training'],
    ['Next week we will hold a compulsory security training for the whole floor.', 'compulsory security training'],
    ['Remedial training was scheduled for the night shift.', 'Remedial training'],
  ] as const) {
    const md = inSection(s);
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [flagged], s);
  }
  for (const s of [
    'The controller pods will undergo more training runs.',
    'There was no mandatory training for the new console.',
    'The classifier needs refresher training data from the new region.',
  ]) assert.deepEqual(only(inSection(s)), [], s);
});

test('a person referred to a body that judges conduct, and a recommendation that a person make a personal remedy (apologise, reflect), are sanctions; a clinical referral, a case step and a system change recommended are not (stop 34)', () => {
  for (const [s, flagged] of [
    ['The regulator referred the pharmacist to the Professional Conduct Committee.', 'referred the pharmacist to the Professional Conduct Committee'],
    ['The registrar was referred to the Medical Council.', 'The registrar was referred to the Medical Council'],
    ['The report recommended that the surgeon write an apology to the family.', 'recommended that the surgeon write'],
    ['The panel recommended that the nurse reflect on the handover.', 'recommended that the nurse reflect'],
  ] as const) {
    const md = inSection(s);
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [flagged], s);
  }
  for (const s of [
    'The GP referred the patient to cardiology.',
    'The complaint was referred to the Director of Proceedings.',
    'The review recommended that the hospital review its triage policy.',
    'We recommended that the team review the alert thresholds.',
  ]) assert.deepEqual(only(inSection(s)), [], s);
});

test('responsibility or liability to be laid on someone and consequences to be faced ("should be held responsible", "must face the consequences") are sanctions asked for; a contract\'s "hold the vendor responsible" is not read (stop 34)', () => {
  for (const [s, flagged] of [
    ['The night operator should be held responsible.', 'held responsible'],
    ['Whoever pushed the change must face the consequences.', 'face the consequences'],
    ['There will be consequences for the approver.', 'be consequences for'],
  ] as const) {
    const md = inSection(s);
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [flagged], s);
  }
  for (const s of ['The contract holds the vendor responsible for uptime.', 'The change had consequences for the billing queue.']) assert.deepEqual(only(inSection(s)), [], s);
});

test('an obligation to sanction ("had to punish him", "needs to discipline the nurse") asks for the sanction as "must" does; intent, a denial and a thing sanctioned do not (stop 35)', () => {
  for (const [s, flagged] of [
    ['In the end the panel had to punish the surgeon.', 'punish the surgeon'],
    ['The clinic needs to discipline the pharmacist.', 'discipline the pharmacist'],
    ['The agency has to dismiss the contractor.', 'dismiss the contractor'],
  ] as const) {
    const md = inSection(s);
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [flagged], s);
  }
  for (const s of [
    'Her manager was going to fire her after the audit.',
    "We don't have to punish anyone for this.",
    'We had to suspend the nightly exports.',
    'The admins need to ban the spam bot.',
  ]) assert.deepEqual(only(inSection(s)), [], s);
});

test('"never … again" whose "again" belongs to a clause of its own ("can never be sure that it won\'t happen again") orders nothing; the order itself still does (stop 35)', () => {
  for (const s of [
    'We can never be certain that a bad migration will not happen again.',
    "Don't assume the cache will never fill up again.",
    'I never thought that the disk would fill up again.',
  ]) assert.deepEqual(only(inSection(s)), [], s);
  for (const [s, flagged] of [
    ['Never hand-edit the zone file again.', 'Never hand-edit the zone file again'],
    ['We must never let the on-call skip the checklist again.', 'We must never let the on-call skip the checklist again'],
  ] as const) {
    const md = inSection(s);
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [flagged], s);
  }
});

test('a standing order whose verb is what a program does with data ("never log …", "always cache …", any "auto-" verb) is a design rule for the code, not a rule of conduct (dev documents, stop 35)', () => {
  for (const s of [
    'Never log request bodies unless they are scrubbed first.',
    'Always encrypt the backup archive.',
    'never auto-restart the worker from the deploy hook;',
  ]) assert.deepEqual(only(inSection(s, 'Key Learnings')), [], s);
  for (const [s, flagged] of [
    ['Always rehearse the restore before the migration.', 'Always rehearse'],
    ['Never merge on a Friday evening.', 'Never merge'],
  ] as const) {
    const md = inSection(s, 'Key Learnings');
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [flagged], s);
  }
});

test('understanding of the incident sought ("need to understand why …", "the root cause", "that" just said) is what the review does; understanding asked of people about their tools still targets them (stop 35)', () => {
  for (const s of [
    'We need to understand why the second approver saw nothing wrong.',
    'The customer needs to understand the underlying cause of the delay.',
    'The board was upset, and we need to understand that.',
    'Before you upgrade, you should understand that there are known gaps in the tooling.',
  ]) assert.deepEqual(only(inSection(s)), [], s);
  for (const [s, flagged] of [
    ['Dispatchers must understand the new console.', 'Dispatchers must understand'],
    ['Reviewers should understand how the feature flag works.', 'Reviewers should understand'],
  ] as const) {
    const md = inSection(s);
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [flagged], s);
  }
});

test('an order to pay attention keeps its shape however long its object ("Take every complaint from a customer or a colleague about the noise seriously"); a sentence that only mentions attention later does not (stop 35)', () => {
  const s = 'Take every complaint from a customer or a colleague about the noise seriously.';
  const md = inSection(s);
  assert.deepEqual(only(md).map((f) => textOf(md, f)), ['Take every complaint from a customer or a colleague about the noise seriously'], s);
  for (const t of ['Take the secondary out of rotation, then restart it; nobody took the page seriously.', 'Keep the old replica running, since its disk is healthy.']) assert.deepEqual(only(inSection(t)), [], t);
});

test('"they should always …" with no person before "they" in its sentence may be the things just named, not people told what to do (dev documents, stop 35)', () => {
  for (const s of ['Clients usually pin the certificate. But they should always check its expiry.']) assert.deepEqual(only(inSection(s)), [], s);
  const s = 'The reviewers agreed they should always read the full diff.';
  const md = inSection(s);
  assert.deepEqual(only(md).map((f) => textOf(md, f)), ['they should always read'], s);
});

test('"you should understand how it affects your …" is advice to readers about their own things, as "make sure you rotate your keys" is; the same obligation on the team is not (dev documents, stop 35)', () => {
  for (const s of ['You should understand how the change affects your own deployment.']) assert.deepEqual(only(inSection(s)), [], s);
  for (const [s, flagged] of [
    ['You need to learn the deploy tooling.', 'You need to learn'],
    ['Operators need to understand how the failover affects their shift.', 'Operators need to understand'],
  ] as const) {
    const md = inSection(s);
    assert.deepEqual(only(md).map((f) => textOf(md, f)), [flagged], s);
  }
});

test('a wish about a person is no action and no sanction: "we hope the new hire does better", "commenters hoping somebody gets sacked" (stop 35)', () => {
  for (const text of ['We hope the new hire does better on the next rotation.', 'The forum filled up with commenters hoping somebody got sacked over it.']) {
    assert.deepEqual(findingsOf('people-targeted-action', inSection(text)), [], text);
  }
  assert.equal(findingsOf('people-targeted-action', inSection('The new hire must do better on the next rotation.')).length, 1);
  assert.equal(findingsOf('people-targeted-action', inSection('The on-call engineer got sacked over it.')).length, 1);
});

test('a sanction asked about and denied at once ("Should she have been suspended? No.") is talk about blame (catalogue §1.4 meta-blameless, stop 35)', () => {
  assert.deepEqual(findingsOf('people-targeted-action', inSection('Should the intern have been suspended? Of course not.')), []);
  assert.equal(findingsOf('people-targeted-action', inSection('The intern was suspended.')).length, 1);
});

test('an order after a colon that names a rule or advice (WordNet\'s precepts: rule, advice, maxim, motto …) is a lesson for people, as after "Lesson:" (stop 36)', () => {
  for (const [s, flagged] of [
    ['Rule number one: never merge on a Friday evening.', 'never merge'],
    ['My advice to new maintainers: do read the changelog before tagging.', 'do read'],
    ['Golden rule: always snapshot the volume first.', 'always snapshot'],
    ['Our mantra here: slow down when the pager is loud.', 'slow'],
  ]) flaggedAsking(s, flagged);
  for (const s of [
    'Rule one: add a lint check for the zone file.',
    'Rule of thumb: the cache expires after an hour.',
    'Rule #2: don\u2019t blame the person who pushed the button.',
    'Lesson: do it in staging first.',
    'Warning: do not run this against production.',
  ]) assert.deepEqual(only(inSection(s)), [], s);
});

test('"nobody / no {person} should" with a verb of doing is a prohibition laid on people; with a verb of state or perception (WordNet) it wishes a state (stop 36)', () => {
  for (const [s, flagged] of [
    ['No one should ever hand-edit the routing table during peak hours.', 'No one should ever hand-edit'],
    ['Nobody must merge their own pull request.', 'Nobody must merge'],
    ['No nurse should administer a second dose without a co-signature.', 'No nurse should administer'],
  ]) flaggedAsking(s, flagged);
  for (const s of [
    'No customer should see a raw stack trace.',
    'Nobody should have write access to the backups bucket.',
    'No engineer should need to remember the flag.',
    'Nobody should lose sleep over a flaky test.',
    'No engineer should blame a colleague in the review.',
    'Nobody should be paged for a disk at 70%.',
    'The tier is free for nobody – should they want it, they pay the standard rate.',
  ]) assert.deepEqual(only(inSection(s)), [], s);
});

test('the phrasal sanctions of a report ("was let go", "was struck off", "was forced out") are discipline reported; a thing let go of, a layoff or a case thrown out is not (stop 36)', () => {
  for (const [s, flagged] of [
    ['The night-shift pharmacist was let go two weeks later.', 'was let go'],
    ['The anaesthetist was struck off the register in 2019.', 'was struck off'],
  ]) flaggedAsking(s, flagged);
  for (const s of [
    'The old rota was let go of after the merger.',
    'Forty staff were laid off when the plant closed.',
    'The lawsuit was thrown out.',
  ]) assert.deepEqual(only(inSection(s)), [], s);
});

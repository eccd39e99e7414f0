import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, inSection, textOf, applyFix } from '../helpers/lint';
import { lint } from '../../server/src/core/engine';
import { rule } from '../../server/src/core/rules/blame/why-who-question';
import { WHO_BLAME_VERBS, WHY_AUXILIARIES, SEED_QUESTIONS, LEADING_WORDS, CARRY_OBJECT_VERBS } from '../../server/src/core/rules/blame/why-who-question.phrases';

const id = 'why-who-question';
const flagged = (text: string, section = 'Contributing Factors') => findingsOf(id, inSection(text, section));
const own = (text: string) => lint(inSection(text), { today: '2026-11-20', rules: [rule] }).findings;

test('catalogue examples: the whole question is the range', () => {
  let md = inSection("Why didn't the on-call page the vendor?");
  let [f, ...rest] = findingsOf(id, md);
  assert.equal(rest.length, 0);
  assert.equal(textOf(md, f), "Why didn't the on-call page the vendor?");
  assert.equal(f.severity, 'warning');
  md = inSection('Who signed off on this zone change?');
  [f] = findingsOf(id, md);
  assert.equal(textOf(md, f), 'Who signed off on this zone change?');
});

test('why questions aimed at people, who + blame verb, "What were you thinking,"', () => {
  for (const text of [
    'Why did Marco disable the alert?',
    "Why didn't anyone check the certificate dates?",
    'Why would the DBA drop a table without a backup?',
    'Why did you restart the primary?',
    'So why did the release manager skip the canary?',
    'Who approved this change to the DNS zone?',
    'Who broke the build pipeline?',
    'Who is responsible for letting the signing key expire?',
    'Who pushed to main on a Friday evening?',
    'What were you thinking, running a migration during peak traffic?',
    'What were you thinking running that at peak?',
    'Why on earth did the DBA run that query?',
    "Who's responsible for this mess?",
  ]) {
    assert.equal(flagged(text).length, 1, text);
  }
  // A why-question after a statement in the same cell.
  const md = '# Post-Mortem: t\n\n## Timeline of Events\n\n| Time | Event | Information Available | Decision/Action Taken |\n|---|---|---|---|\n| 10:05 | Dig | NXDOMAIN | Asked Eli what had changed. Why did Eli not check the zone after saving? |\n';
  const [f] = findingsOf(id, md);
  assert.equal(textOf(md, f), 'Why did Eli not check the zone after saving?');
});

test('guards: mechanism, ownership, facilitation questions, statements, quoted chat', () => {
  for (const text of [
    'Why did all three replicas elect the same stale leader?',
    'Why does the Android client retry 401 responses without refreshing the token?',
    'We still do not know why the certificate bundle was missing the intermediate.',
    'Who owns the certificate inventory today?',
    'Who else needs an invite to the review meeting?',
    'Who looks at the NOC wall between 22:00 and 08:00?',
    'How did the on-call decide when to page the vendor?',
    'What were you thinking when you saw the latency graph jump?',
    'What information did the on-call have when the second alert fired?',
    'On the pull request, a reviewer asked "who approved this?" at 16:20.',
    'Why did the on-call script exit early?',
    "Who's on call this weekend?",
  ]) {
    assert.deepEqual(flagged(text).map((f) => textOf(inSection(text), f)), [], text);
  }
  const chat = '# Post-Mortem: t\n\n## Notes\n\n- 10:07 marcus: who touched the zone this morning?\n- eli: why did you restart it?\n';
  assert.equal(findingsOf(id, chat).length, 0);
});

test('every who-verb and why-auxiliary of the data lists', () => {
  for (const v of WHO_BLAME_VERBS) assert.equal(own(`Who ${v.phrase} the release?`).length, 1, v.phrase);
  for (const a of WHY_AUXILIARIES) assert.equal(own(`Why ${a} the on-call restart the primary?`).length, 1, a);
});

test('warning in every section', () => {
  for (const section of ['Executive Summary', 'Key Learnings', 'Open Questions', 'Follow-Up Review']) {
    assert.equal(flagged('Who approved this change?', section)[0].severity, 'warning', section);
  }
});

test('fixes: the seed questions for why, "Which part of the process allowed" for who, replacing only the question', () => {
  let md = inSection('Why did you restart the primary? The page said to wait.');
  let [f] = findingsOf(id, md);
  assert.deepEqual(f.fixes.map((x) => x.edits[0].newText), SEED_QUESTIONS);
  assert.ok(f.fixes[0].preferred && !f.fixes.some((x) => x.safe));
  let out = applyFix(md, f.fixes[0]);
  assert.ok(out.endsWith(' The page said to wait.\n'));
  assert.match(out, /What information did you have at that point\? The page/);
  md = inSection('Why did Eli not check the zone after saving?');
  [f] = findingsOf(id, md);
  assert.equal(f.fixes[0].edits[0].newText, 'What information did Eli have at that point?');
  md = inSection('Who approved this change to the DNS zone?');
  [f] = findingsOf(id, md);
  out = applyFix(md, f.fixes.find((x) => x.preferred)!);
  assert.match(out, /Which part of the process allowed this change to the DNS zone to reach production\?/);
  md = inSection('Who broke the build pipeline?');
  assert.match(applyFix(md, findingsOf(id, md)[0].fixes[0]), /allowed \[the change that broke the build pipeline\] to reach/);
});

test('extra phrases from config', () => {
  const md = inSection('Whose bright idea was the midnight deploy?');
  assert.equal(findingsOf(id, md, { config: { language: { extraPhrases: { [id]: ['whose bright idea'] } } } }).length, 1);
});

test('every leading word and carried-object verb of the data lists', () => {
  for (const w of LEADING_WORDS) assert.equal(own(`${w[0].toUpperCase()}${w.slice(1)} why did the DBA drop the table?`).length, 1, w);
  for (const v of CARRY_OBJECT_VERBS) {
    const md = inSection(`Who ${v} the zone change?`);
    const [f] = findingsOf(id, md);
    assert.match(f.fixes[0].edits[0].newText, /allowed the zone change to reach production/, v);
  }
});

test('a why-question after a clause mark, and second-person why (issue 11)', () => {
  for (const text of ["You're the manager; why aren't you making sure the runbooks are current?", 'The page fired twice: why did nobody look?']) {
    assert.equal(flagged(text).length, 1, text);
  }
  for (const text of ['The replicas disagreed; why did they elect a stale leader?', 'We still do not know why the bundle lacked the intermediate.']) {
    assert.equal(flagged(text).length, 0, text);
  }
});

test('why-questions whose verb could be read as a system noun, and leading interjections (issue 11)', () => {
  for (const text of ['Why on earth would someone deploy during the freeze?', 'Ugh, seriously, who approved this?']) assert.equal(flagged(text).length, 1, text);
  assert.equal(flagged('Why did the on-call script exit?').length, 0);
});

test('yes/no questions that doubt what a person did, and "I wonder why" with a longer subject (issue 11)', () => {
  for (const [text, span] of [
    ['We think he applied some hand brakes, but the question is, did he apply enough of them?', 'did he apply enough of them?'],
    ['Did they even test it?', 'Did they even test it?'],
    ['Did the team bother to run the migration on staging?', 'Did the team bother to run the migration on staging?'],
    ['I wonder why many plant owners & managers cannot do some simple things to prevent accidents?', 'I wonder why many plant owners & managers cannot do some simple things to prevent accidents?'],
  ] as const) {
    const md = inSection(text);
    const found = findingsOf(id, md);
    assert.deepEqual(found.map((f) => textOf(md, f)), [span], text);
    assert.ok(found[0].fixes?.some((x) => x.preferred), text);
  }
  for (const text of [
    'Did the on-call have enough context?',
    'Was the engineer given enough time?',
    'Did we even test this?',
    'Did the alert fire early enough?',
    'Did the on-call page the vendor?',
    'Even so, did the team see the alert?',
  ]) {
    assert.deepEqual(flagged(text), [], text);
  }
});

test('"What were they thinking?" reproaches someone else as "What were you thinking?" does (issue 11)', () => {
  for (const text of ['What were they thinking?', 'What was he thinking, deploying at peak?']) assert.equal(flagged(text).length, 1, text);
  assert.deepEqual(flagged('What were they thinking when they saw the alert?'), []);
});

test('a why-question asked after a colon without "?", "Have you heard of …?", and negated questions put to "you" (issue 11)', () => {
  for (const text of [
    'There are two big questions here: Why did they let the airplane get that slow and where was the monitoring pilot.',
    'Have you heard of backwards compatibility?',
    'Have you ever heard of a staging environment?',
    'Do you not follow semver?',
    "Didn't you test this?",
  ]) assert.equal(flagged(text).length, 1, text);
  for (const text of ["Don't you think we should add a canary?", 'Did you get the page?', 'Here is the question: why did the disk fill?', 'Have you heard back from the vendor?']) {
    assert.equal(flagged(text).length, 0, text);
  }
});

test('a yes/no question that ends on "care" doubts someone\'s concern; one with an object, or about us or a system, does not (issue 11)', () => {
  for (const text of ['Does anyone care?', 'Do they really care?']) assert.equal(flagged(text).length, 1, text);
  for (const text of [
    'Does anyone care about the old dashboards, or can we delete them?',
    'Do we care?',
    'Does the load balancer care?',
    'Do you care if I restart the pod?',
    'The ticket asked "does anyone care?" twice.',
  ]) assert.deepEqual(flagged(text).map((f) => f.ruleId), [], text);
});

test('a why-question about people in general, in the present, is the facilitator\'s own question (issue 11, batch 4)', () => {
  const blame = (text: string) => lint(inSection(text), { today: '2026-11-20' }).findings.filter((f) => f.category === 'blame');
  for (const text of ["Why don't some employees want to own their mistakes, no matter how small?", 'Why do people hide their mistakes?', 'Why do most engineers dread post-mortems?']) {
    assert.deepEqual(blame(text), [], text);
  }
  // About this incident (the past), about "you", or a complaint in the asker's own name: still asked of someone.
  for (const text of ["Why didn't some engineers see the alert?", "Why don't you test your code?", 'Why did people ignore the page?', 'Why do people keep ignoring my alerts?']) {
    assert.equal(findingsOf('why-who-question', inSection(text)).length, 1, text);
  }
});

test('the team\'s own five-whys question about a condition is not a question for a culprit (issue 11, batch 6 dev)', () => {
  for (const t of ['Ask the group: Why do we have this problem?', 'Why do we keep seeing these timeouts?']) assert.deepEqual(findingsOf('why-who-question', inSection(t)), [], t);
  for (const t of ['Why did we skip the review?', 'Why do you keep skipping the review?']) assert.equal(findingsOf('why-who-question', inSection(t)).length, 1, t);
});

test('a reader asking what happened to them is no why aimed at a person (a notice\'s FAQ, stop 30)', () => {
  for (const text of ['Why was I able to receive email during this time?', 'Why did I get charged twice?', "Why didn't I get a notification?"]) {
    assert.deepEqual(findingsOf('why-who-question', inSection(text)), [], text);
  }
  for (const text of ['Why did I delete it?', 'Why did we miss the alert?', "Why didn't I see the alert?"]) {
    assert.equal(findingsOf('why-who-question', inSection(text)).length, 1, text);
  }
});

test('after a colon, "how" and "who" open the question too; "the heck" changes nothing (real threads, stop 30)', () => {
  for (const text of ['The question is: how did they not catch this?', 'Who the heck thought prefix matching was a good idea?']) {
    assert.equal(findingsOf('why-who-question', inSection(text)).length, 1, text);
  }
  for (const text of ['The question is: how did the cache fill up so fast?', 'We asked: who owns the runbook?']) {
    assert.deepEqual(findingsOf('why-who-question', inSection(text)), [], text);
  }
});

test('incredulity put to people as a question ("… didn\'t even build?") asks for a justification; "even if", "even one" and questions about a system do not (issue 11)', () => {
  for (const [text, who] of [
    ['So the reviewer approved a PR that didn\'t even build?', 'the reviewer'],
    ['@sam how did this even get merged?', 'sam'],
  ]) {
    const md = inSection(text);
    const found = findingsOf(id, md);
    assert.equal(found.length, 1, text);
    assert.match(found[0].message, /asks for a justification/, text);
    const fix = found[0].fixes?.find((x) => x.preferred);
    assert.ok(fix && /^What information did/.test(fix.edits[0].newText), text);
    assert.ok(fix!.edits[0].newText.includes(who) || fix!.edits[0].newText.includes('you'), text);
    assert.ok(textOf(md, found[0]).endsWith('?'), text);
  }
  for (const text of [
    'Can you check whether the job fails even if you wait a minute?',
    'How can a reviewer, even one with years of experience, catch a change like this?',
    'Why is the queue even full?',
    'Did we even test the restore path?',
  ]) {
    assert.deepEqual(flagged(text), [], text);
  }
});

test('"Why would I want to …?" declines a course for the writer; "Why would the DBA want to …?" still asks for a justification (issue 11)', () => {
  assert.deepEqual(flagged('Why would I want to merge a build with failing tests?'), []);
  assert.equal(flagged('Why would the DBA want to drop the replica during peak?').length, 1);
  assert.equal(flagged('Why did I merge a build with failing tests?').length, 1);
});

test('a negated yes/no question put to a role or a name about an act reproaches: "Did the lead not read the diff?" (stop 33)', () => {
  for (const t of ['Did the lead not read the diff before approving it?', "Didn't the reviewer run the migration first?", 'Or did the owner/approver not check the plan?']) assert.equal(flagged(t).length, 1, t);
  for (const t of ['Did the lead read the diff?', "Didn't the lead think so too?", 'Did the job not finish?', 'Did the cache/proxy not expire the entry?']) assert.deepEqual(flagged(t), [], t);
});

test('"What was the excuse for …", "What excuse did … have": a justification demanded, with or without "?"; not the wording of a message', () => {
  for (const t of ['What was the excuse for skipping the canary?', 'So what is their excuse this time?', 'What excuse did the reviewer have for approving it.', "What's your excuse?"]) {
    assert.equal(flagged(t).length, 1, t);
  }
  for (const t of ['What was the excuse given to customers for the delay?', 'The on-call had an excuse ready.', 'What was the cause of the delay?']) {
    assert.deepEqual(flagged(t), [], t);
  }
});

test('"How come …?" and "How is it that …?" are "why" in other words: asked of a person-like subject they ask for a justification; of a thing or of the team\'s own condition they do not', () => {
  for (const t of ["How come the reviewer didn't run the migration?", 'How is it that nobody saw the quota warning?', 'How come you deployed during the freeze?']) {
    assert.equal(flagged(t).length, 1, t);
  }
  for (const t of ['How come the replica lagged behind?', 'How come we still have no alert for this?', 'How come the on-call dashboard was empty?']) {
    assert.deepEqual(flagged(t), [], t);
  }
});

test('a question answered at once with a denial is raised to be rejected: "Who caused this? Nobody." (catalogue §1.4 meta-blameless, stop 35)', () => {
  assert.deepEqual(findingsOf('why-who-question', inSection('Who broke the nightly build? Nobody, as it turned out.')), []);
  assert.deepEqual(findingsOf('why-who-question', inSection('Why did the on-call ignore the page? No.')), []);
  // An answer that is not a denial leaves the question standing.
  assert.equal(findingsOf('why-who-question', inSection('Why did the on-call ignore the page? Nobody knows.')).length, 1);
});

test('an elliptical "who is?" after a blame predicate asks for a culprit: "If the tool isn\'t to blame, who is?" (stop 35)', () => {
  for (const text of ['If the load balancer is not to blame, then who is?', 'Somebody was responsible for the expired cert, so who was?']) {
    const md = inSection(text);
    const f = findingsOf(id, md);
    assert.equal(f.length, 1, text);
    assert.match(textOf(md, f[0]), /^who (?:is|was)\?$/);
  }
  for (const text of ['If the load balancer is not the bottleneck, then what is?', 'The runbook says someone must be on call; who is?']) {
    assert.deepEqual(flagged(text), [], text);
  }
});

test('a negated question put to "you" with a modal of duty or ability reproaches as "Didn\'t you …?" does: "Shouldn\'t you have tested it?", "Can\'t you read the runbook?" (stop 35)', () => {
  for (const text of ["Shouldn't you have tested this before merging?", "Can't you read the runbook?", 'Should you not have asked the owner first?', "Couldn't you have waited for CI?"]) {
    assert.equal(flagged(text).length, 1, text);
  }
  for (const text of ['Can you check the logs for the retry storm?', "Shouldn't you have more context on the pager?", "Can't you see the dashboard from the VPN?"]) {
    assert.deepEqual(flagged(text), [], text);
  }
});

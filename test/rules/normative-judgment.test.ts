import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, inSection, textOf, applyFix, spansOf } from '../helpers/lint';
import { lint } from '../../server/src/core/engine';
import { rule } from '../../server/src/core/rules/blame/normative-judgment';
import { JUDGMENT_WORDS, JUDGMENT_PHRASES, JUDGMENT_VERBS, HUMAN_ACTION_NOUNS, SYSTEM_GERUNDS, STRONG_WORDS, WORK_NOUNS } from '../../server/src/core/rules/blame/normative-judgment.phrases';

const id = 'normative-judgment';
const flagged = (text: string, section = 'Contributing Factors') => findingsOf(id, inSection(text, section));

/** The one finding on `text` spans `span`, and its preferred fix writes the rule's description prompt in its place. */
function flaggedWithRewrite(text: string, span: string) {
  const md = inSection(text);
  const found = findingsOf(id, md);
  assert.deepEqual(found.map((f) => textOf(md, f)), [span], text);
  const fix = found[0].fixes?.find((x) => x.preferred);
  assert.ok(fix, text);
  assert.equal(applyFix(md, fix!), inSection(text.replace(span, '[what the person was trying to achieve, and what they could see]')), text);
  return found[0];
}
const own = (text: string) => lint(inSection(text), { today: '2026-11-20', rules: [rule] }).findings;

test('catalogue examples', () => {
  let md = inSection('Rolling out to all regions at once was reckless.');
  let [f] = findingsOf(id, md);
  assert.equal(textOf(md, f), 'reckless');
  assert.equal(f.severity, 'error');
  md = inSection('The change was overlooked by the reviewers.');
  [f] = findingsOf(id, md);
  assert.equal(textOf(md, f), 'was overlooked by the reviewers');
  assert.equal(f.severity, 'error');
});

test('judgments of people and human actions', () => {
  for (const text of [
    'Approving the firewall change at midnight was a bad call by the duty manager.',
    'It was irresponsible to ship the Android build without a staged rollout.',
    'Leaving the debug endpoint enabled in production was negligent.',
    'Merging the schema change without a review was sloppy work.',
    'Pushing directly to main was reckless and unprofessional.',
    'Support inappropriately shared the incident details with an unverified caller.',
    "The DBA's handling of the failover was inexcusable.",
    "The data engineers didn't bother to check the schema of the new feed.",
    'The incident commander mishandled the communication with the customer.',
    'The on-call made a poor decision when they flushed the cache during peak traffic.',
    'The way the vendor escalation was handled was incompetent.',
    'The engineer was careless with the production credentials.',
    'The team cut corners on the load test.',
    'This was negligence on the part of the contractor.',
    'That was a sloppy rollback by the platform team.',
    'Frankly, the decision to skip the canary was careless.',
    'The SRE handled the escalation poorly.',
  ]) {
    assert.ok(own(text).length >= 1, text);
  }
});

test('guards: the same words about things (`judgment-word-technical`), negation, quotes', () => {
  for (const text of [
    'The retry policy mishandled 429 responses.',
    'The load balancer mishandled half-open connections after the kernel upgrade.',
    'The parser silently ignored unknown fields in the new feed.',
    'The default timeout of 5 seconds was inappropriate for exports larger than 1 GB.',
    'The alert routing overlooked the new service because its tag did not match the rule.',
    'The retention job mismanaged its own lock file and ran twice on the same partition.',
    'The documentation was poor and out of date.',
    'Logging was sloppy in the old worker.',
    'The bucket was improperly configured for public reads.',
    'The latency was unacceptable for checkout.',
    'The customer wrote "this was a careless and sloppy release".',
    'Nobody was careless here; the console hid the target region.',
    'Response times were poor across all regions.',
  ]) {
    assert.deepEqual(flagged(text).map((f) => textOf(inSection(text), f)), [], text);
  }
});

test('severity: error; warning in customer-facing text, for a passive with no actor, and for first person', () => {
  assert.equal(flagged('Pushing directly to main was reckless.', 'External Message')[0].severity, 'warning');
  assert.equal(flagged('We were careless with the credentials.')[0].severity, 'warning');
  assert.equal(flagged('Pushing directly to main was reckless.', 'Key Learnings')[0].severity, 'error');
});

test('every word, phrase and verb of the data lists', () => {
  for (const w of JUDGMENT_WORDS) {
    // "rushed" is said of a piece of work ("a rushed decision"); "The engineer was rushed" is time pressure.
    const text = /ly$/.test(w.phrase) && !['silly', 'cowardly'].includes(w.phrase) ? `The engineer ${w.phrase} restarted the primary.` : w.phrase === 'rushed' ? 'It was a rushed decision.' : `The engineer was ${w.phrase}.`;
    assert.equal(own(text).length, 1, text);
  }
  for (const p of JUDGMENT_PHRASES) assert.equal(own(`The on-call ${p.phrase} on Friday.`).length, 1, p.phrase);
  for (const v of JUDGMENT_VERBS) assert.equal(own(`The engineer ${v.phrase} the failover.`).length, 1, v.phrase);
});

test('the fix replaces the judgment with a placeholder, editing only the flagged phrase', () => {
  const md = inSection('Rolling out to all regions at once was reckless.');
  const [f] = findingsOf(id, md);
  const fix = f.fixes.find((x) => x.preferred)!;
  assert.ok(!fix.safe);
  const out = applyFix(md, fix);
  assert.ok(out.startsWith(md.slice(0, f.start)) && out.endsWith(md.slice(f.end)));
  assert.match(out, /at once was \[what the person was trying to achieve, and what they could see\]\./);
});

test('extra phrases from config', () => {
  const md = inSection('That was a boneheaded move.');
  assert.equal(findingsOf(id, md, { config: { language: { extraPhrases: { [id]: ['boneheaded'] } } } }).length, 1);
});

test('every action noun, system gerund, strong word and work noun of the data lists', () => {
  for (const n of HUMAN_ACTION_NOUNS) assert.equal(own(`The ${n} was reckless.`).length, 1, n);
  for (const g of SYSTEM_GERUNDS) assert.equal(own(`${g[0].toUpperCase()}${g.slice(1)} was poor.`).length, 0, g);
  for (const w of STRONG_WORDS) for (const n of WORK_NOUNS) assert.equal(own(`It was a ${w} ${n}.`).length, 1, `${w} ${n}`);
});

test('"didn\'t bother to" becomes "did not", the judgment removed and nothing else changed', () => {
  const md = inSection("Eli didn't bother to look at the zone afterwards and closed the ticket.");
  const [f] = findingsOf(id, md);
  assert.equal(textOf(md, f), "didn't bother to");
  const fix = f.fixes.find((x) => x.preferred)!;
  assert.equal(applyFix(md, fix), inSection('Eli did not look at the zone afterwards and closed the ticket.'));
  assert.ok(f.fixes.length > 1 && !f.fixes.some((x) => x.safe));
});

// ---------------------------------------------------------------------------------------------
// Judgments of a piece of work, passives with no actor, and inaction (issue 11)

test('judgments on a change or a piece of work, passives of human acts, and inaction', () => {
  const cases: [string, string, string][] = [
    ['The change was careless and rushed.', 'careless', 'error'],
    ['He hurriedly pushed the patch to production.', 'hurriedly', 'error'],
    ['It was a misguided attempt to speed up the build.', 'misguided attempt', 'error'],
    ['The outage was the result of careless ignorance of the runbook.', 'careless ignorance', 'error'],
    ['Sloppy fixes kept piling up in the billing service.', 'Sloppy fixes', 'error'],
    ['The expiry warning was overlooked.', 'was overlooked', 'warning'],
    ['The rollout was handled carelessly.', 'was handled carelessly', 'warning'],
    ['Nobody bothered to check the disk usage alerts.', 'bothered to', 'error'],
    ['No one bothered to read the release notes.', 'bothered to', 'error'],
    ['Nothing was done for two hours while the queue grew.', 'Nothing was done for', 'error'],
    ['The alerts fired all weekend, yet nobody acted.', 'nobody acted', 'error'],
    ['Despite three pages, no one did anything until Monday.', 'no one did anything', 'error'],
    ["Simply put, the operator didn't know what they were doing.", "didn't know what they were doing", 'error'],
  ];
  for (const [text, phrase, severity] of cases) {
    const md = inSection(text);
    const found = findingsOf(id, md);
    assert.deepEqual(found.map((f) => textOf(md, f)), [phrase], text);
    assert.equal(found[0].severity, severity, text);
  }
});

test('the same words about things, a reason for the inaction, or another agent are not flagged', () => {
  for (const text of [
    'Sloppy matching in the regex accepted invalid hostnames.',
    'The new service was overlooked by the alert routing.',
    'No one acted on the page because it went to an archived list.',
    'Nothing was lost: the queue replayed every message.',
    'The rushed timeline left little room for testing.',
    'The retry policy mishandled 429 responses.',
    'The change was reverted at 14:10.',
  ]) {
    assert.deepEqual(flagged(text).map((f) => textOf(inSection(text), f)), [], text);
  }
});

test('every inaction phrase, strong adverb and human-only judgment verb of the data lists', async () => {
  const d = await import('../../server/src/core/rules/blame/normative-judgment.phrases');
  for (const p of d.INACTION_PHRASES) assert.equal(own(`The queue grew, and ${p.phrase} the backlog.`).length, 1, p.phrase);
  for (const a of d.STRONG_ADVERBS) assert.equal(own(`The rollout was handled ${a}.`).length, 1, a);
  for (const v of d.HUMAN_ONLY_JUDGMENT_VERBS) assert.equal(own(`The expiry warning was ${v}.`).length, 1, v);
  for (const w of d.STRONG_WORDS) assert.equal(own(`The change was ${w}.`).length, 1, w);
});

test('judgments of people and their acts, from real writing (issue 11)', () => {
  for (const text of [
    'There are ignorant people in every industry.',
    'The arrogant pilot decided to take off.',
    'The deploy went wrong because the team rushed.',
    'The stall was not properly handled by the flight crew.',
    'Some idiot decided to redo the whole schema.',
    "The team's lack of skills and professionalism showed.",
    'The server team passes the buck.',
  ]) {
    assert.equal(flagged(text).length, 1, text);
  }
  for (const text of ['The team rushed to restore service.', 'The engineer was rushed.', '@cblecker reports that something is wrong with Prow.']) {
    assert.deepEqual(flagged(text), [], text);
  }
});

test('an adverb inside the passive of a human-only judgment verb (issue 11)', () => {
  assert.equal(flagged('The warning in the logs was simply overlooked.').length, 1);
});

test('a judgment adverb in a parenthetical run still judges the subject\'s act (issue 11)', () => {
  const text = 'I accidentally, and really stupidly, deleted one of our main load balancers.';
  const md = inSection(text);
  const found = findingsOf(id, md);
  assert.deepEqual(found.map((f) => textOf(md, f)), ['stupidly']);
  assert.equal(found[0].severity, 'warning'); // first person is lowered (§1.6)
  assert.ok(found[0].fixes?.some((x) => x.preferred));
  // The same run on a system's verb is a thing's state, not a judgment.
  for (const t of ['The cache, quickly and poorly, evicted the hot keys.', 'The script was poorly and hastily, written.']) {
    assert.deepEqual(flagged(t).map((f) => textOf(inSection(t), f)), [], t);
  }
});

test('a process judgment with one modifier before the decision noun (issue 11)', () => {
  for (const [text, span] of [
    ['The problem started with a rushed architectural decision.', 'rushed architectural decision'],
    ['There are many questionable design choices in the failover path.', 'questionable design choices'],
    ['The team rushed the decision.', 'The team rushed'],
  ] as const) {
    const md = inSection(text);
    const found = findingsOf(id, md);
    assert.deepEqual(found.map((f) => textOf(md, f)), [span], text);
    assert.ok(found[0].fixes?.some((x) => x.preferred), text);
  }
  // A system's decision, a plan's outcome, being under pressure, forward-looking text: no judgment.
  for (const text of ['The load balancer made a bad routing decision.', 'The hasty rollback plan worked.', 'The engineer was rushed.', 'The team rushed to restore service.', 'Next time, avoid rushed architectural decisions before a freeze.']) {
    assert.deepEqual(flagged(text).map((f) => textOf(inSection(text), f)), [], text);
  }
});

test('a neutral adjective coordinated into a judgment chain: "too optimistic or just too lazy", "tired and careless" (issue 11)', () => {
  for (const [text, span] of [
    ['Maybe we are too optimistic or just too lazy to see our own mistakes.', 'lazy'],
    ['The team was tired and careless.', 'careless'],
  ] as const) {
    const md = inSection(text);
    const found = findingsOf(id, md);
    assert.deepEqual(found.map((f) => textOf(md, f)), [span], text);
    assert.ok(found[0].fixes?.some((x) => x.preferred), text);
  }
  // A thing's state, a neutral chain, a denial: no judgment.
  for (const text of ['The cache was large and stale.', 'The on-call was tired and hungry.', 'The service was slow and sloppy.', 'Nobody was tired or careless.']) {
    assert.deepEqual(flagged(text).map((f) => textOf(inSection(text), f)), [], text);
  }
});

test('"didn\'t know what they were doing" judges competence; what a system was doing is a fact (issue 11)', () => {
  for (const [text, span] of [
    ['Simply put, the operator never really knew what they were doing.', 'the operator never really knew what they were doing'],
    ['Someone along the line didn\'t know what they were talking about and cost us money.', 'didn\'t know what they were talking about'],
  ] as const) {
    const md = inSection(text);
    const found = findingsOf(id, md);
    assert.deepEqual(found.map((f) => textOf(md, f)), [span], text);
    assert.ok(found[0].fixes?.some((x) => x.preferred), text);
  }
  for (const text of ['We didn\'t know what the job was doing.', 'The on-call did not know what the cron job was doing at 02:00.']) {
    assert.deepEqual(flagged(text).map((f) => textOf(inSection(text), f)), [], text);
  }
});

test('talk about what investigations in general conclude, and a present hypothetical, are not judgments (issue 11)', () => {
  for (const text of [
    'An investigation based on this belief focuses on the workers\' bad decisions or inappropriate behavior.',
    'If the other person is bad, then it seems we must be relatively good.',
  ]) {
    assert.deepEqual(flagged(text).map((f) => textOf(inSection(text), f)), [], text);
  }
  // A specific review's finding is still a judgment.
  assert.equal(flagged('The review found that the engineers were careless.').length, 1);
});

test('plurals of team and department nouns are teams (issue 11)', () => {
  assert.equal(flagged('The managements are incompetent.').length, 1);
  assert.equal(flagged('The crews were careless.').length, 1);
  for (const text of ['The managements approved the budget.', 'The node groups were stale.']) assert.deepEqual(flagged(text), [], text);
});

test('an action noun that only modifies a thing is not judged ("the wrong execution results", issue 15)', () => {
  assert.deepEqual(own('In addition the wrong execution results might get pulled from the cache as well due to the same issue.'), []);
  assert.deepEqual(own('Poor response times followed.'), []);
  assert.equal(own('That was a poor decision by the on-call.').length, 1);
  assert.equal(own('It was careless handling of the keys.').length, 1);
});

test('an adverb after a copula grades a state, not a person\'s act (Prysm testnet post-mortems, issue 15)', () => {
  assert.deepEqual(own('At the time, we only controlled 70% of active validators which is dangerously close to falling under the 2/3 majority.'), []);
  assert.equal(own('We carelessly deployed the change.').length, 1);
  assert.equal(own('The team handled the escalation poorly.').length, 1);
});

test('a piece of work "was rushed" or "was poorly planned" with no actor is judged like "a rushed migration" (issue 11)', () => {
  for (const [text, span] of [
    ['The migration was rushed.', 'was rushed'],
    ['The rollout was poorly planned.', 'was poorly planned'],
    ['The failover was poorly communicated to support.', 'was poorly communicated'],
  ] as const) {
    const md = inSection(text);
    const found = findingsOf(id, md);
    assert.deepEqual(found.map((f) => textOf(md, f)), [span], text);
    assert.ok(found[0].fixes?.[0]?.title.startsWith('Describe without the judgment'), text);
  }
  // An artefact's state, and people moved in a hurry, are not judgments of work.
  for (const text of ['The API was poorly documented.', 'The host was badly configured.', 'Staff were rushed to the hospital.']) {
    assert.deepEqual(own(text), [], text);
  }
});

test('a sarcastic label for whoever acted: "Some genius decided …" (issue 11)', () => {
  assert.deepEqual(spansOf(id, 'Some genius decided to push a kernel update on a Friday.'), ['Some genius']);
  assert.deepEqual(own('It takes some genius to design a scheduler like this.'), []);
});

test('a verdict passed on a person as an object complement: "found the operator negligent" (issue 11)', () => {
  const md = inSection('The inquiry found the operator negligent.');
  const found = findingsOf(id, md);
  assert.deepEqual(found.map((f) => textOf(md, f)), ['found the operator negligent']);
  assert.equal(applyFix(md, found[0].fixes![0]).includes('found that the operator [did what, seeing what at the time]'), true);
  assert.deepEqual(own('We found the dashboard poor.'), []);
  assert.deepEqual(own('The board found the pilot fit to fly.'), []);
});

test('a judgment word that names an assumption under discussion is not a judgment (issue 11)', () => {
  assert.equal(flagged("This view attaches an individual's character to their actions, assuming negligence or bad intent leads to the error.").length, 0);
  assert.equal(flagged('The on-call showed negligence.').length, 1);
});

test('verdicts only conduct earns, said of anything or standing alone; judgment words from real writing (issue 11)', () => {
  const cases: [string, string][] = [
    ['This is an inexcusable “accident.”', 'inexcusable “accident'],
    ['That is POSITIVELY inexcusable.', 'inexcusable'],
    ['Inexcusable.', 'Inexcusable'],
    ["I'll go with criminally irresponsible.", 'irresponsible'],
    ['A fiber got cut by a clumsy contractor with a backhoe.', 'clumsy contractor'],
    ['The most critical code received the most superficial reviews.', 'superficial reviews'],
    ['Leaving port with lower than needed line oil is nuts.', 'nuts'],
    ['Most employees think it is unfair to continuously cover for slackers.', 'slackers'],
  ];
  for (const [text, span] of cases) {
    assert.deepEqual(spansOf(id, text), [span], text);
  }
  for (const text of ['She was charged with reckless endangerment.', 'The latency was unacceptable.', 'The outage was not inexcusable.', 'The fumes were toxic.', 'The damage was superficial.', 'Criminally negligent homicide is a felony.']) {
    assert.deepEqual(flagged(text).map((f) => f.ruleId), [], text);
  }
});

test('a judgment adverb on a person’s verb in the timeline’s historical present (issue 11)', () => {
  assert.deepEqual(spansOf(id, '@jsnshrmn carelessly adds the new certificates to the template.'), ['carelessly']);
  assert.equal(flagged('The job carelessly adds rows.').length, 0);
});

test('"You only have yourself to blame" judges the person (issue 11)', () => {
  assert.equal(flagged('You only have yourself to blame.').length, 1);
});

test('a people-only adverb judges any passive human act it qualifies: "The fix was hurriedly pushed" (issue 11)', () => {
  assert.deepEqual(spansOf(id, 'The fix was hurriedly pushed on a Friday evening.'), ['was hurriedly pushed']);
  assert.deepEqual(spansOf(id, 'The change was hastily deployed.'), ['was hastily deployed']);
  for (const text of ['The config was poorly documented.', 'The change was quickly deployed.', 'The patch was hastily deployed by the vendor.']) {
    assert.deepEqual(flagged(text).map((f) => f.ruleId), [], text);
  }
});

test('"rubber-stamped" and care judged absent ("without much thought") are judgments (issue 11)', () => {
  assert.deepEqual(spansOf(id, 'The reviewer rubber-stamped the pull request.'), ['The reviewer rubber-stamped']);
  assert.deepEqual(spansOf(id, 'The change was pushed without much thought.'), ['without much thought']);
  assert.deepEqual(flagged('The migration ran without much load on the primary.').map((f) => f.ruleId), []);
});

test('a people-only adverb after a passive human act, also the last of a list of participles ("and reviewed superficially") (issue 11)', () => {
  assert.deepEqual(spansOf(id, 'The change was reviewed superficially.'), ['was reviewed superficially']);
  assert.deepEqual(spansOf(id, 'The PR was approved perfunctorily.'), ['was approved perfunctorily']);
  assert.deepEqual(spansOf(id, 'The module was written and tested carelessly.'), ['tested carelessly']);
  assert.deepEqual(flagged('The data was sampled superficially and then discarded.').map((f) => f.ruleId), []);
});

test('a judgment noun named as a legal or general concept is not said of anyone; said of someone it is (issue 11, batch 3)', () => {
  for (const text of [
    'Examples of negligence include texting while driving and speeding.',
    'Gross negligence means that there was a duty of care and that they violated it.',
    "They'd have to prove intent or gross negligence.",
    'The senior operator had a good share of contributory negligence.',
    'And negligence can lead to accidents.',
  ]) assert.deepEqual(flagged(text).map((f) => f.ruleId), [], text);
  assert.deepEqual(spansOf(id, 'They caused all kinds of hassles through sheer negligence.'), ['negligence']);
  assert.deepEqual(spansOf(id, 'There is clear evidence of gross negligence by the contractor.'), ['negligence']);
});

test('indifference said of someone else: "doesn\'t seem to care", "never cared" (issue 11)', () => {
  assert.deepEqual(spansOf(id, 'He will lose discussion after discussion but doesn’t seem to care.'), ['doesn’t seem to care']);
  assert.deepEqual(spansOf(id, "The maintainer doesn't care about security."), ["doesn't care"]);
  assert.deepEqual(spansOf(id, 'They never cared about the on-call rotation.'), ['never cared']);
  for (const text of [
    "I don't care.",
    'I dont care if the baler malfunctioned or not.',
    'First and foremost: we certainly do care!',
    "Users don't care about the internal architecture.",
    "The customer doesn't care which region serves them.",
    "The load balancer doesn't care about the header order.",
    'Nobody is saying that the on-call did not care.',
    "It is not that engineers don't care; the alerts were noisy.",
    'The vendor said "they don\'t care about uptime" in the call.',
    'She did not care for the new dashboard layout.',
  ]) assert.deepEqual(flagged(text).map((f) => f.ruleId), [], text);
});

test('a reason dismissed as an excuse for an act: "just an excuse for being lazy", "still not an excuse to do a force push" (issue 11)', () => {
  assert.deepEqual(spansOf(id, 'Your vibe coding is just an excuse for being lazy and incompetent.'), ['an excuse for being']);
  assert.deepEqual(spansOf(id, 'That is still not an excuse to do a force push :)'), ['an excuse to do']);
  assert.deepEqual(spansOf(id, 'Every developer suddenly had the perfect excuse to dodge responsibility.'), ['the perfect excuse to dodge']);
  for (const text of [
    'This is the easy excuse.',
    'It seems more like an excuse/justification.',
    'An example can be a member keep finding excuses for failing some user story while another one instantly proves those excuses invalid.',
    'The maintenance window gave us an excuse to upgrade the kernel.',
    'The outage was a good excuse to finally delete the old dashboards.',
    'Calling it an excuse for skipping review misses the pressure the team was under.',
    'The vendor wrote "this is not an excuse for breaking the build" in the ticket.',
  ]) assert.deepEqual(flagged(text).map((f) => f.ruleId), [], text);
});

test('a judgment after the progressive of "be": "he\'s being irresponsible", "He is being lazy about the reviews" (issue 11)', () => {
  assert.deepEqual(spansOf(id, "If he swings it without checking his area, he's being irresponsible."), ['irresponsible']);
  assert.deepEqual(spansOf(id, 'He is being lazy about the reviews.'), ['lazy']);
  for (const text of [
    // A word that judges nobody, a system subject, first person kept as before.
    'I think you are being a bit generous and totally blaming the human factor.',
    'He is being careful with the rollout.',
    'The site is being rebuilt this week.',
    'The queue is being slow again because of the retry storm.',
  ]) {
    assert.deepEqual(spansOf(id, text), [], text);
  }
});

test('a failure to learn said of someone else: "he doesn\'t learn from his mistakes", "She never learns." (issue 11)', () => {
  assert.deepEqual(spansOf(id, "Well, there will always be more because he doesn't learn from his mistakes."), ["doesn't learn from his mistakes"]);
  assert.deepEqual(spansOf(id, 'She never learns.'), ['never learns']);
  assert.deepEqual(spansOf(id, "Bob didn't learn from his mistakes."), ["didn't learn from his mistakes"]);
  for (const text of [
    "We didn't learn from our mistakes last time.",
    "The model doesn't learn from its errors.",
    "He didn't learn about the flag until Tuesday.",
    'Users never learn.',
    "Nobody is saying he doesn't learn from his mistakes.",
  ]) {
    assert.deepEqual(spansOf(id, text), [], text);
  }
});

test('a habit in the present judged by its manner, after a pronoun or a name: "They also work imprecisely and inaccurately" (issue 11)', () => {
  assert.deepEqual(spansOf(id, 'They also work imprecisely and inaccurately, even after thousands of hours of training.'), ['imprecisely', 'inaccurately']);
  assert.deepEqual(spansOf(id, 'He codes sloppily.'), ['sloppily']);
  for (const text of [
    'She always reviews thoroughly.',
    'He works remotely.',
    'It runs poorly on old hardware.',
    'Engineers work carelessly when they are paged at 3 a.m.',
  ]) {
    assert.deepEqual(spansOf(id, text), [], text);
  }
});

test('insults for a person from WordNet, not from our own sentences: a label, with its own message (issue 11)', () => {
  const cases: [string, string][] = [
    ['I am in fact the asshole here lol', 'asshole'],
    ['Some dolt pushed the config on a Friday.', 'dolt'],
    ['The bunglers who ran the migration have left.', 'bunglers'],
    ['The on-call was a coward and hid in the channel.', 'coward'],
    ['Only a nincompoop would restart the primary first.', 'nincompoop'],
    ['What a moron.', 'moron'],
  ];
  for (const [text, span] of cases) {
    const md = inSection(text);
    const found = findingsOf(id, md);
    assert.deepEqual(found.map((f) => textOf(md, f)), [span], text);
    assert.match(found[0].message, /labels a person instead of describing what they did/, text);
    assert.ok(found[0].fixes?.length, text);
  }
  // A judgment word on an act keeps the action message.
  assert.match(flagged('Pushing directly to main was reckless.')[0].message, /judges a person's action/);
  // Words WordNet also gives another everyday use are left out: a verb or adjective ("fool",
  // "lame", "simple"), an artefact ("dummy"), a fixed phrase ("booby trap", "at loggerheads").
  for (const text of [
    'The phishing page tried to fool the on-call.',
    'The fix was a simple patch.',
    'The test wrote a dummy record.',
    'The installer left a booby trap in the config.',
    'The two teams were at loggerheads over the rollout.',
    'The Quaker meeting house lost power.',
  ]) {
    assert.deepEqual(flagged(text), [], text);
  }
});

test('the WordNet insult list is generated data: plurals beside every word, no word that is also a verb or adjective', async () => {
  const { INSULT_NOUNS } = await import('../../server/src/core/rules/blame/normative-judgment.insults');
  const words = new Set(INSULT_NOUNS);
  for (const w of ['idiot', 'moron', 'dolt', 'bungler', 'shirker', 'coward', 'nitwit', 'jackass']) assert.ok(words.has(w) && (words.has(`${w}s`) || words.has(`${w}es`)), w);
  for (const w of ['fool', 'simple', 'stupid', 'dummy', 'booby', 'sheep', 'quaker', 'lame', 'clown']) assert.ok(!words.has(w), w);
});

test('WordNet adjectives for the vices of care, wit and effort judge a person or an act, not a system (issue 11)', () => {
  const cases: [string, string][] = [
    ['Restarting the primary first was idiotic.', 'idiotic'],
    ['The on-call was remiss in checking the queue.', 'remiss'],
    ['The team was gutless about pushing back.', 'gutless'],
  ];
  for (const [text, span] of cases) assert.deepEqual(spansOf(id, text), [span], text);
  assert.deepEqual(flagged('The heedless retry loop saturated the API.'), []);
});

test('"the bare minimum" judges effort, not a quantity reduced to it (a real post-mortem, issue 11)', () => {
  assert.deepEqual(findingsOf('normative-judgment', inSection('Reduce external dependency to a bare minimum, where feasible.')), []);
  assert.equal(findingsOf('normative-judgment', inSection('The contractor did the bare minimum on the migration.')).length, 1);
});

test('a judgment on a noun made a person\'s act by the relative clause after it (issue 11, dev rows)', () => {
  const md = inSection('This includes stupid things they did after hours.');
  assert.deepEqual(findingsOf('normative-judgment', md).map((f) => textOf(md, f)), ['stupid things they did']);
  assert.equal(findingsOf('normative-judgment', inSection('The careless changes he pushed broke the build.')).length, 1);
  for (const s of ['The wrong version we deployed was 1.2.', 'The stupid things in the config file date from 2019.', 'He supervised an inept helmsman.']) {
    assert.ok(findingsOf('normative-judgment', inSection(s)).every((f) => !/things|version/.test(textOf(inSection(s), f))), s);
  }
});

test('a people-only judgment on a piece of work with one modifier before it (a real post-mortem, issue 11)', () => {
  for (const s of ['We shipped sloppy bug fixes all spring.', 'A reckless config change took the site down.']) {
    assert.equal(findingsOf('normative-judgment', inSection(s)).length, 1, s);
  }
  assert.deepEqual(findingsOf('normative-judgment', inSection('The poor config change was reverted.')), []);
});

test('the perfect of "be" keeps the judgment; advice in the present conditional and a belief corrected do not (stop 28)', () => {
  for (const t of ['He had been negligent.', 'They have been careless.', "We've been careless with the keys."]) assert.equal(own(t).length, 1, t);
  for (const t of ['If an outage is caused by a bug, it would be irresponsible to disclose the exact nature of the bug.', 'We thought this solved the issue, but we were wrong.', 'The review has been thorough.']) {
    assert.deepEqual(own(t), [], t);
  }
  assert.equal(own('It was irresponsible to disclose the bug.').length, 1);
});

test('a decision judged in hindsight: "In hindsight, this was a mistake / a dangerous decision" (stop 28)', () => {
  for (const t of ['In hindsight, this was a mistake.', 'In hindsight, this was a dangerous decision.', 'In retrospect, it was the wrong call.']) assert.equal(own(t).length, 1, t);
  for (const t of ['In hindsight, the threshold was too high.', 'In hindsight, this was a good decision.', 'This was a mistake in the config file.']) assert.deepEqual(own(t), [], t);
  const md = inSection('In hindsight, this was a mistake.');
  const [f] = findingsOf(id, md);
  assert.equal(textOf(md, f), 'was a mistake');
  assert.match(f.fixes![0].edits[0].newText, /what made it reasonable at the time/);
});

test('"This was a bad idea" judges a past decision; "It is a bad idea to …" is advice; "is the wrong approach" is a stance on a course (stop 28, real post-mortems)', () => {
  for (const t of ['This was a bad idea.', 'It was a terrible decision to deploy on Friday.', 'The rollback was the wrong approach.']) assert.equal(own(t).length, 1, t);
  for (const t of ['It is a bad idea to deploy on Friday.', 'That was a good idea.', 'This was a mistake in the config.', 'We believe that preventing this kind of event from surfacing is the wrong approach.']) {
    assert.deepEqual(own(t), [], t);
  }
});

test('"can often be overlooked" is a risk the system carries, not a judgment; "was overlooked" still is (stop 29, batch 10)', () => {
  assert.deepEqual(flagged('Without the guidance of an order form, critical information such as allergies can often be overlooked.'), []);
  assert.equal(flagged('The expiry warning was overlooked.').length, 1);
});

test('the judged manner after the participle: "was planned poorly", "are run so poorly" (stop 29, batch 10)', () => {
  for (const t of ['The rollout was planned poorly.', 'Some shops are run so poorly that they end up fostering a toxic environment.']) assert.equal(flagged(t).length, 1, t);
  const md = inSection('The rollout was planned poorly.');
  const [f] = findingsOf(id, md);
  assert.equal(applyFix(md, f.fixes[0]).includes('was planned [how: the time, information and people available]'), true);
  assert.deepEqual(flagged('The rollout was planned poorly by the scheduler.'), []);
});

test('what the writers apologise for is owned, not judged: "my apologies for … the poor communication" (stop 29, batch 11)', () => {
  assert.deepEqual(flagged('As the person responsible, I offer my sincere apologies for the breakdown of our service and the poor communication throughout the outage.'), []);
  assert.equal(flagged('The poor communication throughout the outage made it worse.').length, 1);
});

test('"lazy upgrade", "lazy loading" name a software technique; "the lazy engineer" is a judgment (stop 29, docs11)', () => {
  assert.deepEqual(flagged('Users may have still used a cached version with lazy upgrade.'), []);
  assert.equal(flagged('The lazy engineer skipped the review.').length, 1);
});

test('a judged action of a system part is technical; of the incident, by a person or people-only, it is a judgment (real post-mortems, stop 30)', () => {
  for (const text of ['The improper handling of transaction volume caused the stall.', 'We noticed a bad behavior of the new chat feature.']) {
    assert.deepEqual(findingsOf('normative-judgment', inSection(text)), [], text);
  }
  for (const [text, flagged] of [
    ['The poor handling of the incident made it worse.', 'poor handling'],
    ['The careless handling of the config caused it.', 'careless handling'],
    ['The bad handling of the config by the on-call caused it.', 'bad handling'],
  ]) {
    assert.deepEqual(findingsOf('normative-judgment', inSection(text)).map((f) => textOf(inSection(text), f)), [flagged], text);
  }
});

test('a slip pointed back to and given as the cause is a judgment; an error, a denial or a document gap is not (stop 30)', () => {
  for (const text of ['This oversight coupled with the lack of notifications led to the issue.', 'That oversight cost us two hours.']) {
    assert.equal(findingsOf('normative-judgment', inSection(text)).length, 1, text);
  }
  for (const text of ['This error caused the crash.', 'An oversight in the runbook meant the step was skipped.', 'That mistake was not what caused this.']) {
    assert.deepEqual(findingsOf('normative-judgment', inSection(text)), [], text);
  }
});

test('a judgment word on a craft people practise ("poor flying", "bad engineering") judges them; on a tool named after it, it does not (issue 11)', () => {
  for (const [text, span] of [
    ['Honestly, the approach was just sloppy flying from start to finish.', 'sloppy flying'],
    ['The outage came down to bad engineering.', 'bad engineering'],
    ['We lost a week in some misguided refactoring we did in March.', 'misguided refactoring'],
    ['Poor record-keeping on the ward hid the missed dose.', 'Poor record-keeping'],
  ]) {
    flaggedWithRewrite(text, span);
  }
  for (const text of [
    'Poor reporting tools slowed the response.',
    'The computation was wrong, leading to the improper reporting of inflated losses.',
    'The bad debugging output from the agent confused the responders.',
    'Improper debugging of the service left the port open.',
    'The driver was charged with reckless driving.',
  ]) {
    assert.deepEqual(findingsOf(id, inSection(text)), [], text);
  }
});

test('a disparaging word for a kind of person, predicated of someone, labels them; the same word about a thing, denied or hypothetical, does not (issue 11)', () => {
  for (const [text, span] of [
    ['Frankly, the release manager was a bully.', 'the release manager was a bully'],
    ["You're being a jerk about the rollback.", "You're being a jerk"],
    ['Ana is known for being a know-it-all in reviews.', 'being a know-it-all'],
    ['They were total liars about the timeline.', 'They were total liars'],
  ]) {
    assert.match(flaggedWithRewrite(text, span).message, /labels a person/, text);
  }
  for (const text of [
    'Rolling back the schema was a pain in the ass.',
    'The reviewer is not a bully.',
    'The legacy cron script was a hack.',
    'If the reviewer is a jerk about it, talk to the facilitator.',
    'The stale replica was a liability during the failover.',
  ]) {
    assert.deepEqual(findingsOf(id, inSection(text)), [], text);
  }
});

test('a verdict that also grades things judges an act or attitude a person owns ("Your attitude is disgusting", "the captain\'s ineffective management"), not a thing\'s or a company\'s (issue 11)', () => {
  for (const [text, span] of [
    ['His conduct during the bridge call was appalling.', undefined],
    ['Their response was inadequate.', 'Their response was inadequate'],
    ["The on-call's response was terrible.", "The on-call's response was terrible"],
    ["The report cites the captain's ineffective management of the descent.", "captain's ineffective management"],
  ] as [string, string | undefined][]) {
    const md = inSection(text);
    const found = findingsOf(id, md);
    if (span === undefined) {
      assert.deepEqual(found, [], `${text} (the subject is cut by a prepositional phrase: not read)`);
      continue;
    }
    assert.equal(found.length, 1, text);
    assert.ok(textOf(md, found[0]).endsWith(span.split(' ').pop()!), text);
    assert.ok(found[0].fixes?.some((x) => x.preferred), text);
  }
  for (const text of [
    'The cooling in the rack was inadequate.',
    "The board cited the shipping company's inadequate oversight.",
    'His response was not inadequate; the pager never fired.',
    'The retry budget was terrible for bursty traffic.',
  ]) {
    assert.deepEqual(findingsOf(id, inSection(text)), [], text);
  }
});

test('disapproval felt at what someone did ("It\'s sickening that people take such risks") judges them; regret at an outcome, the team\'s own, or a system\'s does not (issue 11)', () => {
  for (const [text, span] of [
    ["It's appalling that the contractor kept the keys after leaving.", 'appalling'],
    ['Disappointing this was approved while the canary was red.', 'Disappointing'],
  ]) {
    const md = inSection(text);
    const found = findingsOf(id, md);
    assert.deepEqual(found.map((f) => textOf(md, f)), [span], text);
    assert.ok(found[0].fixes?.some((x) => x.preferred), text);
  }
  for (const text of [
    "It's unfortunate that the contractor kept the keys after leaving.",
    'It is disappointing that the installer overwrote the data.',
    'Downtime of this length is unacceptable, and the team has added a second region.',
    'The latency was unacceptable for checkout.',
  ]) {
    assert.deepEqual(findingsOf(id, inSection(text)), [], text);
  }
});

test('a judgment word on "work" judges the work when "work" heads its phrase or names a practice; "a toxic work culture" describes a workplace (issue 11)', () => {
  assert.deepEqual(findingsOf(id, inSection('The survey found a toxic work culture on the night shift.')), []);
  assert.deepEqual(findingsOf(id, inSection('The outage grew out of shoddy work practices in the build team.')).map((f) => textOf(inSection('The outage grew out of shoddy work practices in the build team.'), f)), ['shoddy work']);
  assert.equal(findingsOf(id, inSection('That was sloppy work on the rollback.')).length, 1);
});

test('conduct named by the gerund "being" after a preposition or "and" ("for being careless") judges the person; a general opening gerund or a denial does not (issue 11)', () => {
  for (const [text, span] of [
    ['The lead scolded the new hire for being careless with the keys.', 'being careless'],
    ['The report says the crew went from focused to being reckless within minutes.', 'being reckless'],
  ]) {
    const md = inSection(text);
    const found = findingsOf(id, md);
    assert.deepEqual(found.map((f) => textOf(md, f)), [span], text);
    assert.ok(found[0].fixes?.some((x) => x.preferred), text);
  }
  for (const text of ['Being careless with keys is easy when the vault UI hides the expiry.', 'Nobody was blamed for being careless.', 'The handover avoided being rushed.']) {
    assert.deepEqual(findingsOf(id, inSection(text)), [], text);
  }
});

test('"they\'re {pejorative}" labels people only when "they" has a person to stand for (issue 11)', () => {
  assert.deepEqual(findingsOf(id, inSection("The cron jobs are old and they're hacks.")), []);
  assert.equal(findingsOf(id, inSection("The reviewers said no, and honestly they're bullies.")).length, 1);
});

test('WordNet\'s disparaging words for a kind of person, predicated of someone, label them; a word that modifies a noun after it does not (issue 11)', () => {
  for (const [text, span] of [
    ['Honestly, the new tech lead is a snob about other teams\' code.', 'the new tech lead is a snob'],
    ["He's such a windbag in every incident call.", "He's such a windbag"],
    ['The two approvers were hypocrites when it came to review rules.', 'The two approvers were hypocrites'],
    ['The incident commander was a lout on the bridge.', 'The incident commander was a lout'],
  ]) {
    assert.match(flaggedWithRewrite(text, span).message, /labels a person/, text);
  }
  for (const text of [
    'Ana is a fraud analyst on the payments team.',
    'Our contractor is a pest control company.',
    'The reviewer was not a snob about it.',
    'The nag screen was a nuisance for the on-call.',
  ]) {
    assert.deepEqual(findingsOf(id, inSection(text)), [], text);
  }
});

test('the WordNet pejorative list is generated data: plurals beside every word, no neutral person word, no adjective, no group slur', async () => {
  const { PEJORATIVE_NOUNS } = await import('../../server/src/core/rules/blame/normative-judgment.pejoratives');
  const words = new Set(PEJORATIVE_NOUNS);
  for (const w of ['liar', 'hypocrite', 'snob', 'windbag', 'loudmouth', 'troublemaker', 'lout', 'egotist', 'parasite', 'whiner']) assert.ok(words.has(w) && (words.has(`${w}s`) || words.has(`${w}es`)), w);
  for (const w of ['critic', 'operator', 'user', 'junior', 'climber', 'fake', 'phony', 'git', 'skinhead', 'nazi', 'papist', 'idiot', 'rat', 'pig']) assert.ok(!words.has(w), w);
});

test('a judgment on a thing done ("did a careless thing", "a foolish thing to do") judges the act; a thing graded, or no act, does not (issue 11)', () => {
  for (const [text, span] of [
    ['The release manager did a really careless thing when the canary was skipped.', 'careless thing'],
    ['Pushing on a Friday evening was a foolish thing to do.', 'foolish thing'],
    ['I had done a very stupid thing to the staging database.', 'stupid thing'],
  ]) {
    assert.match(flaggedWithRewrite(text, span).message, /judges a person's action/, text);
  }
  for (const text of [
    'The wrong thing to do would be to restart the primary.',
    'The stupid thing about this dashboard is its colour scheme.',
    'Nobody did a careless thing here; the form hid the field.',
  ]) {
    assert.deepEqual(findingsOf(id, inSection(text)), [], text);
  }
});

test('a relative clause that opens with its verb hangs a person on the predicate ("the team that shipped this was sloppy"); a "that" clause with its own subject does not (issue 11)', () => {
  assert.match(flaggedWithRewrite('The team that shipped the hotfix was sloppy.', 'sloppy').message, /judges a person's action/);
  assert.match(flaggedWithRewrite('The crew that flew the approach was negligent.', 'negligent').message, /judges a person's action/);
  for (const text of [
    'She told the engineer that the latency was bad.',
    'The queue that held the jobs was lazy about draining.',
    'The engineers that the vendor sent were careful.',
  ]) {
    assert.deepEqual(findingsOf(id, inSection(text)), [], text);
  }
});

test('three grammatical frames of a judgment: "{word} enough to" of a person, a coordinated run of adjectives on a human action, and "{word} of {someone}"; things graded, a run on a thing and knowledge "of" something are not (issue 11)', () => {
  for (const [text, span] of [
    ['Only someone careless enough to skip the checklist would restore over the primary.', 'careless enough'],
    ['The vendor made several sloppy, rushed changes to the zone file.', 'sloppy, rushed changes'],
    ['They made dumb, embarrassing and regrettable choices during the cutover.', 'dumb, embarrassing and regrettable choices'],
    ['That was careless of him.', 'careless of him'],
    ['How careless of the reviewers to approve it unread.', 'careless of the reviewers'],
  ]) {
    assert.match(flaggedWithRewrite(text, span).message, /judges a person's action/, text);
  }
  for (const text of [
    'The timeout was bad enough to page the on-call twice.',
    'Nobody was careless enough to skip it; the form hid the field.',
    'The poor, slow response times hurt checkout.',
    'The old wiki called that setting silly, thinking nobody used it.',
    'The latency was unacceptable of course, so the page fired.',
    'The pager stayed oblivious of the new rotation.',
    'It would be careless of anyone to skip the canary, so the pipeline refuses it.',
  ]) {
    assert.deepEqual(findingsOf(id, inSection(text)), [], text);
  }
});

test('an extraposed "it is {judgment} to / of" after an introductory phrase and its comma is the same judgment (stop 33)', () => {
  for (const [text, span] of [
    ['For a team that owns the billing pipeline, it was irresponsible to skip the dry run.', 'irresponsible'],
    ['Frankly, with three pages already open, it was careless of the on-call to silence the fourth.', 'careless of the on-call'],
  ] as const) {
    const md = inSection(text);
    assert.deepEqual(findingsOf(id, md).map((f) => textOf(md, f)), [span], text);
  }
  for (const text of [
    'For a payments API, it is unacceptable for checkout to fail silently.',
    'After the failover, it was unacceptable.',
    'For a team this small, it would be irresponsible to promise a four-hour SLA.',
    'After the review, it was clear that the dry run had been skipped.',
  ]) assert.deepEqual(flagged(text), [], text);
});

test('a verdict on an act whose owner is named after it, "from" or "by" a person, judges that person (stop 33)', () => {
  for (const [text, span] of [
    ['The vendor complained about rude behaviour from the on-call engineer.', 'rude behaviour from the on-call engineer'],
    ['The board cited inadequate handling by the pilots.', 'inadequate handling by the pilots'],
  ] as const) {
    const md = inSection(text);
    assert.deepEqual(findingsOf(id, md).map((f) => textOf(md, f)), [span], text);
  }
  for (const text of [
    'The report noted inadequate handling by the load balancer.',
    'An inadequate response from the upstream API broke the clients.',
    'Inadequate handling by anyone would have had the same result.',
  ]) assert.deepEqual(flagged(text), [], text);
});

test('a person\'s "failings" are a fault of character, said of someone; a process\'s failings or failings that occurred are not (stop 33)', () => {
  for (const [text, span] of [
    ['The tribunal described the technician’s failings as repeated.', 'the technician’s failings'],
    ['Nobody disputed his failings during the hearing.', 'his failings'],
  ] as const) {
    const md = inSection(text);
    assert.deepEqual(findingsOf(id, md).map((f) => textOf(md, f)), [span], text);
  }
  for (const text of [
    'The failings of the change process were listed in the appendix.',
    'Three failings occurred during the failover.',
    'The vendor’s failings delayed the fix by a day.',
    'We wrote down our failings as a team.',
  ]) assert.deepEqual(flagged(text), [], text);
});

test('"blunder" is a stupid mistake by definition, a judgment whoever it is said of; denied or talked about as blame it is not (stop 33)', () => {
  for (const [text, span] of [
    ['Two of the config pushes that night were real blunders.', 'blunders'],
    ['The rollback came an hour after the blunder.', 'blunder'],
  ] as const) {
    const md = inSection(text);
    assert.deepEqual(findingsOf(id, md).map((f) => textOf(md, f)), [span], text);
  }
  for (const text of [
    'There was no blunder here, only a race in the scheduler.',
    'A blameless review does not ask who made the blunder.',
  ]) assert.deepEqual(flagged(text), [], text);
});

test('a judgment noun inside the name of a charge ("manslaughter by gross negligence", "gross negligence manslaughter") is a fact of the case; the noun as a cause still judges (stop 33)', () => {
  for (const text of [
    'The surgeon was later convicted of manslaughter by gross negligence.',
    'Prosecutors charged the captain with two counts of causing death by recklessness.',
    'The pharmacist faced a gross negligence manslaughter charge.',
  ]) {
    assert.equal(flagged(text).length, 0, text);
  }
  for (const text of ['The outage was caused by gross negligence.', 'The engineer caused the outage by sheer recklessness.']) {
    assert.equal(flagged(text).length, 1, text);
  }
});

test('a virtue of conduct found wanting in a person ("they lack competence", "showed limited insight") judges them; a thing lacking or showing little of it, a denial, or knowledge of a fact does not (stop 34)', () => {
  for (const [text, span] of [
    ['The contractor lacked the discipline to finish the checklist.', 'The contractor lacked the discipline'],
    ['The pharmacist showed limited insight into the dosing errors.', 'The pharmacist showed limited insight'],
    ['The registrar displayed no remorse for the missed referral.', 'The registrar displayed no remorse'],
    ['Honestly, they lack common sense.', 'they lack common sense'],
  ] as const) {
    const md = inSection(text);
    assert.deepEqual(findingsOf(id, md).map((f) => textOf(md, f)), [span], text);
  }
  for (const text of [
    'The dashboard showed little insight into consumer lag.',
    'The retry loop lacks care for ordering.',
    'Nobody lacked the judgment to stop the rollout; the stop button was hidden.',
    'The team lacked visibility into the queue depth.',
    'The new hires lacked awareness of the legacy cron job.',
  ]) assert.deepEqual(flagged(text), [], text);
});

test('a verdict on a person\'s character or competence ("the maintainer was dismissive", "a terrible manager") judges them; a thing, a denial, a condition, nobody, an amount and people in general do not (stop 34)', () => {
  for (const [text, span] of [
    ['The release manager was rude to the first responder.', 'The release manager was rude'],
    ['Honestly, he is useless.', 'he is useless'],
    ['The vendor engineers were utterly condescending.', 'The vendor engineers were utterly condescending'],
    ['She was a terrible supervisor.', 'terrible supervisor'],
    ['The captain was overconfident about the weather.', 'The captain was overconfident'],
  ] as const) {
    const md = inSection(text);
    assert.deepEqual(findingsOf(id, md).map((f) => textOf(md, f)), [span], text);
  }
  for (const text of [
    'The status page is useless during a regional outage.',
    'If the caller is rude, hand the call to the duty manager.',
    'Nobody was rude during the bridge call.',
    'The night staff were insufficient to cover both wards.',
    'Hostile actors scanned the exposed port.',
    'The on-call was unavailable for twenty minutes.',
    'He is not incompetent; the runbook pointed at the wrong host.',
    'We tried both dashboards and they were useless.',
  ]) assert.deepEqual(flagged(text), [], text);
});

test('a verdict on an act the clause\'s subject did ("the nurse provided inadequate care", "made a terrible decision") and conduct that fell short of a standard judge a person; a thing\'s act, a denial and quantities below a mark do not (stop 34)', () => {
  for (const [text, span] of [
    ['The registrar provided inadequate supervision of the ward.', 'The registrar provided inadequate supervision'],
    ['The duty manager made a terrible call at midnight.', 'The duty manager made a terrible call'],
    ["The surgeon's care fell well short of the standard expected.", "The surgeon's care fell well short of"],
    ['His conduct fell below that of a competent driver.', 'His conduct fell below'],
  ] as const) {
    const md = inSection(text);
    assert.deepEqual(findingsOf(id, md).map((f) => textOf(md, f)), [span], text);
  }
  for (const text of [
    'The load balancer gave a terrible response time under load.',
    'The runbook provides inadequate guidance for restores.',
    'The vendor did not provide inadequate care.',
    'Throughput fell well below the forecast.',
    'Sales fell short of the quarterly target.',
    'Disk usage fell below the alert threshold overnight.',
  ]) assert.deepEqual(flagged(text), [], text);
});

test('the character verdicts reach WordNet\'s neighbours of dishonest, discourteous and stupid ("unethical", "insolent", "obtuse") for a person, not for a thing ("the cache was corrupt") (stop 34)', () => {
  for (const [text, span] of [
    ['The consultant was unethical.', 'The consultant was unethical'],
    ['Frankly, the new lead is obtuse.', 'the new lead is obtuse'],
  ] as const) {
    const md = inSection(text);
    assert.deepEqual(findingsOf(id, md).map((f) => textOf(md, f)), [span], text);
  }
  for (const text of ['The cache was corrupt after the power cut.', 'The index is worthless once the schema changes.']) assert.deepEqual(flagged(text), [], text);
});

test('the adverbs of the character verdicts and of defiance ("dismissively", "rudely", "blatantly") judge a person\'s act; a thing\'s act and a degree ("blatantly obvious") do not (stop 34)', () => {
  for (const [text, span] of [
    ['The reviewer dismissively closed the report.', 'dismissively'],
    ['The contractor flagrantly skipped the sign-off.', 'flagrantly'],
  ] as const) {
    const md = inSection(text);
    assert.deepEqual(findingsOf(id, md).map((f) => textOf(md, f)), [span], text);
  }
  for (const text of ['The proxy blatantly ignored the cache header.', 'The race was blatantly obvious in the trace.']) assert.deepEqual(flagged(text), [], text);
});

test('"know better" in its other modal forms ("should know better", "ought to know better", "knows better than to") judges a person; named as hindsight it does not (stop 34)', () => {
  for (const [text, span] of [
    ['The release captain should know better by now.', 'should know better'],
    ['She ought to know better than that.', 'ought to know better'],
    ['He knows better than to deploy on a Friday.', 'knows better than to'],
  ] as const) {
    const md = inSection(text);
    assert.deepEqual(findingsOf(id, md).map((f) => textOf(md, f)), [span], text);
  }
  assert.deepEqual(flagged('It is easy to say that the operator should know better.'), []);
});

test('comparatives and superlatives of the judgment and character adjectives judge as the adjectives do ("the dumbest call", "lazier than"); those of words that also grade things do not (stop 35)', () => {
  for (const [text, span] of [
    ['Restarting the primary first was the dumbest decision of the night.', 'dumbest decision'],
    ['The new contractor is the laziest reviewer we have had.', 'laziest reviewer'],
    ['The night shift was sloppier than the day shift.', 'sloppier'],
  ] as const) assert.deepEqual(spansOf(id, text), [span], text);
  for (const text of [
    'The poorest regions lost power first.',
    'The older replica was slower than the primary.',
    'This is the clumsiest API in the toolkit.',
  ]) assert.deepEqual(flagged(text), [], text);
});

test('a judgment after a linking verb of change or appearance ("grew careless", "proved negligent", "sounds incompetent") is predicated of the subject as after "was"; "got" with an object is no link (stop 35)', () => {
  for (const [text, span] of [
    ['Over the holidays the on-call reviewer grew careless.', 'careless'],
    ['The contractor proved negligent with the keys.', 'negligent'],
    ['Frankly, the release manager sounds incompetent.', 'incompetent'],
    ['The DBA got careless and skipped the dry run.', 'careless'],
  ] as const) assert.deepEqual(spansOf(id, text), [span], text);
  for (const text of [
    'The operator got the wrong replica from the inventory.',
    'We got bad readings from the sensor.',
    'The export remained slow all week.',
  ]) assert.deepEqual(flagged(text), [], text);
});

test('a virtue of conduct denied of a person ("wasn\'t careful enough", "is not competent"; WordNet\'s antonyms of the judgment words) is the judgment itself; a thing, a hypothetical, a quantifier and "not responsible for" are not (stop 35)', () => {
  for (const [text, span] of [
    ["The second reviewer wasn't careful enough.", "The second reviewer wasn't careful enough"],
    ['The new hire was not very thorough with the handover.', 'The new hire was not very thorough'],
    ['The contractor is not competent to run the cluster.', 'The contractor is not competent'],
  ] as const) assert.deepEqual(spansOf(id, text), [span], text);
  for (const text of [
    'The tokenizer is not careful about escapes.',
    'If the approver is not careful, the flag ships on.',
    'Nobody was careful enough to notice the expiry.',
    'The night operator was not responsible for the outage.',
    'Was the approver not careful?',
  ]) assert.deepEqual(flagged(text), [], text);
});

test('a people-only judgment of whatever a person\'s possessive opens ("His replies were sloppy") judges the person\'s work; the writers\' own is lowered, and a word that also grades things is not read so (stop 35)', () => {
  for (const [text, span] of [
    ['His replies on the ticket were sloppy.', 'sloppy'],
    ['Her notes for the next shift were careless.', 'careless'],
  ] as const) assert.deepEqual(spansOf(id, text), [span], text);
  const [own] = flagged('Our scripts for the cutover were sloppy.');
  assert.ok(own && own.severity !== 'error');
  for (const text of ['His test results were wrong.', 'Her dashboards were poor at showing lag.']) assert.deepEqual(flagged(text), [], text);
});

test('a judgment on a noun given to a person by an agent phrase ("sloppy commits by the contractor", "rude replies from the admin") judges the person\'s act; a thing as agent, a charge and words that also grade things are not (stop 35)', () => {
  for (const [text, span] of [
    ['The release carried sloppy commits by the contractor.', 'sloppy commits by the contractor'],
    ['The ticket got two rude replies from the admin.', 'rude replies from the admin'],
  ] as const) assert.deepEqual(spansOf(id, text), [span], text);
  for (const text of [
    'We measured poor throughput from the replica.',
    'The wrong config from the vendor was rolled back.',
    'Lousy numbers from the canary held the rollout.',
  ]) assert.deepEqual(flagged(text), [], text);
});

test('a sentence about getting beyond blame names judgments as its topic (catalogue §1.4 meta-blameless, stop 35)', () => {
  assert.deepEqual(flagged('To move beyond blame we have to ask how capable engineers end up making careless choices.'), []);
  assert.equal(flagged('The engineers made careless choices during the migration.').length, 1);
});

test('"people" under a view or a finding is a bare plural about people in general: "Safety-II holds that people do not set out to do a bad job" (generalisation, catalogue §1.4; stop 35)', () => {
  for (const text of ['Safety-II holds that people do not set out to do a bad job.', 'Studies show that people make careless slips when they are tired.']) {
    assert.deepEqual(flagged(text), [], text);
  }
  // A report of what particular people did is in the past, and stays.
  assert.equal(flagged('The review says that people did a sloppy job on the cutover.').length, 1);
});

test('advice on what not to ask ("Don\'t ask why she was sloppy; ask what the tooling allowed") is about the review (catalogue §1.4 meta-blameless, stop 35)', () => {
  assert.deepEqual(flagged("Don't ask why she was sloppy; ask what the tooling allowed."), []);
  assert.equal(flagged('She was sloppy with the rollout.').length, 1);
});

test('WordNet\'s adjectives of bad conduct and character ("tactless", "impetuous", "ungracious") and their adverbs take the judgment words\' frames, also the character verdicts on an act ("disrespectful behaviour", "a deceitful attempt"); the cluster words that describe a state, a technique or a thing do not (stop 36)', () => {
  for (const [text, span] of [
    ['The lead gave a tactless response to the customer.', 'tactless response'],
    ['The contractor made an impetuous decision to drop the table.', 'impetuous decision'],
    ['The admin inconsiderately rebooted the shared host.', 'inconsiderately'],
    ['The on-call was ungracious about the handover.', 'ungracious'],
    ['It was a deceitful attempt to hide the failing check.', 'deceitful attempt'],
  ] as const) assert.deepEqual(spansOf(id, text), [span], text);
  assert.equal(flagged('Staff reported disrespectful behaviour during the bridge call.').length, 1);
  for (const text of [
    'The engineer was distracted by a second page.',
    'The immature design choices of the library broke the build.',
    'The test suite was mocking the payment service.',
    'The packets were wrongly routed to the old region.',
    'We took a casual approach to naming.',
    'The tactless wording of the error page confused users.',
  ]) assert.deepEqual(flagged(text), [], text);
});

test('the nouns WordNet derives from the conduct adjectives ("tactlessness", "imprudence") judge on their own like "negligence"; named as a concept, or a thing or state left out of the class ("data corruption", "forgetfulness"), they do not (stop 36)', () => {
  for (const [text, span] of [
    ['The tactlessness of the escalation email upset the customer.', 'tactlessness'],
    ['We saw real imprudence in how the keys were shared.', 'imprudence'],
  ] as const) assert.deepEqual(spansOf(id, text), [span], text);
  for (const text of [
    'Examples of imprudence include sharing keys over chat.',
    'The data corruption spread to the replica.',
    'The operator showed forgetfulness under fatigue.',
  ]) assert.deepEqual(flagged(text), [], text);
});

// hindsight-minimizing (catalogue §2.6): every phrase entry, the guards, severity, fixes, config.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/engine';
import { resolveConfig, type ConfigLayer } from '../../server/src/core/config';
import { ALL_RULES } from '../../server/src/core/rules/index';
import { rule } from '../../server/src/core/rules/blame/hindsight-minimizing';
import { PHRASES } from '../../server/src/core/rules/blame/hindsight-minimizing.phrases';
import type { PhraseEntry } from '../../server/src/core/rules/blame/phrase-rule';
import { applyFix, findingsOf, inSection, textOf, TODAY } from '../helpers/lint';

function only(md: string, layer?: ConfigLayer) {
  const { config } = resolveConfig(layer ? [layer] : [], new Set(ALL_RULES.map((r) => r.id)));
  return lint(md, { config, today: TODAY, rules: [rule] }).findings;
}

/** A sentence in which the entry should fire, by its condition. */
function exampleFor(e: PhraseEntry): string {
  const filled = e.phrase.replace('...', 'responder');
  const cap = filled[0].toUpperCase() + filled.slice(1);
  switch (e.when) {
    case 'not-negated':
    case 'clearly':
      return `${cap} the spike came from the new index.`;
    case 'predicative':
      return `The leak was ${filled} from the first alert.`;
    case 'human-action':
      return `The on-call ${filled} had to restart the consumer.`;
    case 'had-to':
      return `The on-call ${filled} had to restart the consumer.`;
    case 'past-be':
      return `It was ${filled} that the certificate would expire.`;
    case 'inability':
      return `The responders could not handle ${filled} of failures.`;
    case 'one-look':
      return `${cap} at the changelog would have shown the breaking change.`;
    case 'despite':
      return `${filled.startsWith('were') ? 'The signals' : 'The signal'} ${filled} in the logs, yet the on-call kept restarting the service.`;
    case 'not-aside':
      return `${cap} the on-call missed the lag on the dashboard.`;
    case 'obvious-fault':
      return `Restarting the primary first was an ${filled}.`;
    case 'common-sense':
      return `Checking the region first is just ${filled}.`;
    default:
      return `${cap} the lag on the dashboard.`;
  }
}

for (const entry of PHRASES) {
  test(`phrase “${entry.phrase}” is flagged`, () => {
    const md = inSection(exampleFor(entry));
    const f = only(md);
    assert.equal(f.length, 1, `no finding in: ${exampleFor(entry)}`);
    const first = entry.phrase.split('...')[0].trim().split(' ')[0];
    assert.ok(textOf(md, f[0]).toLowerCase().includes(first.toLowerCase()), `range “${textOf(md, f[0])}”`);
  });
}

const FLAG = [
  'Obviously the new index was the source of the slow queries.',
  'That the disk was filling up should have been obvious to the responders.',
  'A competent engineer would have checked the TTL before touching the record.',
  'All the on-call had to do was flip the feature flag back.',
  'It was easy to see that the certificate would expire over the weekend.',
  'The dashboard clearly showed replication lag climbing for twenty minutes before anyone acted.',
  'The fix was simply to restart the consumer, yet nobody tried it for an hour.',
  'The warning signs were plain to see in the logs all afternoon.',
  'Anyone looking at the graph would have spotted the leak immediately.',
  'The engineer merely had to compare the two config files.',
  'The problem with the queue was obvious from the first alert.',
  'Sam simply restarted the primary without looking at the replicas.',
];
for (const s of FLAG) test(`flags: ${s}`, () => assert.equal(only(inSection(s)).length, 1));

const CLEAN = [
  // just-temporal
  'The first page arrived just as the backup job started.',
  'The renewal job ran just in time for the second certificate, but not the first.',
  'Traffic recovered just before the marketing email went out.',
  'We had just finished the region migration the week before the incident.',
  'The replica had just been rebuilt and was still warming its cache.',
  'The queue drained in just under forty minutes once consumers were scaled out.',
  // minimizer-technical
  'The batch loader simply skips rows it cannot parse, so the gap went unreported.',
  'The retry loop simply re-enqueued each failed message with no backoff.',
  'The new dashboard clearly labels which region each panel comes from.',
  'The error message merely said "timeout" without naming the upstream host.',
  'The iOS crash was reproducible simply by opening the app in airplane mode.',
  // obvious-artifact, "not just / only", negation, quotes, code
  'The obvious first candidate, the morning deploy, was ruled out at 10:20 when a rollback changed nothing.',
  'The most obvious symptom for shoppers was an empty basket after login.',
  'The token could read every tenant, not just the tenant it was issued for.',
  'The change only mattered at batch volume.',
  'It was not obvious from the dashboard that the replica was stale.',
  'The log line was not clearly related to the deploy.',
  'The customer wrote "your engineers obviously never test anything".',
  'The runbook says `just restart it` for this alert.',
  'The page arrived just as the backup started.',
  'The status page clearly communicated the impact to customers.',
  'Clearly documented steps helped the responders restore service.',
  'The on-call just acknowledged the page and started the runbook at 02:14.',
  "It's easy to see the lag in the new panel.",
  // obvious-artifact: the remedy, once the cause was known (a real post-mortem, issue 11)
  'Once it was clear what the issue was, the fix seemed obvious enough.',
  'It was not easy to see the lag on the old dashboard.',
];
for (const s of CLEAN) test(`clean: ${s}`, () => assert.deepEqual(only(inSection(s)).map((f) => textOf(inSection(s), f)), []));

test('a quoted chat line in a blockquote is never flagged', () => {
  assert.equal(only(inSection('> [10:02] sam: obviously the deploy, rolling back')).length, 0);
});

test('warning in every section, with the hover prompts', () => {
  for (const section of ['Executive Summary', 'Contributing Factors', 'Key Learnings', 'What Went Well', 'Impact']) {
    const f = findingsOf('hindsight-minimizing', inSection('Obviously the new index was the cause.', section));
    assert.equal(f.length, 1, section);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].category, 'blame');
    assert.ok(f[0].prompts?.length);
  }
});

test('the quick fix deletes only the minimiser', () => {
  const md = inSection('The engineer merely had to compare the two config files.');
  const [f] = only(md);
  assert.equal(textOf(md, f), 'merely');
  const fix = f.fixes.find((x) => x.preferred)!;
  assert.ok(!fix.safe);
  assert.equal(applyFix(md, fix), inSection('The engineer had to compare the two config files.'));
  for (const e of fix.edits) assert.ok(e.start >= f.start && e.end <= f.end + 1, 'edit stays on the phrase and its space');
  const md2 = inSection('Of course, the on-call missed the spike.');
  const [g] = only(md2);
  assert.equal(applyFix(md2, g.fixes[0]), inSection('The on-call missed the spike.'));
  const md3 = inSection('The root cause was a cache. Obviously this should have been caught.');
  const [h] = only(md3);
  assert.equal(applyFix(md3, h.fixes[0]), inSection('The root cause was a cache. This should have been caught.'));
});

test('longer phrases get a placeholder rewrite of the phrase only', () => {
  const md = inSection('Any competent engineer would have checked the zone with dig.');
  const [f] = only(md);
  assert.equal(textOf(md, f), 'Any competent engineer would');
  assert.match(applyFix(md, f.fixes[0]), /^# Post-Mortem: test\n\n## Contributing Factors\n\n\[what could be seen at the time, and what made it hard to see\] have checked the zone with dig\.\n$/);
});

test('in the overlap order it wins over counterfactual on the same span', () => {
  const f = lint(inSection('Any competent engineer would have checked the zone with dig after saving.'), { today: TODAY }).findings.filter((x) => x.category === 'blame');
  assert.deepEqual(f.map((x) => x.ruleId), ['hindsight-minimizing']);
});

test('extra phrases from config are matched as words, never as patterns', () => {
  const layer = { language: { extraPhrases: { 'hindsight-minimizing': ['a no-brainer', '.*'] } } };
  assert.equal(only(inSection('Rolling back was a no-brainer.'), layer).length, 1);
  assert.equal(only(inSection('Rolling back took nine minutes.'), layer).length, 0);
});

test('allow list suppresses a phrase', () => {
  assert.equal(findingsOf('hindsight-minimizing', inSection('Obviously the index was the cause.'), { config: { language: { allowPhrases: ['obviously'] } } }).length, 0);
});

test('the message names the trap and quotes the phrase', () => {
  const md = inSection('Obviously the index was the cause.');
  const [f] = only(md);
  assert.match(f.message, /^Hindsight: /);
  assert.ok(f.message.includes(`“${textOf(md, f)}”`));
});

test('deleting a minimiser never deletes markup around it', () => {
  const md = inSection('**Obviously** the spike came from the index.');
  const [f] = only(md);
  assert.equal(textOf(md, f), 'Obviously');
  assert.equal(applyFix(md, f.fixes[0]), inSection('the spike came from the index.'));
  const md2 = inSection('The engineer _merely_ had to compare the files.');
  const [g] = only(md2);
  assert.equal(applyFix(md2, g.fixes[0]), inSection('The engineer had to compare the files.'));
});

test('"it was clear …, yet …" is hindsight; evidence reported on its own is not (issue 11)', () => {
  assert.equal(only(inSection('It was clear from the logs that the disk was full, yet the on-call kept restarting the service.')).length, 1);
  assert.equal(only(inSection('Anyone could see the error rate was climbing.')).length, 1);
  for (const text of ['It was clear from the logs that the disk had filled at 02:14.', 'It was not clear from the logs which host had failed, but the metrics narrowed it down.']) {
    assert.deepEqual(only(inSection(text)), [], text);
  }
});

test('an adverb of obviousness blames only when what it calls obvious is a failure, a cause or a person\'s act (issue 15)', () => {
  for (const text of [
    'Obviously the new index was the source of the slow queries.',
    'Predictably, the regional jet crashed after running out of runway.',
    'Of course the on-call missed the second page.',
    'Unsurprisingly, the on-call missed the second page.',
    'The engineer clearly ignored the warning.',
  ]) {
    assert.equal(only(inSection(text)).length, 1, text);
  }
  for (const text of [
    // a recovery, a plan, a present need or a standing fact
    'Of course, the fix was deployed to all regions by 14:00.',
    'Of course, we will keep monitoring the error rate over the next week.',
    'Obviously, we need better alerting on disk usage.',
    'Clearly, the retry logic needs a cap.',
    'Clearly, more testing is needed before the next release.',
    'Unsurprisingly, latency went back to normal once the cache warmed up.',
    'Predictably, the queue drained within ten minutes of the restart.',
    'Obviously this is not the experience we want our users to have.',
    'This was, of course, a very stressful situation for everyone involved.',
    // minimizer-technical: "of course" with a thing behaving as things do (four real sentences of
    // the dev sets read so, none the other way; stop 30)
    'Of course the disk filled up over the weekend.',
    'Of course, it broke the code.',
    'Until of course Windows could not handle it anymore and crashed on startup.',
    // a manner of speaking
    'Plainly put, the system had no back-pressure.',
  ]) {
    assert.deepEqual(only(inSection(text)), [], text);
  }
});

test('"obvious" and "predictable" blame in the past, before the evidence; not in the present or once it was found (issue 15)', () => {
  assert.equal(only(inSection('The problem with the queue was obvious from the first alert.')).length, 1);
  assert.equal(only(inSection('That the disk was filling up should have been obvious to the responders.')).length, 1);
  for (const text of [
    'The failure mode is predictable once you know the TTL.',
    'It is obvious that the token contract was vulnerable to reentrancy.',
    'The fix was obvious once we saw the stack trace.',
    'The cause was obvious after the logs were searched for the request id.',
  ]) {
    assert.deepEqual(only(inSection(text)), [], text);
  }
});

test('"simply" before a state is not a minimised act (issue 15)', () => {
  assert.equal(only(inSection('The engineer merely had to compare the two config files.')).length, 1);
  assert.deepEqual(only(inSection('We simply did not have enough capacity in us-east-1.')), []);
});

test('"the simplest" after a person\'s "could not / failed to" minimises the work (issue 11)', () => {
  const md = inSection('The engineers could not manage the simplest of equipment failures.');
  const found = findingsOf('hindsight-minimizing', md);
  assert.deepEqual(found.map((f) => textOf(md, f)), ['could not manage the simplest']);
  const fixed = applyFix(md, found[0].fixes!.find((x) => x.preferred)!);
  assert.ok(fixed.includes('could not manage [the specific case') && !fixed.includes('simplest'), fixed);
  for (const text of ['The parser could not handle the simplest input.', 'The engineers could not find the easiest path because the links were broken.', 'The easiest fix was to restart the pod.']) {
    assert.deepEqual(findingsOf('hindsight-minimizing', inSection(text)), [], text);
  }
});

test('an obviousness adjective on a harm that happened: "a very predictable explosion" (issue 11)', () => {
  for (const text of ['The result was a very predictable explosion, with an unfortunate fatality too.', 'It was a foreseeable failure of the handover.']) {
    assert.equal(only(inSection(text)).length, 1, text);
  }
  // A property of a design, the idiom, the negation and the present stay unflagged.
  for (const text of ['The system has a predictable failure mode under load.', 'This gives us predictable latency.', 'We do not expect changes for the foreseeable future.', 'It was not a predictable failure.']) {
    assert.deepEqual(only(inSection(text)), [], text);
  }
});

test('the writer telling their own act plainly ("I simply let matters lie") minimises no one else’s difficulty (issue 11)', () => {
  assert.equal(only(inSection('In the end, I simply let matters lie.')).length, 0);
  assert.equal(only(inSection('The on-call simply restarted the wrong service.')).length, 1);
});

test('one easy look, judged after the fact; and "had to just" (issue 11)', () => {
  assert.equal(only(inSection("A simple look at this library's commit history should have been enough to ward against this.")).length, 1);
  assert.equal(only(inSection('He had to just let the yoke go forward.')).length, 1);
  assert.equal(only(inSection('A quick look at the dashboard showed the queue was growing.')).length, 0);
  assert.equal(only(inSection('A quick check of Wayback shows that the last snapshot lacks the banner, which means the page should have had an update.')).length, 0);
});


test('a minimiser in a present-tense instruction or method is not hindsight (issue 11, real writing)', () => {
  for (const s of [
    'You can lose a drive or two and still be OK, you just have to replace that drive and carry on.',
    'I think the general approach is just to check which process references deleted shared libraries.',
    "Their plans start at thousands per month, so we clearly can't afford them.",
  ]) {
    assert.deepEqual(only(inSection(s)), [], s);
  }
  for (const s of ['You just had to restart it.', 'The fix was simply to restart the consumer, yet nobody tried it for an hour.']) {
    assert.equal(only(inSection(s)).length, 1, s);
  }
});

test('a present state and the generic "you" of an instruction are not hindsight (issue 11, dev rows)', () => {
  for (const s of ['Most of them are also clearly marked as such.', 'All you have to do is run the restore script once to understand it.']) {
    assert.deepEqual(only(inSection(s)), [], s);
  }
  for (const s of ['All the on-call has to do is flip the flag.', 'All they had to do was flip the flag.', 'The dashboard clearly showed the lag climbing.']) {
    assert.equal(only(inSection(s)).length, 1, s);
  }
});

test('a manner compared or promised, obviousness that helped the response, and a closing aside in the present (stop 28)', () => {
  for (const t of [
    'We will more clearly define in our run sheet when communication should happen.',
    'We found the origin of the issue in no time since the error log was quite obvious.',
    "That doesn't help you now, obviously.",
  ]) assert.deepEqual(only(inSection(t)), [], t);
  for (const t of ['The warning signs were obvious.', 'The problem was obvious from the first alert.', 'He clearly ignored the alert.']) assert.equal(only(inSection(t)).length, 1, t);
});

test('"we just need to learn from it" is the writers\' next step, not a past act made easy (stop 28)', () => {
  assert.deepEqual(only(inSection('Our first outage showed that mirrors are viable, we just need to learn from our experience.')), []);
  for (const t of ['The on-call just needed to restart the consumer.', 'We just had to restart the consumer.']) assert.equal(only(inSection(t)).length, 1, t);
});

test('"None of this was obvious while it was happening": the subject denies the obviousness (stop 29, batch 10)', () => {
  assert.deepEqual(only(inSection('None of this was obvious while it was happening as the rate of automated alerts grew.')), []);
  assert.equal(only(inSection('The disk alert was obvious from the first page.')).length, 1);
});

test('how little the writers\' own fix took, said of a success ("We only had to polyfill … to get our workers running"), is not hindsight (stop 29, a real post-mortem)', () => {
  assert.deepEqual(only(inSection('We only had to polyfill the "fetch" event to get our workers running.')), []);
  for (const t of ['They only had to check the dashboard to get the answer.', 'We just had to look at the dashboard.']) assert.equal(only(inSection(t)).length, 1, t);
});

test('what a diagnostic step showed, or what became plain as the team dug in, is a finding, not a miss (stop 33)', () => {
  for (const t of ['We dropped the index and the results were obvious.', 'The difference was immediately obvious.', 'Reading the traces, it became obvious that most calls timed out.']) assert.deepEqual(only(inSection(t)), [], t);
  for (const t of ['The cause was obvious from the first alert.', 'It should have been obvious that the queue was backing up.']) assert.equal(only(inSection(t)).length, 1, t);
});

test('"X was clear but Y was not" sets clearness against unclearness; nothing done is judged (stop 33)', () => {
  for (const t of ['The stack trace was clear but its origin was not.', "The symptom was clear, but the trigger wasn't, so we kept looking."]) assert.deepEqual(only(inSection(t)), [], t);
  for (const t of ['It was clear from the graphs that memory was leaking, yet the on-call kept scaling up.', 'It was clear that the queue was full, but nobody drained it.']) assert.equal(only(inSection(t)).length, 1, t);
});

test('"only" in the present narrows a scope, and "only had to" of users states what a design spared them (stop 33)', () => {
  for (const t of ['If no alert reached you, you only need to rotate the keys issued in May.', 'We cached the index for our users, so they only had to download the changes.', 'Customers only had to reload the app.']) assert.deepEqual(only(inSection(t)), [], t);
  for (const t of ['The on-call only had to roll back the release.', 'They only had to read the runbook.']) assert.equal(only(inSection(t)).length, 1, t);
});

test('"clearly" before what someone had, or before "there was", infers; it reads no act in hindsight (stop 33)', () => {
  for (const t of ['The scores were low, so they clearly had an old copy of the model.', 'Clearly there was a link between the cron job and the outage.']) assert.deepEqual(only(inSection(t)), [], t);
  for (const t of ['They clearly had no idea what the flag did.', 'Clearly there were warning signs that nobody read.', 'Clearly the spike came from the new index.']) assert.equal(only(inSection(t)).length, 1, t);
});

test('"obvious to anyone / everyone" makes whoever missed it look careless, in any tense (stop 33)', () => {
  for (const t of ['It is a mistake that is obvious to anyone who has run a database.', 'The risk should be obvious to everyone by now.']) assert.equal(only(inSection(t)).length, 1, t);
  for (const t of ['It was not obvious to anyone at the time.', 'The layout is obvious to readers of the code.']) assert.deepEqual(only(inSection(t)), [], t);
});

test('a person\'s fault called obvious: "an obvious mistake", "such obvious oversights"; not denied, and not the team\'s candidate ("the obvious mistake to look for")', () => {
  for (const t of ['Leaving the flag on in production was an obvious mistake.', 'Nobody should make such obvious oversights when rotating keys.', 'In hindsight this is a rather obvious blunder by the release lead.']) {
    assert.equal(only(inSection(t)).length, 1, t);
  }
  for (const t of ['It was not an obvious mistake at the time.', 'The obvious mistake to rule out first was a stale cache.', 'The parser reported an obvious error in the manifest.', 'Returning null there looks like an obvious mistake in the old client library.']) {
    assert.deepEqual(only(inSection(t)).map((f) => f.phrase), [], t);
  }
});

test('"common sense" as the verdict or the judge of an act ("was just common sense", "common sense would have …"); not as an instruction, a lack, or denied', () => {
  for (const t of ['Draining the node before the upgrade was plain common sense.', 'Common sense would have told the operator to wait for the replica.', "That's basic common sense for anyone on call."]) {
    assert.equal(only(inSection(t)).length, 1, t);
  }
  for (const t of ['Use common sense when you name hosts.', 'The checklist does not replace common sense.', 'It was not common sense at the time that the flag was global.']) {
    assert.deepEqual(only(inSection(t)).map((f) => f.phrase), [], t);
  }
});

test('"simply" before a verb of sending word is the manner of a reply, not an act made easy: "simply sent a note", "simply replied" (stop 35)', () => {
  for (const text of ['The director simply sent a note asking for the timeline.', 'When paged, the lead simply replied that the rollback had started.']) {
    assert.deepEqual(findingsOf('hindsight-minimizing', inSection(text)), [], text);
  }
  for (const text of ['The director simply restarted the primary.', 'The engineer simply dropped the table.']) {
    assert.equal(findingsOf('hindsight-minimizing', inSection(text)).length, 1, text);
  }
});

test('"obviously / clearly" before a feeling infers how someone felt, not an act read in hindsight: "were obviously keen to know", "was clearly upset" (stop 35)', () => {
  for (const text of ['The directors were obviously very eager to hear what had gone wrong.', 'The night operator was clearly shaken by the alarm.']) {
    assert.deepEqual(findingsOf('hindsight-minimizing', inSection(text)), [], text);
  }
  for (const text of ['The night operator clearly ignored the alarm.', 'The directors were obviously hiding the timeline.']) {
    assert.equal(findingsOf('hindsight-minimizing', inSection(text)).length, 1, text);
  }
});

test('what the system showed was obvious, not a miss judged: "the `ENOSPC` error was obvious", "the pattern was so obvious"; an unnamed error still is (real post-mortems, stop 35)', () => {
  for (const text of ['Once we looked, the `stale handle` error was obvious in the logs.', 'The "timeout" error was obvious.', 'The three-services-together pattern was so obvious on the graph.', 'The warning messages were obvious.']) {
    assert.deepEqual(only(inSection(text)), [], text);
  }
  for (const text of ['The error was obvious.', 'His error was obvious.']) assert.equal(only(inSection(text)).length, 1, text);
});

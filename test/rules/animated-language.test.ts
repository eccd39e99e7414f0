// animated-language (catalogue §2.9): every phrase entry, "!!" / "?!", product names, severity
// vocabulary, quotes and blockquotes, fixes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/engine';
import { resolveConfig, type ConfigLayer } from '../../server/src/core/config';
import { ALL_RULES } from '../../server/src/core/rules/index';
import { rule } from '../../server/src/core/rules/blame/animated-language';
import { PHRASES, PRODUCT_NAMES } from '../../server/src/core/rules/blame/animated-language.phrases';
import { applyFix, findingsOf, inSection, textOf, TODAY } from '../helpers/lint';

function only(md: string, layer?: ConfigLayer) {
  const { config } = resolveConfig(layer ? [layer] : [], new Set(ALL_RULES.map((r) => r.id)));
  return lint(md, { config, today: TODAY, rules: [rule] }).findings;
}

/** A sentence in which the entry should fire, by its condition. */
function exampleFor(phrase: string, when?: string): string {
  if (when === 'interjection') return `${phrase[0].toUpperCase()}${phrase.slice(1)}, the deploy pipeline failed again for the team.`;
  if (when === 'exasperated') return `If I get paged ${phrase} for the deploy pipeline, I will scream.`;
  if (when === 'upper') return `Honestly, the ${phrase.toUpperCase()} who wrote the deploy pipeline left.`;
  if (when === 'expletive') return `Honestly, the deploy pipeline went to ${phrase} for the team.`;
  if (when === 'outburst') return `After the third page tonight for the deploy pipeline, ${phrase}.`;
  if (when === 'plural-verdict') return `Honestly, the last two deploys were ${phrase} for the team.`;
  return `Honestly, the deploy pipeline was ${phrase.replace('...', 'outage')} for the team.`;
}

for (const entry of PHRASES) {
  test(`phrase “${entry.phrase}” is flagged`, () => {
    const s = exampleFor(entry.phrase, entry.when);
    const md = inSection(s);
    const f = only(md);
    assert.equal(f.length, 1, `no finding in: ${s}`);
    assert.equal(f[0].severity, 'warning');
  });
}

for (const name of PRODUCT_NAMES) {
  test(`product name “${name}” is not flagged`, () => {
    assert.deepEqual(only(inSection(`The ${name} step ran at 10:00.`)), []);
  });
}

const FLAG: [string, string][] = [
  ['The rollback was an absolute disaster!!!', 'absolute disaster'],
  ["It's insane that nobody noticed the disk filling for six hours.", 'insane'],
  ['What a mess the deploy pipeline turned out to be.', 'What a mess'],
  ["I can't believe the backup job had been silently failing since March.", "I can't believe"],
  ['The alerting setup is a ridiculous joke.', 'ridiculous'],
  ['This was the dumbest outage we have ever had.', 'dumbest'],
  ['The whole on-call rotation was a total nightmare that night.', 'total nightmare'],
  ['Honestly, the state of the DNS tooling is crazy.', 'crazy'],
  ['The migration script is pure garbage and everyone knows it.', 'garbage'],
  ['This was the worst deploy ever.', 'worst deploy ever'],
];
for (const [s, phrase] of FLAG) {
  test(`flags: ${s}`, () => {
    const md = inSection(s);
    assert.equal(textOf(md, only(md)[0]), phrase);
  });
}

test('punctuation: "!!" and "?!" are flagged on their own span, and the fix replaces them', () => {
  const md = inSection('The cache was empty again!! Who knew?!');
  const f = only(md);
  assert.deepEqual(f.map((x) => textOf(md, x)), ['!!', '?!']);
  assert.equal(applyFix(md, f[0].fixes[0]), inSection('The cache was empty again. Who knew?!'));
  assert.equal(applyFix(md, f[1].fixes[0]), inSection('The cache was empty again!! Who knew?'));
  assert.deepEqual(only(inSection('The cache was empty again! Really?')), []);
});

test('a word and "!!" in one sentence are two findings (dns-outage L12)', () => {
  const md = inSection('It is ridiculous that one save button can do this!!');
  assert.deepEqual(only(md).map((x) => textOf(md, x)), ['ridiculous', '!!']);
});

const CLEAN = [
  'The disaster recovery runbook lists the steps for promoting the standby region.',
  'The Chaos Monkey run terminated two instances in the canary group.',
  'Sofia declared a Critical incident and opened the channel.',
  'At 03:12 someone posted "this is insane, the queue is at two million" in the channel.',
  'The JVM spent 40% of its time in garbage collection.',
  'The exports were moved to the trash folder by the cleanup job.',
  'The parser emitted garbage values for rows with a BOM.',
  'The log said `WTF: unexpected state` at 10:01.',
];
for (const s of CLEAN) test(`clean: ${s}`, () => assert.deepEqual(only(inSection(s)).map((f) => textOf(inSection(s), f)), []));

test('"catastrophe" naming the event is a severity name, not a verdict (catalogue §2.9)', () => {
  assert.deepEqual(only(inSection('The new limits prevent such a catastrophe from recurring.')), []);
  assert.deepEqual(only(inSection('A catastrophe was averted when the standby took over.')), []);
  assert.equal(only(inSection('Honestly, the cutover was a catastrophe.')).length, 1);
});

test('blockquoted chat is never analysed', () => {
  assert.deepEqual(only(inSection('> is it DNS?! this is insane!!')), []);
});

test('a configured severity scale word is not animated ("Catastrophic")', () => {
  const layer = { severity: { values: ['Catastrophic', 'Major', 'Minor'] } };
  assert.deepEqual(only(inSection('The impact on customers was Catastrophic.'), layer), []);
  assert.equal(only(inSection('The impact on customers was catastrophic.')).length, 1);
});

test('"catastrophic" naming an event\'s size is a severity name; on a person\'s act it judges (catalogue §2.9, real post-mortems)', () => {
  assert.deepEqual(only(inSection('We declared a catastrophic incident at 09:30.')), []);
  assert.deepEqual(only(inSection('The bug allowed a catastrophic infinite-mint event.')), []);
  assert.equal(only(inSection('The administrator realised his catastrophic mistake too late.')).length, 1);
});

test('fix: delete an adjective, or replace a noun phrase with a metric placeholder', () => {
  const md = inSection('The state of the DNS tooling is crazy.');
  assert.equal(applyFix(md, only(md)[0].fixes[0]), inSection('The state of the DNS tooling is [metric: e.g. N users / M minutes].'));
  const md3 = inSection('This was the dumbest outage we have ever had.');
  assert.equal(applyFix(md3, only(md3)[0].fixes[0]), inSection('This was the outage we have ever had.'));
  const md2 = inSection('The rollback was a total nightmare.');
  const fix = only(md2)[0].fixes[0];
  assert.ok(fix.preferred && !fix.safe);
  assert.equal(applyFix(md2, fix), inSection('The rollback was a [metric: e.g. N users / M minutes].'));
});

test('allow list and extra phrases', () => {
  assert.equal(findingsOf('animated-language', inSection('The tooling is crazy.'), { config: { language: { allowPhrases: ['crazy'] } } }).length, 0);
  assert.equal(only(inSection('The release was bonkers.'), { language: { extraPhrases: { 'animated-language': ['bonkers'] } } }).length, 1);
});

test('the message names the trap and quotes the phrase', () => {
  const md = inSection('The rollback was a total nightmare.');
  const [f] = only(md);
  assert.match(f.message, /^Animated language: /);
  assert.ok(f.message.includes(`“${textOf(md, f)}”`));
});

test('outbursts: "Seriously, …" opening a sentence, exasperation in the first person (issue 11)', () => {
  for (const text of ['Seriously, if I get paged one more time for this I am quitting.', 'I am sick of cleaning up after the data team.', 'How many times do we have to fix the same certificate?']) {
    assert.ok(only(inSection(text)).length >= 1, text);
  }
  for (const text of ['Seriously degraded performance affected 30% of requests.', 'The job retried one more time and succeeded.', 'How many times the job retried is in the log.']) {
    assert.deepEqual(only(inSection(text)), [], text);
  }
});

test('masked profanity is profanity; addresses and channel names are not (issue 11)', () => {
  assert.equal(only(inSection('Sh*t happens, and all that.')).length, 1);
  assert.equal(only(inSection('She admits she f----d up.')).length, 1);
  for (const text of ['Mail security@pypi.org or ask in infra#ops.', 'The platform-alerts@ list was archived.']) {
    assert.deepEqual(only(inSection(text)), [], text);
  }
});

test('an emotive word denied is not emotive: "nothing … crazy", "hardly crazy" (issue 11, batch 3)', () => {
  for (const text of ['I saw nothing unbelievable or crazy in that clip.', 'That is hardly crazy.']) {
    assert.equal(findingsOf('animated-language', inSection(text)).length, 0, text);
  }
  assert.equal(findingsOf('animated-language', inSection('The rollout was crazy.')).length > 0, true);
});

test('hell as a place of suffering in hyperbole: "the morning from hell", "18 hours of hell", "sure as hell" (issue 11)', () => {
  for (const text of [
    "Here's what 18 hours of hell taught us about disaster recovery.",
    'This has been the Wednesday morning from hell.',
    'I’ve had more than my fair share of on-call rotations from hell over the years.',
    "I'd sure as hell lose a lot of respect.",
  ]) {
    const md = inSection(text);
    assert.deepEqual(only(md).map((f) => textOf(md, f)), ['hell'], text);
  }
  for (const text of [
    "The team met at Hell's Kitchen for the offsite.",
    'A hell-bent process owner pushed the timeline.',
    'The town of Hell, Michigan, lost power in the storm.',
    'The vendor\'s status page said "the deploy from hell" in jest.',
  ]) assert.deepEqual(only(inSection(text)).map((f) => textOf(inSection(text), f)), [], text);
});

test('"total failure" of a component is a description, a verdict only on the work (issue 11, batch 5 dev)', () => {
  assert.deepEqual(only(inSection('A component in the UPS failed, which might have caused the total failure in the UPS.')), []);
  assert.equal(only(inSection('Honestly, the migration was a total failure.')).length, 1);
});

test('"mess up" is the verb, not the noun "a mess" (issue 11, dev rows)', () => {
  assert.deepEqual(only(inSection("It's inevitable that you'll mess up pretty badly at some point.")), []);
  assert.equal(only(inSection('The rollout was a mess.')).length, 1);
  assert.equal(only(inSection('What a mess up there.')).length, 1);
});

test('"train wreck" is a verdict on the work, not the wreck of a train (issue 11, batch 6 dev)', () => {
  assert.deepEqual(only(inSection('The NTSB adopted its findings about the train wreck I was in.')), []);
  assert.equal(only(inSection('The rollout was a train wreck.')).length, 1);
});

test('more profanity, masked with underscores too (issue 11, batch 6 dev)', () => {
  for (const s of ['I spent the entire goddamned day making a new build.', 'Pretty big balls up, but it happens.', 'They told the management to f__k off.']) {
    assert.equal(only(inSection(s)).length, 1, s);
  }
});

test('"it sucks it happened", "I know that sucks": empathy about the event; "the tool sucks" is a verdict (stop 28)', () => {
  for (const t of ["It'll be fixed, it sucks it happened, but it will be fixed.", "We're sorry, I know that sucks."]) assert.deepEqual(findingsOf('animated-language', inSection(t)), [], t);
  for (const t of ['The new deploy tool sucks.', 'Frankly it sucks!', 'It sucks, but it still does.']) assert.equal(findingsOf('animated-language', inSection(t)).length, 1, t);
});

test('"I quit" as an outburst ends the sentence; "I quit that job" tells what happened; an existential "total failure" and "disaster management" are not verdicts (stop 29, batch 10)', () => {
  for (const t of ['I quit that job months after starting.', 'Applying hard-learned lessons to a total disaster management program just makes sense.', 'Unfortunately, there was a total failure on both the telecom side and the IP side.']) {
    assert.deepEqual(only(inSection(t)), [], t);
  }
  for (const t of ['After the third page tonight, I quit.', 'The rollout was a total failure.', 'The migration was a total disaster.']) assert.equal(only(inSection(t)).length, 1, t);
});

test('an impact weighed ("would\'ve been catastrophic at scale") and what failed named after "failure" ("a complete failure of the file system") are not verdicts (stop 29, batch 11)', () => {
  for (const t of ["Would've been catastrophic at scale.", 'The end-result was a complete failure of the file system, rendering all data inaccessible.']) assert.deepEqual(only(inSection(t)), [], t);
  for (const t of ['The launch was catastrophic.', 'The rollout was a complete failure.']) assert.equal(only(inSection(t)).length, 1, t);
});

test('"!!" of relief or thanks is no verdict; of frustration or shouting it is (real threads, stop 30)', () => {
  for (const s of ['It works now!!!', 'Thanks everyone for the quick help!!']) {
    assert.deepEqual(findingsOf('animated-language', inSection(s)), [], s);
  }
  for (const s of ['Nothing works!!', "It still isn't fixed!!", 'THE BUILD IS BROKEN AGAIN!!!']) {
    assert.equal(findingsOf('animated-language', inSection(s)).length, 1, s);
  }
});

test('a negation of the verb does not clean a profane word; a denied verdict stays denied (real threads, stop 30)', () => {
  for (const s of ["We're glad Facebook didn't try this shitty practice.", 'Never mind the crappy networking framework.']) {
    assert.equal(findingsOf('animated-language', inSection(s)).length, 1, s);
  }
  for (const s of ['It was not a total disaster.', "It's not crap."]) {
    assert.deepEqual(findingsOf('animated-language', inSection(s)), [], s);
  }
});

test('punctuation: three or more question marks are exasperation like "?!", replaced by one; a doubled or single "?" is a question (issue 11)', () => {
  const md = inSection('You shipped it without a canary???');
  const f = only(md);
  assert.deepEqual(f.map((x) => textOf(md, x)), ['???']);
  assert.match(f[0].message, /makes the review sound like a verdict/);
  assert.equal(applyFix(md, f[0].fixes![0]), inSection('You shipped it without a canary?'));
  for (const s of ['Would the new alert have fired earlier??', 'Did the restore finish before the cutover?']) {
    assert.deepEqual(only(inSection(s)), [], s);
  }
});

test('punctuation: question marks standing alone are a placeholder for something unknown, not exasperation (real reports)', () => {
  for (const s of ['[???] IOPS reached a critical point.', 'JupyterLab has hit the 500 user limit and is ?????', 'After returning to working order, ????']) {
    assert.deepEqual(only(inSection(s)), [], s);
  }
  assert.equal(only(inSection('what gives??? and that sound was the page falling over again')).length, 1);
});

test('the verdict nouns in the plural keep the singular\'s conditions; "utter" intensifies as "total" does', () => {
  for (const t of ['Please stop leaving these messes in the shared cluster.', 'Both cutovers were disasters.', 'The last two launches were utter catastrophes.', 'That migration was an utter failure.']) {
    assert.equal(only(inSection(t)).length, 1, t);
  }
  for (const t of ['She messes with the sampling rate every quarter.', 'The disasters of 2011 shaped the failover plan.', 'The runbook covers natural disasters in the region.', 'Readers replied with their own on-call nightmares.']) {
    assert.deepEqual(only(inSection(t)).map((f) => f.phrase), [], t);
  }
});

test('profanity in its minced and spoken spellings, and madness as a noun, are animated', () => {
  for (const t of ['Just file the freakin change request.', 'That reply from the vendor was bollocks.', 'Restarting every pod at once was madness.']) {
    assert.equal(only(inSection(t)).length, 1, t);
  }
  assert.deepEqual(only(inSection('The director called me, freaking out about the invoices.')), []);
  assert.deepEqual(only(inSection('The kernel challenge was a fine start for your descent into madness.')), []);
});

test('a hellscape is hell in hyperbole', () => {
  assert.equal(only(inSection('The on-call handover turned into a hellscape of pages.')).length, 1);
});

test('a minced oath intensifying praise ("freaking awesome") is no outburst; intensifying a complaint it still is (stop 34, new docs)', () => {
  assert.deepEqual(findingsOf('animated-language', inSection('The new lab machines look freaking awesome.')), []);
  assert.deepEqual(findingsOf('animated-language', inSection('The retro was friggin great.')), []);
  assert.equal(findingsOf('animated-language', inSection('This freaking deploy script broke again.')).length, 1);
});

test('a transcript line whose speaker is a role is a chat line, not the report\'s wording (catalogue §1.4 chat-line, stop 35)', () => {
  assert.deepEqual(findingsOf('animated-language', inSection('Support Engineer: what a mess, the queue is full again')), []);
  assert.equal(findingsOf('animated-language', inSection('Summary: what a mess, the queue is full again')).length, 1);
});

test('"garbage collected" after a copula is the runtime term, and a joke told is no verdict (catalogue §2.9 product-name guard; dev documents, stop 35)', () => {
  for (const text of ['The old sessions were garbage collected before the cache filled.', 'Over lunch she cracked a quick joke about the pager.', 'He told jokes about the migration at the offsite.']) {
    assert.deepEqual(findingsOf('animated-language', inSection(text)), [], text);
  }
  for (const text of ['The retry logic was garbage.', 'The rollout checklist was a joke.']) {
    assert.equal(findingsOf('animated-language', inSection(text)).length, 1, text);
  }
});

test('a severity word in the superlative ranks events ("one of the most disastrous upgrades we have run") and is no verdict (catalogue §2.9 severity guard, stop 35)', () => {
  assert.deepEqual(findingsOf('animated-language', inSection('It remains one of the most disastrous upgrades in the history of the cluster.')), []);
  assert.deepEqual(findingsOf('animated-language', inSection('Which was the most catastrophic config change you have seen?')), []);
  assert.equal(findingsOf('animated-language', inSection('The upgrade was disastrous for the cluster.')).length, 1);
  assert.equal(findingsOf('animated-language', inSection('Her catastrophic error emptied the queue.')).length, 1);
});

test('a catastrophic failure of a named part is the engineering term, as "a complete failure of the file system" is (catalogue §2.9 severity guard, stop 35)', () => {
  assert.deepEqual(findingsOf('animated-language', inSection('The outage was a catastrophic failure of the RAID controller.')), []);
  assert.equal(findingsOf('animated-language', inSection('The launch was a catastrophic failure.')).length, 1);
});

test('a joke someone told is not a verdict: "made a little joke about it", "a running joke"; "the process is a joke" and "made the process a joke" are (stop 35)', () => {
  for (const text of ['Over lunch the lead made a small joke about the pager.', 'The flaky test became a running joke in the channel.', 'He cracked a joke to lighten the bridge call.']) {
    assert.deepEqual(findingsOf('animated-language', inSection(text)), [], text);
  }
  for (const text of ['The change review is a joke.', 'They made the sign-off step a joke.', 'What a joke.']) {
    assert.equal(findingsOf('animated-language', inSection(text)).length, 1, text);
  }
});

test('a superlative of an event\'s size ranks it, a severity compared: "one of the most disastrous outages", "the most catastrophic"; the word as a verdict is still reported (stop 35)', () => {
  for (const text of ['The region loss was one of the most disastrous failures in the platform\'s history.', 'Which was the most catastrophic release of the year?']) {
    assert.deepEqual(findingsOf('animated-language', inSection(text)), [], text);
  }
  for (const text of ['The cutover was disastrous.', 'Her catastrophic mistake took the cluster down.']) {
    assert.equal(findingsOf('animated-language', inSection(text)).length, 1, text);
  }
});

test('a practice name after a copula is no verdict: "the object is garbage collected"; "the dashboard is garbage" is (stop 35)', () => {
  assert.deepEqual(findingsOf('animated-language', inSection('The socket stays open even after the client object is garbage collected.')), []);
  assert.equal(findingsOf('animated-language', inSection('The retry wrapper is garbage.')).length, 1);
});

test('a hyphenated compound with a profane part is profanity: "went arse-over-tit", "a half-arsed fix", "piss-poor"; not "kick-ass" or "hell-bent" (stop 35)', () => {
  for (const text of ['Then the router went arse-over-tit.', 'It was a half-arsed fix.', 'The handover notes were piss-poor.']) {
    assert.equal(findingsOf('animated-language', inSection(text)).length, 1, text);
  }
  for (const text of ['The team shipped a kick-ass dashboard.', 'The job was hell-bent on retrying.']) {
    assert.deepEqual(findingsOf('animated-language', inSection(text)), [], text);
  }
});

test('a profane word drawn out for emphasis is the same word: "Oh shiiit", "Fuuuck"; not "shiitake" (stop 35)', () => {
  for (const text of ['Oh shiiit, the replica is gone.', 'Fuuuck, the disk filled again.']) {
    assert.equal(findingsOf('animated-language', inSection(text)).length, 1, text);
  }
  assert.deepEqual(findingsOf('animated-language', inSection('The team ordered shiitake ramen after the cutover.')), []);
});

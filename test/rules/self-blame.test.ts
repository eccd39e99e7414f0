// self-blame (catalogue §2.14): every phrase entry, the apology guard, info, off in customer-facing sections.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/engine';
import { resolveConfig } from '../../server/src/core/config';
import { ALL_RULES } from '../../server/src/core/rules/index';
import { rule } from '../../server/src/core/rules/blame/self-blame';
import { PHRASES } from '../../server/src/core/rules/blame/self-blame.phrases';
import { inSection, lintMd, textOf, TODAY } from '../helpers/lint';

function only(md: string) {
  const { config } = resolveConfig([], new Set(ALL_RULES.map((r) => r.id)));
  return lint(md, { config, today: TODAY, rules: [rule] }).findings;
}

for (const entry of PHRASES) {
  test(`phrase “${entry.phrase}” is flagged`, () => {
    const s = entry.when === 'incident-object' ? `I was ${entry.phrase} for the outage.` : entry.when === 'own' ? `Honestly, we take ${entry.phrase} for the renewal.` : `Honestly, ${entry.phrase} on the renewal.`;
    const f = only(inSection(s));
    assert.equal(f.length, 1, s);
    assert.equal(f[0].severity, 'info');
  });
}

const FLAG = [
  'I was solely responsible for the outage and I take full ownership of it.',
  'We dropped the ball on the certificate renewals.',
  'This was entirely our fault as a platform team.',
  'We screwed up the migration and there is no excuse for it.',
  'The database team takes full blame for the lost orders.',
];
for (const s of FLAG) test(`flags: ${s}`, () => assert.equal(only(inSection(s)).length, 1));

const CLEAN = [
  'We are sorry for the disruption this caused to your team.',
  'We apologise to everyone whose orders were delayed on Tuesday.',
  'To our customers: we are sorry, and this document explains what we are changing.',
  'The incident commander is solely responsible for external communication.',
  'This was not anyone\'s fault; the console saved the whole record set.',
  'It was nobody\'s fault and not our fault alone.',
];
for (const s of CLEAN) test(`clean: ${s}`, () => assert.deepEqual(only(inSection(s)).map((f) => textOf(inSection(s), f)), []));

test('off in customer-facing sections, info elsewhere', () => {
  assert.deepEqual(only(inSection('We dropped the ball on the renewals, and we are sorry.', 'Customer Communication')), []);
  assert.equal(only(inSection('We dropped the ball on the renewals.', 'Key Learnings'))[0].severity, 'info');
  assert.ok(only(inSection('We dropped the ball on the renewals.'))[0].prompts?.length);
});

test('with the whole rule set the sentence is reported once (overlap order)', () => {
  const f = lintMd(inSection('We dropped the ball on the certificate renewals.')).findings.filter((x) => x.category === 'blame');
  assert.equal(f.length, 1);
});

test('the message names the trap and quotes the phrase', () => {
  const md = inSection('We dropped the ball on the renewals.');
  const [f] = only(md);
  assert.match(f.message, /^Self-blame: /);
  assert.ok(f.message.includes(`“${textOf(md, f)}”`));
});

test('a hypothetical "if we are at fault" is not an admission (issue 11)', () => {
  assert.equal(only(inSection('If we are at fault, then we blame to deflect.')).length, 0);
  assert.equal(only(inSection('We are at fault for the missed renewal.')).length, 1);
});

test('"who takes the blame" asks who will be blamed; it takes no blame (issue 11)', () => {
  assert.equal(only(inSection('When things go wrong, the standard management strategy is to decide who takes the blame.')).length, 0);
  assert.equal(only(inSection('I take the blame for the outage.')).length, 1);
});

test('"full responsibility" taken by the writers, or the reader told to take it; not someone else\'s, reported (issue 11, batch 6 dev)', () => {
  const own = (text: string) => only(inSection(text));
  for (const t of ['We take full responsibility for the outage.', 'Accept the full responsibility and thank your senior.']) assert.equal(own(t).length, 1, t);
  for (const t of ['Their statement took full responsibility without conditions.', 'They take full responsibility.']) assert.deepEqual(own(t), [], t);
});

test('"no excuses" like "no excuse"; "we were wrong" about a belief is a correction (stop 28)', () => {
  assert.equal(only(inSection('There are no excuses for this.')).length, 1);
  assert.deepEqual(only(inSection('We thought this solved the issue, but we were wrong.')), []);
});

test('the writer\'s own fault noun, owned, is self-blame; learning from mistakes and technical compounds are not (stop 30)', () => {
  for (const [s, flagged] of [
    ['It was my mistake guys, sorry about that.', 'my mistake'],
    ['Our oversight was assuming the cache was warm.', 'Our oversight'],
  ]) {
    assert.deepEqual(only(inSection(s)).map((f) => textOf(inSection(s), f)), [flagged], s);
  }
  for (const s of ['We learn from our mistakes.', 'That was not my mistake.', 'Our error budget was spent by noon.', 'My mistake message was unclear.']) {
    assert.deepEqual(only(inSection(s)).map((f) => textOf(inSection(s), f)), [], s);
  }
});

test('the owned fault nouns in their other spellings: "my screw up", "our fuck-up", "my cock-up"; not learned from (stop 35)', () => {
  for (const text of ['I wrote to the whole team explaining my screw up.', 'The lost batch was our fuck-up.']) {
    assert.equal(only(inSection(text)).length, 1, text);
  }
  assert.deepEqual(only(inSection('We learned a lot from our screw up.')), []);
});

test('full responsibility and penance in idiom: "the buck stops with us", "to atone for my …"; not the buck put on someone else (stop 35)', () => {
  for (const text of ['We picked the vendor, so the buck stops with us.', 'To atone for my part in it, I wrote the runbook over the weekend.']) {
    assert.equal(only(inSection(text)).length, 1, text);
  }
  assert.deepEqual(only(inSection('The buck stops with the release manager, per the charter.')), []);
});

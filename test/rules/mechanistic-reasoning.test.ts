// mechanistic-reasoning (catalogue §2.13): every phrase entry as a cause, the system-gap guard, info severity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/engine';
import { resolveConfig } from '../../server/src/core/config';
import { ALL_RULES } from '../../server/src/core/rules/index';
import { rule } from '../../server/src/core/rules/blame/mechanistic-reasoning';
import { PHRASES, CAUSE_AFTER, CAUSE_BEFORE } from '../../server/src/core/rules/blame/mechanistic-reasoning.phrases';
import { applyFix, inSection, textOf, TODAY } from '../helpers/lint';

function only(md: string) {
  const { config } = resolveConfig([], new Set(ALL_RULES.map((r) => r.id)));
  return lint(md, { config, today: TODAY, rules: [rule] }).findings;
}

for (const entry of PHRASES) {
  test(`phrase “${entry.phrase}” is flagged after "due to" and before "led to"`, () => {
    const a = inSection(`Due to ${entry.phrase} with the console, the engineer selected the wrong region.`);
    const b = inSection(`The new hire's ${entry.phrase} about the queue led to the purge.`);
    assert.equal(only(a).length, 1, textOf(a, { start: 0, end: a.length }));
    assert.equal(only(b).length, 1, textOf(b, { start: 0, end: b.length }));
    assert.equal(only(a)[0].severity, 'info');
  });
  test(`phrase “${entry.phrase}” alone, not as a cause, is not flagged`, () => {
    assert.deepEqual(only(inSection(`The survey asked about ${entry.phrase} in general.`)), []);
  });
}

for (const c of CAUSE_BEFORE) {
  test(`cause connector before: “${c}”`, () => assert.equal(only(inSection(`The on-call restarted the primary ${c} inexperience.`)).length, 1));
}
for (const c of CAUSE_AFTER) {
  test(`cause verb after: “${c}”`, () => assert.equal(only(inSection(`Inexperience ${c} the wrong restart.`)).length, 1));
}

const FLAG = [
  'Due to unfamiliarity with the new console, the engineer selected the wrong region.',
  'A lack of training caused the responder to restart the primary instead of the replica.',
  "The new hire's lack of knowledge about queue semantics led to the purge.",
  'Because of inexperience, the on-call misread the latency dashboard.',
  "The engineer's limited understanding of DNS caused the misconfigured record.",
];
for (const s of FLAG) test(`flags: ${s}`, () => assert.equal(only(inSection(s)).length, 1));

const CLEAN = [
  'The runbook does not describe the new console, which was released two days before the incident.',
  'A lack of training material for the new console led to guesswork during the restore.',
  'Lack of knowledge sharing between the two teams led to duplicate alerts.',
  'Nobody outside the network team knew how to read the provider audit log.',
];
for (const s of CLEAN) test(`clean: ${s}`, () => assert.deepEqual(only(inSection(s)).map((f) => textOf(inSection(s), f)), []));

test('the fix asks what made the situation hard to read, replacing only the flagged phrase', () => {
  const md = inSection('Because of inexperience, the on-call misread the latency dashboard.');
  const [f] = only(md);
  assert.equal(textOf(md, f), 'Because of inexperience');
  assert.match(applyFix(md, f.fixes[0]), /\[what made the situation hard to read[^\]]*\], the on-call misread/);
});

test('the message names the trap and quotes the phrase', () => {
  const md = inSection('Because of inexperience, the on-call misread the dashboard.');
  const [f] = only(md);
  assert.match(f.message, /^Mechanistic reasoning: /);
  assert.ok(f.message.includes(`“${textOf(md, f)}”`));
});

test('a person labelled by a knowledge deficit, as a fragment: "Operator unfamiliar with procedure." (issue 11)', () => {
  for (const [text, span] of [
    ['Operator unfamiliar with procedure.', 'Operator unfamiliar with'],
    ['Pilots who don\'t understand the finer points of the automation in their aircraft.', 'Pilots who don\'t understand'],
  ] as const) {
    const md = inSection(text);
    const found = only(md);
    assert.deepEqual(found.map((f) => textOf(md, f)), [span], text);
    assert.match(found[0].message, /Mechanistic reasoning/, text);
    assert.match(applyFix(md, found[0].fixes!.find((x) => x.preferred)!), /\[what made the situation hard to read/, text);
  }
  // Full sentences about what someone knew, advice, and things: no label.
  for (const text of [
    'The on-call was unaware of the migration.',
    'Engineers who don\'t know the system should ask in #help.',
    'Engineers unfamiliar with the runbook can follow the linked checklist.',
    'Services unaware of the new endpoint.',
  ]) {
    assert.deepEqual(only(inSection(text)).map((f) => textOf(inSection(text), f)), [], text);
  }
});

test('a person\'s own deficit offered as the cause, and a deficit put in a team as a fragment (issue 11)', () => {
  for (const [text, span] of [
    ["The outage happened because of the new hire's inexperience with Kubernetes.", "the new hire's inexperience"],
    ['A 66-year-old pilot blamed his own inexperience when he crash-landed.', 'his own inexperience'],
    ['Lack of deeper understanding of Kubernetes components in the team', 'Lack of deeper understanding'],
  ] as const) {
    const md = inSection(text);
    const found = only(md);
    assert.deepEqual(found.map((f) => textOf(md, f)), [span], text);
    assert.match(applyFix(md, found[0].fixes!.find((x) => x.preferred)!), /\[what made the situation hard to read/, text);
  }
  for (const text of [
    'He mentioned his inexperience with Kafka during the review.',
    "The tool's limited knowledge base caused confusion.",
    'Lack of training material for the team.',
    "Lack of monitoring in the team's clusters.",
    'The team had a limited understanding of DNS.',
    'Lack of deeper understanding of the cache is not the cause.',
  ]) {
    assert.deepEqual(only(inSection(text)).map((f) => textOf(inSection(text), f)), [], text);
  }
});

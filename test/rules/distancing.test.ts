// distancing (catalogue §2.10): every phrase entry, config-comparison and other guards, the fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/engine';
import { resolveConfig, type ConfigLayer } from '../../server/src/core/config';
import { ALL_RULES } from '../../server/src/core/rules/index';
import { rule } from '../../server/src/core/rules/blame/distancing';
import { PHRASES } from '../../server/src/core/rules/blame/distancing.phrases';
import type { PhraseEntry } from '../../server/src/core/rules/blame/phrase-rule';
import { applyFix, inSection, textOf, TODAY } from '../helpers/lint';

function only(md: string, layer?: ConfigLayer) {
  const { config } = resolveConfig(layer ? [layer] : [], new Set(ALL_RULES.map((r) => r.id)));
  return lint(md, { config, today: TODAY, rules: [rule] }).findings;
}

function exampleFor(e: PhraseEntry): string {
  const p = e.phrase;
  switch (e.when) {
    case 'here':
      return `A mistake like that ${p} here.`;
    case 'we-never':
      return p === "we'd never" ? "We'd never deploy without a canary." : `Our engineers ${p} deploy without a canary.`;
    case 'group-next':
      return `This is ${p} the weekend crew owns the pipeline.`;
    case 'group-subj':
      return `The other squad is ${p} cutting corners.`;
    case 'group-inside':
      return `${p.replace('...', 'team without code review').replace(/^./, (c) => c.toUpperCase())} ship something like this.`;
    case 'group-around':
      return `Our team takes reviews ${p} the payments team does.`;
    case 'unlike-our':
      return 'Unlike the mobile group, our engineers always run the canary.';
    default:
      return `Honestly, ${p.replace('...', 'edge team')} in this case.`;
  }
}

for (const entry of PHRASES) {
  test(`phrase “${entry.phrase}” is flagged`, () => {
    const s = exampleFor(entry);
    const f = only(inSection(s));
    assert.equal(f.length, 1, `no finding in: ${s}`);
    assert.equal(f[0].severity, 'warning');
  });
}

const FLAG = [
  'A mistake like that could not happen with our deployment process.',
  'Our team takes schema changes far more seriously than the payments team does.',
  'Our engineers would never deploy without a canary, unlike the mobile group.',
  "That's typical of the weekend crew; they never read the handover notes.",
  'This is just what happens when the offshore team owns the pipeline.',
  'Only a team without code review would ship something like this.',
  'The other squad is known for cutting corners, so this was no surprise.',
  'Our own certificates are managed properly, so this is a problem for the edge team alone.',
  'Our on-call would never skip the canary, unlike the release team.',
  "That's their problem, not ours.",
  'The Berlin office is always like that with change requests.',
];
for (const s of FLAG) test(`flags: ${s}`, () => assert.equal(only(inSection(s)).length, 1));

const CLEAN = [
  'Unlike the iOS build, the Android build pins the analytics SDK to an exact version.',
  'The staging cluster runs three brokers, whereas production runs nine.',
  'Our secondary DNS provider caches negative answers for an hour; the primary caches them for five minutes.',
  'Compared with last year\'s incident, detection took 6 minutes instead of 40.',
  'Unlike eu-central, ap-south has a single NAT gateway.',
  'We do not deploy on Fridays.',
  'We would never have known without the synthetic check.',
  'We would not see the alert, because it went to an archived list.',
  'This is what happens when the cache expires before the origin recovers.',
  'The library is known for slow cold starts.',
  'The retry loop is always like that under load.',
  'The new validator is far more careful than the old regex.',
  'Their problem was a missing index on the orders table.',
  'We would not normally deploy during the freeze.',
  'Given the same dashboards, most responders would have made the same call.',
];
for (const s of CLEAN) test(`clean: ${s}`, () => assert.deepEqual(only(inSection(s)).map((f) => textOf(inSection(s), f)), []));

test('the dns-outage sentence: span on the claim, fix offers the comparison prompt', () => {
  const md = inSection('Our SRE team would never make this kind of change by hand, so this is a problem for the network group alone.');
  const f = only(md);
  assert.equal(f.length, 1);
  assert.equal(textOf(md, f[0]), 'Our SRE team would never make');
  assert.deepEqual(f[0].prompts, ['Which conditions here resemble theirs?']);
  const fix = f[0].fixes[0];
  assert.ok(fix.preferred && !fix.safe);
  assert.ok(applyFix(md, fix).includes('[Which conditions here resemble theirs?] this kind of change'));
});

test('the message names the trap and quotes the phrase', () => {
  const md = inSection('That could never happen here.');
  const [f] = only(md);
  assert.match(f.message, /^Distancing through differencing: /);
  assert.ok(f.message.includes(`“${textOf(md, f)}”`));
});

test('"typical of" an activity classifies issues by situation, not by a group of people (a real post-mortem, stop 35)', () => {
  const only = (md: string) => lint(md, { config: resolveConfig([], new Set(ALL_RULES.map((r) => r.id))).config, today: TODAY, rules: [rule] }).findings;
  assert.deepEqual(only(inSection('We hit six first-contact issues typical of onboarding new infrastructure.')), []);
  assert.equal(only(inSection('That kind of mistake is typical of the weekend crew.')).length, 1);
});

// folk-model-label (catalogue §2.11): every phrase entry, awareness-goal and system-subject guards, the fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/engine';
import { resolveConfig, type ConfigLayer } from '../../server/src/core/config';
import { ALL_RULES } from '../../server/src/core/rules/index';
import { rule, REWRITE } from '../../server/src/core/rules/blame/folk-model-label';
import { PHRASES } from '../../server/src/core/rules/blame/folk-model-label.phrases';
import { applyFix, inSection, textOf, TODAY } from '../helpers/lint';

function only(md: string, layer?: ConfigLayer) {
  const { config } = resolveConfig(layer ? [layer] : [], new Set(ALL_RULES.map((r) => r.id)));
  return lint(md, { config, today: TODAY, rules: [rule] }).findings;
}

for (const entry of PHRASES) {
  test(`phrase “${entry.phrase}” is flagged`, () => {
    const s = entry.when === 'person' ? `The responder ${entry.phrase} during the second page.` : entry.when === 'distracted' ? `The ${entry.phrase} responder missed the second page.` : `By the third page, ${entry.phrase} set in for the responder.`;
    const md = inSection(s);
    const f = only(md);
    assert.equal(f.length, 1, `no finding in: ${s}`);
    assert.equal(textOf(md, f[0]).toLowerCase(), entry.phrase);
  });
}

test('"distracted" names a folk label only without its cause', () => {
  assert.equal(only(inSection('The review found that a distracted engineer approved the change.')).length, 1);
  assert.equal(only(inSection('The on-call was distracted by a second page from the payments queue.')).length, 0);
});

const FLAG = [
  'Somewhere around the third page, the on-call lost situational awareness.',
  'A lapse in judgment led to the change being merged.',
  'Inattention by the reviewer let the bad config through.',
  'The team had become complacent about certificate renewals.',
  'There was a loss of situation awareness in the incident channel once the second alert fired.',
  'A lack of vigilance on the night shift allowed the backlog to grow.',
  'The analyst wasn\'t focused when approving the pipeline change.',
  'Complacency had crept into the certificate process.',
  'Sofia was not paying attention to the #netops channel.',
  'Nobody was paying attention to the disk graph.',
  // Stop 31, shapes of dev rows: a role that also names software is a person when distracted; an
  // adverb or a coordinated state between; "distracted from" names what, not why; lost concentration.
  'The driver was distracted, the investigation found.',
  'The operator was momentarily distracted from the checklist.',
  'The controller may have been tired or distracted during the handover.',
  'The signaller lost concentration during the night shift.',
];
for (const s of FLAG) test(`flags: ${s}`, () => assert.equal(only(inSection(s)).length, 1));

const CLEAN = [
  'Add a shared incident timeline panel to support situation awareness across responders in different time zones.',
  'Situational awareness tooling for the incident channel is on the roadmap for next quarter.',
  'The incident commander role exists to keep situational awareness for the whole response, so the IC takes no hands-on tasks.',
  'A pinned status message keeps situational awareness for people joining the bridge.',
  'The alert drew attention to the wrong cluster.',
  'The ticket was moved to "needs attention" at 10:02.',
  'The dashboard was not focused on the replica lag.',
  'We avoid calling this complacency: the renewal alert went to an archived list.',
  'The operator was distracted from the checklist by a second alarm.',
  'The controller was distracted while giving directions to another flight.',
];
for (const s of CLEAN) test(`clean: ${s}`, () => assert.deepEqual(only(inSection(s)).map((f) => textOf(inSection(s), f)), []));

test('warning, with the Cues prompts and the "what was being looked at" rewrite of the label only', () => {
  const md = inSection('Complacency: we had not had a DNS incident in three years.');
  const [f] = only(md);
  assert.equal(f.severity, 'warning');
  assert.deepEqual(f.prompts, ['What were you focusing on?', 'Where was the signal shown?']);
  assert.equal(textOf(md, f), 'Complacency');
  assert.equal(applyFix(md, f.fixes[0]), inSection(`${REWRITE}: we had not had a DNS incident in three years.`));
});

test('timeline Decision cells are analysed', () => {
  const md = `# Post-Mortem: t\n\n## Timeline of Events\n\n| Time | Event | Information Available | Decision/Action Taken |\n|---|---|---|---|\n| 09:31 | Sofia checks the load balancers | Health checks green | Sofia lost situational awareness and spent 20 minutes on the config |\n`;
  assert.equal(textOf(md, only(md)[0]), 'lost situational awareness');
});

test('the message names the trap and quotes the phrase', () => {
  const md = inSection('Complacency had crept into the certificate process.');
  const [f] = only(md);
  assert.match(f.message, /^Folk-model label: /);
  assert.ok(f.message.includes(`“${textOf(md, f)}”`));
});

test('attention lost as a person\'s: "the driver\'s focus was diverted", "lost his bearings", "the distracted driver" (issue 11)', () => {
  for (const [text, span] of [
    ['This was because the driver\'s focus was diverted from the previous signals.', 'the driver\'s focus was diverted'],
    ['The engineer lost his bearings shortly before the curve.', 'The engineer lost his bearings'],
    ['Her attention had lapsed during the handover.', 'Her attention had lapsed'],
    ['The report found a distracted driver sped through a red signal.', 'distracted'],
  ] as const) {
    const md = inSection(text);
    const found = only(md);
    assert.deepEqual(found.map((f) => textOf(md, f)), [span], text);
    assert.match(found[0].message, /Folk-model label/, text);
    assert.match(applyFix(md, found[0].fixes!.find((x) => x.preferred)!), /\[what the responder was looking at\]/, text);
  }
  for (const text of [
    // the cause named, a thing's focus, a software driver, attention as a goal
    'The driver\'s focus was diverted because they were dealing with a fault on the locomotive.',
    'His attention was drawn to the wrong cluster by the alert.',
    'The dashboard\'s focus was diverted to the replica lag panel.',
    'The pager lost its focus.',
    'The on-call\'s attention was on the payments queue.',
    'The driver crashed after the kernel upgrade.',
  ]) {
    assert.deepEqual(only(inSection(text)).map((f) => textOf(inSection(text), f)), [], text);
  }
});

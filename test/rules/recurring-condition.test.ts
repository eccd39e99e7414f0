// recurring-condition: a contributing factor that belongs to a condition earlier post-mortems of
// the workspace name too (the fixture folder of nine post-mortems as the workspace).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/engine';
import { resolveConfig } from '../../server/src/core/config';
import { buildModel } from '../../server/src/core/model';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { indexPostMortem } from '../../server/src/core/workspace';
import { RELATED } from '../../server/src/core/rules/follow-up/recurring-condition';
import { TODAY, textOf } from '../helpers/lint';
import { fixtureFiles, fixtureIndex, fixtureText } from '../helpers/workspace';

const ID = 'recurring-condition';
const fileOf = (part: string) => fixtureFiles().find((f) => f.includes(part))!;

function findings(file: string, text = fixtureText(file), options: { rules?: Record<string, string>; index?: ReturnType<typeof fixtureIndex> } = {}) {
  const index = options.index ?? fixtureIndex();
  const { config } = resolveConfig(options.rules ? [{ rules: options.rules }] : []);
  return lint(text, { config, today: TODAY, workspace: { index, self: file } }).findings.filter((f) => f.ruleId === ID);
}

test('a factor that repeats an earlier condition: info on its first line, the earlier post-mortems named and linked', () => {
  const file = fileOf('payments-connection-pool');
  const text = fixtureText(file);
  const found = findings(file);
  assert.deepEqual(found.map((f) => textOf(text, f)), [
    'The upgrade of the database client library changed the default pool size from 20 to 5 connections per pod.',
    'The pool change was announced in the #platform channel, which the payments on-call does not follow.',
  ]);
  const [technical, communication] = found;
  assert.equal(technical.severity, 'info');
  assert.equal(technical.category, 'follow-up');
  assert.equal(
    technical.message,
    'This condition recurs: 2 earlier post-mortems name it too, with the terms shown: "Search requests timing out after an HTTP client upgrade" (2026-06-30: upgrade, client, library, default), "Order confirmation emails delayed by a consumer backlog" (2026-03-14: upgrade, client, library, default). Were their action items done, and did they cover it?',
  );
  assert.deepEqual(technical.related!.map((r) => [r.file, r.range.start.line]), [
    [fileOf('search-timeouts'), 22],
    [fileOf('order-email-backlog'), 24],
  ]);
  assert.match(technical.related![0].message, /^Search requests timing out after an HTTP client upgrade \(2026-06-30\): The upgrade of the HTTP client library/);
  assert.match(communication.message, /^This condition recurs: 3 earlier post-mortems name it too, with the terms shown: "Sign-in failures during the DNS provider migration" \(2026-07-21: channel, on-call\)/);
});

test('only earlier post-mortems: the first incident of a condition gets nothing', () => {
  assert.deepEqual(findings(fileOf('order-email-backlog')), []);
  // The certificate expiry of October repeats April's; April's does not repeat October's.
  const october = findings(fileOf('mqtt-certificate-expiry'));
  assert.equal(october.length, 2);
  // One factor in two conditions: each earlier post-mortem with the terms it shares.
  assert.match(october[0].message, /"Public API unavailable after a certificate expired" \(2026-04-22: certificate, expiry\), "Order confirmation emails delayed by a consumer backlog" \(2026-03-14: alerts, broker\)/);
  assert.deepEqual(findings(fileOf('api-certificate-expiry')), []);
});

test('the open text counts, not the saved one: an edited factor is checked as written', () => {
  const file = fileOf('feature-flag-rollout');
  const before = fixtureText(file);
  assert.ok(findings(file).some((f) => /canary/.test(textOf(before, f))));
  const edited = before.replace('Flag configuration changes roll out to all regions at once, with no canary stage.', 'Flag edits are reviewed by one person.');
  const index = fixtureIndex();
  index.set(indexPostMortem(file, file, buildModel(edited), DEFAULT_CONFIG));
  assert.ok(!findings(file, edited, { index }).some((f) => /Flag edits/.test(textOf(edited, f))));
});

test('a new post-mortem that is not in the index yet is compared too', () => {
  const md = `# Post-Mortem: Cache rules\n**Date**: 2026-11-15\n\n## Contributing Factors\n### Technical Factors\n- The upgrade of the Redis client library changed the default connection timeout.\n`;
  const [f] = findings('new.postmortem.md', md);
  assert.match(f.message, /3 earlier post-mortems name it too/);
});

test('off-switchable, and silent without a workspace or without recurring conditions', () => {
  const file = fileOf('payments-connection-pool');
  assert.deepEqual(findings(file, fixtureText(file), { rules: { [ID]: 'off' } }), []);
  assert.deepEqual(lint(fixtureText(file), { today: TODAY }).findings.filter((f) => f.ruleId === ID), []);
  const alone = fixtureIndex([file]);
  assert.deepEqual(findings(file, fixtureText(file), { index: alone }), []);
});

test('an undated post-mortem is compared with every other one', () => {
  const file = fileOf('payments-connection-pool');
  const undated = fixtureText(file).replace('**Date**: 2026-09-03', '**Date**: [Date of incident]');
  const found = findings(file, undated);
  assert.match(found[0].message, /2 earlier post-mortems/);
  assert.match(found[1].message, /3 earlier post-mortems/, 'channel · on-call: the March, May and July incidents');
});

test('many earlier post-mortems: the five most recent factors are linked, the message counts them all', () => {
  const file = fileOf('payments-connection-pool');
  const search = fixtureText(fileOf('search-timeouts'));
  const index = fixtureIndex();
  // Eight more incidents with the same HTTP client upgrade, one a month from January to August.
  const copies = Array.from({ length: 8 }, (_, i) => `copy-${i + 1}.postmortem.md`);
  copies.forEach((copy, i) => index.set(indexPostMortem(copy, copy, buildModel(search.replace('**Date**: 2026-06-30', `**Date**: 2026-0${i + 1}-15`)), DEFAULT_CONFIG)));
  const [technical] = findings(file, fixtureText(file), { index });
  assert.equal(RELATED, 5);
  assert.deepEqual(technical.related!.map((r) => r.file), ['copy-8.postmortem.md', 'copy-7.postmortem.md', fileOf('search-timeouts'), 'copy-6.postmortem.md', 'copy-5.postmortem.md']);
  assert.match(technical.message, /^This condition recurs: 10 earlier post-mortems name it too, .*, and 7 more\. The 5 most recent of their 10 factors are linked\. Were their action items done/);
  // Five or fewer: all linked, and no sentence about it.
  assert.ok(findings(file).every((f) => f.related!.length <= RELATED && !f.message.includes('most recent')));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveConfig, DEFAULT_CONFIG } from '../../server/src/core/config';

test('defaults follow the catalogue §5', () => {
  assert.equal(DEFAULT_CONFIG.followUp.minDays, 14);
  assert.equal(DEFAULT_CONFIG.followUp.maxDays, 60);
  assert.equal(DEFAULT_CONFIG.followUp.suggestDays, 28);
  assert.deepEqual(DEFAULT_CONFIG.actions.dueSloDays, { Critical: 15, High: 30, Medium: 56, Low: null });
  assert.equal(DEFAULT_CONFIG.severity.aliases.SEV2, 'High');
  assert.equal(DEFAULT_CONFIG.rootCause.style, 'contributing-factors');
});

test('layers merge over defaults; records merge key by key', () => {
  const { config, problems } = resolveConfig([{ followUp: { maxDays: 30 } }, { actions: { dueSloDays: { High: 21 } }, rules: { 'x-rule': 'off' } }], new Set(['x-rule']));
  assert.deepEqual(problems, []);
  assert.equal(config.followUp.maxDays, 30);
  assert.equal(config.followUp.minDays, 14);
  assert.deepEqual(config.actions.dueSloDays, { Critical: 15, High: 21, Medium: 56, Low: null });
  assert.equal(config.rules['x-rule'], 'off');
  assert.equal(DEFAULT_CONFIG.actions.dueSloDays.High, 30, 'defaults are not mutated');
});

test('unknown rule ids, unknown settings and wrong types are reported and skipped', () => {
  const { config, problems } = resolveConfig(
    [{ rules: { 'human-eror': 'off', 'x-rule': 'loud' }, followUp: { minDays: 'soon', weeks: 2 }, colour: 'blue', language: { allowPhrases: 'bad' } }],
    new Set(['x-rule']),
  );
  assert.deepEqual(problems.map((p) => p.path).sort(), ['colour', 'followUp.minDays', 'followUp.weeks', 'language.allowPhrases', 'rules.human-eror', 'rules.x-rule']);
  assert.equal(config.followUp.minDays, 14);
  assert.deepEqual(config.rules, {});
  assert.match(problems.find((p) => p.path === 'rules.human-eror')!.message, /unknown rule id "human-eror"/);
});

test('a non-object layer is a problem, not a crash', () => {
  const { problems } = resolveConfig([[] as unknown as Record<string, unknown>, 'x' as unknown as Record<string, unknown>]);
  assert.equal(problems.length, 2);
});

test('language switches are shorthands for rule severities', () => {
  assert.equal(resolveConfig([{ language: { inclusive: false } }]).config.rules['inclusive-language'], 'off');
  assert.equal(resolveConfig([{ language: { profanity: true } }]).config.rules['profanity'], 'warning');
  assert.equal(resolveConfig([{ language: { profanity: true }, rules: { profanity: 'error' } }], new Set(['profanity'])).config.rules['profanity'], 'error');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, inSection, textOf } from '../helpers/lint';

const id = 'profanity';

test('off by default: "failed" and "executed" are everyday incident words', () => {
  assert.equal(findingsOf(id, inSection('The deploy failed and the job executed twice. What a damn mess.')).length, 0);
});

test('language.profanity turns it on', () => {
  const md = inSection('What a damn mess.');
  const found = findingsOf(id, md, { config: { language: { profanity: true } } });
  assert.deepEqual(found.map((f) => textOf(md, f)), ['damn']);
  assert.equal(found[0].category, 'language');
});

test('a rule severity turns it on too', () => {
  assert.equal(findingsOf(id, inSection('What a damn mess.'), { config: { rules: { profanity: 'warning' } } })[0].severity, 'warning');
});

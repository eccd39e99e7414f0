// The person-noun lexicon from WordNet (people.wordnet.data.ts, scripts/gen-person-nouns.mjs) behind
// isRoleNoun, the adversaries kept apart, and titles before a name (catalogue §1.6).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAdversaryNoun, isHandRoleNoun, isRoleNoun } from '../../server/src/core/people';
import { ADVERSARY_NOUNS, WORDNET_PERSON_NOUNS } from '../../server/src/core/people.wordnet.data';
import { SYSTEM_NOUNS, DEPARTMENT_NOUNS } from '../../server/src/core/people.data';
import { findingsOf, inSection, textOf } from '../helpers/lint';

test('roles of other fields that the hand list lacks are people, singular and plural', () => {
  for (const w of ['registrar', 'orthopaedist', 'radiologist', 'obstetrician', 'paramedic', 'chairman', 'strategist', 'treasurer', 'surveyor', 'librarian', 'plumber', 'accountant', 'midwife', 'lawyer', 'journalist']) {
    assert.ok(isRoleNoun(w), w);
    assert.ok(!isHandRoleNoun(w), `${w} should come from WordNet`);
  }
  for (const w of ['registrars', 'chairmen', 'radiologists', 'midwives', 'Registrar']) assert.ok(isRoleNoun(w), w);
  // The hand list stays.
  for (const w of ['engineer', 'on-call', 'sre', 'dba', 'pilot', 'nurse']) assert.ok(isRoleNoun(w) && isHandRoleNoun(w), w);
});

test('words with a sense outside noun.person, software roles and modifiers are not people', () => {
  for (const w of ['server', 'servers', 'host', 'client', 'master', 'agent', 'driver', 'guard', 'worker', 'controller', 'daemon', 'user', 'users', 'customer', 'caller', 'leader', 'follower', 'loader', 'handler', 'listener', 'parent', 'child', 'helper', 'player', 'wizard', 'sentinel', 'vendor', 'invalid', 'private', 'dependent', 'redact', 'employer', 'git']) {
    assert.ok(!isRoleNoun(w), w);
  }
  for (const w of [...SYSTEM_NOUNS, ...DEPARTMENT_NOUNS]) assert.ok(!WORDNET_PERSON_NOUNS.includes(w), w);
});

test('person nouns that name software (parts of many npm package names) are not people', () => {
  for (const w of ['docker', 'logger', 'loggers', 'reporter', 'exporter', 'indexer', 'tracker', 'mapper', 'picker', 'ref', 'refs', 'temp', 'maven', 'chef', 'postman', 'playwright', 'mermaid', 'packer']) {
    assert.ok(!isRoleNoun(w), w);
  }
  const fires = (text: string) => findingsOf('person-as-failure-subject', inSection(text)).length > 0;
  for (const text of ['Docker failed to pull the base image.', 'The logger dropped messages under load.', 'The exporter stopped reporting metrics.', 'Maven ignored the lockfile.', 'The reporter failed to upload the crash dump.']) assert.ok(!fires(text), text);
});

test('adversaries are kept apart: not role nouns, in ADVERSARY_NOUNS', () => {
  for (const w of ['attacker', 'attackers', 'hacker', 'intruder', 'phisher', 'scammer', 'thief', 'thieves', 'criminal', 'adversary', 'exploiter', 'spammer', 'fraudster', 'burglar', 'saboteur']) {
    assert.ok(!isRoleNoun(w), w);
    assert.ok(isAdversaryNoun(w), w);
  }
  assert.ok(!ADVERSARY_NOUNS.some((w) => WORDNET_PERSON_NOUNS.includes(w)));
});

test('family names that are WordNet occupations do not stop a personal name in the timeline check', () => {
  // shared.ts reads "Jane Baker" as a name: it asks the hand list only.
  assert.ok(isRoleNoun('baker'));
  assert.ok(!isHandRoleNoun('baker'));
});

test('a WordNet role as the subject of a failure is a person; ambiguous words and adversaries are not', () => {
  const id = 'person-as-failure-subject';
  const fires = (text: string) => findingsOf(id, inSection(text)).length > 0;
  for (const text of ['The registrar prescribed four times the standard dose.', 'The orthopaedist failed to check the scan.', 'The radiologists missed the lesion on the first film.', 'The strategist failed to respond to three requests.']) {
    assert.ok(fires(text), text);
  }
  for (const text of ['The server ignored the warning.', 'The host failed to respond.', 'The client failed to retry.', 'The driver failed to load.', 'The agent failed to start.', 'The caller ignored the error code.', 'The leader failed to renew its lease.', 'The loader simply skipped rows it could not parse.', 'The attacker deleted the backups.', 'The intruder ignored the rate limit.']) {
    assert.ok(!fires(text), text);
  }
});

test('a title or a role before a capitalised word makes it a person', () => {
  const id = 'person-as-failure-subject';
  for (const [text, span] of [
    ['Dr Patel ignored the warning.', 'Dr Patel ignored'],
    ['Dr. Patel ignored the warning.', 'Dr. Patel ignored'],
    ['Ms C failed to check the dose.', 'Ms C failed to check'],
    ['Mx Rowe ignored the warning.', 'Mx Rowe ignored'],
    ['Lt Rowe ignored the warning.', 'Lt Rowe ignored'],
    ['Captain Schettino abandoned the ship.', 'Captain Schettino abandoned the ship'],
    ['First Officer Rowe ignored the warning.', 'First Officer Rowe ignored'],
    ['Nurse Hawkins ignored the warning.', 'Nurse Hawkins ignored'],
    ['Registrar Okafor ignored the warning.', 'Registrar Okafor ignored'],
  ]) {
    const md = inSection(text);
    const f = findingsOf(id, md);
    assert.equal(f.length, 1, text);
    assert.equal(textOf(md, f[0]), span);
  }
});

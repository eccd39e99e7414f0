import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, textOf } from '../helpers/lint';
import { IMPERATIVE_VERBS } from '../../server/src/core/rules/actions/action-not-imperative.phrases';
import { isImperativeVerb } from '../../server/src/core/rules/actions/action-not-imperative';

const ID = 'action-not-imperative';
const doc = (actions: string[]) =>
  `# Post-Mortem: test\n**Date**: 2026-09-08\n\n## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n${actions.map((a) => `| ${a} | Ana | 2026-09-20 | CI fails on a test change |`).join('\n')}\n`;

test('noun phrases and gerunds are flagged at the first word (info)', () => {
  const md = doc(['Monitoring for queue age', 'New alert on the apex record', 'Better dashboards']);
  const fs = findingsOf(ID, md);
  assert.deepEqual(fs.map((f) => textOf(md, f)), ['Monitoring', 'New', 'Better']);
  assert.ok(fs.every((f) => f.severity === 'info'));
});

test('imperatives are not flagged, including prefixed and -ise verbs and leading tags', () => {
  const md = doc(['Add an alert', 'Re-enable the check', 'Auto-scale on queue depth', 'Dockerise the runner', '**Rate-limit** the bulk API', 'P1: Rotate the token', '1. Lower the TTL', 'Unpin the certificate']);
  assert.deepEqual(findingsOf(ID, md).map((f) => textOf(md, f)), []);
});

test('placeholders and empty cells are not flagged', () => {
  assert.deepEqual(findingsOf(ID, doc(['[Specific improvement to a system]', 'TBD'])), []);
});

test('non-verbs are not verbs', () => {
  for (const w of ['monitoring', 'new', 'better', 'alerts', 'dashboard', 'we']) assert.equal(isImperativeVerb(w), false, w);
});

for (const verb of IMPERATIVE_VERBS) {
  test(`verb: ${verb}`, () => {
    assert.ok(isImperativeVerb(verb));
    const action = `${verb[0].toUpperCase()}${verb.slice(1)} the zone export job`;
    assert.deepEqual(findingsOf(ID, doc([action])), []);
  });
}

test('negative imperatives and a leading label are imperative', () => {
  const md = doc(["Don't page on single failures", 'Never deploy on Fridays without a canary', 'Short term: add an alert', '**Detection:** alert on queue age']);
  assert.deepEqual(findingsOf(ID, md).map((f) => textOf(md, f)), []);
  const bad = doc(['Short term: monitoring for queue age']);
  assert.deepEqual(findingsOf(ID, bad).map((f) => textOf(bad, f)), ['Short']);
});

test('a status checkbox before the action is not its first word (the status convention)', () => {
  const md = doc(['[x] Add an alert on queue age', '[ ] Alert on consumer throughput']);
  assert.deepEqual(findingsOf(ID, md), []);
  const bad = doc(['[x] Monitoring for queue age']);
  assert.deepEqual(findingsOf(ID, bad).map((f) => textOf(bad, f)), ['Monitoring']);
});

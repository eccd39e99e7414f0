import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../../server/src/core/model';
import { gazetteer } from '../../server/src/core/people';

const withOwners = (owners: string[], body = '') =>
  `# Post-Mortem: x\n\n## Action Items\n\n| Action | Owner |\n|---|---|\n${owners.map((o) => `| Do it | ${o} |`).join('\n')}\n\n${body}\n`;
const tokens = (md: string) => [...gazetteer(buildModel(md)).tokens].sort();

test('a one-word owner the document writes inside an identifier is a system, not a person', () => {
  const md = withOwners(['dataangel', 'docs', 'jdoe'], 'Add `dataangel.io/snapshot-interval` and see docs/runbook.md.');
  assert.deepEqual(tokens(md), ['jdoe']);
  assert.deepEqual(tokens(withOwners(['dataangel'], 'The `dataangel_restore_timeout_total` metric.')), []);
  assert.deepEqual(tokens(withOwners(['dataangel'], 'Branch fix/dataangel-timeout.')), []);
});

test('an owner named in prose, in an e-mail address or as a whole path is still a person', () => {
  assert.deepEqual(tokens(withOwners(['Eli'], 'Mail eli.novak@example.com. Eli. restarted it.')), ['eli']);
  assert.deepEqual(tokens(withOwners(['Eli Novak'], 'See eli/notes.')), ['eli', 'novak']);
  assert.deepEqual(tokens(withOwners(['jdoe'], 'Ask @jdoe/team.')), ['jdoe']);
});

test('a component named in an Owner cell is not read as the agent of a failure', async () => {
  const { lint } = await import('../../server/src/core/engine');
  const blame = (owner: string, code: string) =>
    lint(`# Post-Mortem: x\n\n## Contributing Factors\n\nThe bug was present since Dataangel was first deployed and Dataangel failed the restore.${code}\n\n## Action Items\n\n| Action | Owner |\n|---|---|\n| Add a metric | ${owner} |\n`, { today: '2026-12-04' })
      .findings.filter((f) => f.category === 'blame').map((f) => f.ruleId);
  assert.deepEqual(blame('dataangel', ' See `dataangel.io/timeout`.'), []);
  assert.ok(blame('dataangel', '').includes('person-as-failure-subject'));
});

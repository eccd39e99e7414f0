import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, textOf } from '../helpers/lint';
import { VAGUE_OWNERS, QUESTION_OWNERS } from '../../server/src/core/rules/actions/action-owner-vague.phrases';

const ID = 'action-owner-vague';
const doc = (owners: string[]) =>
  `# Post-Mortem: test\n**Date**: 2026-09-08\n\n## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n${owners.map((o) => `| Add a CI check | ${o} | 2026-09-21 | CI fails on a test change |`).join('\n')}\n`;

test('catalogue examples are flagged (warning)', () => {
  const md = doc(['team', 'everyone', 'someone', 'all', 'us', 'engineering', '?']);
  const fs = findingsOf(ID, md);
  assert.deepEqual(fs.map((f) => textOf(md, f)), ['team', 'everyone', 'someone', 'all', 'us', 'engineering', '?']);
  assert.ok(fs.every((f) => f.severity === 'warning'));
});

test('several owners are flagged', () => {
  const md = doc(['Ana Silva, Ben Okoro', 'Ana / Ben', 'Ana and Ben', 'Platform team & Security', '@ana @ben']);
  assert.equal(findingsOf(ID, md).length, 5);
  assert.match(findingsOf(ID, md)[0].message, /lists 2 owners/);
});

test('one person or one named team is fine', () => {
  assert.deepEqual(findingsOf(ID, doc(['Platform team', 'Checkout team', 'NOC', 'Sofia Lindqvist', '@sofia', 'Ana Silva (with Ben)', '**Kofi Mensah**'])), []);
});

test('placeholders are placeholder-text\'s and empty cells action-owner-missing\'s', () => {
  assert.deepEqual(findingsOf(ID, doc(['TBD', '[Name]', '???', '<owner>', ''])), []);
});

for (const owner of [...VAGUE_OWNERS, ...QUESTION_OWNERS]) {
  test(`vague owner: "${owner}"`, () => {
    assert.equal(findingsOf(ID, doc([owner])).length, 1);
    assert.equal(findingsOf(ID, doc([owner[0].toUpperCase() + owner.slice(1)])).length, 1);
  });
}

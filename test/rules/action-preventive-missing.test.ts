import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, textOf } from '../helpers/lint';
import { PREVENTIVE_TYPES } from '../../server/src/core/rules/actions/action-preventive-missing.phrases';

const ID = 'action-preventive-missing';
const doc = (types: string[]) =>
  `# Post-Mortem: test\n**Date**: 2026-09-08\n\n## Action Items\n| Action | Owner | Due Date | Success Metric | Type |\n|---|---|---|---|---|\n${types.map((t) => `| Add a CI check | Ana | 2026-09-20 | CI fails on a test change | ${t} |`).join('\n')}\n`;

test('no preventive or mitigating type: info on the Type header', () => {
  const md = doc(['detect', 'process', 'Detection']);
  const [f] = findingsOf(ID, md);
  assert.equal(f.severity, 'info');
  assert.equal(textOf(md, f), 'Type');
  assert.match(f.message, /of 3/);
});

test('one preventive item is enough', () => {
  assert.deepEqual(findingsOf(ID, doc(['detect', 'Prevent'])), []);
});

test('without a Type column the rule does not run', () => {
  const md = '# Post-Mortem: test\n\n## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n| Add a check | Ana | 2026-09-21 | CI fails |\n';
  assert.deepEqual(findingsOf(ID, md), []);
});

test('actions.requirePreventive = false turns it off', () => {
  assert.deepEqual(findingsOf(ID, doc(['detect']), { config: { actions: { requirePreventive: false } } }), []);
});

test('a header-only table has no items to judge', () => {
  assert.deepEqual(findingsOf(ID, doc([])), []);
});

for (const t of PREVENTIVE_TYPES) {
  test(`preventive type: "${t}"`, () => {
    assert.deepEqual(findingsOf(ID, doc(['detect', t])), []);
    assert.deepEqual(findingsOf(ID, doc(['detect', `**${t[0].toUpperCase()}${t.slice(1)}**`])), []);
  });
}

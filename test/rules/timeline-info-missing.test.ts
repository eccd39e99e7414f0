import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from '../helpers/lint';
import { timelineDoc } from './timeline-fix-helper';

test('flags an empty or placeholder Information Available on a decision row, with the Cues prompts', () => {
  for (const info of ['', '-', 'n/a', 'N/A', '?', '—']) {
    const md = timelineDoc([`| 10:31 | Reviews the audit log | ${info} | Confirmed the bulk edit |`]);
    const f = findingsOf('timeline-info-missing', md);
    assert.equal(f.length, 1, JSON.stringify(info));
    assert.equal(f[0].severity, 'warning');
    assert.ok(f[0].prompts?.includes('What were you focusing on?'));
    const line = md.split('\n').findIndex((l) => l.startsWith('| 10:31')) + 1;
    assert.equal(md.slice(0, f[0].start).split('\n').length, line);
  }
});

test('a ragged row without the cell at all', () => {
  const md = timelineDoc(['| 10:31 | Reviews the audit log |'], { header: '| Time | Event | Decision | Information Available |\n|---|---|---|---|' });
  assert.deepEqual(findingsOf('timeline-info-missing', md), [], 'no decision either');
});

test('not flagged: information present, or no decision', () => {
  assert.deepEqual(findingsOf('timeline-info-missing', timelineDoc(['| 10:31 | x | Audit log lists the records | Confirmed |'])), []);
  assert.deepEqual(findingsOf('timeline-info-missing', timelineDoc(['| 10:31 | Internal resolvers flushed |  |  |'])), []);
  assert.deepEqual(findingsOf('timeline-info-missing', timelineDoc(['| 10:31 | x |  | - |'])), []);
  assert.deepEqual(findingsOf('timeline-info-missing', timelineDoc(['| ... | ... | ... | ... |'])), []);
});

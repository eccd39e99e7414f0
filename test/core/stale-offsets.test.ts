// Whatever a warm lint keeps from the previous one (parsed chunks, cell texts, chunk boundaries,
// placed findings, mentions) must land at the cell's new offsets: after edits before a long
// table, the findings inside the table name the cells' current text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/engine';
import { clearCaches } from '../../server/src/core/cache';

const TODAY = '2026-11-20';

function document(): string {
  const rows: string[] = [];
  for (let i = 0; i < 40; i++) rows.push(`| 10:${String(i).padStart(2, '0')} | Deploy step ${i} ran. | Dashboards green. | Continued. |`);
  // A time no reader can parse, a hindsight phrase, a participant not listed and the facilitator, near the table's end (a continuation chunk).
  rows.splice(33, 0, '| soonish | Obviously the deploy caused the outage. | Hannah Berg saw it. | Marcus Webb rolled back. |');
  return [
    '# Post-Mortem: stale offsets',
    '**Date**: 2026-09-08  ',
    '**Facilitator**: Marcus Webb  ',
    '**Participants**: Eli Novak',
    '',
    '## Summary',
    'The deploy failed.',
    '',
    '## Timeline of Events',
    '| Time | Event | Information Available | Decision/Action Taken |',
    '|------|-------|----------------------|----------------------|',
    ...rows,
    '',
    '## Impact',
    'Checkout was down.',
    '',
  ].join('\n');
}

const texts = (src: string) => lint(src, { today: TODAY }).findings.map((f) => `${f.ruleId} ${JSON.stringify(src.slice(f.start, f.end))} ${f.start}-${f.end} ${f.message}`);

test('findings in a table keep their cells after edits before the table shift it', () => {
  let text = document();
  const first = texts(text);
  for (const rule of ['timeline-time-format', 'hindsight-minimizing', 'participant-missing', 'facilitator-involved']) {
    assert.ok(first.some((f) => f.startsWith(rule)), `${rule} is found in the table: ${first.join('\n')}`);
  }
  const edits = ['x', 'More words. ', '\n\nA new paragraph.\n', '## Background\nSome context.\n\n'];
  for (const [i, insert] of edits.entries()) {
    const at = text.indexOf('The deploy failed.');
    text = text.slice(0, at) + insert + text.slice(at);
    const warm = texts(text);
    clearCaches();
    const cold = texts(text);
    assert.deepEqual(warm, cold, `after edit ${i}`);
    for (const expected of ['timeline-time-format "soonish"', 'hindsight-minimizing "Obviously"', 'participant-missing "Hannah Berg"']) {
      assert.ok(warm.some((f) => f.startsWith(expected)), `${expected} after edit ${i}: ${warm.join('\n')}`);
    }
    // The facilitator's finding quotes the timeline line it read the name on.
    const facilitator = warm.find((f) => f.startsWith('facilitator-involved'));
    const line = text.split('\n').findIndex((l) => l.includes('Marcus Webb rolled back')) + 1;
    assert.ok(facilitator?.includes(`(L${line}: "Marcus Webb")`), `facilitator-involved after edit ${i}: ${facilitator}`);
    lint(text, { today: TODAY });
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, textOf } from '../helpers/lint';
import { buildModel } from '../../server/src/core/model';
import { timelineDoc, timelineTable } from './timeline-fix-helper';
import { HINDSIGHT_PHRASES } from '../../server/src/core/rules/timeline/timeline-judgment.phrases';

const doc = (info: string, event = 'Checks the pods') => timelineDoc([`| 10:00 | ${event} | ${info} | Scaled out |`]);

for (const phrase of HINDSIGHT_PHRASES) {
  test(`"${phrase}" in Information Available`, () => {
    const md = doc(`Pods healthy; ${phrase} the prefetch was 1`);
    const f = findingsOf('timeline-hindsight', md);
    assert.equal(f.length, 1);
    assert.equal(textOf(md, f[0]).toLowerCase(), phrase);
    assert.equal(f[0].severity, 'warning');
  });
}

test('the fix moves the sentence to Key Learnings (not safe) and re-lints clean', () => {
  const md = doc('Pods healthy. It turned out the prefetch default was 1.');
  const [f] = findingsOf('timeline-hindsight', md);
  const fix = f.fixes.find((x) => x.title === 'Move to Key Learnings')!;
  assert.equal(fix.safe, false);
  const out = applyFix(md, fix);
  assert.equal(timelineTable(out).rows[0].cells[2].raw, 'Pods healthy.');
  assert.equal(timelineTable(out).rows.length, 1);
  const kl = buildModel(out).section('key-learnings')!;
  assert.match(out.slice(kl.span.start, kl.span.end), /- It turned out the prefetch default was 1\./);
  assert.deepEqual(findingsOf('timeline-hindsight', out), []);
});

test('not flagged: other columns (timeline-judgment), quotes, code, plain facts', () => {
  assert.deepEqual(findingsOf('timeline-hindsight', doc('Pods healthy', 'It turned out the pods were fine')), []);
  assert.deepEqual(findingsOf('timeline-hindsight', doc('Chat: "it turned out fine last time"')), []);
  assert.deepEqual(findingsOf('timeline-hindsight', doc('`in hindsight` flag set')), []);
  assert.deepEqual(findingsOf('timeline-hindsight', doc('The lights turned off; we now see errors')), []);
});

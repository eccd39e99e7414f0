// The caches (parsed chunks, prose analyses, prose-rule findings) must never change a result:
// after any edit, a warm lint equals a cold one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/core/engine';
import { clearCaches } from '../../server/src/core/cache';
import { ModelReuse } from '../../server/src/core/model';
import { rng } from '../../scripts/fuzz-lib';

const TODAY = '2026-11-20';
const examples = ['dns-outage', 'cert-expiry', 'queue-backlog', 'checkout-latency'].map((n) => readFileSync(join(__dirname, '..', '..', 'examples', `${n}.postmortem.md`), 'utf8'));
const EDITS = ['x', ' ', '\n', '\n\n', '|', 'Eli forgot to check. ', '## Impact\n', '- ', '`', '**', 'should have ', '"'];

const key = (src: string, reuse?: ModelReuse) => lint(src, { today: TODAY, reuse }).findings.map((f) => JSON.stringify(f));

test('warm lints after edits equal cold lints', () => {
  const r = rng(7);
  for (const original of examples) {
    let text = original;
    // As the language server lints a document: each version with the document's reuse handle.
    const reuse = new ModelReuse();
    key(text, reuse);
    for (let i = 0; i < 12; i++) {
      const at = r.int(text.length + 1);
      text = r.next() < 0.8 ? text.slice(0, at) + r.pick(EDITS) + text.slice(at) : text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + r.int(20)));
      const warm = key(text, reuse);
      clearCaches();
      const cold = key(text);
      assert.deepEqual(warm, cold, `edit ${i} at ${at}`);
      // The cold lint parsed anew: the handle takes that parse's parts for the next edit to reuse.
      key(text, reuse);
    }
  }
});

test('an edit in one paragraph re-analyses only that paragraph', async () => {
  const { analysisStats } = await import('../../server/src/core/analysis');
  const text = examples[0];
  lint(text, { today: TODAY });
  const at = text.indexOf('Negative caching makes');
  const before = analysisStats.analysed;
  lint(text.slice(0, at) + 'Indeed, ' + text.slice(at), { today: TODAY });
  assert.equal(analysisStats.analysed - before, 1);
});

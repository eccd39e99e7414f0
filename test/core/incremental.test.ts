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

test('warm lints of a long timeline equal cold lints after edits to its header, cells and names', async () => {
  // Timeline and placeholder checks remember their reads per table row (memoByRow), and a row
  // reused by the next build keeps them: columns renamed, names changed and cells edited in other
  // chunks must still give the cold result.
  const { generateDocument } = await import('../../scripts/bench-docs');
  const r = rng(11);
  let text = generateDocument(300, 3);
  const reuse = new ModelReuse();
  key(text, reuse);
  // "Quillon" is no known given name: only the header makes it a person's name in the timeline.
  const CELL_EDITS = ['should have ', 'in hindsight ', '[Name] ', '<owner> ', 'TBD ', 'Grace ', 'Quillon ', 'Eli Novak ', '@grace ', '`<code>` '];
  const HEADER_EDITS: [string, string][] = [
    ['| Information Available |', '| Notes |'],
    ['| Notes |', '| Information Available |'],
    ['| Time |', '| When |'],
    ['| When |', '| Time |'],
    ['**Facilitator**: Grace Okafor', '**Facilitator**: Eli Novak'],
    ['**Facilitator**: Eli Novak', '**Facilitator**: Grace Okafor'],
    ['**Participants**: Marcus Webb,', '**Participants**: Marcus Webb, Quillon Hart,'],
    ['**Participants**: Marcus Webb, Quillon Hart,', '**Participants**: Marcus Webb,'],
    ['**Facilitator**: Grace Okafor', '**Facilitator**: Quillon Hart'],
    ['**Facilitator**: Quillon Hart', '**Facilitator**: Grace Okafor'],
  ];
  for (let i = 0; i < 40; i++) {
    if (i % 3 === 2) {
      const [from, to] = r.pick(HEADER_EDITS.filter(([f]) => text.includes(f)));
      text = text.replace(from, to);
    } else {
      // Inside a timeline row's cell: after a " | " somewhere in the table.
      const rows = [...text.matchAll(/^\| 2026-[^\n]*$/gm)];
      const row = r.pick(rows);
      const at = row.index! + row[0].indexOf(' | ', 3) + 3;
      text = text.slice(0, at) + r.pick(CELL_EDITS) + text.slice(at);
    }
    const warm = key(text, reuse);
    clearCaches();
    assert.deepEqual(warm, key(text), `edit ${i}`);
    key(text, reuse);
  }
});

test('a reused timeline row is read again for the names when the header changes them', async () => {
  const { generateDocument } = await import('../../scripts/bench-docs');
  const reuse = new ModelReuse();
  const lateRow = (t: string) => [...t.matchAll(/^\| 2026-[^\n]*$/gm)].at(-5)!;
  let text = generateDocument(300, 3);
  const row = lateRow(text);
  const at = row.index! + row[0].indexOf(' | ', 3) + 3;
  // "Quillon" is no known given name: a name in the timeline only once the header lists it.
  text = text.slice(0, at) + 'Quillon saw it. ' + text.slice(at);
  key(text, reuse);
  for (const [from, to] of [['**Facilitator**: Grace Okafor', '**Facilitator**: Quillon Hart'], ['**Facilitator**: Quillon Hart', '**Facilitator**: Grace Okafor']]) {
    text = text.replace(from, to);
    const warm = key(text, reuse);
    clearCaches();
    const cold = key(text);
    assert.deepEqual(warm, cold);
    assert.equal(cold.some((f) => f.includes('"facilitator-involved"')), to.includes('Quillon'));
  }
});

// Keystroke-to-diagnostics latency through the protocol: a one-character edit (didChange) then a
// diagnostic pull, on each example, timed from the edit to the answer. Prints the numbers.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TestEditor, ensureBuilt, fileUri } from './lsp-client';

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md')).sort();
const ROUNDS = 15;
/** Generous for a shared 2-core machine; the typical numbers are printed, far below. */
const BUDGET_MS = 500;

before(() => ensureBuilt());

describe('keystroke-to-diagnostics latency', () => {
  const ed = new TestEditor();
  before(() => ed.initialize({ rootUri: fileUri(ROOT) }));
  after(() => ed.kill());

  for (const name of EXAMPLES) {
    it(name, async (t) => {
      const uri = fileUri(join(ROOT, 'examples', name));
      const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
      await ed.open(uri, text);
      let previous = (await ed.pull(uri)).resultId;
      // Type into the middle of the longest prose line, one character per round.
      const lines = text.split('\n');
      const line = lines.reduce((best, l, i) => (!l.startsWith('|') && l.length > lines[best].length ? i : best), 0);
      const character = Math.floor(lines[line].length / 2);
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const start = performance.now();
        await ed.change(uri, [{ range: { start: { line, character: character + i }, end: { line, character: character + i } }, newText: 'e' }]);
        const r = await ed.pull(uri, previous);
        times.push(performance.now() - start);
        assert.equal(r.kind, 'full');
        previous = r.resultId;
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)];
      const p90 = times[Math.floor(times.length * 0.9)];
      t.diagnostic(`${name} (${text.length} chars): median ${median.toFixed(1)} ms, p90 ${p90.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
      console.log(`latency ${name}: median ${median.toFixed(1)} ms, p90 ${p90.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
      assert.ok(median < BUDGET_MS, `median ${median} ms`);
    });
  }
});

// Allocation per keystroke, for `npm run bench`, which runs this in a child process with
// `node --expose-gc --min-semi-space-size=256 --max-semi-space-size=256` (a fixed, large young
// generation: one that starts small is scavenged as it grows). The language server runs in this
// process over an in-memory pipe; a sample is one keystroke in the middle of a generated
// post-mortem (didChange, then a diagnostics pull), taken as the growth of the V8 heap between a
// forced GC before the keystroke and the moment the report arrives. A sample during which a GC ran
// anyway is discarded. The figure covers both ends of the pipe (the server's re-lint, its
// diagnostics and JSON, and the client's parse of the reply); the core's re-lint alone is
// measured the same way.
//   node --expose-gc --min-semi-space-size=256 --max-semi-space-size=256 --import tsx scripts/bench-alloc.ts 1000 3000
import { PerformanceObserver } from 'node:perf_hooks';
import { inProcessServer } from './bench-server';
import { lint } from '../server/src/core/engine';
import { ModelReuse } from '../server/src/core/model';
import { generateDocument, keystroke, sendKeystroke } from './bench-docs';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

let gcCount = 0;
new PerformanceObserver((list) => (gcCount += list.getEntries().length)).observe({ entryTypes: ['gc'] });
// GC entries reach the observer a little after the GC: wait for them before reading the count.
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Heap growth of one run of `fn`, or undefined when a GC ran inside it. */
async function allocated(fn: () => unknown): Promise<number | undefined> {
  gc!();
  await settle();
  const seen = gcCount;
  const before = process.memoryUsage().heapUsed;
  await fn();
  const after = process.memoryUsage().heapUsed;
  await settle();
  return gcCount === seen && after >= before ? after - before : undefined;
}

async function main() {
  const sizes = process.argv.slice(2).map(Number);
  const client = await inProcessServer();

  const results: Record<number, { server: number; core: number; samples: number }> = {};
  for (const lines of sizes) {
    const text = generateDocument(lines, 7);
    const uri = `file:///bench/postmortems/alloc-${lines}.md`;
    client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await client.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    const docLines = text.split('\n');
    const middle = Math.floor(docLines.length / 2);
    let version = 1;
    const serverSamples: number[] = [];
    for (let i = 0; i < 14; i++) {
      version++;
      const edit = version;
      const bytes = await allocated(() => sendKeystroke(client, uri, edit, middle, i));
      if (i >= 3 && bytes !== undefined) serverSamples.push(bytes);
    }
    client.sendNotification('textDocument/didClose', { textDocument: { uri } });

    // The core alone: the same edits, linted in-process after a warm lint of the document, with
    // a reuse handle as the server lints an open document.
    let current = text;
    const reuse = new ModelReuse();
    lint(current, { maxCheckedChars: Infinity, reuse });
    const coreSamples: number[] = [];
    for (let i = 0; i < 14; i++) {
      const ls = current.split('\n');
      const { line, character, text: typed } = keystroke(middle, i);
      ls[line] = ls[line].slice(0, character) + typed + ls[line].slice(character);
      current = ls.join('\n');
      const edited = current;
      const bytes = await allocated(() => lint(edited, { maxCheckedChars: Infinity, reuse }));
      if (i >= 3 && bytes !== undefined) coreSamples.push(bytes);
    }
    results[lines] = { server: median(serverSamples), core: median(coreSamples), samples: Math.min(serverSamples.length, coreSamples.length) };
  }
  console.log(JSON.stringify(results));
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

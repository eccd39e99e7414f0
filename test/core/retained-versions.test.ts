// Typing must not keep old versions of the document alive (issue 12, bounded memory). V8 makes a
// slice of a string a view into it, so a cache that keeps a cell's or a chunk's text as sliced
// keeps the whole document version it was cut from: typing at 40 lines of a 3,000-line
// post-mortem grew the heap by about 0.7 MB a keystroke (258 MB after 300 keystrokes). The
// caches now keep owned copies (text.ts, ownCopy); the heap after a full GC stays near its start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { lint } from '../../server/src/core/engine';
import { ModelReuse } from '../../server/src/core/model';
import { generateDocument } from '../../scripts/bench-docs';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
// Several full collections: one can leave floating garbage when the machine is busy (CI runs two
// test files at once; the same run measured +43 MB there and −17 MB alone). A kept version is
// reachable, so no number of collections hides it.
const heapMb = () => {
  for (let i = 0; i < 4; i++) gc();
  return process.memoryUsage().heapUsed / 1e6;
};

test('150 keystrokes at 40 lines of a 3,000-line post-mortem keep no old versions of it alive', () => {
  let text = generateDocument(3000, 7);
  const lines = text.split('\n').length;
  const reuse = new ModelReuse();
  lint(text, { maxCheckedChars: Infinity, reuse });
  // Fill the caches with the first round of edits, then measure what more keystrokes keep.
  const type = (i: number) => {
    const ls = text.split('\n');
    const line = 100 + ((((i * 73) % 40) * 70) % (lines - 200));
    ls[line] = ls[line].slice(0, 2) + (i % 2 ? 'x' : 'y') + ls[line].slice(2);
    text = ls.join('\n');
    lint(text, { maxCheckedChars: Infinity, reuse });
  };
  for (let i = 0; i < 50; i++) type(i);
  const before = heapMb();
  for (let i = 50; i < 150; i++) type(i);
  const grown = heapMb() - before;
  // Each version of this document is 0.69 MB; keeping them grew the heap by about 70 MB here.
  assert.ok(grown < 15, `the heap grew ${grown.toFixed(1)} MB over 100 keystrokes`);
});

// Table continuation chunks built row by row (table-rows.ts) must be exactly micromark's tree of
// the whole chunk: every node, value and position, on the examples, the benchmark documents and
// rows chosen to sit on the edges of "plain".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkBoundaries, clearParseCache, parseChunkText } from '../../server/src/core/parse';
import { tableRowsTree } from '../../server/src/core/table-rows';
import { generateDocument, generateTimelineDocument } from '../../scripts/bench-docs';

const micromark = (text: string) => {
  clearParseCache();
  return parseChunkText(text, false);
};

/** Every table continuation chunk of a document, as parsed: header lines plus rows. */
function continuationChunks(source: string): { text: string; prefixLength: number }[] {
  const boundaries = chunkBoundaries(source);
  return boundaries.flatMap((b, i) => {
    if (!b.prefix) return [];
    const end = i + 1 < boundaries.length ? boundaries[i + 1].start : source.length;
    return [{ text: b.prefix + source.slice(b.start, end), prefixLength: b.prefix.length }];
  });
}

function assertSameTree(text: string, prefixLength: number): boolean {
  const fast = tableRowsTree(text, prefixLength, micromark, micromark);
  if (!fast) return false;
  assert.deepStrictEqual(fast, micromark(text), JSON.stringify(text));
  return true;
}

const HEADER = '| A | B | C |\n|---|:-:|--:|\n';
const EDGE_ROWS = [
  '| a | b | c |',
  '| a |',
  '| a | b | c | d |',
  '||',
  '| |',
  '|  |  |  |',
  '| a  b |  c   d | e |',
  '|a|b|c|',
  '| 09:00 | x -- y | :--: |',
  '| --- | --- | --- |',
  '| # h | > q | - l |',
  '| 1. x | + y | = |',
  '| é ü 😀 | ok | ½ |',
  '| http://x.example.com/a?b=c | www.example.org | a@b.example |',
  '| a | b | c |   ',
  ' | a | b | c |',
  'a | b | c',
  '| `code|x` | y | z |',
  '| ``a ` b`` | ` c ` | `` |',
  '| The `api` CNAME | `x` and `y` | `a b`, `c` |',
  '| `a `b` | ```a``` | x`y |',
  '| `a` b `c | `` ` `` | `|',
  '| \\| | x | \\\\ |',
  '| [a](https://example.com) | ![i](j.png) | <b>x</b> |',
  '| &amp; &#35; | *e* **s** | _u_ |',
  '| ~~s~~ | ~x | y |',
  '| a\tb | c | d |',
  '| <!-- postmortem-disable-line --> | x | y |',
  '| [ref] | [x]: y | ] |',
  '| a | b | c | \\',
  '| "quoted" | \'single\' | (paren) |',
  '| 50% | $5 | #1 |',
];

test('rows on the edges of plain build the same tree as micromark', () => {
  let built = 0;
  for (const row of EDGE_ROWS) {
    for (const tail of ['\n', '', '\n\n']) {
      if (assertSameTree(HEADER + row + tail, HEADER.length)) built++;
      if (assertSameTree(HEADER + '| x | y | z |\n' + row + '\n| p | q | r |' + tail, HEADER.length)) built++;
    }
  }
  assert.ok(built > EDGE_ROWS.length * 4, `most edge chunks are built row by row (${built})`);
});

test('chunks with lines that are not rows are left to micromark', () => {
  assert.equal(tableRowsTree(HEADER + '| a | b | c |\n\nA paragraph.\n', HEADER.length, micromark, micromark), undefined);
  assert.equal(tableRowsTree(HEADER + 'a | b | c\n', HEADER.length, micromark, micromark), undefined);
  assert.equal(tableRowsTree(HEADER.replace(/\n/g, '\r\n') + '| a | b | c |\r\n', HEADER.length + 2, micromark, micromark), undefined);
});

test('every table chunk of the examples and the benchmark documents builds as micromark parses it', () => {
  const root = join(__dirname, '..', '..');
  const sources = readdirSync(join(root, 'examples'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(join(root, 'examples', f), 'utf8'));
  // Long tables from the examples' own rows: chunked every few rows.
  const longTables = sources.map((s) => {
    const lines = s.split('\n');
    const at = lines.findIndex((l, i) => /^\|[ :-]*-[ :|-]*$/.test(l) && i > 0);
    if (at < 0) return s;
    const rows = lines.slice(at + 1).filter((l) => l.startsWith('|'));
    return [...lines.slice(0, at + 1), ...Array.from({ length: 60 }, (_, i) => rows[i % rows.length]), '', '## After', 'Text.', ''].join('\n');
  });
  let chunks = 0;
  for (const source of [...longTables, generateDocument(1000, 7), generateTimelineDocument(300)]) {
    for (const { text, prefixLength } of continuationChunks(source)) {
      if (assertSameTree(text, prefixLength)) chunks++;
    }
  }
  assert.ok(chunks > 100, `${chunks} chunks compared`);
});

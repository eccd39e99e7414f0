// The bundles are ASCII, so that V8 keeps their source text (held for lazy compilation) as a
// one-byte string, half the memory of a two-byte one; scripts/ascii.mjs says why and how.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error -- a plain .mjs build helper without type declarations
import { asciiOnly, asciiOnlyWithMap } from '../../scripts/ascii.mjs';
import { transformSync } from 'esbuild';

const ROOT = join(__dirname, '..', '..');
const escape = asciiOnly as (code: string) => string;
const escapeWithMap = asciiOnlyWithMap as (code: string, map: string) => { code: string; map: string };

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Each mapping of a source map as [generated line, generated column, original line, original column]. */
function mappings(map: string): number[][] {
  const out: number[][] = [];
  let line = 0;
  let column = 0;
  JSON.parse(map)
    .mappings.split(';')
    .forEach((text: string, generatedLine: number) => {
      let generatedColumn = 0;
      for (const segment of text ? text.split(',') : []) {
        const values: number[] = [];
        let value = 0;
        let shift = 0;
        for (const c of segment) {
          const digit = BASE64.indexOf(c);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = shift = 0;
          }
        }
        generatedColumn += values[0];
        if (values.length > 1) {
          line += values[2];
          column += values[3];
        }
        out.push([generatedLine, generatedColumn, line, column]);
      }
    });
  return out;
}

test('escaped regular expressions, strings and comments mean what the originals meant', () => {
  const sources = [
    '/[’`]/g',
    "/['’\\-]/u",
    '/\\’/', // an identity escape in a non-unicode regex
    '/\\\\’/', // an escaped backslash, then the character
    '/[🪦x]/u', // above U+FFFF, one code point under the u flag
    '/^🪦$/', // two code units without it
    '/^(?:…|\\.\\.\\.)$/',
    '"a—b’c"',
    '`t—${1}’`',
    '/* “quoted” */ "x"',
  ];
  const probes = ['’', '`', "'", '-', '\\', '\\’', 'x', '🪦', '\uD83E', '…', '...', 'a—b’c'];
  for (const source of sources) {
    const escaped = escape(source);
    assert.match(escaped, /^[\x00-\x7f]*$/, escaped);
    const before: unknown = (0, eval)(source);
    const after: unknown = (0, eval)(escaped);
    if (before instanceof RegExp && after instanceof RegExp) {
      assert.equal(after.flags, before.flags);
      for (const p of probes) {
        before.lastIndex = after.lastIndex = 0;
        assert.equal(after.test(p), before.test(p), `${source} on ${p}`);
      }
    } else {
      assert.equal(after, before, source);
    }
  }
});

test('the source map still points each generated token at its original place', () => {
  const source = 'export const quote = /[’‘]/g, dash = /—/, after = check("…", 1);\nfunction check(a: string, b: number) { return a.length + b; }\n';
  const built = transformSync(source, { loader: 'ts', sourcemap: 'external', format: 'esm' });
  assert.match(built.code, /[^\x00-\x7f]/, 'esbuild leaves the regex literals raw');
  const escaped = escapeWithMap(built.code, built.map);
  assert.match(escaped.code, /^[\x00-\x7f]*$/);
  const before = mappings(built.map);
  const after = mappings(escaped.map);
  assert.equal(after.length, before.length);
  const [beforeLines, afterLines] = [built.code.split('\n'), escaped.code.split('\n')];
  let moved = 0;
  for (let i = 0; i < before.length; i++) {
    const [line, column, originalLine, originalColumn] = before[i];
    assert.deepEqual(after[i].slice(2), [originalLine, originalColumn]);
    // The generated column now holds the same token as before the escapes (up to the first escape).
    const token = /^[\x00-\x7f]*/.exec(beforeLines[line].slice(column, column + 6))![0];
    assert.equal(afterLines[line].slice(after[i][1], after[i][1] + token.length), token, `mapping ${i}`);
    if (after[i][1] !== column) moved++;
  }
  assert.ok(moved >= 2, 'the tokens after the escapes moved');
});

test('every bundle npm run build writes is ASCII', () => {
  for (const file of ['server.js', 'cli.js', 'browser-server.js', 'extension.js', 'browser-extension.js']) {
    const code = readFileSync(join(ROOT, 'dist', file), 'utf8');
    const at = code.search(/[^\x00-\x7f]/);
    assert.equal(at, -1, `${file}: ${JSON.stringify(code.slice(at - 40, at + 10))}`);
  }
});

// LineIndex finds line breaks with indexOf: it must split lines exactly as a character-by-
// character scan does, for \n, \r\n and lone \r in any mix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/core/text';
import { rng } from '../../scripts/fuzz-lib';

function lineStartsByScan(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r') {
      if (text[i + 1] === '\n') i++;
      starts.push(i + 1);
    } else if (c === '\n') starts.push(i + 1);
  }
  return starts;
}

test('line starts match a scan of every character for any mix of line breaks', () => {
  const r = rng(3);
  const parts = ['a', 'bc', '\n', '\r', '\r\n', '\n\r', '\r\r', '\n\n', '—'];
  for (let t = 0; t < 3000; t++) {
    let text = '';
    for (let i = r.int(14); i > 0; i--) text += r.pick(parts);
    assert.deepEqual(new LineIndex(text).lineStarts, lineStartsByScan(text), JSON.stringify(text));
  }
});

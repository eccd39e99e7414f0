import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../../server/src/core/model';
import { applyEdits } from '../../server/src/core/text';
import { escapeCell, formatAllTables, formatTableEdits, insertColumnsEdits, moveRowsEdits, renderTable, splitRowLine, tableLinesMatch } from '../../server/src/core/tables';

const cellsOf = (md: string) => buildModel(md).tables.map((t) => [t.header, ...t.rows].map((r) => r.cells.map((c) => c.raw)));

function doc(table: string): string {
  return `# Post-Mortem: t\n\n## Timeline of Events\n\nBefore.\n\n${table}\n\nAfter.\n`;
}

test('splitRowLine splits as GFM does: escaped pipes stay, pipes in code split', () => {
  assert.deepEqual(splitRowLine('| a | b \\| c | d |').cells.map((c) => c.text), ['a', 'b \\| c', 'd']);
  assert.deepEqual(splitRowLine('| a `x|y` b | c |').cells.map((c) => c.text), ['a `x', 'y` b', 'c']);
  assert.deepEqual(splitRowLine('a | b').cells.map((c) => c.text), ['a', 'b']);
  assert.deepEqual(splitRowLine('|  |  |').cells.map((c) => c.text), ['', '']);
  assert.equal(splitRowLine('> | a | b |').prefix, '> ');
  // Same cells as the model (remark-gfm) on a tricky table.
  const md = doc('| T | E |\n|---|---|\n| 1 | a \\| b `c|d` |\n| 2 |\n| 3 | x | y |');
  const model = buildModel(md);
  const t = model.tables[0];
  for (const row of [t.header, ...t.rows]) {
    assert.deepEqual(splitRowLine(model.lines.lineText(row.line)).cells.map((c) => c.text), row.cells.map((c) => c.raw));
  }
});

test('formatTableEdits aligns pipes without changing any cell', () => {
  const table = [
    '| Time | Event | Info |',
    '|:--|:-:|--:|',
    '| 10:00 | a \\| b | `x|y` |',
    '| 10:01 | only two |',
    '| 10:02 | a | b | extra |',
    '|  |  |  |',
    '10:03 | no outer pipes | c',
  ].join('\n');
  const md = doc(table);
  const model = buildModel(md);
  const edits = formatTableEdits(model, model.tables[0]);
  assert.ok(edits.length > 0);
  const out = applyEdits(md, edits);
  assert.deepEqual(cellsOf(out), cellsOf(md), 'cells changed');
  assert.ok(out.startsWith(md.slice(0, model.tables[0].span.start)));
  assert.ok(out.endsWith('\n\nAfter.\n'));
  const lines = out.split('\n').filter((l) => l.startsWith('|'));
  // Full rows line up: every pipe of the header is at the same column in the delimiter.
  const pipes = (l: string) => [...l].map((c, i) => (c === '|' ? i : -1)).filter((i) => i >= 0);
  assert.deepEqual(pipes(lines[1]), pipes(lines[0]));
  assert.match(lines[1], /^\| :-+ \| :-+: \| -+: \|$/);
  // Idempotent.
  assert.deepEqual(formatTableEdits(buildModel(out), buildModel(out).tables[0]), []);
});

test('formatting a header-only table, a table in a blockquote and CRLF lines', () => {
  const md = doc('| A | Bee |\n|-|-|');
  const out = applyEdits(md, formatAllTables(buildModel(md)));
  assert.match(out, /\| A   \| Bee \|\n\| --- \| --- \|/);
  const crlf = doc('| A | B |\r\n|-|-|\r\n| 1 | 2 |').replace(/\n/g, '\r\n').replace(/\r\r/g, '\r');
  const out2 = applyEdits(crlf, formatAllTables(buildModel(crlf)));
  assert.deepEqual(cellsOf(out2), cellsOf(crlf));
  assert.ok(!/[^\r]\n/.test(out2), 'line breaks stay CRLF');
  const quoted = '# T\n\n> | a | b |\n> |-|-|\n> | 1 | 2 |\n';
  const out3 = applyEdits(quoted, formatAllTables(buildModel(quoted)));
  assert.deepEqual(cellsOf(out3), cellsOf(quoted));
  assert.ok(out3.split('\n').slice(2, 5).every((l) => l.startsWith('> |')));
});

test('insertColumnsEdits adds a column with empty cells in every row, text untouched', () => {
  const md = doc('| Time | Event |\n|---|---|\n| 10:00 | a \\| b |\n| 10:01 |\nx | y');
  const model = buildModel(md);
  const t = model.tables[0];
  const out = applyEdits(md, insertColumnsEdits(model, t, [{ before: 1, title: 'New' }, { before: 2, title: 'Last' }]));
  const after = cellsOf(out)[0];
  assert.deepEqual(after[0], ['Time', 'New', 'Event', 'Last']);
  assert.deepEqual(after[1], ['10:00', '', 'a \\| b', '']);
  assert.deepEqual(after[2], ['10:01', '', '']);
  assert.deepEqual(after[3], ['x', '', 'y', '']);
  assert.ok(out.startsWith(md.slice(0, t.span.start)) && out.endsWith('\n\nAfter.\n'));
  // Before the first column of a row without a leading pipe.
  const out2 = applyEdits(md, insertColumnsEdits(model, t, [{ before: 0, title: 'Zero' }]));
  assert.deepEqual(cellsOf(out2)[0].map((r) => r[0]), ['Zero', '', '', '']);
});

test('moveRowsEdits moves rows whole, byte for byte', () => {
  const rows = ['| 3 | c  `x|y` |', '| 1 | a \\| b |', '| 2 |   b  |'];
  const md = doc(`| T | E |\n|---|---|\n${rows.join('\n')}`);
  const model = buildModel(md);
  const out = applyEdits(md, moveRowsEdits(model, model.tables[0], [1, 2, 0]));
  assert.ok(out.includes(`${rows[1]}\n${rows[2]}\n${rows[0]}\n`));
  assert.equal(out.length, md.length);
  assert.deepEqual(moveRowsEdits(model, model.tables[0], [0, 1, 2]), []);
});

test('renderTable escapes pipes and joins lines', () => {
  assert.equal(escapeCell('a | b \\| c\nd'), 'a \\| b \\| c d');
  const t = renderTable(['A', 'B'], [['x|y', ''], ['z']]);
  const md = doc(t);
  assert.deepEqual(cellsOf(md)[0], [['A', 'B'], ['x\\|y', ''], ['z', '']]);
});

test('edits leave alone a table whose lines do not split into the parsed cells', () => {
  const md = doc('| T | E |\n|---|---|\n| 1 | a |');
  const model = buildModel(md);
  const t = model.tables[0];
  assert.ok(tableLinesMatch(model, t));
  // As if the parser had seen different cells on that line (odd containers, lazy lines).
  t.rows[0].cells[1].raw = 'something else';
  assert.ok(!tableLinesMatch(model, t));
  assert.deepEqual(formatTableEdits(model, t), []);
  assert.deepEqual(insertColumnsEdits(model, t, [{ before: 1, title: 'X' }]), []);
});

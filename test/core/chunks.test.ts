// Long tables and lists are split into continuation chunks so that an edit re-parses a few dozen
// rows; the model must be the same as one parse of the whole document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Table as MdTable, List as MdList } from 'mdast';
import { buildModel } from '../../server/src/core/model';
import { chunkBoundaries, parseChunks, parseChunkText, parseStats, ROWS_PER_CHUNK } from '../../server/src/core/parse';
import { rng } from '../../scripts/fuzz-lib';
import { generateDocument } from '../../scripts/bench-docs';

function bigDoc(rows: number, items: number, eol = '\n'): string {
  const lines = ['# Post-Mortem: big', '', '## Timeline of Events', 'All times UTC.', '| Time | Event | Information Available | Decision/Action Taken |', '|---|---|---|---|'];
  for (let i = 0; i < rows; i++) lines.push(`| ${String(10 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} | Event ${i} with a \\| pipe | \`code|${i}\` info | Did ${i} |`);
  lines.push('', '## Key Learnings');
  for (let i = 0; i < items; i++) lines.push(`- Learning ${i} about the system`, i % 5 === 0 ? '  continued on a second line' : '');
  lines.push('', 'A closing paragraph.');
  return lines.join(eol) + eol;
}

for (const eol of ['\n', '\r\n']) {
  test(`a ${eol === '\n' ? 'LF' : 'CRLF'} document with a 200-row table and a 100-item list models like one parse`, () => {
    const src = bigDoc(200, 100, eol);
    const boundaries = chunkBoundaries(src);
    assert.ok(boundaries.filter((b) => b.continues && b.prefix).length >= 5, 'the table is split');
    assert.ok(boundaries.filter((b) => b.continues && !b.prefix).length >= 2, 'the list is split');
    const whole = parseChunkText(src, true);
    const wholeTable = whole.children.find((n) => n.type === 'table') as MdTable;
    const wholeList = whole.children.find((n) => n.type === 'list') as MdList;
    const m = buildModel(src);
    assert.equal(m.tables.length, 1);
    const t = m.tables[0];
    assert.equal(t.rows.length, wholeTable.children.length - 1);
    t.rows.forEach((row, r) => {
      const mdRow = wholeTable.children[r + 1];
      assert.equal(row.cells.length, mdRow.children.length);
      row.cells.forEach((cell, c) => {
        assert.equal(src.slice(cell.span.start, cell.span.end), cell.raw);
        const pos = mdRow.children[c].position!;
        assert.equal(cell.outerSpan.start, pos.start.offset);
        assert.equal(cell.outerSpan.end, pos.end.offset);
      });
    });
    assert.equal(t.span.end, wholeTable.position!.end.offset);
    const list = m.section('key-learnings')!.blocks.find((b) => b.kind === 'list')!.list!;
    assert.equal(list.items.length, wholeList.children.length);
    list.items.forEach((item, k) => assert.equal(item.span.start, wholeList.children[k].position!.start.offset));
    assert.equal(m.lists.length, 1);
  });
}

test('an edit inside a long table re-parses one chunk of rows', () => {
  const src = bigDoc(400, 10);
  buildModel(src);
  const at = src.indexOf('Event 250 ');
  const edited = src.slice(0, at) + 'x' + src.slice(at);
  const before = parseStats.parsed;
  const m = buildModel(edited);
  assert.equal(parseStats.parsed - before, 1);
  assert.equal(m.tables[0].rows.length, 400);
  assert.ok(m.tables[0].rows[250].cells[1].raw.startsWith('xEvent 250'));
  assert.ok(ROWS_PER_CHUNK <= 64);
});

test('tables that only look long, lists inside fences, and mixed markers are not split wrongly', () => {
  const fenced = '## A\n```\n' + Array.from({ length: 100 }, (_, i) => `- item ${i}`).join('\n') + '\n```\n';
  assert.equal(chunkBoundaries(fenced).length, 1);
  const mixed = '## A\n' + Array.from({ length: 70 }, (_, i) => `${i % 2 ? '-' : '*'} item ${i}`).join('\n') + '\n';
  assert.equal(chunkBoundaries(mixed).filter((b) => b.continues).length, 0);
  const mismatch = '## A\n| a | b |\n|---|\n' + Array.from({ length: 80 }, (_, i) => `| ${i} | x |`).join('\n') + '\n';
  assert.equal(chunkBoundaries(mismatch).filter((b) => b.continues).length, 0);
});

test('chunk boundaries found again after random edits (a rescan around the edit) equal a scan of the whole text', () => {
  const EDITS = ['x', '\n', '\n\n', '# ', '## H\n', '|', '| 10:00 | a | b | c |\n', '|---|---|---|---|\n', '```\n', '~~~', '<!--', '-->', '- ', '1. ', '---\n', '\r', '\r\n', '    '];
  const docs = [bigDoc(60, 30), bigDoc(40, 20, '\r\n'), generateDocument(400, 5)];
  docs.forEach((original, k) => {
    const r = rng(31 + k);
    let text = original;
    parseChunks(text);
    for (let i = 0; i < 100; i++) {
      // Half the edits land on a chunk's first line, where a rescan would resume.
      const starts = chunkBoundaries(text).map((b) => b.start);
      const at = r.next() < 0.5 ? Math.min(text.length, r.pick(starts) + r.int(4)) : r.int(text.length + 1);
      if (r.next() < 0.7) text = text.slice(0, at) + r.pick(EDITS) + text.slice(at);
      else text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + r.int(12)));
      const warm = parseChunks(text).map((c) => ({ start: c.start, prefix: c.prefix, continues: c.continues }));
      const cold = chunkBoundaries(text).map((b) => ({ start: b.start, prefix: b.prefix ?? '', continues: !!b.continues }));
      assert.deepEqual(warm, cold, `document ${k}, edit ${i} at ${at}`);
    }
  });
});

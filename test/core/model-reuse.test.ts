// A model built after an edit reuses what the previous build derived from unchanged chunks
// (their trees, and what was built from them): it must equal a model built cold from the same
// text, offsets, lines and prose maps included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel, ModelReuse, type List, type PostMortem, type Section } from '../../server/src/core/model';
import { clearCaches } from '../../server/src/core/cache';
import { parseStats } from '../../server/src/core/parse';
import { rng } from '../../scripts/fuzz-lib';
import { generateDocument } from '../../scripts/bench-docs';

const examples = ['dns-outage', 'cert-expiry', 'queue-backlog', 'checkout-latency'].map((n) => readFileSync(join(__dirname, '..', '..', 'examples', `${n}.postmortem.md`), 'utf8'));
const EDITS = ['x', ' ', '\n', '\n\n', '|', '| 10:00 | a | b | c |\n', 'Eli forgot to check. ', '## Impact\n', '- ', '`', '**', '"'];

/** Everything a rule can read from the model, as plain data (sections by their heading's offset). */
function plain(m: PostMortem): unknown {
  const sectionAt = (s: Section | undefined) => s?.heading.span.start;
  return {
    headings: m.headings,
    title: m.title,
    header: m.header,
    headerSpan: m.headerSpan,
    template: m.template.profile.id,
    sections: m.sections.map((s) => ({
      ...s,
      parent: sectionAt(s.parent),
      children: s.children.map(sectionAt),
      blocks: s.blocks.map((b) => ({ kind: b.kind, span: b.span, fields: b.fields, prose: b.prose.map((u) => u.span), table: b.table?.span, list: b.list?.span })),
    })),
    preamble: m.preamble.map((b) => ({ kind: b.kind, span: b.span, fields: b.fields })),
    tables: m.tables.map((t) => ({
      kind: t.kind,
      span: t.span,
      delimiter: t.delimiter,
      columns: t.columns,
      section: sectionAt(t.section),
      rows: [t.header, ...t.rows].map((r) => ({ span: r.span, line: r.line, cells: r.cells.map((c) => ({ raw: c.raw, span: c.span, outerSpan: c.outerSpan, column: c.column, prose: c.prose?.span })) })),
    })),
    lists: m.lists.map(plainList),
    prose: m.prose.map((u) => ({
      kind: u.kind,
      span: u.span,
      text: u.text,
      offsets: [...u.offsets],
      exempt: u.exempt,
      context: u.context,
      section: sectionAt(u.section),
      table: u.table?.span,
      row: u.row?.line,
      column: u.column,
    })),
    directives: m.directives,
    frontMatter: m.frontMatter,
  };
}

function plainList(l: List): unknown {
  return { span: l.span, ordered: l.ordered, items: l.items.map((i) => ({ span: i.span, contentSpan: i.contentSpan, text: i.text, children: i.children.map(plainList) })) };
}

function checkEdits(original: string, seed: number, edits: number) {
  const r = rng(seed);
  let text = original;
  // Warm builds take over the last model's rows and list items through the document's handle.
  const reuse = new ModelReuse();
  buildModel(text, { reuse });
  for (let i = 0; i < edits; i++) {
    const at = r.int(text.length + 1);
    const roll = r.next();
    if (roll < 0.6) text = text.slice(0, at) + r.pick(EDITS) + text.slice(at);
    else if (roll < 0.8) text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + r.int(20)));
    // The same length: a chunk at the same offset with other text must not be taken for the old one.
    else if (at < text.length && text[at] !== '\n') text = text.slice(0, at) + (text[at] === 'y' ? 'z' : 'y') + text.slice(at + 1);
    const warm = plain(buildModel(text, { reuse }));
    clearCaches();
    const cold = plain(buildModel(text));
    assert.deepEqual(warm, cold, `edit ${i} at ${at}`);
    // The cold build parsed anew: the handle takes that parse's parts for the next edit to reuse.
    buildModel(text, { reuse });
  }
}

test('a model rebuilt after random edits equals a cold model of the same text', () => {
  examples.forEach((text, k) => checkEdits(text, 11 + k, 25));
});

test('a long generated post-mortem rebuilt after random edits equals a cold model', () => {
  checkEdits(generateDocument(600, 3), 5, 30);
});

test('an edit re-parses only the chunk it touched, before and after shifted chunks', () => {
  const text = generateDocument(1000, 7);
  buildModel(text);
  const at = text.indexOf('\n', Math.floor(text.length / 2)) + 3;
  const before = parseStats.parsed;
  buildModel(text.slice(0, at) + 'x' + text.slice(at));
  assert.equal(parseStats.parsed - before, 1);
});

/** The rows of every table, header rows included, in document order. */
const rowsOf = (m: PostMortem) => m.tables.flatMap((t) => [t.header, ...t.rows]);

test('an edit in one timeline row keeps the rows, cells and cell prose of every other chunk, and moves them', () => {
  const text = generateDocument(1000, 7);
  const reuse = new ModelReuse();
  const before = buildModel(text, { reuse });
  const timeline = before.tables.find((t) => t.kind === 'timeline')!;
  const edited = timeline.rows[100];
  // Typing at the start of a row's second cell moves every row after it by one character.
  const at = edited.cells[1].span.start;
  const after = buildModel(text.slice(0, at) + 'x' + text.slice(at), { reuse });
  const chunkOf = (m: PostMortem, offset: number) => m.chunks.findIndex((c) => c.start <= offset && offset < c.end);
  const editedChunk = chunkOf(before, at);
  const oldRows = rowsOf(before);
  const newRows = rowsOf(after);
  assert.equal(newRows.length, oldRows.length);
  let kept = 0;
  newRows.forEach((row, i) => {
    const old = oldRows[i];
    if (chunkOf(before, old.span.start) === editedChunk) {
      assert.notEqual(row, old, `row ${i} is in the edited chunk`);
      return;
    }
    kept++;
    assert.equal(row, old, `row ${i}`);
    row.cells.forEach((cell, c) => assert.equal(cell.prose, old.cells[c].prose));
  });
  assert.ok(kept > oldRows.length - 10, `${kept} of ${oldRows.length} rows kept`);
  assert.ok(after.prose.includes(timeline.rows[200].cells[1].prose!));
  // Reused objects read the new text at their new places, as a cold build would.
  clearCaches();
  assert.deepEqual(plain(after), plain(buildModel(after.source)));
});

test('an edit in one list item keeps the other items and their prose', () => {
  const text = generateDocument(1000, 7);
  const reuse = new ModelReuse();
  const before = buildModel(text, { reuse });
  const list = before.lists.reduce((a, b) => (b.items.length > a.items.length ? b : a));
  const at = list.items[Math.floor(list.items.length / 2)].contentSpan.start;
  const after = buildModel(text.slice(0, at) + 'x' + text.slice(at), { reuse });
  const oldItems = new Set(before.lists.flatMap((l) => l.items));
  const newItems = after.lists.flatMap((l) => l.items);
  const kept = newItems.filter((item) => oldItems.has(item)).length;
  // Only the edited chunk's items (at most ROWS_PER_CHUNK) are new.
  assert.ok(kept >= newItems.length - 8 && kept < newItems.length, `${kept} of ${newItems.length} items kept`);
  const oldProse = new Set(before.prose);
  assert.ok(after.prose.filter((u) => u.kind === 'listItem' && oldProse.has(u)).length >= kept);
  clearCaches();
  assert.deepEqual(plain(after), plain(buildModel(after.source)));
});

test('a chunk repeated word for word gets its own rows at each place', () => {
  const rows = Array.from({ length: 8 }, (_, i) => `| 10:0${i} | The deploy started | Eli |`).join('\n');
  const table = `| Time | Event | Who |\n|---|---|---|\n${rows}\n${rows}\n${rows}\n`;
  const text = `# Post-mortem\n\n## Timeline\n\n${table}\n## Impact\n\nNone.\n`;
  const reuse = new ModelReuse();
  const first = buildModel(text, { reuse });
  const second = buildModel(text.replace('None.', 'None at all.'), { reuse });
  // The last two runs of rows are chunks of the same text: one cached tree at two places.
  assert.ok(new Set(first.chunks.map((c) => c.tree)).size < first.chunks.length);
  for (const m of [first, second]) {
    const all = rowsOf(m);
    assert.equal(new Set(all).size, all.length, 'no row object twice in one model');
    assert.equal(new Set(m.prose).size, m.prose.length, 'no prose unit twice in one model');
  }
  assert.deepEqual(new Set(rowsOf(second)), new Set(rowsOf(first)));
  clearCaches();
  assert.deepEqual(plain(second), plain(buildModel(second.source)));
});

test('the handle keeps only the parts of the last build', () => {
  let text = generateDocument(600, 3);
  const reuse = new ModelReuse();
  const parts = (m: PostMortem) =>
    rowsOf(m).length + [...m.preamble, ...m.sections.flatMap((s) => s.blocks)].reduce((n, b) => n + (b.list?.items.length ?? 0), 0);
  let m = buildModel(text, { reuse });
  assert.equal(reuse.size, parts(m));
  // Edits in a table row and in a list item: the chunks they left are not kept.
  for (const at of [m.tables[0].rows[5].cells[1].span.start, m.lists[0].items[0].contentSpan.start]) {
    text = text.slice(0, at) + 'x' + text.slice(at);
    m = buildModel(text, { reuse });
    assert.equal(reuse.size, parts(m));
  }
});

// A model built after an edit reuses what the previous build derived from unchanged chunks
// (their trees, and what was built from them): it must equal a model built cold from the same
// text, offsets, lines and prose maps included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel, type PostMortem, type Section } from '../../server/src/core/model';
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
    lists: m.lists,
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

function checkEdits(original: string, seed: number, edits: number) {
  const r = rng(seed);
  let text = original;
  buildModel(text);
  for (let i = 0; i < edits; i++) {
    const at = r.int(text.length + 1);
    const roll = r.next();
    if (roll < 0.6) text = text.slice(0, at) + r.pick(EDITS) + text.slice(at);
    else if (roll < 0.8) text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + r.int(20)));
    // The same length: a chunk at the same offset with other text must not be taken for the old one.
    else if (at < text.length && text[at] !== '\n') text = text.slice(0, at) + (text[at] === 'y' ? 'z' : 'y') + text.slice(at + 1);
    const warm = plain(buildModel(text));
    clearCaches();
    const cold = plain(buildModel(text));
    assert.deepEqual(warm, cold, `edit ${i} at ${at}`);
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

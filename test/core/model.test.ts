// The parser and model over the four examples and hostile shapes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel, offsetIn, proseSpan, quotedSpans } from '../../server/src/core/model';
import { chunkStarts } from '../../server/src/core/parse';

const example = (name: string) => readFileSync(join(__dirname, '..', '..', 'examples', `${name}.postmortem.md`), 'utf8');

/** Every character of every prose unit maps back to the same character in the source (or to
 * the start of an escape/entity/code span that produced it). */
function assertProseAligned(source: string, options?: Parameters<typeof buildModel>[1]) {
  const model = buildModel(source, options);
  for (const unit of model.prose) {
    assert.equal(unit.offsets.length, unit.text.length + 1);
    for (let i = 0; i < unit.text.length; i++) {
      const o = unit.offsets[i];
      assert.ok(o >= 0 && o <= source.length, `offset out of range in “${unit.text}”`);
      const c = unit.text[i];
      if (/\s/.test(c) || unit.exempt.some((x) => x.start <= i && i < x.end)) continue;
      assert.ok(source[o] === c || source[o] === '\\' || source[o] === '&', `“${c}” of “${unit.text}” maps to “${source[o]}”`);
    }
  }
  return model;
}

test('dns-outage: title, header, sections, tables and cells with exact ranges', () => {
  const src = example('dns-outage');
  const m = assertProseAligned(src);
  assert.equal(m.title?.text, 'Post-Mortem: api.example.com unreachable after a DNS change');
  assert.deepEqual(m.header.map((h) => h.field), ['date', 'facilitator', 'participants', 'severity', 'duration']);
  assert.equal(src.slice(m.field('facilitator')!.valueSpan.start, m.field('facilitator')!.valueSpan.end), 'Marcus Webb');
  assert.deepEqual(
    m.topSections.map((s) => s.id ?? s.heading.text),
    ['executive-summary', 'Impact', 'timeline', 'Resolution', 'contributing-factors', 'key-learnings', 'action-items', 'follow-up-review', 'Open Questions', 'Supporting Information', 'Appendix: incident channel excerpt'],
  );
  assert.deepEqual(m.section('contributing-factors')!.children.map((c) => c.subsection), ['technical', 'process', 'communication', 'environmental']);
  const [timeline, actions] = m.tables;
  assert.equal(timeline.kind, 'timeline');
  assert.equal(timeline.rows.length, 20);
  assert.deepEqual(timeline.columns, ['time', 'event', 'info', 'decision']);
  assert.equal(actions.kind, 'actions');
  assert.equal(actions.rows.length, 6);
  // L38: the empty Information Available cell; L97: the empty Owner cell.
  const row38 = timeline.rows.find((r) => r.line === 37)!;
  assert.equal(row38.cells[2].raw, '');
  assert.equal(row38.cells[2].span.start, row38.cells[2].span.end);
  assert.equal(actions.rows[1].cells[1].raw, '');
  for (const row of [...timeline.rows, ...actions.rows]) {
    for (const cell of row.cells) assert.equal(src.slice(cell.span.start, cell.span.end), cell.raw);
  }
  // Blockquoted chat lines are not prose.
  assert.ok(!m.prose.some((u) => u.text.includes("it's always DNS")));
  // Cells are prose, with their section context.
  const cell = m.prose.find((u) => u.kind === 'tableCell' && u.text.startsWith('The NOC ignored'))!;
  assert.equal(cell.context, 'timeline');
  assert.equal(cell.column, 'decision');
});

test('cert-expiry: front matter, plain fields, aliases, list timeline, html, no final newline', () => {
  const src = example('cert-expiry');
  assert.ok(!src.endsWith('\n'));
  // Read with the seed's template, whose aliases these headings are (detection reads it as
  // Google's: see below and test/core/templates.test.ts).
  const m = assertProseAligned(src, { template: 'seed' });
  assert.deepEqual(m.frontMatter?.data.tags, ['tls', 'certificates', 'partner-api', 'mobile']);
  assert.equal(m.title?.text, 'Incident report: partner API certificate expired');
  assert.deepEqual(m.header.map((h) => [h.label, h.field, h.alias, h.form]), [
    ['Date', 'date', false, 'plain'],
    ['Owner', undefined, false, 'plain'],
    ['Attendees', 'participants', true, 'plain'],
    ['Severity', 'severity', false, 'plain'],
    ['Impact window', 'duration', true, 'plain'],
  ]);
  assert.deepEqual(m.topSections.filter((s) => s.id).map((s) => [s.heading.text, s.id, s.alias]), [
    ['Summary', 'executive-summary', true],
    ['Timeline', 'timeline', true],
    ['Root Cause', 'contributing-factors', true],
    ['Lessons Learned', 'key-learnings', true],
    ['Follow-ups', 'action-items', true],
  ]);
  // Detected as Google's template: the same roles, most headings under their own titles.
  const google = buildModel(src);
  assert.equal(google.template.profile.id, 'google-sre');
  assert.deepEqual(google.topSections.filter((s) => s.id).map((s) => [s.heading.text, s.id, s.key, s.alias]), [
    ['Summary', 'executive-summary', 'summary', false],
    ['Timeline', 'timeline', 'timeline', false],
    ['Root Cause', 'contributing-factors', 'root-causes', true],
    ['Lessons Learned', 'key-learnings', 'lessons-learned', false],
    ['Follow-ups', 'action-items', 'action-items', true],
  ]);
  const timeline = m.section('timeline')!;
  const list = timeline.blocks.find((b) => b.kind === 'list')!.list!;
  assert.equal(list.items.length, 18);
  assert.ok(list.items[0].text.startsWith('Sep 30, 14:10 — quarterly secret rotation replaces the DNS provider API token; the old token is revoked'));
  assert.equal(m.tables[0].kind, 'actions');
  assert.deepEqual(m.tables[0].columns, ['action', 'owner', 'ticket']);
  // The last line ends the file and is still a paragraph of the Follow-ups section.
  const last = m.prose[m.prose.length - 1];
  assert.equal(last.span.end, src.length);
  assert.ok(!m.prose.some((u) => u.text.includes('cert-expiry-gateway-errors.png')));
});

test('queue-backlog and checkout-latency parse with every table row typed', () => {
  for (const name of ['queue-backlog', 'checkout-latency']) {
    const m = assertProseAligned(example(name));
    assert.deepEqual(m.tables.map((t) => t.kind), ['timeline', 'actions']);
    assert.ok(m.tables.every((t) => t.rows.every((r) => r.cells.length === 4)));
    assert.equal(m.section('what-went-well')!.children[0].heading.text, 'Where we got lucky');
  }
});

test('hostile shapes never throw and keep ranges inside the document', () => {
  const cases: Record<string, string> = {
    empty: '',
    whitespace: '   \n\n\t\n',
    'heading only': '# Post-Mortem: nothing else',
    'no final newline': '# Post-Mortem: x\n\n## Executive Summary\nShort.',
    crlf: '# Post-Mortem: x\r\n**Date**: 2026-01-02  \r\n\r\n## Timeline of Events\r\n| Time | Event |\r\n|---|---|\r\n| 10:00 | a |\r\n',
    cr: '# Post-Mortem: x\r**Date**: 2026-01-02\r\r## Executive Summary\rText here.\r',
    bom: '\uFEFF# Post-Mortem: x\n**Date**: 2026-01-02\n',
    'front matter only': '---\ntitle: x\n---\n',
    'bad front matter': '---\ntitle: [unclosed\n---\n# Post-Mortem: x\n',
    html: '# Post-Mortem: x\n\n<div>\n<img src="a.png">\n</div>\n\n## Impact\n<details><summary>x</summary>\n\nText\n</details>\n',
    ragged: '# Post-Mortem: x\n## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n| one |\n| a | b | c | d | e | f |\n|\n',
    'header only table': '## Timeline of Events\n| Time | Event | Information Available | Decision/Action Taken |\n|---|---|---|---|\n',
    'escaped pipes and code': '## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n| Split a \\| b | `x|y` | 2026-01-01 | ok &amp; done |\n',
    emoji: '# Post-Mortem: 🔥 outage 😅\n**Participants**: Zoë 🧑‍💻, 李雷\n\n## Executive Summary\nThe 🚀 deploy broke 🌍 traffic for Zoë’s team.\n',
    'fence with heading inside': '## Executive Summary\n```\n## not a heading\n```\n## Impact\nText\n',
    'deep nesting': '## Key Learnings\n' + Array.from({ length: 60 }, (_, i) => '  '.repeat(i) + '- level ' + i).join('\n') + '\n',
    'unclosed fence': '## Impact\n```\n## x\nnever closed',
    'zero width and rtl': '## Executive Summary\nThe\u200b deploy \u202Eevil\u202C was \u2066fine\u2069.\n',
  };
  for (const [name, src] of Object.entries(cases)) {
    const m = buildModel(src);
    for (const u of m.prose) {
      assert.ok(u.span.start >= 0 && u.span.end <= src.length && u.span.start <= u.span.end, `${name}: prose span`);
      const s = proseSpan(u, 0, u.text.length);
      assert.ok(s.start >= 0 && s.end <= src.length, `${name}: mapped span`);
    }
    for (const t of m.tables) for (const r of t.rows) for (const c of r.cells) assert.ok(c.span.end <= src.length, `${name}: cell span`);
  }
});

test("a unit's offsets read one by one (kept compactly for plain text) equal its materialised offsets", () => {
  // Escapes, entities, code spans, line breaks and links make offsets jump; plain cells do not.
  const extra = '# T\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 09:00 | plain words |\n| 09:01 | a \\| pipe &amp; `code` and *em* |\n\nLine one\nline two [link](x) &copy;\n';
  let compact = 0;
  for (const source of [...['dns-outage', 'queue-backlog', 'checkout-latency', 'cert-expiry'].map(example), extra]) {
    for (const unit of buildModel(source).prose) {
      const one = Array.from({ length: unit.text.length + 1 }, (_, i) => offsetIn(unit, i));
      if (one.every((o, i) => o === one[0] + i)) compact++;
      assert.ok(Number.isNaN(offsetIn(unit, unit.text.length + 1)) && Number.isNaN(offsetIn(unit, -1)), `no offset outside “${unit.text}”`);
      assert.deepEqual(one, unit.offsets, `offsets of “${unit.text}”`);
    }
  }
  assert.ok(compact > 100);
});

test('UTF-16 ranges: emoji and accents map to JS string offsets, as LSP counts', () => {
  const src = '# Post-Mortem: x\n\n## Executive Summary\n🔥🔥 Chloé’s deploy broke it.\n';
  const m = buildModel(src);
  const unit = m.prose.find((u) => u.kind === 'paragraph')!;
  const at = unit.text.indexOf('deploy');
  const span = proseSpan(unit, at, at + 'deploy'.length);
  assert.equal(src.slice(span.start, span.end), 'deploy');
  const pos = m.lines.positionAt(span.start);
  assert.deepEqual(pos, { line: 3, character: '🔥🔥 Chloé’s '.length });
  assert.equal('🔥🔥 Chloé’s '.length, 13); // two surrogate pairs count 4 units
});

test('CRLF: positions count lines the way editors do', () => {
  const src = '# Post-Mortem: x\r\n\r\n## Executive Summary\r\nHello world.\r\n';
  const m = buildModel(src);
  const unit = m.prose.find((u) => u.kind === 'paragraph')!;
  assert.deepEqual(m.lines.rangeOf(unit.span), { start: { line: 3, character: 0 }, end: { line: 3, character: 12 } });
  assert.equal(m.lines.eol, '\r\n');
});

test('chunks split at headings outside fences, comments and front matter', () => {
  const src = '---\ntitle: a\n# not heading\n---\n# T\ntext\n```\n# in code\n```\n<!--\n# in comment\n-->\n## S\n';
  const starts = chunkStarts(src);
  assert.deepEqual(starts.map((s) => src.slice(s, s + 4)), ['---\n', '# T\n', '## S']);
});

test('directives are read from HTML comments, block and inline', () => {
  const src = '# Post-Mortem: x\n<!-- postmortem-disable counterfactual -->\n\nText <!-- postmortem-disable-line animated-language, hindsight-minimizing --> here.\n<!-- postmortem-enable -->\n';
  const m = buildModel(src);
  assert.deepEqual(m.directives.map((d) => [d.kind, d.ruleIds, d.line]), [
    ['disable', ['counterfactual'], 1],
    ['disable-line', ['animated-language', 'hindsight-minimizing'], 3],
    ['enable', [], 4],
  ]);
});

test('a byte-order mark does not shift ranges', () => {
  const src = '\uFEFF# Post-Mortem: x\n\n## Executive Summary\n\nThe deploy failed at 10:00.\n';
  const m = buildModel(src);
  assert.equal(src.slice(m.title!.textSpan.start, m.title!.textSpan.end), 'Post-Mortem: x');
  const unit = m.prose.find((u) => u.kind === 'paragraph')!;
  assert.equal(src.slice(unit.span.start, unit.span.end), 'The deploy failed at 10:00.');
  const at = unit.text.indexOf('failed');
  const span = proseSpan(unit, at, at + 6);
  assert.equal(src.slice(span.start, span.end), 'failed');
});

test('quotations as real writing marks them: by the book, mixed straight and curly marks, and a curly quote running on (issue 11)', () => {
  const quoted = (text: string) => quotedSpans(text).map((q) => text.slice(q.start, q.end));
  assert.deepEqual(quoted('He said “it was fine” and left.'), ['“it was fine”']);
  assert.deepEqual(quoted('He said "it was fine" and left.'), ['"it was fine"']);
  // Pasted text: a straight quote closed by a curly one, and the reverse.
  assert.deepEqual(quoted('"It was infested with sloppiness.” said the chair.'), ['"It was infested with sloppiness.”']);
  assert.deepEqual(quoted('The chair said “it was sloppy work" and left.'), ['“it was sloppy work"']);
  // A quotation over several paragraphs opens each one and closes only the last.
  assert.deepEqual(quoted('Gleason told Forrester, “but he was honest, and no reckless behavior was involved.'), ['“but he was honest, and no reckless behavior was involved.']);
  // A straight mark with no partner is inches or a typo, not a quotation; one word is not a quotation.
  assert.deepEqual(quoted('The engineer racked the 10" switch in the wrong slot.'), []);
  assert.deepEqual(quoted('It was “sloppy” work.'), []);
});

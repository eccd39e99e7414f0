// The snippets: valid snippet syntax, each expands (Tab through the defaults) to markdown the core
// model understands as what it claims to be, and the whole template lints with only the findings
// a template with placeholders must have.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../../server/src/core/model';
import { lint } from '../../server/src/core/engine';
import { SECTIONS, HEADER_FIELDS } from '../../server/src/core/template';
import { expandSnippet, parseSnippet, SnippetSyntaxError, tabstops } from './snippet-syntax';
import { BUILTIN_PROFILES } from '../../server/src/core/templates/index';
import { snippetName, withProfileSnippets } from '../../scripts/gen-snippets';

const root = join(import.meta.dirname, '..', '..');
const file = 'snippets/postmortem.code-snippets';
const snippets: Record<string, { prefix: string[] | string; description: string; body: string[] | string }> = JSON.parse(readFileSync(join(root, file), 'utf8'));
const bodyOf = (name: string) => {
  const b = snippets[name].body;
  return Array.isArray(b) ? b.join('\n') : b;
};
// Fixed values for the date variables, so expansions are reproducible.
const VARS = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '02' };
const expand = (name: string) => expandSnippet(parseSnippet(bodyOf(name)), VARS);
const TODAY = '2026-11-05';

/** The template lints with this and nothing else: every placeholder is reported by
 *  placeholder-text, once (the four Contributing Factors subsections hold only placeholders,
 *  which contributing-factors-count leaves to it). */
const ALLOWED_TEMPLATE_RULES = ['placeholder-text'];

test('the manifest contributes the snippets file for markdown', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.ok(pkg.contributes.snippets.some((s: { language: string; path: string }) => s.language === 'markdown' && s.path === `./${file}`));
});

test('every snippet has prefixes, a description and a body; prefixes are unique', () => {
  const seen = new Set<string>();
  assert.ok(Object.keys(snippets).length >= 12);
  for (const [name, s] of Object.entries(snippets)) {
    const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
    assert.ok(prefixes.length > 0, name);
    for (const p of prefixes) {
      assert.match(p, /^(pm-[a-z-]+|postmortem)$/, `${name}: prefix ${p}`);
      assert.ok(!seen.has(p), `duplicate prefix ${p}`);
      seen.add(p);
    }
    assert.ok(s.description.length > 20, `${name}: description`);
    assert.ok(bodyOf(name).length > 0, `${name}: body`);
  }
});

test('the snippet parser accepts valid syntax and rejects broken syntax', () => {
  assert.deepEqual(parseSnippet('a ${1:b ${2:c}} $0 \\$5 ${3|x,y\\,z|} $CURRENT_YEAR ${TM_FILENAME:f}').map((n) => n.kind), [
    'text', 'placeholder', 'text', 'tabstop', 'text', 'choice', 'text', 'variable', 'text', 'variable',
  ]);
  assert.equal(expandSnippet(parseSnippet('a ${1:b ${2:c}} \\$5 ${3|x,y\\,z|}')), 'a b c $5 x');
  assert.equal(expandSnippet(parseSnippet('$CURRENT_YEAR-${CURRENT_MONTH}'), VARS), '2026-11');
  for (const bad of ['${1:abc', '${1|a,,b|}', '${1|a,b}', '$NOT_A_VARIABLE', '${1x}', 'cost: $ 5', '${', '${:x}']) {
    assert.throws(() => parseSnippet(bad), SnippetSyntaxError, bad);
  }
});

test('every snippet body is valid snippet syntax with tabstops numbered 1..n and one $0', () => {
  for (const name of Object.keys(snippets)) {
    const nodes = parseSnippet(bodyOf(name));
    const stops = tabstops(nodes);
    assert.equal(stops.filter((t) => t === 0).length, 1, `${name}: exactly one $0`);
    const numbered = [...new Set(stops.filter((t) => t > 0))].sort((a, b) => a - b);
    assert.deepEqual(numbered, numbered.map((_, k) => k + 1), `${name}: tabstops ${numbered}`);
    // Nothing left unexpanded: a literal "${" would mean a broken escape.
    assert.ok(!expand(name).includes('${'), name);
  }
});

test('the severity is a choice of the configured levels', () => {
  for (const name of ['Post-mortem: whole template', 'Post-mortem: header block']) {
    const body = bodyOf(name);
    assert.match(body, /\*\*Severity\*\*: \$\{\d+\|Critical,High,Medium,Low\|\}/);
  }
});

test('each section snippet is its template section, with its guidance as the description', () => {
  for (const spec of SECTIONS) {
    const name = `Post-mortem section: ${spec.title}`;
    assert.ok(snippets[name], name);
    assert.ok(snippets[name].description.startsWith(spec.guidance), `${name}: guidance`);
    const model = buildModel(`# Post-Mortem: T\n\n${expand(name)}`);
    const section = model.section(spec.id);
    assert.ok(section, `${name} parses as ${spec.id}`);
    assert.equal(section!.heading.text, spec.title);
    assert.equal(section!.alias, false);
    assert.ok(section!.bodySpan.end > section!.bodySpan.start, `${name} has a body`);
  }
  // The contributing-factors section carries the four subsections.
  const cf = buildModel(expand('Post-mortem section: Contributing Factors')).section('contributing-factors')!;
  assert.deepEqual(cf.children.map((c) => c.subsection), ['technical', 'process', 'communication', 'environmental']);
});

test('the header block gives the title and the five header fields', () => {
  const model = buildModel(expand('Post-mortem: header block'));
  assert.equal(model.title?.text, 'Post-Mortem: [Incident Title]');
  assert.deepEqual(model.header.map((h) => h.field), HEADER_FIELDS.map((f) => f.id));
  assert.equal(model.field('date')?.value, '2026-11-02');
  assert.equal(model.field('severity')?.value, 'Critical');
});

test('the timeline row and the action-item row parse as rows of their tables', () => {
  const timeline = buildModel(`## Timeline of Events\n| Time | Event | Information Available | Decision/Action Taken |\n|---|---|---|---|\n${expand('Post-mortem: timeline row')}\n`);
  assert.equal(timeline.tables.length, 1);
  assert.equal(timeline.tables[0].kind, 'timeline');
  assert.equal(timeline.tables[0].rows.length, 1);
  assert.deepEqual(timeline.tables[0].rows[0].cells.map((c) => c.raw), ['HH:MM', '[What happened]', '[What was known at that moment]', '[What was decided or done]']);

  const actions = buildModel(`## Action Items\n| Action | Owner | Due Date | Success Metric | Status |\n|---|---|---|---|---|\n${expand('Post-mortem: action item row')}\n`);
  assert.equal(actions.tables[0].kind, 'actions');
  assert.equal(actions.tables[0].rows.length, 1);
  assert.equal(actions.tables[0].rows[0].cells.length, 5);
  assert.equal(actions.tables[0].rows[0].cells[4].raw, 'Open', 'a new item is open (the status convention)');
});

test('the contributing-factor subsection is recognised under Contributing Factors', () => {
  const model = buildModel(`## Contributing Factors\n${expand('Post-mortem: contributing-factor subsection')}`);
  const cf = model.section('contributing-factors')!;
  assert.equal(cf.children.length, 1);
  assert.equal(cf.children[0].subsection, 'technical');
  assert.match(bodyOf('Post-mortem: contributing-factor subsection'), /\$\{1\|Technical,Process,Communication,Environmental\|\} Factors/);
});

test('the follow-up review snippet defaults to incident Date + 28 days and offers 21 and 14', () => {
  const body = bodyOf('Post-mortem section: Follow-Up Review');
  assert.match(body, /\$\{1\|\[incident Date \+ 28 days\],\[incident Date \+ 21 days\],\[incident Date \+ 14 days\]\|\}/);
  const model = buildModel(expand('Post-mortem section: Follow-Up Review'));
  const fields = model.section('follow-up-review')!.blocks.flatMap((b) => b.fields);
  assert.deepEqual(fields.map((f) => [f.label, f.value]), [
    ['Scheduled for', '[incident Date + 28 days]'],
    ['Focus', 'Review action item progress and measure improvement effectiveness'],
  ]);
});

test('the whole template parses as the full template', () => {
  const model = buildModel(expand('Post-mortem: whole template'));
  assert.deepEqual(model.topSections.map((s) => s.id), SECTIONS.map((s) => s.id));
  assert.deepEqual(model.header.map((h) => h.field), HEADER_FIELDS.map((f) => f.id));
  assert.deepEqual(model.tables.map((t) => t.kind), ['timeline', 'actions']);
  assert.deepEqual(model.tables[0].columns, ['time', 'event', 'info', 'decision']);
  assert.deepEqual(model.tables[1].columns, ['action', 'owner', 'due', 'metric', 'status']);
});

test(`the whole template lints with only ${ALLOWED_TEMPLATE_RULES.join(' and ')}`, () => {
  const text = expand('Post-mortem: whole template');
  const { findings } = lint(text, { today: TODAY });
  const unexpected = findings.filter((f) => !ALLOWED_TEMPLATE_RULES.includes(f.ruleId));
  assert.deepEqual(unexpected.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
  // Every placeholder is reported, each on a bracketed placeholder.
  const placeholders = findings.filter((f) => f.ruleId === 'placeholder-text');
  // (The title's "[Incident Title]" is left out: placeholder-text does not read headings yet.)
  const bracketed = text.slice(text.indexOf('\n')).match(/\[[^\]]+\]/g) ?? [];
  assert.ok(placeholders.length >= bracketed.length, `${placeholders.length} placeholder findings for ${bracketed.length} placeholders`);
  for (const f of placeholders) assert.match(text.slice(f.start, f.end), /^\[[^\]]+\]$/);
  assert.equal(findings.filter((f) => f.ruleId === 'contributing-factors-count').length, 0);
});

test('the template, filled in, loses its placeholder findings (the allow-list is not hiding anything)', () => {
  const filled = expand('Post-mortem: whole template')
    .replace('[Incident Title]', 'Checkout latency')
    .replace(/\[[^\]]+\]/g, 'Filled');
  const { findings } = lint(filled, { today: TODAY });
  assert.equal(findings.filter((f) => f.ruleId === 'placeholder-text').length, 0);
  // Filling every cell with the same word produces real findings of other rules: the test above
  // would catch them in the template.
  assert.ok(findings.some((f) => !ALLOWED_TEMPLATE_RULES.includes(f.ruleId)));
});

// --- the other templates' whole-template snippets ---------------------------------------------

test('every template profile has a whole-template snippet, generated from its data (npm run snippets)', () => {
  assert.equal(readFileSync(join(root, file), 'utf8'), withProfileSnippets(readFileSync(join(root, file), 'utf8')), 'run npm run snippets');
  for (const p of BUILTIN_PROFILES.filter((x) => x.id !== 'seed')) assert.ok(snippets[snippetName(p)], p.id);
});

for (const p of BUILTIN_PROFILES.filter((x) => x.id !== 'seed')) {
  test(`the ${p.id} snippet expands to a document in that template with placeholder findings only`, () => {
    const text = expand(snippetName(p));
    const { model, findings } = lint(text, { today: TODAY });
    assert.deepEqual([model.template.profile.id, model.template.how], [p.id, 'front-matter']);
    assert.deepEqual(model.topSections.map((s) => s.key), p.sections.map((s) => s.id));
    assert.equal(model.field('date')?.value ?? '2026-11-02', '2026-11-02');
    assert.deepEqual(findings.filter((f) => f.ruleId !== 'placeholder-text').map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
  });
}

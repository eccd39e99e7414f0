// A document written to each template's own shape: the New Post-Mortem text (every part still a
// placeholder) lints with placeholder findings only, and a filled-in document in that template
// (test/fixtures/templates/<id>.md) is detected as it and lints without structure, timeline or
// action-item findings. Taking out a required section gives exactly that one finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/core/engine';
import { BUILTIN_PROFILES } from '../../server/src/core/templates/index';
import { newDocumentText } from '../../server/src/lsp/server';

const TODAY = '2026-11-20';
const SHAPE = ['structure', 'timeline', 'actions', 'follow-up'];
const fixture = (id: string) => readFileSync(join(__dirname, '..', 'fixtures', 'templates', `${id}.md`), 'utf8');
const describe = (text: string, f: { ruleId: string; start: number; end: number; message: string }) => `${f.ruleId} “${text.slice(f.start, f.end).slice(0, 40)}”: ${f.message}`;

for (const profile of BUILTIN_PROFILES) {
  test(`${profile.id}: the New Post-Mortem document lints with placeholder findings only`, () => {
    const text = newDocumentText('Cache stampede on the catalogue API', '2026-11-02', profile);
    const { model, findings } = lint(text, { today: TODAY });
    assert.equal(model.template.profile.id, profile.id);
    // Every section of the template is there, under its own title.
    assert.deepEqual(model.topSections.map((s) => [s.key, s.alias]), profile.sections.map((s) => [s.id, false]));
    const other = findings.filter((f) => f.ruleId !== 'placeholder-text');
    assert.deepEqual(other.map((f) => describe(text, f)), []);
    assert.ok(findings.length > 0, 'the placeholders are reported');
  });

  if (profile.id === 'seed') continue; // the seed's filled-in documents are the examples (test/examples)

  test(`${profile.id}: a filled-in document in this template is detected as it and has no structure, timeline or action-item finding`, () => {
    const text = fixture(profile.id);
    const { model, findings } = lint(text, { today: TODAY });
    assert.equal(model.template.profile.id, profile.id, `detected from ${model.template.matched.join(', ')}`);
    assert.equal(model.template.how, 'auto');
    assert.deepEqual(findings.filter((f) => SHAPE.includes(f.category)).map((f) => describe(text, f)), []);
  });

  test(`${profile.id}: leaving out a required section gives exactly that finding`, () => {
    const text = fixture(profile.id);
    const spec = profile.sections.filter((s) => s.required).pop()!;
    const start = text.indexOf(`\n## ${spec.title}\n`);
    assert.ok(start >= 0, spec.title);
    const next = text.indexOf('\n## ', start + 1);
    const without = text.slice(0, start) + (next === -1 ? '\n' : text.slice(next));
    const { model, findings } = lint(without, { today: TODAY });
    assert.equal(model.template.profile.id, profile.id);
    const structure = findings.filter((f) => f.category === 'structure');
    assert.deepEqual(structure.map((f) => f.message), [`Missing section: ${spec.title}.`]);
    // Its fix inserts the template's skeleton for it.
    assert.ok(structure[0].fixes[0].edits.some((e) => e.newText.includes(spec.skeleton.split('\n')[0])));
  });
}

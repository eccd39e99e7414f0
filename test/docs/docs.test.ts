// The rule docs and the README's rule table are generated from the rules' metadata; this fails
// when they drift (run `npm run docs`), and checks the metadata itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, rulePage, sortedRules, withReadmeTable } from '../../scripts/gen-docs';
import { SOURCES } from '../../server/src/core/sources';

test('every rule has a committed page equal to the generated one', () => {
  const dir = join(ROOT, 'docs', 'rules');
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  assert.deepEqual(files, sortedRules().map((r) => `${r.id}.md`).sort(), 'run npm run docs');
  for (const rule of sortedRules()) assert.equal(readFileSync(join(dir, `${rule.id}.md`), 'utf8'), rulePage(rule), `docs/rules/${rule.id}.md is stale: run npm run docs`);
});

test('the README rule table is current', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  assert.equal(readme, withReadmeTable(readme), 'README.md rule table is stale: run npm run docs');
});

test('rule metadata: kebab-case unique ids, text, known source keys', () => {
  const ids = new Set<string>();
  for (const r of sortedRules()) {
    assert.match(r.id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(!ids.has(r.id), `duplicate id ${r.id}`);
    ids.add(r.id);
    assert.ok(r.description.length > 10 && r.explanation.length > 20, r.id);
    for (const s of r.sources) assert.ok(SOURCES[s], `${r.id}: unknown source key ${s}`);
  }
});

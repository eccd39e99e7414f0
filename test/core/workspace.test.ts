// The workspace index (server/src/core/workspace.ts) on the fixture folder of nine post-mortems:
// the recurring conditions it finds, why (the shared terms), and how it changes incrementally.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../../server/src/core/model';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { WorkspaceIndex, belongsTo, displayTitle, indexPostMortem, sharesEnough, type RecurringCondition } from '../../server/src/core/workspace';
import { fixtureFiles, fixtureIndex, fixtureText } from '../helpers/workspace';

const summary = (c: RecurringCondition) => `${c.category ?? '-'}: ${c.terms.map((t) => t.label).join(' · ')} — ${[...new Set(c.factors.map((f) => f.doc.file.slice(0, 10)))].join(', ')}`;

test('the fixture folder: nine post-mortems, their factors by kind', () => {
  const index = fixtureIndex();
  assert.equal(index.size, 9);
  const docs = index.documents();
  assert.deepEqual(docs.map((d) => d.file), fixtureFiles(), 'sorted by file');
  const dns = docs.find((d) => d.file.includes('dns-migration'))!;
  assert.equal(dns.incidentDate, '2026-07-21');
  assert.equal(displayTitle(dns), 'Sign-in failures during the DNS provider migration');
  assert.deepEqual(dns.factors.map((f) => f.category), ['technical', 'process', 'communication', 'environmental']);
  const flags = docs.find((d) => d.file.includes('feature-flag'))!;
  assert.equal(flags.factors.length, 3, '"None identified" is not a factor');
});

test('the recurring conditions of the fixture, most widespread first, each named by its shared terms', () => {
  assert.deepEqual(fixtureIndex().conditions().map(summary), [
    'communication: channel · on-call — 2026-03-14, 2026-05-19, 2026-07-21, 2026-09-03',
    'technical: upgrade · client · library · default — 2026-03-14, 2026-06-30, 2026-09-03',
    'process: certificate · renewal · manual · tracked · calendar · reminder — 2026-04-22, 2026-10-08',
    'process: configuration · changes · roll · regions · canary · stage — 2026-05-19, 2026-10-27',
    'technical: queue · alerts · depth · message · age — 2026-03-14, 2026-08-12',
    'technical: accepted · rule — 2026-05-19, 2026-10-27',
    'technical: alerts · broker — 2026-03-14, 2026-10-08',
    'technical: certificate · expiry — 2026-04-22, 2026-10-08',
  ]);
});

test('every condition is explainable: its factors have all its terms, come from two or more post-mortems, fit its kind', () => {
  const conditions = fixtureIndex().conditions();
  for (const c of conditions) {
    assert.ok(c.terms.length >= 2, summary(c));
    assert.ok(c.documents >= 2 && c.documents === new Set(c.factors.map((f) => f.doc.key)).size, summary(c));
    for (const f of c.factors) assert.ok(belongsTo(c, f.factor), `${summary(c)} / ${f.factor.text}`);
    // Only the most general term set of a kind is listed.
    for (const other of conditions) {
      if (other === c || other.category !== c.category) continue;
      const keys = new Set(c.terms.map((t) => t.key));
      assert.ok(!(other.terms.length < c.terms.length && other.terms.every((t) => keys.has(t.key))), `${summary(other)} within ${summary(c)}`);
    }
  }
});

test('the result does not depend on the order the post-mortems were indexed in', () => {
  const forward = fixtureIndex().conditions().map(summary);
  const backward = fixtureIndex([...fixtureFiles()].reverse()).conditions().map(summary);
  assert.deepEqual(backward, forward);
});

test('two long paragraphs sharing a couple of words by chance are not one condition', () => {
  assert.equal(sharesEnough(2, 5, 6), true);
  assert.equal(sharesEnough(1, 2, 2), false);
  assert.equal(sharesEnough(2, 30, 40), false);
  assert.equal(sharesEnough(8, 30, 40), true);
});

test('incremental: set replaces, delete removes, version moves, set says when patterns may change', () => {
  const index = fixtureIndex();
  const file = fixtureFiles().find((f) => f.includes('feature-flag'))!;
  const text = fixtureText(file);
  const v = index.version;
  assert.equal(index.set(indexPostMortem(file, file, buildModel(text), DEFAULT_CONFIG)), false, 'same factors');
  assert.ok(index.version > v);
  const edited = text.replace('Flag configuration changes roll out to all regions at once, with no canary stage.', 'Flag edits apply at once.');
  assert.equal(index.set(indexPostMortem(file, file, buildModel(edited), DEFAULT_CONFIG)), true, 'a factor changed');
  assert.ok(!index.conditions().some((c) => c.terms.some((t) => t.key === 'canary')), 'the canary condition needs two post-mortems');
  assert.equal(index.delete(file), true);
  assert.equal(index.delete(file), false);
  assert.equal(index.size, 8);
  assert.ok(!index.conditions().some((c) => c.terms.some((t) => t.label === 'accepted')));
});

test('an empty index, and factors without a kind', () => {
  assert.deepEqual(new WorkspaceIndex().conditions(), []);
  const doc = (key: string, factor: string) =>
    indexPostMortem(key, key, buildModel(`# Post-Mortem: ${key}\n\n## Contributing Factors\n- ${factor}\n- Something else entirely happened here.\n`), DEFAULT_CONFIG);
  const index = new WorkspaceIndex();
  index.set(doc('a.md', 'The cron job for invoice exports ran twice.'));
  index.set(doc('b.md', 'The invoice exports cron job had no lock.'));
  const [c] = index.conditions();
  assert.equal(c.category, undefined);
  assert.deepEqual(c.terms.map((t) => t.label).sort(), ['cron', 'exports', 'invoice', 'job']);
});

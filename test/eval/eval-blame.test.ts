// The quality gate of the blame rules: dev-set precision ≥ 0.95 and recall ≥ 0.90 (catalogue
// data/blame-dev.tsv, copied to test/fixtures so CI is self-contained). The holdout slice is
// only checked for shape, never for numbers: it exists to show overfitting, not to be tuned
// against. The script runs as a child process, as `npm run eval:blame` does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blameFindings } from '../../scripts/eval-blame';
import { rule as counterfactual } from '../../server/src/core/rules/blame/counterfactual';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'eval-blame.ts');
const DEV = join(ROOT, 'test', 'fixtures', 'blame-dev.tsv');
const HOLDOUT = join(ROOT, 'test', 'fixtures', 'holdout-blame.tsv');

interface Brief { line: number; category: string; sentence: string; fired: string[] }
interface Summary { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number; f1: number; misses: Brief[]; falsePositives: Brief[] }

function run(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });
}

function evalFile(path: string): Summary {
  const r = run(['--json', path]);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Summary;
}

function tsv(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'eval-blame-')), 'set.tsv');
  writeFileSync(path, content);
  return path;
}

test('bad input exits non-zero with a message', () => {
  const r = run([tsv('maybe\tx\tA sentence.\n')]);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /label must be/);
  const two = run([tsv('ok\tonly two fields\n')]);
  assert.notEqual(two.status, 0);
  const missing = run([join(ROOT, 'no-such-file.tsv')]);
  assert.notEqual(missing.status, 0);
});

test('a neutral sentence is a true negative, and the report prints both sets', () => {
  const m = evalFile(tsv('label\tcategory\tsentence\nok\tneutral-fact\tAt 14:02 the primary database ran out of disk space.\n'));
  assert.equal(m.tn + m.fp, 1);
  assert.equal(m.tp + m.fn, 0);
  const r = run([DEV, HOLDOUT]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.match(/^== /gm)?.length, 2, 'one report per set given');
  assert.match(r.stdout, /precision \d/);
  assert.match(r.stdout, /by rule family/);
});

test('the default report covers the corpus dev split and the frozen holdout, and never prints the holdout\'s sentences', async () => {
  const { defaultSets, report, evaluate, parseTsv, CORPUS_BATCHES } = await import('../../scripts/eval-blame');
  const sets = defaultSets();
  for (const { dev } of CORPUS_BATCHES) assert.ok(sets.some((s) => s.path === dev && s.confusion), dev);
  for (const { holdout } of CORPUS_BATCHES) {
    assert.deepEqual(sets.filter((s) => s.path === holdout).map((s) => s.confusion), [false], holdout);
  }
  const rows = parseTsv('label\tcategory\tsentence\tsource\nblame\tcounterfactual\tThe on-call should have paged the DBA.\ts1\nok\tneutral-fact\tThe disk filled at 02:14.\ts1\n');
  const hidden = report('holdout', evaluate(rows), { confusion: false });
  assert.doesNotMatch(hidden, /should have paged|The disk filled/);
  assert.match(hidden, /precision 100\.0%/);
  assert.match(report('dev', evaluate(rows)), /false positives \(0\)/);
});

test('dev set: precision ≥ 0.95 and recall ≥ 0.90', () => {
  const m = evalFile(DEV);
  const fps = m.falsePositives.map((o) => `fp L${o.line}: ${o.sentence} (${o.fired.join(', ')})`);
  const misses = m.misses.map((o) => `miss L${o.line}: ${o.sentence}`);
  assert.ok(m.precision >= 0.95, `precision ${m.precision.toFixed(3)}\n${fps.join('\n')}`);
  assert.ok(m.recall >= 0.9, `recall ${m.recall.toFixed(3)}\n${misses.join('\n')}`);
});

test('holdout slice is well-formed and covers both labels', () => {
  const m = evalFile(HOLDOUT);
  assert.ok(m.tp + m.fn >= 25 && m.tn + m.fp >= 25, 'holdout needs at least 25 rows of each label');
});

test('asked for by path, in a report or as JSON, a frozen holdout still prints numbers only', async () => {
  const { CORPUS_BATCHES } = await import('../../scripts/eval-blame');
  // (Batch 1's holdout is asked for by path above.)
  for (const { holdout } of CORPUS_BATCHES.slice(1)) {
    const sentences = readFileSync(holdout, 'utf8').split('\n').slice(1).map((l) => l.split('\t')[2]).filter(Boolean);
    for (const args of [[holdout], ['--json', holdout]]) {
      const r = run(args);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /precision/);
      for (const s of sentences) assert.ok(!r.stdout.includes(s), 'a holdout sentence was printed');
    }
  }
});

test('a rule that throws stops the eval with its message instead of scoring as a rule that finds nothing', () => {
  const broken = { ...counterfactual, check: () => { throw new Error('PHRASES is not defined'); } };
  assert.throws(() => blameFindings('The engineer should have known better.', [broken]), /counterfactual.*PHRASES is not defined/);
  assert.ok(blameFindings('The engineer should have known better.', [counterfactual]).length > 0);
});

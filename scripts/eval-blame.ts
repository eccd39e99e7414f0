// Evaluates the blame rules on labelled sentences: each sentence is linted as its own paragraph
// under `## Contributing Factors`, and counts as blame-positive when at least one finding of
// category `blame` is reported. Prints precision, recall and F1 overall and per rule family, a
// table by guard (ok rows), and for the dev sets every miss and false positive; then the
// document-level eval over whole real post-mortems (scripts/eval-documents.ts).
//
//   npm run eval:blame                       every set: the catalogue's dev set, the real-text corpus
//                                            (dev, and the frozen holdout as numbers only), the
//                                            team's two holdouts, then the real documents
//   npm run eval:blame -- file.tsv           one set, with its confusion list
//   npm run eval:blame -- --json file.tsv    one set's metrics as JSON (for the quality-gate tests)
//
// The corpus holdout (test/fixtures/corpus/holdout.tsv) is never tuned against: it is reported as
// scores and counts only, so that nobody reads its sentences while changing rules.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lint } from '../server/src/core/engine';
import type { Finding, Rule } from '../server/src/core/types';
import { evaluateDocuments, formatReport, throwIfRuleFailed, BadInput as DocumentsBadInput } from './eval-documents';

export interface Row {
  line: number;
  label: 'blame' | 'ok';
  /** Rule family for blame rows, guard id for ok rows. */
  category: string;
  sentence: string;
  /** The corpus's source id (4th column), when present. */
  source?: string;
}

export interface Outcome extends Row {
  predicted: boolean;
  findings: Finding[];
}

export interface Metrics {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  outcomes: Outcome[];
}

const TODAY = '2026-11-20';
const ROOT = join(__dirname, '..');
export const DEV_SHARED = '/work/shared/data/blame-dev.tsv';
export const DEV_FIXTURE = join(ROOT, 'test', 'fixtures', 'blame-dev.tsv');
export const HOLDOUT_FIXTURE = join(ROOT, 'test', 'fixtures', 'holdout-blame.tsv');
export const HOLDOUT_FIXTURE_2 = join(ROOT, 'test', 'fixtures', 'holdout-blame-2.tsv');
/**
 * The real-text corpus, batch by batch: batch 1 is dev.tsv / holdout.tsv, batch n is dev-n.tsv /
 * holdout-n.tsv. Each batch comes from new sources, split once by the same hash of the address;
 * test/fixtures/corpus/README.md says when and how each was collected.
 */
export const CORPUS_BATCH_COUNT = 16;
export const CORPUS_BATCHES: { batch: number; dev: string; holdout: string }[] = Array.from({ length: CORPUS_BATCH_COUNT }, (_, i) => {
  const suffix = i === 0 ? '' : `-${i + 1}`;
  return { batch: i + 1, dev: join(ROOT, 'test', 'fixtures', 'corpus', `dev${suffix}.tsv`), holdout: join(ROOT, 'test', 'fixtures', 'corpus', `holdout${suffix}.tsv`) };
});
export const CORPUS_DEV = CORPUS_BATCHES[0].dev;
export const CORPUS_HOLDOUT = CORPUS_BATCHES[0].holdout;
/** The frozen holdouts: reported as numbers only, whoever asks. */
const FROZEN = CORPUS_BATCHES.map((b) => b.holdout);

export class BadInput extends Error {}

/** label<TAB>category<TAB>sentence[<TAB>source], no quoting; a first line starting with "label" is a header. */
export function parseTsv(text: string, name = 'input'): Row[] {
  const rows: Row[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const parts = raw.split('\t');
    if (i === 0 && parts[0] === 'label') return;
    if (parts.length !== 3 && parts.length !== 4) throw new BadInput(`${name}:${i + 1}: expected 3 or 4 tab-separated fields, got ${parts.length}`);
    const [label, category, sentence, source] = parts.map((p) => p.trim());
    if (label !== 'blame' && label !== 'ok') throw new BadInput(`${name}:${i + 1}: label must be "blame" or "ok", got "${label}"`);
    if (!category || !sentence) throw new BadInput(`${name}:${i + 1}: empty category or sentence`);
    rows.push({ line: i + 1, label, category, sentence, ...(source ? { source } : {}) });
  });
  if (!rows.length) throw new BadInput(`${name}: no rows`);
  return rows;
}

export function readRows(path: string): Row[] {
  if (!existsSync(path)) throw new BadInput(`${path}: no such file`);
  return parseTsv(readFileSync(path, 'utf8'), path);
}

export function blameFindings(sentence: string, rules?: Rule[]): Finding[] {
  const md = `# Post-Mortem: eval\n\n## Contributing Factors\n\n${sentence}\n`;
  const { findings } = lint(md, { today: TODAY, ...(rules ? { rules } : {}) });
  throwIfRuleFailed(findings, `sentence: ${sentence.slice(0, 80)}`);
  return findings.filter((f) => f.category === 'blame');
}

export function evaluate(rows: Row[]): Metrics {
  const outcomes = rows.map((r) => {
    const findings = blameFindings(r.sentence);
    return { ...r, predicted: findings.length > 0, findings };
  });
  return { ...tally(outcomes), outcomes };
}

/** The confusion counts and scores of some outcomes. */
export function tally(outcomes: Outcome[]): Omit<Metrics, 'outcomes'> {
  const tp = outcomes.filter((o) => o.label === 'blame' && o.predicted).length;
  const fn = outcomes.filter((o) => o.label === 'blame' && !o.predicted).length;
  const fp = outcomes.filter((o) => o.label === 'ok' && o.predicted).length;
  const tn = outcomes.filter((o) => o.label === 'ok' && !o.predicted).length;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, tn, precision, recall, f1 };
}

/** The corpus's source id → kind of writing (postmortem, guide, forum …), from sources.tsv. */
function sourceKinds(): Map<string, string> {
  const path = join(ROOT, 'test', 'fixtures', 'corpus', 'sources.tsv');
  if (!existsSync(path)) return new Map();
  return new Map(readFileSync(path, 'utf8').split(/\r?\n/).slice(1).filter(Boolean).map((line) => {
    const [source, , kind] = line.split('\t');
    return [source, kind] as [string, string];
  }));
}

/** The default dev set: the shared catalogue data when present, else the repository's copy. */
export function defaultDevPath(): string {
  return existsSync(DEV_SHARED) ? DEV_SHARED : DEV_FIXTURE;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function describe(o: Outcome): string {
  const fired = o.findings.map((f) => `${f.ruleId}`).join(', ');
  return `  L${o.line} [${o.category}] ${o.sentence}${fired ? `\n      fired: ${fired}` : ''}`;
}

export interface FamilyMetrics {
  family: string;
  /** Blame rows of this family. */
  rows: number;
  /** Of those, flagged by any blame rule. */
  found: number;
  /** Rows on which this family's rule fired, and of those, blame rows. */
  fired: number;
  firedOnBlame: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Per rule family: recall over its own rows, precision over every row its rule fired on. */
export function familyMetrics(m: Metrics): FamilyMetrics[] {
  const families = new Set<string>();
  for (const o of m.outcomes) {
    if (o.label === 'blame') families.add(o.category);
    for (const f of o.findings) families.add(f.ruleId);
  }
  return [...families].sort().map((family) => {
    const own = m.outcomes.filter((o) => o.label === 'blame' && o.category === family);
    const fired = m.outcomes.filter((o) => o.findings.some((f) => f.ruleId === family));
    const firedOnBlame = fired.filter((o) => o.label === 'blame').length;
    const found = own.filter((o) => o.predicted).length;
    const precision = fired.length ? firedOnBlame / fired.length : 1;
    const recall = own.length ? found / own.length : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { family, rows: own.length, found, fired: fired.length, firedOnBlame, precision, recall, f1 };
  });
}

/** The report of one set; `confusion: false` leaves out the sentences (for a frozen holdout). */
export function report(title: string, m: Metrics, options: { confusion?: boolean } = {}): string {
  const out: string[] = [];
  out.push(`== ${title}`);
  out.push(`precision ${pct(m.precision)}  recall ${pct(m.recall)}  F1 ${pct(m.f1)}`);
  out.push(`tp ${m.tp}  fp ${m.fp}  fn ${m.fn}  tn ${m.tn}  (${m.outcomes.length} sentences)`);
  const families = familyMetrics(m);
  const width = Math.max(...families.map((f) => f.family.length), 10);
  out.push('', 'by rule family (recall over the family\'s rows; precision over every row its rule fired on):');
  out.push(`  ${'family'.padEnd(width)}  rows  found  recall  fired  precision     F1`);
  for (const f of families) {
    out.push(`  ${f.family.padEnd(width)}  ${String(f.rows).padStart(4)}  ${String(f.found).padStart(5)}  ${pct(f.recall).padStart(6)}  ${String(f.fired).padStart(5)}  ${pct(f.precision).padStart(9)}  ${pct(f.f1).padStart(5)}`);
  }
  const kinds = sourceKinds();
  if (m.outcomes.some((o) => o.source && kinds.has(o.source))) {
    // The corpus: the same scores by the kind of writing the sentences come from.
    out.push('', 'by kind of source:');
    const byKind = new Map<string, Outcome[]>();
    for (const o of m.outcomes) byKind.set(kinds.get(o.source ?? '') ?? 'unknown', [...(byKind.get(kinds.get(o.source ?? '') ?? 'unknown') ?? []), o]);
    for (const [kind, list] of [...byKind].sort((a, b) => a[0].localeCompare(b[0]))) {
      const sub = tally(list);
      out.push(`  ${kind.padEnd(17)} ${String(list.length).padStart(4)} rows  precision ${pct(sub.precision).padStart(6)}  recall ${pct(sub.recall).padStart(6)}  (tp ${sub.tp}, fp ${sub.fp}, fn ${sub.fn})`);
    }
  }
  const by = new Map<string, Outcome[]>();
  for (const o of m.outcomes.filter((x) => x.label === 'ok')) by.set(o.category, [...(by.get(o.category) ?? []), o]);
  const okWidth = Math.max(...[...by.keys()].map((k) => k.length), 10);
  out.push('', 'ok rows by guard:');
  for (const [cat, list] of [...by].sort((a, b) => a[0].localeCompare(b[0]))) {
    out.push(`  ${cat.padEnd(okWidth)}  ${String(list.length).padStart(3)}  false positives ${list.filter((o) => o.predicted).length}`);
  }
  if (options.confusion !== false) {
    const misses = m.outcomes.filter((o) => o.label === 'blame' && !o.predicted);
    const fps = m.outcomes.filter((o) => o.label === 'ok' && o.predicted);
    out.push('', `misses (${misses.length}):`, ...misses.map(describe));
    out.push('', `false positives (${fps.length}):`, ...fps.map(describe));
  }
  out.push('');
  return out.join('\n');
}

/** The numbers and the misses / false positives, without the findings themselves. */
export function summary(m: Metrics) {
  const brief = (o: Outcome) => ({ line: o.line, category: o.category, sentence: o.sentence, fired: o.findings.map((f) => f.ruleId) });
  return {
    tp: m.tp, fp: m.fp, fn: m.fn, tn: m.tn, precision: m.precision, recall: m.recall, f1: m.f1,
    misses: m.outcomes.filter((o) => o.label === 'blame' && !o.predicted).map(brief),
    falsePositives: m.outcomes.filter((o) => o.label === 'ok' && o.predicted).map(brief),
  };
}

/** What `npm run eval:blame` reports, in order; the frozen holdout without its sentences. */
export function defaultSets(): { title: string; path: string; confusion: boolean }[] {
  return [
    { title: 'catalogue dev set (written for the catalogue; tuned on)', path: defaultDevPath(), confusion: true },
    ...CORPUS_BATCHES.flatMap(({ batch, dev, holdout }) => {
      const name = batch === 1 ? 'real-text corpus' : `real-text corpus batch ${batch}`;
      return [
        { title: `${name}, dev split (tuned on)`, path: dev, confusion: true },
        { title: `${name}, frozen holdout (never tuned on; numbers only)`, path: holdout, confusion: false },
      ];
    }),
    { title: 'team holdout 1 (written by the team before tuning)', path: HOLDOUT_FIXTURE, confusion: true },
    { title: 'team holdout 2 (written by the team before tuning)', path: HOLDOUT_FIXTURE_2, confusion: true },
  ];
}

function main(argv: string[]): number {
  try {
    if (argv[0] === '--json') {
      const path = argv[1] ?? defaultDevPath();
      const all = summary(evaluate(readRows(path)));
      const numbers = FROZEN.includes(resolve(path)) ? { ...all, misses: [], falsePositives: [] } : all;
      process.stdout.write(JSON.stringify(numbers) + '\n');
      return 0;
    }
    if (argv.length) {
      // The frozen holdout never prints its sentences, whoever asks for it.
      for (const path of argv) process.stdout.write(report(path, evaluate(readRows(path)), { confusion: !FROZEN.includes(resolve(path)) }) + '\n');
      return 0;
    }
    for (const set of defaultSets()) process.stdout.write(report(`${set.title}: ${set.path}`, evaluate(readRows(set.path)), { confusion: set.confusion }) + '\n');
    process.stdout.write(formatReport(evaluateDocuments()) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof BadInput || e instanceof DocumentsBadInput) {
      process.stderr.write(`eval-blame: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

// Runs only as a script, so tests can import evaluate() without printing.
if (/eval-blame\.[cm]?[tj]s$/.test(process.argv[1] ?? '')) process.exitCode = main(process.argv.slice(2));

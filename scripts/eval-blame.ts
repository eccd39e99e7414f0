// Evaluates the blame rules on labelled sentences (catalogue data/blame-dev.tsv): each sentence is
// linted as its own paragraph under `## Contributing Factors`, and counts as blame-positive when
// at least one finding of category `blame` is reported. Prints precision, recall and F1, a table by
// rule family (blame rows) and by guard (ok rows), and every miss and false positive.
//
//   npm run eval:blame [-- dev.tsv [holdout.tsv]]
//   npm run eval:blame -- --json [file.tsv]   (one file's metrics as JSON, for the quality-gate test)
//
// The holdout slice (test/fixtures/holdout-blame.tsv) was written once and is never tuned against:
// its numbers are reported separately so that overfitting to the dev set shows.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/src/core/engine';
import type { Finding } from '../server/src/core/types';

export interface Row {
  line: number;
  label: 'blame' | 'ok';
  /** Rule family for blame rows, guard id for ok rows. */
  category: string;
  sentence: string;
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

export class BadInput extends Error {}

/** label<TAB>category<TAB>sentence, no quoting; a first line starting with "label" is a header. */
export function parseTsv(text: string, name = 'input'): Row[] {
  const rows: Row[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const parts = raw.split('\t');
    if (i === 0 && parts[0] === 'label') return;
    if (parts.length !== 3) throw new BadInput(`${name}:${i + 1}: expected 3 tab-separated fields, got ${parts.length}`);
    const [label, category, sentence] = parts.map((p) => p.trim());
    if (label !== 'blame' && label !== 'ok') throw new BadInput(`${name}:${i + 1}: label must be "blame" or "ok", got "${label}"`);
    if (!category || !sentence) throw new BadInput(`${name}:${i + 1}: empty category or sentence`);
    rows.push({ line: i + 1, label, category, sentence });
  });
  if (!rows.length) throw new BadInput(`${name}: no rows`);
  return rows;
}

export function readRows(path: string): Row[] {
  if (!existsSync(path)) throw new BadInput(`${path}: no such file`);
  return parseTsv(readFileSync(path, 'utf8'), path);
}

export function blameFindings(sentence: string): Finding[] {
  const md = `# Post-Mortem: eval\n\n## Contributing Factors\n\n${sentence}\n`;
  return lint(md, { today: TODAY }).findings.filter((f) => f.category === 'blame');
}

export function evaluate(rows: Row[]): Metrics {
  const outcomes = rows.map((r) => {
    const findings = blameFindings(r.sentence);
    return { ...r, predicted: findings.length > 0, findings };
  });
  const tp = outcomes.filter((o) => o.label === 'blame' && o.predicted).length;
  const fn = outcomes.filter((o) => o.label === 'blame' && !o.predicted).length;
  const fp = outcomes.filter((o) => o.label === 'ok' && o.predicted).length;
  const tn = outcomes.filter((o) => o.label === 'ok' && !o.predicted).length;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, tn, precision, recall, f1, outcomes };
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

export function report(title: string, m: Metrics): string {
  const out: string[] = [];
  out.push(`== ${title}`);
  out.push(`precision ${pct(m.precision)}  recall ${pct(m.recall)}  F1 ${pct(m.f1)}`);
  out.push(`tp ${m.tp}  fp ${m.fp}  fn ${m.fn}  tn ${m.tn}  (${m.outcomes.length} sentences)`);
  const table = (label: 'blame' | 'ok') => {
    const by = new Map<string, Outcome[]>();
    for (const o of m.outcomes.filter((x) => x.label === label)) by.set(o.category, [...(by.get(o.category) ?? []), o]);
    const width = Math.max(...[...by.keys()].map((k) => k.length), 10);
    for (const [cat, list] of [...by].sort((a, b) => a[0].localeCompare(b[0]))) {
      const flagged = list.filter((o) => o.predicted).length;
      if (label === 'blame') {
        // Hits by the family's own rule, and hits where another blame rule fired instead.
        const own = list.filter((o) => o.findings.some((f) => f.ruleId === cat)).length;
        out.push(`  ${cat.padEnd(width)}  ${String(list.length).padStart(3)}  hits ${String(flagged).padStart(3)} (own rule ${own})  misses ${list.length - flagged}`);
      } else {
        out.push(`  ${cat.padEnd(width)}  ${String(list.length).padStart(3)}  false positives ${flagged}`);
      }
    }
  };
  out.push('', 'blame rows by rule family:');
  table('blame');
  out.push('', 'ok rows by guard:');
  table('ok');
  const misses = m.outcomes.filter((o) => o.label === 'blame' && !o.predicted);
  const fps = m.outcomes.filter((o) => o.label === 'ok' && o.predicted);
  out.push('', `misses (${misses.length}):`, ...misses.map(describe));
  out.push('', `false positives (${fps.length}):`, ...fps.map(describe), '');
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

function main(argv: string[]): number {
  try {
    if (argv[0] === '--json') {
      process.stdout.write(JSON.stringify(summary(evaluate(readRows(argv[1] ?? defaultDevPath())))) + '\n');
      return 0;
    }
    const devPath = argv[0] ?? defaultDevPath();
    const holdoutPath = argv[1] ?? HOLDOUT_FIXTURE;
    process.stdout.write(report(`dev set: ${devPath}`, evaluate(readRows(devPath))) + '\n');
    process.stdout.write(report(`holdout (never tuned against): ${holdoutPath}`, evaluate(readRows(holdoutPath))) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof BadInput) {
      process.stderr.write(`eval-blame: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

// Runs only as a script, so tests can import evaluate() without printing.
if (/eval-blame\.[cm]?[tj]s$/.test(process.argv[1] ?? '')) process.exitCode = main(process.argv.slice(2));

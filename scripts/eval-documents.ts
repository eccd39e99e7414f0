// Evaluates the linter on whole real post-mortems (test/fixtures/real-postmortems): each document
// is linted through the core, every `blame`, `language` and `timeline` finding is matched to the
// hand judgments in judgments.tsv, and the numbers are reported per split (dev, holdout) and per
// rule: findings per document, the share judged false, what is not judged yet, and the blame the
// linter missed. Per document it also counts the `structure` findings (issue 14's noise).
//
//   node --import tsx scripts/eval-documents.ts           the report
//   node --import tsx scripts/eval-documents.ts --json    the same numbers as JSON
//
// Holdout documents are never tuned against: their numbers show whether a change generalises.
// A judgment is about the text, not the rule: a finding on the same file and line whose range
// overlaps a judged excerpt reuses it (same rule first, then any), so judgments outlive rule changes.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/src/core/engine';
import type { Category, Finding, Span } from '../server/src/core/types';

export const FIXTURE_DIR = join(__dirname, '..', 'test', 'fixtures', 'real-postmortems');
/** The date the judgments were made with (date checks do not affect the judged categories). */
export const TODAY = '2026-12-04';
/** The categories whose findings are judged one by one. */
export const JUDGED: readonly Category[] = ['blame', 'language', 'timeline'];
export const SPLITS = ['dev', 'holdout'] as const;
export type Split = (typeof SPLITS)[number];

export class BadInput extends Error {}

export interface IndexRow {
  file: string;
  split: Split;
  template: string;
  url: string;
  title: string;
}

export interface Judgment {
  /** 1-based line in judgments.tsv, for messages. */
  row: number;
  file: string;
  /** 1-based line in the document (the source comment is line 1). */
  line: number;
  rule: string;
  /** The flagged text, decoded (`\n` in the file is a newline). */
  excerpt: string;
  verdict: 'true' | 'false' | 'missed';
  reason: string;
}

/**
 * The engine turns a rule that throws into an internal-error finding (the editor shows it); an eval
 * that counts by category would read it as a rule that finds nothing, and every score would quietly
 * drop. So the evals stop with the rule's message.
 */
export function throwIfRuleFailed(findings: Finding[], where: string): void {
  const failed = findings.find((f) => f.ruleId === 'internal-error');
  if (failed) throw new Error(`${failed.message} (${where})`);
}

/** `split` from the address alone: the first 8 hex digits of sha256(url) as a fraction of 2^32. */
export function splitOf(url: string): Split {
  const head = parseInt(createHash('sha256').update(url).digest('hex').slice(0, 8), 16);
  return head / 2 ** 32 < 0.65 ? 'dev' : 'holdout';
}

function tsvRows(text: string, name: string, columns: string[]): { row: number; cells: string[] }[] {
  const lines = text.split(/\r?\n/);
  if (lines[0] !== columns.join('\t')) throw new BadInput(`${name}: the first line must be the header "${columns.join('<TAB>')}"`);
  const rows: { row: number; cells: string[] }[] = [];
  lines.slice(1).forEach((raw, i) => {
    if (!raw.trim()) return;
    const cells = raw.split('\t');
    if (cells.length !== columns.length) throw new BadInput(`${name}:${i + 2}: expected ${columns.length} tab-separated fields, got ${cells.length}`);
    rows.push({ row: i + 2, cells });
  });
  return rows;
}

export function parseIndex(text: string, name = 'index.tsv'): IndexRow[] {
  return tsvRows(text, name, ['file', 'split', 'template', 'url', 'title']).map(({ row, cells }) => {
    const [file, split, template, url, title] = cells;
    if (split !== 'dev' && split !== 'holdout') throw new BadInput(`${name}:${row}: split must be dev or holdout, got "${split}"`);
    if (!file || !template || !url || !title) throw new BadInput(`${name}:${row}: empty field`);
    return { file, split, template, url, title };
  });
}

/** `\n`, `\t` and `\\` escapes, so an excerpt that spans lines fits in one TSV cell. */
export function decodeExcerpt(cell: string): string {
  return cell.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

export function encodeExcerpt(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

export function parseJudgments(text: string, name = 'judgments.tsv'): Judgment[] {
  return tsvRows(text, name, ['file', 'line', 'rule', 'excerpt', 'verdict', 'reason']).map(({ row, cells }) => {
    const [file, line, rule, excerpt, verdict, reason] = cells;
    if (!/^\d+$/.test(line) || Number(line) < 1) throw new BadInput(`${name}:${row}: line must be a positive number, got "${line}"`);
    if (verdict !== 'true' && verdict !== 'false' && verdict !== 'missed') throw new BadInput(`${name}:${row}: verdict must be true, false or missed, got "${verdict}"`);
    if (!file || !rule || !reason.trim()) throw new BadInput(`${name}:${row}: empty file, rule or reason`);
    return { row, file, line: Number(line), rule, excerpt: decodeExcerpt(excerpt), verdict, reason };
  });
}

/** Offset where each 1-based line starts (index 0 unused). */
function lineStarts(source: string): number[] {
  const starts = [0, 0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

/**
 * The span of the `nth` (0-based) occurrence of `excerpt` starting on `line`, or undefined when the
 * text is not there (any more). The same words judged twice on one line (same rule) are told apart by order.
 */
export function locate(source: string, line: number, excerpt: string, nth = 0): Span | undefined {
  const starts = lineStarts(source);
  if (line >= starts.length || !excerpt) return undefined;
  const lineEnd = line + 1 < starts.length ? starts[line + 1] - 1 : source.length;
  let at = starts[line] - 1;
  for (let k = 0; k <= nth; k++) {
    at = source.indexOf(excerpt, at + 1);
    if (at < 0 || at > lineEnd) return undefined;
  }
  return { start: at, end: at + excerpt.length };
}

function lineOf(starts: number[], offset: number): number {
  let lo = 1;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function overlaps(a: Span, b: Span): boolean {
  // An empty range is a point: it overlaps a span it falls inside.
  if (a.start === a.end) return b.start <= a.start && a.start < Math.max(b.end, b.start + 1);
  if (b.start === b.end) return overlaps(b, a);
  return a.start < b.end && b.start < a.end;
}

export interface JudgedFinding {
  file: string;
  line: number;
  ruleId: string;
  category: Category;
  excerpt: string;
  verdict: 'true' | 'false' | 'unjudged';
  /** The reason from the judgment reused, if any. */
  reason?: string;
}

export interface DocumentResult {
  file: string;
  split: Split;
  template: string;
  /** Number of `structure` findings. */
  structure: number;
  findings: JudgedFinding[];
  /** `missed` judgments that no `blame` finding overlaps now. */
  missed: Judgment[];
}

export interface RuleStats {
  rule: string;
  category: Category | 'missed-only';
  documents: number;
  findings: number;
  perDocument: number;
  judgedTrue: number;
  judgedFalse: number;
  /** judgedFalse / (judgedTrue + judgedFalse); null when nothing is judged. */
  falseShare: number | null;
  falsePerDocument: number;
  unjudged: number;
  missed: number;
}

export interface SplitResult {
  split: Split;
  documents: number;
  rules: RuleStats[];
  /** The same figures summed per category (blame, language, timeline). */
  categories: RuleStats[];
  structureMedian: number;
  documentsDetail: DocumentResult[];
  unjudged: JudgedFinding[];
  missed: Judgment[];
}

export interface DocumentsEval {
  today: string;
  splits: Record<Split, SplitResult>;
}

/** Lints one document and matches its judged-category findings to the judgments of that file. */
export function judgeDocument(source: string, file: string, judgments: Judgment[], today = TODAY): Omit<DocumentResult, 'split' | 'template'> {
  const all = lint(source, { today }).findings;
  throwIfRuleFailed(all, file);
  const starts = lineStarts(source);
  const seen = new Map<string, number>();
  const located = judgments.map((j) => {
    const key = `${j.line}\t${j.rule}\t${j.excerpt}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    const span = locate(source, j.line, j.excerpt, nth);
    if (!span) throw new BadInput(`judgments.tsv:${j.row}: "${j.excerpt}" is not on line ${j.line} of ${file}`);
    return { j, span };
  });
  const judgedOf = (f: Finding, line: number) => {
    const here = located.filter(({ j, span }) => j.line === line && overlaps(f, span) && (j.verdict !== 'missed' || f.category === 'blame'));
    return here.find(({ j }) => j.rule === f.ruleId) ?? here[0];
  };
  const findings: JudgedFinding[] = all
    .filter((f) => JUDGED.includes(f.category))
    .map((f) => {
      const line = lineOf(starts, f.start);
      const match = judgedOf(f, line);
      // A finding on a sentence judged "missed" has found it: that is a right finding.
      const verdict = !match ? 'unjudged' : match.j.verdict === 'false' ? 'false' : 'true';
      return { file, line, ruleId: f.ruleId, category: f.category, excerpt: source.slice(f.start, f.end), verdict, reason: match?.j.reason };
    });
  const blame = all.filter((f) => f.category === 'blame');
  const missed = located.filter(({ j, span }) => j.verdict === 'missed' && !blame.some((f) => overlaps(f, span))).map(({ j }) => j);
  return { file, structure: all.filter((f) => f.category === 'structure').length, findings, missed };
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function stats(rule: string, category: RuleStats['category'], documents: number, findings: JudgedFinding[], missed: number): RuleStats {
  const judgedTrue = findings.filter((f) => f.verdict === 'true').length;
  const judgedFalse = findings.filter((f) => f.verdict === 'false').length;
  return {
    rule,
    category,
    documents,
    findings: findings.length,
    perDocument: documents ? findings.length / documents : 0,
    judgedTrue,
    judgedFalse,
    falseShare: judgedTrue + judgedFalse ? judgedFalse / (judgedTrue + judgedFalse) : null,
    falsePerDocument: documents ? judgedFalse / documents : 0,
    unjudged: findings.filter((f) => f.verdict === 'unjudged').length,
    missed,
  };
}

function summarise(split: Split, docs: DocumentResult[], categoryOfRule: (id: string) => Category | undefined): SplitResult {
  const findings = docs.flatMap((d) => d.findings);
  const missed = docs.flatMap((d) => d.missed);
  const ruleIds = [...new Set([...findings.map((f) => f.ruleId), ...missed.map((m) => m.rule)])].sort();
  const rules = ruleIds.map((id) => {
    const mine = findings.filter((f) => f.ruleId === id);
    return stats(id, mine[0]?.category ?? categoryOfRule(id) ?? 'missed-only', docs.length, mine, missed.filter((m) => m.rule === id).length);
  });
  const categories = JUDGED.map((c) => {
    const ids = new Set(rules.filter((r) => r.category === c).map((r) => r.rule));
    return stats(c, c, docs.length, findings.filter((f) => f.category === c), missed.filter((m) => ids.has(m.rule) || categoryOfRule(m.rule) === c).length);
  });
  return {
    split,
    documents: docs.length,
    rules,
    categories,
    structureMedian: median(docs.map((d) => d.structure)),
    documentsDetail: docs,
    unjudged: findings.filter((f) => f.verdict === 'unjudged'),
    missed,
  };
}

export function readIndex(dir = FIXTURE_DIR): IndexRow[] {
  const path = join(dir, 'index.tsv');
  if (!existsSync(path)) throw new BadInput(`${path}: no such file`);
  return parseIndex(readFileSync(path, 'utf8'), path);
}

export function readJudgments(dir = FIXTURE_DIR): Judgment[] {
  const path = join(dir, 'judgments.tsv');
  if (!existsSync(path)) throw new BadInput(`${path}: no such file`);
  return parseJudgments(readFileSync(path, 'utf8'), path);
}

/** Lints every document of the set and returns the figures per split; prints nothing. */
export function evaluateDocuments(dir = FIXTURE_DIR, today = TODAY): DocumentsEval {
  const index = readIndex(dir);
  const judgments = readJudgments(dir);
  const categoryOf = new Map<string, Category>();
  const docs: DocumentResult[] = index.map((row) => {
    const path = join(dir, row.file);
    if (!existsSync(path)) throw new BadInput(`${path}: listed in index.tsv but missing`);
    const result = judgeDocument(readFileSync(path, 'utf8'), row.file, judgments.filter((j) => j.file === row.file), today);
    for (const f of result.findings) categoryOf.set(f.ruleId, f.category);
    return { ...result, split: row.split, template: row.template };
  });
  const unknownFiles = judgments.filter((j) => !index.some((r) => r.file === j.file));
  if (unknownFiles.length) throw new BadInput(`judgments.tsv:${unknownFiles[0].row}: ${unknownFiles[0].file} is not in index.tsv`);
  const ruleCategory = (id: string) => categoryOf.get(id) ?? (id === 'inclusive-language' ? 'language' : id.startsWith('timeline-') ? 'timeline' : 'blame');
  const splits = Object.fromEntries(SPLITS.map((s) => [s, summarise(s, docs.filter((d) => d.split === s), ruleCategory)])) as Record<Split, SplitResult>;
  return { today, splits };
}

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));
const pct = (x: number | null) => (x === null ? '-' : `${(100 * x).toFixed(0)}%`);

function table(rows: RuleStats[]): string[] {
  const width = Math.max(10, ...rows.map((r) => r.rule.length));
  const head = `  ${'rule'.padEnd(width)}  docs  findings  per doc  true  false  false share  false/doc  unjudged  missed`;
  return [
    head,
    ...rows.map(
      (r) =>
        `  ${r.rule.padEnd(width)}  ${String(r.documents).padStart(4)}  ${String(r.findings).padStart(8)}  ${fmt(r.perDocument).padStart(7)}  ${String(r.judgedTrue).padStart(4)}  ${String(r.judgedFalse).padStart(5)}  ${pct(r.falseShare).padStart(11)}  ${fmt(r.falsePerDocument).padStart(9)}  ${String(r.unjudged).padStart(8)}  ${String(r.missed).padStart(6)}`,
    ),
  ];
}

export function formatReport(result: DocumentsEval): string {
  const out: string[] = [];
  for (const split of SPLITS) {
    const s = result.splits[split];
    out.push(`== ${split === 'holdout' ? 'holdout (never tuned against)' : 'dev'}: ${s.documents} real post-mortems (today ${result.today})`, '');
    out.push('per category:', ...table(s.categories), '', 'per rule:', ...table(s.rules), '');
    out.push(`structure findings per document (median ${fmt(s.structureMedian)}):`);
    const width = Math.max(...s.documentsDetail.map((d) => d.file.length));
    for (const d of s.documentsDetail) out.push(`  ${d.file.padEnd(width)}  ${d.template.padEnd(16)}  ${String(d.structure).padStart(3)}`);
    // Holdout text stays unread by whoever tunes the rules: its findings and misses are counted, not quoted.
    const quote = split !== 'holdout';
    out.push('', `unjudged findings (${s.unjudged.length}): ${quote ? 'judge them in judgments.tsv' : 'counted only; judged by someone who does not tune the rules'}`);
    if (quote) for (const f of s.unjudged) out.push(`  ${f.file}\t${f.line}\t${f.ruleId}\t${encodeExcerpt(f.excerpt)}`);
    out.push('', `missed blame (${s.missed.length})${quote ? ':' : ': counted only'}`);
    if (quote) for (const m of s.missed) out.push(`  ${m.file}:${m.line} [${m.rule}] ${m.excerpt}`);
    out.push('');
  }
  return out.join('\n');
}

function main(argv: string[]): number {
  try {
    const result = evaluateDocuments();
    process.stdout.write(argv.includes('--json') ? JSON.stringify(result, null, 1) + '\n' : formatReport(result) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof BadInput) {
      process.stderr.write(`eval-documents: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

// Runs only as a script, so `npm run eval:blame` and the tests can import evaluateDocuments().
if (/eval-documents\.[cm]?[tj]s$/.test(process.argv[1] ?? '')) process.exitCode = main(process.argv.slice(2));

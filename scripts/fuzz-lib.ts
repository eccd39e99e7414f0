// The fuzzer's engine, shared by `npm run fuzz` (10,000 documents) and the test suite (a few
// hundred). Documents are generated and mutated from the examples; for each one: no exception,
// every range inside the document, every offered fix applies without overlapping edits and the
// result re-lints, and fix-all is idempotent.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/src/core/engine';
import { fixAll, nonOverlappingSafeEdits } from '../server/src/core/fix';
import { applyEdits } from '../server/src/core/text';

export const ROOT = join(__dirname, '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'fuzz');
const TODAY = '2026-11-20';

/** A small deterministic PRNG (mulberry32), so a seed names a case. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)],
  };
}

export function examples(): string[] {
  const dir = join(ROOT, 'examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

const NOISE = ['|', '||', '\\|', '`', '```', '**', '<!--', '-->', '---', '> ', '# ', '## ', '### ', '- ', '1. ', '[', ']', '(', ')', '<', '>', '"', '“', '”', '\u200b', '\u202e', '\u2066', '\uFEFF', '🔥', '🧑‍💻', '李', 'é', '\r', '\r\n', '\n', '\t', ' ', ':', '**Date**: ', '| 10:00 |', 'should have', 'human error', 'Root cause:', '[Name]', 'TBD'];

type Mutation = (lines: string[], r: ReturnType<typeof rng>) => string[];

const MUTATIONS: Record<string, Mutation> = {
  deleteLines: (l, r) => {
    const at = r.int(l.length);
    return [...l.slice(0, at), ...l.slice(at + 1 + r.int(5))];
  },
  duplicateLines: (l, r) => {
    const at = r.int(l.length);
    const n = 1 + r.int(6);
    return [...l.slice(0, at + n), ...l.slice(at, at + n), ...l.slice(at + n)];
  },
  shuffleLines: (l, r) => {
    const out = [...l];
    for (let k = 0; k < 1 + r.int(8); k++) {
      const i = r.int(out.length);
      const j = r.int(out.length);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  },
  truncateMidTable: (l, r) => {
    const tableLines = l.map((x, i) => (x.trimStart().startsWith('|') ? i : -1)).filter((i) => i >= 0);
    const at = tableLines.length ? r.pick(tableLines) : r.int(l.length);
    const line = l[at] ?? '';
    return [...l.slice(0, at), line.slice(0, r.int(line.length + 1))];
  },
  insertNoise: (l, r) => {
    const out = [...l];
    for (let k = 0; k < 1 + r.int(10); k++) {
      const i = r.int(out.length);
      const s = out[i] ?? '';
      const at = r.int(s.length + 1);
      out[i] = s.slice(0, at) + r.pick(NOISE) + s.slice(at);
    }
    return out;
  },
  unbalancePipes: (l, r) => l.map((x) => (x.includes('|') && r.next() < 0.3 ? x.replace('|', r.pick(['', '||', '\\|', '| |'])) : x)),
  longLine: (l, r) => {
    const out = [...l];
    out.splice(r.int(out.length), 0, r.pick(['word ', '|', 'a', 'human error ', '`x` ']).repeat(20_000).slice(0, 100_000));
    return out;
  },
  deepNesting: (l, r) => {
    const depth = 20 + r.int(80);
    const nest = Array.from({ length: depth }, (_, i) => r.pick(['>', '  '.repeat(i) + '-', '  '.repeat(i) + '1.']) + ' level ' + i);
    const out = [...l];
    out.splice(r.int(out.length), 0, ...nest);
    return out;
  },
  randomBytes: (l, r) => {
    const out = [...l];
    const chars = Array.from({ length: 1 + r.int(300) }, () => String.fromCharCode(r.int(0xffff)));
    out.splice(r.int(out.length), 0, chars.join(''));
    return out;
  },
  mixLineEndings: (l, r) => [l.map((x) => x + r.pick(['\r\n', '\r', '\n', '\n'])).join('')],
  bom: (l) => ['\uFEFF' + (l[0] ?? ''), ...l.slice(1)],
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** Document number `seed`: an example with one to four mutations. */
export function generate(seed: number): { text: string; recipe: string } {
  const r = rng(seed);
  const base = examples();
  let lines = r.pick(base).split('\n');
  const recipe: string[] = [];
  for (let k = 0; k < 1 + r.int(4); k++) {
    const name = r.pick(MUTATION_NAMES);
    recipe.push(name);
    lines = MUTATIONS[name](lines, r);
  }
  return { text: lines.join('\n'), recipe: recipe.join('+') };
}

export interface Failure {
  seed?: number;
  recipe?: string;
  problem: string;
  text: string;
}

/** Checks one document; returns the problems found (empty when it holds every property). */
export function check(text: string, fixSample = Infinity, r = rng(1)): string[] {
  const problems: string[] = [];
  let findings;
  try {
    findings = lint(text, { today: TODAY }).findings;
  } catch (e) {
    return [`lint threw: ${(e as Error).stack ?? e}`];
  }
  for (const f of findings) {
    if (f.ruleId === 'internal-error') problems.push(`a rule threw: ${f.message}`);
    if (!(0 <= f.start && f.start <= f.end && f.end <= text.length)) problems.push(`${f.ruleId}: range ${f.start}-${f.end} outside 0-${text.length}`);
  }
  const fixes = findings.flatMap((f) => f.fixes.map((fix) => ({ f, fix })));
  const sample = fixes.length <= fixSample ? fixes : Array.from({ length: fixSample }, () => fixes[r.int(fixes.length)]);
  for (const { f, fix } of sample) {
    const edits = [...fix.edits].sort((a, b) => a.start - b.start);
    for (const e of edits) if (!(0 <= e.start && e.start <= e.end && e.end <= text.length)) problems.push(`${f.ruleId} fix "${fix.title}": edit ${e.start}-${e.end} outside the document`);
    for (let i = 1; i < edits.length; i++) if (edits[i].start < edits[i - 1].end) problems.push(`${f.ruleId} fix "${fix.title}": overlapping edits`);
    if (problems.length) continue;
    const fixed = applyEdits(text, edits);
    // Nothing outside the edits changed: the text before the first and after the last edit is intact.
    if (edits.length && (!fixed.startsWith(text.slice(0, edits[0].start)) || !fixed.endsWith(text.slice(edits[edits.length - 1].end)))) problems.push(`${f.ruleId} fix "${fix.title}": changed text outside its edits`);
    try {
      lint(fixed, { today: TODAY });
    } catch (e) {
      problems.push(`${f.ruleId} fix "${fix.title}": the fixed text does not re-lint: ${(e as Error).message}`);
    }
  }
  try {
    // Idempotent: after fix-all, the document offers no safe edit any more (fix-all stopped
    // because nothing was left, not because it ran out of passes).
    const once = fixAll(text, { today: TODAY }).text;
    const left = nonOverlappingSafeEdits(lint(once, { today: TODAY }).findings).applied;
    if (left.length) problems.push(`fix-all is not idempotent: ${left.map((f) => f.ruleId).join(', ')} still offer safe fixes`);
  } catch (e) {
    problems.push(`fix-all threw: ${(e as Error).message}`);
  }
  return problems;
}

// Grouped cross-validation of a small trained blame scorer (issue #11, item 3), kept as a
// measurement: a logistic regression over hashed features of one sentence, allowed to ADD a
// finding where the grammar has none (optionally only where the grammar finds a person-like agent,
// not first person, as a subject), or to VETO a grammar finding it scores low. Features come from
// the grammar's own analysis (person-like subjects by kind, verb forms, negation, frames such as
// "without" / "instead" / "because") plus word unigrams and bigrams in which person words are
// replaced by their kind; optional groups add lemma-ish forms and suffixes, trigrams of those
// kind-tokens, and the ids of every rule that fired on the sentence (the engine's own analysis).
//
// Data: the real-text corpus's six dev batches (dev … dev-6; folds by the `source`
// column, so a source is never in both train and test) plus the catalogue's dev set, which is
// always in train and never scored. Nothing here reads a holdout. Every row's analysis is computed
// once and kept in memory; each configuration only re-hashes and re-trains.
//
// Results, cv11 (3,174 corpus rows from 481 sources, plus 312 catalogue rows; see
// /work/notes/cv11-report.md): the grammar is P 0.942 R 0.626 on these (tuned-on) rows. Of the 776
// rows the gated scorer may add to, 183 are blame (24%); the best configuration ranks them at
// average precision 0.31-0.33, and only 12 of its top 25 are blame. No threshold that adds more
// than 3 rows keeps the grammar's precision (best: +0.001-0.003 recall, 1-3 rows, depending on the
// fold assignment); at t 0.5 it adds 42-44 rows of which 36-41% are blame. A veto ranks the
// grammar's 38 false alarms no better than chance (2-8 of the 100 lowest-scored findings, 5.8
// expected), so every veto threshold costs about 10-18 tp per fp removed. Not wired into any rule.
//
// Again in stop 27, with twice the data (6,462 corpus rows from 773 sources, six batches): the
// grammar is P 0.922 R 0.592 on them; of the 1,464 rows the gated scorer may add to, 261 are blame
// (18%), ranked at average precision 0.28-0.30 (five fold assignments); the kept configuration adds
// 8 rows at t 0.8, 5 of them blame, and no threshold that adds more than one row keeps the
// grammar's precision. More labelled rows did not make the scorer useful.
//
//   node --import tsx scripts/blame-model-cv.ts            the chosen configuration, full tables
//   node --import tsx scripts/blame-model-cv.ts --search   every configuration tried, one line each
//
// Deterministic: full-batch gradient descent from zero weights, a fixed number of steps.
import { buildModel } from '../server/src/core/model';
import { lint } from '../server/src/core/engine';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import type { Gazetteer } from '../server/src/core/people';
import { blameUnits, peopleOf, peopleInUnit, sentences, personWord, subjectOf, isPastTense, isNegation, isModal, AUXILIARIES, type Sent } from '../server/src/core/rules/blame/grammar';
import { readRows, CORPUS_BATCHES, DEV_FIXTURE, type Row } from './eval-blame';

/** The date eval-blame.ts lints with (its blameFindings); the same here, so `grammar` matches it. */
const TODAY = '2026-11-20';

/** Default number of hashed feature buckets; the weights file would hold one weight per bucket. */
const BUCKETS = 4096;

/** FNV-1a, 32-bit: a stable hash of a feature name. */
export function bucketOf(feature: string, buckets = BUCKETS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

const FRAMES = new Set(['without', 'instead', 'because', 'despite', 'which', 'even', 'until', 'but', 'yet', 'never', 'failed', 'forgot', 'ignored']);

/** A word's form for the features: person words by kind, numbers folded, a plural's "s" kept. */
function form(s: Sent, i: number, people: Gazetteer): string {
  const kind = personWord(s, i, people);
  if (kind) return `<${kind}>`;
  const n = s.toks[i].norm;
  if (/^\d/.test(n)) return '<num>';
  return n;
}

/** A lemma-ish form: -ing / -ed / -s stripped from longer words (kind tokens unchanged). */
function lemma(f: string): string {
  if (f.startsWith('<')) return f;
  if (f.length > 5 && f.endsWith('ing')) return f.slice(0, -3);
  if (f.length > 4 && f.endsWith('ed')) return f.slice(0, -2);
  if (f.length > 3 && f.endsWith('s') && !f.endsWith('ss')) return f.slice(0, -1);
  return f;
}

/** The person-like subjects of the sentence's finite verbs, as "kind" strings with the verb's shape. */
export function agentFeatures(s: Sent, people: Gazetteer): string[] {
  const out: string[] = [];
  for (let v = 1; v < s.toks.length; v++) {
    const t = s.toks[v];
    const verbish = isPastTense(t.norm) || AUXILIARIES.has(t.norm) || isNegation(t) || isModal(t);
    if (!verbish) continue;
    const sub = subjectOf(s, v, people);
    if (!sub.person) continue;
    const kind = sub.person.kind;
    out.push(`agent:${kind}`);
    if (isNegation(t) || isNegation(s.toks[v + 1] ?? t) && v + 1 < s.toks.length) out.push(`agent-neg:${kind}`);
    if (isModal(t)) out.push(`agent-modal:${kind}`);
    if (isPastTense(t.norm)) out.push(`agent-past:${kind}`, `agent-verb:${t.norm}`);
  }
  return out;
}

/**
 * Every feature name of a sentence (deterministic order; duplicates kept, they count once). The
 * base features have no group prefix; the optional groups are prefixed `lem.`, `tri.` so that a
 * configuration can leave them out.
 */
export function featuresOf(s: Sent, people: Gazetteer): string[] {
  const forms = s.toks.map((_, i) => form(s, i, people));
  const out: string[] = ['bias'];
  for (let i = 0; i < forms.length; i++) {
    out.push(`w:${forms[i]}`);
    out.push(`b:${i ? forms[i - 1] : '^'}_${forms[i]}`);
    if (FRAMES.has(s.toks[i].norm)) out.push(`frame:${s.toks[i].norm}`);
    const l = lemma(forms[i]);
    out.push(`lem.l:${l}`);
    out.push(`lem.lb:${i ? lemma(forms[i - 1]) : '^'}_${l}`);
    if (!forms[i].startsWith('<') && forms[i].length > 4) out.push(`lem.suf:${forms[i].slice(-3)}`);
    out.push(`tri.t:${i > 1 ? forms[i - 2] : '^'}_${i ? forms[i - 1] : '^'}_${forms[i]}`);
    if (!forms[i].startsWith('<')) {
      const w = `#${forms[i]}#`;
      for (let k = 0; k + 4 <= w.length; k++) out.push(`chr.c:${w.slice(k, k + 4)}`);
    }
  }
  if (forms.length) out.push(`b:${forms[forms.length - 1]}_$`);
  if (s.question) out.push('question');
  if (/["“”]/.test(s.text)) out.push('quote');
  out.push(...agentFeatures(s, people));
  return out;
}

/** The probability of blame for the buckets, under the weights. */
export function score(buckets: ArrayLike<number>, weights: ArrayLike<number>): number {
  let z = 0;
  for (let i = 0; i < buckets.length; i++) z += weights[buckets[i]];
  return 1 / (1 + Math.exp(-z));
}

export const STEPS = 400;
export const RATE = 2;
export const L2 = 1e-3;

export type Batch = (typeof BATCHES)[number] | 'catalogue';
const BATCHES = ['dev', 'dev-2', 'dev-3', 'dev-4', 'dev-5', 'dev-6'] as const;

/** One row's analysis, computed once. */
export interface Example {
  row: Row;
  batch: Batch;
  group: string;
  y: number;
  /** Every feature name (all groups), deduplicated, sorted. */
  features: string[];
  /** The grammar finds a person-like agent (not first person) as a subject. */
  agent: boolean;
  /** At least one finding of category blame (what eval-blame counts). */
  grammar: boolean;
}

/** The features of a row's text read as a Contributing Factors paragraph, as the rules read it. */
export function exampleOf(row: Row, batch: Batch, group: string): Example {
  const md = `# Post-Mortem: eval\n\n## Contributing Factors\n\n${row.sentence}\n`;
  const model = buildModel(md);
  const people = peopleOf(model, DEFAULT_CONFIG);
  const features = new Set<string>();
  let agent = false;
  for (const unit of blameUnits(model)) {
    const inUnit = peopleInUnit(people, unit);
    for (const s of sentences(unit)) {
      for (const f of featuresOf(s, inUnit)) features.add(f);
      if (agentFeatures(s, inUnit).some((f) => f.startsWith('agent:') && f !== 'agent:first-person')) agent = true;
    }
  }
  // The engine's own analysis: which rules fire (any category), as features of group `rule.`.
  const findings = lint(md, { today: TODAY }).findings;
  for (const f of findings) {
    features.add(`rule.id:${f.ruleId}`);
    features.add(`rule.cat:${f.category}`);
  }
  return {
    row,
    batch,
    group,
    y: row.label === 'blame' ? 1 : 0,
    features: [...features].sort(),
    agent,
    grammar: findings.some((f) => f.category === 'blame'),
  };
}

/** What a configuration of the scorer is. */
export interface Config {
  name: string;
  /** Optional feature groups to include: 'lem', 'tri', 'rule'. */
  groups: string[];
  buckets: number;
  /** 'agent': the scorer may add only where the grammar finds a person-like agent; 'none': anywhere. */
  gate: 'agent' | 'none';
  l2: number;
  /** Weight of a blame example relative to an ok one (1: unweighted). */
  posWeight: number;
  /** Train only on rows where the scorer could add (gate passes, no grammar finding). */
  residual: boolean;
  /** Gradient steps (default STEPS). */
  steps?: number;
  /** Leave the catalogue's sentences out of training (default: always in train). */
  noCatalogue?: boolean;
  /** Train only on rows with a grammar finding (a scorer meant only to veto). */
  vetoOnly?: boolean;
}

export const BASELINE: Config = { name: 'baseline (blame7 features, agent gate, 4096, l2 1e-3)', groups: [], buckets: 4096, gate: 'agent', l2: 1e-3, posWeight: 1, residual: false };

/** The distinct buckets of an example's features under a configuration. */
function bucketsFor(e: Example, c: Config): Int32Array {
  const set = new Set<number>();
  for (const f of e.features) {
    const dot = f.indexOf('.');
    const group = dot > 0 && dot < f.indexOf(':') ? f.slice(0, dot) : '';
    if (group && !c.groups.includes(group)) continue;
    set.add(bucketOf(f, c.buckets));
  }
  return Int32Array.from([...set].sort((a, b) => a - b));
}

/** Logistic regression, full-batch gradient descent with L2, from zero weights. */
export function train(xs: Int32Array[], ys: number[], buckets: number, l2 = L2, posWeight = 1, steps = STEPS, rate = RATE): Float64Array {
  const w = new Float64Array(buckets);
  const g = new Float64Array(buckets);
  let n = 0;
  for (const y of ys) n += y ? posWeight : 1;
  for (let step = 0; step < steps; step++) {
    g.fill(0);
    for (let k = 0; k < xs.length; k++) {
      const x = xs[k];
      const err = (score(x, w) - ys[k]) * (ys[k] ? posWeight : 1);
      for (let i = 0; i < x.length; i++) g[x[i]] += err;
    }
    for (let b = 0; b < buckets; b++) w[b] -= rate * (g[b] / n + l2 * w[b]);
  }
  return w;
}

export function trainingExamples(): Example[] {
  const out: Example[] = [];
  // The six dev batches the measurement in the header was made on.
  BATCHES.forEach((name, i) => {
    for (const r of readRows(CORPUS_BATCHES[i].dev)) out.push(exampleOf(r, name, r.source ?? name));
  });
  for (const r of readRows(DEV_FIXTURE)) out.push(exampleOf(r, 'catalogue', 'catalogue'));
  return out;
}

/** Folds by source: a source's rows are all in one fold (a stable hash of its id, salted by `seed`). */
export function foldOf(group: string, folds: number, seed = 0): number {
  let h = seed;
  for (const c of group) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  if (seed) h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
  return h % folds;
}

/** Can the scorer add a finding on this row (no grammar finding, and the gate passes)? */
const canAdd = (e: Example, c: Config) => !e.grammar && (c.gate === 'none' || e.agent);

/**
 * Out-of-fold scores of the corpus rows: grouped folds over the corpus, the catalogue always in
 * train. `holdBatch`: instead of folds, train on the other batches and score this one.
 */
export function outOfFold(examples: Example[], c: Config, folds: number, seed = 0, holdBatch?: Batch): Map<Example, number> {
  const xs = new Map(examples.map((e) => [e, bucketsFor(e, c)]));
  const corpus = examples.filter((e) => e.batch !== 'catalogue');
  const scores = new Map<Example, number>();
  const partOf = (e: Example) => (holdBatch ? (e.batch === holdBatch ? 0 : 1) : foldOf(e.group, folds, seed));
  const parts = holdBatch ? 1 : folds;
  for (let f = 0; f < parts; f++) {
    const trainSet = examples.filter((e) => (e.batch === 'catalogue' ? !c.noCatalogue : partOf(e) !== f) && (!c.residual || canAdd(e, c)) && (!c.vetoOnly || e.grammar));
    const w = train(trainSet.map((e) => xs.get(e)!), trainSet.map((e) => e.y), c.buckets, c.l2, c.posWeight, c.steps ?? STEPS);
    for (const e of corpus) if (partOf(e) === f) scores.set(e, score(xs.get(e)!, w));
  }
  return scores;
}

interface Tally { tp: number; fp: number; fn: number; p: number; r: number }

function tally(rows: Example[], pred: (e: Example) => boolean): Tally {
  let tp = 0, fp = 0, fn = 0;
  for (const e of rows) {
    const p = pred(e);
    if (p && e.y) tp++;
    else if (p) fp++;
    else if (e.y) fn++;
  }
  return { tp, fp, fn, p: tp + fp ? tp / (tp + fp) : 1, r: tp + fn ? tp / (tp + fn) : 1 };
}

const f3 = (x: number) => x.toFixed(3);
const fmt = (t: Tally) => `P ${f3(t.p)} R ${f3(t.r)} (tp ${t.tp} fp ${t.fp} fn ${t.fn})`;

export const THRESHOLDS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.92, 0.95, 0.97];
export const VETO_THRESHOLDS = [0.03, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5];

/** The rows the scorer adds at threshold t, and how many of them are blame. */
function added(rows: Example[], scores: Map<Example, number>, c: Config, t: number): { n: number; blame: number } {
  const a = rows.filter((e) => canAdd(e, c) && scores.get(e)! >= t);
  return { n: a.length, blame: a.filter((e) => e.y).length };
}

/**
 * The best threshold: the lowest (most recall) at which grammar OR scorer keeps a precision at or
 * above the grammar's own, with at least one row added; undefined when there is none.
 */
function bestThreshold(rows: Example[], scores: Map<Example, number>, c: Config): number | undefined {
  const g = tally(rows, (e) => e.grammar);
  for (const t of THRESHOLDS) {
    const comb = tally(rows, (e) => e.grammar || (canAdd(e, c) && scores.get(e)! >= t));
    if (comb.p >= g.p && comb.tp > g.tp) return t;
  }
  return undefined;
}

/** Average precision of the scorer over the rows it could add (how well it ranks the residual). */
function residualAP(rows: Example[], scores: Map<Example, number>, c: Config): number {
  const cand = rows.filter((e) => canAdd(e, c)).sort((a, b) => scores.get(b)! - scores.get(a)!);
  const pos = cand.filter((e) => e.y).length;
  let hits = 0, sum = 0;
  cand.forEach((e, i) => {
    if (e.y) { hits++; sum += hits / (i + 1); }
  });
  return pos ? sum / pos : 0;
}

/** Of the k candidates the scorer ranks highest, how many are blame (threshold-free). */
function topK(rows: Example[], scores: Map<Example, number>, c: Config, k: number): number {
  return rows.filter((e) => canAdd(e, c)).sort((a, b) => scores.get(b)! - scores.get(a)!).slice(0, k).filter((e) => e.y).length;
}

/** The full tables for one configuration and fold count. */
function fullReport(examples: Example[], c: Config, folds: number): void {
  const corpus = examples.filter((e) => e.batch !== 'catalogue');
  const scores = outOfFold(examples, c, folds);
  const g = tally(corpus, (e) => e.grammar);
  console.log(`\n== ${c.name}: ${folds} grouped folds, pooled out-of-fold over ${corpus.length} corpus rows`);
  console.log(`grammar alone: ${fmt(g)}`);
  console.log(`candidates the scorer may add to (no grammar finding${c.gate === 'agent' ? ', agent' : ''}): ${corpus.filter((e) => canAdd(e, c)).length}, of them blame ${corpus.filter((e) => canAdd(e, c) && e.y).length}; residual AP ${f3(residualAP(corpus, scores, c))}; blame among the top 10/25/50/100 candidates ${[10, 25, 50, 100].map((k) => topK(corpus, scores, c, k)).join('/')}`);
  console.log('    t | model alone                          | grammar OR model                     | added  blame  frac | dR     | P>=grammar');
  for (const t of THRESHOLDS) {
    const m = tally(corpus, (e) => scores.get(e)! >= t);
    const comb = tally(corpus, (e) => e.grammar || (canAdd(e, c) && scores.get(e)! >= t));
    const a = added(corpus, scores, c, t);
    console.log(`${t.toFixed(2).padStart(5)} | ${fmt(m).padEnd(36)} | ${fmt(comb).padEnd(36)} | ${String(a.n).padStart(5)} ${String(a.blame).padStart(6)} ${(a.n ? f3(a.blame / a.n) : '  -  ').padStart(5)} | +${f3(comb.r - g.r)} | ${comb.p >= g.p ? 'yes' : 'no'}`);
  }
  const best = bestThreshold(corpus, scores, c);
  const t = best ?? 0.95;
  console.log(`per batch at ${best === undefined ? 'no threshold keeps P >= grammar; shown at' : 'best threshold'} t=${t}:`);
  for (const batch of BATCHES) {
    const rows = corpus.filter((e) => e.batch === batch);
    const gb = tally(rows, (e) => e.grammar);
    const cb = tally(rows, (e) => e.grammar || (canAdd(e, c) && scores.get(e)! >= t));
    const a = added(rows, scores, c, t);
    console.log(`  ${batch.padEnd(5)} ${String(rows.length).padStart(4)} rows  grammar ${fmt(gb).padEnd(36)}  combined ${fmt(cb).padEnd(36)}  added ${a.n}, blame ${a.blame}`);
  }
}

/** Veto: drop a grammar finding when the out-of-fold score is below t; what it removes and costs. */
function vetoReport(examples: Example[], c: Config, folds: number): void {
  const corpus = examples.filter((e) => e.batch !== 'catalogue');
  const scores = outOfFold(examples, c, folds);
  const hits = corpus.filter((e) => e.grammar);
  console.log(`\n== veto, ${c.name}: ${folds} grouped folds; grammar findings ${hits.length} (fp ${hits.filter((e) => !e.y).length}), grammar ${fmt(tally(corpus, (e) => e.grammar))}`);
  const ranked = [...hits].sort((a, b) => scores.get(a)! - scores.get(b)!);
  const rate = hits.filter((e) => !e.y).length / hits.length;
  console.log(`  fp among the 10/25/50/100 grammar findings it scores lowest: ${[10, 25, 50, 100].map((k) => ranked.slice(0, k).filter((e) => !e.y).length).join('/')} (by chance ${[10, 25, 50, 100].map((k) => (k * rate).toFixed(1)).join('/')})`);
  for (const v of VETO_THRESHOLDS) {
    const vetoed = corpus.filter((e) => e.grammar && scores.get(e)! < v);
    const kept = tally(corpus, (e) => e.grammar && scores.get(e)! >= v);
    console.log(`  t ${v.toFixed(2)}: vetoed ${String(vetoed.length).padStart(3)} (fp removed ${String(vetoed.filter((e) => !e.y).length).padStart(3)}, tp lost ${String(vetoed.filter((e) => e.y).length).padStart(3)})  grammar+veto ${fmt(kept)}`);
  }
}

/** Leave one batch out: train on the other batches and the catalogue, score the one left out. */
function leaveBatchOut(examples: Example[], c: Config): void {
  console.log(`\n== ${c.name}: leave one batch out (train on the others + catalogue)`);
  for (const batch of BATCHES) {
    const scores = outOfFold(examples, c, 1, 0, batch);
    const rows = examples.filter((e) => e.batch === batch);
    const g = tally(rows, (e) => e.grammar);
    const parts = [`${batch}: grammar ${fmt(g)}`];
    for (const t of [0.7, 0.8, 0.9, 0.95]) {
      const comb = tally(rows, (e) => e.grammar || (canAdd(e, c) && scores.get(e)! >= t));
      const a = added(rows, scores, c, t);
      parts.push(`  t ${t}: combined P ${f3(comb.p)} R ${f3(comb.r)} added ${a.n} (blame ${a.blame})`);
    }
    console.log(parts.join('\n'));
  }
}

/** The chosen configuration's figures over five different assignments of sources to 5 folds. */
function seeds(examples: Example[], c: Config): void {
  const corpus = examples.filter((e) => e.batch !== 'catalogue');
  const g = tally(corpus, (e) => e.grammar);
  console.log(`\n== ${c.name}: 5 grouped folds, five fold assignments (seeds)`);
  for (const seed of [0, 1, 2, 3, 4]) {
    const scores = outOfFold(examples, c, 5, seed);
    const best = bestThreshold(corpus, scores, c);
    const line = [0.8, 0.9, 0.95].map((t) => {
      const a = added(corpus, scores, c, t);
      return `@${t} ${a.blame}/${a.n}`;
    }).join(' ');
    const gain = best === undefined ? 'none' : `+${f3(tally(corpus, (e) => e.grammar || (canAdd(e, c) && scores.get(e)! >= best)).r - g.r)} at t=${best} (${added(corpus, scores, c, best).blame}/${added(corpus, scores, c, best).n} added)`;
    console.log(`  seed ${seed}: AP ${f3(residualAP(corpus, scores, c))}  top10/25/50/100 ${[10, 25, 50, 100].map((k) => topK(corpus, scores, c, k)).join('/')}  added blame/rows ${line}  recall gain at P >= grammar: ${gain}`);
  }
}

/** One line per configuration: the figures used to choose between them (out of fold only). */
function searchLine(examples: Example[], c: Config): string {
  const corpus = examples.filter((e) => e.batch !== 'catalogue');
  const g = tally(corpus, (e) => e.grammar);
  const parts: string[] = [];
  for (const folds of [5, 10]) {
    const scores = outOfFold(examples, c, folds);
    const best = bestThreshold(corpus, scores, c);
    const at = (t: number) => {
      const a = added(corpus, scores, c, t);
      return `${a.blame}/${a.n}`;
    };
    const gain = best === undefined ? '+0.000 (none)' : `+${f3(tally(corpus, (e) => e.grammar || (canAdd(e, c) && scores.get(e)! >= best)).r - g.r)} @${best}`;
    parts.push(`${folds}f AP ${f3(residualAP(corpus, scores, c))} top10/25/50/100 ${[10, 25, 50, 100].map((k) => topK(corpus, scores, c, k)).join('/')} added@.8 ${at(0.8)} @.9 ${at(0.9)} @.95 ${at(0.95)} gain ${gain}`);
  }
  return `${c.name.padEnd(44)} ${parts.join(' | ')}`;
}

export const SEARCH: Config[] = [
  BASELINE,
  { ...BASELINE, name: 'no gate', gate: 'none' },
  { ...BASELINE, name: 'residual training', residual: true },
  { ...BASELINE, name: 'l2 1e-2', l2: 1e-2 },
  { ...BASELINE, name: 'l2 1e-4', l2: 1e-4 },
  { ...BASELINE, name: '+lem (lemma, lemma bigram, suffix)', groups: ['lem'] },
  { ...BASELINE, name: '+tri (kind-token trigrams)', groups: ['tri'] },
  { ...BASELINE, name: '+rule (ids of rules that fired)', groups: ['rule'] },
  { ...BASELINE, name: '+lem+tri+rule', groups: ['lem', 'tri', 'rule'] },
  { ...BASELINE, name: '+lem+rule', groups: ['lem', 'rule'] },
  { ...BASELINE, name: '+chr (character 4-grams of words)', groups: ['chr'] },
  { ...BASELINE, name: '+rule, 8192', groups: ['rule'], buckets: 8192 },
  { ...BASELINE, name: '+rule, residual training', groups: ['rule'], residual: true },
  { ...BASELINE, name: 'steps 1500', steps: 1500 },
  { ...BASELINE, name: '+rule, steps 1500, l2 1e-3', groups: ['rule'], steps: 1500 },
  { ...BASELINE, name: 'posWeight 1.8 (balanced)', posWeight: 1.8 },
  { ...BASELINE, name: 'no catalogue in train', noCatalogue: true },
  { ...BASELINE, name: '+rule, 8192, residual training', groups: ['rule'], buckets: 8192, residual: true },
  { ...BASELINE, name: '+rule+lem, 8192', groups: ['rule', 'lem'], buckets: 8192 },
  { ...BASELINE, name: '+rule, 8192, no gate', groups: ['rule'], buckets: 8192, gate: 'none' },
  { ...BASELINE, name: 'buckets 1024', buckets: 1024 },
  { ...BASELINE, name: 'buckets 2048', buckets: 2048 },
  { ...BASELINE, name: 'buckets 8192', buckets: 8192 },
];

/** Scorers for the veto question: trained on every row, or only on rows with a grammar finding. */
export const VETO: Config[] = [
  BASELINE,
  { ...BASELINE, name: '+rule, 8192', groups: ['rule'], buckets: 8192 },
  { ...BASELINE, name: '+rule, 8192, trained on grammar findings only', groups: ['rule'], buckets: 8192, vetoOnly: true },
  { ...BASELINE, name: '+lem, trained on grammar findings only', groups: ['lem'], vetoOnly: true },
];

/** The configuration kept by the search (best residual AP over 5 and 10 folds, out of fold). */
export const CHOSEN = '+rule, 8192, residual training';

if (require.main === module) {
  const t0 = Date.now();
  const examples = trainingExamples();
  console.log(`${examples.length} examples (${examples.filter((e) => e.batch !== 'catalogue').length} corpus rows, ${new Set(examples.filter((e) => e.batch !== 'catalogue').map((e) => e.group)).size} sources) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (process.argv.includes('--search')) {
    const only = process.env.CV_FILTER ? new RegExp(process.env.CV_FILTER) : undefined;
    for (const c of SEARCH) if (!only || only.test(c.name)) console.log(searchLine(examples, c));
  } else {
    const chosen = SEARCH.find((c) => c.name === (process.env.CV_CONFIG ?? CHOSEN)) ?? BASELINE;
    for (const c of chosen === BASELINE ? [BASELINE] : [BASELINE, chosen]) {
      for (const folds of [5, 10]) fullReport(examples, c, folds);
      leaveBatchOut(examples, c);
      seeds(examples, c);
    }
    for (const c of VETO) for (const folds of [5, 10]) vetoReport(examples, c, folds);
  }
}

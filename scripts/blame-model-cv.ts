// Grouped cross-validation of a small trained blame scorer (issue #11, item 3), kept as a
// measurement: a logistic regression over hashed features of one sentence, allowed to ADD a
// finding only where the grammar finds a person-like agent (not first person) as a subject.
// Features come from the grammar's own analysis (person-like subjects by kind, verb forms,
// negation, frames such as "without" / "instead" / "because") plus word unigrams and bigrams in
// which person words are replaced by their kind. Folds are by the corpus's `source` column, so a
// source is never in both train and test; the catalogue's dev set is always in train. Nothing
// here reads a holdout. Result (blame7): the rows it adds at >= 0.95 overall precision are about
// 40% true, so it is not wired into any rule.
//
//   node --import tsx scripts/blame-model-cv.ts
//
// Deterministic: full-batch gradient descent from zero weights, a fixed number of steps.
import { buildModel } from '../server/src/core/model';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import type { Gazetteer } from '../server/src/core/people';
import { blameUnits, peopleOf, peopleInUnit, sentences, personWord, subjectOf, isPastTense, isNegation, isModal, AUXILIARIES, type Sent } from '../server/src/core/rules/blame/grammar';
import { readRows, blameFindings, CORPUS_DEV, DEV_FIXTURE, type Row } from './eval-blame';


/** Number of hashed feature buckets; the weights file holds one weight per bucket. */
const BUCKETS = 4096;

/** FNV-1a, 32-bit: a stable hash of a feature name. */
export function bucketOf(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
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

/** Every feature name of a sentence (deterministic order; duplicates kept, they count once). */
export function featuresOf(s: Sent, people: Gazetteer): string[] {
  const forms = s.toks.map((_, i) => form(s, i, people));
  const out: string[] = ['bias'];
  for (let i = 0; i < forms.length; i++) {
    out.push(`w:${forms[i]}`);
    out.push(`b:${i ? forms[i - 1] : '^'}_${forms[i]}`);
    if (FRAMES.has(s.toks[i].norm)) out.push(`frame:${s.toks[i].norm}`);
  }
  if (forms.length) out.push(`b:${forms[forms.length - 1]}_$`);
  if (s.question) out.push('question');
  if (/["“”]/.test(s.text)) out.push('quote');
  out.push(...agentFeatures(s, people));
  return out;
}

/** The distinct buckets of a sentence's features. */
export function bucketsOf(s: Sent, people: Gazetteer): number[] {
  return [...new Set(featuresOf(s, people).map(bucketOf))].sort((a, b) => a - b);
}

/** The probability of blame for the buckets, under the weights. */
export function score(buckets: number[], weights: ArrayLike<number>): number {
  let z = 0;
  for (const b of buckets) z += weights[b];
  return 1 / (1 + Math.exp(-z));
}


export const STEPS = 400;
export const RATE = 2;
export const L2 = 1e-3;

export interface Example {
  row: Row;
  group: string;
  y: number;
  buckets: number[];
  /** The grammar finds a person-like agent (not first person) as a subject. */
  agent: boolean;
  grammar: boolean;
}

/** The features of a row's text read as a Contributing Factors paragraph, as the rules read it. */
export function exampleOf(row: Row, group: string, withGrammar = true): Example {
  const md = `# Post-Mortem: eval\n\n## Contributing Factors\n\n${row.sentence}\n`;
  const model = buildModel(md);
  const people = peopleOf(model, DEFAULT_CONFIG);
  const buckets = new Set<number>();
  let agent = false;
  for (const unit of blameUnits(model)) {
    const inUnit = peopleInUnit(people, unit);
    for (const s of sentences(unit)) {
      for (const b of bucketsOf(s, inUnit)) buckets.add(b);
      if (agentFeatures(s, inUnit).some((f) => f.startsWith('agent:') && f !== 'agent:first-person')) agent = true;
    }
  }
  return {
    row,
    group,
    y: row.label === 'blame' ? 1 : 0,
    buckets: [...buckets].sort((a, b) => a - b),
    agent,
    grammar: withGrammar ? blameFindings(row.sentence).length > 0 : false,
  };
}

/** Logistic regression, full-batch gradient descent with L2, from zero weights. */
export function train(examples: Example[], steps = STEPS, rate = RATE, l2 = L2): Float64Array {
  const w = new Float64Array(BUCKETS);
  const g = new Float64Array(BUCKETS);
  const n = examples.length;
  for (let step = 0; step < steps; step++) {
    g.fill(0);
    for (const e of examples) {
      const err = score(e.buckets, w) - e.y;
      for (const b of e.buckets) g[b] += err;
    }
    for (let b = 0; b < BUCKETS; b++) w[b] -= rate * (g[b] / n + l2 * w[b]);
  }
  return w;
}

export function trainingExamples(): Example[] {
  const corpus = readRows(CORPUS_DEV).map((r) => exampleOf(r, r.source ?? 'corpus'));
  const catalogue = readRows(DEV_FIXTURE).map((r) => exampleOf(r, 'catalogue', false));
  return [...corpus, ...catalogue];
}

/** Folds by source: a source's rows are all in one fold (a stable hash of its id). */
export function foldOf(group: string, folds: number): number {
  let h = 0;
  for (const c of group) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % folds;
}

/**
 * Pooled out-of-fold scores, then the corpus dev P/R of grammar alone and grammar + the gated
 * scorer per threshold. `residual`: train only on rows where the scorer could act (an agent, no
 * grammar finding), rather than on every row.
 */
function crossValidate(examples: Example[], folds = 5, l2 = L2, residual = false): void {
  const corpus = examples.filter((e) => e.group !== 'catalogue');
  const scores = new Map<Example, number>();
  for (let f = 0; f < folds; f++) {
    const trainSet = examples.filter((e) => (e.group === 'catalogue' || foldOf(e.group, folds) !== f) && (!residual || (e.agent && !e.grammar)));
    const w = train(trainSet, STEPS, RATE, l2);
    for (const e of corpus) if (foldOf(e.group, folds) === f) scores.set(e, score(e.buckets, w));
  }
  const tally = (pred: (e: Example) => boolean) => {
    let tp = 0, fp = 0, fn = 0;
    for (const e of corpus) {
      const p = pred(e);
      if (p && e.y) tp++;
      else if (p) fp++;
      else if (e.y) fn++;
    }
    return `P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`;
  };
  const added = (t: number) => {
    const rows = corpus.filter((e) => !e.grammar && e.agent && scores.get(e)! >= t);
    return `added ${rows.length}, of them blame ${rows.filter((e) => e.y).length}`;
  };
  console.log(`grammar only:          ${tally((e) => e.grammar)}`);
  for (const t of [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95]) {
    console.log(`t ${t.toFixed(2)} model alone:   ${tally((e) => scores.get(e)! >= t)}`);
    console.log(`t ${t.toFixed(2)} grammar+gated: ${tally((e) => e.grammar || (e.agent && scores.get(e)! >= t))}  ${added(t)}`);
  }
}

if (require.main === module) {
  const examples = trainingExamples();
  for (const folds of [5, 10]) {
    for (const l2 of [1e-2, 1e-3, 1e-4]) {
      for (const residual of [false, true]) {
        console.log(`-- ${folds} folds, l2 ${l2}, residual ${residual}`);
        crossValidate(examples, folds, l2, residual);
      }
    }
  }
}

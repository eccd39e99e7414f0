// How far do two careful labellers agree on the real-text corpus (issue 11)? A second labeller
// labelled 400 dev rows blind (test/fixtures/corpus/agreement.tsv: the sentence only, the
// catalogue and the corpus README's labelling policy, no first label, no linter). This prints
// their agreement with the corpus's labels (Cohen's kappa), the second labeller scored as if it
// were a detector against the first (the ceiling a rule set can expect against one person's
// labels), and the rules scored against each labeller and on the rows both agree on.
//
// A third labeller, under the same conditions, labelled the 22 rows the two disagree on with 28
// agreed rows mixed in (test/fixtures/corpus/agreement-third.tsv), so that the majority of three
// settles each disagreement: the script also scores the rules and each labeller against it.
//
// The sample is stratified: 200 rows the first labeller called blame and 200 called ok, drawn at
// random from every dev batch (never a holdout). Scores "at the corpus's blame share" reweight the
// two strata to the dev corpus's own share of blame rows.
//
//   node --import tsx scripts/label-agreement.ts
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BadInput, CORPUS_BATCHES, readRows, blameFindings, type Row } from './eval-blame';

const CORPUS = join(__dirname, '..', 'test', 'fixtures', 'corpus');
export const AGREEMENT = join(CORPUS, 'agreement.tsv');
export const AGREEMENT_THIRD = join(CORPUS, 'agreement-third.tsv');
const HEADER = ['file', 'line', 'label', 'category', 'confidence', 'note', 'sentence'];

export interface SecondLabel {
  /** The dev row file (`dev.tsv`, `dev-5.tsv` …) and the row's 1-based line in it. */
  file: string;
  line: number;
  label: 'blame' | 'ok';
  category: string;
  confidence: 'sure' | 'unsure';
  note: string;
  sentence: string;
}

export function parseAgreement(text: string, name = 'agreement.tsv'): SecondLabel[] {
  const lines = text.split(/\r?\n/).filter((l) => l.length);
  if (lines[0] !== HEADER.join('\t')) throw new BadInput(`${name}: the first line must be the header "${HEADER.join('<TAB>')}"`);
  return lines.slice(1).map((raw, i) => {
    const cells = raw.split('\t');
    if (cells.length !== HEADER.length) throw new BadInput(`${name}:${i + 2}: expected ${HEADER.length} tab-separated fields, got ${cells.length}`);
    const [file, line, label, category, confidence, note, sentence] = cells;
    if (!/^dev(?:-\d+)?\.tsv$/.test(file)) throw new BadInput(`${name}:${i + 2}: "${file}" is not a dev row file`);
    if (label !== 'blame' && label !== 'ok') throw new BadInput(`${name}:${i + 2}: label must be "blame" or "ok"`);
    if (confidence !== 'sure' && confidence !== 'unsure') throw new BadInput(`${name}:${i + 2}: confidence must be "sure" or "unsure"`);
    return { file, line: Number(line), label, category, confidence, note, sentence };
  });
}

export interface Pair {
  first: Row;
  second: SecondLabel;
}

/** Every dev row file's rows, by file name (`dev.tsv`, `dev-5.tsv` …). */
export function devRowsByFile(): Map<string, Row[]> {
  return new Map(CORPUS_BATCHES.map(({ dev }) => [basename(dev), readRows(dev)]));
}

/** Each second label with the corpus row it labels; the sentence must be the same. */
export function pairRows(labels: SecondLabel[], devRows = devRowsByFile(), name = 'agreement.tsv'): Pair[] {
  const files = new Map([...devRows].map(([file, rows]) => [file, new Map(rows.map((r) => [r.line, r]))]));
  return labels.map((second) => {
    const first = files.get(second.file)?.get(second.line);
    if (!first) throw new BadInput(`${name}: ${second.file}:${second.line} is not a row`);
    if (first.sentence !== second.sentence) throw new BadInput(`${name}: ${second.file}:${second.line} is not the sentence it labelled`);
    return { first, second };
  });
}

/**
 * The label of each row by the majority of three: the agreed label, or on a disagreement the
 * third labeller's. A disagreement the third did not label is an error (it would be unsettled).
 */
export function majority(pairs: Pair[], third: SecondLabel[]): Map<Pair, 'blame' | 'ok'> {
  const thirdAt = new Map(third.map((t) => [`${t.file}:${t.line}`, t]));
  return new Map(
    pairs.map((p) => {
      if (p.first.label === p.second.label) return [p, p.first.label];
      const t = thirdAt.get(`${p.second.file}:${p.second.line}`);
      if (!t) throw new BadInput(`agreement-third.tsv: the disagreement at ${p.second.file}:${p.second.line} has no third label`);
      return [p, t.label];
    }),
  );
}

/** Cohen's kappa of two binary labellings: agreement beyond what their own base rates would give by chance. */
export function kappa(pairs: { a: boolean; b: boolean }[]): number {
  const n = pairs.length;
  const observed = pairs.filter((p) => p.a === p.b).length / n;
  const pa = pairs.filter((p) => p.a).length / n;
  const pb = pairs.filter((p) => p.b).length / n;
  const chance = pa * pb + (1 - pa) * (1 - pb);
  return chance === 1 ? 1 : (observed - chance) / (1 - chance);
}

interface Scores { tp: number; fp: number; fn: number; precision: number; recall: number }
function score(items: { truth: boolean; said: boolean }[]): Scores {
  const tp = items.filter((i) => i.truth && i.said).length;
  const fp = items.filter((i) => !i.truth && i.said).length;
  const fn = items.filter((i) => i.truth && !i.said).length;
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

/** The Wilson 95% interval of a proportion k/n: how much a 200-row stratum can say. */
export function wilson(k: number, n: number): [number, number] {
  const z = 1.96;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Precision of a labeller at blame share `share`, from its recall on blame rows and its rate of calling ok rows blame. */
function precisionAt(share: number, recall: number, falseRate: number): number {
  return (share * recall) / (share * recall + (1 - share) * falseRate);
}

function main() {
  const devRows = devRowsByFile();
  const pairs = pairRows(parseAgreement(readFileSync(AGREEMENT, 'utf8')), devRows);
  const blame = (p: Pair) => p.first.label === 'blame';
  const agreed = pairs.filter((p) => p.first.label === p.second.label);
  const f3 = (x: number) => x.toFixed(3);
  const line = (name: string, s: Scores) => `${name.padEnd(44)} P ${f3(s.precision)}  R ${f3(s.recall)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;
  console.log(`${pairs.length} dev rows labelled twice (first: ${pairs.filter(blame).length} blame, ${pairs.filter((p) => !blame(p)).length} ok)`);
  console.log(`agreement ${agreed.length}/${pairs.length} (${f3(agreed.length / pairs.length)}), Cohen's kappa ${f3(kappa(pairs.map((p) => ({ a: blame(p), b: p.second.label === 'blame' }))))}`);
  for (const [a, b] of [['blame', 'ok'], ['ok', 'blame']]) console.log(`  first ${a}, second ${b}: ${pairs.filter((p) => p.first.label === a && p.second.label === b).length}`);
  for (const c of ['sure', 'unsure'] as const) {
    const mine = pairs.filter((p) => p.second.confidence === c);
    console.log(`  second ${c}: ${mine.length} rows, ${mine.filter((p) => p.first.label === p.second.label).length} agree`);
  }
  const second = score(pairs.map((p) => ({ truth: blame(p), said: p.second.label === 'blame' })));
  const okRows = pairs.filter((p) => !blame(p)).length;
  const rows = [...devRows.values()].flat();
  const share = rows.filter((r) => r.label === 'blame').length / rows.length;
  console.log('\nthe second labeller scored against the first (a human ceiling):');
  console.log(line('  on the sample (half blame)', second));
  console.log(`  at the dev corpus's blame share (${f3(share)})${' '.repeat(10)} P ${f3(precisionAt(share, second.recall, second.fp / okRows))}  R ${f3(second.recall)}`);
  const [rLow, rHigh] = wilson(second.tp, second.tp + second.fn);
  const [fLow, fHigh] = wilson(second.fp, okRows);
  console.log(`  95% intervals: recall ${f3(rLow)}-${f3(rHigh)}; ok rows called blame ${f3(second.fp / okRows)} (${f3(fLow)}-${f3(fHigh)}), so precision at that share ${f3(precisionAt(share, rLow, fHigh))}-${f3(precisionAt(share, rHigh, fLow))}`);
  const predicted = new Map(pairs.map((p) => [p, blameFindings(p.first.sentence).length > 0]));
  console.log('\nthe rules:');
  console.log(line('  against the first labeller (the corpus)', score(pairs.map((p) => ({ truth: blame(p), said: predicted.get(p)! })))));
  console.log(line('  against the second labeller', score(pairs.map((p) => ({ truth: p.second.label === 'blame', said: predicted.get(p)! })))));
  console.log(line(`  on the ${agreed.length} rows both labellers agree on`, score(agreed.map((p) => ({ truth: blame(p), said: predicted.get(p)! })))));

  const third = parseAgreement(readFileSync(AGREEMENT_THIRD, 'utf8'), 'agreement-third.tsv');
  pairRows(third, devRows, 'agreement-third.tsv');
  const settled = majority(pairs, third);
  const thirdAt = new Map(third.map((t) => [`${t.file}:${t.line}`, t.label]));
  const of = (p: Pair) => thirdAt.get(`${p.second.file}:${p.second.line}`);
  const decoys = agreed.filter((p) => of(p));
  const disputed = pairs.filter((p) => p.first.label !== p.second.label);
  console.log(`\na third labeller on the ${disputed.length} disagreements, with ${decoys.length} agreed rows mixed in:`);
  console.log(`  agrees with the agreed label on ${decoys.filter((p) => of(p) === p.first.label).length} of ${decoys.length}`);
  console.log(`  sides with the first on ${disputed.filter((p) => of(p) === p.first.label).length}, with the second on ${disputed.filter((p) => of(p) === p.second.label).length}`);
  const truth = (p: Pair) => settled.get(p) === 'blame';
  console.log('against the majority of three:');
  // The sample is drawn by the first label, so the first is scored by stratum, not as a detector.
  for (const label of ['blame', 'ok'] as const) {
    const mine = pairs.filter((p) => p.first.label === label);
    console.log(`  the corpus's ${label} labels it keeps: ${mine.filter((p) => settled.get(p) === label).length} of ${mine.length}`);
  }
  console.log(line('  the second labeller', score(pairs.map((p) => ({ truth: truth(p), said: p.second.label === 'blame' })))));
  console.log(line('  the rules', score(pairs.map((p) => ({ truth: truth(p), said: predicted.get(p)! })))));
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    if (e instanceof BadInput) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
}

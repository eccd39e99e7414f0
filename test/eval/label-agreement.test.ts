// The second labelling of 400 dev rows (test/fixtures/corpus/agreement.tsv, issue 11): every row
// names a dev row (never a holdout) and carries that row's sentence, the sample is the stratified
// one the script describes, and the agreement statistics are computed right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AGREEMENT, AGREEMENT_THIRD, kappa, majority, pairRows, parseAgreement, wilson } from '../../scripts/label-agreement';
import { BadInput, type Row } from '../../scripts/eval-blame';

test('agreement.tsv labels 400 distinct dev rows, 200 the corpus calls blame and 200 ok, each with its own sentence', () => {
  const pairs = pairRows(parseAgreement(readFileSync(AGREEMENT, 'utf8')));
  assert.equal(pairs.length, 400);
  assert.equal(new Set(pairs.map((p) => `${p.second.file}:${p.second.line}`)).size, 400);
  assert.equal(pairs.filter((p) => p.first.label === 'blame').length, 200);
  for (const p of pairs) assert.match(p.second.file, /^dev/);
});

test('agreement.tsv: a holdout file, a wrong sentence or a bad label is refused with the line', () => {
  const header = 'file\tline\tlabel\tcategory\tconfidence\tnote\tsentence';
  assert.throws(() => parseAgreement(`${header}\nholdout.tsv\t2\tok\tneutral-fact\tsure\t\tx\n`), (e: Error) => e instanceof BadInput && /:2: "holdout.tsv" is not a dev row file/.test(e.message));
  assert.throws(() => parseAgreement(`${header}\ndev.tsv\t2\tmaybe\tneutral-fact\tsure\t\tx\n`), /label must be/);
  const [row] = parseAgreement(`${header}\ndev.tsv\t2\tok\tneutral-fact\tsure\t\tnot the sentence on that line\n`);
  assert.throws(() => pairRows([row]), /is not the sentence it labelled/);
});

test('kappa: 1 for identical labels, 0 for agreement no better than chance, negative for worse', () => {
  const same = [true, false, true, false].map((a) => ({ a, b: a }));
  assert.equal(kappa(same), 1);
  const chance = [{ a: true, b: true }, { a: true, b: false }, { a: false, b: true }, { a: false, b: false }];
  assert.equal(kappa(chance), 0);
  assert.ok(kappa([true, false].map((a) => ({ a, b: !a }))) < 0);
});

test('wilson: the interval holds the proportion and narrows with more rows', () => {
  const [low, high] = wilson(182, 200);
  assert.ok(low < 0.91 && 0.91 < high);
  const [low2, high2] = wilson(1820, 2000);
  assert.ok(high2 - low2 < high - low);
  assert.deepEqual(wilson(0, 10).map((x) => Number(x.toFixed(3))), [0, 0.278]);
});

test('agreement-third.tsv settles every disagreement: each row a dev row with its sentence, agreed rows mixed in', () => {
  const pairs = pairRows(parseAgreement(readFileSync(AGREEMENT, 'utf8')));
  const third = parseAgreement(readFileSync(AGREEMENT_THIRD, 'utf8'), 'agreement-third.tsv');
  pairRows(third, undefined, 'agreement-third.tsv');
  const disputed = pairs.filter((p) => p.first.label !== p.second.label);
  const labelled = new Set(third.map((t) => `${t.file}:${t.line}`));
  for (const p of disputed) assert.ok(labelled.has(`${p.second.file}:${p.second.line}`), `${p.second.file}:${p.second.line}`);
  assert.ok(third.length > disputed.length, 'agreed rows are mixed in, so the third cannot tell which rows are disputed');
  assert.equal(majority(pairs, third).size, 400);
});

test('majority: the agreed label stands, a disagreement goes the third way, and an unsettled one is refused', () => {
  const row = (line: number, label: 'blame' | 'ok') => ({ file: 'dev.tsv', line, label, category: '', confidence: 'sure' as const, note: '', sentence: 's' });
  const first = (line: number, label: 'blame' | 'ok'): Row => ({ line, label, category: '', sentence: 's' });
  const agreed = { first: first(2, 'ok'), second: row(2, 'ok') };
  const disputed = { first: first(3, 'blame'), second: row(3, 'ok') };
  const settled = majority([agreed, disputed], [row(3, 'ok'), row(2, 'blame')]);
  assert.equal(settled.get(agreed), 'ok');
  assert.equal(settled.get(disputed), 'ok');
  assert.equal(majority([disputed], [row(3, 'blame')]).get(disputed), 'blame');
  assert.throws(() => majority([disputed], []), (e: Error) => e instanceof BadInput && /dev.tsv:3 has no third label/.test(e.message));
});

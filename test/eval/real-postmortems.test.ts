// Integrity of the real post-mortem set (test/fixtures/real-postmortems) and of the matching in
// scripts/eval-documents.ts. Deliberately not the rule results: other engineers are changing the
// rules, and the eval script reports those numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allRules } from '../../server/src/core/engine';
import {
  BadInput,
  FIXTURE_DIR,
  decodeExcerpt,
  encodeExcerpt,
  evaluateDocuments,
  judgeDocument,
  locate,
  parseIndex,
  parseJudgments,
  readIndex,
  readJudgments,
  splitOf,
} from '../../scripts/eval-documents';

const index = readIndex();
const judgments = readJudgments();
const ruleIds = new Set(allRules().map((r) => r.id));
const source = (file: string) => readFileSync(join(FIXTURE_DIR, file), 'utf8');

test('index.tsv lists every document once, each whole file present and starting with its source line', () => {
  assert.ok(index.length >= 34, `${index.length} documents; the set needs at least 34`);
  const listed = index.map((r) => r.file);
  assert.equal(new Set(listed).size, listed.length, 'a file is listed twice');
  const onDisk = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.md') && f !== 'README.md');
  assert.deepEqual([...onDisk].sort(), [...listed].sort(), 'index.tsv and the .md files differ');
  for (const row of index) {
    const first = source(row.file).split('\n')[0];
    assert.equal(first, `<!-- source: ${row.url} -->`, `${row.file}: first line must be its source comment`);
    assert.match(row.url, /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\//, `${row.file}: source must be a commit-pinned GitHub address`);
  }
});

test('the split of every document is the one its address hashes to', () => {
  for (const row of index) assert.equal(row.split, splitOf(row.url), `${row.file}: split must follow sha256(url)`);
  assert.ok(index.some((r) => r.split === 'dev') && index.some((r) => r.split === 'holdout'));
});

test('at least five template families, with at least four documents each', () => {
  const count = new Map<string, number>();
  for (const row of index) count.set(row.template, (count.get(row.template) ?? 0) + 1);
  const families = [...count].filter(([, n]) => n >= 4);
  assert.ok(families.length >= 5, `families with ≥4 documents: ${JSON.stringify([...count])}`);
});

test('every judgment points to a listed file, an existing line, its exact excerpt and a known rule', () => {
  const files = new Set(index.map((r) => r.file));
  const seen = new Map<string, number>();
  for (const j of judgments) {
    assert.ok(files.has(j.file), `judgments.tsv:${j.row}: ${j.file} is not in index.tsv`);
    const text = source(j.file);
    assert.ok(j.line <= text.split('\n').length, `judgments.tsv:${j.row}: line ${j.line} is past the end of ${j.file}`);
    const key = `${j.file}\t${j.line}\t${j.rule}\t${j.excerpt}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    assert.ok(locate(text, j.line, j.excerpt, nth), `judgments.tsv:${j.row}: "${j.excerpt}" is not on line ${j.line} of ${j.file}`);
    assert.ok(ruleIds.has(j.rule), `judgments.tsv:${j.row}: unknown rule "${j.rule}"`);
  }
  assert.ok(judgments.some((j) => j.verdict === 'missed'), 'missed blame is part of the set (recall)');
});

test('gaps.tsv names listed files and known rule ids (or -)', () => {
  const lines = readFileSync(join(FIXTURE_DIR, 'gaps.tsv'), 'utf8').split('\n').filter(Boolean);
  assert.equal(lines[0], 'file\tgap\texpected_rule');
  const files = new Set(index.map((r) => r.file));
  lines.slice(1).forEach((line, i) => {
    const cells = line.split('\t');
    assert.equal(cells.length, 3, `gaps.tsv:${i + 2}: three fields`);
    const [file, gap, rule] = cells;
    assert.ok(files.has(file), `gaps.tsv:${i + 2}: ${file} is not in index.tsv`);
    assert.ok(gap.trim(), `gaps.tsv:${i + 2}: empty gap`);
    assert.ok(rule === '-' || ruleIds.has(rule), `gaps.tsv:${i + 2}: unknown rule "${rule}"`);
  });
});

test('excerpts that span lines survive the TSV encoding; the split hash is the documented one', () => {
  for (const text of ['plain', 'should\nhave caught', 'a\\nb', 'tab\there']) assert.equal(decodeExcerpt(encodeExcerpt(text)), text);
  // sha256 of these addresses starts with 2dce0a4c (0.18 of 2^32) and d7fe568b (0.84).
  assert.equal(splitOf('https://example.com/a'), 'dev');
  assert.equal(splitOf('https://example.com/b'), 'holdout');
  const doc = 'one\nMaster and Master\nthree';
  assert.deepEqual(locate(doc, 2, 'Master', 1), { start: 15, end: 21 });
  assert.equal(locate(doc, 2, 'three'), undefined, 'an excerpt must start on its own line');
});

test('bad tables are refused with the line that is wrong', () => {
  assert.throws(() => parseIndex('file\tsplit\ttemplate\turl\ttitle\na.md\tboth\tx\thttps://x\tT\n'), (e: Error) => e instanceof BadInput && /:2: split/.test(e.message));
  assert.throws(() => parseJudgments('file\tline\trule\texcerpt\tverdict\treason\na.md\t3\tcounterfactual\tx\tmaybe\twhy\n'), /verdict must be/);
  assert.throws(() => parseJudgments('file\tline\trule\texcerpt\tverdict\n'), /header/);
});

test('findings are matched to judgments by file, line and overlapping text, and unmatched ones are listed', () => {
  // Whatever the rules find in this text today, judging each finding must make it judged, and a
  // "missed" judgment stays missed unless a blame finding covers it.
  const text = '<!-- source: https://example.com/x -->\n# Outage\n\n## Root Cause\n\nThis should have been caught in review. The on-call engineer forgot to renew the certificate.\n\n## Timeline\n\n- 10:00 the master branch was deployed\n';
  const dir = mkdtempSync(join(tmpdir(), 'real-pm-'));
  writeFileSync(join(dir, 'x.md'), text);
  writeFileSync(join(dir, 'index.tsv'), `file\tsplit\ttemplate\turl\ttitle\nx.md\t${splitOf('https://example.com/x')}\tprose\thttps://example.com/x\tOutage\n`);
  const header = 'file\tline\trule\texcerpt\tverdict\treason\n';
  writeFileSync(join(dir, 'judgments.tsv'), header);
  const first = judgeDocument(text, 'x.md', []);
  assert.ok(first.findings.every((f) => f.verdict === 'unjudged'));
  const rows = first.findings.map((f) => `x.md\t${f.line}\t${f.ruleId}\t${encodeExcerpt(f.excerpt)}\tfalse\ttest`);
  rows.push('x.md\t6\tperson-as-failure-subject\tforgot to renew\tmissed\ttest');
  writeFileSync(join(dir, 'judgments.tsv'), header + rows.join('\n') + '\n');
  const result = evaluateDocuments(dir);
  const split = result.splits[splitOf('https://example.com/x')];
  assert.equal(split.documents, 1);
  assert.equal(split.unjudged.length, 0);
  const judged = split.documentsDetail[0].findings;
  assert.equal(judged.length, first.findings.length);
  for (const f of judged) assert.ok(f.verdict === 'false' || (f.verdict === 'true' && f.category === 'blame'), `${f.ruleId} on line ${f.line} was ${f.verdict}`);
  const line6 = text.split('\n')[5];
  const [m0, m1] = [line6.indexOf('forgot to renew'), line6.indexOf('forgot to renew') + 15];
  const covered = first.findings.some((f) => {
    const at = line6.indexOf(f.excerpt);
    return f.category === 'blame' && f.line === 6 && at >= 0 && at < m1 && m0 < at + Math.max(1, f.excerpt.length);
  });
  assert.equal(split.missed.length, covered ? 0 : 1, 'a missed judgment counts until a blame finding covers it');
  const totals = split.rules.reduce((n, r) => n + r.findings, 0);
  assert.equal(totals, judged.length, 'per-rule figures add up to the findings');
});

// `postmortem-lint actions` and `postmortem-lint patterns` on the workspace fixture (nine
// post-mortems of one team), as users run them: the bundled dist/cli.js, each format against its
// expected output in test/cli/expected/, exit codes, and clear messages on bad input. Also the
// lint command over several files, where recurring-condition links the other post-mortems.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildModel } from '../../server/src/core/model';
import { actionItems } from '../../server/src/core/export';
import { fixtureIndex } from '../helpers/workspace';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const FOLDER = 'test/fixtures/workspace';
const EXPECTED = join(__dirname, 'expected');
const TODAY = '2026-11-20';

function cli(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const expected = (name: string) => readFileSync(join(EXPECTED, name), 'utf8');

before(() => {
  if (!existsSync(CLI)) spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
});

for (const [format, file] of [['text', 'actions.txt'], ['csv', 'actions.csv'], ['json', 'actions.json'], ['markdown', 'actions.md']]) {
  test(`actions --format ${format} prints the fixture's 27 action items; exit 1 because some are overdue`, () => {
    const r = cli(['actions', '--today', TODAY, '--format', format, FOLDER]);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, expected(file));
    assert.equal(r.status, 1);
  });
}

for (const [format, file] of [['text', 'patterns.txt'], ['json', 'patterns.json'], ['markdown', 'patterns.md']]) {
  test(`patterns --format ${format} prints the fixture's 8 recurring conditions; exit 0`, () => {
    const r = cli(['patterns', '--format', format, FOLDER]);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, expected(file));
    assert.equal(r.status, 0);
  });
}

test('the expected outputs say what the core computes', () => {
  const json = JSON.parse(expected('actions.json')) as { state: string; file: string; line: number; action: string; missing: string[]; daysOverdue?: number }[];
  assert.equal(json.length, 27);
  const counts = (s: string) => json.filter((i) => i.state === s).length;
  assert.deepEqual([counts('done'), counts('open'), counts('overdue')], [7, 4, 16]);
  assert.ok(json.every((i) => (i.state === 'overdue') === (i.daysOverdue !== undefined && i.daysOverdue > 0)));
  // Every item sits on the line the JSON says, in the file it names.
  for (const i of json) assert.ok(readFileSync(join(ROOT, i.file), 'utf8').split('\n')[i.line - 1].includes(i.action.slice(0, 20)), `${i.file}:${i.line}`);
  assert.match(expected('actions.txt'), /^27 action items in 9 post-mortems: 7 done, 20 open \(16 overdue\); 3 without an owner, 2 open without a due date\.$/m);
  // CSV: a header and one CRLF line per item; markdown round-trips through the model.
  assert.equal(expected('actions.csv').split('\r\n').length, 27 + 2);
  assert.equal(actionItems(buildModel(`## Action Items\n${expected('actions.md')}`)).length, 27);
  const patterns = JSON.parse(expected('patterns.json')) as { documents: number; conditions: { terms: { term: string }[] }[] };
  assert.equal(patterns.documents, 9);
  assert.deepEqual(patterns.conditions.map((c) => c.terms.map((t) => t.term).join(' ')), fixtureIndex().conditions().map((c) => c.terms.map((t) => t.label).join(' ')));
});

test('actions --overdue lists only overdue items, and is the CI gate: exit 1 when any, 0 when none', () => {
  const r = cli(['actions', '--today', TODAY, '--overdue', FOLDER]);
  assert.equal(r.status, 1);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 16 + 1);
  assert.ok(lines.slice(0, -1).every((l) => / overdue /.test(l)), lines.join('\n'));
  const early = cli(['actions', '--today', '2026-03-01', '--overdue', FOLDER]);
  assert.equal(early.status, 0);
  assert.equal(early.stdout, 'No action items in 9 post-mortems.\n');
  assert.equal(cli(['actions', '--today', '2026-03-01', FOLDER]).status, 0, 'nothing overdue yet');
});

test('a file named explicitly is read; a folder without post-mortems gives empty results', () => {
  const one = cli(['actions', '--today', TODAY, '--format', 'json', `${FOLDER}/2026-04-22-api-certificate-expiry.postmortem.md`]);
  assert.deepEqual(JSON.parse(one.stdout).map((i: { state: string }) => i.state), ['done', 'overdue', 'open']);
  const empty = mkdtempSync(join(tmpdir(), 'pm-ws-'));
  writeFileSync(join(empty, 'README.md'), '# Notes\n');
  assert.deepEqual([cli(['actions', empty]).stdout, cli(['actions', empty]).status], ['No action items in 0 post-mortems.\n', 0]);
  assert.equal(cli(['patterns', '--format', 'json', empty]).stdout, '{\n  "documents": 0,\n  "conditions": []\n}\n');
  assert.match(cli(['patterns', `${FOLDER}/2026-04-22-api-certificate-expiry.postmortem.md`]).stdout, /^No recurring conditions in 1 post-mortem: /);
});

test('bad usage: exit 2 with a clear message', () => {
  const cases: [string[], RegExp][] = [
    [['actions', '--format', 'sarif', FOLDER], /unknown format "sarif" for actions \(use text, csv, json or markdown\)/],
    [['patterns', '--format', 'csv', FOLDER], /unknown format "csv" for patterns \(use text, json or markdown\)/],
    [['patterns', '--overdue', FOLDER], /--overdue does not apply to "postmortem-lint patterns"/],
    [['--overdue', FOLDER], /--overdue applies to "postmortem-lint actions" only/],
    [['actions', '--fix', FOLDER], /--fix does not apply to "postmortem-lint actions"/],
    [['actions'], /no PATH given/],
    [['actions', '--today', 'tomorrow', FOLDER], /--today must be YYYY-MM-DD, not "tomorrow"/],
  ];
  for (const [args, message] of cases) {
    const r = cli(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, message);
    assert.match(r.stderr, /Run postmortem-lint --help for usage\./);
    assert.equal(r.stdout, '');
  }
  const missing = cli(['actions', '--today', TODAY, 'no/such/folder', `${FOLDER}/2026-10-27-feature-flag-rollout.postmortem.md`]);
  assert.equal(missing.status, 2, 'an unreadable path wins over overdue items');
  assert.match(missing.stderr, /cannot read no\/such\/folder: no such file or directory/);
  assert.match(missing.stdout, /3 action items in 1 post-mortem/);
});

test('the lint command over several post-mortems: recurring-condition points into the others', () => {
  const out = JSON.parse(cli(['--today', TODAY, '--format', 'json', FOLDER]).stdout) as { file: string; findings: { ruleId: string; related?: { file: string; range: { start: { line: number } } }[] }[] }[];
  const payments = out.find((r) => r.file.endsWith('payments-connection-pool.postmortem.md'))!;
  const found = payments.findings.filter((f) => f.ruleId === 'recurring-condition');
  assert.equal(found.length, 2);
  assert.deepEqual(found[0].related!.map((r) => [r.file, r.range.start.line]), [
    [`${FOLDER}/2026-06-30-search-timeouts.postmortem.md`, 22],
    [`${FOLDER}/2026-03-14-order-email-backlog.postmortem.md`, 24],
  ]);
  const sarif = JSON.parse(cli(['--today', TODAY, '--format', 'sarif', FOLDER]).stdout);
  const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'recurring-condition');
  assert.ok(result.relatedLocations.length >= 1 && result.relatedLocations[0].physicalLocation.region.startLine >= 1);
  // One file alone has nothing to compare with; and the rule can be switched off.
  const alone = JSON.parse(cli(['--today', TODAY, '--format', 'json', `${FOLDER}/2026-09-03-payments-connection-pool.postmortem.md`]).stdout);
  assert.ok(!alone[0].findings.some((f: { ruleId: string }) => f.ruleId === 'recurring-condition'));
  const dir = mkdtempSync(join(tmpdir(), 'pm-ws-'));
  mkdirSync(join(dir, 'postmortems'));
  cpSync(join(ROOT, FOLDER), join(dir, 'postmortems'), { recursive: true });
  writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ rules: { 'recurring-condition': 'off' } }));
  const off = JSON.parse(cli(['--today', TODAY, '--format', 'json', dir]).stdout);
  assert.ok(off.every((r: { findings: { ruleId: string }[] }) => !r.findings.some((f) => f.ruleId === 'recurring-condition')));
});

// The CLI as users run it: the bundled dist/cli.js (npm test builds first), exit codes, the exact
// JSON shape, SARIF 2.1.0 structure, and --fix.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../../server/src/core/engine';
import { fixAll, nonOverlappingSafeEdits } from '../../server/src/core/fix';
import { applyEdits } from '../../server/src/core/text';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const EXAMPLES = join(ROOT, 'examples');
const TODAY = '2026-11-20';

function cli(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, '--today', TODAY, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  if (!existsSync(CLI)) spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
});

test('exit 0 on the exemplary post-mortem, with a clean summary', () => {
  const r = cli([join(EXAMPLES, 'checkout-latency.postmortem.md')]);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /no problems/);
  assert.equal(r.status, 0);
});

test('exit 1 when a finding is an error; compiler-style lines', () => {
  const file = join(EXAMPLES, 'dns-outage.postmortem.md');
  const { findings } = lint(readFileSync(file, 'utf8'), { today: TODAY });
  const r = cli([file]);
  assert.equal(r.status, findings.some((f) => f.severity === 'error') ? 1 : 0);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, findings.length + 1);
  for (const line of lines.slice(0, -1)) assert.match(line, /^\S+dns-outage\.postmortem\.md:\d+:\d+ (error|warning|info|hint) .+ \[[a-z]+(-[a-z]+)*\]$/);
  assert.match(lines[lines.length - 1], /problems? \(\d+ errors?, \d+ warnings?, \d+ info\) in 1 post-mortem\./);
});

test('exit 2 on bad usage, a missing file, and broken configuration', () => {
  assert.equal(cli(['--format', 'xml', 'examples']).status, 2);
  assert.equal(cli(['--bogus']).status, 2);
  assert.equal(cli([]).status, 2);
  const missing = cli(['no/such/file.md']);
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr.trim().split('\n').length, 1);
  assert.match(missing.stderr, /cannot read no\/such\/file\.md/);
  const dir = mkdtempSync(join(tmpdir(), 'pm-cli-'));
  writeFileSync(join(dir, 'bad.json'), '{ "rules": ');
  const bad = cli(['--config', join(dir, 'bad.json'), join(EXAMPLES, 'checkout-latency.postmortem.md')]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /not valid configuration/);
});

test('a directory lints only post-mortems; a file named explicitly is linted', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-cli-'));
  mkdirSync(join(dir, 'postmortems'));
  cpSync(join(EXAMPLES, 'checkout-latency.postmortem.md'), join(dir, 'postmortems', 'a.md'));
  writeFileSync(join(dir, 'README.md'), '# Project\n\nJohn forgot to check. It was human error.\n');
  writeFileSync(join(dir, 'notes.md'), '# Post-Mortem: found by its title\n');
  const json = JSON.parse(cli(['--format', 'json', dir]).stdout);
  assert.deepEqual(json.map((r: { file: string }) => r.file.slice(dir.length + 1)).sort(), ['notes.md', 'postmortems/a.md']);
  const readme = JSON.parse(cli(['--format', 'json', join(dir, 'README.md')]).stdout);
  assert.equal(readme.length, 1);
});

test('JSON output has exactly the documented shape, 0-based UTF-16 positions', () => {
  const file = join(EXAMPLES, 'dns-outage.postmortem.md');
  const source = readFileSync(file, 'utf8');
  const out = JSON.parse(cli(['--format', 'json', file]).stdout);
  assert.equal(out.length, 1);
  assert.deepEqual(Object.keys(out[0]), ['file', 'template', 'findings']);
  // The template profile it was checked against, and how it was chosen.
  assert.deepEqual(out[0].template, { id: 'seed', name: 'Blameless post-mortem (seed)', how: 'auto' });
  const { findings } = lint(source, { today: TODAY });
  assert.equal(out[0].findings.length, findings.length);
  const lines = source.split('\n');
  for (const [i, f] of out[0].findings.entries()) {
    assert.deepEqual(Object.keys(f), ['ruleId', 'category', 'severity', 'message', 'range', 'fixes']);
    assert.match(f.severity, /^(error|warning|info|hint)$/);
    assert.deepEqual(Object.keys(f.range), ['start', 'end']);
    assert.deepEqual(Object.keys(f.range.start), ['line', 'character']);
    const start = lines.slice(0, f.range.start.line).join('\n').length + (f.range.start.line ? 1 : 0) + f.range.start.character;
    assert.equal(start, findings[i].start);
    for (const fix of f.fixes) {
      assert.deepEqual(Object.keys(fix), ['title', 'edits']);
      for (const e of fix.edits) assert.deepEqual(Object.keys(e), ['range', 'newText']);
    }
  }
});

test('SARIF 2.1.0: one rule entry per rule with help, results pointing into them', () => {
  const file = join(EXAMPLES, 'dns-outage.postmortem.md');
  const log = JSON.parse(cli(['--format', 'sarif', file]).stdout);
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'postmortem-lint');
  const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  for (const r of run.tool.driver.rules) {
    assert.ok(r.shortDescription.text && r.fullDescription.text && r.help.text, r.id);
    assert.match(r.defaultConfiguration.level, /^(none|note|warning|error)$/);
  }
  const { findings } = lint(readFileSync(file, 'utf8'), { today: TODAY });
  assert.equal(run.results.length, findings.length);
  for (const res of run.results) {
    assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
    assert.match(res.level, /^(note|warning|error)$/);
    assert.ok(res.message.text);
    const region = res.locations[0].physicalLocation.region;
    assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine);
    assert.match(res.locations[0].physicalLocation.artifactLocation.uri, /dns-outage\.postmortem\.md$/);
  }
});

test('--fix applies only safe fixes, in place, and changes nothing outside their ranges', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-fix-'));
  for (const name of ['cert-expiry', 'dns-outage', 'queue-backlog']) {
    const file = join(dir, `${name}.postmortem.md`);
    cpSync(join(EXAMPLES, `${name}.postmortem.md`), file);
    const before = readFileSync(file, 'utf8');
    const r = cli(['--fix', '--format', 'json', file]);
    assert.notEqual(r.status, 2, r.stderr);
    const after = readFileSync(file, 'utf8');
    assert.equal(after, fixAll(before, { today: TODAY }).text, 'the CLI writes what fixAll computes');
    // Re-linting the fixed file offers no further safe fix: everything mechanical was repaired.
    const remaining = lint(after, { today: TODAY }).findings;
    assert.deepEqual(remaining.filter((f) => f.fixes.some((x) => x.safe)).map((f) => f.ruleId), [], name);
    // Unsafe (wording) findings are left for the author.
    const wording = (t: string) => lint(t, { today: TODAY }).findings.filter((f) => f.category === 'blame').length;
    assert.equal(wording(after), wording(before), `${name}: --fix never rewrites wording`);
    // Pass by pass: between the pass's edits, the text is carried over unchanged, character by
    // character (checked here independently of applyEdits).
    let text = before;
    for (let pass = 0; pass < 10; pass++) {
      const { edits } = nonOverlappingSafeEdits(lint(text, { today: TODAY }).findings);
      if (!edits.length) break;
      const next = applyEdits(text, edits);
      let from = 0;
      let at = 0;
      for (const e of edits) {
        const kept = text.slice(from, e.start);
        assert.equal(next.slice(at, at + kept.length), kept, `${name}: pass ${pass} changed text before offset ${e.start}`);
        at += kept.length;
        assert.equal(next.slice(at, at + e.newText.length), e.newText);
        at += e.newText.length;
        from = e.end;
      }
      assert.equal(next.slice(at), text.slice(from), `${name}: pass ${pass} changed the text after its last edit`);
      text = next;
    }
  }
});

test('--list-rules, --help and --version', () => {
  const list = cli(['--list-rules']);
  assert.equal(list.status, 0);
  assert.match(list.stdout, /^unknown-rule-id\tstructure\twarning\t/m);
  assert.match(cli(['--help']).stdout, /Usage: postmortem-lint/);
  assert.match(cli(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
});

test('a .postmortemrc.json found upward from the file sets severities; unknown ids are reported', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-rc-'));
  mkdirSync(join(dir, 'postmortems'));
  const file = join(dir, 'postmortems', 'x.md');
  writeFileSync(file, '# Post-Mortem: x\n<!-- postmortem-disable no-such-rule -->\n');
  writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ rules: { 'unknown-rule-id': 'error', 'typo-rule': 'off' } }));
  const r = cli(['--format', 'json', file]);
  assert.match(r.stderr, /unknown rule id "typo-rule"/);
  const found = JSON.parse(r.stdout)[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'unknown-rule-id');
  assert.equal(found[0].severity, 'error');
  assert.equal(r.status, 1);
});


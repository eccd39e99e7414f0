// Runs vscode-tmgrammar-test on test/grammar/*.test.md: the post-mortem injection grammar (from
// the manifest, injected into text.html.markdown) against VS Code's real markdown grammar
// (vendored beside this file, see markdown.tmLanguage.LICENSE.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
const markdownGrammar = join(root, 'test', 'grammar', 'markdown.tmLanguage.json');

function run(files: string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [cli, '-g', markdownGrammar, ...files], { cwd: root, encoding: 'utf8' });
  // The markdown grammar embeds dozens of languages that are not loaded here; that is noise.
  const out = `${r.stdout}${r.stderr}`.split('\n').filter((l) => !l.startsWith('grammar not found')).join('\n');
  return { status: r.status, out };
}

test('the manifest injects the grammar into markdown', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const entry = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === 'postmortem.injection');
  assert.ok(entry);
  assert.deepEqual(entry.injectTo, ['text.html.markdown']);
  const grammar = JSON.parse(readFileSync(join(root, entry.path), 'utf8'));
  assert.equal(grammar.scopeName, 'postmortem.injection');
  assert.match(grammar.injectionSelector, /^L:text\.html\.markdown /);
});

const cases = readdirSync(join(root, 'test', 'grammar')).filter((f) => f.endsWith('.test.md')).sort();

test('there are grammar test cases for header fields, timelines and code', () => {
  assert.deepEqual(cases, ['code.test.md', 'header.test.md', 'timeline.test.md']);
});

for (const file of cases) {
  test(`grammar test ${file}`, () => {
    const { status, out } = run([`test/grammar/${file}`]);
    assert.equal(status, 0, out);
    assert.match(out, /run successfuly/);
  });
}

test('a wrong expectation fails (the runner is really checking scopes)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-grammar-'));
  try {
    const bad = join(dir, 'bad.test.md');
    writeFileSync(bad, '<!-- SYNTAX TEST "text.html.markdown" "wrong on purpose"\n**Date**: 2026-11-02\n<!--      ^^^^^^^^^^ constant.language.severity.high.postmortem\n');
    const { status, out } = run([bad]);
    assert.notEqual(status, 0);
    assert.match(out, /missing required scopes: constant\.language\.severity\.high\.postmortem/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

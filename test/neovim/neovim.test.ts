// A second editor: Neovim's built-in LSP client runs the README's Neovim configuration verbatim
// (as init.lua, with the server where the README puts it) against `node dist/server.js --stdio` on
// an example post-mortem. drive.lua picks code actions from the menu as a user would; this file
// judges what Neovim saw against the core. Debian 12's neovim is 0.7.2, the API the README's block
// is written to. Without Neovim the test is skipped and says so, except in CI, where it fails.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '../../server/src/core/config';
import { allRules, lint, todayIso } from '../../server/src/core/engine';
import { fixAll } from '../../server/src/core/fix';
import { applyEdits } from '../../server/src/core/text';
import type { Finding } from '../../server/src/core/types';
import { ROOT, SERVER, ensureBuilt } from '../protocol/lsp-client';

const NVIM = process.env.NVIM_PATH || 'nvim';
const EXAMPLE = 'dns-outage.postmortem.md';
const probe = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
const nvimVersion = probe.status === 0 ? probe.stdout.split('\n')[0] : undefined;
const SKIP = nvimVersion || process.env.CI ? false : `SKIPPED: Neovim is not installed (apt-get install -y neovim), so the Neovim test did not run`;
if (SKIP) console.log(`neovim.test.ts: ${SKIP}`);

/** The lua block under the README's `neovim-config` marker. */
function readmeConfig(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const m = /<!-- neovim-config[^>]*-->\s*```lua\n([\s\S]*?)```/.exec(readme);
  assert.ok(m, 'the README has a lua block under <!-- neovim-config -->');
  return m[1];
}

interface VimDiagnostic {
  code: string;
  severity: number;
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  source: string;
  message: string;
}
interface Seen {
  error?: string | null;
  nvim: { major: number; minor: number; patch: number };
  client: { name: string; root_dir: string; settings: { postmortem?: Record<string, unknown> }; offset_encoding: string };
  steps: { name: string; ms: number }[];
  messages: string[];
  opened: VimDiagnostic[];
  fixOffered: string[];
  fixedText: string;
  afterFix: VimDiagnostic[];
  allowOffered: string[];
  afterAllow: VimDiagnostic[];
  fixAllOffered: string[];
  fixAllText: string;
  afterFixAll: VimDiagnostic[];
}

const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;

/** A finding where Neovim puts it: 0-based line, byte columns (the client converts from UTF-16). */
function position(text: string, offset: number): { line: number; col: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line, col: Buffer.byteLength(text.slice(lineStart, offset)), character: offset - lineStart };
}
function expectedKeys(text: string, findings: Finding[]): string[] {
  return findings
    .map((f) => {
      const a = position(text, f.start);
      const b = position(text, f.end);
      return `${f.ruleId} ${SEVERITY[f.severity as keyof typeof SEVERITY]} ${a.line}:${a.col}-${b.line}:${b.col}`;
    })
    .sort();
}
function seenKeys(ds: VimDiagnostic[]): string[] {
  return ds.map((d) => `${d.code} ${d.severity} ${d.lnum}:${d.col}-${d.end_lnum}:${d.end_col}`).sort();
}

describe('Neovim (built-in LSP client, the README configuration)', () => {
  before(() => ensureBuilt());

  it('shows the diagnostics; a quick fix, the allow-list action and fix all apply', { skip: SKIP, timeout: 90_000 }, () => {
    assert.ok(nvimVersion, `Neovim must be installed where CI=true (apt-get install -y neovim): ${probe.error?.message ?? probe.stderr}`);
    const tmp = mkdtempSync(join(tmpdir(), 'pm-nvim-'));
    try {
      // A home of its own: the README's server path, and no user configuration, shada or state.
      const home = join(tmp, 'home');
      mkdirSync(join(home, '.local/share/postmortem-lint'), { recursive: true });
      symlinkSync(SERVER, join(home, '.local/share/postmortem-lint/server.js'));
      const project = join(tmp, 'project');
      mkdirSync(join(project, '.git'), { recursive: true });
      mkdirSync(join(project, 'postmortems'));
      const source = readFileSync(join(ROOT, 'examples', EXAMPLE), 'utf8');
      const file = join(project, 'postmortems', EXAMPLE);
      writeFileSync(file, source);
      const init = join(tmp, 'init.lua');
      writeFileSync(init, readmeConfig());

      // The plan: a blame quick fix that rewrites words, then "Add '<phrase>' to the allow list".
      const findings = lint(source, { today: todayIso() }).findings;
      const target = findings.find((f) => f.category === 'blame' && (f.fixes.find((x) => x.preferred) ?? f.fixes[0])?.edits.some((e) => e.newText.trim()));
      assert.ok(target, `${EXAMPLE} has a blame finding with a rewrite`);
      const fix = target.fixes.find((x) => x.preferred) ?? target.fixes[0];
      const fixedText = applyEdits(source, fix.edits);
      const phraseFinding = lint(fixedText, { today: todayIso() }).findings.find((f) => f.phrase && f.category === 'blame');
      assert.ok(phraseFinding?.phrase, 'a flagged blame phrase remains after the fix');
      const plan = {
        fix: { ...position(source, target.start), code: target.ruleId, title: fix.title },
        allow: { ...position(fixedText, phraseFinding.start), code: phraseFinding.ruleId, title: `Add '${phraseFinding.phrase}' to the allow list` },
        fixAll: { line: 0, col: 0, title: 'Fix all safe post-mortem problems' },
      };
      writeFileSync(join(tmp, 'plan.json'), JSON.stringify(plan));

      const started = Date.now();
      const run = spawnSync(NVIM, ['--headless', '-i', 'NONE', '-u', init, file, '-c', `luafile ${join(ROOT, 'test/neovim/drive.lua')}`], {
        cwd: project,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share'), XDG_STATE_HOME: join(home, '.local/state'), POSTMORTEM_NVIM_PLAN: join(tmp, 'plan.json'), POSTMORTEM_NVIM_OUT: join(tmp, 'out.json') },
      });
      const wall = Date.now() - started;
      let seen: Seen;
      try {
        seen = JSON.parse(readFileSync(join(tmp, 'out.json'), 'utf8')) as Seen;
      } catch {
        assert.fail(`Neovim wrote no result (exit ${run.status ?? run.signal}):\n${run.stdout}\n${run.stderr}`);
      }
      assert.equal(seen.error ?? null, null, `drive.lua: ${seen.error}\n${JSON.stringify(seen, null, 1).slice(0, 3000)}`);

      // The client the README's block started.
      assert.equal(seen.client.name, 'postmortem');
      assert.equal(seen.client.root_dir, project, 'the root is the folder with .git');
      const settings = seen.client.settings.postmortem ?? {};
      const { config } = resolveConfig([settings], new Set(allRules().map((r) => r.id)));
      const options = { config, today: todayIso() };

      // 1. The diagnostics are the core's findings under the README's settings, with rule codes.
      const expected = lint(source, options).findings;
      assert.ok(expected.length >= 30, `${EXAMPLE} has ≥ 30 findings`);
      assert.deepEqual(seenKeys(seen.opened), expectedKeys(source, expected), 'rule code, severity and range of each diagnostic');
      for (const d of seen.opened) assert.equal(d.source, 'postmortem');

      // 2. The quick fix was offered in the menu and applied: the text is the core's fix, nothing else.
      assert.ok(seen.fixOffered.includes(fix.title), `"${fix.title}" is offered (got ${JSON.stringify(seen.fixOffered)})`);
      assert.ok(seen.fixOffered.some((t) => t.startsWith(`Disable ${target.ruleId}`)), 'a disable action is offered too');
      assert.equal(seen.fixedText, fixedText.replace(/\n$/, ''), 'the buffer is the core fix applied');
      assert.deepEqual(seenKeys(seen.afterFix), expectedKeys(fixedText, lint(fixedText, options).findings), 'the server re-checked the fixed text');

      // 3. The allow-list action: allowed for the session, and the server says how to keep it.
      assert.ok(seen.allowOffered.includes(plan.allow.title), `"${plan.allow.title}" is offered`);
      const allowed = resolveConfig([settings, { language: { allowPhrases: [phraseFinding.phrase] } }], new Set(allRules().map((r) => r.id))).config;
      const afterAllow = lint(fixedText, { config: allowed, today: options.today }).findings;
      assert.ok(afterAllow.length < lint(fixedText, options).findings.length, 'allowing the phrase removes a finding');
      assert.deepEqual(seenKeys(seen.afterAllow), expectedKeys(fixedText, afterAllow), `"${phraseFinding.phrase}" is no longer flagged; the rest is`);
      assert.ok(seen.messages.some((m) => m.includes(`"${phraseFinding.phrase}" is allowed for this session`) && m.includes('.postmortemrc.json')), `the session-only message is shown: ${JSON.stringify(seen.messages)}`);

      // 4. Fix all safe problems: the core's fix-all of the text, under the session's allow list.
      assert.deepEqual(seen.fixAllOffered, [plan.fixAll.title], 'only the fix-all action is offered for source.fixAll');
      const allFixed = fixAll(fixedText, { config: allowed, today: options.today }).text;
      assert.notEqual(allFixed, fixedText, 'there are safe fixes to apply');
      assert.equal(seen.fixAllText, allFixed.replace(/\n$/, ''), 'the buffer is the core fix-all');
      assert.deepEqual(seenKeys(seen.afterFixAll), expectedKeys(allFixed, lint(allFixed, { config: allowed, today: options.today }).findings), 'the server re-checked it');

      const v = seen.nvim;
      const steps = seen.steps.map((s) => `${s.name} ${s.ms} ms`).join(', ');
      console.log(`Neovim ${v.major}.${v.minor}.${v.patch}: ${seen.opened.length} diagnostics on ${EXAMPLE}, ${seen.afterFix.length} after "${fix.title}", ${seen.afterAllow.length} after allowing "${phraseFinding.phrase}", ${seen.afterFixAll.length} after fix all (${steps}; ${wall} ms in all)`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

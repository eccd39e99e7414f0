// Protocol tests of diagnostics: the server spoken to over stdio as an editor does. Pull with
// resultIds ("unchanged" when nothing changed), incremental edits, push as the fallback, only
// post-mortems checked, configuration from settings and .postmortemrc.json, cancellation, exit.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { lint, todayIso } from '../../server/src/core/engine';
import { CAPABILITIES, ROOT, TestEditor, ensureBuilt, fileUri } from './lsp-client';

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md')).sort();
const exampleText = (name: string) => readFileSync(join(ROOT, 'examples', name), 'utf8');
const exampleUri = (name: string) => fileUri(join(ROOT, 'examples', name));
const BLAME = '# Post-Mortem: Queue stall\n\n## Executive Summary\nThe root cause was human error: the operator was careless and crazy.\n';

before(() => ensureBuilt());

describe('pull diagnostics', () => {
  const ed = new TestEditor();
  before(async () => {
    const init = await ed.initialize({ rootUri: fileUri(ROOT) });
    assert.deepEqual(init.capabilities.textDocumentSync, { openClose: true, change: 2 });
    // recurring-condition reads the other post-mortems of the workspace.
    assert.equal(init.capabilities.diagnosticProvider.interFileDependencies, true);
  });
  after(() => ed.kill());

  for (const name of EXAMPLES) {
    it(`${name}: the core's findings, as LSP diagnostics, then "unchanged", then new after an edit`, async () => {
      const uri = exampleUri(name);
      const text = exampleText(name);
      await ed.open(uri, text);
      const first = await ed.pull(uri);
      assert.equal(first.kind, 'full');
      if (first.kind !== 'full') return;
      assert.ok(first.resultId);
      const expected = lint(text, { today: todayIso() }).findings;
      assert.deepEqual(first.items.map((d) => d.code), expected.map((f) => f.ruleId));
      for (const d of first.items) {
        assert.equal(d.source, 'postmortem');
        assert.equal(d.codeDescription?.href, `https://github.com/blameless-postmortems/postmortem-lint/blob/main/docs/rules/${d.code}.md`);
        assert.ok(d.severity! >= 1 && d.severity! <= 4);
        assert.equal(d.tags, undefined);
        // Fixes stay on the server (code actions look them up): a publish carries no payload.
        assert.equal(d.data, undefined);
      }
      const again = await ed.pull(uri, first.resultId);
      assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });

      // An incremental edit: a character typed at the start of the executive summary's text.
      const line = text.split('\n').findIndex((l) => /^##\s/.test(l)) + 1;
      await ed.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: 'X' }]);
      const afterEdit = await ed.pull(uri, first.resultId);
      assert.equal(afterEdit.kind, 'full');
      assert.notEqual(afterEdit.resultId, first.resultId);
      const expectedAfter = lint(ed.text(uri), { today: todayIso() }).findings;
      if (afterEdit.kind === 'full') assert.deepEqual(afterEdit.items.map((d) => [d.code, d.range.start.line]), expectedAfter.map((f) => [f.ruleId, ed.docs.get(uri)!.positionAt(f.start).line]));
    });
  }

  it('leaves a README alone, even with blame language in it, until checks are toggled on', async () => {
    const uri = fileUri(join(ROOT, 'README-test.md'));
    const readme = '# My project\n\nThe root cause was human error: the operator was careless.\n';
    await ed.open(uri, readme);
    const r = await ed.pull(uri);
    assert.equal(r.kind, 'full');
    assert.deepEqual(r.kind === 'full' && r.items, []);
    // The same words in a post-mortem are flagged (so the README's silence is detection, not a missing rule).
    const pm = fileUri(join(ROOT, 'postmortems', 'stall.md'));
    await ed.open(pm, BLAME);
    const flagged = await ed.pull(pm);
    assert.ok(flagged.kind === 'full' && flagged.items.length > 0);
    // Per-file toggle.
    await ed.conn.sendNotification('postmortem/setFileToggle', { uri, enabled: true });
    const on = await ed.pull(uri);
    assert.ok(on.kind === 'full' && on.items.length > 0, 'toggled on: checked');
    await ed.conn.sendNotification('postmortem/setFileToggle', { uri: pm, enabled: false });
    const off = await ed.pull(pm);
    assert.ok(off.kind === 'full' && off.items.length === 0, 'toggled off: silent');
    await ed.conn.sendNotification('postmortem/setFileToggle', { uri: pm, enabled: null });
    const back = await ed.pull(pm);
    assert.ok(back.kind === 'full' && back.items.length > 0, 'toggle cleared: detected again');
  });

  it('detects post-mortems by title and front matter, and front matter can turn one off', async () => {
    const byTitle = fileUri(join(ROOT, 'notes', 'a.md'));
    await ed.open(byTitle, BLAME);
    assert.ok(((await ed.pull(byTitle)) as { items: unknown[] }).items.length > 0);
    const off = fileUri(join(ROOT, 'postmortems', 'draft.md'));
    await ed.open(off, '---\npostmortem: false\n---\n' + BLAME);
    assert.deepEqual(((await ed.pull(off)) as { items: unknown[] }).items, []);
    const untitled = 'untitled:Untitled-1';
    await ed.open(untitled, BLAME);
    assert.ok(((await ed.pull(untitled)) as { items: unknown[] }).items.length > 0);
  });

  it('a configuration change re-lints: severities, rules turned off, unknown rule ids warned once', async () => {
    const uri = exampleUri('dns-outage.postmortem.md');
    const before = await ed.pull(uri);
    assert.ok(before.kind === 'full');
    // Whatever rules fire today (rules are added in parallel): turn one off, raise another.
    const codes = [...new Set(before.kind === 'full' ? before.items.map((d) => d.code as string) : [])];
    assert.ok(codes.length >= 2, 'dns-outage has findings of at least two rules');
    const [off, raised] = codes;
    const refreshes = ed.messages.refreshes;
    ed.settings = { rules: { [off]: 'off', [raised]: 'error', 'no-such-rule': 'off' } };
    await ed.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await waitFor(() => ed.messages.refreshes > refreshes, 'diagnostic refresh after a configuration change');
    const afterChange = await ed.pull(uri, before.resultId);
    assert.equal(afterChange.kind, 'full');
    if (afterChange.kind === 'full') {
      assert.ok(!afterChange.items.some((d) => d.code === off), `${off} turned off`);
      const r = afterChange.items.filter((d) => d.code === raised);
      assert.ok(r.length > 0 && r.every((d) => d.severity === 1), `${raised} raised to error`);
    }
    await waitFor(() => ed.messages.shown.some((m) => m.message.includes('no-such-rule')), 'unknown rule warning');
    // Once: another change with the same mistake does not warn again.
    await ed.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await ed.pull(uri);
    await sleep(100);
    assert.equal(ed.messages.shown.filter((m) => m.message.includes('no-such-rule')).length, 1);
    assert.equal(ed.messages.shown.find((m) => m.message.includes('no-such-rule'))!.type, 2);
    ed.settings = {};
    await ed.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const restored = await ed.pull(uri);
    assert.ok(restored.kind === 'full' && restored.items.some((d) => d.code === off), 'back on when the setting is removed');
  });

  it('matches globs relative to the innermost workspace folder, and follows folder changes', async () => {
    const uri = fileUri(join(ROOT, 'wsB', 'notes', 'x.md'));
    await ed.open(uri, '# Notes\n\nThe root cause was human error: the operator was careless.\n');
    ed.settings = { files: { include: ['notes/**/*.md'] } };
    await ed.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(((await ed.pull(uri)) as { items: unknown[] }).items, [], 'wsB/notes/x.md does not match notes/**');
    await ed.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: fileUri(join(ROOT, 'wsB')), name: 'wsB' }], removed: [] } });
    assert.ok(((await ed.pull(uri)) as { items: unknown[] }).items.length > 0, 'notes/x.md in folder wsB matches');
    await ed.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: fileUri(join(ROOT, 'wsB')), name: 'wsB' }] } });
    assert.deepEqual(((await ed.pull(uri)) as { items: unknown[] }).items, []);
    ed.settings = {};
    await ed.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('honours cancellation and keeps serving afterwards', async () => {
    const uri = exampleUri('cert-expiry.postmortem.md');
    // Change the document so the pull has real work, then cancel it at once.
    await ed.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: ' ' }]);
    const source = new CancellationTokenSource();
    const pending = ed.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
    source.cancel();
    await assert.rejects(pending as Promise<unknown>, (e: { code?: number }) => e.code === -32800);
    const next = await ed.pull(uri);
    assert.equal(next.kind, 'full');
  });

  it('sends postmortem/healthChanged after re-linting a post-mortem, never for a README', async () => {
    const readme = fileUri(join(ROOT, 'other', 'README.md'));
    await ed.open(readme, '# Other\n\nText.\n');
    await ed.pull(readme);
    const count = ed.messages.healthChanged.length;
    const uri = exampleUri('queue-backlog.postmortem.md');
    await ed.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '' }]);
    await ed.pull(uri);
    await waitFor(() => ed.messages.healthChanged.length > count, 'healthChanged');
    assert.ok(ed.messages.healthChanged.includes(uri));
    assert.ok(!ed.messages.healthChanged.includes(readme));
  });
});

describe('push diagnostics (clients without pull)', () => {
  const ed = new TestEditor();
  const caps = structuredClone(CAPABILITIES);
  delete caps.textDocument!.diagnostic;
  before(async () => {
    const init = await ed.initialize({ capabilities: caps, rootUri: fileUri(ROOT) });
    assert.equal(init.capabilities.diagnosticProvider, undefined);
  });
  after(() => ed.kill());

  it('publishes once typing settles, for the latest version only', async () => {
    const uri = exampleUri('dns-outage.postmortem.md');
    await ed.open(uri, exampleText('dns-outage.postmortem.md'));
    for (let i = 0; i < 10; i++) await ed.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: 'x' }]);
    await waitFor(() => ed.messages.published.some((p) => p.uri === uri && p.version === ed.version(uri)), 'publish of the latest version');
    const versions = ed.messages.published.filter((p) => p.uri === uri).map((p) => p.version!);
    // Debounced: not one publish per keystroke, and never a version older than one already sent.
    assert.ok(versions.length < 5, `published ${versions.length} times`);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions);
    const last = ed.messages.published.filter((p) => p.uri === uri).at(-1)!;
    assert.deepEqual(last.diagnostics.map((d) => d.code), lint(ed.text(uri), { today: todayIso() }).findings.map((f) => f.ruleId));
  });

  it('publishes nothing for a README and clears on close', async () => {
    const uri = fileUri(join(ROOT, 'docs', 'README.md'));
    await ed.open(uri, '# Docs\n\nThe operator was careless.\n');
    await waitFor(() => ed.messages.published.some((p) => p.uri === uri), 'publish for README');
    assert.ok(ed.messages.published.filter((p) => p.uri === uri).every((p) => p.diagnostics.length === 0));
    const pm = exampleUri('dns-outage.postmortem.md');
    await ed.conn.sendNotification('textDocument/didClose', { textDocument: { uri: pm } });
    await waitFor(() => ed.messages.published.at(-1)?.uri === pm && ed.messages.published.at(-1)!.diagnostics.length === 0, 'cleared on close');
  });
});

describe('.postmortemrc.json and settings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-rc-'));
  mkdirSync(join(dir, 'postmortems'));
  const file = join(dir, 'postmortems', 'dns.md');
  const ed = new TestEditor();
  const text = exampleText('dns-outage.postmortem.md');
  const codes = [...new Set(lint(text, { today: todayIso() }).findings.map((f) => f.ruleId))];
  const [raised, off] = codes;
  before(async () => {
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ rules: { [raised]: 'error', [off]: 'off' } }));
    await ed.initialize({ rootUri: fileUri(dir) });
  });
  after(() => ed.kill());

  it('reads the nearest rc file; settings layer on top of it; a changed rc file re-lints', async () => {
    assert.ok(codes.length >= 2);
    const uri = fileUri(file);
    await ed.open(uri, text);
    const first = await ed.pull(uri);
    assert.ok(first.kind === 'full');
    const items = first.kind === 'full' ? first.items : [];
    assert.ok(items.some((d) => d.code === raised && d.severity === 1), 'rc severity applied');
    assert.ok(!items.some((d) => d.code === off), 'rc turns a rule off');
    // Settings win over the rc file.
    ed.settings = { rules: { [raised]: 'hint' } };
    await ed.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const second = await ed.pull(uri);
    assert.ok(second.kind === 'full' && second.items.some((d) => d.code === raised && d.severity === 4), 'settings over rc');
    // The rc file changes on disk.
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ rules: {} }));
    await ed.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(dir, '.postmortemrc.json')), type: 2 }] });
    const third = await ed.pull(uri);
    assert.ok(third.kind === 'full' && third.items.some((d) => d.code === off), 'rule back on after the rc change');
  });

  it('reports an invalid rc file as a warning, once', async () => {
    writeFileSync(join(dir, '.postmortemrc.json'), '{ not json');
    await ed.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(dir, '.postmortemrc.json')), type: 2 }] });
    const r = await ed.pull(fileUri(file));
    assert.equal(r.kind, 'full');
    await waitFor(() => ed.messages.shown.some((m) => m.message.includes('.postmortemrc.json')), 'rc warning');
  });
});

describe('lifecycle', () => {
  it('shuts down and exits with code 0', async () => {
    const ed = new TestEditor();
    await ed.initialize();
    assert.equal(await ed.shutdown(), 0);
  });
});

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

async function waitFor(check: () => boolean, what: string, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

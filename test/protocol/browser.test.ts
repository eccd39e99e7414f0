// The web-worker build of the server (dist/browser-server.js, built for the browser platform) runs
// in a worker thread and speaks LSP over postMessage, as in vscode.dev: same diagnostics as the
// Node server, settings as its only configuration (no file system, so no .postmortemrc.json).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { lint, todayIso } from '../../server/src/core/engine';
import { ROOT, TestEditor, ensureBuilt, fileUri } from './lsp-client';

before(() => ensureBuilt());

describe('browser (web worker) server', () => {
  const ed = new TestEditor('worker');
  after(() => ed.kill());

  it('initializes with the same capabilities and lints like the Node server', async () => {
    const init = await ed.initialize({ rootUri: fileUri(ROOT) });
    assert.ok(init.capabilities.diagnosticProvider && init.capabilities.codeActionProvider && init.capabilities.hoverProvider);
    const name = 'dns-outage.postmortem.md';
    const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
    const uri = fileUri(join(ROOT, 'examples', name));
    await ed.open(uri, text);
    const r = await ed.pull(uri);
    assert.equal(r.kind, 'full');
    assert.deepEqual((r as { items: Diagnostic[] }).items.map((d) => d.code), lint(text, { today: todayIso() }).findings.map((f) => f.ruleId));
    assert.deepEqual(await ed.pull(uri, r.resultId), { kind: 'unchanged', resultId: r.resultId });
  });

  it('uses no DOM API (a web worker has no document or window)', () => {
    // Code lines only (doc comments in dependencies mention document.querySelector).
    const bundle = readFileSync(join(ROOT, 'dist', 'browser-server.js'), 'utf8')
      .split('\n')
      .filter((l) => !/^\s*(\*|\/\/|\/\*)/.test(l))
      .join('\n');
    assert.doesNotMatch(bundle, /\bdocument\.(createElement|querySelector|body)\b/);
    assert.doesNotMatch(bundle, /\bwindow\.(document|location|localStorage)\b/);
  });

  it('reads settings but no .postmortemrc.json (there is no file system)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-web-'));
    mkdirSync(join(dir, 'postmortems'));
    const text = readFileSync(join(ROOT, 'examples', 'dns-outage.postmortem.md'), 'utf8');
    const [first] = lint(text, { today: todayIso() }).findings;
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ rules: { [first.ruleId]: 'off' } }));
    const uri = fileUri(join(dir, 'postmortems', 'dns.md'));
    await ed.open(uri, text);
    const before = (await ed.pull(uri)) as { items: Diagnostic[] };
    assert.ok(before.items.some((d) => d.code === first.ruleId), 'the rc file is not read');
    ed.settings = { rules: { [first.ruleId]: 'off' } };
    await ed.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const after = (await ed.pull(uri)) as { items: Diagnostic[] };
    assert.ok(!after.items.some((d) => d.code === first.ruleId), 'settings apply');
  });
});

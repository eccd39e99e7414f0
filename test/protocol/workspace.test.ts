// The server's index of the workspace's post-mortems, spoken to as an editor does: the scan of a
// folder holding the workspace fixture (nine post-mortems), the Action Items and Patterns
// requests, recurring-condition with related information into the other files, and the index
// kept up to date as files change on disk and as open documents are edited and closed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestEditor, ensureBuilt, fileUri } from './lsp-client';
import { fixtureIndex, WORKSPACE_FIXTURE } from '../helpers/workspace';
import type { WorkspaceActionItemsResult, WorkspacePatternsResult } from '../../server/src/lsp/protocol';

before(() => ensureBuilt());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('workspace index', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-ws-'));
  const folder = join(dir, 'team');
  cpSync(WORKSPACE_FIXTURE, folder, { recursive: true });
  const uriOf = (name: string) => fileUri(join(folder, name));
  const PAYMENTS = '2026-09-03-payments-connection-pool.postmortem.md';
  const FLAGS = '2026-10-27-feature-flag-rollout.postmortem.md';
  const ed = new TestEditor('stdio', { workspace: true });
  const actions = () => ed.conn.sendRequest('postmortem/workspaceActionItems') as Promise<WorkspaceActionItemsResult>;
  const patterns = () => ed.conn.sendRequest('postmortem/workspacePatterns') as Promise<WorkspacePatternsResult>;
  const watched = (uri: string, type: 1 | 2 | 3) => ed.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type }] });

  before(async () => {
    await ed.initialize({ rootUri: fileUri(dir) });
    await until('the scan to finish', () => ed.messages.workspaceChanged.some((m) => !m.scanning && m.documents === 9));
  });
  after(() => {
    ed.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('scans the folder: every post-mortem, the README left out, paths relative to the folder', async () => {
    const r = await actions();
    assert.equal(r.scanning, false);
    assert.equal(r.documents.length, 9);
    assert.ok(r.documents.every((d) => d.file.startsWith('team/2026-') && d.uri.startsWith('file://')));
    assert.equal(r.documents.reduce((n, d) => n + d.items.length, 0), 27);
    const first = r.documents[0];
    assert.equal(first.title, 'Order confirmation emails delayed by a consumer backlog');
    assert.equal(first.incidentDate, '2026-03-14');
    assert.deepEqual(first.items.map((i) => [i.line, i.done, i.dueIso]), [[47, true, '2026-03-28'], [48, false, '2026-04-10'], [49, true, '2026-04-03'], [50, false, '2026-04-17']]);
    assert.deepEqual(first.items[3].missing, ['owner']);
  });

  it('patterns: the conditions the core finds on the same files', async () => {
    const r = await patterns();
    assert.equal(r.documents, 9);
    const core = fixtureIndex().conditions();
    assert.deepEqual(r.conditions.map((c) => c.terms.map((t) => t.label).join(' ')), core.map((c) => c.terms.map((t) => t.label).join(' ')));
    const [top] = r.conditions;
    assert.equal(top.category, 'communication');
    assert.equal(top.documents, 4);
    assert.ok(top.factors.every((f) => f.uri.startsWith(fileUri(folder)) && f.range.start.line === f.line && f.text.length > 0));
  });

  it('recurring-condition on an open post-mortem, with the earlier factors as related information', async () => {
    const uri = uriOf(PAYMENTS);
    await ed.open(uri, readFileSync(join(folder, PAYMENTS), 'utf8'));
    const r = await ed.pull(uri);
    assert.equal(r.kind, 'full');
    if (r.kind !== 'full') return;
    const found = r.items.filter((d) => d.code === 'recurring-condition');
    assert.deepEqual(found.map((d) => d.range.start.line), [22, 28]);
    assert.equal(found[0].severity, 3, 'information');
    assert.deepEqual(found[0].relatedInformation!.map((x) => [x.location.uri, x.location.range.start.line]), [
      [uriOf('2026-06-30-search-timeouts.postmortem.md'), 22],
      [uriOf('2026-03-14-order-email-backlog.postmortem.md'), 24],
    ]);
  });

  it('an edit to the open post-mortem is indexed live: its action items and its factors', async () => {
    const uri = uriOf(PAYMENTS);
    const line = ed.text(uri).split('\n').findIndex((l) => l.includes('The upgrade of the database client library'));
    const end = ed.text(uri).split('\n')[line].length;
    await ed.change(uri, [{ range: { start: { line, character: 2 }, end: { line, character: end } }, newText: 'Pods start with a pool sized for staging.' }]);
    const r = await ed.pull(uri);
    assert.ok(r.kind === 'full' && !r.items.some((d) => d.code === 'recurring-condition' && d.range.start.line === line));
    await until('the condition to lose the edited factor', async () => (await patterns()).conditions.find((c) => c.terms.some((t) => t.label === 'library'))?.documents === 2);
    // Marking an item done in the open document shows in the Action Items request.
    const row = ed.text(uri).split('\n').findIndex((l) => l.startsWith('| Pin the pool size'));
    await ed.change(uri, [{ range: { start: { line: row, character: 2 }, end: { line: row, character: 2 } }, newText: '[x] ' }]);
    await ed.pull(uri);
    await until('the item to be done', async () => (await actions()).documents.find((d) => d.file.endsWith(PAYMENTS))?.items[0].done === true);
  });

  it('an open document is indexed once typing pauses, without a view asking', async () => {
    const uri = uriOf(PAYMENTS);
    const seen = ed.messages.workspaceChanged.length;
    // The previous test ticked the first item ("| [x] Pin the pool size"): untick it.
    const row = ed.text(uri).split('\n').findIndex((l) => l.startsWith('| [x] Pin the pool size'));
    assert.ok(row > 0);
    await ed.change(uri, [{ range: { start: { line: row, character: 2 }, end: { line: row, character: 6 } }, newText: '' }]);
    await ed.pull(uri);
    // The index tells the views it changed (debounced) only after the pending entry was written.
    await until('the index to change after the pause', () => ed.messages.workspaceChanged.length > seen);
    assert.equal((await actions()).documents.find((d) => d.file.endsWith(PAYMENTS))?.items[0].done, false);
  });

  it('closing without saving puts the file on disk back into the index', async () => {
    const uri = uriOf(PAYMENTS);
    await ed.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await until('the saved item to be open again', async () => (await actions()).documents.find((d) => d.file.endsWith(PAYMENTS))?.items[0].done === false);
    await until('the condition to have its three post-mortems again', async () => (await patterns()).conditions.find((c) => c.terms.some((t) => t.label === 'library'))?.documents === 3);
  });

  it('files created, changed and deleted on disk are indexed when the watcher says so', async () => {
    const seen = ed.messages.workspaceChanged.length;
    const created = join(folder, '2026-11-02-ledger-lag.postmortem.md');
    writeFileSync(created, '# Post-Mortem: Ledger lag\n**Date**: 2026-11-02\n\n## Contributing Factors\n### Process Factors\n- Configuration changes roll out to all regions at once; the ledger pipeline has no canary stage.\n\n## Action Items\n| Action | Owner | Due Date | Success Metric |\n|---|---|---|---|\n| Add a canary stage to the ledger pipeline | Kim Ode | 2026-11-30 | One region first |\n');
    await watched(fileUri(created), 1);
    await until('the new post-mortem', async () => (await actions()).documents.length === 10);
    await until('the client to be told', () => ed.messages.workspaceChanged.length > seen);
    await until('the canary condition to have three post-mortems', async () => (await patterns()).conditions.find((c) => c.terms.some((t) => t.label === 'canary'))?.documents === 3);
    // A change on disk that removes the factor from the feature-flag post-mortem.
    const flags = join(folder, FLAGS);
    writeFileSync(flags, readFileSync(flags, 'utf8').replace('Flag configuration changes roll out to all regions at once, with no canary stage.', 'Flag edits take effect at once.'));
    await watched(fileUri(flags), 2);
    await until('the canary condition to have two post-mortems', async () => (await patterns()).conditions.find((c) => c.terms.some((t) => t.label === 'canary'))?.documents === 2);
    rmSync(created);
    await watched(fileUri(created), 3);
    await until('the deleted post-mortem to leave', async () => (await actions()).documents.length === 9);
    assert.ok(!(await patterns()).conditions.some((c) => c.terms.some((t) => t.label === 'canary')));
  });

  it('a pull after the workspace changed is answered in full, never "unchanged" from before the change', async () => {
    const uri = uriOf(PAYMENTS);
    await ed.open(uri, readFileSync(join(folder, PAYMENTS), 'utf8'));
    const first = await ed.pull(uri);
    assert.ok(first.kind === 'full');
    const linked = (r: typeof first) => (r.kind === 'full' ? r.items.find((d) => d.code === 'recurring-condition' && d.range.start.line === 22)?.relatedInformation?.length : undefined);
    assert.equal(linked(first), 2);
    // An earlier post-mortem with the same factors appears on disk: the open document's
    // recurring-condition now links three factors, though its own text did not change.
    const search = readFileSync(join(folder, '2026-06-30-search-timeouts.postmortem.md'), 'utf8');
    const copy = join(folder, '2026-07-01-search-timeouts-again.postmortem.md');
    writeFileSync(copy, search.replace(/2026-06-30/g, '2026-07-01'));
    await watched(fileUri(copy), 1);
    const again = await until('a full report with the new factor', async () => {
      const r = await ed.pull(uri, first.resultId);
      return r.kind === 'full' && linked(r) === 3 ? r : undefined;
    });
    assert.notEqual(again.resultId, first.resultId);
    rmSync(copy);
    await watched(fileUri(copy), 3);
    await until('the copy to leave', async () => (await actions()).documents.length === 9);
    await ed.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('a file that is not a post-mortem, or too large, is not indexed', async () => {
    const notes = join(dir, 'notes.md');
    writeFileSync(notes, '# Notes\n\n| Action | Owner |\n|---|---|\n| Add X | @a |\n');
    await watched(fileUri(notes), 1);
    const huge = join(folder, 'huge.postmortem.md');
    writeFileSync(huge, `# Post-Mortem: huge\n\n${'x'.repeat(1_100_000)}\n`);
    await watched(fileUri(huge), 1);
    await sleep(500);
    const files = (await actions()).documents.map((d) => d.file);
    assert.ok(!files.includes('notes.md') && !files.some((f) => f.includes('huge')), files.join(', '));
  });
});

describe('workspace index in the browser worker: open documents only', () => {
  const ed = new TestEditor('worker', { workspace: true });
  before(() => ed.initialize({ rootUri: fileUri(WORKSPACE_FIXTURE) }));
  after(() => ed.kill());

  it('no file system: the index holds what is open', async () => {
    await until('the (empty) scan to finish', () => ed.messages.workspaceChanged.some((m) => !m.scanning));
    assert.equal(((await ed.conn.sendRequest('postmortem/workspaceActionItems')) as WorkspaceActionItemsResult).documents.length, 0);
    for (const name of ['2026-03-14-order-email-backlog.postmortem.md', '2026-06-30-search-timeouts.postmortem.md']) {
      const uri = fileUri(join(WORKSPACE_FIXTURE, name));
      await ed.open(uri, readFileSync(join(WORKSPACE_FIXTURE, name), 'utf8'));
      await ed.pull(uri);
    }
    const r = (await ed.conn.sendRequest('postmortem/workspacePatterns')) as WorkspacePatternsResult;
    assert.equal(r.documents, 2);
    assert.deepEqual(r.conditions.map((c) => c.terms.map((t) => t.label).join(' ')), ['upgrade client library default']);
  });
});

// What the server lets go: a document not being worked on keeps no findings (they are found again
// on request, the same as before), a closed document leaves the parse cache,
// and a prose unit's nlcst tree goes once every prose rule's findings in it are cached. Each test
// holds a WeakRef or counts re-parses, so it fails when the thing is kept.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { MODELS_KEPT, connectionStrategy, startServer, type ServerInternals } from '../../server/src/lsp/server';
import { parseStats } from '../../server/src/core/parse';
import { analysisCacheSize, clearAnalysisCache } from '../../server/src/core/analysis';
import { clearCaches } from '../../server/src/core/cache';
import { lint } from '../../server/src/core/engine';
import { ROOT } from './lsp-client';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const example = readFileSync(join(ROOT, 'examples', 'dns-outage.postmortem.md'), 'utf8');

/** The server's code in this process, so a test can look at its states. */
function inProcess(): { client: ProtocolConnection; internals: ServerInternals; close(): Promise<void> } {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient), connectionStrategy);
  const internals = startServer(connection);
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  client.onRequest('client/registerCapability', () => null);
  client.onUnhandledNotification(() => undefined);
  client.listen();
  return {
    client,
    internals,
    async close() {
      await client.sendRequest('shutdown');
      client.dispose();
      connection.dispose();
    },
  };
}

/** Lets pending promise jobs and timers finish, then collects garbage. */
async function collect(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc();
  gc();
}

describe('memory the server lets go', () => {
  let server: ReturnType<typeof inProcess>;
  before(async () => {
    server = inProcess();
    // No processId: the server would watch it with a timer that keeps this test process alive.
    await server.client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } } });
    server.client.sendNotification('initialized', {});
  });
  after(() => server.close());

  const open = (uri: string, text: string) => server.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const pull = (uri: string) => server.client.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as Promise<{ kind: string; items: unknown[]; resultId?: string }>;

  it('a post-mortem pushed out of the MODELS_KEPT in use lets its findings go, and finds the same again', async () => {
    const uri = 'file:///release/pushed-out.md';
    open(uri, example);
    const first = await pull(uri);
    assert.ok(first.items.length > 10);
    const state = server.internals.state(uri)!;
    const findings = new WeakRef(state.findings);
    for (let i = 0; i <= MODELS_KEPT; i++) {
      const other = `file:///release/other-${i}.md`;
      open(other, `# Notes ${i}\n\n## Links\n\n- nothing here yet\n`);
      await server.client.sendRequest('postmortem/actionItems', { uri: other });
    }
    await collect();
    assert.equal(findings.deref(), undefined, 'the findings were let go');
    // Asked again with the same result id: unchanged. Asked afresh: the same diagnostics.
    assert.deepEqual(await server.client.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId }), { kind: 'unchanged', resultId: first.resultId });
    assert.deepEqual((await pull(uri)).items, first.items);
  });

  it('a closed document leaves the parse cache: opened again, its chunks are parsed again', async () => {
    const uri = 'file:///release/closed.md';
    const text = example.replace('DNS', 'Name service');
    open(uri, text);
    await pull(uri);
    server.client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await collect();
    const parsed = parseStats.parsed;
    open(uri, text);
    await pull(uri);
    assert.ok(parseStats.parsed - parsed > 5, `parsed ${parseStats.parsed - parsed} chunks again`);
  });
});

describe('nlcst trees', () => {
  it('a unit whose prose findings are all cached keeps no analysis', () => {
    clearCaches();
    clearAnalysisCache();
    const { model } = lint(example);
    // summary-too-long reads the summary's analysis on every lint: at most that one stays, plus
    // units with a finding that reaches outside them (not cached).
    assert.ok(model.prose.length > 20);
    assert.ok(analysisCacheSize().entries <= 3, `${analysisCacheSize().entries} analyses kept of ${model.prose.length} units`);
  });
});

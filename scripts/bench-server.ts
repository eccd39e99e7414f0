// The language server as the benchmarks talk to it: the bundled server in a child process (as an
// editor starts it), or the server's code in this process over an in-memory pipe (for allocation
// and CPU profiles). Either way the whole document is checked, whatever its size, and the client
// answers configuration with defaults.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { connectionStrategy, startServer } from '../server/src/lsp/server';
import { SERVER_ENV } from '../client/src/server-launch';

const ROOT = join(__dirname, '..');

export interface SpawnedServer {
  connection: ProtocolConnection;
  pid: number;
  close(): Promise<void>;
}

/**
 * Starts `node dist/server.js --stdio` (pull diagnostics, as VS Code) in the environment the
 * client starts it with, and initializes it; `server` names another bundle (bench-rss measures
 * the production one).
 */
export async function spawnServer(server = join(ROOT, 'dist', 'server.js')): Promise<SpawnedServer> {
  // The server's default stops checking at 2 MB.
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...SERVER_ENV, POSTMORTEM_MAX_CHECKED_CHARS: '100000000' } });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  await initialize(connection, {
    textDocument: { synchronization: { dynamicRegistration: false, didSave: true }, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false }, publishDiagnostics: {} },
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
  });
  return {
    connection,
    pid: child.pid!,
    async close() {
      try {
        await connection.sendRequest('shutdown');
        connection.sendNotification('exit');
      } catch {
        child.kill();
      }
      connection.dispose();
    },
  };
}

/** Starts the server's code in this process over an in-memory pipe and initializes it. */
export async function inProcessServer(): Promise<ProtocolConnection> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient), connectionStrategy), { maxCheckedChars: 100_000_000 });
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  await initialize(client, { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } });
  return client;
}

async function initialize(connection: ProtocolConnection, capabilities: object): Promise<void> {
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onUnhandledNotification(() => undefined);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities });
  connection.sendNotification('initialized', {});
}

// A minimal editor for protocol tests: spawns `node dist/server.js --stdio` and speaks LSP to it
// the way an editor does (realistic capabilities, incremental sync, server→client requests for
// configuration, applyEdit and registration), keeping its own copy of every open document.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import {
  createProtocolConnection,
  PortMessageReader,
  PortMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type ClientCapabilities,
  type TextEdit,
  type WorkspaceEdit,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = join(__dirname, '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.js');
export const BROWSER_SERVER = join(ROOT, 'dist', 'browser-server.js');

/** Runs the web-worker bundle in a Node worker thread, with `self` shaped like a worker's. */
const WORKER_SHIM = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.self = globalThis;
globalThis.addEventListener = () => {};
globalThis.postMessage = (m) => parentPort.postMessage(m);
Object.defineProperty(globalThis, 'onmessage', { set(fn) { parentPort.on('message', (data) => fn({ data })); } });
globalThis.close = () => process.exit(0);
require(workerData.bundle);
`;

/** Builds dist/ when the server bundle is missing or older than any source file. */
export function ensureBuilt(): void {
  const newest = (dir: string): number => {
    let t = 0;
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const s = statSync(p);
      t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
    }
    return t;
  };
  const sources = Math.max(newest(join(ROOT, 'server', 'src')), ...['build.mjs', 'ascii.mjs'].map((f) => statSync(join(ROOT, 'scripts', f)).mtimeMs));
  if ([SERVER, BROWSER_SERVER].some((f) => !existsSync(f) || statSync(f).mtimeMs < sources)) {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  }
}

export const CAPABILITIES: ClientCapabilities = {
  general: { positionEncodings: ['utf-16'] },
  workspace: {
    applyEdit: true,
    workspaceEdit: { documentChanges: true },
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    executeCommand: { dynamicRegistration: true },
    diagnostics: { refreshSupport: true },
    workspaceFolders: true,
  },
  textDocument: {
    synchronization: { dynamicRegistration: true, didSave: true },
    diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      dynamicRegistration: true,
      isPreferredSupport: true,
      dataSupport: true,
      resolveSupport: { properties: ['edit'] },
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.organizeImports', 'source.fixAll'] } },
    },
    hover: { dynamicRegistration: true, contentFormat: ['markdown', 'plaintext'] },
    completion: { dynamicRegistration: true, completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] }, contextSupport: true },
    documentSymbol: { dynamicRegistration: true, hierarchicalDocumentSymbolSupport: true },
    foldingRange: { dynamicRegistration: true, lineFoldingOnly: true },
    formatting: { dynamicRegistration: true },
    codeLens: { dynamicRegistration: true },
  },
  window: { showMessage: {}, workDoneProgress: true },
};

export interface Messages {
  shown: { type: number; message: string }[];
  published: { uri: string; version?: number; diagnostics: Diagnostic[] }[];
  healthChanged: string[];
  allowPhrases: string[];
  refreshes: number;
  workspaceChanged: { scanning: boolean; documents: number }[];
}

/**
 * The tests compare the server with the core linting one document at a time; recurring-condition
 * reads the other post-mortems of the workspace, so it is off unless a test asks for the
 * workspace (test/protocol/workspace.test.ts).
 */
const ONE_DOCUMENT = { rules: { 'recurring-condition': 'off' } };

export class TestEditor {
  readonly conn: ProtocolConnection;
  readonly child?: ChildProcess;
  readonly worker?: Worker;
  readonly docs = new Map<string, TextDocument>();
  settings: Record<string, unknown> = {};
  readonly messages: Messages = { shown: [], published: [], healthChanged: [], allowPhrases: [], refreshes: 0, workspaceChanged: [] };
  stderr = '';

  /**
   * `stdio`: `node dist/server.js --stdio`; `worker`: the browser bundle in a worker thread.
   * `workspace`: keep recurring-condition on (see ONE_DOCUMENT).
   */
  constructor(transport: 'stdio' | 'worker' = 'stdio', options: { workspace?: boolean } = {}) {
    if (transport === 'worker') {
      this.worker = new Worker(WORKER_SHIM, { eval: true, workerData: { bundle: BROWSER_SERVER } });
      this.conn = createProtocolConnection(new PortMessageReader(this.worker), new PortMessageWriter(this.worker));
    } else {
      this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      this.child.stderr!.on('data', (d) => (this.stderr += d));
      this.conn = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    }
    const base: { rules?: Record<string, string> } = options.workspace ? {} : ONE_DOCUMENT;
    this.conn.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((i) => (i.section === 'postmortem' ? { ...base, ...this.settings, rules: { ...base.rules, ...(this.settings.rules as object) } } : null)),
    );
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('workspace/diagnostic/refresh', () => {
      this.messages.refreshes++;
      return null;
    });
    this.conn.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      this.applyWorkspaceEdit(params.edit);
      return { applied: true };
    });
    this.conn.onRequest('postmortem/addAllowPhrase', (params: { phrase: string }) => {
      this.messages.allowPhrases.push(params.phrase);
      return null;
    });
    this.conn.onNotification('window/showMessage', (p: { type: number; message: string }) => void this.messages.shown.push(p));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: Messages['published'][number]) => void this.messages.published.push(p));
    this.conn.onNotification('postmortem/healthChanged', (p: { uri: string }) => void this.messages.healthChanged.push(p.uri));
    this.conn.onNotification('postmortem/workspaceChanged', (p: Messages['workspaceChanged'][number]) => void this.messages.workspaceChanged.push(p));
    this.conn.onNotification('window/logMessage', () => {});
    this.conn.listen();
  }

  async initialize(options: { capabilities?: ClientCapabilities; initializationOptions?: unknown; rootUri?: string } = {}) {
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      clientInfo: { name: 'protocol-test', version: '1' },
      rootUri: options.rootUri ?? null,
      workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'ws' }] : null,
      capabilities: options.capabilities ?? CAPABILITIES,
      initializationOptions: options.initializationOptions ?? { allowListRequest: true },
    });
    await this.conn.sendNotification('initialized', {});
    return result as { capabilities: Record<string, any> };
  }

  open(uri: string, text: string, languageId = 'markdown') {
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  version(uri: string): number {
    return this.docs.get(uri)!.version;
  }

  /** Sends edits as incremental changes (each range relative to the text after the previous). */
  change(uri: string, edits: TextEdit[]) {
    const doc = this.docs.get(uri)!;
    const next = TextDocument.update(doc, edits.map((e) => ({ range: e.range, text: e.newText })), doc.version + 1);
    this.docs.set(uri, next);
    return this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: next.version },
      contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })),
    });
  }

  /** Applies edits given against the current text (non-overlapping, any order), as one change. */
  applyEdits(uri: string, edits: TextEdit[]) {
    const doc = this.docs.get(uri)!;
    const text = TextDocument.applyEdits(doc, edits);
    const end = doc.positionAt(doc.getText().length);
    return this.change(uri, [{ range: { start: { line: 0, character: 0 }, end }, newText: text }]);
  }

  applyWorkspaceEdit(edit: WorkspaceEdit) {
    for (const dc of edit.documentChanges ?? []) {
      if (!('textDocument' in dc)) continue;
      if (dc.textDocument.version !== null && dc.textDocument.version !== this.version(dc.textDocument.uri)) throw new Error('stale edit');
      void this.applyEdits(dc.textDocument.uri, dc.edits as TextEdit[]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) void this.applyEdits(uri, edits);
  }

  pull(uri: string, previousResultId?: string) {
    return this.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) }) as Promise<
      { kind: 'full'; resultId?: string; items: Diagnostic[] } | { kind: 'unchanged'; resultId: string }
    >;
  }

  /**
   * Everything the editor asks about an open document: its diagnostics, and for each the code
   * actions and the hover, its lenses, symbols, folding, health and missing sections. Tests that
   * change what the server keeps (dropped models, released memory) compare two of these.
   */
  async everyAnswer(uri: string) {
    const { items } = (await this.pull(uri)) as { items: Diagnostic[] };
    const request = (method: string, params: object = {}) => this.conn.sendRequest(method, { textDocument: { uri }, ...params });
    return {
      items,
      actions: await Promise.all(items.map((d) => request('textDocument/codeAction', { range: d.range, context: { diagnostics: [d], triggerKind: 1 } }))),
      hovers: await Promise.all(items.map((d) => request('textDocument/hover', { position: d.range.start }))),
      lenses: await request('textDocument/codeLens'),
      symbols: await request('textDocument/documentSymbol'),
      folding: await request('textDocument/foldingRange'),
      health: await this.conn.sendRequest('postmortem/documentHealth', { uri }),
      missing: await this.conn.sendRequest('postmortem/missingSections', { uri }),
    };
  }

  async shutdown() {
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    const code = await new Promise<number | null>((resolve) => {
      if (this.worker) this.worker.once('exit', (c) => resolve(c));
      else if (this.child!.exitCode !== null) resolve(this.child!.exitCode);
      else this.child!.once('exit', (c) => resolve(c));
    });
    this.conn.dispose();
    return code;
  }

  kill() {
    this.conn.dispose();
    if (this.worker) void this.worker.terminate();
    else if (this.child!.exitCode === null) this.child!.kill();
  }
}

export function fileUri(path: string): string {
  return 'file://' + path.split('/').map(encodeURIComponent).join('/');
}

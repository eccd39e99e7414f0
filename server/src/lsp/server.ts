// The language server, shared by the Node and browser entry points. It keeps the open documents
// (incremental sync), lints each version at most once per configuration, and translates the
// results into LSP: diagnostics (pull, with push as the fallback), code actions, hovers,
// completion, symbols, folding, formatting and code lenses. It also indexes the workspace's
// post-mortems (indexer.ts) for the Action Items and Patterns views and recurring-condition.
// Nothing here imports Node APIs; reading `.postmortemrc.json` and files is the host's business
// (node.ts).
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type ConnectionStrategy,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type TextEdit,
  type WorkspaceEdit,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveConfig, type ConfigLayer, type ResolvedConfig } from '../core/config';
import { detectPostMortem } from '../core/detect';
import { allRules, checkedPart, lint, todayIso } from '../core/engine';
import { actionItems } from '../core/export';
import { fixAll } from '../core/fix';
import { documentHealth } from '../core/health';
import { buildModel, ModelReuse, type PostMortem } from '../core/model';
import { forgetSource } from '../core/parse';
import { LineIndex } from '../core/text';
import { AUTO, DEFAULT_PROFILE, allProfiles, findProfile, type TemplateProfile } from '../core/templates/index';
import { isMissing, sectionFor } from '../core/templates/document';
import type { Finding } from '../core/types';
import { quickFixes, wants, type ActionContext } from './actions';
import { COMPLETION_TRIGGERS, completionsAt } from './completion';
import { minimalEdit, toDiagnostic } from './convert';
import { formattingEdits } from './format';
import { hoverAt } from './hover';
import { codeLenses, sortFixOf } from './lens';
import { documentSymbols, foldingRanges } from './outline';
import {
  ActionItemsRequest,
  AddAllowPhraseRequest,
  DocumentHealthRequest,
  DocumentStatusRequest,
  FIX_ALL_KIND,
  HealthChangedNotification,
  InsertSectionRequest,
  MissingSectionsRequest,
  NewDocumentRequest,
  ServerCommands,
  SetFileToggleNotification,
  TemplatesRequest,
  WorkspaceActionItemsRequest,
  WorkspaceChangedNotification,
  WorkspacePatternsRequest,
  type WorkspaceActionItemsResult,
  type WorkspacePatternsResult,
  type ActionItemsParams,
  type DocumentHealthParams,
  type DocumentStatus,
  type InitializationOptions,
  type InsertSectionParams,
  type InsertSectionResult,
  type MissingSection,
  type NewDocumentParams,
  type SetFileToggleParams,
  type TemplateInfo,
  type TemplatesParams,
} from './protocol';
import { settingsLayer } from './settings';
import { WorkspaceIndexer, type WorkspaceFiles } from './indexer';
import { actionItemsResult, patternsResult } from './workspace-results';

/** What the runtime provides: Node reads `.postmortemrc.json`; the browser worker cannot. */
export interface ServerHost {
  /** Overrides the core's MAX_CHECKED_CHARS (benchmarks lint whole 10,000-line documents). */
  maxCheckedChars?: number;
  /** The nearest rc file for a document URI (a layer, or an error to report), if any. */
  rcLayer?(uri: string): { file: string; layer?: ConfigLayer; error?: string } | undefined;
  /** Forget cached rc files (a watched rc file changed). */
  clearRcCache?(): void;
  /** Lists and reads the workspace's files, for the index of its post-mortems. */
  files?: WorkspaceFiles;
  /** Gives unused heap back to the system (returns the bytes); called once linting has been quiet for RELEASE_AFTER_MS. */
  releaseMemory?(): number;
}

/**
 * A request cancelled while still queued is answered at once with RequestCancelled instead of
 * being run (stale diagnostics pulls pile up while the user types).
 */
export const connectionStrategy: ConnectionStrategy = {
  cancelUndispatched: (message) => {
    const id = (message as { id?: number | string }).id;
    return id === undefined ? undefined : { jsonrpc: '2.0', id, error: { code: LSPErrorCodes.RequestCancelled, message: 'cancelled before it started' } };
  },
};

/** Delay before linting in push mode and before telling the sidebar; pulls are not delayed. */
export const PUSH_DEBOUNCE_MS = 200;
/** Delay before telling the client the workspace index changed, and re-checking open documents. */
export const WORKSPACE_DEBOUNCE_MS = 300;

/**
 * Open documents whose models stay in memory, most recently used first. A model (mdast chunks,
 * prose units, tables) takes about 20 times the memory of its text; documents open but not being worked on keep
 * only their findings, and a request on one rebuilds its model from the text.
 */
export const MODELS_KEPT = 4;

/**
 * Quiet time after the last lint before the host may release memory (a compacting GC of up to a
 * few hundred ms): long enough that it falls in a pause, not between two keystrokes.
 */
export const RELEASE_AFTER_MS = 3000;

const isMarkdownUri = (uri: string) => /\.(md|markdown)$/i.test(uri);
const isRcUri = (uri: string) => /\/\.postmortemrc(\.json)?$/.test(uri);

interface LintState {
  key: string;
  uri: string;
  version: number;
  isPostMortem: boolean;
  reason: string;
  /** Built again from the version's text when it was dropped (see MODELS_KEPT). */
  readonly model: PostMortem;
  /**
   * Lets the model and the findings go (a document not being worked on, see MODELS_KEPT): a
   * request for either builds them again from the version's text, with the inputs they came from.
   */
  dropModel(): void;
  /** The model's line index, kept when the model is dropped: diagnostics need only this. */
  readonly lines: LineIndex;
  readonly findings: Finding[];
  /** What must stay the same for the editor's diagnostics to stay valid, as a digest (findingsDigest); kept when the findings are let go. */
  digest(): string;
  config: ResolvedConfig;
  today: string;
  /** The text that was checked (or parsed, for other markdown). */
  readonly source: string;
  /** The configuration generation the findings were computed with. */
  generation: number;
  resultId: string;
}

/** What a test may look at inside a running server (in-process only). */
export interface ServerInternals {
  /** The lint state of an open document, if it was linted. */
  state(uri: string): LintState | undefined;
}

export function startServer(connection: Connection, host: ServerHost = {}): ServerInternals {
  const documents = new TextDocuments(TextDocument);
  let capabilities: ClientCapabilities = {};
  let options: InitializationOptions = {};
  let folders: WorkspaceFolder[] = [];
  let pullMode = false;
  let generation = 0;
  let globalSettings: ConfigLayer = {};
  const settingsCache = new Map<string, Promise<ConfigLayer>>();
  const states = new Map<string, LintState>();
  /**
   * Per open document, the handle through which each new version's model takes over the rows and
   * list items of the last one (ModelReuse). Only the newest version is linted with it; it goes
   * with the document's model (dropModel) and with the document.
   */
  const reuses = new Map<string, ModelReuse>();
  const reuseFor = (uri: string) => {
    let reuse = reuses.get(uri);
    if (!reuse) reuses.set(uri, (reuse = new ModelReuse()));
    return reuse;
  };
  /** The states holding a model, least recently used first (at most MODELS_KEPT). */
  const withModel = new Map<string, LintState>();
  const modelUsed = (state: LintState) => {
    withModel.delete(state.uri);
    withModel.set(state.uri, state);
    for (const [uri, old] of withModel) {
      if (withModel.size <= MODELS_KEPT) break;
      withModel.delete(uri);
      old.dropModel();
      // Its chunks leave the parse cache too: re-checks of all open documents cycle through more
      // text than the cache holds (at 50 open, 1.3 M characters against 350,000), so the trees of
      // documents not being worked on were seldom found again, and held, with the memos kept on
      // them, 6 MB of heap at 50 open (heap used 34 -> 28 MB). A document worked on again is
      // parsed again, once.
      forgetSource(old.source);
    }
  };
  const toggles = new Map<string, boolean>();
  const sessionAllow: string[] = [];
  const warned = new Set<string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const knownRules = new Set(allRules().map((r) => r.id));
  let initialized = false;
  /** Bumped when contributing factors change anywhere: open documents are then checked again. */
  let workspaceGeneration = 0;
  /** Findings found again after being let go (see dropModel) that differed; numbers their new resultIds. */
  let refound = 0;
  /** Whether something was linted since memory was last released; the timer waits for quiet. */
  let lintedSinceRelease = false;
  let releaseTimer: ReturnType<typeof setTimeout> | undefined;
  /** Every request and edit postpones the release, so it never runs while the user is typing. */
  const postponeRelease = () => {
    if (!host.releaseMemory || !lintedSinceRelease) return;
    clearTimeout(releaseTimer);
    releaseTimer = setTimeout(() => {
      lintedSinceRelease = false;
      const freed = host.releaseMemory!();
      if (freed) connection.console.log(`Released ${(freed / 1048576).toFixed(0)} MB of unused heap.`);
    }, RELEASE_AFTER_MS);
  };

  const warnOnce = (message: string) => {
    if (warned.has(message)) return;
    warned.add(message);
    void connection.sendNotification('window/showMessage', { type: MessageType.Warning, message });
  };

  // ---- configuration ---------------------------------------------------------------------

  const settingsFor = (uri: string): Promise<ConfigLayer> => {
    if (!capabilities.workspace?.configuration) return Promise.resolve(globalSettings);
    let p = settingsCache.get(uri);
    if (!p) {
      p = connection.workspace.getConfiguration({ scopeUri: uri, section: 'postmortem' }).then(settingsLayer, () => ({}));
      settingsCache.set(uri, p);
    }
    return p;
  };

  /** The configuration of a document: its nearest rc file, then the settings of `scope` (the document, or its folder). */
  const configFor = async (uri: string, scope = uri): Promise<ResolvedConfig> => {
    const layers: ConfigLayer[] = [];
    const rc = host.rcLayer?.(uri);
    if (rc?.error) warnOnce(`Post-mortem checks: ${rc.error}`);
    if (rc?.layer) layers.push(rc.layer);
    layers.push(await settingsFor(scope));
    const { config, problems } = resolveConfig(layers, knownRules);
    for (const p of problems) warnOnce(`Post-mortem checks: ${p.message}${rc?.file ? ` (settings or ${rc.file})` : ' (settings)'}`);
    if (sessionAllow.length) config.language.allowPhrases = [...config.language.allowPhrases, ...sessionAllow];
    return config;
  };

  const configChanged = () => {
    generation++;
    settingsCache.clear();
    relintAll();
    // Globs, front matter switches and the date order decide what the index holds.
    if (initialized) void indexer.rescan();
  };

  // ---- linting ---------------------------------------------------------------------------

  /** The document's path for the globs: relative to its workspace folder when inside one. */
  const pathOf = (uri: string): string => {
    // The innermost folder holding the document (nested folders in a multi-root workspace).
    const bases = folders.map((f) => (f.uri.endsWith('/') ? f.uri : f.uri + '/')).filter((b) => uri.startsWith(b));
    const base = bases.sort((a, b) => b.length - a.length)[0];
    if (base) return decodeURIComponent(uri.slice(base.length));
    const m = /^[a-z][\w+.-]*:(?:\/\/[^/]*)?(.*)$/i.exec(uri);
    return decodeURIComponent(m ? m[1] : uri);
  };

  const detect = (uri: string, text: string, config: ResolvedConfig): { isPostMortem: boolean; reason: string } => {
    const toggle = toggles.get(uri);
    if (toggle !== undefined) return { isPostMortem: toggle, reason: 'toggle' };
    return detectPostMortem(pathOf(uri), text, config.files);
  };

  /** Lints the open document's current version (cached per version, configuration and day). */
  const analyse = async (uri: string, token?: CancellationToken): Promise<LintState | undefined> => {
    if (!documents.get(uri)) return undefined;
    const config = await configFor(uri);
    // The document may have changed or closed while the configuration was fetched.
    const doc = documents.get(uri);
    if (!doc || token?.isCancellationRequested) return undefined;
    const today = todayIso();
    const keyNow = () => `${doc.version}|${generation}|${workspaceGeneration}|${today}`;
    const cached = states.get(uri);
    if (cached && cached.key === keyNow()) {
      postponeRelease();
      return cached;
    }
    lintedSinceRelease = true;
    postponeRelease();
    const text = doc.getText();
    const { isPostMortem, reason } = detect(uri, text, config);
    let result: ReturnType<typeof lint> | undefined;
    if (isPostMortem) {
      try {
        // The other open documents' latest text counts for recurring-condition.
        indexer.flush(uri);
        result = lint(text, { config, today, maxCheckedChars: host.maxCheckedChars, workspace: { index: indexer.index, self: uri }, reuse: reuseFor(uri) });
        // The index holds what is being written: lint's model of it, indexed once typing pauses.
        indexer.updateOpen(uri, result.model, config);
      } catch (e) {
        // A bug in the parser must not take the server down: log it, report nothing for this version.
        connection.console.error(`Linting ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      }
    }
    if (!isPostMortem) indexer.remove(uri);
    let model = result?.model;
    let lines = model?.lines;
    let findings: Finding[] | undefined = result?.findings ?? [];
    let digest: string | undefined;
    /** The inputs of the lint, so findings let go are found again the same way. */
    const linted = !!result;
    const key = keyNow();
    const state: LintState = {
      key,
      uri,
      version: doc.version,
      isPostMortem,
      reason,
      // Other markdown (a README) is only parsed if a request needs its model. A dropped model
      // is built again from the text lint checked, so it equals the one the findings came from.
      get model() {
        const built = (model ??= buildModel(state.source, { template: config.template, templates: config.templates }));
        if (states.get(uri) === state) modelUsed(state);
        return built;
      },
      dropModel() {
        model = undefined;
        if (states.get(uri) === state) reuses.delete(uri);
        // A post-mortem's findings take ~8 times its text (messages, fixes, prompts, related):
        // only the documents being worked on keep them. The state's key still names the inputs.
        if (linted && findings) {
          digest = findingsDigest(findings);
          findings = undefined;
        }
      },
      get lines() {
        return (lines ??= state.model.lines);
      },
      get findings() {
        if (!findings) {
          const again = lint(text, { config, today, maxCheckedChars: host.maxCheckedChars, workspace: { index: indexer.index, self: uri } });
          findings = again.findings;
          model ??= again.model;
          // The index changed under an unchanged key (a scan still running): the editor's copy is
          // stale, so the next pull must not be answered "unchanged".
          if (findingsDigest(findings) !== digest) state.resultId += `~${++refound}`;
          digest = undefined;
          if (states.get(uri) === state) modelUsed(state);
        }
        return findings;
      },
      digest: () => digest ?? findingsDigest(state.findings),
      source: isPostMortem ? checkedPart(text, host.maxCheckedChars) : text,
      config,
      today,
      // The key names everything the findings depend on: the text's version, the configuration,
      // the workspace index (recurring-condition) and the day (overdue items).
      resultId: key,
      generation,
    };
    // A re-check because the workspace changed that found exactly the same keeps its resultId, so
    // the editor's next pull is answered "unchanged".
    if (cached && cached.version === doc.version && cached.generation === state.generation && cached.today === today && cached.digest() === state.digest()) {
      state.resultId = cached.resultId;
    }
    states.set(uri, state);
    withModel.delete(uri);
    if (model) modelUsed(state);
    if (isPostMortem || cached?.isPostMortem) void connection.sendNotification(HealthChangedNotification, { uri });
    return state;
  };

  const diagnosticsOf = (state: LintState): Diagnostic[] => state.findings.map((f) => toDiagnostic(state.lines, f));

  const publish = async (uri: string) => {
    const state = await analyse(uri);
    const doc = documents.get(uri);
    // Never publish for a version older than the one the client has.
    if (!state || !doc || doc.version !== state.version) return;
    if (!pullMode) await connection.sendDiagnostics({ uri, version: state.version, diagnostics: diagnosticsOf(state) });
  };

  const schedule = (uri: string) => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void publish(uri);
      }, PUSH_DEBOUNCE_MS),
    );
  };

  function relintAll() {
    for (const doc of documents.all()) void publish(doc.uri);
    if (pullMode && capabilities.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh();
  }

  /**
   * The workspace index changed what recurring-condition may find in the open documents. Push
   * mode checks them all again. In pull mode each is checked when the editor pulls it (asked to by
   * the refresh; the sidebar by healthChanged): checking them all here, as soon as any post-mortem
   * was opened, linted every open document again per document opened (50 opened one by one: 150
   * lints for 50, and the young generation's burst outlasting the quiet-time release).
   */
  function workspaceChanged() {
    if (!pullMode) return relintAll();
    for (const state of states.values()) if (state.isPostMortem) void connection.sendNotification(HealthChangedNotification, { uri: state.uri });
    if (capabilities.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh();
  }

  const workspaceEdit = (uri: string, version: number, edits: TextEdit[]): WorkspaceEdit =>
    capabilities.workspace?.workspaceEdit?.documentChanges ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits } };

  /**
   * Lets queued notifications ($/cancelRequest, didChange) run before expensive work. Under Node,
   * two turns of the event loop: each turn reads what the pipe holds (a cancel takes effect as it
   * is read) and handles one queued message. A timer would wait at least 1 ms, on every keystroke.
   */
  const yieldToQueue = (): Promise<void> => {
    const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
    if (!immediate) return new Promise<void>((resolve) => setTimeout(resolve, 0));
    return new Promise<void>((resolve) => immediate(() => immediate(resolve)));
  };

  const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');

  // ---- the workspace index -------------------------------------------------------------------

  /** Settings for indexing a file: its folder's (one request per folder, not per file). */
  const folderOf = (uri: string) => folders.map((f) => f.uri).filter((f) => uri.startsWith(f.endsWith('/') ? f : f + '/')).sort((a, b) => b.length - a.length)[0];
  /** Set by the shutdown request: from then on nothing new is scheduled. */
  let shutDown = false;
  let notifyTimer: ReturnType<typeof setTimeout> | undefined;
  let relintTimer: ReturnType<typeof setTimeout> | undefined;
  const indexer = new WorkspaceIndexer({
    files: host.files,
    folders: () => folders,
    configFor: (uri) => configFor(uri, folderOf(uri) ?? uri),
    isPostMortem: (uri, text, config) => detect(uri, text, config).isPostMortem,
    pathOf,
    openText: (uri) => documents.get(uri)?.getText(),
    maxCheckedChars: host.maxCheckedChars,
    log: (message) => connection.console.warn(message),
    changed: (patterns) => {
      if (shutDown) return;
      clearTimeout(notifyTimer);
      notifyTimer = setTimeout(() => {
        void connection.sendNotification(WorkspaceChangedNotification, { scanning: indexer.scanning, documents: indexer.index.size });
      }, WORKSPACE_DEBOUNCE_MS);
      // Recurring conditions may have changed: check the open documents again, once the scan is done.
      if (patterns && !indexer.scanning) {
        workspaceGeneration++;
        clearTimeout(relintTimer);
        relintTimer = setTimeout(workspaceChanged, WORKSPACE_DEBOUNCE_MS);
      }
    },
  });

  // ---- lifecycle -------------------------------------------------------------------------

  // After shutdown nothing may be sent: the client may dispose the connection at once, and a
  // debounced notification would then fail on it.
  connection.onShutdown(() => {
    shutDown = true;
    for (const timer of [notifyTimer, relintTimer, releaseTimer, ...timers.values()]) clearTimeout(timer);
    timers.clear();
  });

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    options = (params.initializationOptions ?? {}) as InitializationOptions;
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    for (const [uri, on] of Object.entries(options.fileToggles ?? {})) if (typeof on === 'boolean') toggles.set(uri, on);
    pullMode = !!capabilities.textDocument?.diagnostic;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        // Inter-file: recurring-condition reads the workspace's other post-mortems.
        ...(pullMode ? { diagnosticProvider: { identifier: 'postmortem', interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
        documentSymbolProvider: { label: 'Post-mortem' },
        foldingRangeProvider: true,
        documentFormattingProvider: true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: Object.values(ServerCommands) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'postmortem-lint' },
    };
  });

  connection.onInitialized(() => {
    initialized = true;
    if (capabilities.workspace?.workspaceFolders) {
      // Globs are matched relative to the folder a document is in.
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        folders = [...folders.filter((f) => !event.removed.some((r) => r.uri === f.uri)), ...event.added];
        configChanged();
      });
    }
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'postmortem' });
    }
    if ((host.rcLayer || host.files) && capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      const watchers = [
        ...(host.rcLayer ? [{ globPattern: '**/.postmortemrc.json' }, { globPattern: '**/.postmortemrc' }] : []),
        ...(host.files ? [{ globPattern: '**/*.{md,markdown}' }] : []),
      ];
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    }
    void indexer.rescan();
  });

  connection.onDidChangeConfiguration((change) => {
    // Clients without workspace/configuration push their settings here.
    const settings = (change.settings as { postmortem?: unknown } | null)?.postmortem;
    if (settings !== undefined) globalSettings = settingsLayer(settings);
    configChanged();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => isRcUri(c.uri))) {
      host.clearRcCache?.();
      configChanged();
      return;
    }
    // A post-mortem saved, created or deleted outside the editor: open documents are indexed live.
    for (const change of params.changes) {
      if (!isMarkdownUri(change.uri) || documents.get(change.uri)) continue;
      if (change.type === 3 /* Deleted */) indexer.remove(change.uri);
      else void indexer.update(change.uri);
    }
  });

  connection.onNotification(SetFileToggleNotification, (params: SetFileToggleParams) => {
    if (params.enabled === null) toggles.delete(params.uri);
    else toggles.set(params.uri, params.enabled);
    generation++;
    relintAll();
  });

  documents.onDidOpen((e) => schedule(e.document.uri));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    // A closed document keeps nothing: its state, and its trees in the parse cache.
    const closed = states.get(e.document.uri);
    if (closed) forgetSource(closed.source);
    states.delete(e.document.uri);
    reuses.delete(e.document.uri);
    withModel.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    if (!pullMode) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    // Unsaved edits are gone: the index goes back to the file (or forgets an untitled buffer).
    void indexer.update(e.document.uri);
  });

  // ---- diagnostics (pull) ----------------------------------------------------------------

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    await yieldToQueue();
    if (token.isCancellationRequested) throw cancelled();
    const state = await analyse(params.textDocument.uri, token);
    if (token.isCancellationRequested) throw cancelled();
    if (!state) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (params.previousResultId === state.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: state.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: state.resultId, items: diagnosticsOf(state) };
  });

  // ---- code actions ----------------------------------------------------------------------

  const fixAllEdit = (state: LintState): TextEdit | undefined => {
    const { text } = fixAll(state.model.source, { config: state.config, today: state.today });
    return minimalEdit(state.model.lines, state.model.source, text);
  };

  connection.onCodeAction(async (params, token) => {
    const uri = params.textDocument.uri;
    const state = await analyse(uri, token);
    if (!state || !state.isPostMortem || token.isCancellationRequested) return [];
    const ctx: ActionContext = { uri, model: state.model, findings: state.findings, workspaceEdit: (edits) => workspaceEdit(uri, state.version, edits) };
    const only = params.context.only;
    const actions = wants(only, CodeActionKind.QuickFix) ? quickFixes(ctx, params.context.diagnostics) : [];
    if (only && wants(only, FIX_ALL_KIND)) {
      const edit = fixAllEdit(state);
      if (edit) actions.push({ title: 'Fix all safe post-mortem problems', kind: FIX_ALL_KIND, edit: ctx.workspaceEdit([edit]) });
    }
    return actions;
  });

  connection.onExecuteCommand(async (params) => {
    const [uri, arg, extra] = (params.arguments ?? []) as [string, unknown, unknown];
    if (typeof uri !== 'string') return null;
    switch (params.command) {
      case ServerCommands.fixAll: {
        const state = await analyse(uri);
        if (!state?.isPostMortem) return { applied: false, fixed: 0 };
        const { text, fixed } = fixAll(state.model.source, { config: state.config, today: state.today });
        const edit = minimalEdit(state.model.lines, state.model.source, text);
        if (!edit) return { applied: false, fixed: 0 };
        const r = await connection.workspace.applyEdit({ label: 'Fix all safe post-mortem problems', edit: workspaceEdit(uri, state.version, [edit]) });
        return { applied: r.applied, fixed: fixed.length };
      }
      case ServerCommands.allowPhrase: {
        if (typeof arg !== 'string' || !arg.trim()) return null;
        if (options.allowListRequest) {
          await connection.sendRequest(AddAllowPhraseRequest, { phrase: arg, uri });
          return { added: 'settings' };
        }
        // Clients that cannot write settings: allowed for this session, and say how to keep it.
        if (!sessionAllow.includes(arg)) sessionAllow.push(arg);
        void connection.sendNotification('window/showMessage', {
          type: MessageType.Info,
          message: `"${arg}" is allowed for this session. To keep it, add it to language.allowPhrases in .postmortemrc.json.`,
        });
        configChanged();
        return { added: 'session' };
      }
      case ServerCommands.sortTimeline: {
        const state = await analyse(uri);
        if (!state?.isPostMortem) return { applied: false };
        if (typeof arg === 'number' && arg !== state.version) return { applied: false };
        const table = state.model.tables.find((t) => t.kind === 'timeline' && (typeof extra !== 'number' || (t.span.start <= extra && extra < t.span.end))) ?? state.model.tables.find((t) => t.kind === 'timeline');
        const fix = table && sortFixOf(state.findings, table);
        if (!fix) return { applied: false };
        const edits = fix.edits.map((e) => ({ range: state.model.lines.rangeOf(e), newText: e.newText }));
        const r = await connection.workspace.applyEdit({ label: 'Sort timeline chronologically', edit: workspaceEdit(uri, state.version, edits) });
        return { applied: r.applied };
      }
    }
    return null;
  });

  // ---- hover, completion, outline, formatting, lenses ---------------------------------------

  connection.onHover(async (params, token) => {
    const state = await analyse(params.textDocument.uri, token);
    if (!state?.isPostMortem || token.isCancellationRequested) return null;
    return hoverAt(state.model, state.findings, state.model.lines.offsetAt(params.position));
  });

  connection.onCompletion(async (params, token) => {
    const state = await analyse(params.textDocument.uri, token);
    if (!state?.isPostMortem || token.isCancellationRequested) return [];
    return completionsAt(state.model, state.config, state.today, params.position);
  });

  connection.onDocumentSymbol(async (params, token) => {
    const state = await analyse(params.textDocument.uri, token);
    if (!state?.isPostMortem || token.isCancellationRequested) return [];
    return documentSymbols(state.model);
  });

  connection.onFoldingRanges(async (params, token) => {
    const state = await analyse(params.textDocument.uri, token);
    if (!state?.isPostMortem || token.isCancellationRequested) return [];
    return foldingRanges(state.model);
  });

  connection.onDocumentFormatting(async (params, token) => {
    const state = await analyse(params.textDocument.uri, token);
    if (!state?.isPostMortem || token.isCancellationRequested) return [];
    return formattingEdits(state.model);
  });

  connection.onCodeLens(async (params, token) => {
    const state = await analyse(params.textDocument.uri, token);
    if (!state?.isPostMortem || token.isCancellationRequested) return [];
    return codeLenses(state.model, state.findings, state.uri, state.version);
  });

  // ---- custom requests (sidebar, status bar, Insert Section) --------------------------------

  connection.onRequest(DocumentHealthRequest, async (params: DocumentHealthParams) => {
    const state = await analyse(params.uri);
    if (!state?.isPostMortem) return null;
    return documentHealth(state.model, state.findings, state.config, state.today);
  });

  connection.onRequest(ActionItemsRequest, async (params: ActionItemsParams) => {
    const state = await analyse(params.uri);
    if (state) return actionItems(state.model);
    if (typeof params.text !== 'string') return [];
    const config = await configFor(params.uri);
    return actionItems(buildModel(params.text, { template: config.template, templates: config.templates }));
  });

  connection.onRequest(DocumentStatusRequest, async (params: { uri: string }): Promise<DocumentStatus | null> => {
    const state = await analyse(params.uri);
    if (!state) return null;
    const counts: Record<string, number> = {};
    for (const f of state.findings) counts[f.category] = (counts[f.category] ?? 0) + 1;
    return {
      isPostMortem: state.isPostMortem,
      reason: state.reason,
      counts,
      errors: state.findings.filter((f) => f.severity === 'error').length,
      warnings: state.findings.filter((f) => f.severity === 'warning').length,
    };
  });

  // Insert Section offers the sections of the document's template that it lacks: the required
  // ones first, in template order, then the optional ones.
  connection.onRequest(MissingSectionsRequest, async (params: { uri: string }): Promise<MissingSection[]> => {
    const state = await analyse(params.uri);
    if (!state) return [];
    const model = state.model;
    const absent = model.template.profile.sections.filter((s) => !sectionFor(model, s));
    return [...absent.filter((s) => isMissing(model, s)), ...absent.filter((s) => !isMissing(model, s))].map((s) => ({ id: s.id, title: s.title }));
  });

  connection.onRequest(InsertSectionRequest, async (params: InsertSectionParams): Promise<InsertSectionResult | null> => {
    const state = await analyse(params.uri);
    if (!state || !state.model.template.profile.sections.some((s) => s.id === params.sectionId)) return null;
    const edits = insertSectionEdits(state.model, params.sectionId, state.config, state.today);
    if (!edits) return null;
    return { version: state.version, edits: edits.map((e) => ({ range: state.model.lines.rangeOf(e), newText: e.newText })) };
  });

  /** The template a new document starts from: the one asked for, else the configured one, else the seed's. */
  const newDocumentProfile = (config: ResolvedConfig, id: string | undefined): TemplateProfile =>
    (id ? findProfile(id, config.templates) : undefined) ?? (config.template !== AUTO ? findProfile(config.template, config.templates) : undefined) ?? DEFAULT_PROFILE;

  connection.onRequest(NewDocumentRequest, async (params: NewDocumentParams): Promise<string> => {
    const config = params.uri ? await configFor(params.uri) : undefined;
    const profile = config ? newDocumentProfile(config, params.template) : (params.template ? findProfile(params.template) : undefined) ?? DEFAULT_PROFILE;
    return newDocumentText(params.title, params.date, profile);
  });

  connection.onRequest(TemplatesRequest, async (params: TemplatesParams): Promise<TemplateInfo[]> => {
    const config = params.uri ? await configFor(params.uri) : resolveConfig([globalSettings]).config;
    const chosen = newDocumentProfile(config, undefined);
    const profiles = allProfiles(config.templates);
    return [chosen, ...profiles.filter((p) => p !== chosen)].map((p) => ({ id: p.id, name: p.name, description: p.description, isDefault: p === chosen }));
  });

  // ---- the workspace index (Action Items and Patterns views) ---------------------------------

  connection.onRequest(WorkspaceActionItemsRequest, (): WorkspaceActionItemsResult => {
    indexer.flush();
    return actionItemsResult(indexer.index, indexer.scanning);
  });
  connection.onRequest(WorkspacePatternsRequest, (): WorkspacePatternsResult => {
    indexer.flush();
    return patternsResult(indexer.index, indexer.scanning);
  });

  documents.listen(connection);
  connection.listen();
  return { state: (uri) => states.get(uri) };
}

/**
 * A new post-mortem from a template: title and date filled in, every other field and section a
 * placeholder. A template other than the seed's is named in the front matter, so the document
 * is checked against it from the first keystroke, before its headings say so.
 */
export function newDocumentText(title: string, date: string, profile: TemplateProfile = DEFAULT_PROFILE): string {
  const clean = title.replace(/[\r\n]+/g, ' ').trim() || '[Incident Title]';
  const fields = profile.header.map((f) => `**${f.label}**: ${f.id === 'date' ? date : f.placeholder}`);
  const front = profile === DEFAULT_PROFILE ? [] : ['---', `template: ${profile.id}`, '---', ''];
  const titleLine = profile.title.replace('{title}', () => clean);
  // Two trailing spaces: each field on its own line when rendered (the seed's layout).
  const head = fields.length ? [titleLine, fields.join('  \n'), ''] : [titleLine, ''];
  return [...front, ...head, ...profile.sections.map((s) => s.skeleton)].join('\n');
}

/**
 * Edits inserting a section of the document's template at its template position. The
 * section-missing rule's own fix is used when the section is required (one logic for the fix and
 * the command); otherwise the skeleton goes after the nearest earlier template section present.
 */
export function insertSectionEdits(model: PostMortem, id: string, config: ResolvedConfig, today: string): { start: number; end: number; newText: string }[] | undefined {
  const sections = model.template.profile.sections;
  const spec = sections.find((s) => s.id === id);
  if (!spec || sectionFor(model, spec)) return undefined;
  const rule = allRules().find((r) => r.id === 'section-missing');
  if (rule && isMissing(model, spec)) {
    const { findings } = lint(model, { config: { ...config, rules: { ...config.rules, 'section-missing': 'warning' } }, today, rules: [rule] });
    const heading = spec.skeleton.split('\n')[0];
    const finding = findings.find((f) => f.message === `Missing section: ${spec.title}.`);
    const fix = finding?.fixes.find((x) => x.edits.some((e) => e.newText.includes(heading)) && !x.edits.some((e) => sections.some((o) => o !== spec && e.newText.includes(o.skeleton.split('\n')[0] + '\n'))));
    if (fix) return fix.edits;
  }
  const eol = new LineIndex(model.source).eol;
  const at = sections.indexOf(spec);
  const before = sections.slice(0, at).reverse().map((s) => sectionFor(model, s)).find(Boolean);
  const after = sections.slice(at + 1).map((s) => sectionFor(model, s)).find(Boolean);
  const body = spec.skeleton.replace(/\n/g, eol);
  if (before) {
    let end = before.span.end;
    while (end > before.span.start && /[\r\n \t]/.test(model.source[end - 1])) end--;
    return [{ start: end, end, newText: `${eol}${eol}${body.replace(new RegExp(`${eol}$`), '')}` }];
  }
  if (after) return [{ start: after.span.start, end: after.span.start, newText: `${body}${eol}` }];
  const end = model.source.length;
  const sep = model.source.endsWith('\n') || model.source.endsWith('\r') || !end ? '' : eol;
  return [{ start: end, end, newText: `${sep}${end ? eol : ''}${body}` }];
}

/** Whether two lints of the same text reported the same findings (what a diagnostics report shows). */
/**
 * What a re-check must find the same for the editor's diagnostics to stay valid (rule, place,
 * severity, message, related information), as a digest: two 32-bit hashes of it and the count.
 */
function findingsDigest(findings: readonly Finding[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ 0x1f, 2246822507);
    h2 = Math.imul(h2 ^ 0x1f, 3266489909);
  };
  for (const f of findings) {
    add(f.ruleId);
    add(String(f.start));
    add(String(f.end));
    add(f.severity);
    add(f.message);
    add(f.related ? JSON.stringify(f.related) : '');
  }
  return `${findings.length}:${h1 >>> 0}:${h2 >>> 0}`;
}

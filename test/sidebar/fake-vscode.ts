// A small stand-in for the `vscode` module, enough to run the sidebar's adapters (index.ts,
// tree.ts, export-command.ts) in Node: tree views, status bar, commands, messages, quick picks,
// workspace storage and files. Tests drive it through `fake` (kept on globalThis so every copy
// of this module shares it) and inspect what the sidebar did.

type Listener<T> = (e: T) => unknown;

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export enum TreeItemCollapsibleState { None = 0, Collapsed = 1, Expanded = 2 }
export enum TreeItemCheckboxState { Unchecked = 0, Checked = 1 }
export enum StatusBarAlignment { Left = 1, Right = 2 }
export enum TextEditorRevealType { Default = 0, InCenter = 1, InCenterIfOutsideViewport = 2, AtTop = 3 }
export enum ProgressLocation { SourceControl = 1, Window = 10, Notification = 15 }
export enum ConfigurationTarget { Global = 1, Workspace = 2, WorkspaceFolder = 3 }

export class ThemeColor {
  constructor(readonly id: string) {}
}
export class ThemeIcon {
  constructor(readonly id: string, readonly color?: ThemeColor) {}
}
export class TreeItem {
  id?: string;
  description?: string;
  tooltip?: string;
  iconPath?: ThemeIcon;
  checkboxState?: TreeItemCheckboxState;
  contextValue?: string;
  command?: { command: string; title: string; arguments?: unknown[] };
  accessibilityInformation?: { label: string };
  constructor(readonly label: string, readonly collapsibleState: TreeItemCollapsibleState) {}
}
export class Position {
  constructor(readonly line: number, readonly character: number) {}
}
export class Range {
  constructor(readonly start: Position, readonly end: Position) {}
}
export class Selection extends Range {}

export class Uri {
  private constructor(readonly scheme: string, readonly path: string) {}
  static parse(value: string): Uri {
    const m = /^([a-z]+):\/\/(.*)$/.exec(value);
    return new Uri(m ? m[1] : 'file', m ? m[2] : value);
  }
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    const segs = base.path.split('/');
    for (const p of parts) {
      if (p === '..') segs.pop();
      else segs.push(p);
    }
    return new Uri(base.scheme, segs.join('/'));
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

export interface FakeTreeView {
  id: string;
  provider: { getChildren(e?: unknown): unknown[]; getTreeItem(e: unknown): TreeItem; onDidChangeTreeData: unknown };
  visible: boolean;
  badge?: unknown;
  checkbox: EventEmitter<{ items: [unknown, TreeItemCheckboxState][] }>;
}

function createFake() {
  const memory = new Map<string, unknown>();
  return {
    now: 0,
    commands: new Map<string, (...args: unknown[]) => unknown>(),
    executed: [] as unknown[][],
    views: new Map<string, FakeTreeView>(),
    /** The timer's status-bar item; other items by id in statusBars. */
    statusBar: { text: '', tooltip: '', backgroundColor: undefined as ThemeColor | undefined, command: '', visible: false },
    statusBars: new Map<string, { text: string; tooltip: string; command: string; visible: boolean }>(),
    messages: [] as { kind: string; text: string }[],
    /** Answers for the next quick picks / messages / save dialog, in order. */
    quickPickAnswers: [] as ((items: { label: string }[]) => unknown)[],
    messageAnswers: [] as (string | undefined)[],
    saveDialogAnswer: undefined as Uri | undefined,
    files: new Map<string, string>(),
    written: new Map<string, string>(),
    config: new Map<string, unknown>(),
    workspaceState: {
      get: <T>(key: string) => memory.get(key) as T | undefined,
      update: async (key: string, value: unknown) => void (value === undefined ? memory.delete(key) : memory.set(key, JSON.parse(JSON.stringify(value)))),
      keys: () => [...memory.keys()],
    },
    memory,
    activeEditorChanged: new EventEmitter<unknown>(),
    configChanged: new EventEmitter<{ affectsConfiguration(s: string): boolean }>(),
    closed: new EventEmitter<unknown>(),
    activeTextEditor: undefined as unknown,
    shown: [] as { uri: string; selection?: Range }[],
  };
}

export const fake: ReturnType<typeof createFake> = ((globalThis as Record<string, unknown>).__fakeVscode ??= createFake()) as ReturnType<typeof createFake>;

export function resetFake(): void {
  Object.assign(fake, createFake());
}

export const window = {
  get activeTextEditor() {
    return fake.activeTextEditor;
  },
  visibleTextEditors: [] as unknown[],
  createTreeView(id: string, options: { treeDataProvider: FakeTreeView['provider'] }) {
    const view: FakeTreeView & { onDidChangeCheckboxState: unknown; onDidChangeVisibility: unknown; dispose(): void } = {
      id,
      provider: options.treeDataProvider,
      visible: true,
      checkbox: new EventEmitter(),
      get onDidChangeCheckboxState() {
        return this.checkbox.event;
      },
      onDidChangeVisibility: new EventEmitter().event,
      dispose() {},
    };
    fake.views.set(id, view);
    return view;
  },
  createStatusBarItem(id?: string) {
    let s = fake.statusBar;
    if (id && id !== 'postmortem.timer') {
      if (!fake.statusBars.has(id)) fake.statusBars.set(id, { text: '', tooltip: '', command: '', visible: false });
      s = fake.statusBars.get(id) as typeof s;
    }
    return Object.assign(s, { show: () => (s.visible = true), hide: () => (s.visible = false), dispose() {}, name: '', accessibilityInformation: undefined });
  },
  async showInformationMessage(text: string, ...items: unknown[]) {
    fake.messages.push({ kind: 'info', text });
    void items;
    return fake.messageAnswers.shift();
  },
  async showWarningMessage(text: string, ..._items: unknown[]) {
    fake.messages.push({ kind: 'warning', text });
    return fake.messageAnswers.shift();
  },
  async showQuickPick(items: { label: string }[]) {
    const answer = fake.quickPickAnswers.shift();
    return answer ? answer(items) : undefined;
  },
  async showSaveDialog() {
    return fake.saveDialogAnswer;
  },
  async showTextDocument(doc: { uri: Uri } | Uri) {
    const uri = doc instanceof Uri ? doc : doc.uri;
    const editor = { document: doc, selection: undefined as Range | undefined, revealRange() {} };
    const entry = { uri: uri.toString(), selection: undefined as Range | undefined };
    fake.shown.push(entry);
    return new Proxy(editor, { set: (t, k, v) => ((t as Record<string | symbol, unknown>)[k] = v, k === 'selection' && (entry.selection = v), true) });
  },
  onDidChangeActiveTextEditor: (l: Listener<unknown>) => fake.activeEditorChanged.event(l),
  async withProgress<T>(_o: unknown, task: (p: { report(): void }, t: { isCancellationRequested: boolean }) => Promise<T>) {
    return task({ report() {} }, { isCancellationRequested: false });
  },
};

export const commands = {
  registerCommand(id: string, fn: (...args: unknown[]) => unknown) {
    fake.commands.set(id, fn);
    return { dispose: () => fake.commands.delete(id) };
  },
  async executeCommand(id: string, ...args: unknown[]) {
    fake.executed.push([id, ...args]);
    const fn = fake.commands.get(id);
    return fn ? fn(...args) : undefined;
  },
};

export const workspace = {
  workspaceFolders: [{ uri: Uri.parse('file:///ws'), name: 'ws', index: 0 }],
  get textDocuments() {
    return [];
  },
  getConfiguration(section: string) {
    return {
      get: (key: string) => fake.config.get(`${section}.${key}`),
      update: async (key: string, value: unknown) => {
        fake.config.set(`${section}.${key}`, value);
        fake.configChanged.fire({ affectsConfiguration: (s: string) => s === `${section}.${key}` });
      },
    };
  },
  onDidChangeConfiguration: (l: Listener<{ affectsConfiguration(s: string): boolean }>) => fake.configChanged.event(l),
  onDidCloseTextDocument: (l: Listener<unknown>) => fake.closed.event(l),
  async openTextDocument(uri: Uri) {
    return { uri, languageId: 'markdown', getText: () => fake.files.get(uri.toString()) ?? '' };
  },
  async findFiles() {
    return [...fake.files.keys()].map((k) => Uri.parse(k));
  },
  asRelativePath(uri: Uri | string) {
    const s = uri.toString();
    return s.startsWith('file:///ws/') ? s.slice('file:///ws/'.length) : s;
  },
  fs: {
    async readFile(uri: Uri) {
      return new TextEncoder().encode(fake.files.get(uri.toString()) ?? '');
    },
    async writeFile(uri: Uri, data: Uint8Array) {
      fake.written.set(uri.toString(), new TextDecoder().decode(data));
    },
    async stat(uri: Uri) {
      if (!fake.files.has(uri.toString()) && !fake.written.has(uri.toString())) throw new Error('FileNotFound');
      return {};
    },
  },
};

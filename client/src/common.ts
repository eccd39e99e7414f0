// Client logic shared by the desktop and web entry points: client options (document selector,
// the settings middleware), commands, the status-bar item and the allow-list writer.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import {
  AddAllowPhraseRequest,
  DocumentStatusRequest,
  HealthChangedNotification,
  InsertSectionRequest,
  MissingSectionsRequest,
  NewDocumentRequest,
  ServerCommands,
  SetFileToggleNotification,
  TemplatesRequest,
  type AddAllowPhraseParams,
  type DocumentStatus,
  type InitializationOptions,
  type InsertSectionResult,
  type MissingSection,
  type TemplateInfo,
} from '../../server/src/lsp/protocol';
import { declaredSettingKeys, explicitSettingsOf, folderSegments, localDate, newFileName } from './settings';

export const COMMANDS = {
  newPostMortem: 'postmortem.newPostMortem',
  insertSection: 'postmortem.insertSection',
  fixAll: 'postmortem.fixAll',
  restartServer: 'postmortem.restartServer',
  toggleChecks: 'postmortem.toggleChecks',
} as const;

const TOGGLES_KEY = 'postmortem.fileToggles';

/**
 * Markdown in files, untitled buffers and virtual workspaces (GitHub repositories, Live Share), and
 * the folder @vscode/test-web mounts, where web extensions are tried locally (and npm run test:web
 * proves this one).
 */
export const DOCUMENT_SELECTOR = ['file', 'untitled', 'vscode-vfs', 'vsls', 'vscode-test-web'].map((scheme) => ({ language: 'markdown', scheme }));

/** The `postmortem` settings the user set explicitly, for a scope (see settings.ts). */
export function explicitSettings(scope: vscode.Uri | undefined, keys: string[]): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('postmortem', scope);
  return explicitSettingsOf(keys, (key) => config.inspect(key));
}

export function registerCommon(context: vscode.ExtensionContext, getClient: () => BaseLanguageClient | undefined) {
  const keys = declaredSettingKeys(context.extension.packageJSON);
  const toggles = (): Record<string, boolean> => context.workspaceState.get<Record<string, boolean>>(TOGGLES_KEY, {});
  const output = vscode.window.createOutputChannel('Post-Mortem', { log: true });
  context.subscriptions.push(output);

  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    initializationOptions: { allowListRequest: true, fileToggles: toggles() } satisfies InitializationOptions,
    markdown: { isTrusted: false, supportHtml: false },
    diagnosticPullOptions: { onChange: true, onSave: true },
    middleware: {
      workspace: {
        configuration: (params, token, next) => {
          const rest = params.items.some((i) => i.section !== 'postmortem') ? next(params, token) : undefined;
          return Promise.resolve(rest).then((others) =>
            params.items.map((item, i) =>
              item.section === 'postmortem' ? explicitSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined, keys) : Array.isArray(others) ? others[i] : null,
            ),
          );
        },
      },
    },
  };

  // ---- status bar: problems by category for the active post-mortem ----------------------------
  const status = vscode.window.createStatusBarItem('postmortem.status', vscode.StatusBarAlignment.Left, 50);
  status.name = 'Post-Mortem';
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(status);

  const updateStatus = async () => {
    const editor = vscode.window.activeTextEditor;
    const c = getClient();
    if (!editor || editor.document.languageId !== 'markdown' || !c?.isRunning()) {
      status.hide();
      return;
    }
    const uri = editor.document.uri.toString();
    let s: DocumentStatus | null = null;
    try {
      s = await c.sendRequest<DocumentStatus | null>(DocumentStatusRequest, { uri });
    } catch {
      s = null;
    }
    if (vscode.window.activeTextEditor?.document.uri.toString() !== uri) return;
    if (!s?.isPostMortem) {
      status.hide();
      return;
    }
    const parts = Object.entries(s.counts).map(([category, n]) => `${n} ${category}`);
    status.text = parts.length ? `$(checklist) Post-mortem: ${parts.join(', ')}` : '$(pass) Post-mortem';
    status.tooltip = parts.length
      ? `Post-mortem checks: ${s.errors} error(s), ${s.warnings} warning(s). ${parts.join(', ')}. Click to open Problems.`
      : 'Post-mortem checks: no problems.';
    status.show();
  };

  // ---- commands -------------------------------------------------------------------------------
  const activeMarkdown = (): vscode.TextEditor | undefined => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('Open a markdown post-mortem first.');
      return undefined;
    }
    return editor;
  };
  const running = (): BaseLanguageClient | undefined => {
    const c = getClient();
    if (!c?.isRunning()) void vscode.window.showWarningMessage('The post-mortem language server is not running.');
    return c?.isRunning() ? c : undefined;
  };

  context.subscriptions.push(
    // Optional argument: a template id, so a keybinding or another extension can skip the pick.
    vscode.commands.registerCommand(COMMANDS.newPostMortem, async (templateArg?: unknown) => {
      const c = running();
      if (!c) return;
      const root = vscode.workspace.workspaceFolders?.[0];
      const scope = root?.uri.toString();
      let template = typeof templateArg === 'string' ? templateArg : undefined;
      if (!template) {
        const templates = await c.sendRequest<TemplateInfo[]>(TemplatesRequest, { uri: scope });
        const pick = await vscode.window.showQuickPick(
          templates.map((t) => ({ label: t.name, description: t.isDefault ? `${t.id} · default` : t.id, detail: t.description, id: t.id })),
          { title: 'New Post-Mortem (1/2)', placeHolder: 'Which template? The configured one is first.', ignoreFocusOut: true, matchOnDescription: true },
        );
        if (!pick) return;
        template = pick.id;
      }
      const title = await vscode.window.showInputBox({ title: 'New Post-Mortem (2/2)', prompt: 'Incident title', placeHolder: 'Checkout latency during the autumn sale', ignoreFocusOut: true, validateInput: (v) => (v.trim() ? undefined : 'Give the incident a title') });
      if (!title) return;
      const date = localDate();
      const text = await c.sendRequest<string>(NewDocumentRequest, { title, date, template, uri: scope });
      if (!root) {
        const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
        await vscode.window.showTextDocument(doc);
        return;
      }
      const folderSetting = vscode.workspace.getConfiguration('postmortem', root.uri).get<string>('newPostMortem.folder', 'postmortems');
      // A relative folder inside the workspace only: the setting cannot write elsewhere.
      const folder = vscode.Uri.joinPath(root.uri, ...folderSegments(folderSetting));
      await vscode.workspace.fs.createDirectory(folder);
      let file = vscode.Uri.joinPath(folder, newFileName(date, title));
      for (let n = 2; await exists(file); n++) file = vscode.Uri.joinPath(folder, newFileName(date, title, n));
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
      const editor = await vscode.window.showTextDocument(file);
      // Put the cursor on the first placeholder after the title and date.
      const body = editor.document.getText();
      const m = /\[(?!YYYY|\d)[^\]\n]+\]/.exec(body.slice(body.indexOf('\n') + 1));
      if (m) {
        const at = body.indexOf('\n') + 1 + m.index;
        editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + m[0].length));
      }
    }),

    vscode.commands.registerCommand(COMMANDS.insertSection, async () => {
      const editor = activeMarkdown();
      const c = running();
      if (!editor || !c) return;
      const uri = editor.document.uri.toString();
      const missing = await c.sendRequest<MissingSection[]>(MissingSectionsRequest, { uri });
      if (!missing.length) {
        void vscode.window.showInformationMessage('Every template section is already in this post-mortem.');
        return;
      }
      const pick = await vscode.window.showQuickPick(
        missing.map((m) => ({ label: m.title, id: m.id })),
        { title: 'Insert Section', placeHolder: 'Missing template sections, in template order' },
      );
      if (!pick) return;
      const result = await c.sendRequest<InsertSectionResult | null>(InsertSectionRequest, { uri, sectionId: pick.id });
      if (!result) return;
      if (result.version !== editor.document.version) {
        void vscode.window.showWarningMessage('The document changed while the section was prepared; try again.');
        return;
      }
      const edit = new vscode.WorkspaceEdit();
      for (const e of result.edits) edit.replace(editor.document.uri, c.protocol2CodeConverter.asRange(e.range), e.newText);
      await vscode.workspace.applyEdit(edit);
      const first = result.edits[0];
      if (first) {
        const offset = editor.document.offsetAt(c.protocol2CodeConverter.asPosition(first.range.start));
        const heading = editor.document.getText().indexOf(`## ${pick.label}`, Math.max(0, offset - 1));
        if (heading >= 0) {
          const pos = editor.document.positionAt(heading);
          editor.selection = new vscode.Selection(pos, pos);
          editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        }
      }
    }),

    vscode.commands.registerCommand(COMMANDS.fixAll, async () => {
      const editor = activeMarkdown();
      const c = running();
      if (!editor || !c) return;
      const r = await c.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.fixAll, arguments: [editor.document.uri.toString()] });
      const fixed = (r as { fixed?: number } | null)?.fixed ?? 0;
      void vscode.window.showInformationMessage(fixed ? `Fixed ${fixed} post-mortem problem(s).` : 'No safe post-mortem fixes to apply.');
    }),

    vscode.commands.registerCommand(COMMANDS.restartServer, async () => {
      const c = getClient();
      if (!c) return;
      // stop + start rather than restart(): the same on the desktop and the web client.
      if (c.isRunning()) await c.stop();
      await c.start();
      output.info('Language server restarted.');
    }),

    vscode.commands.registerCommand(COMMANDS.toggleChecks, async () => {
      const editor = activeMarkdown();
      const c = running();
      if (!editor || !c) return;
      const uri = editor.document.uri.toString();
      const s = await c.sendRequest<DocumentStatus | null>(DocumentStatusRequest, { uri });
      const enabled = !s?.isPostMortem;
      const all = { ...toggles(), [uri]: enabled };
      await context.workspaceState.update(TOGGLES_KEY, all);
      await c.sendNotification(SetFileToggleNotification, { uri, enabled });
      void vscode.window.showInformationMessage(enabled ? 'Post-mortem checks are on for this file.' : 'Post-mortem checks are off for this file.');
      void updateStatus();
    }),

    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus()),
  );

  /** Writes a phrase into the workspace's `postmortem.language.allowPhrases`. */
  const addAllowPhrase = async (params: AddAllowPhraseParams) => {
    const scope = vscode.Uri.parse(params.uri);
    const config = vscode.workspace.getConfiguration('postmortem', scope);
    const hasWorkspace = !!vscode.workspace.workspaceFolders?.length;
    const i = config.inspect<string[]>('language.allowPhrases');
    const current = (hasWorkspace ? i?.workspaceValue : i?.globalValue) ?? [];
    if (!current.some((p) => p.toLowerCase() === params.phrase.toLowerCase())) {
      await config.update('language.allowPhrases', [...current, params.phrase], hasWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
    }
    void vscode.window.showInformationMessage(`Added "${params.phrase}" to postmortem.language.allowPhrases in the ${hasWorkspace ? 'workspace' : 'user'} settings.`);
    return null;
  };

  const start = async (c: BaseLanguageClient) => {
    c.onRequest(AddAllowPhraseRequest, addAllowPhrase);
    c.onNotification(HealthChangedNotification, (p: { uri: string }) => {
      if (vscode.window.activeTextEditor?.document.uri.toString() === p.uri) void updateStatus();
    });
    try {
      await c.start();
    } catch (e) {
      // Commands and the sidebar still register; Restart Language Server can try again.
      output.error(`The post-mortem language server did not start: ${e instanceof Error ? e.message : String(e)}`);
      void vscode.window.showErrorMessage('The post-mortem language server did not start. See the Post-Mortem output.');
      return;
    }
    void updateStatus();
  };

  return { clientOptions, start };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

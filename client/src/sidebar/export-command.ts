// Export Action Items: for the active post-mortem or all post-mortems in the workspace, as CSV,
// JSON or a markdown table, written next to the document or where the user chooses. The rows
// come from the server (postmortem/actionItems), so they match what the linter sees.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_FORMATS, exportFileName, formatRows, mergeRows, type ExportFormat } from './export-plan';
import type { ActionItemRow } from './types';

export const ACTION_ITEMS_METHOD = 'postmortem/actionItems';
const MAX_FILES = 2000;

export async function exportActionItems(client: LanguageClient, activeUri: vscode.Uri | undefined): Promise<void> {
  type Scope = vscode.QuickPickItem & { scope: 'active' | 'all' };
  const scopes: Scope[] = [];
  if (activeUri) scopes.push({ label: 'Active post-mortem', description: vscode.workspace.asRelativePath(activeUri), scope: 'active' });
  if (vscode.workspace.workspaceFolders?.length) scopes.push({ label: 'All post-mortems in the workspace', description: 'one file, with a file column', scope: 'all' });
  if (!scopes.length) {
    void vscode.window.showInformationMessage('Open a post-mortem (or a folder of them) to export its action items.');
    return;
  }
  const scope = scopes.length === 1 ? scopes[0] : await vscode.window.showQuickPick(scopes, { title: 'Export Action Items (1/3): from', placeHolder: 'Which post-mortems?' });
  if (!scope) return;

  const picked = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((f) => ({ label: f.label, detail: f.detail, format: f.format })),
    { title: 'Export Action Items (2/3): format' },
  );
  if (!picked) return;
  const format: ExportFormat = picked.format;

  let rows: ActionItemRow[];
  let nextTo: vscode.Uri;
  if (scope.scope === 'active' && activeUri) {
    rows = (await client.sendRequest<ActionItemRow[] | null>(ACTION_ITEMS_METHOD, { uri: activeUri.toString() })) ?? [];
    nextTo = vscode.Uri.joinPath(activeUri, '..', exportFileName(activeUri.path.split('/').pop() ?? 'post-mortem.md', format));
  } else {
    const result = await collectWorkspaceRows(client);
    if (!result) return;
    rows = result;
    nextTo = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, exportFileName('post-mortems', format));
  }
  if (!rows.length) {
    void vscode.window.showInformationMessage(scope.scope === 'active' ? 'This post-mortem has no action items to export.' : 'No action items found in the workspace post-mortems.');
    return;
  }

  type Where = vscode.QuickPickItem & { where: 'next' | 'choose' };
  const where = await vscode.window.showQuickPick<Where>(
    [
      { label: `Save as ${vscode.workspace.asRelativePath(nextTo)}`, description: scope.scope === 'active' ? 'next to the post-mortem' : 'in the workspace folder', where: 'next' },
      { label: 'Choose a location…', where: 'choose' },
    ],
    { title: `Export Action Items (3/3): ${rows.length} item${rows.length === 1 ? '' : 's'}, where to?` },
  );
  if (!where) return;
  let target: vscode.Uri | undefined = nextTo;
  if (where.where === 'choose') {
    const ext = EXPORT_FORMATS.find((f) => f.format === format)!;
    target = await vscode.window.showSaveDialog({ defaultUri: nextTo, filters: { [ext.label]: [ext.extension] }, title: 'Export Action Items' });
  } else if (await exists(nextTo)) {
    const ok = await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(nextTo)} exists. Replace it?`, { modal: true }, 'Replace');
    if (ok !== 'Replace') return;
  }
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(formatRows(rows, format)));
  const open = await vscode.window.showInformationMessage(`Exported ${rows.length} action item${rows.length === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(target)}.`, 'Open');
  if (open) await vscode.window.showTextDocument(target);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Every markdown file in the workspace, asked of the server (which decides what is a post-mortem). */
async function collectWorkspaceRows(client: LanguageClient): Promise<ActionItemRow[] | undefined> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Collecting action items', cancellable: true }, async (progress, token) => {
    const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/node_modules/**', MAX_FILES, token);
    const perFile: { file: string; rows: ActionItemRow[] }[] = [];
    for (const uri of files) {
      if (token.isCancellationRequested) return undefined;
      progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const rows = (await client.sendRequest<ActionItemRow[] | null>(ACTION_ITEMS_METHOD, { uri: uri.toString(), text }, token)) ?? [];
      if (rows.length) perFile.push({ file: vscode.workspace.asRelativePath(uri), rows });
    }
    return mergeRows(perFile);
  });
}

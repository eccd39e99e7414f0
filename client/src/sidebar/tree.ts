// The thin VS Code side of a sidebar view: turns the pure modules' SidebarNode trees into
// TreeItems. Native tree views are accessible and follow the theme; no webview is needed.
import * as vscode from 'vscode';
import type { SidebarNode } from './nodes';

export const REVEAL_COMMAND = 'postmortem.sidebar.reveal';

export class NodeTreeProvider implements vscode.TreeDataProvider<SidebarNode> {
  private readonly changed = new vscode.EventEmitter<SidebarNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;

  /** build(): the view's nodes now; documentUri(): the document reveal targets refer to. */
  constructor(
    private readonly build: () => SidebarNode[],
    private readonly documentUri: () => string | undefined,
  ) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(element?: SidebarNode): SidebarNode[] {
    return element ? element.children ?? [] : this.build();
  }

  getTreeItem(node: SidebarNode): vscode.TreeItem {
    const state = node.children?.length
      ? node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed
      : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    if (node.description) item.description = node.description;
    item.tooltip = node.tooltip ?? (node.description ? `${node.label} — ${node.description}` : node.label);
    if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon, node.iconColor ? new vscode.ThemeColor(node.iconColor) : undefined);
    if (node.checked !== undefined) item.checkboxState = node.checked ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked;
    if (node.contextValue) item.contextValue = node.contextValue;
    const uri = node.reveal?.uri ?? this.documentUri();
    if (node.reveal && uri) {
      const r = node.reveal;
      item.command = { command: REVEAL_COMMAND, title: 'Show in the editor', arguments: [uri, r.line, r.character, r.endLine ?? r.line, r.endCharacter ?? r.character] };
    } else if (node.command) {
      item.command = { command: node.command.command, title: node.command.title, arguments: node.command.args ?? [] };
    }
    // Screen readers read the label and the description; say what a checkbox is for.
    item.accessibilityInformation = { label: [node.label, node.description, node.checked === undefined ? undefined : node.checked ? 'done' : 'not done'].filter(Boolean).join(', ') };
    return item;
  }
}

/** Opens the document and selects the range (arguments as the tree items pass them). */
export async function revealRange(uri: unknown, line: unknown, character: unknown, endLine?: unknown, endCharacter?: unknown): Promise<void> {
  if (typeof uri !== 'string' || typeof line !== 'number' || typeof character !== 'number') return;
  const start = new vscode.Position(Math.max(0, line), Math.max(0, character));
  const end = typeof endLine === 'number' && typeof endCharacter === 'number' ? new vscode.Position(Math.max(0, endLine), Math.max(0, endCharacter)) : start;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false, preview: false });
  editor.selection = new vscode.Selection(start, end);
  editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

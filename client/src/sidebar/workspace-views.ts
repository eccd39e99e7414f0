// The VS Code side of the two workspace views (Action Items, Patterns) and the overdue count in
// the status bar: asks the server (which indexes the workspace) and presents what the pure
// modules make of it. Refreshes when the server says the index changed, and at midnight.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { actionItemNodes, GROUPING_LABELS, isGrouping, nextGrouping, overdueSummary, statusBarText, type Grouping, type ViewState } from './action-items-view';
import { patternNodes } from './patterns-view';
import { isoDay } from './dates';
import { NodeTreeProvider } from './tree';
import type { WorkspaceActionItemsResult, WorkspacePatternsResult } from './types';

export const WORKSPACE_ACTION_ITEMS_METHOD = 'postmortem/workspaceActionItems';
export const WORKSPACE_PATTERNS_METHOD = 'postmortem/workspacePatterns';
export const WORKSPACE_CHANGED_METHOD = 'postmortem/workspaceChanged';
const GROUPING_KEY = 'postmortem.actionItems.grouping';

export function registerWorkspaceViews(context: vscode.ExtensionContext, client: LanguageClient): void {
  const stored = context.workspaceState.get(GROUPING_KEY);
  let grouping: Grouping = isGrouping(stored) ? stored : 'post-mortem';
  let actions: WorkspaceActionItemsResult | undefined;
  let patterns: WorkspacePatternsResult | undefined;
  let state: ViewState = 'loading';
  let today = isoDay(Date.now());

  const actionsProvider = new NodeTreeProvider(() => actionItemNodes(actions, state, grouping, today), () => undefined);
  const patternsProvider = new NodeTreeProvider(() => patternNodes(patterns, state), () => undefined);
  const actionsView = vscode.window.createTreeView('postmortem.actionItems', { treeDataProvider: actionsProvider, showCollapseAll: true });
  const patternsView = vscode.window.createTreeView('postmortem.patterns', { treeDataProvider: patternsProvider, showCollapseAll: true });
  const status = vscode.window.createStatusBarItem('postmortem.overdue', vscode.StatusBarAlignment.Left, 49);
  status.name = 'Post-Mortem Overdue Action Items';
  status.command = 'postmortem.actionItems.focus';
  context.subscriptions.push(actionsView, patternsView, status);

  const render = () => {
    const overdue = overdueSummary(actions, today);
    actionsView.description = `${GROUPING_LABELS[grouping]}${overdue.items ? ` · ${overdue.items} overdue` : ''}`;
    actionsView.badge = overdue.items ? { value: overdue.items, tooltip: `${overdue.items} overdue action item${overdue.items === 1 ? '' : 's'}` } : undefined;
    patternsView.description = patterns?.conditions.length ? `${patterns.conditions.length} recurring` : undefined;
    if (overdue.items) {
      const s = statusBarText(overdue, today);
      status.text = s.text;
      status.tooltip = s.tooltip;
      status.accessibilityInformation = { label: s.tooltip };
      status.show();
    } else status.hide();
    actionsProvider.refresh();
    patternsProvider.refresh();
  };

  let seq = 0;
  const refresh = async () => {
    const mine = ++seq;
    try {
      const [a, p] = await Promise.all([
        client.sendRequest<WorkspaceActionItemsResult>(WORKSPACE_ACTION_ITEMS_METHOD, {}),
        client.sendRequest<WorkspacePatternsResult>(WORKSPACE_PATTERNS_METHOD, {}),
      ]);
      if (mine !== seq) return; // a newer refresh is on its way
      actions = a;
      patterns = p;
      state = 'ready';
    } catch {
      if (mine !== seq) return;
      // Not running yet, or restarting: onDidChangeState asks again.
      state = client.isRunning() ? 'ready' : 'loading';
    }
    render();
  };

  // A new day can make items overdue without any change to the index.
  const midnight = setInterval(() => {
    const now = isoDay(Date.now());
    if (now !== today) {
      today = now;
      render();
    }
  }, 60_000);
  context.subscriptions.push({ dispose: () => clearInterval(midnight) });

  context.subscriptions.push(
    client.onNotification(WORKSPACE_CHANGED_METHOD, () => void refresh()),
    client.onDidChangeState(() => {
      if (client.isRunning()) void refresh();
    }),
    vscode.commands.registerCommand('postmortem.actionItems.toggleGrouping', async () => {
      grouping = nextGrouping(grouping);
      await context.workspaceState.update(GROUPING_KEY, grouping);
      render();
    }),
  );

  if (client.isRunning()) void refresh();
  render();
}

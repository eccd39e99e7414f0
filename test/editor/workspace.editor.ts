// The team's post-mortems as a whole, in a real editor: the Action Items and Patterns views are
// populated from the server's index of the workspace (the examples under postmortems/ and the
// nine post-mortems of test/fixtures/workspace under postmortems/team/), overdue items are
// marked and counted in the status bar, a click opens the row or the factor, the grouping toggle
// regroups, a file written to disk is indexed, and recurring-condition links the earlier
// post-mortems from the open one. What a view shows is read from the workbench (each row's
// accessible label is "label, description") and compared with what the pure modules make of the
// core's own index of the same files.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as vscode from 'vscode';
import { buildModel } from '../../server/src/core/model';
import { detectPostMortem } from '../../server/src/core/detect';
import { WorkspaceIndex, indexPostMortem } from '../../server/src/core/workspace';
import { actionItemsResult, patternsResult } from '../../server/src/lsp/workspace-results';
import { actionItemNodes, overdueSummary, type Grouping } from '../../client/src/sidebar/action-items-view';
import { patternNodes } from '../../client/src/sidebar/patterns-view';
import { isoDay } from '../../client/src/sidebar/dates';
import type { SidebarNode } from '../../client/src/sidebar/nodes';
import { bridgeDir, closeAll, coreOptions, needsUi, ours, ruleOf, runCommand, screenshot, setSetting, settledDiagnostics, ui, waitFor, workspaceRoot } from './helpers';

const OTHER_VIEWS = ['Agenda', 'Prompts', 'Checklists', 'Document Health'];
const WIDER = 560;

/** The core's index of the workspace's post-mortems, keyed as the server keys them (file URIs). */
function coreIndex(): WorkspaceIndex {
  const root = workspaceRoot().fsPath;
  const { config } = coreOptions();
  const index = new WorkspaceIndex();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (!['node_modules', '.git', '.vscode'].includes(name)) walk(p);
        continue;
      }
      if (!/\.(md|markdown)$/i.test(name)) continue;
      const text = readFileSync(p, 'utf8');
      const file = relative(root, p).split('\\').join('/');
      if (!detectPostMortem(file, text, config.files).isPostMortem) continue;
      index.set(indexPostMortem(vscode.Uri.file(p).toString(), file, buildModel(text), config));
    }
  };
  walk(root);
  return index;
}

/** The rows a tree shows from the top: each node, then the children of expanded ones. */
function visibleRows(nodes: SidebarNode[]): string[] {
  const out: string[] = [];
  const walk = (list: SidebarNode[]) => {
    for (const n of list) {
      out.push([n.label, n.description].filter(Boolean).join(', '));
      if (n.expanded && n.children?.length) walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

async function rows(view: string): Promise<string[]> {
  const [r] = await ui([{ viewRows: view }]);
  return (r as string[] | null) ?? [];
}

/** Waits until the rows the view renders are the first rows of `expected` (the list is virtual). */
async function rowsAre(view: string, expected: () => string[], ms = 30_000): Promise<string[]> {
  let last: string[] = [];
  let want: string[] = [];
  try {
    return await waitFor(`${view} to show the expected rows`, async () => {
      last = await rows(view);
      want = expected();
      return last.length >= Math.min(3, want.length) && last.every((r, i) => r === want[i]) && last;
    }, ms);
  } catch (e) {
    throw new Error(`${(e as Error).message}\nrows were:\n  ${last.join('\n  ')}\nexpected (from the top):\n  ${want.slice(0, last.length + 3).join('\n  ')}`);
  }
}

const paneRow = (view: string, label: string) => `.pane:has(.pane-header h3.title:text-is(${JSON.stringify(view)})) .monaco-list-row[aria-label^=${JSON.stringify(label + ', ')}]`;

/** A leaf the view shows now whose label no other node has, so a click can only mean it. */
function uniqueShownLeaf(nodes: SidebarNode[], shown: string[]): SidebarNode {
  const all: SidebarNode[] = [];
  const walk = (list: SidebarNode[]) => list.forEach((n) => (all.push(n), walk(n.children ?? [])));
  walk(nodes);
  const count = (label: string) => all.filter((n) => n.label === label).length;
  const leaf = all.find((n) => n.reveal && count(n.label) === 1 && shown.includes([n.label, n.description].filter(Boolean).join(', ')));
  assert.ok(leaf, `a row with a label of its own among: ${shown.join(' | ')}`);
  return leaf;
}

const headerIf = (view: string, expanded: boolean) => ({ clickIf: `.pane-header[aria-expanded="${expanded}"]:has(h3.title:text-is(${JSON.stringify(view)}))` });

suite('workspace views', () => {
  const today = () => isoDay(Date.now());
  const expectedActions = (grouping: Grouping) => visibleRows(actionItemNodes(actionItemsResult(coreIndex(), false), 'ready', grouping, today()));

  let folded: boolean[] = [];
  suiteSetup(async function () {
    if (!bridgeDir) return;
    await vscode.commands.executeCommand('workbench.view.extension.postmortem');
    // Fold the four facilitation views, so the two workspace views have the room, and widen the
    // sidebar so the screenshots show whole labels.
    folded = (await ui(OTHER_VIEWS.map((t) => headerIf(t, true)))) as boolean[];
    // A wider sidebar, so the screenshots show the labels and descriptions whole.
    await ui([{ widenSidebar: WIDER }]);
  });
  suiteTeardown(async () => {
    await setSetting('rules', undefined);
    await closeAll();
    if (!bridgeDir) return;
    // The layout the later suites expect: the workspace views folded, the others as they were.
    await ui([{ widenSidebar: -WIDER }, headerIf('Action Items', true), headerIf('Patterns', true), ...OTHER_VIEWS.filter((_, i) => folded[i]).map((t) => headerIf(t, false))]);
  });

  test('Action Items lists every action item of the workspace, overdue items marked and counted in the status bar', async function () {
    needsUi(this);
    await vscode.commands.executeCommand('postmortem.actionItems.focus');
    const all = expectedActions('post-mortem');
    assert.ok(all.some((r) => /, overdue \d+ days? \(due \d{4}-\d{2}-\d{2}\)/.test(r)), 'the workspace has overdue items');
    const shown = await rowsAre('Action Items', () => expectedActions('post-mortem'));
    assert.ok(shown.length >= 5, `populated: ${shown.join(' | ')}`);
    await markedOverdue(shown);
    const summary = overdueSummary(actionItemsResult(coreIndex(), false), today());
    assert.ok(summary.items >= 16, `the fixture alone has 16 overdue items (got ${summary.items})`);
    const [status] = await ui([{ texts: '#workbench\\.parts\\.statusbar .statusbar-item' }]);
    const expectedStatus = `${summary.items} action items in ${summary.documents} post-mortems are past their due date`;
    assert.ok((status as string[]).some((t) => t.includes(expectedStatus)), `the status bar says "${expectedStatus}": ${JSON.stringify(status)}`);
    await screenshot('5-action-items-by-post-mortem');
  });

  /** Overdue rows say so in words and carry the red error icon. */
  async function markedOverdue(shown: string[]) {
    const overdue = shown.filter((r) => /, overdue \d+ days? \(due \d{4}-\d{2}-\d{2}\)/.test(r));
    assert.ok(overdue.length > 0, `overdue items are shown and marked: ${shown.join(' | ')}`);
    const [icons] = await ui([{ texts: '.pane:has(.pane-header h3.title:text-is("Action Items")) .monaco-list-row .codicon-error' }]);
    assert.ok((icons as string[]).length >= overdue.length, `${overdue.length} overdue rows, ${(icons as string[]).length} error icons`);
  }

  test('a click on an action item opens its post-mortem at the row', async function () {
    needsUi(this);
    await vscode.commands.executeCommand('postmortem.actionItems.focus');
    const nodes = actionItemNodes(actionItemsResult(coreIndex(), false), 'ready', 'post-mortem', today());
    const item = uniqueShownLeaf(nodes, await rowsAre('Action Items', () => expectedActions('post-mortem')));
    await ui([{ click: paneRow('Action Items', item.label) }]);
    const editor = await waitFor('the post-mortem to open', () => vscode.window.activeTextEditor?.document.uri.toString() === item.reveal!.uri && vscode.window.activeTextEditor);
    assert.equal(editor.selection.start.line, item.reveal!.line);
    assert.ok(editor.document.lineAt(item.reveal!.line).text.includes(item.label.slice(0, 30)), 'the selection is on the item\'s row');
  });

  test('the grouping toggle regroups by owner, then by due week, then by post-mortem', async function () {
    needsUi(this);
    await vscode.commands.executeCommand('postmortem.actionItems.focus');
    await runCommand('postmortem.actionItems.toggleGrouping');
    const byOwner = await rowsAre('Action Items', () => expectedActions('owner'));
    assert.ok(byOwner[0].startsWith('No owner, '), `items without an owner come first, flagged: ${byOwner[0]}`);
    // Overdue first within the group: the view opens on them.
    await markedOverdue(byOwner);
    await screenshot('6-action-items-by-owner');
    await runCommand('postmortem.actionItems.toggleGrouping');
    const byWeek = await rowsAre('Action Items', () => expectedActions('week'));
    assert.ok(byWeek[0].startsWith('Week of '), byWeek[0]);
    await runCommand('postmortem.actionItems.toggleGrouping');
    await rowsAre('Action Items', () => expectedActions('post-mortem'));
  });

  test('a post-mortem written to disk is indexed: its overdue item appears, and leaves with the file', async function () {
    needsUi(this);
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'postmortems', 'team', '2026-01-05-written-on-disk.postmortem.md');
    const text = '# Post-Mortem: Written on disk\n**Date**: 2026-01-05\n\n## Action Items\n| Action | Owner | Due Date | Success Metric | Status |\n|---|---|---|---|---|\n| Add a disk-written overdue check | Kim Ode | 2026-01-20 | The check runs | Open |\n';
    const before = overdueSummary(actionItemsResult(coreIndex(), false), today()).items;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const counted = (n: number) => async () => {
      const [status] = await ui([{ texts: '#workbench\\.parts\\.statusbar .statusbar-item' }]);
      return (status as string[]).some((t) => t.startsWith(`${n} action items in `));
    };
    await waitFor('the status bar to count the new overdue item', counted(before + 1), 30_000);
    await vscode.workspace.fs.delete(uri);
    await waitFor('the status bar to forget it', counted(before), 30_000);
  });

  test('Patterns lists the recurring conditions by their shared terms; a click opens the factor', async function () {
    needsUi(this);
    // Patterns gets the room: Action Items folded while it is read.
    await ui([headerIf('Action Items', true)]);
    await vscode.commands.executeCommand('postmortem.patterns.focus');
    const expected = () => visibleRows(patternNodes(patternsResult(coreIndex(), false), 'ready'));
    const shown = await rowsAre('Patterns', expected);
    assert.match(shown[0], / · .*, [a-z]+ · \d+ post-mortems$/, 'a condition: its terms, its kind and how many post-mortems');
    await screenshot('7-patterns');
    const factor = uniqueShownLeaf(patternNodes(patternsResult(coreIndex(), false), 'ready'), shown);
    await ui([{ click: paneRow('Patterns', factor.label) }]);
    const editor = await waitFor('the factor to open', () => vscode.window.activeTextEditor?.document.uri.toString() === factor.reveal!.uri && vscode.window.activeTextEditor);
    assert.equal(editor.selection.start.line, factor.reveal!.line);
  });

  test('recurring-condition: the open post-mortem links the earlier ones that name the same condition', async () => {
    await setSetting('rules', { 'recurring-condition': 'info' });
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'postmortems', 'team', '2026-09-03-payments-connection-pool.postmortem.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    const ds = await settledDiagnostics(uri, (all) => all.filter((d) => ruleOf(d) === 'recurring-condition').length >= 2, 30_000);
    const found = ds.filter((d) => ruleOf(d) === 'recurring-condition');
    assert.ok(found.every((d) => d.severity === vscode.DiagnosticSeverity.Information));
    const technical = found.find((d) => doc.lineAt(d.range.start.line).text.includes('The upgrade of the database client library'))!;
    assert.ok(technical, 'the changed-defaults factor');
    const linked = (technical.relatedInformation ?? []).map((r) => r.location.uri.path.split('/').pop());
    assert.ok(linked.includes('2026-06-30-search-timeouts.postmortem.md') && linked.includes('2026-03-14-order-email-backlog.postmortem.md'), JSON.stringify(linked));
    assert.ok(ours(uri).length > 0);
    if (!bridgeDir) return;
    // The finding's hover, for the screenshot.
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(technical.range.start.translate(0, 4), technical.range.start.translate(0, 4));
    await vscode.commands.executeCommand('editor.action.showHover');
    const [, hovers] = await ui([{ wait: '.monaco-hover:not(.hidden)' }, { texts: '.monaco-hover:not(.hidden) .hover-contents' }]);
    assert.ok((hovers as string[]).some((t) => t.includes('This condition recurs')), `the hover shows the finding: ${JSON.stringify(hovers)}`);
    await screenshot('8-recurring-condition');
  });
});

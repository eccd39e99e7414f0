// The VS Code side of the sidebar (index.ts, tree.ts, export-command.ts) run against a fake
// `vscode` module and a fake language client: commands and views are registered, the timer
// drives the status bar and notifies once per phase, state survives a reload, checkboxes are
// stored per document, health is requested and refreshed, clicks reveal ranges, export writes.
import { test, mock, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import Module from 'node:module';
import { join } from 'node:path';
import { buildModel } from '../../server/src/core/model';
import { documentHealth } from '../../server/src/core/health';
import { actionItems } from '../../server/src/core/export';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import type { DocumentHealth } from '../../server/src/core/health';
import { FIXTURE, TODAY } from './fixture';
import { actionItemsResult, patternsResult } from '../../server/src/lsp/workspace-results';
import { fixtureIndex } from '../helpers/workspace';

// Resolve `vscode` to the fake for everything loaded from here on.
const fakePath = join(import.meta.dirname, 'fake-vscode.ts');
const M = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const original = M._resolveFilename;
M._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fakePath : original.call(this, request, ...rest);
};
// Loaded after the hook (require, not import, so that it runs after it).
const vscode = require('./fake-vscode') as typeof import('./fake-vscode');
const { registerSidebar } = require('../../client/src/sidebar/index') as typeof import('../../client/src/sidebar/index');
const { fake, resetFake, TreeItemCheckboxState } = vscode;

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 23, 14, 0);
const DOC_A = 'file:///ws/postmortems/a.postmortem.md';
const DOC_B = 'file:///ws/postmortems/b.postmortem.md';
const HEALTH_A: DocumentHealth = documentHealth(buildModel(FIXTURE), [], DEFAULT_CONFIG, TODAY);
const WORKSPACE = fixtureIndex();

function fakeClient() {
  const handlers = new Map<string, (p: unknown) => void>();
  return {
    requests: [] as [string, { uri: string; text?: string }][],
    handlers,
    health: new Map<string, DocumentHealth | null>([[DOC_A, HEALTH_A]]),
    scanning: false,
    async sendRequest(method: string, params: { uri: string; text?: string }) {
      this.requests.push([method, params]);
      if (method === 'postmortem/documentHealth') return this.health.get(params.uri) ?? null;
      if (method === 'postmortem/workspaceActionItems') return actionItemsResult(WORKSPACE, this.scanning);
      if (method === 'postmortem/workspacePatterns') return patternsResult(WORKSPACE, this.scanning);
      if (method === 'postmortem/actionItems') return actionItems(buildModel(params.text ?? fake.files.get(params.uri) ?? ''));
      throw new Error(`unexpected ${method}`);
    },
    onNotification(method: string, handler: (p: unknown) => void) {
      handlers.set(method, handler);
      return { dispose() {} };
    },
    onDidChangeState() {
      return { dispose() {} };
    },
    isRunning: () => true,
  };
}

let context: { subscriptions: { dispose(): unknown }[]; workspaceState: typeof fake.workspaceState };
let client: ReturnType<typeof fakeClient>;
const flush = () => new Promise((r) => setImmediate(r));

function start(keepState = false) {
  if (!keepState) resetFake();
  context = { subscriptions: [], workspaceState: fake.workspaceState };
  client = fakeClient();
  // biome-ignore lint: a structural fake of LanguageClient
  registerSidebar(context as any, client as any);
}
function stop() {
  for (const d of context.subscriptions) d.dispose();
}
function open(uri: string) {
  fake.files.set(uri, FIXTURE);
  fake.activeTextEditor = { document: { uri: vscode.Uri.parse(uri), languageId: 'markdown' } };
  fake.activeEditorChanged.fire(fake.activeTextEditor);
}
function items(viewId: string, parent?: unknown): { node: { id: string }; item: InstanceType<typeof vscode.TreeItem> }[] {
  const view = fake.views.get(viewId)!;
  return (view.provider.getChildren(parent) as { id: string }[]).map((node) => ({ node, item: view.provider.getTreeItem(node) }));
}
function find(viewId: string, id: string, parent?: unknown): { node: { id: string }; item: InstanceType<typeof vscode.TreeItem> } | undefined {
  for (const entry of items(viewId, parent)) {
    if (entry.node.id === id) return entry;
    const inner = find(viewId, id, entry.node);
    if (inner) return inner;
  }
  return undefined;
}

beforeEach(() => mock.timers.enable({ apis: ['setInterval', 'Date'], now: T0 }));
afterEach(() => {
  stop();
  mock.timers.reset();
});

test('registers the six views and every sidebar command', () => {
  start();
  assert.deepEqual([...fake.views.keys()], ['postmortem.agenda', 'postmortem.prompts', 'postmortem.checklists', 'postmortem.health', 'postmortem.actionItems', 'postmortem.patterns']);
  for (const id of ['postmortem.timer.start', 'postmortem.timer.pause', 'postmortem.timer.nextPhase', 'postmortem.timer.reset', 'postmortem.exportActionItems', 'postmortem.sidebar.reveal', 'postmortem.sidebar.refresh', 'postmortem.agenda.choosePreset', 'postmortem.actionItems.toggleGrouping']) {
    assert.ok(fake.commands.has(id), id);
  }
});

test('timer: status bar counts down, turns amber on overrun, notifies once, keeps counting', async () => {
  start();
  await fake.commands.get('postmortem.timer.start')!();
  assert.equal(fake.statusBar.text, '$(watch) Opening 05:00');
  assert.equal(fake.statusBar.command, 'postmortem.timer.pause');
  assert.ok(fake.statusBar.visible);
  mock.timers.tick(2 * MIN);
  assert.equal(fake.statusBar.text, '$(watch) Opening 03:00');
  assert.equal(fake.statusBar.backgroundColor, undefined);
  mock.timers.tick(3 * MIN + 2000);
  await flush();
  assert.equal((fake.statusBar.backgroundColor as { id: string } | undefined)?.id, 'statusBarItem.warningBackground');
  assert.equal(fake.statusBar.text, '$(warning) Opening +00:02');
  const notices = () => fake.messages.filter((m) => m.text.startsWith('Time is up for Opening'));
  assert.equal(notices().length, 1);
  assert.match(notices()[0].text, /Next: Timeline Building\. The timer keeps counting\./);
  mock.timers.tick(5 * MIN);
  assert.equal(notices().length, 1, 'once per phase');
  assert.equal(fake.statusBar.text, '$(warning) Opening +05:02');
  // The agenda view shows the same.
  assert.match(String(find('postmortem.agenda', 'phase:opening')!.item.description), /over by 05:02/);
});

test('next phase marks the phase done in the agenda; pause and reset', async () => {
  start();
  await fake.commands.get('postmortem.timer.start')!();
  mock.timers.tick(4 * MIN);
  await fake.commands.get('postmortem.timer.nextPhase')!();
  assert.equal(find('postmortem.agenda', 'phase:opening')!.item.checkboxState, TreeItemCheckboxState.Checked);
  assert.equal(fake.statusBar.text, '$(watch) Timeline Building 25:00');
  await fake.commands.get('postmortem.timer.pause')!();
  assert.equal(fake.statusBar.text, '$(debug-pause) Timeline Building 25:00');
  assert.equal(fake.statusBar.command, 'postmortem.timer.start');
  fake.messageAnswers.push('Reset');
  await fake.commands.get('postmortem.timer.reset')!();
  assert.equal(fake.statusBar.text, '$(debug-pause) Opening 05:00');
  assert.equal(find('postmortem.agenda', 'phase:opening')!.item.checkboxState, TreeItemCheckboxState.Unchecked);
});

test('a reload resumes the running timer from workspaceState', async () => {
  start();
  await fake.commands.get('postmortem.timer.start')!();
  mock.timers.tick(90_000);
  stop(); // the window reloads: listeners and intervals are gone
  mock.timers.tick(30_000);
  start(true);
  assert.equal(fake.statusBar.text, '$(watch) Opening 03:00');
  mock.timers.tick(60_000);
  assert.equal(fake.statusBar.text, '$(watch) Opening 02:00', 'ticking again after the reload');
});

test('the agenda preset comes from postmortem.facilitation.agendaPreset and can be chosen', async () => {
  resetFake();
  fake.config.set('postmortem.facilitation.agendaPreset', 'brief');
  start(true);
  assert.equal(fake.statusBar.text, '$(debug-pause) Opening 03:00');
  fake.quickPickAnswers.push((list) => list.find((i) => i.label.startsWith('Seed, long')));
  await fake.commands.get('postmortem.agenda.choosePreset')!();
  assert.equal(fake.config.get('postmortem.facilitation.agendaPreset'), 'long');
  assert.match(String(find('postmortem.agenda', 'phase:timeline')!.item.description), /35 min/);
});

test('document health is requested for the active post-mortem and refreshed on postmortem/healthChanged', async () => {
  start();
  const health = () => items('postmortem.health').map((e) => e.node.id);
  assert.deepEqual(health(), ['empty']);
  open(DOC_A);
  await flush();
  assert.deepEqual(client.requests.at(-1), ['postmortem/documentHealth', { uri: DOC_A }]);
  assert.deepEqual(health(), ['title', 'template', 'sections', 'findings', 'timeline', 'actions', 'follow-up', 'facilitator']);
  assert.equal((fake.views.get('postmortem.health') as unknown as { description?: string }).description, 'a.postmortem.md', 'the view names its document');
  // A click reveals the range in that document.
  const timeline = find('postmortem.health', 'section:timeline')!.item;
  assert.deepEqual(timeline.command, { command: 'postmortem.sidebar.reveal', title: 'Show in the editor', arguments: [DOC_A, 10, 0, 10, 21] });
  const before = client.requests.length;
  client.handlers.get('postmortem/healthChanged')!({ uri: DOC_B });
  await flush();
  assert.equal(client.requests.length, before, 'another document changing is ignored');
  client.handlers.get('postmortem/healthChanged')!({ uri: DOC_A });
  await flush();
  assert.equal(client.requests.length, before + 1);
  // A document the server does not treat as a post-mortem.
  open(DOC_B);
  await flush();
  assert.deepEqual(health(), ['not-post-mortem']);
});

test('the reveal command opens the document and selects the range', async () => {
  start();
  fake.files.set(DOC_A, FIXTURE);
  await fake.commands.get('postmortem.sidebar.reveal')!(DOC_A, 10, 0, 10, 21);
  assert.equal(fake.shown.at(-1)!.uri, DOC_A);
  assert.deepEqual(fake.shown.at(-1)!.selection, new vscode.Selection(new vscode.Position(10, 0), new vscode.Position(10, 21)));
  const count = fake.shown.length;
  await fake.commands.get('postmortem.sidebar.reveal')!('not a uri', 'x');
  assert.equal(fake.shown.length, count, 'bad arguments are ignored');
});

test('checklist checks are stored per document', async () => {
  start();
  client.health.set(DOC_B, HEALTH_A);
  open(DOC_A);
  await flush();
  const view = fake.views.get('postmortem.checklists')!;
  const publish = find('postmortem.checklists', 'checklist:immediate/publish')!;
  assert.equal(publish.item.checkboxState, TreeItemCheckboxState.Unchecked);
  view.checkbox.fire({ items: [[publish.node, TreeItemCheckboxState.Checked]] });
  await flush();
  assert.deepEqual(fake.memory.get(`postmortem.checklists:${DOC_A}`), ['immediate/publish']);
  assert.equal(find('postmortem.checklists', 'checklist:immediate/publish')!.item.checkboxState, TreeItemCheckboxState.Checked);
  open(DOC_B);
  await flush();
  assert.equal(find('postmortem.checklists', 'checklist:immediate/publish')!.item.checkboxState, TreeItemCheckboxState.Unchecked);
  open(DOC_A);
  await flush();
  assert.equal(find('postmortem.checklists', 'checklist:immediate/publish')!.item.checkboxState, TreeItemCheckboxState.Checked);
});

test('export action items of the active post-mortem as CSV next to it', async () => {
  start();
  open(DOC_A);
  await flush();
  fake.quickPickAnswers.push(
    (list) => list.find((i) => i.label === 'Active post-mortem'),
    (list) => list.find((i) => i.label === 'CSV'),
    (list) => list[0],
  );
  await fake.commands.get('postmortem.exportActionItems')!();
  const out = fake.written.get('file:///ws/postmortems/a.postmortem.action-items.csv');
  assert.ok(out, [...fake.written.keys()].join(', '));
  assert.equal(out!.split('\r\n')[0], 'Action,Owner,Due Date,Success Metric,Ticket');
  assert.equal(out!.split('\r\n').length, 5);
  assert.deepEqual(client.requests.find(([m]) => m === 'postmortem/actionItems'), ['postmortem/actionItems', { uri: DOC_A }]);
});

test('export all post-mortems as a markdown table, to a chosen location, with a file column', async () => {
  start();
  open(DOC_A);
  await flush();
  fake.files.set(DOC_B, FIXTURE.replace('Add a latency alert', 'Add a queue alert'));
  fake.files.set('file:///ws/README.md', '# Readme\n');
  fake.saveDialogAnswer = vscode.Uri.parse('file:///elsewhere/items.md');
  fake.quickPickAnswers.push(
    (list) => list.find((i) => i.label === 'All post-mortems in the workspace'),
    (list) => list.find((i) => i.label === 'Markdown table'),
    (list) => list.find((i) => i.label === 'Choose a location…'),
  );
  await fake.commands.get('postmortem.exportActionItems')!();
  const out = fake.written.get('file:///elsewhere/items.md')!;
  const lines = out.trim().split('\n');
  assert.equal(lines[0], '| Action | Owner | Due Date | Success Metric | Ticket | file |');
  assert.equal(lines.length, 2 + 6);
  assert.ok(lines.some((l) => l.includes('Add a queue alert') && l.endsWith('| postmortems/b.postmortem.md |')));
  // Files not open are sent with their text.
  assert.ok(client.requests.some(([m, p]) => m === 'postmortem/actionItems' && p.uri === DOC_B && typeof p.text === 'string'));
});

test('export cancelled at any step writes nothing', async () => {
  start();
  open(DOC_A);
  await flush();
  fake.quickPickAnswers.push((list) => list[0], () => undefined);
  await fake.commands.get('postmortem.exportActionItems')!();
  assert.equal(fake.written.size, 0);
});

test('the manifest contributes exactly the views the sidebar creates and every command it registers', () => {
  start();
  const pkg = JSON.parse(require('node:fs').readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'));
  const container = pkg.contributes.viewsContainers.activitybar.find((c: { id: string }) => c.id === 'postmortem');
  assert.equal(container.title, 'Post-Mortem');
  assert.ok(require('node:fs').existsSync(join(import.meta.dirname, '..', '..', container.icon)), 'the icon file exists');
  assert.deepEqual(pkg.contributes.views.postmortem.map((v: { id: string }) => v.id), [...fake.views.keys()]);
  const contributed = new Set(pkg.contributes.commands.map((c: { command: string }) => c.command));
  for (const id of fake.commands.keys()) assert.ok(contributed.has(id), `${id} is in contributes.commands`);
  // Menus only name commands that exist, and start/pause swap on the timer state.
  for (const m of pkg.contributes.menus['view/title'].filter((x: { when: string }) => /postmortem\.(agenda|health|actionItems)/.test(x.when))) {
    assert.ok(fake.commands.has(m.command), m.command);
  }
  const titleMenu = pkg.contributes.menus['view/title'];
  assert.match(titleMenu.find((x: { command: string }) => x.command === 'postmortem.timer.start').when, /postmortem\.timerStatus != running/);
  assert.match(titleMenu.find((x: { command: string }) => x.command === 'postmortem.timer.pause').when, /postmortem\.timerStatus == running/);
  assert.ok(fake.executed.some(([id, key]) => id === 'setContext' && key === 'postmortem.timerStatus'));
});

test('Action Items and Patterns: asked of the server, refreshed when its index changes, grouping toggled and kept', async () => {
  start();
  await flush();
  const asked = () => client.requests.filter(([m]) => m.startsWith('postmortem/workspace')).map(([m]) => m);
  assert.deepEqual(asked(), ['postmortem/workspaceActionItems', 'postmortem/workspacePatterns']);
  const view = fake.views.get('postmortem.actionItems') as unknown as { description?: string; badge?: { value: number } };
  // The fake clock is 2026-11-23: 16 items are past due then.
  assert.equal(view.description, 'by post-mortem · 16 overdue');
  assert.equal(view.badge?.value, 16);
  const groups = items('postmortem.actionItems');
  assert.equal(groups.length, 9);
  assert.equal(groups[0].item.label, 'Order confirmation emails delayed by a consumer backlog');
  // A click on an item opens its post-mortem at the row.
  const [first] = items('postmortem.actionItems', groups[0].node);
  assert.equal(first.item.command!.command, 'postmortem.sidebar.reveal');
  assert.deepEqual(first.item.command!.arguments!.slice(0, 3), [WORKSPACE.documents()[0].key, 48, 0]);
  assert.equal((first.item.iconPath as { id: string }).id, 'error');
  // The status bar counts the overdue items and opens the view.
  const bar = fake.statusBars.get('postmortem.overdue')!;
  assert.equal(bar.visible, true);
  assert.equal(bar.text, '$(warning) 16 overdue');
  assert.equal(bar.command, 'postmortem.actionItems.focus');
  // The toggle: owner, due week, post-mortem; kept in workspaceState.
  await fake.commands.get('postmortem.actionItems.toggleGrouping')!();
  assert.equal(view.description, 'by owner · 16 overdue');
  assert.equal(items('postmortem.actionItems')[0].item.label, 'No owner');
  await fake.commands.get('postmortem.actionItems.toggleGrouping')!();
  assert.equal(view.description, 'by due week · 16 overdue');
  assert.equal(fake.workspaceState.get('postmortem.actionItems.grouping'), 'week');
  // Patterns: the conditions, most widespread first.
  const patterns = items('postmortem.patterns');
  assert.equal(patterns[0].item.label, 'channel · on-call');
  assert.equal(patterns[0].item.description, 'communication · 4 post-mortems');
  // postmortem/workspaceChanged asks again.
  const before = asked().length;
  client.handlers.get('postmortem/workspaceChanged')!({ scanning: false, documents: 9 });
  await flush();
  assert.equal(asked().length, before + 2);
  stop();
  // A reload keeps the grouping.
  start(true);
  await flush();
  assert.equal((fake.views.get('postmortem.actionItems') as unknown as { description?: string }).description, 'by due week · 16 overdue');
});

// The facilitation sidebar: agenda with timer, prompts, checklists and document health, in the
// "Post-Mortem" activity-bar container, and the workspace's action items and patterns. State lives in the plain modules beside this file; this
// file only wires them to VS Code (tree views, status bar, commands, storage, the server).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { agendaPhases, isPresetName, type AgendaPhase } from './agenda';
import { agendaNodes, phaseNodeId, statusBarText } from './agenda-view';
import { checklistNodes } from './checklists';
import { AGENDA, PRESET_NAMES, type PresetName } from './content';
import { isoDay } from './dates';
import { exportActionItems } from './export-command';
import { healthNodes } from './health-view';
import { promptNodes } from './prompts-view';
import { applyChecks, SidebarStore } from './store';
import { dueNotification, markNotified, nextPhase, pauseTimer, resetTimer, startTimer, timerStatus, timerView, type TimerState } from './timer';
import { NodeTreeProvider, REVEAL_COMMAND, revealRange } from './tree';
import { registerWorkspaceViews } from './workspace-views';
import type { DocumentHealth } from './types';

export const DOCUMENT_HEALTH_METHOD = 'postmortem/documentHealth';
export const HEALTH_CHANGED_METHOD = 'postmortem/healthChanged';

export function registerSidebar(context: vscode.ExtensionContext, client: LanguageClient): void {
  const store = new SidebarStore(context.workspaceState);
  const now = () => Date.now();

  const preset = (): PresetName => {
    const value = vscode.workspace.getConfiguration('postmortem').get('facilitation.agendaPreset');
    return isPresetName(value) ? value : 'standard';
  };
  let phases: AgendaPhase[] = agendaPhases(preset());
  let timer: TimerState = store.timer();

  // The post-mortem the views describe: the last markdown editor that was active.
  let documentUri: string | undefined;
  let health: DocumentHealth | null | undefined;
  let healthState: 'none' | 'loading' | 'not-post-mortem' | 'ready' = 'none';

  const agendaProvider = new NodeTreeProvider(() => agendaNodes(phases, timer, store.agendaChecked(), now(), preset()), () => documentUri);
  // After the last phase there is no current phase: the prompts view keeps its reference groups.
  const promptsProvider = new NodeTreeProvider(() => promptNodes(phases[timer.phaseIndex], health?.findings.byRule ?? {}), () => documentUri);
  const checklistProvider = new NodeTreeProvider(
    () => (documentUri && health ? checklistNodes(health, store.checklist(documentUri), isoDay(now())) : [{ id: 'empty', label: documentUri ? 'Checklists apply to post-mortems.' : 'Open a post-mortem to track its preparation and follow-up.', icon: 'info' }]),
    () => documentUri,
  );
  const healthProvider = new NodeTreeProvider(() => healthNodes(health, healthState), () => documentUri);

  const agendaView = vscode.window.createTreeView('postmortem.agenda', { treeDataProvider: agendaProvider, manageCheckboxStateManually: true, showCollapseAll: true });
  const promptsView = vscode.window.createTreeView('postmortem.prompts', { treeDataProvider: promptsProvider, showCollapseAll: true });
  const checklistView = vscode.window.createTreeView('postmortem.checklists', { treeDataProvider: checklistProvider, manageCheckboxStateManually: true, showCollapseAll: true });
  const healthView = vscode.window.createTreeView('postmortem.health', { treeDataProvider: healthProvider, showCollapseAll: true });
  context.subscriptions.push(agendaView, promptsView, checklistView, healthView);

  const status = vscode.window.createStatusBarItem('postmortem.timer', vscode.StatusBarAlignment.Left, 50);
  status.name = 'Post-Mortem Timer';
  context.subscriptions.push(status);

  // --- timer ---------------------------------------------------------------------------------
  let tick: ReturnType<typeof setInterval> | undefined;
  let lastPhase = timer.phaseIndex;
  let lastStatus: string | undefined;

  const renderTimer = () => {
    const s = statusBarText(phases, timer, now());
    status.text = s.text;
    status.tooltip = s.tooltip;
    status.backgroundColor = s.level === 'overrun' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    status.command = s.status === 'running' ? 'postmortem.timer.pause' : 'postmortem.timer.start';
    status.accessibilityInformation = { label: s.tooltip };
    if (s.status !== 'idle' || healthState === 'ready') status.show();
    else status.hide();
    const view = timerView(timer, phases.map((p) => p.minutes), now());
    agendaView.badge = s.status === 'running' && view.level === 'overrun' ? { value: 1, tooltip: 'The current phase has run over' } : undefined;
    if (s.status !== lastStatus) {
      lastStatus = s.status;
      void vscode.commands.executeCommand('setContext', 'postmortem.timerStatus', s.status);
    }
    if (agendaView.visible) agendaProvider.refresh();
    if (timer.phaseIndex !== lastPhase) {
      lastPhase = timer.phaseIndex;
      promptsProvider.refresh();
    }
  };

  const notifyIfDue = () => {
    const due = dueNotification(timer, phases.map((p) => p.minutes), now());
    if (due === undefined) return;
    timer = markNotified(timer, due);
    void store.setTimer(timer);
    const phase = phases[due];
    const next = phases[due + 1];
    // Only a notification: the timer keeps counting and the meeting goes on.
    void vscode.window
      .showInformationMessage(`Time is up for ${phase.title} (${phase.minutes} min).${next ? ` Next: ${next.title}.` : ' Time to close.'} The timer keeps counting.`, ...(next ? ['Next Phase'] : ['Finish']))
      .then((choice) => {
        if (choice) void vscode.commands.executeCommand('postmortem.timer.nextPhase');
      });
  };

  const scheduleTick = () => {
    const running = timerStatus(timer, phases.length) === 'running';
    if (running && !tick) {
      tick = setInterval(() => {
        notifyIfDue();
        renderTimer();
      }, 1000);
    } else if (!running && tick) {
      clearInterval(tick);
      tick = undefined;
    }
  };
  context.subscriptions.push({ dispose: () => tick && clearInterval(tick) });

  const setTimer = async (next: TimerState) => {
    timer = next;
    await store.setTimer(timer);
    scheduleTick();
    notifyIfDue();
    renderTimer();
    agendaProvider.refresh();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('postmortem.timer.start', () => setTimer(startTimer(timer, now(), phases.length))),
    vscode.commands.registerCommand('postmortem.timer.pause', () => setTimer(pauseTimer(timer, now()))),
    vscode.commands.registerCommand('postmortem.timer.nextPhase', async () => {
      // Moving on marks the phase done in the agenda.
      const current = phases[timer.phaseIndex];
      if (current) await store.setAgendaChecked(applyChecks(store.agendaChecked(), [[phaseNodeId(current), true]]));
      await setTimer(nextPhase(timer, now(), phases.length));
    }),
    vscode.commands.registerCommand('postmortem.timer.reset', async () => {
      if (timerStatus(timer, phases.length) !== 'idle') {
        const ok = await vscode.window.showWarningMessage('Reset the meeting timer and the agenda checks?', { modal: true }, 'Reset');
        if (ok !== 'Reset') return;
      }
      await store.setAgendaChecked([]);
      await setTimer(resetTimer());
    }),
    vscode.commands.registerCommand('postmortem.agenda.choosePreset', async () => {
      const current = preset();
      const pick = await vscode.window.showQuickPick(
        PRESET_NAMES.map((name) => ({ label: AGENDA.presets[name].label, description: name === current ? 'current' : '', detail: `${AGENDA.presets[name].minutes.join(' / ')} min · ${AGENDA.presets[name].basis}`, name })),
        { title: 'Agenda preset' },
      );
      if (pick) await vscode.workspace.getConfiguration('postmortem').update('facilitation.agendaPreset', pick.name, vscode.ConfigurationTarget.Workspace);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('postmortem.facilitation.agendaPreset')) return;
      phases = agendaPhases(preset());
      renderTimer();
      agendaProvider.refresh();
      promptsProvider.refresh();
    }),
    agendaView.onDidChangeVisibility(() => agendaProvider.refresh()),
    agendaView.onDidChangeCheckboxState(async (e) => {
      await store.setAgendaChecked(applyChecks(store.agendaChecked(), e.items.map(([node, state]) => [node.id, state === vscode.TreeItemCheckboxState.Checked])));
      agendaProvider.refresh();
    }),
  );

  // --- checklists -----------------------------------------------------------------------------
  context.subscriptions.push(
    checklistView.onDidChangeCheckboxState(async (e) => {
      if (!documentUri) return;
      const changes = e.items
        .filter(([node]) => node.id.startsWith('checklist:') && node.id.includes('/'))
        .map(([node, state]): [string, boolean] => [node.id.slice('checklist:'.length), state === vscode.TreeItemCheckboxState.Checked]);
      await store.setChecklist(documentUri, applyChecks(store.checklist(documentUri), changes));
      checklistProvider.refresh();
    }),
  );

  // --- document health ------------------------------------------------------------------------
  let requestSeq = 0;
  const refreshHealth = async () => {
    const uri = documentUri;
    const seq = ++requestSeq;
    if (!uri) {
      health = undefined;
      healthState = 'none';
    } else {
      healthState = 'loading';
      healthProvider.refresh();
      try {
        const result = await client.sendRequest<DocumentHealth | null>(DOCUMENT_HEALTH_METHOD, { uri });
        if (seq !== requestSeq) return; // a newer request is on its way
        health = result;
        healthState = result ? 'ready' : 'not-post-mortem';
      } catch {
        if (seq !== requestSeq) return;
        // The server is not running yet (or restarting): onDidChangeState asks again.
        health = undefined;
        healthState = 'loading';
      }
    }
    void vscode.commands.executeCommand('setContext', 'postmortem.sidebar.hasPostMortem', !!health);
    // The views keep showing the last post-mortem while another editor has focus: name it.
    const name = documentUri ? decodeURIComponent(documentUri.slice(documentUri.lastIndexOf('/') + 1)) : undefined;
    healthView.description = name;
    checklistView.description = name;
    healthProvider.refresh();
    checklistProvider.refresh();
    promptsProvider.refresh();
    renderTimer();
  };

  const followEditor = (editor: vscode.TextEditor | undefined) => {
    // Focus moving to the sidebar, a panel or a non-markdown file keeps the last post-mortem shown.
    if (!editor || editor.document.languageId !== 'markdown') return;
    const uri = editor.document.uri.toString();
    if (uri === documentUri) return;
    documentUri = uri;
    health = undefined;
    void refreshHealth();
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(followEditor),
    client.onNotification(HEALTH_CHANGED_METHOD, (params: { uri?: unknown }) => {
      if (typeof params?.uri === 'string' && params.uri === documentUri) void refreshHealth();
    }),
    client.onDidChangeState(() => {
      if (client.isRunning()) void refreshHealth();
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (doc.uri.toString() === documentUri && !vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === documentUri)) {
        documentUri = undefined;
        void refreshHealth();
      }
    }),
    vscode.commands.registerCommand(REVEAL_COMMAND, revealRange),
    vscode.commands.registerCommand('postmortem.sidebar.refresh', () => refreshHealth()),
    vscode.commands.registerCommand('postmortem.exportActionItems', () => exportActionItems(client, documentUri ? vscode.Uri.parse(documentUri) : undefined)),
  );

  followEditor(vscode.window.activeTextEditor);
  scheduleTick();
  renderTimer();
  registerWorkspaceViews(context, client);
}

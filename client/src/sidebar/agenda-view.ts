// The Agenda view: the five phases with their minutes, the current one marked with the timer,
// each phase and its seed items checkable.
import type { AgendaPhase } from './agenda';
import type { SidebarNode } from './nodes';
import { formatClock, type TimerState, timerView } from './timer';

export const TIMER_COLORS = { ending: 'charts.yellow', overrun: 'editorWarning.foreground' } as const;

export function phaseNodeId(phase: AgendaPhase): string {
  return `phase:${phase.id}`;
}
export function phaseItemNodeId(phase: AgendaPhase, index: number): string {
  return `phase:${phase.id}:item:${index}`;
}

export function agendaNodes(phases: AgendaPhase[], timer: TimerState, checked: ReadonlySet<string>, now: number, presetLabel: string): SidebarNode[] {
  const view = timerView(timer, phases.map((p) => p.minutes), now);
  const total = phases.reduce((a, p) => a + p.minutes, 0);
  const summary: SidebarNode = {
    id: 'timer',
    label: timerLabel(view.status, view.text, phases[view.phaseIndex]?.title),
    description: `${presetLabel} · ${formatClock(view.meetingElapsedMs)} of ${total}:00`,
    tooltip: 'Meeting timer. Start, pause, move to the next phase or reset from the view title bar or the status bar. The timer never stops the meeting: an overrun is only shown.',
    icon: view.status === 'running' ? (view.level === 'overrun' ? 'warning' : 'watch') : view.status === 'done' ? 'check-all' : 'debug-pause',
    ...(view.level === 'overrun' ? { iconColor: TIMER_COLORS.overrun } : view.level === 'ending' ? { iconColor: TIMER_COLORS.ending } : {}),
    command: { command: view.status === 'running' ? 'postmortem.timer.pause' : 'postmortem.timer.start', title: view.status === 'running' ? 'Pause' : 'Start' },
    contextValue: `timer-${view.status}`,
  };

  const nodes = phases.map((phase, i): SidebarNode => {
    const current = i === view.phaseIndex && view.status !== 'done';
    const spent = timer.spent[i];
    // Short enough for a narrow sidebar: the running phase leads with its clock.
    let description = `${phase.minutes} min`;
    if (current && view.status !== 'idle') description = view.overrunMs > 0 ? `now · over by ${view.text.slice(1)} (${phase.minutes} min)` : `now · ${view.text} left of ${phase.minutes} min`;
    else if (current) description = `now · ${phase.minutes} min`;
    else if (spent !== undefined && i < view.phaseIndex) description += ` · took ${formatClock(spent)}`;
    const children: SidebarNode[] = [
      ...phase.items.map((item, j): SidebarNode => ({
        id: phaseItemNodeId(phase, j),
        label: item.text,
        tooltip: `${item.text} (${item.source})`,
        checked: checked.has(phaseItemNodeId(phase, j)),
      })),
      ...phase.hints.map((hint, j): SidebarNode => ({
        id: `phase:${phase.id}:hint:${j}`,
        label: hint.text,
        description: hint.sources.join(', '),
        tooltip: `Hint (${hint.sources.join(', ')}): ${hint.text}`,
        icon: 'lightbulb',
      })),
    ];
    return {
      id: phaseNodeId(phase),
      label: `${i + 1}. ${phase.title}`,
      description,
      tooltip: `${phase.title}: ${phase.minutes} minutes in this preset (the seed says ${phase.seedMinutes}); starts at minute ${phase.startMinute}.`,
      checked: checked.has(phaseNodeId(phase)),
      ...(current ? { icon: view.level === 'overrun' ? 'warning' : 'play-circle', ...(view.level === 'overrun' ? { iconColor: TIMER_COLORS.overrun } : view.level === 'ending' ? { iconColor: TIMER_COLORS.ending } : {}) } : {}),
      children,
      expanded: current,
      contextValue: current ? 'phase-current' : 'phase',
    };
  });
  return [summary, ...nodes];
}

export function timerLabel(status: string, text: string, phaseTitle: string | undefined): string {
  if (status === 'done') return 'Meeting over';
  if (status === 'idle') return `Not started · ${phaseTitle ?? ''}`.trim();
  if (text.startsWith('+')) return `${phaseTitle}: over by ${text.slice(1)}${status === 'paused' ? ' (paused)' : ''}`;
  return `${phaseTitle}: ${text} left${status === 'paused' ? ' (paused)' : ''}`;
}

/** The status-bar text: a codicon, the phase and the remaining time. */
export function statusBarText(phases: AgendaPhase[], timer: TimerState, now: number): { text: string; tooltip: string; level: string; status: string } {
  const view = timerView(timer, phases.map((p) => p.minutes), now);
  const phase = phases[view.phaseIndex];
  if (view.status === 'done') return { text: '$(check-all) Post-mortem done', tooltip: 'The meeting is over. Reset the timer for a new one.', level: view.level, status: view.status };
  const icon = view.status === 'running' ? (view.level === 'overrun' ? '$(warning)' : '$(watch)') : '$(debug-pause)';
  const text = view.status === 'idle' ? `${icon} ${phase?.title ?? ''} ${formatClock(view.budgetMs)}` : `${icon} ${phase?.title ?? ''} ${view.text}`;
  const tooltip = `${timerLabel(view.status, view.text, phase?.title)}. Phase ${view.phaseIndex + 1} of ${phases.length}. Click to ${view.status === 'running' ? 'pause' : 'start'}.`;
  return { text, tooltip, level: view.level, status: view.status };
}

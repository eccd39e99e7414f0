// The Checklists view: pre-meeting preparation and the three follow-up phases (§6.1, §6.6), each
// with its due date relative to the incident Date, checked per document.
import { addDays, daysBetween } from './dates';
import { CHECKLISTS, type ChecklistPhaseContent, type ChecklistsContent } from './content';
import type { SidebarNode } from './nodes';
import type { DocumentHealth } from './types';

export type DueStatus = 'done' | 'overdue' | 'due-soon' | 'upcoming' | 'undated';

export interface PhaseDue {
  /** ISO date the phase is due by (undefined: no incident Date, or relative to the meeting). */
  due?: string;
  /** The end of a due window (long-term: 60 to 90 days). */
  until?: string;
  /** Where the date comes from, for the tooltip. */
  basis: string;
}

export const DUE_SOON_DAYS = 3;

export function checklistItemKey(phaseId: string, itemId: string): string {
  return `${phaseId}/${itemId}`;
}

export function phaseDue(phase: ChecklistPhaseContent, health: Pick<DocumentHealth, 'incidentDate' | 'followUp'> | undefined): PhaseDue {
  const incident = health?.incidentDate;
  const due = phase.due;
  if (due.relativeTo === 'meeting') return { basis: phase.when };
  if (due.relativeTo === 'followUp') {
    if (health?.followUp.scheduledIso) return { due: health.followUp.scheduledIso, basis: 'the Follow-Up Review date' };
    if (incident && due.fallbackDays !== undefined) return { due: addDays(incident, due.fallbackDays), basis: `incident Date + ${due.fallbackDays} days (no Follow-Up Review date yet)` };
    return { basis: phase.when };
  }
  if (!incident) return { basis: `${phase.when} of the incident (the document has no incident Date)` };
  return {
    due: addDays(incident, due.days ?? 0),
    ...(due.untilDays !== undefined ? { until: addDays(incident, due.untilDays) } : {}),
    basis: due.untilDays !== undefined ? `incident Date + ${due.days}–${due.untilDays} days` : `incident Date + ${due.days} days`,
  };
}

export function dueStatus(due: PhaseDue, allChecked: boolean, today: string): DueStatus {
  if (allChecked) return 'done';
  if (!due.due) return 'undated';
  const last = due.until ?? due.due;
  if (daysBetween(last, today) > 0) return 'overdue';
  if (daysBetween(today, due.due) <= DUE_SOON_DAYS) return 'due-soon';
  return 'upcoming';
}

const STATUS_ICON: Record<DueStatus, { icon: string; color?: string }> = {
  done: { icon: 'pass-filled', color: 'testing.iconPassed' },
  overdue: { icon: 'warning', color: 'editorWarning.foreground' },
  'due-soon': { icon: 'clock', color: 'charts.yellow' },
  upcoming: { icon: 'calendar' },
  undated: { icon: 'checklist' },
};

function describeDue(due: PhaseDue, status: DueStatus, today: string): string {
  if (!due.due) return due.basis;
  const d = daysBetween(today, due.due);
  const when = d === 0 ? 'today' : d > 0 ? `in ${d} day${d === 1 ? '' : 's'}` : `${-d} day${d === -1 ? '' : 's'} ago`;
  const range = due.until ? `${due.due} – ${due.until}` : due.due;
  return status === 'overdue' ? `overdue since ${due.until ?? due.due}` : `due ${range} (${when})`;
}

/** Counts of lint findings that back a checklist item (e.g. participant-missing). */
function ruleNote(rules: string[] | undefined, health: DocumentHealth | undefined): { text: string; first?: SidebarNode['reveal'] } | undefined {
  if (!rules || !health) return undefined;
  const hits = rules.map((id) => ({ id, r: health.findings.byRule[id] })).filter((x) => x.r && x.r.count > 0);
  if (!hits.length) return undefined;
  const first = hits[0].r!.first.range.start;
  return { text: hits.map((h) => `${h.id} ×${h.r!.count}`).join(', '), first: { line: first.line, character: first.character } };
}

function healthNote(kind: string | undefined, health: DocumentHealth | undefined): { text: string; reveal?: SidebarNode['reveal'] } | undefined {
  if (!kind || !health) return undefined;
  if (kind === 'timeline') {
    const t = health.timeline;
    if (!t.present) return { text: 'no timeline yet' };
    const at = t.firstWithoutInfo?.range.start ?? t.range?.start;
    return { text: `${t.rows} rows, ${t.withoutInfo} without Information Available`, ...(at ? { reveal: { line: at.line, character: at.character } } : {}) };
  }
  if (kind === 'actions') {
    const a = health.actions;
    const overdue = a.items.filter((i) => !i.done && i.daysToDue !== undefined && i.daysToDue < 0).length;
    const first = a.missingOwnerOrDate[0]?.range.start ?? a.items[0]?.range.start;
    return { text: `${a.total} items, ${a.missingOwnerOrDate.length} without owner or date${overdue ? `, ${overdue} overdue` : ''}`, ...(first ? { reveal: { line: first.line, character: first.character } } : {}) };
  }
  if (kind === 'facilitator') {
    const f = health.facilitator;
    const at = f.range?.start;
    const text = f.status === 'ok' ? `${f.name}: not in the timeline` : f.status === 'involved' ? `${f.name ?? 'the facilitator'} appears in the timeline` : 'no facilitator named';
    return { text, ...(at ? { reveal: { line: at.line, character: at.character } } : {}) };
  }
  return undefined;
}

export function checklistNodes(health: DocumentHealth | undefined, checked: ReadonlySet<string>, today: string, content: ChecklistsContent = CHECKLISTS): SidebarNode[] {
  return content.phases.map((phase): SidebarNode => {
    const due = phaseDue(phase, health);
    const keys = phase.items.map((i) => checklistItemKey(phase.id, i.id));
    const done = keys.filter((k) => checked.has(k)).length;
    const status = dueStatus(due, done === keys.length, today);
    const icon = STATUS_ICON[status];
    return {
      id: `checklist:${phase.id}`,
      label: phase.title,
      description: `${done}/${keys.length} · ${describeDue(due, status, today)}`,
      tooltip: `${phase.title} (${phase.when}). Due: ${due.due ? describeDue(due, status, today) + ', ' : ''}${due.basis}.`,
      icon: icon.icon,
      ...(icon.color ? { iconColor: icon.color } : {}),
      expanded: status === 'overdue' || status === 'due-soon' || (status === 'undated' && phase.due.relativeTo === 'meeting'),
      contextValue: `checklist-${status}`,
      children: phase.items.map((item): SidebarNode => {
        const key = checklistItemKey(phase.id, item.id);
        const note = healthNote(item.health, health);
        const lint = ruleNote(item.rules, health);
        const sources = item.source ? [item.source] : item.sources ?? [];
        const reveal = note?.reveal ?? lint?.first;
        const actions = [
          ...(item.listActions && health ? actionNodes(health, key) : []),
          ...(item.listParticipantsMissing && health ? participantNodes(health, key) : []),
        ];
        return {
          id: `checklist:${key}`,
          label: item.label,
          description: [note?.text, lint?.text].filter(Boolean).join(' · ') || item.text,
          tooltip: `${item.label}: ${item.text} (${sources.join(', ')})${lint ? `\nFindings: ${lint.text}` : ''}`,
          checked: checked.has(key),
          ...(reveal ? { reveal } : {}),
          ...(actions.length ? { children: actions } : {}),
        };
      }),
    };
  });
}

/** The action items with their due dates, overdue ones marked (for "Progress review"). */
function actionNodes(health: DocumentHealth, parentKey: string): SidebarNode[] {
  return health.actions.items.map((item): SidebarNode => {
    const overdue = !item.done && item.daysToDue !== undefined && item.daysToDue < 0;
    const due = item.done
      ? `done${item.dueIso ? ` (due ${item.dueIso})` : ''}`
      : item.dueIso
      ? overdue ? `overdue since ${item.dueIso}` : `due ${item.dueIso}${item.daysToDue === 0 ? ' (today)' : ` (in ${item.daysToDue} day${item.daysToDue === 1 ? '' : 's'})`}`
      : 'no due date';
    return {
      id: `checklist:${parentKey}:action:${item.line}`,
      label: item.action || '(no action text)',
      description: [due, item.owner && !item.missing.includes('owner') ? item.owner : 'no owner'].join(' · '),
      icon: item.done ? 'pass' : overdue || !item.dueIso ? 'warning' : 'calendar',
      ...(item.done ? { iconColor: 'testing.iconPassed' } : overdue || !item.dueIso ? { iconColor: 'editorWarning.foreground' } : {}),
      reveal: { line: item.range.start.line, character: item.range.start.character },
    };
  });
}

/** Names in the timeline missing from Participants (for "Identify participants"). */
function participantNodes(health: DocumentHealth, parentKey: string): SidebarNode[] {
  return (health.participantsMissing ?? []).map((p, i): SidebarNode => ({
    id: `checklist:${parentKey}:person:${i}`,
    label: p.name,
    description: `in the timeline (line ${p.line + 1}), not in Participants`,
    icon: 'person-add',
    reveal: { line: p.range.start.line, character: p.range.start.character },
  }));
}

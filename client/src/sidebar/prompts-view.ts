// The Prompts view: what to ask in the current phase, with the phase's hints, prompts triggered
// by this document's findings, and the reference groups (psychological safety, pitfalls, the
// facilitator's role, success criteria) at the bottom, collapsed.
import type { AgendaPhase } from './agenda';
import { PROMPTS, type PromptGroup, type PromptsContent } from './content';
import type { SidebarNode } from './nodes';

/** Rule id → count of findings (from the document health), to show the prompts they trigger. */
export type RuleCounts = Record<string, { count: number } | undefined>;

const sourceOf = (g: PromptGroup<unknown>) => (g.source ? [g.source] : g.sources ?? []).join(', ');

function shownIn(group: PromptGroup<unknown>, phaseId: string | undefined): boolean {
  if (!group.phases) return true;
  return group.phases.includes('*') || (phaseId !== undefined && group.phases.includes(phaseId));
}

function textNodes(prefix: string, items: string[], icon?: string): SidebarNode[] {
  return items.map((text, i) => ({ id: `${prefix}:${i}`, label: text, tooltip: text, ...(icon ? { icon } : {}) }));
}

export function promptNodes(phase: AgendaPhase | undefined, rules: RuleCounts, content: PromptsContent = PROMPTS): SidebarNode[] {
  const nodes: SidebarNode[] = [];
  const phaseId = phase?.id;
  if (phase) {
    nodes.push({
      id: 'now',
      label: `Now: ${phase.title}`,
      description: `${phase.minutes} min`,
      icon: 'play-circle',
      expanded: true,
      // The phase's hints first (the agenda view already lists its items as a checklist).
      children: [
        ...phase.hints.map((h, i): SidebarNode => ({ id: `now:${phase.id}:hint:${i}`, label: h.text, description: h.sources.join(', '), tooltip: h.text, icon: 'lightbulb' })),
        ...textNodes(`now:${phase.id}:item`, phase.items.map((i) => i.text), 'circle-small'),
      ],
    });
  }
  const q = content.questioning;
  if (shownIn(q, phaseId)) nodes.push({ id: 'questioning', label: q.title, description: sourceOf(q), icon: 'question', expanded: true, children: textNodes('questioning', q.items, 'comment') });

  const t = content.topics;
  if (shownIn(t, phaseId)) {
    nodes.push({
      id: 'topics',
      label: t.title,
      description: sourceOf(t),
      icon: 'list-tree',
      expanded: false,
      children: t.items.map((topic, i): SidebarNode => ({ id: `topics:${i}`, label: topic.topic, children: textNodes(`topics:${i}`, topic.prompts, 'comment') })),
    });
  }
  const w = content.whenSomeoneSays;
  if (shownIn(w, phaseId)) {
    nodes.push({
      id: 'cues',
      label: w.title,
      description: sourceOf(w),
      icon: 'comment-discussion',
      children: w.items.map((c, i): SidebarNode => ({ id: `cues:${i}`, label: c.prompt, description: `when: ${c.cue}`, tooltip: `When someone says ${c.cue}, ask: ${c.prompt}` })),
    });
  }

  const triggered = content.byFinding.items.filter((entry) => entry.ruleIds.some((id) => (rules[id]?.count ?? 0) > 0));
  if (triggered.length) {
    nodes.push({
      id: 'findings',
      label: content.byFinding.title,
      description: `${triggered.length}`,
      icon: 'warning',
      expanded: true,
      children: triggered.map((entry, i): SidebarNode => {
        const ids = entry.ruleIds.filter((id) => (rules[id]?.count ?? 0) > 0);
        return { id: `findings:${entry.ruleIds.join('+')}`, label: ids.join(', '), description: `${ids.reduce((a, id) => a + (rules[id]?.count ?? 0), 0)}`, children: textNodes(`findings:${i}`, entry.prompts, 'comment') };
      }),
    });
  }

  for (const [key, icon] of [['psychologicalSafety', 'heart'], ['pitfalls', 'error'], ['facilitatorRole', 'person'], ['successCriteria', 'pass']] as const) {
    const g = content[key];
    nodes.push({ id: key, label: g.title, description: sourceOf(g), icon, expanded: false, children: textNodes(key, g.items) });
  }
  return nodes;
}

// The Document health view (§6.7): sections present/missing, findings by category (each linking
// to the first of its kind), timeline rows with/without Information Available, action items and
// what they lack, days to the Follow-Up Review, the facilitator check.
import type { RevealTarget, SidebarNode } from './nodes';
import type { DocumentHealth } from './types';

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
const reveal = (r: Range | undefined): { reveal: RevealTarget } | object =>
  r ? { reveal: { line: r.start.line, character: r.start.character, endLine: r.end.line, endCharacter: r.end.character } } : {};

const OK = { icon: 'pass', iconColor: 'testing.iconPassed' };
const WARN = { icon: 'warning', iconColor: 'editorWarning.foreground' };
const ERR = { icon: 'error', iconColor: 'editorError.foreground' };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function healthNodes(health: DocumentHealth | null | undefined, state: 'none' | 'loading' | 'not-post-mortem' | 'ready'): SidebarNode[] {
  if (state === 'none') return [{ id: 'empty', label: 'Open a post-mortem to see its health.', icon: 'info' }];
  if (state === 'loading' && !health) return [{ id: 'loading', label: 'Checking the document…', icon: 'loading~spin' }];
  if (!health) return [{ id: 'not-post-mortem', label: 'This document is not treated as a post-mortem.', icon: 'info', tooltip: 'Post-mortems are markdown files matching postmortem.files.include, with postmortem front matter, or whose title reads "# Post-Mortem: …".' }];

  const nodes: SidebarNode[] = [];
  if (health.title) nodes.push({ id: 'title', label: health.title, description: [health.incidentDate, health.severity].filter(Boolean).join(' · '), icon: 'file' });

  const tpl = health.template;
  const how = tpl.how === 'auto' ? (tpl.matched.length ? 'detected' : 'default') : tpl.how === 'front-matter' ? 'set in front matter' : 'set in settings';
  nodes.push({
    id: 'template',
    label: `Template: ${tpl.name}`,
    description: how,
    tooltip: `${tpl.description}${tpl.matched.length ? `: ${tpl.matched.join(', ')}` : ''}. Choose another with "template:" in the front matter, .postmortemrc.json or the postmortem.template setting.`,
    icon: 'layout',
  });

  const present = health.sections.filter((s) => s.present);
  nodes.push({
    id: 'sections',
    label: 'Sections',
    description: `${present.length} of ${health.sections.length} present`,
    ...(present.length === health.sections.length ? OK : WARN),
    expanded: present.length < health.sections.length,
    children: health.sections.map((s): SidebarNode => s.present
      ? { id: `section:${s.id}`, label: s.title, description: (s.alias ? `as "${s.heading}"` : s.line !== undefined ? `line ${s.line + 1}` : 'covered') + (s.required ? '' : ' (optional)'), ...OK, ...reveal(s.range) }
      : { id: `section:${s.id}`, label: s.title, description: 'missing', ...WARN }),
  });

  const total = health.findings.total;
  nodes.push({
    id: 'findings',
    label: 'Findings',
    description: total === 0 ? 'none' : `${total}`,
    ...(total === 0 ? OK : health.findings.byCategory.some((c) => c.errors > 0) ? ERR : WARN),
    expanded: total > 0,
    children: health.findings.byCategory.map((c): SidebarNode => ({
      id: `category:${c.category}`,
      label: c.category,
      description: c.count === 0 ? '0' : `${c.count}${c.errors ? ` · ${plural(c.errors, 'error')}` : ''}${c.first ? ` · first: ${c.first.ruleId} (line ${c.first.line + 1})` : ''}`,
      tooltip: c.first ? `First ${c.category} finding, line ${c.first.line + 1}: ${c.first.message} (${c.first.ruleId})` : `No ${c.category} findings.`,
      ...(c.count === 0 ? OK : c.errors ? ERR : WARN),
      ...reveal(c.first?.range),
    })),
  });

  const t = health.timeline;
  nodes.push({
    id: 'timeline',
    label: 'Timeline',
    description: !t.present ? 'missing' : !t.table ? 'not a table' : `${plural(t.rows, 'row')}: ${t.withInfo} with Information Available, ${t.withoutInfo} without`,
    tooltip: t.firstWithoutInfo ? `First row without Information Available: line ${t.firstWithoutInfo.line + 1}` : undefined,
    ...(t.present && t.table && t.withoutInfo === 0 && t.rows > 0 ? OK : WARN),
    ...reveal(t.firstWithoutInfo?.range ?? t.range),
  });

  const a = health.actions;
  const overdue = a.items.filter((i) => !i.done && i.daysToDue !== undefined && i.daysToDue < 0);
  nodes.push({
    id: 'actions',
    label: 'Action items',
    description: !a.present ? 'missing' : `${plural(a.total, 'item')}: ${a.withOwner} with owner, ${a.withDue} with due date, ${a.withMetric} with metric`,
    ...(a.total > 0 && a.missingOwnerOrDate.length === 0 && a.withMetric === a.total ? OK : WARN),
    expanded: a.missingOwnerOrDate.length > 0,
    children: [
      ...a.missingOwnerOrDate.map((item): SidebarNode => ({
        id: `action:${item.line}`,
        label: item.action || '(no action text)',
        description: `line ${item.line + 1}: no ${item.missing.filter((m) => m !== 'metric').map((m) => (m === 'due' ? 'due date' : m)).join(' or ')}`,
        tooltip: `Action item on line ${item.line + 1} lacks ${item.missing.map((m) => (m === 'due' ? 'a due date' : m === 'owner' ? 'an owner' : 'a success metric')).join(', ')}.`,
        ...WARN,
        ...reveal(item.range),
      })),
      ...overdue.map((item): SidebarNode => ({
        id: `overdue:${item.line}`,
        label: item.action || '(no action text)',
        description: `overdue since ${item.dueIso} (${plural(-item.daysToDue!, 'day')})`,
        ...WARN,
        ...reveal(item.range),
      })),
    ],
  });

  const f = health.followUp;
  let followUp: string;
  if (!f.present) followUp = 'no Follow-Up Review section';
  else if (f.daysToReview === undefined) followUp = f.scheduled ? `"${f.scheduled}" is not a date` : 'not scheduled';
  else if (f.daysToReview === 0) followUp = `today (${f.scheduledIso})`;
  else if (f.daysToReview > 0) followUp = `in ${plural(f.daysToReview, 'day')} (${f.scheduledIso})`;
  else followUp = `${plural(-f.daysToReview, 'day')} ago (${f.scheduledIso})`;
  nodes.push({
    id: 'follow-up',
    label: 'Follow-Up Review',
    description: followUp + (f.daysAfterIncident !== undefined ? ` · incident + ${f.daysAfterIncident} days` : ''),
    ...(f.daysToReview !== undefined ? OK : WARN),
    ...reveal(f.range),
  });

  const fac = health.facilitator;
  nodes.push({
    id: 'facilitator',
    label: 'Facilitator',
    description: fac.status === 'ok' ? `${fac.name}: not in the timeline` : fac.status === 'involved' ? `${fac.name ?? 'named'}: appears in the timeline` : 'not named',
    tooltip: 'The facilitator should be someone who was not directly involved in the incident (ETSY-DFG, PD-M).',
    ...(fac.status === 'ok' ? OK : WARN),
    ...reveal(fac.range),
  });
  return nodes;
}

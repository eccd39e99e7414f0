// The Patterns view: the conditions that recur across the workspace's post-mortems, as the server
// found them (contributing factors of one kind, in two or more post-mortems, sharing terms), each
// named by its shared terms and opening to the factors that name it. Pure: the VS Code adapter is
// workspace-views.ts. Everything shown is plain text from the documents.
import type { SidebarNode } from './nodes';
import type { WorkspaceCondition, WorkspacePatternsResult } from './types';
import type { ViewState } from './action-items-view';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** Conditions shown opened, the most widespread first; the rest stay folded. */
const EXPANDED = 3;

export function conditionLabel(c: WorkspaceCondition): string {
  return c.terms.map((t) => t.label).join(' · ');
}

function conditionNode(c: WorkspaceCondition, index: number): SidebarNode {
  const key = `${c.category ?? ''}:${c.terms.map((t) => t.label.toLowerCase()).join('+')}`;
  const services = c.terms.filter((t) => t.kind === 'service').map((t) => t.label);
  return {
    id: `condition:${key}`,
    label: conditionLabel(c),
    description: [c.category, plural(c.documents, 'post-mortem')].filter(Boolean).join(' · '),
    tooltip: [
      `Contributing factors${c.category ? ` of the ${c.category} kind` : ''} in ${plural(c.documents, 'post-mortem')} share the terms ${c.terms.map((t) => `"${t.label}"`).join(', ')}.`,
      services.length ? `Services: ${services.join(', ')}.` : '',
      'Open a factor to read it in its post-mortem.',
    ]
      .filter(Boolean)
      .join('\n'),
    icon: 'references',
    expanded: index < EXPANDED,
    children: c.factors.map((f): SidebarNode => ({
      id: `factor:${key}:${f.uri}#${f.line}`,
      label: clip(f.text, 120),
      description: [f.title ?? f.file.slice(f.file.lastIndexOf('/') + 1), f.incidentDate].filter(Boolean).join(' · '),
      tooltip: `${f.text}\n\n${f.title ?? ''}${f.title ? ' — ' : ''}${f.file}, line ${f.line + 1}`,
      icon: 'circle-small-filled',
      reveal: { uri: f.uri, line: f.range.start.line, character: f.range.start.character, endLine: f.range.end.line, endCharacter: f.range.end.character },
    })),
  };
}

export function patternNodes(result: WorkspacePatternsResult | undefined, state: ViewState): SidebarNode[] {
  if (!result) return [{ id: 'loading', label: state === 'loading' ? 'Waiting for the language server…' : 'The language server is not running.', icon: 'loading~spin' }];
  const nodes: SidebarNode[] = [];
  if (result.scanning) nodes.push({ id: 'scanning', label: `Indexing the workspace's post-mortems… (${result.documents} so far)`, icon: 'loading~spin' });
  if (!result.conditions.length) {
    if (!result.scanning) {
      nodes.push({
        id: 'empty',
        label: result.documents < 2 ? `${plural(result.documents, 'post-mortem')} in the workspace: nothing to compare yet.` : `No recurring conditions in ${plural(result.documents, 'post-mortem')}.`,
        icon: 'info',
        tooltip: 'A condition recurs when contributing factors of one kind (Technical, Process, Communication, Environmental) in two or more post-mortems share at least two terms.',
      });
    }
    return nodes;
  }
  return [...nodes, ...result.conditions.map(conditionNode)];
}

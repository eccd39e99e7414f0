// The seed's template (`shared/seed/blameless-post-mortems.md`), the default profile: its data
// lives in template.ts, which the parser, completion and snippets have always read.
import { HEADER_FIELDS, SECTIONS, type SectionId } from '../template';
import type { SectionRole, TemplateProfile } from './types';

const ROLE: Record<SectionId, SectionRole> = {
  'executive-summary': 'summary',
  timeline: 'timeline',
  'contributing-factors': 'causes',
  'what-went-well': 'went-well',
  'key-learnings': 'learnings',
  'action-items': 'actions',
  'follow-up-review': 'follow-up',
};

export const seed: TemplateProfile = {
  id: 'seed',
  name: 'Blameless post-mortem (seed)',
  description:
    'The blameless post-mortem template this extension is built around: five header fields, Executive Summary, Timeline of Events, Contributing Factors (Technical, Process, Communication, Environmental), What Went Well, Key Learnings, Action Items and Follow-Up Review.',
  builtin: true,
  title: '# Post-Mortem: {title}',
  header: HEADER_FIELDS.map((f) => ({ id: f.id, label: f.label, aliases: f.aliases, required: true, placeholder: f.placeholder, guidance: f.guidance })),
  sections: SECTIONS.map((s) => ({ id: s.id, title: s.title, aliases: s.aliases, role: ROLE[s.id], required: true, skeleton: s.skeleton, guidance: s.guidance })),
  timeline: { columns: ['time', 'event', 'info', 'decision'], list: false },
  actions: { columns: ['action', 'owner', 'due', 'metric'], list: false },
  causes: { minFactors: 2, subsections: true },
  suggestTitles: true,
  shortSummary: true,
};

// The post-mortem template of the seed (`shared/seed/blameless-post-mortems.md`) as data:
// header fields, sections in order with their aliases, skeletons and guidance, and the two
// tables' columns. The parser, the structure rules, completion, hovers and snippets all read it.
import { ZONE_OFFSETS } from './times';

export type HeaderFieldId = 'date' | 'facilitator' | 'participants' | 'severity' | 'duration';

export interface HeaderFieldSpec {
  id: HeaderFieldId;
  label: string;
  /** Labels accepted as this field, with a rename suggested (catalogue §4.1). */
  aliases: string[];
  placeholder: string;
  guidance: string;
}

export const HEADER_FIELDS: HeaderFieldSpec[] = [
  { id: 'date', label: 'Date', aliases: ['Incident date', 'Incident Date'], placeholder: '[Date of incident]', guidance: 'The date of the incident, as ISO `YYYY-MM-DD`. Due dates and the follow-up window are measured from it.' },
  { id: 'facilitator', label: 'Facilitator', aliases: [], placeholder: '[Name]', guidance: 'Who runs the review. Pick someone who was not directly involved in the incident (ETSY-DFG, PD-M).' },
  { id: 'participants', label: 'Participants', aliases: ['Attendees', 'Responders'], placeholder: '[List of attendees]', guidance: 'Everyone who was involved or affected. Invite everyone named in the timeline (ETSY-DFG).' },
  { id: 'severity', label: 'Severity', aliases: ['Sev', 'Priority'], placeholder: '[Critical/High/Medium/Low]', guidance: 'One of the configured levels (default Critical / High / Medium / Low). It sets the due-date SLO of the action items.' },
  { id: 'duration', label: 'Duration', aliases: ['Impact window'], placeholder: '[How long incident lasted]', guidance: 'How long the incident lasted, e.g. "52 minutes" or "2h 10m". Consider separate times to detect, mitigate and resolve.' },
];

/** Header labels that are known and never flagged, though not template fields. */
export const EXTRA_HEADER_LABELS = ['Owner', 'Status', 'Author', 'Authors', 'Incident', 'Incident ID', 'Ticket', 'Reviewers', 'Incident commander', 'Services', 'Service', 'Detection', 'Impact', 'Title'];

export type SectionId =
  | 'executive-summary'
  | 'timeline'
  | 'contributing-factors'
  | 'what-went-well'
  | 'key-learnings'
  | 'action-items'
  | 'follow-up-review';

export interface SectionSpec {
  id: SectionId;
  title: string;
  aliases: string[];
  /** Markdown inserted by the "insert missing section" fix: heading plus the seed's skeleton. */
  skeleton: string;
  /** What belongs here, from the seed; shown when hovering the heading. */
  guidance: string;
}

export const SECTIONS: SectionSpec[] = [
  {
    id: 'executive-summary',
    title: 'Executive Summary',
    aliases: ['Summary', 'Overview', 'Issue Summary', 'Incident Summary', 'Problem Summary', 'TL;DR'],
    skeleton: '## Executive Summary\n[2-3 sentence summary of what happened and key learnings]\n',
    guidance: 'A 2–3 sentence summary of what happened and the key learnings, with the impact in numbers (users, requests, minutes).',
  },
  {
    id: 'timeline',
    title: 'Timeline of Events',
    aliases: ['Timeline', 'Timeline (UTC)', 'Timeline / Recovery Efforts', 'Key Events', 'Sequence of Events'],
    skeleton:
      '## Timeline of Events\n| Time | Event | Information Available | Decision/Action Taken |\n|------|-------|----------------------|----------------------|\n| [HH:MM] | [What happened] | [What was known at that moment] | [What was decided or done] |\n',
    guidance: 'What happened, when, and what information was available at each decision point, in chronological order. Record facts and what was known at the time; keep evaluations and fixes for Key Learnings and Action Items.',
  },
  {
    id: 'contributing-factors',
    title: 'Contributing Factors',
    aliases: ['Root Cause', 'Root Causes', 'Root Cause Analysis', 'Causes', 'Trigger', 'Why It Failed', "Why It Wasn't Caught", 'Fault', 'Leadup'],
    skeleton:
      '## Contributing Factors\n### Technical Factors\n- [List technical conditions that enabled the incident]\n\n### Process Factors\n- [List process gaps or weaknesses]\n\n### Communication Factors\n- [List communication breakdowns or gaps]\n\n### Environmental Factors\n- [List external pressures, constraints, or context]\n',
    guidance: 'The conditions that together enabled the incident: technical, process, communication and environmental. Several factors, never a person or "human error".',
  },
  {
    id: 'what-went-well',
    title: 'What Went Well',
    aliases: ['Things That Went Well', 'What Went Right', 'Went Well'],
    skeleton: '## What Went Well\n- [List things that worked well during incident response]\n',
    guidance: 'Things that worked well during the incident response. A "Where we got lucky" subsection is welcome.',
  },
  {
    id: 'key-learnings',
    title: 'Key Learnings',
    aliases: ['Lessons Learned', 'Lessons', 'Key Takeaways', 'Takeaways', 'Learnings'],
    skeleton: '## Key Learnings\n1. [Primary insight about our system or processes]\n2. [Secondary insight]\n3. [Additional learnings]\n',
    guidance: 'What we learned about our system and processes: the primary insight first.',
  },
  {
    id: 'action-items',
    title: 'Action Items',
    aliases: ['Follow-ups', 'Follow-up Actions', 'Corrective Actions', 'Corrective and Preventative Measures', 'Remediation', 'Remediations', 'Next Steps', 'Action Plan'],
    skeleton:
      '## Action Items\n| Action | Owner | Due Date | Success Metric | Status |\n|--------|-------|----------|----------------|--------|\n| [Specific improvement to a system] | [Name] | [YYYY-MM-DD] | [How we will know it works] | Open |\n',
    guidance: 'Specific, time-bound improvements to systems, each with one owner, a due date and a measurable success metric. The Status column (Open, In progress, Done) says which are finished.',
  },
  {
    id: 'follow-up-review',
    title: 'Follow-Up Review',
    aliases: ['Review Date', 'Follow-up Meeting', 'Retrospective Review'],
    skeleton: '## Follow-Up Review\n**Scheduled for**: [Date 2-4 weeks after incident]  \n**Focus**: Review action item progress and measure improvement effectiveness\n',
    guidance: 'When the team meets again (2–4 weeks after the incident) to review action-item progress and measure whether the improvements work.',
  },
];

/** Sections that are not in the template but are known and never flagged (catalogue §4.2). */
export const KNOWN_EXTRA_SECTIONS = [
  'Impact', 'Resolution', 'Recovery', 'Detection', 'What Went Wrong', 'Where We Got Lucky', 'Glossary', 'Background',
  'Appendix', 'External Message', 'Supporting Information', 'Open Questions',
];

/** Headings whose text reads as customer-facing (catalogue §1.5 "Ext", §2.17). */
export const CUSTOMER_FACING_SECTIONS = ['External Message', 'Customer Communication', 'Status Page', 'Status Page Text', 'Public Summary', 'Customer Message'];

export type ContributingSubsectionId = 'technical' | 'process' | 'communication' | 'environmental';
export const CONTRIBUTING_SUBSECTIONS: { id: ContributingSubsectionId; title: string; skeleton: string }[] = [
  { id: 'technical', title: 'Technical Factors', skeleton: '### Technical Factors\n- [List technical conditions that enabled the incident]\n' },
  { id: 'process', title: 'Process Factors', skeleton: '### Process Factors\n- [List process gaps or weaknesses]\n' },
  { id: 'communication', title: 'Communication Factors', skeleton: '### Communication Factors\n- [List communication breakdowns or gaps]\n' },
  { id: 'environmental', title: 'Environmental Factors', skeleton: '### Environmental Factors\n- [List external pressures, constraints, or context]\n' },
];

/**
 * The seed's Systems Analysis questions, one per contributing-factor subsection (catalogue §6.3):
 * what the hover and sidebar offer against "human error" and single-cause explanations.
 */
export const CONTRIBUTING_FACTOR_QUESTIONS = [
  'What conditions enabled this incident?',
  'What tools or processes could have prevented this?',
  'How did information flow? Where did it break down?',
  'What pressures or constraints influenced actions?',
];

export type TimelineColumn = 'time' | 'event' | 'info' | 'decision';
export const TIMELINE_COLUMNS: { id: TimelineColumn; title: string; aliases: string[]; zoneHeaded?: boolean }[] = [
  // zoneHeaded: "| NZST | UTC | Event |", a column headed by its zone alone holds the times.
  { id: 'time', title: 'Time', aliases: ['time', 'time (utc)', 'when', 'timestamp', 'date/time', 'date and time', 'datetime', 'date time', 'date', 'hour'], zoneHeaded: true },
  { id: 'event', title: 'Event', aliases: ['event', 'what happened', 'events', 'description'] },
  { id: 'info', title: 'Information Available', aliases: ['information available', 'info available', 'what we knew', 'information', 'info', 'known at the time'] },
  { id: 'decision', title: 'Decision/Action Taken', aliases: ['decision/action taken', 'decision / action taken', 'decision', 'action', 'action taken', 'actions taken', 'decision/action', 'decisions'] },
];

export type ActionColumn = 'action' | 'owner' | 'due' | 'metric' | 'type' | 'ticket' | 'status' | 'priority';
export const ACTION_COLUMNS: { id: ActionColumn; title: string; aliases: string[]; required: boolean }[] = [
  { id: 'action', title: 'Action', aliases: ['action', 'action item', 'item', 'task', 'what'], required: true },
  { id: 'owner', title: 'Owner', aliases: ['owner', 'owners', 'assignee', 'who', 'responsible'], required: true },
  { id: 'due', title: 'Due Date', aliases: ['due date', 'due', 'deadline', 'target date', 'by'], required: true },
  { id: 'metric', title: 'Success Metric', aliases: ['success metric', 'metric', 'success criteria', 'success criterion', 'measure of success', 'done when'], required: true },
  { id: 'type', title: 'Type', aliases: ['type', 'kind', 'category'], required: false },
  { id: 'ticket', title: 'Ticket', aliases: ['ticket', 'tracking', 'issue', 'bug', 'link', 'jira'], required: false },
  { id: 'status', title: 'Status', aliases: ['status', 'state'], required: false },
  { id: 'priority', title: 'Priority', aliases: ['priority', 'prio'], required: false },
];

/** Normalises a heading or label for alias comparison: case, trailing `?`/`:`, bracketed zones. */
export function normaliseHeading(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    // "Timeline (UTC)", "Timeline (all times PST) 10/14/2022 - 11/03/2022. All times approximations":
    // a time zone note, and whatever dates the section after it.
    .replace(/\s*\((?:utc|[a-z]{2,5}|all times [^)]*)\)(?:\s.*)?$/i, '')
    .replace(/[?:.\s]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const sectionByName = new Map<string, { spec: SectionSpec; alias: boolean }>();
for (const spec of SECTIONS) {
  sectionByName.set(normaliseHeading(spec.title), { spec, alias: false });
  for (const alias of spec.aliases) sectionByName.set(normaliseHeading(alias), { spec, alias: true });
}

/** The template section a heading names, and whether it does so by an alias. */
export function sectionForHeading(text: string): { spec: SectionSpec; alias: boolean } | undefined {
  const key = normaliseHeading(text);
  return sectionByName.get(key) ?? sectionByName.get(key.replace(/^\d+[.)]\s*/, ''));
}

export function sectionSpec(id: SectionId): SectionSpec {
  return SECTIONS.find((s) => s.id === id)!;
}

const headerByLabel = new Map<string, { spec: HeaderFieldSpec; alias: boolean }>();
for (const spec of HEADER_FIELDS) {
  headerByLabel.set(spec.label.toLowerCase(), { spec, alias: false });
  for (const alias of spec.aliases) headerByLabel.set(alias.toLowerCase(), { spec, alias: true });
}

export function headerFieldForLabel(label: string): { spec: HeaderFieldSpec; alias: boolean } | undefined {
  return headerByLabel.get(label.trim().replace(/\s+/g, ' ').toLowerCase());
}

export function isKnownHeaderLabel(label: string): boolean {
  const l = label.trim().toLowerCase();
  return headerByLabel.has(l) || EXTRA_HEADER_LABELS.some((x) => x.toLowerCase() === l);
}

export function matchColumn<T extends string>(columns: { id: T; aliases: string[]; zoneHeaded?: boolean }[], header: string): T | undefined {
  // "Date and Time in CET": a zone note after the column's name (DFDS's timelines).
  const key = normaliseHeading(header).replace(/\s*\/\s*/g, '/').replace(/\s+in\s+(?:utc|gmt|[a-z]{2,5})(?:\s?[+-]\d{1,2}(?::?\d{2})?)?$/, '');
  for (const c of columns) if (c.aliases.some((a) => a.replace(/\s*\/\s*/g, '/') === key)) return c.id;
  // "Time (approx)", "Time (local)": a qualifier in brackets after the column's name (not a year:
  // "Date (2022)" is a date column beside the times).
  const bare = key.replace(/\s*\((?!\d)[^()]*\)$/, '');
  if (bare !== key) for (const c of columns) if (c.aliases.some((a) => a.replace(/\s*\/\s*/g, '/') === bare)) return c.id;
  // A header that is a zone's abbreviation alone ("UTC", "NZST"), for the column that takes one.
  if (/^[A-Z]{3,5}$/.test(header.trim()) && ZONE_OFFSETS[key] !== undefined) return columns.find((c) => c.zoneHeaded)?.id;
  return undefined;
}

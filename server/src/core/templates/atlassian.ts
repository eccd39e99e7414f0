// Atlassian's incident postmortem template (Atlassian Incident Management Handbook, "Incident
// postmortems", and the Confluence template built from it): Incident summary, Leadup, Fault,
// Impact, Detection, Response, Recovery, Timeline, Five whys, Root cause, Backlog check, Related
// records, Lessons learned and Corrective actions (owner, due date and tracking per action).
import type { TemplateProfile } from './types';

export const atlassian: TemplateProfile = {
  id: 'atlassian',
  name: 'Atlassian',
  description: "Atlassian's handbook postmortem: Incident summary, Leadup, Fault, Impact, Detection, Response, Recovery, Timeline, Five whys, Root cause, Lessons learned, Corrective actions.",
  source: 'https://www.atlassian.com/incident-management/handbook/postmortems',
  builtin: true,
  title: '# Postmortem: {title}',
  header: [
    { id: 'date', label: 'Date', aliases: ['Incident date', 'Incident Date'], required: false, placeholder: '[YYYY-MM-DD]', guidance: 'The date of the incident, as ISO `YYYY-MM-DD`.', titleCounts: true },
    { id: 'owner', label: 'Owner', aliases: ['Postmortem owner', 'Author'], required: false, placeholder: '[Name]', guidance: 'Who owns the postmortem and its approval.' },
    { id: 'severity', label: 'Severity', aliases: ['Sev', 'Priority'], required: false, placeholder: '[Severity]', guidance: 'The incident severity; it sets the due-date window of the priority actions.' },
  ],
  sections: [
    { id: 'incident-summary', title: 'Incident summary', aliases: ['Summary', 'Executive Summary', 'Overview', 'Incident Summary'], role: 'summary', required: true, skeleton: '## Incident summary\n[A few sentences: what happened, why, how severe, and how long the impact lasted]\n', guidance: 'A few sentences: what happened, why, the severity, and how long the impact lasted.' },
    { id: 'leadup', title: 'Leadup', aliases: ['Lead-up', 'Lead up'], role: 'causes', required: true, skeleton: '## Leadup\n[The circumstances and changes that led to the incident]\n', guidance: 'The circumstances that led to the incident, for example earlier changes that introduced a latent bug.' },
    { id: 'fault', title: 'Fault', aliases: ['Faults', 'What failed'], role: 'causes', required: true, skeleton: '## Fault\n[What did not work as expected]\n', guidance: 'What did not work as expected; attach graphs or data that show it.' },
    { id: 'impact', title: 'Impact', aliases: ['Customer Impact', 'User Impact'], role: 'impact', required: true, skeleton: '## Impact\n[What internal and external customers saw, and how many support cases were raised]\n', guidance: 'What internal and external customers saw during the incident, with numbers, including support cases raised.' },
    { id: 'detection', title: 'Detection', aliases: ['How it was detected'], role: 'other', required: true, skeleton: '## Detection\n[How and when the incident was detected, and how that could be faster]\n', guidance: 'How and when the incident was detected, and how the time to detection could be cut.' },
    { id: 'response', title: 'Response', aliases: ['Incident Response'], role: 'other', required: true, skeleton: '## Response\n[Who responded, when and how, and what delayed the response]\n', guidance: 'Who responded, when and how, and what delays or obstacles the response met.' },
    { id: 'recovery', title: 'Recovery', aliases: ['Resolution', 'Mitigation'], role: 'other', required: true, skeleton: '## Recovery\n[How and when service was restored]\n', guidance: 'How and when service was restored, and how the team knew what would mitigate it.' },
    { id: 'timeline', title: 'Timeline', aliases: ['Timeline of Events', 'Timeline (UTC)', 'Sequence of Events', 'Key Events'], role: 'timeline', required: true, skeleton: '## Timeline\n| Time | Event |\n|------|-------|\n| [YYYY-MM-DD HH:MM UTC] | [What happened] |\n', guidance: 'The incident in time order, with time zone: lead-up events, first impact, escalations, decisions, recovery.' },
    { id: 'five-whys', title: 'Five whys', aliases: ['5 whys', 'Five Whys Analysis', '5 Whys Analysis'], role: 'causes', required: false, skeleton: '## Five whys\n1. [Why did the impact happen?]\n2. [Why did that happen?]\n', guidance: 'Start from the impact and ask why until the underlying conditions appear.' },
    { id: 'root-cause', title: 'Root cause', aliases: ['Root causes', 'Blameless root cause', 'Root Cause Analysis', 'Causes', 'Contributing Factors'], role: 'causes', required: true, skeleton: '## Root cause\n[The conditions that must change so this class of incident cannot recur]\n', guidance: 'What must change so that this class of incident cannot happen again: conditions, not people.' },
    { id: 'backlog-check', title: 'Backlog check', aliases: ['Backlog'], role: 'other', required: false, skeleton: '## Backlog check\n[Known issues or planned work in the backlog that relate to this incident]\n', guidance: 'Known issues or planned work in the backlog that relate to the incident, and whether they were prioritised.' },
    { id: 'related-records', title: 'Related records', aliases: ['Recurrence', 'Related incidents', 'Related Incidents', 'Previous incidents'], role: 'other', required: false, skeleton: '## Related records\n- [Links to earlier incidents with the same cause]\n', guidance: 'Earlier incidents with the same cause or symptoms, and why they recurred.' },
    { id: 'lessons-learned', title: 'Lessons learned', aliases: ['Lessons', 'Learnings', 'Key Learnings', 'Takeaways'], role: 'learnings', required: true, skeleton: '## Lessons learned\n- [What went well, what was hard, and what we will do differently]\n', guidance: 'What went well, what could be improved, and where the opportunities are.' },
    { id: 'corrective-actions', title: 'Corrective actions', aliases: ['Follow-up tasks', 'Follow-up actions', 'Follow-ups', 'Actions', 'Action Items', 'Priority actions', 'Remediation'], role: 'actions', required: true, skeleton: '## Corrective actions\n| Action | Owner | Due Date | Ticket |\n|--------|-------|----------|--------|\n| [Specific change to a system] | [Name] | [YYYY-MM-DD] | [link] |\n', guidance: 'The changes that prevent this class of incident, each with who is responsible, when it is due and where it is tracked.' },
  ],
  timeline: { columns: ['time', 'event'], list: true },
  actions: { columns: ['action', 'owner', 'due'], list: true },
  causes: { minFactors: 0, subsections: false },
  suggestTitles: false,
  shortSummary: false,
};

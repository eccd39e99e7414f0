// PagerDuty's postmortem template (PagerDuty Incident Response documentation, "Postmortem
// Template"): Postmortem Owner, Meeting Scheduled For and Call Recording, then Overview, What
// Happened, Contributing Factors, Resolution, Impact, Responders, Timeline (Time | Event | Data
// Link), How'd We Do? (What Went Well, What Didn't Go So Well), Action Items (tickets) and Messaging.
import type { TemplateProfile } from './types';

export const pagerduty: TemplateProfile = {
  id: 'pagerduty',
  name: 'PagerDuty',
  description: "PagerDuty's postmortem: Overview, What Happened, Contributing Factors, Resolution, Impact, Responders, Timeline, How'd We Do?, Action Items, Messaging.",
  source: 'https://response.pagerduty.com/after/post_mortem_template/',
  builtin: true,
  title: '# Postmortem: {title}',
  header: [
    { id: 'owner', label: 'Postmortem Owner', aliases: ['Post-Mortem Owner', 'Post-mortem owner', 'Owner'], required: true, placeholder: '[Name]', guidance: 'The one person who owns the postmortem and its follow-through.' },
    { id: 'meeting', label: 'Meeting Scheduled For', aliases: ['Meeting', 'Postmortem meeting', 'Meeting date'], required: false, placeholder: '[Date and time, within 5 business days]', guidance: 'When the postmortem meeting is, within 5 business days of the incident.' },
    { id: 'recording', label: 'Call Recording', aliases: ['Recording'], required: false, placeholder: '[Link]', guidance: 'A link to the incident call recording.' },
  ],
  sections: [
    { id: 'overview', title: 'Overview', aliases: ['Summary', 'Executive Summary', 'Incident Summary'], role: 'summary', required: true, skeleton: '## Overview\n[One or two sentences: the contributing factors, the timeline in short, and the impact]\n', guidance: 'A short sentence or two summarising the contributing factors, the timeline and the impact.' },
    { id: 'what-happened', title: 'What Happened', aliases: ['Description', 'Incident Description'], role: 'other', required: true, skeleton: '## What Happened\n[A short description of what happened]\n', guidance: 'A short description of what happened.' },
    { id: 'contributing-factors', title: 'Contributing Factors', aliases: ['Root Causes', 'Root Cause', 'Causes', 'Contributing factors'], role: 'causes', required: true, skeleton: '## Contributing Factors\n- [A condition that contributed to the incident]\n', guidance: 'The conditions that contributed, including actions during the response that made it worse, so we can learn from them.' },
    { id: 'resolution', title: 'Resolution', aliases: ['Mitigation', 'Recovery'], role: 'other', required: true, skeleton: '## Resolution\n[What solved the problem: the temporary fix and the long-term solution]\n', guidance: 'What solved the problem; a temporary fix and the long-term solution.' },
    { id: 'impact', title: 'Impact', aliases: ['Customer Impact', 'User Impact'], role: 'impact', required: true, skeleton: '## Impact\n| | |\n|-|-|\n| Time in SEV-1 | [minutes] |\n| Accounts Affected | [number] |\n| Users Affected | [number] |\n| Support Requests Raised | [number] |\n', guidance: 'Exact numbers: time at each severity, notifications or events affected, accounts, users, support requests.' },
    { id: 'responders', title: 'Responders', aliases: ['Participants', 'People involved'], role: 'other', required: false, skeleton: '## Responders\n- [Incident commander]\n- [Scribe]\n- [Everyone else involved]\n', guidance: 'The incident commander, the scribe, and everyone else involved.' },
    { id: 'timeline', title: 'Timeline', aliases: ['Timeline of Events', 'Timeline (UTC)', 'Sequence of Events'], role: 'timeline', required: true, skeleton: '## Timeline\n| Time (UTC) | Event | Data Link |\n| ---------- | ----- | --------- |\n| [HH:MM] | [What happened] | [link] |\n', guidance: 'The contributing factor starting, the page, the status-page update, significant actions and the end of the incident, each with a link to the data.' },
    {
      id: 'how-did-we-do',
      title: "How'd We Do?",
      aliases: ['How did we do', 'How Did We Do?', 'Retrospective'],
      role: 'learnings',
      required: true,
      skeleton: "## How'd We Do?\n### What Went Well?\n- [What we did well]\n\n### What Didn't Go So Well?\n- [What we will follow up on]\n",
      guidance: 'What went well (it is fine to list nothing) and what did not go so well: every point there gets a follow-up.',
      subsections: [
        { title: 'What Went Well', aliases: ['What went right', 'Went well'], role: 'went-well' },
        { title: "What Didn't Go So Well", aliases: ['What did not go so well', "What Didn't Go Well", 'What went wrong', 'What went poorly'], role: 'other' },
      ],
    },
    { id: 'action-items', title: 'Action Items', aliases: ['Action items', 'Follow-ups', 'Follow-up Actions', 'Corrective Actions', 'Remediation', 'Next Steps'], role: 'actions', required: true, skeleton: '## Action Items\n- [Ticket: a specific change to a system]\n', guidance: 'One ticket per action: fixes for the contributing factors, preparedness tasks, the remaining postmortem steps and improvements to incident response.' },
    {
      id: 'messaging',
      title: 'Messaging',
      aliases: ['Communication', 'Communications'],
      role: 'other',
      required: false,
      skeleton: '## Messaging\n### Internal Email\n[A short summary for employees, with a link to this page]\n\n### External Message\n[What we tell customers on the status page]\n',
      guidance: 'The internal email sent after the meeting and the external status-page message.',
      subsections: [
        { title: 'Internal Email', aliases: ['Internal Message', 'Internal'], role: 'other' },
        { title: 'External Message', aliases: ['External', 'Status Page', 'Customer Message'], role: 'external' },
      ],
    },
  ],
  timeline: { columns: ['time', 'event'], list: true },
  actions: { columns: ['action'], list: true },
  causes: { minFactors: 0, subsections: false },
  suggestTitles: false,
  shortSummary: true,
};

// Google's postmortem template, as in the SRE book's example postmortem (Beyer et al., "Site
// Reliability Engineering", 2016, Appendix D): Date, Authors and Status, then Summary, Impact,
// Root Causes, Trigger, Resolution, Detection, Action Items, Lessons Learned (What went well,
// What went wrong, Where we got lucky), Timeline and Supporting information. Its timeline is a
// list of timestamped lines, and its action items a table of Action Item, Type, Owner and Bug.
import type { TemplateProfile } from './types';

export const googleSre: TemplateProfile = {
  id: 'google-sre',
  name: 'Google SRE',
  description:
    "The SRE book's postmortem: Summary, Impact, Root Causes, Trigger, Resolution, Detection, Action Items, Lessons Learned (what went well, what went wrong, where we got lucky), Timeline.",
  source: 'https://sre.google/sre-book/example-postmortem/',
  builtin: true,
  title: '# {title} Postmortem (incident #[number])',
  header: [
    { id: 'date', label: 'Date', aliases: ['Incident date', 'Incident dates', 'Incident date(s)', 'Date(s)'], required: true, placeholder: '[YYYY-MM-DD]', guidance: 'The date of the incident, as ISO `YYYY-MM-DD` (a date in the title also counts).', titleCounts: true },
    { id: 'authors', label: 'Authors', aliases: ['Author', 'Created By', 'Written By', 'Prepared By'], required: false, placeholder: '[names]', guidance: 'Who wrote the postmortem.' },
    { id: 'status', label: 'Status', aliases: ['State'], required: false, placeholder: '[Draft / Complete, action items in progress]', guidance: 'Where the postmortem stands, e.g. "Complete, action items in progress".' },
  ],
  sections: [
    { id: 'summary', title: 'Summary', aliases: ['Executive Summary', 'Incident Summary', 'Issue Summary', 'Overview', 'TL;DR'], role: 'summary', required: true, skeleton: '## Summary\n[One or two sentences: what broke, for how long, and why]\n', guidance: 'One or two sentences: what was down, for how long, and the short version of why.' },
    { id: 'impact', title: 'Impact', aliases: ['Customer Impact', 'User Impact', 'Business Impact'], role: 'impact', required: true, skeleton: '## Impact\n[Who and what was affected, with numbers: queries lost, users, revenue]\n', guidance: 'Who and what was affected, in numbers (requests lost, users, revenue), and what was not.' },
    { id: 'root-causes', title: 'Root Causes', aliases: ['Root Cause', 'Root Cause Analysis', 'Causes', 'Cause', 'Contributing Factors'], role: 'causes', required: true, skeleton: '## Root Causes\n[The conditions that together made the failure possible]\n', guidance: 'The conditions that together made the failure possible: usually several, never a person.' },
    { id: 'trigger', title: 'Trigger', aliases: ['Triggers', 'Trigger Event'], role: 'causes', required: false, skeleton: '## Trigger\n[The event that set the latent conditions off]\n', guidance: 'The event that set the latent conditions off (a release, a traffic spike, a config push).' },
    { id: 'resolution', title: 'Resolution', aliases: ['Mitigation', 'Recovery', 'Resolution and Recovery'], role: 'other', required: true, skeleton: '## Resolution\n[What restored service, and what is still temporary]\n', guidance: 'What restored service, and which measures are still temporary.' },
    { id: 'detection', title: 'Detection', aliases: ['How It Was Detected', 'How We Found Out'], role: 'other', required: true, skeleton: '## Detection\n[How the problem was noticed: which alert, report or person, and when]\n', guidance: 'How the problem was noticed: which alert, report or person, and how long after it started.' },
    { id: 'action-items', title: 'Action Items', aliases: ['Action items', 'Follow-ups', 'Follow-up Actions', 'Corrective Actions', 'Remediation', 'Remediations', 'Next Steps', 'Action Plan'], role: 'actions', required: true, skeleton: '## Action Items\n| Action Item | Type | Owner | Bug |\n|-------------|------|-------|-----|\n| [Specific change to a system] | [prevent / mitigate / process] | [Name] | [link] |\n', guidance: 'Each change the team commits to, with its type (prevent, mitigate, process), one owner and a bug that tracks it.' },
    {
      id: 'lessons-learned',
      title: 'Lessons Learned',
      aliases: ['Lessons learned', 'Lessons', 'Learnings', 'Key Learnings', 'Key Takeaways', 'Takeaways'],
      role: 'learnings',
      required: true,
      skeleton: '## Lessons Learned\n### What went well\n- [What worked during the response]\n\n### What went wrong\n- [What made the incident worse or longer]\n\n### Where we got lucky\n- [What helped by chance rather than by design]\n',
      guidance: 'What went well, what went wrong, and where we got lucky: what the incident taught us about the system.',
      subsections: [
        { title: 'What went well', aliases: ['What went right', 'Things that went well', 'Went well'], role: 'went-well' },
        { title: 'What went wrong', aliases: ['What went poorly', "What didn't go well", 'What did not go well', 'What could have gone better', 'Things that went wrong'], role: 'other' },
        { title: 'Where we got lucky', aliases: ['Where we were lucky', 'Lucky'], role: 'went-well' },
      ],
    },
    { id: 'timeline', title: 'Timeline', aliases: ['Timeline of Events', 'Timeline (UTC)', 'Key Events', 'Sequence of Events', 'Chronology'], role: 'timeline', required: true, skeleton: '## Timeline\n[YYYY-MM-DD] (all times UTC)\n\n- [HH:MM] [What happened]\n', guidance: 'Timestamped lines from the first trigger to the end of the incident, with the zone.' },
    { id: 'supporting-information', title: 'Supporting information', aliases: ['Supporting Information', 'Appendix', 'References', 'Links', 'Supporting Materials'], role: 'other', required: false, skeleton: '## Supporting information\n- [Links to dashboards, logs and chat]\n', guidance: 'Links to dashboards, logs, chat and documents the analysis used.' },
  ],
  timeline: { columns: ['time', 'event'], list: true },
  actions: { columns: ['action', 'owner'], list: true },
  causes: { minFactors: 0, subsections: false },
  suggestTitles: false,
  shortSummary: true,
};

// The minimal profile, for post-mortems in no named template ("What happened / Why / What we'll
// do", blog-style incident reports, a project's own disclosure format): some statement of the
// impact (an Impact section, a summary, or the opening account before the first heading), some
// timeline (a Timeline section, or an opening account that dates the events), and some action
// items (or, in a report that has none, an account of what was fixed or of what will change).
// It asks for nothing else, and accepts the usual names of each part.
import type { TemplateProfile } from './types';

export const any: TemplateProfile = {
  id: 'any',
  name: 'Any (minimal)',
  description: 'Any post-mortem shape: it asks only for an impact statement (an Impact section, a summary or an opening account), a timeline, and action items (or an account of what was fixed or will change).',
  builtin: true,
  title: '# {title}',
  header: [
    { id: 'date', label: 'Date', aliases: ['Incident date', 'Incident Date'], required: false, placeholder: '[YYYY-MM-DD]', guidance: 'The date of the incident, as ISO `YYYY-MM-DD`.', titleCounts: true },
  ],
  sections: [
    { id: 'summary', title: 'What Happened', aliases: ['Summary', 'Overview', 'Executive Summary', 'Incident Summary', 'Issue Summary', 'TL;DR', 'Description', 'What happened?', 'Incident'], role: 'summary', required: false, skeleton: '## What Happened\n[What happened, to whom, and for how long]\n', guidance: 'What happened, to whom, and for how long.' },
    { id: 'impact', title: 'Impact', aliases: ['Customer Impact', 'User Impact', 'Who was affected', 'Scope', 'Impact and Scope', 'What was impacted', 'What was affected', 'Impact Analysis'], role: 'impact', required: true, satisfiedBy: ['summary', 'preamble'], skeleton: '## Impact\n[Who was affected, how, and how many]\n', guidance: 'Who was affected, how, and how many (a summary that says so counts).' },
    { id: 'timeline', title: 'Timeline', aliases: ['Timeline of Events', 'Timeline (UTC)', 'Sequence of Events', 'Key Events', 'Chronology', 'Incident Timeline', 'Detailed Timeline'], role: 'timeline', required: true, satisfiedBy: ['dated-opening'], skeleton: '## Timeline\n- [HH:MM] [What happened]\n', guidance: 'What happened when, in order, with the time zone (an opening account that dates the events counts).' },
    { id: 'why', title: 'Why It Happened', aliases: ['Why', 'Why did it happen', 'How did this happen', 'How it happened', 'Root Cause', 'Root Causes', 'Root Cause Analysis', 'Contributing Factors', 'Causes', 'Cause', 'Analysis', 'Technical Details', 'What went wrong'], role: 'causes', required: false, skeleton: '## Why It Happened\n- [A condition that made the incident possible]\n', guidance: 'The conditions that made the incident possible.' },
    { id: 'resolution', title: 'Resolution', aliases: ['Mitigation', 'Recovery', 'Remediation and Recovery', 'Resolution and Recovery', 'Recovery and Resolution', 'Resolution and Remediation', 'How we fixed it', 'Response', 'Fix', 'The Fix', 'Details of Fix', 'Details of Mitigation', 'Solution', 'The Solution', 'How was it fixed', 'How it was fixed', 'How we fixed it', 'Mitigations', 'Patch', 'Remediation and Mitigation'], role: 'other', required: false, skeleton: '## Resolution\n[What restored service, and what was fixed]\n', guidance: 'What restored service, and what was fixed.' },
    { id: 'lessons', title: 'Lessons Learned', aliases: ['Lessons', 'Learnings', 'Key Learnings', 'Takeaways', 'Key Takeaways'], role: 'learnings', required: false, skeleton: '## Lessons Learned\n- [What we learned about the system]\n', guidance: 'What the incident taught us about the system.' },
    { id: 'actions', title: "What We'll Do", aliases: ['What we will do', "What we're doing about it", 'What we are doing about it', 'Next Steps', 'Action Items', 'Follow-ups', 'Follow-up Actions', 'Corrective Actions', 'Remediation', 'Remediations', 'Action Plan', 'Preventive Measures', 'Prevention', 'Improvements', 'Future Work', 'Going forward', 'Conclusion and next steps', 'Actions', 'Follow-up Tasks', 'Follow-up Items', 'Recommendations', 'What could be done to avoid this in future', 'What we could do to prevent this happening again', 'Preventing recurrence', 'Preventive Actions', 'Preventative Measures', 'What we are changing', "What we're changing"], role: 'actions', required: true, satisfiedBy: ['resolution', 'commitment'], skeleton: "## What We'll Do\n- [A specific change to a system]\n", guidance: 'The specific changes that will make this less likely or less harmful, each with someone who owns it.' },
  ],
  timeline: { columns: ['time', 'event'], list: true },
  actions: { columns: ['action'], list: true },
  causes: { minFactors: 0, subsections: false },
  suggestTitles: false,
  shortSummary: false,
};

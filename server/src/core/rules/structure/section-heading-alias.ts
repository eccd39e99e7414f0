// §4.2 PM210: a heading uses an alias of a template section (Summary → Executive Summary).
import type { Rule, RuleFinding } from '../../types';
import { sectionSpec } from '../../template';

export const rule: Rule = {
  id: 'section-heading-alias',
  category: 'structure',
  defaultSeverity: 'info',
  description: 'A section heading uses an alias (Summary, Timeline, Root Cause, Lessons Learned, Follow-ups, ...) instead of the template title.',
  explanation:
    'The section is recognised and checked as the template section it stands for, so nothing is missing. Renaming it to the template title keeps post-mortems uniform, ' +
    'and some titles steer the content: "Contributing Factors" invites several conditions where "Root Cause" invites one, and "Follow-ups" holds the action items, not the follow-up review.',
  sources: ['seed', 'PD-W', 'ALL-IH'],
  check(model) {
    const findings: RuleFinding[] = [];
    for (const s of model.topSections) {
      if (!s.id || !s.alias) continue;
      const spec = sectionSpec(s.id);
      const { start, end } = s.heading.textSpan;
      if (end <= start) continue;
      const raw = model.source.slice(start, end);
      // Keep a leading number ("2. Summary") and a trailing time zone ("Timeline (UTC)").
      const prefix = /^\d+[.)]\s*/.exec(raw)?.[0] ?? '';
      const suffix = /\s*\((?:utc|[a-z]{2,5}|all times [^)]*)\)\s*$/i.exec(raw)?.[0] ?? '';
      const editStart = start + prefix.length;
      const editEnd = end - suffix.length;
      if (editEnd <= editStart) continue;
      findings.push({
        start: editStart,
        end: editEnd,
        message: `"${s.heading.text}" is read as ${spec.title}; rename the heading to the template title.`,
        fixes: [{ title: `Rename to "${spec.title}"`, edits: [{ start: editStart, end: editEnd, newText: spec.title }], safe: true, preferred: true }],
      });
    }
    return findings;
  },
};

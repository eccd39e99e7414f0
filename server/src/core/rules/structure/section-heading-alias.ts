// §4.2 PM210: a heading uses an alias of a template section (Summary → Executive Summary).
import type { Rule, RuleFinding } from '../../types';
import { profileOf } from '../../templates/document';

export const rule: Rule = {
  id: 'section-heading-alias',
  category: 'structure',
  defaultSeverity: 'info',
  description: 'A section heading uses an alias (Summary, Timeline, Root Cause, Lessons Learned, Follow-ups, ...) instead of the template title.',
  explanation:
    'The section is recognised and checked as the template section it stands for, so nothing is missing. Renaming it to the template title keeps post-mortems uniform, ' +
    'and some titles steer the content: "Contributing Factors" invites several conditions where "Root Cause" invites one, and "Follow-ups" holds the action items, not the follow-up review. ' +
    'It applies to the seed\'s template and to a team\'s own profile (unless it sets `suggestTitles: false`); the Google SRE, Atlassian, PagerDuty and minimal profiles accept their aliases as written.',
  sources: ['seed', 'PD-W', 'ALL-IH'],
  check(model) {
    const findings: RuleFinding[] = [];
    const profile = profileOf(model);
    if (!profile.suggestTitles) return [];
    for (const s of model.topSections) {
      if (!s.key || !s.alias) continue;
      const spec = profile.sections.find((p) => p.id === s.key);
      if (!spec) continue;
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

// §4.2 PM211 / PM215: a template section (or contributing-factor subsection) has no content.
import type { Rule, RuleFinding } from '../../types';
import type { Section } from '../../model';
import { CONTRIBUTING_SUBSECTIONS } from '../../template';
import type { SectionRole } from '../../templates/index';
import { profileOf } from '../../templates/document';
import { relevel, sectionHasContent, withEol } from './shared';

/** Sections whose own rule reports an empty body more precisely (when that rule is on). */
const REPORTED_ELSEWHERE: Partial<Record<SectionRole, string>> = {
  timeline: 'timeline-missing',
  actions: 'actions-none',
  'follow-up': 'follow-up-missing',
};

export const rule: Rule = {
  id: 'section-empty',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'A template section or contributing-factor subsection has a heading but no content ("None identified" counts as content).',
  explanation:
    'An empty section looks like a question that was skipped. If there is truly nothing to say, write "None identified" (or "None"): that records a decision rather than an omission. ' +
    'What Went Well may legitimately be short, but it is rarely empty: something worked, even if it was luck.',
  sources: ['seed', 'PD-W'],
  check(model, context) {
    const findings: RuleFinding[] = [];
    const check = (s: Section, title: string, skeleton: string) => {
      // Subsection headings without text: each empty subsection is reported, not the parent.
      if (sectionHasContent(model, s) || s.children.length) return;
      const body = relevel(skeleton, s.depth).split('\n').slice(1).join('\n').replace(/\n+$/, '');
      if (!body) return;
      // A blank line after the placeholder when text follows, so the two never merge into one
      // paragraph (or a setext heading) and the section stays empty after the fix.
      const textFollows = /^(\r\n|\n|\r)[ \t]*\S/.test(model.source.slice(s.heading.span.end, s.heading.span.end + 200));
      const newText = model.lines.eol + withEol(model, body) + (textFollows ? model.lines.eol : '');
      findings.push({
        ...s.heading.span,
        message: `The ${title} section is empty.`,
        fixes: [{ title: 'Insert a placeholder', edits: [{ start: s.heading.span.end, end: s.heading.span.end, newText }], safe: true, preferred: true }],
      });
    };
    const profile = profileOf(model);
    for (const s of model.topSections) {
      const spec = profile.sections.find((p) => p.id === s.key);
      if (!spec) continue;
      const elsewhere = REPORTED_ELSEWHERE[spec.role];
      if (elsewhere && context.severityOf(elsewhere) !== 'off') continue;
      // Depth of the template skeleton: its `##` follows the section's own level.
      check(s, spec.title, relevel(spec.skeleton, 2));
      if (s.id !== 'contributing-factors' || !profile.causes.subsections) continue;
      for (const child of s.children) {
        const sub = CONTRIBUTING_SUBSECTIONS.find((c) => c.id === child.subsection);
        if (sub) check(child, sub.title, sub.skeleton.replace(/^###/, '##'));
      }
    }
    return findings;
  },
};

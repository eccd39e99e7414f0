// §4.2 (off by default): template sections are not in template order.
import type { Rule, RuleFinding } from '../../types';
import { SECTIONS, sectionSpec } from '../../template';

const rank = (id: string) => SECTIONS.findIndex((s) => s.id === id);

export const rule: Rule = {
  id: 'section-order',
  category: 'structure',
  defaultSeverity: 'off',
  description: 'The template sections are not in template order.',
  explanation:
    'The template follows the order of the review: what happened, why it could happen, what worked, what we learned, what we change, when we check. ' +
    'Readers who know the template find each part where they expect it. Off by default; the fix moves the section.',
  sources: ['seed'],
  check(model) {
    const findings: RuleFinding[] = [];
    const present = model.topSections.filter((s) => s.id);
    const src = model.source;
    const eol = model.lines.eol;
    for (let i = 0; i < present.length; i++) {
      const s = present[i];
      const r = rank(s.id!);
      // The first earlier section that the template puts after this one.
      const target = present.slice(0, i).find((p) => rank(p.id!) > r);
      if (!target) continue;
      let text = src.slice(s.span.start, s.span.end);
      if (!/(\r\n|\n|\r)$/.test(text)) text += eol;
      if (!/(\r\n|\n|\r)[ \t]*(\r\n|\n|\r)$/.test(text)) text += eol;
      findings.push({
        ...s.heading.span,
        message: `${sectionSpec(s.id!).title} comes after ${sectionSpec(target.id!).title}; the template puts it before.`,
        fixes: [
          {
            title: `Move ${sectionSpec(s.id!).title} before ${sectionSpec(target.id!).title}`,
            edits: [
              { start: target.span.start, end: target.span.start, newText: text },
              { start: s.span.start, end: s.span.end, newText: '' },
            ],
            safe: true,
            preferred: true,
          },
        ],
      });
    }
    return findings;
  },
};

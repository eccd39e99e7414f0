// §4.2 (off by default): template sections are not in template order.
import type { Rule, RuleFinding } from '../../types';
import { profileOf } from '../../templates/document';
import { endsWithBlankLine, endsWithLineBreak } from './shared';

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
    const sections = profileOf(model).sections;
    const rank = (key: string) => sections.findIndex((s) => s.id === key);
    const titleOf = (key: string) => sections[rank(key)].title;
    const present = model.topSections.filter((s) => s.key);
    const src = model.source;
    const eol = model.lines.eol;
    for (let i = 0; i < present.length; i++) {
      const s = present[i];
      const r = rank(s.key!);
      // The first earlier section that the template puts after this one.
      const target = present.slice(0, i).find((p) => rank(p.key!) > r);
      if (!target) continue;
      let text = src.slice(s.span.start, s.span.end);
      if (!endsWithLineBreak(text)) text += eol;
      if (!endsWithBlankLine(text)) text += eol;
      // Moving the last section away leaves one final line break, not a blank line.
      let cut = s.span.start;
      if (s.span.end === src.length) {
        const kept = src.slice(0, s.span.start).replace(/\s+$/, '').length;
        if (kept > target.span.start) cut = Math.min(s.span.start, kept + eol.length);
      }
      findings.push({
        ...s.heading.span,
        message: `${titleOf(s.key!)} comes after ${titleOf(target.key!)}; the template puts it before.`,
        fixes: [
          {
            title: `Move ${titleOf(s.key!)} before ${titleOf(target.key!)}`,
            edits: [
              { start: target.span.start, end: target.span.start, newText: text },
              { start: cut, end: s.span.end, newText: '' },
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

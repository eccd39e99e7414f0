// §4.2 PM210: a template section is absent, under its title and under every alias.
import type { Rule, RuleFinding } from '../../types';
import { SECTIONS } from '../../template';
import { insertBlock, relevel, sectionDepth } from './shared';

export const rule: Rule = {
  id: 'section-missing',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'A template section (Executive Summary, Timeline of Events, Contributing Factors, What Went Well, Key Learnings, Action Items, Follow-Up Review) is missing.',
  explanation:
    'Each section of the template answers a question the review must answer: what happened, in what order and with what information, which conditions contributed, what worked, what we learned, what we will change, and when we will check. ' +
    'A missing section is usually a question nobody asked. Headings under a known alias (Summary, Root Cause, Lessons Learned, Follow-ups, ...) count as the section. ' +
    'The quick fix inserts the seed\'s skeleton at the template position.',
  sources: ['seed', 'PD-W'],
  check(model) {
    const findings: RuleFinding[] = [];
    const depth = sectionDepth(model);
    const src = model.source;
    for (const [i, spec] of SECTIONS.entries()) {
      if (model.section(spec.id)) continue;
      // Before the next template section present, in template order; else at the end of the file.
      const next = SECTIONS.slice(i + 1).map((s) => model.section(s.id)).find((s) => s !== undefined);
      const at = next ? next.heading.span.start : src.length;
      let anchor = next?.heading.span;
      if (!anchor) {
        let line = model.lines.lineCount - 1;
        while (line > 0 && !model.lines.lineText(line).trim()) line--;
        anchor = { start: model.lines.lineStarts[line], end: model.lines.lineEnd(line) };
      }
      findings.push({
        ...anchor,
        message: `Missing section: ${spec.title}.`,
        fixes: [{ title: `Insert the ${spec.title} section`, edits: [insertBlock(model, at, relevel(spec.skeleton, depth))], safe: true, preferred: true }],
      });
    }
    return findings;
  },
};

// §4.2 PM210: a required section of the document's template profile is absent, under its
// title and under every alias (the seed's seven sections by default).
import type { Fix, Rule, RuleFinding } from '../../types';
import { isMissing, profileOf, sectionFor } from '../../templates/document';
import { insertBlock, insertionSwallowed, relevel, sectionDepth } from './shared';

export const rule: Rule = {
  id: 'section-missing',
  category: 'structure',
  defaultSeverity: 'warning',
  description: "A section the document's template requires is missing (the seed's: Executive Summary, Timeline of Events, Contributing Factors, What Went Well, Key Learnings, Action Items, Follow-Up Review).",
  explanation:
    'Each section of the template answers a question the review must answer: what happened, in what order and with what information, which conditions contributed, what worked, what we learned, what we will change, and when we will check. ' +
    'A missing section is usually a question nobody asked. Headings under a known alias (Summary, Root Cause, Lessons Learned, Follow-ups, ...) count as the section. ' +
    'The quick fix inserts the template\'s skeleton at the template position. ' +
    'The sections asked for are those of the document\'s template profile (see "Templates" in the README): a post-mortem written to the Google SRE, Atlassian or PagerDuty template is checked against that template\'s own sections.',
  sources: ['seed', 'PD-W'],
  check(model) {
    const findings: RuleFinding[] = [];
    const depth = sectionDepth(model);
    const src = model.source;
    const sections = profileOf(model).sections;
    for (const [i, spec] of sections.entries()) {
      if (!isMissing(model, spec)) continue;
      // Before the next template section present, in template order; else at the end of the file.
      const next = sections.slice(i + 1).map((s) => sectionFor(model, s)).find((s) => s !== undefined);
      const at = next ? next.heading.span.start : src.length;
      let anchor = next?.heading.span;
      if (!anchor) {
        let line = model.lines.lineCount - 1;
        while (line > 0 && !model.lines.lineText(line).trim()) line--;
        anchor = { start: model.lines.lineStarts[line], end: model.lines.lineEnd(line) };
      }
      // The sections missing between this one and `next` go to the same place: the preferred fix
      // inserts them all, so that fix-all needs one pass, not one per section.
      const group = [spec];
      for (const s of sections.slice(i + 1)) {
        if (sectionFor(model, s)) break;
        if (isMissing(model, s)) group.push(s);
      }
      const insert = (specs: typeof group) => [insertBlock(model, at, specs.map((s) => relevel(s.skeleton, depth)).join('\n'))];
      const safe = !insertionSwallowed(model, at);
      const fixes: Fix[] = [{ title: group.length > 1 ? `Insert the ${group.map((g) => g.title).join(', ')} sections` : `Insert the ${spec.title} section`, edits: insert(group), safe, preferred: true }];
      if (group.length > 1) fixes.push({ title: `Insert only the ${spec.title} section`, edits: insert([spec]) });
      findings.push({ ...anchor, message: `Missing section: ${spec.title}.`, fixes });
    }
    return findings;
  },
};

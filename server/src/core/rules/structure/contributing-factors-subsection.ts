// §4.4 PM231: one of the Contributing Factors subsections (Technical, Process, Communication,
// Environmental by default) is missing. "None identified" under it satisfies the check.
import type { Fix, Rule, RuleFinding } from '../../types';
import type { PostMortem, Section } from '../../model';
import { allBlocks } from '../../model';
import { CONTRIBUTING_SUBSECTIONS, normaliseHeading } from '../../template';
import { profileOf } from '../../templates/document';
import { insertBlock, insertionSwallowed, relevel } from './shared';

function skeletonFor(name: string): string {
  const known = CONTRIBUTING_SUBSECTIONS.find((s) => s.id === name.toLowerCase() || s.title.toLowerCase() === name.toLowerCase());
  return known ? known.skeleton : `### ${name} Factors\n- [List ${name.toLowerCase()} factors, or write "None identified"]\n`;
}

/** True when a heading names the subsection: "Technical", "Technical Factors", "Technical factors (software)". */
function namesSubsection(heading: string, name: string): boolean {
  const h = normaliseHeading(heading).replace(/^\d+[.)]\s*/, '');
  const n = name.toLowerCase();
  return h === n || h.startsWith(n + ' ') || h.startsWith(n + ':');
}

/** A factor line that stands in for a subsection: "**Environmental**: None identified". */
function namedInBody(model: PostMortem, section: Section, name: string): boolean {
  const n = name.toLowerCase();
  for (const b of allBlocks(section)) {
    const texts = [...b.fields.map((f) => f.label), ...(b.list?.items.map((i) => i.text.split(':')[0]) ?? []), ...b.prose.filter((u) => u.kind === 'paragraph').map((u) => u.text.split(':')[0])];
    if (texts.some((t) => { const k = t.replace(/[*_]/g, '').trim().toLowerCase(); return k === n || k === `${n} factors`; })) return true;
  }
  return false;
}

export const rule: Rule = {
  id: 'contributing-factors-subsection',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'Contributing Factors lacks one of its subsections (Technical, Process, Communication, Environmental); "None identified" under it counts.',
  explanation:
    'Incidents rarely have one cause. Asking in turn about technical conditions, process gaps, communication and the environment (pressure, staffing, deadlines) ' +
    'keeps the analysis from stopping at the first explanation, which is often a person. If a category truly has nothing, write "None identified" under it, so that the absence is a decision and not an omission. ' +
    'The list of subsections is the `contributingFactors.subsections` setting. The four-way split is the seed\'s template: documents that follow another template (Google SRE, Atlassian, PagerDuty) are not asked for it.',
  sources: ['seed', 'PD-EPM', 'ALL-IH'],
  check(model, context) {
    if (!profileOf(model).causes.subsections) return [];
    const cf = model.section('contributing-factors');
    if (!cf) return [];
    const wanted = context.config.contributingFactors.subsections;
    const presentIndex = (name: string) => cf.children.find((c) => namesSubsection(c.heading.text, name));
    const missing = wanted.filter((name) => !presentIndex(name) && !namedInBody(model, cf, name));
    if (!missing.length) return [];
    const depth = cf.depth + 1;
    const skeleton = (name: string) => relevel(skeletonFor(name), depth - 1);
    const anyPresent = wanted.some((name) => presentIndex(name));
    if (!anyPresent) {
      const titles = missing.map((n) => skeletonFor(n).split('\n')[0].replace(/^#+\s*/, ''));
      return [
        {
          ...cf.heading.span,
          message: `Contributing Factors has no subsections: add ${titles.join(', ')} (write "None identified" where nothing applies).`,
          fixes: [{ title: 'Insert the contributing-factor subsections', edits: [insertBlock(model, cf.span.end, missing.map(skeleton).join('\n'))], safe: !insertionSwallowed(model, cf.span.end), preferred: true }],
        },
      ];
    }
    const findings: RuleFinding[] = [];
    const titleOf = (name: string) => skeletonFor(name).split('\n')[0].replace(/^#+\s*/, '');
    for (const name of missing) {
      const i = wanted.indexOf(name);
      const next = wanted.slice(i + 1).map(presentIndex).find((s): s is Section => !!s);
      const at = next ? next.span.start : cf.span.end;
      // Missing subsections up to the next present one share the insertion point: insert them together.
      const group = [name];
      for (const n of wanted.slice(i + 1)) {
        if (!missing.includes(n)) break;
        group.push(n);
      }
      const insert = (names: string[]) => [insertBlock(model, at, names.map(skeleton).join('\n'))];
      const fixes: Fix[] = [{ title: `Insert ${group.map(titleOf).join(', ')}`, edits: insert(group), safe: !insertionSwallowed(model, at), preferred: true }];
      if (group.length > 1) fixes.push({ title: `Insert only ${titleOf(name)}`, edits: insert([name]) });
      findings.push({
        ...cf.heading.span,
        message: `Contributing Factors has no ${titleOf(name)} subsection (write "None identified" under it if nothing applies).`,
        fixes,
      });
    }
    return findings;
  },
};

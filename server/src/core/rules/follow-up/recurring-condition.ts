// recurring-condition (issue 13): a contributing factor of this post-mortem belongs to a condition
// that earlier post-mortems of the workspace also name (workspace.ts: the same kind of factor,
// the shared terms). The seed's long-term follow-up asks to "look for connections with other
// incidents"; an incident that repeats a condition is the strongest such connection, and asks
// whether the earlier action items were done and covered it. Category `follow-up`, not
// `structure`: nothing is wrong with the document, the finding is about following up across
// incidents. It reads the workspace from the rule context and is silent without one.
import type { Rule, RuleFinding } from '../../types';
import { contributingFactors } from '../../factors';
import { belongsTo, displayTitle, type FactorRef } from '../../workspace';
import { incidentDate } from '../actions/items';

/** Earlier post-mortems named in the message; the rest are counted. */
const NAMED = 3;
/**
 * Earlier factors linked as related information, the most recent first; the message counts them
 * all. Without a cap, a workspace of n post-mortems sharing a condition holds n² links (every
 * open document's findings link every earlier one), megabytes in the language server.
 */
export const RELATED = 5;
const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

export const rule: Rule = {
  id: 'recurring-condition',
  category: 'follow-up',
  defaultSeverity: 'info',
  description: 'A contributing factor names a condition that earlier post-mortems in the workspace name too.',
  explanation:
    'When the same condition contributes to several incidents, the earlier post-mortems are the first thing to read: were their action items done, and did they address this condition, or only its symptom? ' +
    'Two contributing factors name the same condition when they are of the same kind (Technical, Process, Communication, Environmental) and share at least two terms, and at least a quarter of the terms of the shorter one (services, components; stop words and plurals folded). ' +
    `The finding lists the shared terms and links the earlier factors, the ${RELATED} most recent when there are more (the message says how many there are). ` +
    'It needs the other post-mortems: the language server indexes the workspace, the CLI the paths it is given. Link the earlier post-mortems in the document, or turn the rule off.',
  sources: ['seed', 'SREW', 'ATL'],
  check(model, context) {
    const workspace = context.workspace;
    if (!workspace) return [];
    const conditions = workspace.index.conditions();
    if (!conditions.length) return [];
    const mine = incidentDate(model, context.config);
    const out: RuleFinding[] = [];
    for (const factor of contributingFactors(model)) {
      // The factors of other post-mortems, no later than this incident, in the conditions this
      // factor belongs to; and per post-mortem, the terms it shares with them.
      const earlier = new Map<FactorRef['factor'], FactorRef>();
      const termsByDoc = new Map<string, Map<string, string>>();
      for (const c of conditions) {
        if (!belongsTo(c, factor)) continue;
        for (const r of c.factors) {
          if (r.doc.key === workspace.self || (mine && r.doc.incidentDate && r.doc.incidentDate > mine)) continue;
          earlier.set(r.factor, r);
          const terms = termsByDoc.get(r.doc.key) ?? new Map<string, string>();
          for (const t of c.terms) terms.set(t.key, t.label);
          termsByDoc.set(r.doc.key, terms);
        }
      }
      if (!earlier.size) continue;
      // Most recent first: the last time it happened is the first to read.
      const refs = [...earlier.values()].sort((a, b) => (b.doc.incidentDate ?? '').localeCompare(a.doc.incidentDate ?? '') || a.doc.file.localeCompare(b.doc.file) || a.factor.line - b.factor.line);
      const docs = [...new Map(refs.map((r) => [r.doc.key, r.doc])).values()];
      const named = docs
        .slice(0, NAMED)
        .map((d) => `"${clip(displayTitle(d), 60)}" (${d.incidentDate ?? 'undated'}: ${[...termsByDoc.get(d.key)!.values()].join(', ')})`);
      const more = docs.length > NAMED ? `, and ${docs.length - NAMED} more` : '';
      const linked = refs.length > RELATED ? ` The ${RELATED} most recent of their ${refs.length} factors are linked.` : '';
      const lineEnd = model.lines.lineEnd(model.lines.positionAt(factor.span.start).line);
      out.push({
        start: factor.span.start,
        end: Math.max(factor.span.start, Math.min(factor.span.end, lineEnd)),
        message:
          `This condition recurs: ${docs.length === 1 ? 'an earlier post-mortem names' : `${docs.length} earlier post-mortems name`} it too, with the terms shown: ${named.join(', ')}${more}.${linked} ` +
          'Were their action items done, and did they cover it?',
        related: refs.slice(0, RELATED).map((r) => ({
          file: r.doc.key,
          range: r.factor.range,
          message: `${clip(displayTitle(r.doc), 60)} (${r.doc.incidentDate ?? 'undated'}): ${clip(r.factor.text, 140)}`,
        })),
      });
    }
    return out;
  },
};

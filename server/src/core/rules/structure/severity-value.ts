// §4.1 PM202: the Severity is not in the configured vocabulary; aliases map to it.
import type { Rule, RuleFinding } from '../../types';
import type { ResolvedConfig } from '../../config';
import { isPlaceholderValue } from './shared';

const key = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

/** The configured value a severity alias stands for ("SEV2", "Sev-2", "S2", "sev 2" → High). */
export function severityAlias(token: string, config: ResolvedConfig): string | undefined {
  const map = new Map<string, string>();
  for (const [alias, value] of Object.entries(config.severity.aliases)) map.set(key(alias), value);
  const k = key(token);
  const direct = map.get(k);
  if (direct) return direct;
  const n = /^(?:s|sev|severity)(\d)$/.exec(k);
  if (n) return map.get(`sev${n[1]}`) ?? map.get(`s${n[1]}`);
  return undefined;
}

export const rule: Rule = {
  id: 'severity-value',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'The Severity value is not one of the configured levels (default Critical / High / Medium / Low).',
  explanation:
    'One severity scale across post-mortems makes incidents comparable, and the due-date SLO of the action items is looked up by severity. ' +
    'Common aliases are mapped by the quick fix (SEV0/SEV1 → Critical, SEV2 → High, SEV3 → Medium, SEV4 → Low, Major → High, Minor → Low, and the Sev-2 / S2 / P1 forms); ' +
    'the vocabulary and the alias map are configurable as `severity.values` and `severity.aliases`.',
  sources: ['seed', 'PD-ACC'],
  check(model, context) {
    const field = model.field('severity');
    if (!field || !field.value.trim() || isPlaceholderValue(field.value)) return [];
    const values = context.config.severity.values;
    const plain = field.value.replace(/[*_`]/g, '').trim();
    const known = (s: string) => values.find((v) => v.toLowerCase() === s.toLowerCase());
    if (known(plain)) return [];
    // The leading word carries the level: "High (customer-facing)", "SEV2 - paging".
    const lead = /^[\p{L}\p{N}]+(?:[ -]\d)?/u.exec(plain)?.[0] ?? plain;
    if (known(lead)) return [];
    const findings: RuleFinding[] = [];
    const mapped = severityAlias(lead, context.config) ?? severityAlias(plain, context.config);
    const at = field.valueSpan.start + Math.max(0, field.value.indexOf(lead));
    const span = mapped && severityAlias(lead, context.config) ? { start: at, end: at + lead.length } : field.valueSpan;
    const list = values.join(' / ');
    if (mapped) {
      findings.push({
        ...span,
        message: `Severity "${model.source.slice(span.start, span.end)}" is not one of ${list}; it maps to ${mapped}.`,
        fixes: [{ title: `Change to ${mapped}`, edits: [{ ...span, newText: mapped }], safe: true, preferred: true }],
      });
    } else {
      findings.push({
        ...field.valueSpan,
        message: `Severity "${field.value}" is not one of ${list}.`,
        fixes: values.map((v) => ({ title: `Change to ${v}`, edits: [{ ...field.valueSpan, newText: v }] })),
      });
    }
    return findings;
  },
};

// "Outage" in customer-facing text (catalogue §2.17): info, only in sections whose heading reads
// as customer-facing (External Message, Customer Communication, Status Page, Public Summary).
import { englishProse } from '../../foreign';
import type { Rule, RuleFinding } from '../../types';
import { isExempt, proseSpan } from '../../model';
import { words } from '../../phrases';

// Regexes with \p{…} live at module level: the TypeScript transforms (esbuild, tsx) turn them
// into `new RegExp(…)`, which inside a function is rebuilt on every call.
const STARTS_UPPER = /^\p{Lu}/u;

export const rule: Rule = {
  id: 'outage-wording',
  category: 'language',
  scope: 'prose',
  defaultSeverity: 'info',
  description: '"Outage" in customer-facing text where "incident" or "service degradation" is accurate.',
  explanation:
    '"Outage" tells customers the service was fully unavailable. Unless it was, say "incident" or "service degradation" in customer-facing text.',
  sources: ['PD-W', 'PD-EPM'],
  check(model) {
    const out: RuleFinding[] = [];
    for (const unit of englishProse(model)) {
      if (unit.context !== 'external') continue;
      for (const t of words(unit.text)) {
        if (t.word !== 'outage' && t.word !== 'outages') continue;
        if (isExempt(unit, t.start, t.end)) continue;
        const span = proseSpan(unit, t.start, t.end);
        const plural = t.word.endsWith('s');
        const cap = STARTS_UPPER.test(unit.text[t.start]);
        const alt = (s: string) => (cap ? s[0].toUpperCase() + s.slice(1) : s) + (plural ? 's' : '');
        out.push({
          ...span,
          message: '"Outage" in customer-facing text: say "incident" or "service degradation" unless the service was fully unavailable.',
          phrase: unit.text.slice(t.start, t.end),
          fixes: [
            { title: `Replace with "${alt('incident')}"`, edits: [{ ...span, newText: alt('incident') }], preferred: true },
            { title: `Replace with "${alt('service degradation')}"`, edits: [{ ...span, newText: alt('service degradation') }] },
          ],
        });
      }
    }
    return out;
  },
};

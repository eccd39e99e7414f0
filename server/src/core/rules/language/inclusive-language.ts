// retext-equality's inconsiderate-language checks (gendered, ableist, racially charged words), as
// their own category `language`: not blame, kept apart on purpose (catalogue §1.1).
import type { Rule, RuleFinding } from '../../types';
import { isExempt, proseSpan } from '../../model';
import { retextMessages } from './retext-messages';

export const rule: Rule = {
  id: 'inclusive-language',
  category: 'language',
  scope: 'prose',
  defaultSeverity: 'info',
  description: 'Potentially inconsiderate wording (gendered, ableist, racially charged), from retext-equality.',
  explanation:
    'Post-mortems are read across the organisation. Words like "guys", "crazy" or "blacklist" exclude or hurt some readers; the hover lists neutral alternatives. Turn these checks off with `language.inclusive: false`.',
  sources: ['retext-equality'],
  check(model) {
    const out: RuleFinding[] = [];
    for (const unit of model.prose) {
      if (unit.kind === 'heading') continue;
      for (const m of retextMessages(unit, 'equality')) {
        if (m.end <= m.start || isExempt(unit, m.start, m.end)) continue;
        const span = proseSpan(unit, m.start, m.end);
        const fixes = m.expected.slice(0, 3).map((alt, i) => ({
          title: `Replace "${m.actual}" with "${alt}"`,
          edits: [{ ...span, newText: matchCase(m.actual, alt) }],
          ...(i === 0 ? { preferred: true } : {}),
        }));
        out.push({
          ...span,
          message: m.expected.length
            ? `"${m.actual}" may be insensitive; consider ${m.expected.slice(0, 3).map((e) => `"${e}"`).join(', ')}.`
            : `"${m.actual}" may be insensitive.`,
          phrase: m.actual,
          fixes,
          ...(m.note ? { prompts: [m.note] } : {}),
        });
      }
    }
    return out;
  },
};

/** Keeps a capitalised word capitalised in its replacement. */
export function matchCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

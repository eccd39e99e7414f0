// retext-profanities, off by default: it flags everyday incident words ("failed", "executed").
import { englishProse } from '../../foreign';
import type { Rule, RuleFinding } from '../../types';
import { isExempt, proseSpan } from '../../model';
import { retextMessages } from './retext-messages';

export const rule: Rule = {
  id: 'profanity',
  category: 'language',
  scope: 'prose',
  defaultSeverity: 'off',
  description: 'Profane or vulgar wording, from retext-profanities (off by default).',
  explanation:
    'Profanity reads as a verdict and makes the review feel unsafe. The checker also flags ordinary incident words such as "failed" and "executed", which is why it is off unless `language.profanity` is true or the rule is given a severity.',
  sources: ['retext-profanities', 'SREW'],
  check(model) {
    const out: RuleFinding[] = [];
    for (const unit of englishProse(model)) {
      for (const m of retextMessages(unit, 'profanities')) {
        if (m.end <= m.start || isExempt(unit, m.start, m.end)) continue;
        out.push({ ...proseSpan(unit, m.start, m.end), message: `"${m.actual}" may be profane.`, phrase: m.actual });
      }
    }
    return out;
  },
};

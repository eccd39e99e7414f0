// folk-model-label (catalogue §2.11): "complacency", "lost situational awareness", "not paying
// attention" offered as the reason someone acted. The label names a judgment, not a mechanism.
import type { Rule } from '../../types';
import { PHRASES } from './folk-model-label.phrases';
import { checkPhrases, isPersonToken, replaceFix, subjectBefore } from './phrase-rule';

export const PROMPTS = ['What were you focusing on?', 'Where was the signal shown?'];
export const REWRITE = '[what the responder was looking at]; [where the relevant signal was shown]';

export const rule: Rule = {
  id: 'folk-model-label',
  category: 'blame',
  scope: 'prose',
  defaultSeverity: 'warning',
  description: 'Folk-model labels used as explanations ("complacency", "lost situational awareness").',
  explanation:
    'Labels such as "complacency" or "loss of situational awareness" name a judgment, not a mechanism. Describe what the person was attending to, and why: what else needed attention, and where the relevant signal was shown.',
  sources: ['DEK'],
  prompts: PROMPTS,
  check(model, context) {
    return checkPhrases(
      {
        id: 'folk-model-label',
        entries: PHRASES,
        // "attention" or "focused" with a system subject is fine ("the panel was not focused on …").
        accept: (m, g) => {
          if (m.entry.when === 'person') return subjectBefore(m.sentence, m.first, g).kind === 'person';
          // "the distracted driver", "the engineer was distracted" — but not "distracted by a second page" (the cause is named).
          if (m.entry.when === 'distracted') {
            const t = m.sentence.tokens;
            if (['by', 'from', 'because', 'while', 'when'].includes(t[m.last + 1]?.word ?? '')) return false;
            return isPersonToken(m.sentence, m.last + 1, g) || subjectBefore(m.sentence, m.first, g).kind === 'person';
          }
          return true;
        },
        prompts: PROMPTS,
        message: (_m, text) => `Folk-model label: “${text}” is a label, not an explanation. Describe what the person was looking at, and where the relevant signal was shown.`,
        fixes: (m, first, last) => [replaceFix(m.sentence, first, last, REWRITE, 'Describe what was being attended to', true)],
      },
      model,
      context,
    );
  },
};

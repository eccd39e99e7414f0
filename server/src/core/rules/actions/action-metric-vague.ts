// action-metric-vague (catalogue §4.5, PM243): the Success Metric has no number, threshold,
// boolean end state or test ("Better alerts", "Improved reliability", "Done"). Metrics aimed at
// people ("No more DNS mistakes", "engineers remember …") are `people-targeted-action`'s and are
// left alone here.
import type { Rule, RuleFinding } from '../../types';
import type { PostMortem } from '../../model';
import { words } from '../../phrases';
import { actionRows, isBlank, isPeopleTargeted, isPlaceholder, phraseMatcher } from './items';
import { isImperativeVerb } from './action-not-imperative';
import { END_STATE_WORDS, TEST_WORDS, THRESHOLD_WORDS, VAGUE_METRIC_WORDS } from './action-metric-vague.phrases';

const threshold = phraseMatcher(THRESHOLD_WORDS);
const testWord = phraseMatcher(TEST_WORDS);
const vagueWord = phraseMatcher(VAGUE_METRIC_WORDS);
const endState = phraseMatcher(END_STATE_WORDS);

/** A finite verb in the third person ("shows", "reads", "declares"), i.e. a statement of an end state. */
function hasFiniteVerb(text: string): boolean {
  return words(text).some((t, i) => {
    if (i === 0 || !/[^s]s$/.test(t.word) || t.word.length < 4) return false;
    const stem = t.word.endsWith('ies') ? t.word.slice(0, -3) + 'y' : t.word.endsWith('es') && isImperativeVerb(t.word.slice(0, -2)) ? t.word.slice(0, -2) : t.word.slice(0, -1);
    return isImperativeVerb(stem);
  });
}

/** Why a metric is not measurable, or undefined when it is. */
export function metricIsVague(text: string, model: PostMortem): boolean {
  if (/\d/.test(text) || /%/.test(text)) return false;
  const tokens = words(text).map((t) => t.word);
  if (threshold(tokens) || testWord(tokens)) return false;
  if (isPeopleTargeted(text, model)) return false;
  if (vagueWord(tokens)) return true;
  if (endState(tokens) || hasFiniteVerb(text)) return false;
  // A participle states an end state ("Runbook updated"); a bare noun phrase ("Monitoring") does not.
  return !words(text).some((t, i) => i > 0 && /ed$/.test(t.word));
}

export const rule: Rule = {
  id: 'action-metric-vague',
  category: 'actions',
  defaultSeverity: 'info',
  description: 'The Success Metric has no number, threshold, end state or test ("Better alerts", "Done").',
  explanation:
    'A success metric is how the follow-up review tells whether the change works. "Better alerts" or "Improved reliability" cannot be checked; "An alert pages the on-call within 2 minutes of the apex record disappearing" or "CI fails on a test change that deletes the apex record" can. Give a number, a threshold, an end state that is true or false, or a test.',
  sources: ['seed', 'PD-W', ';login:'],
  prompts: ['How will we know if our improvements work?'],
  check(model) {
    const out: RuleFinding[] = [];
    for (const item of actionRows(model)) {
      const cell = item.cell('metric');
      if (!cell || !cell.prose || isBlank(cell.raw) || isPlaceholder(cell.raw)) continue;
      if (!metricIsVague(cell.prose.text, model)) continue;
      out.push({
        ...cell.span,
        message: `"${cell.prose.text.trim()}" cannot be checked. Give a number, a threshold, an end state that is true or false, or a test.`,
      });
    }
    return out;
  },
};

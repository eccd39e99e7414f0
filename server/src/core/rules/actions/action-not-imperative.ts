// action-not-imperative (catalogue §4.5, PM241): the Action does not start with a verb
// ("Monitoring for X", "New alert"). An imperative names the work to do, so it can be done and
// checked off.
import type { Rule, RuleFinding } from '../../types';
import { words } from '../../phrases';
import { proseSpan } from '../../model';
import { actionRows, isBlank, isPlaceholder, leadingCheckbox } from './items';
import { IMPERATIVE_VERBS, VERB_PREFIXES } from './action-not-imperative.phrases';

const verbs = new Set(IMPERATIVE_VERBS);

/** True when the word reads as a verb in the imperative. */
export function isImperativeVerb(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (verbs.has(w)) return true;
  if (w.includes('-')) {
    const parts = w.split('-');
    // rate-limit, load-test, double-check, re-enable, auto-scale
    if (verbs.has(parts[parts.length - 1]) || verbs.has(parts[0])) return true;
  }
  for (const p of VERB_PREFIXES) if (w.startsWith(p) && w.length > p.length + 2 && verbs.has(w.slice(p.length))) return true;
  // -ise/-ize/-ify/-ate are verb suffixes ("Dockerise", "containerize", "deduplicate").
  return /(?:[^aeiou]is|iz)e$|ify$|[^aeiou]ate$/.test(w) && w.length > 5;
}

/** Negative imperatives ("Don't page on …", "Never deploy …") and politeness markers. */
const NEGATIONS = ["don't", 'never', 'please', 'always', 'only'];

/** The first word of an action, skipping a status checkbox, numbering, priority tags and ticket ids ("[x]", "P1:", "[SEC-12]"). */
export function firstWord(text: string): { word: string; start: number; end: number } | undefined {
  const from = leadingCheckbox(text)?.length ?? 0;
  for (const t of words(text)) {
    if (t.start < from) continue;
    if (/^\d+$/.test(t.word) || /^(p|sev|s)\d$/.test(t.word) || /^[a-z]+-\d+$/.test(t.word)) continue;
    return { word: text.slice(t.start, t.end), start: t.start, end: t.end };
  }
  return undefined;
}

export const rule: Rule = {
  id: 'action-not-imperative',
  category: 'actions',
  defaultSeverity: 'info',
  description: 'The Action does not start with a verb.',
  explanation:
    'An action item is work someone will do. Starting it with a verb ("Add", "Alert", "Require", "Automate") makes the work and its end point clear; a noun phrase such as "Monitoring for X" or "New alert" leaves both open.',
  sources: ['PD-W', ';login:'],
  check(model) {
    const out: RuleFinding[] = [];
    for (const item of actionRows(model)) {
      const cell = item.cell('action');
      if (!cell || isBlank(cell.raw) || isPlaceholder(cell.raw) || !cell.prose) continue;
      const first = firstWord(cell.prose.text);
      if (!first || isImperativeVerb(first.word) || NEGATIONS.includes(first.word.toLowerCase().replace('’', "'"))) continue;
      // A short label before a colon ("Short term: add …", "**Detection:** alert on …") is not the action.
      const label = /^[^:]{1,30}:\s+/.exec(cell.prose.text);
      const afterLabel = label ? firstWord(cell.prose.text.slice(label[0].length)) : undefined;
      if (afterLabel && isImperativeVerb(afterLabel.word)) continue;
      out.push({
        ...proseSpan(cell.prose, first.start, first.end),
        message: `The action starts with "${first.word}", not a verb. Start with what will be done, e.g. "Add …", "Alert on …", "Require …".`,
        phrase: first.word,
      });
    }
    return out;
  },
};

// retext-equality's inconsiderate-language checks (gendered, ableist, racially charged words), as
// their own category `language`: not blame, kept apart on purpose (catalogue §1.1).
import { englishProse } from '../../foreign';
import type { Rule, RuleFinding } from '../../types';
import { isExempt, proseSpan } from '../../model';
import { retextMessages } from './retext-messages';
import { words, type WordToken } from '../../phrases';
import { isGivenName } from '../../people';
import { TECHNICAL_SENSES, type TechnicalSense } from './inclusive-language.phrases';

// Regexes with \p{…} live at module level: the TypeScript transforms (esbuild, tsx) turn them
// into `new RegExp(…)`, which inside a function is rebuilt on every call.
const STARTS_UPPER = /^\p{Lu}/u;

const SENSES = new Map<string, TechnicalSense>(TECHNICAL_SENSES.map((t) => [t.word, t]));

export const rule: Rule = {
  id: 'inclusive-language',
  category: 'language',
  scope: 'prose',
  defaultSeverity: 'info',
  description: 'Potentially inconsiderate wording (gendered, ableist, racially charged), from retext-equality.',
  explanation:
    'Post-mortems are read across the organisation. Words like "guys", "crazy" or "blacklist" exclude or hurt some readers; the hover lists neutral alternatives. Technical senses are left alone ("merged to master", "sane defaults", "mental model", a disabled feature, invalid input, names and addresses). Turn these checks off with `language.inclusive: false`.',
  sources: ['retext-equality'],
  check(model) {
    const out: RuleFinding[] = [];
    for (const unit of englishProse(model)) {
      let tokens: WordToken[] | undefined;
      for (const m of retextMessages(unit, 'equality')) {
        if (m.end <= m.start || isExempt(unit, m.start, m.end)) continue;
        const sense = SENSES.get(m.actual.toLowerCase().replace(/’/g, "'"));
        if (sense && isTechnicalSense(sense, (tokens ??= words(unit.text)), m.start, unit.text)) continue;
        // Names are not word choices: a capitalised word inside a sentence ("the Master contract",
        // "Guy reported …" mid-sentence), or part of an address ("github.com/…/blob/master/…").
        if (isProperNoun(unit.text, m.start, m.actual) || insideAddress(unit.text, m.start)) continue;
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

/** True when the word at `start` has a context word of its technical sense (matched as words). */
export function isTechnicalSense(sense: TechnicalSense, tokens: WordToken[], start: number, text = ''): boolean {
  const at = tokens.findIndex((t) => t.start === start);
  if (at < 0) return false;
  if (sense.afterName) return namedBefore(text, tokens, at);
  if (sense.previous?.includes(tokens[at - 1]?.word ?? '')) return true;
  if (sense.unlessNext) return !sense.unlessNext.includes(tokens[at + 1]?.word ?? '');
  if (sense.unlessPrevious) return !sense.unlessPrevious.includes(tokens[at - 1]?.word ?? '');
  if (sense.unlessNear) {
    const reach = sense.within ?? 3;
    return !tokens.slice(Math.max(0, at - reach), at + reach + 2).some((t) => sense.unlessNear!.includes(t.word));
  }
  if (sense.next?.includes(tokens[at + 1]?.word ?? '')) return true;
  const within = sense.within ?? 3;
  for (let k = Math.max(0, at - within); k <= Math.min(tokens.length - 1, at + within); k++) {
    if (k !== at && sense.near?.includes(tokens[k].word)) return true;
  }
  return false;
}

/** A given name written capitalised ("Tom"), or an @handle, before token `at` in the paragraph. */
function namedBefore(text: string, tokens: WordToken[], at: number): boolean {
  for (let k = 0; k < at; k++) {
    const written = text.slice(tokens[k].start, tokens[k].end);
    if ((STARTS_UPPER.test(written) && isGivenName(tokens[k].word)) || text[tokens[k].start - 1] === '@') return true;
  }
  return false;
}

/** A capitalised word that does not open its sentence: a name ("the Master contract", "thanks to Guy"). */
export function isProperNoun(text: string, start: number, actual: string): boolean {
  if (!STARTS_UPPER.test(actual)) return false;
  const before = text.slice(0, start).trimEnd();
  return before.length > 0 && !/[.!?:;\n\-–—*•(\[]$/.test(before) && !/^\d+\.$/.test(before.split(/\s/).pop() ?? '');
}

/** Inside a web address or path written as text ("https://github.com/…/blob/master/SECURITY.md"). */
export function insideAddress(text: string, start: number): boolean {
  const left = text.slice(0, start).split(/\s/).pop() ?? '';
  return /[/:]|\.\w/.test(left) && /\/|:\/\/|www\./.test(left);
}

/** Keeps a capitalised word capitalised in its replacement. */
export function matchCase(original: string, replacement: string): string {
  return STARTS_UPPER.test(original) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

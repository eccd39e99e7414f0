// action-vague (catalogue §4.5, PM242): the Action is a vague verb with no concrete object:
// "Improve …", "Make … better", "Investigate …", "Look into …", "Reflect on …", "Fix the issue",
// "Revisit …", "Consider …". Actions aimed at people ("Be more careful") are reported by the
// blame rule `people-targeted-action` instead, never here as well.
import type { Rule, RuleFinding } from '../../types';
import { proseSpan } from '../../model';
import { phraseWords, words } from '../../phrases';
import { memoByText } from '../../memo';
import { actionRows, isBlank, isPeopleTargeted, isPlaceholder, phraseMatcher } from './items';
import { CONCRETE_MARKERS, VAGUE_MAKE_COMPLEMENTS, VAGUE_OPENINGS } from './action-vague.phrases';
import { firstWord } from './action-not-imperative';

const concrete = phraseMatcher(CONCRETE_MARKERS);
const openings = VAGUE_OPENINGS.map((o) => ({ phrase: o, words: phraseWords(o) }));
const complements = VAGUE_MAKE_COMPLEMENTS.map((c) => ({ phrase: c, words: phraseWords(c) }));

/** The vague opening of an action (its word range in the text), if it has one and nothing concrete follows. */
export function vagueOpening(text: string): { start: number; end: number; phrase: string } | undefined {
  return vagueOpeningMemo(text) ?? undefined;
}

/** By text (null: none), so a keystroke does not re-tokenise every action. Never mutate a result. */
const vagueOpeningMemo = memoByText((text: string) => readVagueOpening(text) ?? null);

function readVagueOpening(text: string): { start: number; end: number; phrase: string } | undefined {
  const first = firstWord(text);
  if (!first) return undefined;
  const all = words(text);
  const tokens = all.filter((t) => t.start >= first.start);
  if (/\d/.test(text) || concrete(all.map((t) => t.word))) return undefined;
  for (const { phrase, words: p } of openings) {
    if (p.every((w, k) => tokens[k]?.word === w)) {
      return { start: tokens[0].start, end: tokens[p.length - 1].end, phrase };
    }
  }
  if (tokens[0]?.word === 'make') {
    for (const { phrase: c, words: p } of complements) {
      const last = tokens.slice(-p.length);
      if (last.length === p.length && p.every((w, k) => last[k].word === w)) return { start: tokens[0].start, end: tokens[tokens.length - 1].end, phrase: `make … ${c}` };
    }
  }
  return undefined;
}

export const rule: Rule = {
  id: 'action-vague',
  category: 'actions',
  defaultSeverity: 'warning',
  description: 'The Action is a vague verb with no concrete change ("Improve …", "Investigate …", "Look into …").',
  explanation:
    'A vague action cannot be finished or checked: "Improve DNS monitoring" is done when someone says so. Name the concrete change and where it applies, in the shape "Add / Alert / Require / Automate [specific thing] for [scope]". If investigation is genuinely needed, make the investigation bounded: what question it answers, and by when.',
  sources: ['PD-W', ';login:', 'SREW'],
  prompts: ['What tools or processes could have prevented this?', 'How will we know if our improvements work?'],
  check(model) {
    const out: RuleFinding[] = [];
    for (const item of actionRows(model)) {
      const cell = item.cell('action');
      if (!cell || !cell.prose || isBlank(cell.raw) || isPlaceholder(cell.raw)) continue;
      const text = cell.prose.text;
      const hit = vagueOpening(text);
      if (!hit || isPeopleTargeted(text, model)) continue;
      const trimmedEnd = text.trimEnd().length;
      out.push({
        ...proseSpan(cell.prose, hit.start, trimmedEnd),
        message: `"${text.trim()}" is vague: it names no concrete change and no point at which it is done. Say what will be added, required or automated, and for what, e.g. "Add [specific check] for [scope]".`,
        phrase: hit.phrase,
      });
    }
    return out;
  },
};

/// <reference path="./pluralize.d.ts" />
// Runs retext's own checkers (retext-equality, retext-profanities) on the nlcst tree that
// analysis.ts already built for a prose unit: one parse per distinct text, shared with the
// blame rules, and the messages memoised on that analysis.
import { unified, type Plugin } from 'unified';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import { VFile } from 'vfile';
import type { Root } from 'nlcst';
import { visit } from 'unist-util-visit';
import { toString as nlcstToString } from 'nlcst-to-string';
import { cuss } from 'cuss';
import pluralize from 'pluralize';
// The phrase list retext-equality searches (its package exports only the plugin, so by path).
import { patterns as equalityPatterns } from '../../../../../node_modules/retext-equality/lib/patterns-en.js';
// retext-profanities' English plugin unpacks cuss with pluralize when its module loads (about 50
// ms at every start of the CLI); its factory, by path, lets that wait until the checker is used.
import { createPlugin as createProfanities } from '../../../../../node_modules/retext-profanities/lib/create-plugin.js';
import { analyse, type Analysis } from '../../analysis';
import type { ProseUnit } from '../../model';

export interface RetextMessage {
  /** The checker's own id for the pattern (e.g. "her-him", "master"). */
  pattern: string;
  reason: string;
  /** Offsets in the unit's text. */
  start: number;
  end: number;
  actual: string;
  expected: string[];
  note?: string;
}

type Checker = 'equality' | 'profanities';

/**
 * retext-equality phrases we leave to other checks. Pronouns: post-mortems name people, and a
 * pronoun that refers to a named person is accurate, not an assumption. Condescending words
 * ("obviously", "just"…): hindsight-minimizing judges them in context, with its guards
 * ("just after 09:00", "the loader simply skips rows"). Machine senses: in an incident a
 * "host" is a server, a process "hangs", and "primitive" is a data type.
 */
export const EQUALITY_IGNORED = [
  'he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself',
  'obvious', 'obviously', 'clearly', 'simply', 'just', 'easy', 'easily', 'of course', 'basically', 'everyone knows', 'straightforward',
  'simple', 'trivial', 'trivially',
  'host', 'hosts', 'hang', 'hangs', 'hung', 'primitive', 'primitives',
  // "actor" is gender-neutral already ("coordinating so many actors", "threat actors").
  'actor', 'actors',
];

// Built on first use: a checker's phrase lists take tens of milliseconds to unpack, and
// profanities is off by default.
const makeProcessors = {
  equality: () =>
    unified().use(retextEnglish).use(retextEquality as Plugin<[{ ignore: string[] }], Root>, { ignore: EQUALITY_IGNORED }).freeze(),
  profanities: () =>
    unified().use(retextEnglish).use(createProfanities(PROFANITIES_EN) as Plugin<[], Root>).freeze(),
} satisfies Record<Checker, () => unknown>;
/** retext-profanities' English configuration (lib/en.js), as the package's default export builds it. */
const PROFANITIES_EN = {
  cuss,
  // Misclassified singulars and plurals.
  ignorePluralize: ['children', 'dy', 'pro', 'remain', 'so', 'dice', 'fus'],
  lang: 'en',
  pluralize,
  // Values not to normalize.
  regular: ['hell', 'whore'],
};
const processors: { [C in Checker]?: ReturnType<(typeof makeProcessors)[C]> } = {};
function processor(checker: Checker) {
  return (processors[checker] ??= makeProcessors[checker]() as never) as ReturnType<(typeof makeProcessors)[Checker]>;
}

/**
 * The phrases each checker searches, as lists of words in both forms nlcst-search may compare
 * them (apostrophes dropped or kept), indexed by their first word. nlcst-search reports a phrase
 * only where consecutive words of the text normalise to its words (a "*" matches any word), so a
 * text that does not hold every word of some phrase gets no message, and the checker (which
 * re-indexes its few thousand phrases on every call, per paragraph) need not run. Built from the
 * lists the plugins use: retext-equality's patterns, and cuss with the singular and plural forms
 * retext-profanities adds (a superset is safe). Undefined when a phrase starts with "*".
 */
type PhraseWords = [string, string][];
type PhraseIndex = Map<string, PhraseWords[]> | undefined;
const PHRASE_LISTS: Record<Checker, () => string[]> = {
  equality: () => equalityPatterns.flatMap((p) => Object.keys(p.inconsiderate)),
  profanities: () => Object.keys(cuss).flatMap((w) => [w, pluralize.singular(w), pluralize.plural(w)]),
};
/** Each checker's index and whether all its first words have a letter, built on first use. */
const phraseIndexes: { [C in Checker]?: { index: PhraseIndex; needsLetters: boolean } } = {};
function phraseIndex(checker: Checker): { index: PhraseIndex; needsLetters: boolean } {
  let built = phraseIndexes[checker];
  if (!built) {
    const index = indexPhrases(PHRASE_LISTS[checker]());
    built = { index, needsLetters: !!index && [...index.keys()].every((w) => LETTER.test(w)) };
    phraseIndexes[checker] = built;
  }
  return built;
}

/** nlcst-normalize's two forms of a word: apostrophes removed, and kept; dashes removed in both. */
function normalForms(value: string): [string, string] {
  const kept = value.toLowerCase().replace(/’/g, "'").replace(/-/g, '');
  return [kept.replace(/'/g, ''), kept];
}

function indexPhrases(phrases: string[]): Map<string, PhraseWords[]> | undefined {
  const index = new Map<string, PhraseWords[]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ').map(normalForms);
    if (words[0][1] === '*') return undefined;
    for (const form of new Set(words[0])) {
      const list = index.get(form);
      if (list) list.push(words);
      else index.set(form, [words]);
    }
  }
  return index;
}

/** Whether the words of the tree hold every word of some phrase of the checker (see PHRASES). */
function mayMatch(analysis: Analysis, checker: Checker): boolean {
  const phrases = phraseIndex(checker).index;
  if (!phrases) return true;
  const forms = new Set<string>();
  visit(analysis.tree, 'WordNode', (node) => {
    for (const form of normalForms(nlcstToString(node))) forms.add(form);
  });
  const present = ([dropped, kept]: [string, string]) => kept === '*' || forms.has(dropped) || forms.has(kept);
  for (const form of forms) {
    for (const words of phrases.get(form) ?? []) {
      if (words.every(present)) return true;
    }
  }
  return false;
}

/**
 * Whether every phrase's first word has a letter: then a text without letters (a timestamp cell)
 * has no word that can match (its words are pieces of it, and lower-casing makes no letters), and
 * is not even analysed.
 */
const LETTER = /\p{L}/u;

export function retextMessages(unit: ProseUnit, checker: Checker): RetextMessage[] {
  if (phraseIndex(checker).needsLetters && !LETTER.test(unit.text)) return [];
  const analysis = analyse(unit);
  const key = `retext-${checker}`;
  const memo = analysis.memo.get(key) as RetextMessage[] | undefined;
  if (memo) return memo;
  if (!mayMatch(analysis, checker)) {
    analysis.memo.set(key, []);
    return [];
  }
  const file = new VFile(unit.text);
  // The checkers only read the tree, so the cached tree is safe to share.
  processor(checker).runSync(analysis.tree, file);
  const messages: RetextMessage[] = file.messages.map((m) => {
    const place = m.place as { start?: { offset?: number }; end?: { offset?: number }; offset?: number } | undefined;
    const start = place?.start?.offset ?? place?.offset ?? 0;
    const end = place?.end?.offset ?? start;
    return {
      pattern: m.ruleId ?? 'unknown',
      reason: m.reason,
      start,
      end,
      actual: typeof m.actual === 'string' ? m.actual : unit.text.slice(start, end),
      expected: Array.isArray(m.expected) ? m.expected.filter((e): e is string => typeof e === 'string') : [],
      ...(m.note ? { note: m.note } : {}),
    };
  });
  analysis.memo.set(key, messages);
  return messages;
}

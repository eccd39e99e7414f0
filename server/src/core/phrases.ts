// Phrases are matched as words, never compiled as regular expressions: a user's phrase list or a
// document can make matching cost at most (words in text × words in phrase), never more.
import { memoByText } from './memo';

export interface WordToken {
  /** Lower-cased, apostrophes and quotes normalised. */
  word: string;
  start: number;
  end: number;
}

/**
 * Splits text into word tokens (letters, digits, inner apostrophes and hyphens), with offsets.
 * Remembered by text (most cells are the same text after a keystroke): never mutate the result.
 */
export const words = memoByText(splitWords);

// At module level: the TypeScript transforms turn a \p{…} regex into `new RegExp(…)`, which inside
// the function would be rebuilt on every call.
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

function splitWords(text: string): WordToken[] {
  const out: WordToken[] = [];
  const re = WORD;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ word: normaliseWord(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

export function normaliseWord(w: string): string {
  return w.replace(/[’‘]/g, "'").toLowerCase();
}

/** A phrase as a list of normalised words ("on-call" stays one word; "Don't" → "don't"). */
export function phraseWords(phrase: string): string[] {
  return words(phrase).map((t) => t.word);
}

/** Every occurrence of the phrase in the tokens, as [first token index, last token index]. */
export function findPhrase(tokens: WordToken[], phrase: string[]): [number, number][] {
  const hits: [number, number][] = [];
  if (!phrase.length) return hits;
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (tokens[i + k].word !== phrase[k]) continue outer;
    hits.push([i, i + phrase.length - 1]);
  }
  return hits;
}

/** True when `text` contains `phrase` as whole words, case-insensitively. */
export function containsPhrase(text: string, phrase: string): boolean {
  return findPhrase(words(text), phraseWords(phrase)).length > 0;
}

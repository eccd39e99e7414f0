// mechanistic-reasoning (catalogue §2.13): "due to inexperience", "lack of training caused …":
// a person explained as a faulty part. Info everywhere (§1.5).
import type { Rule } from '../../types';
import { phraseWords } from '../../phrases';
import { PHRASES, CAUSE_AFTER, CAUSE_BEFORE, SYSTEM_NOUNS } from './mechanistic-reasoning.phrases';
import { checkPhrases, matchEntry, replaceFix, type PhraseMatch } from './phrase-rule';

export const PROMPTS = ['What made the situation hard to read?', 'Was this an anticipated class of problem?', 'What did people expect to happen next?'];
const REWRITE = '[what made the situation hard to read, e.g. the new console lists regions alphabetically]';
const systemNouns = new Set(SYSTEM_NOUNS);

function accept(m: PhraseMatch): boolean | [number, number] {
  const s = m.sentence;
  const t = s.tokens;
  if (m.entry.when === 'knowledge' && systemNouns.has(t[m.last + 1]?.word ?? '')) return false;
  // A cause connector just before ("Due to unfamiliarity with …"), possibly after a determiner.
  for (const c of CAUSE_BEFORE) {
    const words = phraseWords(c);
    for (let skip = 0; skip <= 3; skip++) {
      const at = m.first - skip - words.length;
      if (at < 0) break;
      if (words.every((w, k) => t[at + k].word === w)) return [at, m.last];
      if (!['a', 'the', 'his', 'her', 'their', 'our', 'my', 'general', 'some'].includes(t[m.first - skip - 1]?.word ?? '') && !t[m.first - skip - 1]?.word.endsWith("'s")) break;
    }
  }
  // A cause verb after it, within the clause ("A lack of training caused …", "'s limited understanding of DNS caused …").
  for (const c of CAUSE_AFTER) {
    for (const [a, b] of matchEntry(s, { phrase: c, source: 'cause' })) {
      if (a > m.last && a - m.last <= 7) return [m.first, b];
    }
  }
  return false;
}

export const rule: Rule = {
  id: 'mechanistic-reasoning',
  category: 'blame',
  scope: 'prose',
  defaultSeverity: 'info',
  description: 'People explained as faulty components ("due to inexperience", "lack of training caused …").',
  explanation:
    '"Lack of knowledge caused it" treats a person as a faulty part to be replaced or repaired. Ask what made the situation hard to read, and name that system factor: an interface, a missing signal, a runbook gap.',
  sources: ['BERG'],
  prompts: PROMPTS,
  check(model, context) {
    return checkPhrases(
      {
        id: 'mechanistic-reasoning',
        entries: PHRASES,
        accept,
        prompts: PROMPTS,
        message: (_m, text) => `Mechanistic reasoning: “${text}” explains a person as a faulty part. Name what made the situation hard to read.`,
        fixes: (m, first, last) => [replaceFix(m.sentence, first, last, REWRITE, 'Name what made the situation hard to read', true)],
      },
      model,
      context,
    );
  },
};

// mechanistic-reasoning (catalogue §2.13): "due to inexperience", "lack of training caused …":
// a person explained as a faulty part. Info everywhere (§1.5).
import type { Rule } from '../../types';
import { phraseWords } from '../../phrases';
import { PHRASES, CAUSE_AFTER, CAUSE_BEFORE, SYSTEM_NOUNS } from './mechanistic-reasoning.phrases';
import { checkPhrases, matchEntry, replaceFix, type PhraseMatch } from './phrase-rule';
import { checkSentences, personAt, spanOf, matchesAt, isPastTense, isMetaBlameless, type Sent } from './grammar';
import type { Gazetteer } from '../../people';
import type { ProseUnit } from '../../model';
import type { RuleFinding } from '../../types';
import { sectionSeverity } from './sections';

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
    const phrases = checkPhrases(
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
    // Extra phrases are reported once, by checkPhrases.
    const shapes = checkSentences(model, context.config, 'mechanistic-reasoning', findDeficitLabels, deficitFinding, () => undefined);
    return [...phrases, ...shapes.filter((f) => !phrases.some((p) => p.start < f.end && f.start < p.end))];
  },
};

/** A knowledge deficit after a person: "unfamiliar with", "who don't understand". */
const DEFICITS = ['unfamiliar with', 'not familiar with', 'unaware of', 'untrained in', 'untrained on', 'inexperienced with', 'inexperienced in', 'who lack', 'who lacked'].map(phraseWords);
const NEGATED_KNOWING = ["don't", "didn't", "doesn't", 'do not', 'did not', 'does not'].map(phraseWords);
/** Words that make a sentence finite: after them, it is a statement, not a label. */
const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'should', 'must', 'can', 'could', 'may', 'might', 'need', 'needs', 'do', 'does', 'did']);

export interface DeficitHit {
  first: number;
  last: number;
}

/**
 * A person labelled by a knowledge deficit, as a fragment (§2.13 by grammar, issue 11): "Operator
 * unfamiliar with procedure.", "Pilots who don't understand the finer points of the automation."
 * A finding list of such fragments explains people as faulty parts. A full sentence ("The on-call
 * was unaware of the migration") describes what someone knew, which a review needs, and is left
 * alone, as is "Engineers who don't know the system should ask in #help".
 */
export function findDeficitLabels(s: Sent, people: Gazetteer): DeficitHit[] {
  const t = s.toks;
  let head = -1;
  for (let k = 0; k < Math.min(t.length, 4); k++) {
    const ref = personAt(s, k, people);
    if (ref && ref.first === 0 && !ref.possessive && ref.kind !== 'first-person' && ref.kind !== 'pronoun') head = k;
    else if (head >= 0) break;
  }
  if (head < 0 || isMetaBlameless(s, 0)) return [];
  const at = head + 1;
  let last = -1;
  const deficit = DEFICITS.find((d) => matchesAt(s, at, d));
  if (deficit) last = at + deficit.length - 1;
  else if (t[at]?.norm === 'who') {
    const neg = NEGATED_KNOWING.find((n) => matchesAt(s, at + 1, n));
    let v = neg ? at + 1 + neg.length : -1;
    if (v > 0 && ['fully', 'really', 'properly'].includes(t[v]?.norm ?? '')) v++;
    if (v > 0 && ['understand', 'know'].includes(t[v]?.norm ?? '')) last = v;
  }
  if (last < 0) return [];
  // A fragment: nothing finite after the deficit.
  if (t.slice(last + 1).some((x) => FINITE.has(x.norm) || (isPastTense(x.norm) && !/ed$/.test(x.norm)))) return [];
  return [{ first: 0, last }];
}

function deficitFinding(unit: ProseUnit, s: Sent, hit: DeficitHit, severity: ReturnType<typeof sectionSeverity>): RuleFinding {
  const span = spanOf(unit, s, hit.first, hit.last);
  const text = unit.text.slice(s.toks[hit.first].start, s.toks[hit.last].end);
  return {
    ...span,
    severity,
    message: `Mechanistic reasoning: “${text}” explains a person as a faulty part. Name what made the situation hard to read.`,
    phrase: text,
    prompts: PROMPTS,
    fixes: [{ title: 'Name what made the situation hard to read', edits: [{ ...span, newText: REWRITE }], preferred: true }],
  };
}

// mechanistic-reasoning (catalogue §2.13): "due to inexperience", "lack of training caused …":
// a person explained as a faulty part. Info everywhere (§1.5).
import type { Rule } from '../../types';
import { phraseWords } from '../../phrases';
import { PHRASES, CAUSE_AFTER, CAUSE_BEFORE, SYSTEM_NOUNS } from './mechanistic-reasoning.phrases';
import { checkPhrases, matchEntry, replaceFix, type PhraseMatch } from './phrase-rule';
import { checkSentences, personAt, personWord, spanOf, matchesAt, isPastTense, isMetaBlameless, punctBefore, type Sent } from './grammar';
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
    const shapes = checkSentences(model, context.config, 'mechanistic-reasoning', (s, people) => [...findDeficitLabels(s, people), ...findOwnedDeficits(s, people)], deficitFinding, () => undefined);
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

/** Deficits that are a person's by nature: "his inexperience", "the new hire's unfamiliarity". */
const DEFICIT_NOUNS = new Set(['inexperience', 'unfamiliarity', 'ignorance', 'naivety', 'naivete']);
/** What a person can lack: "a lack of (deeper) understanding", "limited experience". */
const KNOWLEDGE_NOUNS = new Set(['knowledge', 'training', 'experience', 'understanding', 'familiarity', 'expertise', 'skill', 'skills', 'awareness']);
const LACK_WORDS = new Set(['insufficient', 'limited', 'poor', 'inadequate', 'little', 'no']);
const CAUSES_BEFORE = CAUSE_BEFORE.map(phraseWords);
const CAUSES_AFTER = CAUSE_AFTER.map(phraseWords);
const BLAMED = ['blamed', 'blames', 'blame', 'cited', 'citing', 'attributed', 'attributes'];

/** The deficit starting at token i ("inexperience", "lack of deeper understanding"): its last token, or -1. */
function deficitAt(s: Sent, i: number): number {
  const t = s.toks;
  if (DEFICIT_NOUNS.has(t[i].norm)) return i;
  let k = -1;
  if (t[i].norm === 'lack' && t[i + 1]?.norm === 'of') k = i + 2;
  else if (LACK_WORDS.has(t[i].norm)) k = i + 1;
  if (k < 0) return -1;
  // One or two modifiers before the knowledge noun: "lack of deeper understanding".
  for (let j = k; j <= Math.min(t.length - 1, k + 2); j++) {
    if (punctBefore(s, j) && j > k) return -1;
    if (KNOWLEDGE_NOUNS.has(t[j].norm)) return systemNouns.has(t[j + 1]?.norm ?? '') ? -1 : j;
    if (!/^[a-z-]+$/.test(t[j].norm) || ['the', 'a', 'an', 'of', 'to', 'in'].includes(t[j].norm)) return -1;
  }
  return -1;
}

/**
 * A person's own deficit offered as the cause (§2.13 by grammar, issue 11): "because of the new
 * hire's inexperience with Kubernetes", "blamed his own inexperience", "her unfamiliarity with the
 * console led to …"; and a finding-list fragment that puts a deficit in a team: "Lack of deeper
 * understanding of Kubernetes components in the team." A deficit of a thing ("the tool's limited
 * knowledge base"), a deficit not given as a cause ("he mentioned his inexperience") and a
 * full sentence about what a team knew are left alone.
 */
export function findOwnedDeficits(s: Sent, people: Gazetteer): DeficitHit[] {
  const t = s.toks;
  const hits: DeficitHit[] = [];
  for (let i = 1; i < t.length; i++) {
    const end = deficitAt(s, i);
    if (end < 0) continue;
    // The owner: "his (own)", "the new hire's".
    const o = t[i - 1].norm === 'own' ? i - 2 : i - 1;
    if (o < 0) continue;
    let first = -1;
    if (['his', 'her', 'their'].includes(t[o].norm)) first = o;
    else {
      const ref = personAt(s, o, people);
      if (ref && ref.possessive && ref.kind !== 'first-person') first = ref.first;
    }
    if (first < 0 || isMetaBlameless(s, first)) continue;
    const caused = CAUSES_BEFORE.some((c) => matchesAt(s, first - c.length, c)) || BLAMED.includes(t[first - 1]?.norm ?? '') || CAUSES_AFTER.some((c) => t.some((_, a) => a > end && a - end <= 8 && matchesAt(s, a, c)));
    if (caused) hits.push({ first, last: end });
  }
  // "Lack of deeper understanding of Kubernetes components in the team.": a fragment.
  const end = t.length && t[0].norm === 'lack' ? deficitAt(s, 0) : -1;
  if (end > 0 && !hits.length && !t.some((x) => FINITE.has(x.norm) || (isPastTense(x.norm) && !/ed$/.test(x.norm))) && t.slice(end + 1).some((_, k) => {
    const kind = personWord(s, end + 1 + k, people);
    return kind === 'team' || kind === 'role';
  }) && !isMetaBlameless(s, 0)) hits.push({ first: 0, last: end });
  return hits;
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

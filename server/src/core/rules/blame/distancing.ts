// distancing (catalogue §2.10): "that would never happen here", "typical of the weekend crew",
// "a problem for the network group alone". Factual comparisons of configuration, scale or
// metrics are not distancing (config-comparison).
import type { Rule } from '../../types';
import type { Gazetteer } from '../../people';
import { PHRASES } from './distancing.phrases';
import { checkPhrases, clauseStart, isObjectPerson, isPersonToken, replaceFix, subjectBefore, type PhraseMatch } from './phrase-rule';

export const PROMPTS = ['Which conditions here resemble theirs?'];
/** "We would not normally …": a description of practice, not a claim of difference. */
const HEDGES = new Set(['normally', 'usually', 'typically', 'expect', 'necessarily', 'otherwise']);
const PLACE_AFTER_HAPPEN = new Set(['here', 'us', 'our', 'this']);
/** Perception verbs after "we would never": a statement of fact, not a claim of difference. */
const PERCEPTION = new Set(['know', 'see', 'notice', 'hear', 'find', 'get', 'receive', 'be', 'have', 'been', 'learn', 'reach']);

/** Words for a group of people beyond the role and team nouns of §1.6 ("the Berlin office"). */
const GROUP_WORDS = new Set(['office', 'offices', 'org', 'organisation', 'organization', 'division', 'unit', 'vendor', 'vendors', 'folks', 'side', 'crowd', 'lot', 'guys', 'company', 'contractors', 'offshore', 'department']);

function isGroup(m: PhraseMatch, g: Gazetteer, k: number): boolean {
  return isObjectPerson(m.sentence, k, g) || GROUP_WORDS.has(m.sentence.tokens[k]?.word ?? '');
}

function groupWithin(m: PhraseMatch, g: Gazetteer, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k <= to && k < m.sentence.tokens.length; k++) if (isGroup(m, g, k)) return true;
  return false;
}

function accept(m: PhraseMatch, g: Gazetteer): boolean | [number, number] {
  const s = m.sentence;
  const t = s.tokens;
  const i = m.first;
  switch (m.entry.when) {
    case 'here': {
      // "happen here", "happen to us", "happen on our team", "happen with our deployment process"
      for (let k = m.last + 1; k <= m.last + 3 && k < t.length; k++) {
        if (PLACE_AFTER_HAPPEN.has(t[k].word)) return [i, k];
      }
      return false;
    }
    case 'we-never': {
      const next = t[m.last + 1]?.word ?? '';
      if (!next || PERCEPTION.has(next) || HEDGES.has(next) || next === 'happen') return false;
      // The subject: "we", or "our {people}" ("Our SRE team would never …").
      if (m.entry.phrase === "we'd never") return [i, m.last + 1];
      const subject = subjectBefore(s, i, g);
      if (subject.kind !== 'person') return false;
      const w = t[subject.index].word;
      if (w === 'we') return [subject.index, m.last + 1];
      for (let k = subject.index - 1; k >= Math.max(0, subject.index - 3); k--) {
        if (t[k].word === 'our') return [k, m.last + 1];
      }
      return false;
    }
    case 'group-next':
      // "issues typical of onboarding new infrastructure": of an activity (a gerund), not of a group.
      if (/^[a-z]{3,}ing$/.test(t[m.last + 1]?.word ?? '')) return false;
      return groupWithin(m, g, m.last + 1, m.last + 4) || (t[m.last + 1]?.word === 'them') ? [i, m.last] : false;
    case 'group-around':
      return groupWithin(m, g, clauseStart(s, i), i - 1) || groupWithin(m, g, m.last + 1, m.last + 4);
    case 'group-subj': {
      const subject = subjectBefore(s, i, g);
      if (subject.kind === 'none') return false;
      return (subject.kind === 'person' || isGroup(m, g, subject.index)) && t[subject.index].word !== 'i' && t[subject.index].word !== 'we';
    }
    case 'group-inside':
      return groupWithin(m, g, i + 1, m.last - 1) ? true : false;
    case 'unlike-our': {
      // "Unlike the mobile group, our engineers always …": a group on both sides, "our"/"we" after.
      let k = i + 1;
      let group = false;
      for (; k < t.length && k <= i + 5; k++) {
        const between = s.unit.text.slice(t[k - 1].end, t[k].start);
        if (/,/.test(between)) break;
        if (isPersonToken(s, k, g)) group = true;
      }
      if (!group) return false;
      if (t[k] && (t[k].word === 'our' || t[k].word === 'we')) return [i, k];
      return false;
    }
    default:
      return true;
  }
}

export const rule: Rule = {
  id: 'distancing',
  category: 'blame',
  scope: 'prose',
  defaultSeverity: 'warning',
  description: 'Distancing through differencing ("that would never happen here", "typical of that team").',
  explanation:
    'Saying "that would never happen here" or "that is how they are" stops us from looking for the same conditions in our own work. Compare conditions, not people: which of the things that made this possible exist here too?',
  sources: ['LFI-O'],
  prompts: PROMPTS,
  check(model, context) {
    return checkPhrases(
      {
        id: 'distancing',
        entries: PHRASES,
        accept,
        prompts: PROMPTS,
        message: (_m, text) => `Distancing through differencing: “${text}” sets us apart from the people involved, which stops us looking for the same conditions here. Which of their conditions exist in our work too?`,
        fixes: (m, first, last) => [replaceFix(m.sentence, first, last, '[Which conditions here resemble theirs?]', 'Replace with a comparison of conditions', true)],
      },
      model,
      context,
    );
  },
};

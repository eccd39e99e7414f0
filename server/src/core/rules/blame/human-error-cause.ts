// "Human error" given as the cause (catalogue §2.1): the label next to a cause connector, a
// copula or a causal verb, anywhere; bare in CF, ES and KL, where it is offered as the
// explanation. "fat-fingered" and PEBKAC are attributions wherever they appear. Negations and
// statements about the review (meta-blameless), quotes, code and metric compounds are left alone.
import type { Rule, RuleFinding, Fix, Span } from '../../types';
import type { ProseUnit } from '../../model';
import type { Gazetteer } from '../../people';
import { GENERIC_POSSESSORS, isMetaBlameless, matchesAt, spanOf, personAt, personWord, subjectOf, punctBefore, gapAfter, gapBefore, type Sent, checkSentences } from './grammar';
import { sectionSeverity, lowerForFirstPerson } from './sections';
import { phraseWords } from '../../phrases';
import { isRoleNoun } from '../../people';
import { HUMAN_ERROR_PHRASES, MISTAKE_NOUNS, MISTAKE_ADJECTIVES, CAUSE_CONNECTORS, COPULAS, METRIC_NOUNS, CONCEPT_NOUNS, BARE_SECTIONS, CAUSAL_VERBS, CLASSIFYING_VERBS, EMITTING_VERBS, DESIGN_CONTEXT, GENERAL_AFTER, QUANTIFIED_SUBJECTS, GENERIC_HUMANS, ACCUSING_VERBS, WITHHOLDING_WORDS, CHIEF_ADJECTIVES, CHIEF_NOUNS, CATEGORY_NOUNS } from './human-error-cause.phrases';
import { CONTRIBUTING_FACTOR_QUESTIONS } from '../../template';

// Regexes with \p{…} live at module level: the TypeScript transforms (esbuild, tsx) turn them
// into `new RegExp(…)`, which inside a function is rebuilt on every call.
const STARTS_UPPER = /^\p{Lu}/u;

const ID = 'human-error-cause';
const PHRASES = HUMAN_ERROR_PHRASES.map((p) => ({ ...p, words: phraseWords(p.phrase) }));
/** "leading cause", "dominant risk factor": every chief adjective with every chief noun. */
const CHIEF_FACTORS = CHIEF_ADJECTIVES.flatMap((a) => CHIEF_NOUNS.map((n) => `${a} ${n}`));
// The chief factor as a connector too ("… is the dominant risk factor"), as "main factor" is in the list.
const CONNECTORS = [...CAUSE_CONNECTORS, ...CHIEF_FACTORS].map(phraseWords);
const COPULA_WORDS = COPULAS.map(phraseWords);

/** The seed's Systems Analysis questions for the four contributing-factor subsections (§6.3). */
export const PROMPTS = CONTRIBUTING_FACTOR_QUESTIONS;

export const rule: Rule = {
  id: ID,
  category: 'blame',
  scope: 'prose',
  defaultSeverity: 'error',
  description: '"Human error" (or operator error, fat-fingering, PEBKAC) is given as the cause.',
  explanation:
    '"Human error" is a label applied after the fact. It is not an explanation, and it ends the analysis. Describe the condition that made the action possible, and what the person saw and expected.',
  sources: ['PD-EPM', 'PD-W', 'DEK', 'ETSY12', 'SREB15', 'seed'],
  prompts: PROMPTS,
  check(model, context) {
    return checkSentences(
      model,
      context.config,
      ID,
      (s, people, unit) => findHumanError(s, people, BARE_SECTIONS.includes(unit.context)),
      (unit, s, hit, base) => finding(unit, s, hit, lowerForFirstPerson(base, hit.firstPerson)),
      (span, written, base) => ({ ...span, severity: base, message: message(written), phrase: written, prompts: PROMPTS, fixes: fixes(span, written) }),
    );
  },
};

export interface HumanErrorHit {
  first: number;
  last: number;
  firstPerson: boolean;
}

function message(written: string): string {
  return `"${written}" is offered as the cause. "Human error" is a label applied after the fact, not an explanation: name the condition that made the action possible.`;
}

function fixes(span: Span, written: string): Fix[] {
  const label = /^(?:the\s+)?(?:root\s+)?cause\s*(?::|was|is)/i.test(written);
  // "fat-fingered" is a verb or an adjective: keep the sentence's shape with a neutral placeholder.
  if (/^fat[\s-]?finger/i.test(written)) {
    return [{ title: 'Describe the action neutrally, and what made the slip possible', edits: [{ ...span, newText: '[action, described neutrally (what was entered)] ([condition that allowed the slip, e.g. no confirmation step])' }], preferred: true }];
  }
  return [
    {
      title: 'Replace with the condition that allowed the action',
      edits: [{ ...span, newText: `${label ? 'Contributing factor: ' : ''}[condition that allowed the action to cause harm, e.g. the console preselected the first volume in the list]` }],
      preferred: true,
    },
    {
      title: 'Replace with the four contributing-factor questions',
      edits: [{ ...span, newText: 'Contributing factors: (1) Technical [...], (2) Process [...], (3) Communication [...], (4) Environmental [...]' }],
    },
  ];
}

function finding(unit: ProseUnit, s: Sent, hit: HumanErrorHit, severity: ReturnType<typeof sectionSeverity>): RuleFinding {
  const span = spanOf(unit, s, hit.first, hit.last);
  const written = unit.text.slice(s.toks[hit.first].start, s.toks[hit.last].end);
  return { ...span, severity, message: message(written), phrase: written, prompts: PROMPTS, fixes: fixes(span, written) };
}

/** "human error" and its kin offered as a cause in this sentence. */
export function findHumanError(s: Sent, people: Gazetteer, bare: boolean): HumanErrorHit[] {
  const t = s.toks;
  const hits: HumanErrorHit[] = [];
  const connector = (from: number, to: number) => {
    for (let k = Math.max(0, from - 8); k <= Math.min(t.length - 1, to + 8); k++) {
      if (k >= from && k <= to) continue;
      if (CONNECTORS.some((c) => matchesAt(s, k, c))) return true;
    }
    return /\b(?:root\s+)?cause\s*\**\s*:/i.test(s.text);
  };
  const copulaBefore = (i: number) => {
    let k = i - 1;
    while (k >= 0 && ['a', 'an', 'the', 'simply', 'just', 'plain', 'basic', 'classic', 'pure', 'simple', 'another'].includes(t[k].norm)) k--;
    if (k >= 0 && COPULA_WORDS.some((c) => matchesAt(s, k - c.length + 1, c))) return true;
    // "classified the data loss as user error", "closed the ticket as PEBKAC"
    if (k >= 0 && t[k].norm === 'as') {
      for (let j = k - 1; j >= Math.max(0, k - 7); j--) if (CLASSIFYING_VERBS.includes(t[j].norm)) return true;
    }
    return false;
  };
  const causalVerbAfter = (j: number) => {
    // "Human error in the signing request left …": the phrase (and its modifiers) is a subject.
    for (let k = j + 1; k < Math.min(t.length, j + 8); k++) {
      if (punctBefore(s, k)) return false;
      if (CAUSAL_VERBS.includes(t[k].norm)) return true;
    }
    return false;
  };

  for (let i = 0; i < t.length; i++) {
    // The label with a kind between ("human operational error") or joined to another cause ("human
    // and process error", "human and computer failures"): the same label, the same guards.
    const kinds = humanKind(s, i);
    const matched = PHRASES.filter((p) => matchesAt(s, i, p.words) && !(p.upper && t[i].value !== p.phrase));
    const candidates = matched.length ? matched.map((p) => ({ j: i + p.words.length - 1, always: !!p.always })) : kinds > 0 ? [{ j: kinds, always: false }] : [];
    for (const { j, always } of candidates) {
      const next = t[j + 1];
      if (next && (METRIC_NOUNS.includes(next.norm) || CONCEPT_NOUNS.includes(next.norm)) && !punctBefore(s, j + 1)) continue;
      if (t[i - 1] && METRIC_NOUNS.includes(t[i - 1].norm)) continue;
      // "The client logged a user error": a message a system emits (`technical-error`).
      if (t.slice(Math.max(0, i - 3), i).some((x) => EMITTING_VERBS.includes(x.norm))) continue;
      if (isMetaBlameless(s, i) || withheldCharge(s, i) || taxonomyItem(s, i, j)) continue;
      if (designContext(s, i)) continue;
      if (GENERAL.some((g) => matchesAt(s, j + 1, g)) || generalStatement(s, j)) continue;
      // "When human error leads to deviations, …": a condition in general, in the present tense.
      if (['when', 'whenever', 'if'].includes(t[i - 1]?.norm ?? '') && /^(?:is|are|[a-z]+[^s']s)$/.test(next?.norm ?? '') && !punctBefore(s, j + 1)) continue;
      if (!(always || bare || connector(i, j) || copulaBefore(i) || causalVerbAfter(j))) continue;
      hits.push(extend(s, i, j, people));
    }
    // "{person} made a mistake" / "a mistake by {person}" / "{person}'s mistake" + a connector.
    if (MISTAKE_NOUNS.includes(t[i].norm) && !hits.some((h) => h.first <= i && i <= h.last)) {
      if (t[i + 1] && METRIC_NOUNS.includes(t[i + 1].norm)) continue;
      let first = -1;
      let firstPerson = false;
      let d = i - 1;
      while (d > 0 && MISTAKE_ADJECTIVES.includes(t[d].norm)) d--;
      // "made a basic email error": up to two other modifiers after the article.
      if (!['a', 'an', 'the'].includes(t[d]?.norm ?? '') && ['a', 'an', 'the'].includes(t[d - 1]?.norm ?? '') && t[d - 2]?.norm === 'made') d--;
      else if (!['a', 'an', 'the'].includes(t[d]?.norm ?? '') && ['a', 'an', 'the'].includes(t[d - 2]?.norm ?? '') && t[d - 3]?.norm === 'made' && !punctBefore(s, d)) d -= 2;
      const det = t[d] && ['a', 'an', 'the'].includes(t[d].norm) ? d : i;
      // "a mistake by the DBA", "a simple mistake made by an engineer"
      const by = t[i + 1]?.norm === 'by' ? i + 1 : ['made', 'committed'].includes(t[i + 1]?.norm ?? '') && t[i + 2]?.norm === 'by' ? i + 2 : -1;
      // Only "made": "engineers will make mistakes" and "everyone makes mistakes" are about people in general.
      if ((t[det - 1]?.norm === 'made' || (t[det - 1]?.norm === 'make' && t[det - 2]?.norm === 'did')) && !designContext(s, det - 1)) {
        const sub = subjectOf(s, det - 1, people);
        // "every nurse has made a …", "each of us made a …": a quantified subject is people in general.
        if (sub.person && !QUANTIFIED_SUBJECTS.includes(t[sub.person.first].norm)) {
          first = sub.person.first;
          firstPerson = sub.person.kind === 'first-person';
        }
      } else if (/s$/.test(t[i].norm) && i + 2 < t.length && personWord(s, i + 1, people) && t.slice(i + 2, i + 6).some((x) => x.norm === 'made') && !punctBefore(s, i + 1)) {
        // "the mistakes she and her colleague made that caused the death"
        first = i;
      } else if (i > 0 && ['errors', 'failures', 'error', 'failure', 'mistakes', 'mistake'].includes(t[i].norm) && isRoleNoun(t[i - 1].norm) && !['human', 'humans', 'people', 'person', 'operator', 'pilot', 'engineer', 'user'].includes(t[i - 1].norm) && !/'s$/.test(t[i - 1].norm) && !punctBefore(s, i)) {
        // (The labels "human error", "pilot error" … are the phrase list's, with their guards.)
        // "additional flight crew failures contributed to the accident": a role's errors as the cause.
        first = i - 1;
      } else if (by > 0 && det < i && personAt(s, personEnd(s, by + 1, people), people) && !genericHuman(s, by + 1)) {
        // "a mistake by the DBA" (not "a careless mistake by …": normative-judgment's)
        first = det;
      } else if (i > 0 && /'s$/.test(t[i - 1].norm) && personWord(s, i - 1, people) && !GENERIC_POSSESSORS.includes(t[i - 1].norm)) {
        // "Ana's mistake" is person-as-failure-subject's unless offered as the cause.
        first = personAt(s, i - 1, people)?.first ?? i - 1;
        if (!connector(first, i)) continue;
      }
      if (first < 0 || isMetaBlameless(s, first)) continue;
      // Bare in Contributing Factors, one mistake is offered as this incident's explanation; plural
      // mistakes ("I made mistakes a few times, but they were caught in staging") are a story.
      if (!(connector(first, i) || (bare && !/s$/.test(t[i].norm)))) continue;
      const ext = extend(s, first, i, people);
      hits.push({ ...ext, firstPerson });
    }
  }
  return hits;
}

/**
 * "refrained from accusing the crew of pilot error", "stopped short of charging the operator with
 * operator error": the label as the charge of an accusation that was withheld, as far back as the
 * clause goes (the negation can stand farther than isMetaBlameless's six words).
 */
function withheldCharge(s: Sent, i: number): boolean {
  const t = s.toks;
  if (!['of', 'with'].includes(t[i - 1]?.norm ?? '')) return false;
  for (let v = i - 2; v >= Math.max(0, i - 8); v--) {
    if (punctBefore(s, v + 1) && v + 1 < i - 1) return false;
    if (!ACCUSING_VERBS.includes(t[v].norm)) continue;
    let w = v - 1;
    while (w > 0 && (t[w].norm.endsWith('ly') || ['to', 'from', 'of'].includes(t[w].norm))) w--;
    return WITHHOLDING_WORDS.includes(t[w]?.norm ?? '') || (t[w]?.norm === 'short' && /^stop/.test(t[w - 1]?.norm ?? ''));
  }
  return false;
}

/**
 * "Outages fall into three categories: human error, hardware failure and software bugs": the label
 * as one item of a list of kinds that a category noun announces earlier in the sentence, a class in
 * a taxonomy, not this incident's cause. The list: a comma or "and"/"or" next to the label, and a
 * category noun before it.
 */
function taxonomyItem(s: Sent, i: number, j: number): boolean {
  const t = s.toks;
  const listed = /,/.test(gapAfter(s, j)) || (i > 0 && /,/.test(gapBefore(s, i))) || ['and', 'or'].includes(t[j + 1]?.norm ?? '') || ['and', 'or'].includes(t[i - 1]?.norm ?? '');
  return listed && t.slice(0, i).some((x) => CATEGORY_NOUNS.includes(x.norm));
}

const HUMAN_NOUNS = GENERIC_HUMANS.map(phraseWords);
/** "by a human", "by people", "by a human being": the agent is a human being as such, not someone here. */
function genericHuman(s: Sent, i: number): boolean {
  const k = ['a', 'an'].includes(s.toks[i]?.norm ?? '') ? i + 1 : i;
  return HUMAN_NOUNS.some((h) => matchesAt(s, k, h));
}

/** Fault nouns of the "human {kind} error" shape. */
const LABEL_NOUNS = new Set(['error', 'errors', 'mistake', 'mistakes', 'failure', 'failures', 'failings']);
/** Words after "human" that make a compound of its own, not a kind of human error. */
const HUMAN_COMPOUNDS = new Set(['factors', 'factor', 'resources', 'resource', 'rights', 'being', 'beings', 'readable', 'review', 'element', 'side', 'cost', 'costs']);

/**
 * "human operational error", "human procedural mistakes", "human and process error", "human or
 * system failures": "human" with one kind word or one coordinated cause before the fault noun.
 * The fault noun's index, or -1.
 */
function humanKind(s: Sent, i: number): number {
  const t = s.toks;
  if (t[i].norm !== 'human' || !t[i + 2]) return -1;
  if (['and', 'or', '&'].includes(t[i + 1].norm) || gapBefore(s, i + 1).includes('/')) {
    const k = gapBefore(s, i + 1).includes('/') ? i + 1 : i + 2;
    return t[k + 1] && LABEL_NOUNS.has(t[k + 1].norm) && /^[a-z-]+$/.test(t[k].norm) && !punctBefore(s, k + 1) ? k + 1 : -1;
  }
  if (/^[a-z-]+$/.test(t[i + 1].norm) && !HUMAN_COMPOUNDS.has(t[i + 1].norm) && !LABEL_NOUNS.has(t[i + 1].norm) && LABEL_NOUNS.has(t[i + 2].norm) && !punctBefore(s, i + 1) && !punctBefore(s, i + 2)) return i + 2;
  return -1;
}

const DESIGN = DESIGN_CONTEXT.map(phraseWords);
const GENERAL = GENERAL_AFTER.map(phraseWords);
/** "the leading cause", "a major factor", "the dominant risk factor": the label named as the chief cause. */
const CHIEF_CAUSES = ['the', 'a'].flatMap((d) => CHIEF_FACTORS.map((f) => `${d} ${f}`));
const VERDICT_AFTER = [...CHIEF_CAUSES, 'the root cause', 'the cause', 'the biggest factor', 'the main factor', 'the primary factor', 'to be the biggest factor', 'to be the main factor', 'to be the primary factor', 'to be the cause', 'to be the root cause', 'to blame', 'responsible', 'the reason', 'behind', 'why', 'what caused', 'the culprit', 'at fault', 'have caused', 'have led', 'have contributed', 'have triggered', 'cause', 'caused'].map(phraseWords);

/**
 * "Human error is seen as …", "human mistakes are inevitable", "simple human error can often wreak
 * havoc": the label as the subject of a present-tense or modal statement is about people in
 * general, not this incident's cause — unless the statement is the verdict ("… is the root cause").
 */
function generalStatement(s: Sent, j: number): boolean {
  const t = s.toks;
  let k = j + 1;
  while (k < t.length && ['often', 'usually', 'always', 'sometimes', 'also', 'still', 'rarely', 'never', 'not'].includes(t[k].norm)) k++;
  if (!GENERAL_VERBS.includes(t[k]?.norm ?? '') || punctBefore(s, j + 1)) return false;
  let v = k + 1;
  while (v < t.length && ['often', 'usually', 'always', 'sometimes', 'also', 'still', 'rarely', 'never', 'not', 'simply', 'just', 'almost', 'ultimately'].includes(t[v].norm)) v++;
  return !VERDICT_AFTER.some((w) => matchesAt(s, v, w));
}
const GENERAL_VERBS = ['is', 'are', 'can', 'could', 'may', 'might', 'will', 'does', 'do', 'seems', 'tends', 'remains', 'becomes', 'happens', 'occurs', "isn't", "can't"];

/** "prone to human error", "reduces the risk of operator error": a property to design for. */
function designContext(s: Sent, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (punctBefore(s, k + 1) && k + 1 < i) break;
    if (DESIGN.some((d) => matchesAt(s, k - d.length + 1, d))) return true;
  }
  return false;
}

/** Extends a hit over "by {person}" after it and a "Root cause:" / "The root cause was" label before it. */
function extend(s: Sent, first: number, last: number, people: Gazetteer): HumanErrorHit {
  const t = s.toks;
  if (t[last + 1]?.norm === 'by' && !punctBefore(s, last + 1)) {
    const end = personEnd(s, last + 2, people);
    if (end > last + 1 && personAt(s, end, people)) last = end;
  }
  // "Root cause: human error", "The root cause was human error".
  let k = first;
  if (k >= 1 && ['was', 'is'].includes(t[k - 1].norm)) k--;
  if (k >= 2 && t[k - 1].norm === 'cause' && t[k - 2].norm === 'root' && (k !== first || /:\**\s*$/.test(gapAfter(s, k - 1)))) {
    first = t[k - 3]?.norm === 'the' ? k - 3 : k - 2;
  } else if (k >= 1 && t[k - 1].norm === 'cause' && /:\**\s*$/.test(gapAfter(s, k - 1))) {
    first = k - 1;
  }
  return { first, last, firstPerson: false };
}

/** The last token of a short noun phrase starting at i ("the support agent", "Eli", "@jpark"). */
function personEnd(s: Sent, i: number, people: Gazetteer): number {
  for (let k = i; k < Math.min(s.toks.length, i + 4); k++) {
    if (k > i && punctBefore(s, k)) break;
    if (personWord(s, k, people)) {
      // "Eli Novak": take the family name too.
      if (s.toks[k + 1] && STARTS_UPPER.test(s.toks[k + 1].value) && people.tokens.has(s.toks[k + 1].norm)) return k + 1;
      return k;
    }
  }
  return i - 1;
}

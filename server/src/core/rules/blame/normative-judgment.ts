// Judging people's actions (catalogue §2.5): a judgment word applied to a person ("the DBA was
// careless"), to a person's action ("Pushing directly to main was reckless", "the on-call's
// handling … was inexcusable", "a poor decision"), as an adverb of a person's verb ("Support
// inappropriately shared …"), a judgment verb with a person subject or a passive ("was overlooked
// by the reviewers"), and phrases that judge on their own ("didn't bother", "cut corners").
// The same words about a thing (`judgment-word-technical`) are left alone.
import type { Rule, RuleFinding } from '../../types';
import type { ProseUnit } from '../../model';
import type { Gazetteer } from '../../people';
import { BELIEF_PAST_VERBS, BOUNDARY_WORDS, subjectOf, isNegation, negatedBefore, matchesAt, spanOf, personWord, personAt, punctBefore, isMetaBlameless, clauseStart, isPastTense, isAdverb, gapAfter, gapBefore, DETERMINERS, PREPOSITIONS, type Sent, type PersonRef, checkSentences } from './grammar';
import { sectionSeverity, lowerForFirstPerson, lowerOneStep } from './sections';
import { phraseWords } from '../../phrases';
import { SYSTEM_NOUNS } from '../../people.data';
import { INSULT_NOUNS } from './normative-judgment.insults';
import { PEJORATIVE_NOUNS } from './normative-judgment.pejoratives';
import { CONDUCT_ADJECTIVES, CONDUCT_ADVERBS, CONDUCT_QUALITY_NOUNS } from './normative-judgment.conduct';
import { JUDGMENT_WORDS, JUDGMENT_PHRASES, JUDGMENT_VERBS, HUMAN_ACTION_NOUNS, SYSTEM_GERUNDS, STRONG_WORDS, STRONG_ADVERBS, WORK_NOUNS, HUMAN_ACTIVITIES, PREDICATED_PEJORATIVES, OWNED_ACT_VERDICTS, DISAPPROVAL_WORDS, INACTION_PHRASES, HUMAN_ONLY_JUDGMENT_VERBS, JUDGING_VERBS, MANAGED_PARTICIPLES, VERDICT_WORDS, LEGAL_HEADS, THINGS_GRADED, VIRTUES, CHARACTER_VERDICTS, AMOUNT_VERDICTS } from './normative-judgment.phrases';

const ID = 'normative-judgment';
/**
 * The adverbs of the character verdicts ("rudely", "dishonestly", "callously", "dismissively"), and
 * of defiance ("blatantly", "wilfully"): on a person's verb they judge the act as the adjectives
 * judge the person ("The admin dismissively closed the ticket"). Made by spelling rule, not listed.
 */
function adverbOf(adjective: string): string {
  if (/[^aeiou]y$/.test(adjective)) return `${adjective.slice(0, -1)}ily`;
  if (/ic$/.test(adjective)) return `${adjective}ally`;
  if (/[^aeiou]le$/.test(adjective)) return `${adjective.slice(0, -1)}y`;
  return `${adjective}ly`;
}
const DEFIANCE_ADVERBS = ['blatantly', 'flagrantly', 'brazenly', 'wilfully', 'willfully', 'shamelessly'];
/**
 * WordNet's adjectives of bad conduct and character ("slapdash", "imprudent", "tactless",
 * "deceitful", "disrespectful") and their adverbs: they take the judgment words' frames (of a
 * person, of a person's act, on a human-action noun, an adverb on a person's verb), also those the
 * character verdicts had only said of a person ("a disrespectful reply" judges the act as "a
 * disrespectful engineer" the person). Not the words that also grade things or amounts, and not
 * the labels, which keep their own frames.
 */
const LISTED = new Set([...JUDGMENT_WORDS.map((w) => w.phrase), ...PREDICATED_PEJORATIVES, ...THINGS_GRADED, ...AMOUNT_VERDICTS]);
const CONDUCT_WORDS = new Set([...CONDUCT_ADJECTIVES, ...CONDUCT_ADVERBS].filter((w) => !LISTED.has(w)));
const WORDS = new Set([...JUDGMENT_WORDS.map((w) => w.phrase), ...CONDUCT_WORDS, ...CHARACTER_VERDICTS.filter((w) => !/-/.test(w) && !['useless', 'hopeless', 'worthless', 'unfit', 'unqualified', 'dysfunctional', 'brain-dead', 'braindead', 'petty', 'incapable', 'untrustworthy', 'undependable', 'corrupt', 'obtuse', 'dopey'].includes(w)).map(adverbOf), ...DEFIANCE_ADVERBS]);
/**
 * The nouns of WordNet's conduct class ("tactlessness", "imprudence", "deceitfulness"): like the
 * listed judgment nouns ("negligence", "incompetence"), only ever said of people, so they judge on
 * their own, unless named as a concept ("examples of imprudence").
 */
const CONDUCT_NOUN_PHRASES = CONDUCT_QUALITY_NOUNS.filter((n) => !JUDGMENT_PHRASES.some((p) => p.phrase === n));
const PHRASES = [...JUDGMENT_PHRASES.map((p) => p.phrase), ...CONDUCT_NOUN_PHRASES].map(phraseWords);
/**
 * The one-word judgment and character adjectives that grade ("lazy", "sloppy", "dumb", "rude"),
 * not the ones that also grade things ("bad", "poor"): their comparatives and superlatives
 * ("the dumbest decision", "the laziest engineer", "sloppier than usual") judge as they do.
 */
const GRADABLE = new Set([...JUDGMENT_WORDS.map((w) => w.phrase), ...CHARACTER_VERDICTS, ...OWNED_ACT_VERDICTS].filter((w) => /^[a-z]+$/.test(w) && !/ly$/.test(w) && !THINGS_GRADED.includes(w) && !AMOUNT_VERDICTS.includes(w)));
/** The base of a comparative or superlative of a GRADABLE word, made by spelling rule: "laziest" → "lazy", "rudest" → "rude", "dumber" → "dumb". */
function gradedBase(word: string): string | undefined {
  const m = /^([a-z]+?)(i?)(est|er)$/.exec(word);
  if (!m) return undefined;
  const [, stem, i] = m;
  const candidates = i ? [`${stem}y`] : [stem, `${stem}e`, /(.)\1$/.test(stem) ? stem.slice(0, -1) : ''];
  return candidates.find((b) => GRADABLE.has(b));
}
/** WordNet's insults for a person ("dolt", "bungler", "shirker"): one word each, so a set, not phrases. */
const INSULTS = new Set(INSULT_NOUNS);
/** Disparaging words for a kind of person that also name things: a label only when predicated of someone. */
const PEJORATIVES = new Set([...PEJORATIVE_NOUNS, ...PREDICATED_PEJORATIVES]);
const OWNED_VERDICTS = new Set(OWNED_ACT_VERDICTS);
const DISAPPROVAL = new Set(DISAPPROVAL_WORDS);
const THING_JUDGMENTS = new Set(THINGS_GRADED);
const INACTION = INACTION_PHRASES.map((p) => phraseWords(p.phrase));
/** Past participles of human actions that a judgment adverb can qualify in the passive. */
const HUMAN_ACTION_PARTICIPLES = ['handled', 'managed', 'done', 'run', 'deployed', 'executed', 'tested', 'reviewed', 'written', 'implemented', 'configured', 'communicated', 'escalated', 'approved', 'planned', 'rolled', 'pushed', 'merged', 'shipped', 'released', 'performed', 'carried', 'made', 'coded'];
const VERBS = new Set(JUDGMENT_VERBS.map((v) => v.phrase));
/** Judgment words ending in -ly that are adjectives, not adverbs. */
const LY_ADJECTIVES = ['silly', 'ugly', 'costly', 'unlikely', 'cowardly', 'unruly'];
/** Judgments of how a decision was reached (not of a thing): "a rushed architectural decision". */
const PROCESS_JUDGMENTS = ['rushed', 'hasty', 'hurried', 'misguided', 'ill-advised', 'ill-considered', 'ill-conceived', 'questionable', 'reckless'];
/**
 * The linking verbs of change and appearance ("The team got sloppy", "he grew careless", "the
 * reviewer proved negligent", "she sounds incompetent"): a judgment after one is predicated of the
 * subject as after "was".
 */
const LINKING_VERBS = ['get', 'gets', 'got', 'getting', 'grow', 'grows', 'grew', 'become', 'becomes', 'becoming', 'appear', 'appears', 'appeared', 'prove', 'proves', 'proved', 'sound', 'sounds', 'sounded', 'remain', 'remains', 'remained', 'seem', 'look'];
const COPULAS = new Set(['was', 'is', 'were', 'are', 'seems', 'seemed', 'looks', 'looked', 'felt', 'became', 'been', 'be']);
const BE_FINITE = ['is', 'are', 'was', 'were', 'am', "'re", "'s", "he's", "she's", "they're", "you're", "it's"];
/**
 * A copula before a judgment predicate, also the progressive of "be", which puts behaviour on
 * display ("He is being lazy", "he's being irresponsible"); not the gerund ("an excuse for being lazy").
 */
function copulaAt(s: Sent, k: number): boolean {
  const w = s.toks[k].norm;
  return COPULAS.has(w) || LINKING_VERBS.includes(w) || (w === 'being' && BE_FINITE.includes(s.toks[k - 1]?.norm ?? ''));
}
/** Software techniques named "lazy …": "lazy loading", "lazy upgrade". */
const LAZY_TECHNIQUES = new Set(['upgrade', 'upgrades', 'update', 'updates', 'loading', 'load', 'loaded', 'evaluation', 'initialization', 'initialisation', 'init', 'fetch', 'fetching', 'migration', 'migrations', 'deletion', 'expiry', 'expiration', 'allocation', 'binding', 'import', 'imports', 'mode', 'sync', 'replication', 'consensus']);
/** Words of an apology: "my apologies for", "we are sorry for". */
const APOLOGY_WORDS = new Set(['apologies', 'apologize', 'apologise', 'apologizes', 'apologises', 'apologized', 'apologised', 'apology', 'sorry']);
/** Modals that make an agent-less passive a possibility: "can be overlooked". */
const POSSIBILITY_MODALS = new Set(['can', 'could', 'may', 'might', 'will', 'would']);
/** Words that may sit between a copula and the judgment word ("was a bit sloppy", "was simply reckless"). */
const FILLERS = new Set(['a', 'an', 'the', 'bit', 'very', 'really', 'quite', 'simply', 'just', 'so', 'pretty', 'rather', 'totally', 'completely', 'utterly', 'frankly', 'honestly', 'clearly', 'extremely', 'incredibly', 'somewhat', 'both', 'also', 'and', 'truly', 'downright', 'plain', 'plainly', 'too', 'or']);

export const PROMPTS = [
  'What was the person trying to achieve, and what could they see?',
  'What brought them to that decision? Have they decided differently in similar situations?',
  'Were other actions available? What pressures were they under?',
];

export const rule: Rule = {
  id: ID,
  category: 'blame',
  scope: 'prose',
  defaultSeverity: 'error',
  description: 'A judgment word ("careless", "reckless", "mishandled") is applied to a person or their action.',
  explanation:
    'A judgment word says how someone should have behaved, not what happened. Describe the action and its context, and let readers draw conclusions.',
  sources: ['BERG', 'DEK', 'SREW', 'ETSY12', 'PD-B'],
  prompts: PROMPTS,
  check(model, context) {
    return checkSentences(
      model,
      context.config,
      ID,
      findJudgments,
      (unit, s, hit, base) => {
        const severity = lowerForFirstPerson(base, hit.firstPerson);
        return finding(unit, s, hit, hit.passiveNoActor ? lowerOneStep(severity) : severity);
      },
      (span, written, base) => ({ ...span, severity: base, message: message(written), phrase: written, prompts: PROMPTS }),
    );
  },
};

export interface JudgmentHit {
  first: number;
  last: number;
  verb?: boolean;
  firstPerson: boolean;
  passiveNoActor: boolean;
  /** A plain wording without the judgment ("didn't bother to" → "did not"). */
  plain?: string;
  /** A pejorative noun for a person ("slackers"): a slur whoever says it, even of people in general. */
  label?: boolean;
}

function message(written: string, label?: boolean): string {
  if (label) return `"${written}" labels a person instead of describing what they did. Describe the action and its context, and let readers draw conclusions.`;
  return `"${written}" judges a person's action instead of describing it. Describe the action and its context, and let readers draw conclusions.`;
}

function finding(unit: ProseUnit, s: Sent, hit: JudgmentHit, severity: ReturnType<typeof sectionSeverity>): RuleFinding {
  const span = spanOf(unit, s, hit.first, hit.last);
  const written = unit.text.slice(s.toks[hit.first].start, s.toks[hit.last].end);
  const fixes = [
    ...(hit.plain ? [{ title: `Describe without the judgment: "${hit.plain}"`, edits: [{ ...span, newText: hit.plain }], preferred: true }] : []),
    {
      title: 'Replace the judgment with a description',
      edits: [{ ...span, newText: hit.verb ? '[X] was not among the things checked before [Y], because [reason]' : '[what the person was trying to achieve, and what they could see]' }],
      ...(hit.plain ? {} : { preferred: true }),
    },
  ];
  return { ...span, severity, message: message(written, hit.label), phrase: written, prompts: PROMPTS, fixes };
}

/** Is the noun phrase t[a..b] a human action or a person? */
function humanActionOrPerson(s: Sent, a: number, b: number, people: Gazetteer): { person: boolean; firstPerson: boolean } | undefined {
  const t = s.toks;
  if (a > b) return undefined;
  let k = a;
  // "Frankly, the decision …": leading sentence adverbs and determiners.
  while (k <= b && (DETERMINERS.has(t[k].norm) || (isAdverb(t[k]) && /,/.test(gapAfter(s, k))))) k++;
  if (k > b) return undefined;
  a = k;
  // A gerund opening the phrase: "Rolling out to all regions at once", "Leaving the endpoint …".
  if (/ing$/.test(t[k].norm) && t[k].norm.length > 4 && !SYSTEM_GERUNDS.includes(t[k].norm) && k === a) return { person: false, firstPerson: false };
  for (let j = k; j <= b; j++) {
    const kind = personWord(s, j, people);
    const possessive = /'s$|s'$/.test(t[j].norm);
    if (kind && !possessive && (j === b || punctBefore(s, j + 1) || ['who', 'that'].includes(t[j + 1]?.norm ?? ''))) return { person: true, firstPerson: kind === 'first-person' };
    if (kind && possessive) return { person: true, firstPerson: kind === 'first-person' };
    // The action noun must head the phrase: "the handling of the failover", not "response times".
    const heads = j === b || PREPOSITIONS.has(t[j + 1]?.norm ?? '') || punctBefore(s, j + 1);
    if (HUMAN_ACTION_NOUNS.includes(t[j].norm) && (j === k || j === k + 1) && heads) return { person: false, firstPerson: false };
    if (['of', 'to', 'for', 'in', 'on', 'at', 'with', 'by'].includes(t[j].norm)) break;
  }
  // "The way the vendor escalation was handled": a clause about a human action.
  if (t[k].norm === 'way') return { person: false, firstPerson: false };
  return undefined;
}

export function findJudgments(s: Sent, people: Gazetteer): JudgmentHit[] {
  const t = s.toks;
  const hits: JudgmentHit[] = [];
  const taken = (i: number) => hits.some((h) => h.first <= i && i <= h.last);
  // "I offer my sincere apologies for … the poor communication": what the writers apologise for
  // is their own, owned; the judgment blames no one.
  const apology = t.findIndex((x, k) => APOLOGY_WORDS.has(x.norm) && t[k + 1]?.norm === 'for');
  for (let i = 0; i < t.length; i++) {
    if (taken(i)) continue;
    if (apology >= 0 && i > apology) break;
    // Inaction judged: "nobody acted", "nothing was done for two hours" (not with a reason after).
    const inaction = INACTION.find((ph) => matchesAt(s, i, ph));
    if (inaction) {
      const last = i + inaction.length - 1;
      if (!t.slice(last + 1).some((x) => ['because', 'since', 'as'].includes(x.norm))) hits.push({ first: i, last, firstPerson: false, passiveNoActor: false });
      continue;
    }
    // Phrases that judge on their own.
    const p = INSULTS.has(t[i].norm) ? [t[i].norm] : PHRASES.find((ph) => matchesAt(s, i, ph));
    // "It takes some genius to …", "with some genius": praise of a skill, not a label for a person.
    if (p && p[0] === 'some' && ['take', 'takes', 'took', 'need', 'needs', 'needed', 'require', 'requires', 'required', 'with', 'of', 'show', 'shows', 'showed'].includes(t[i - 1]?.norm ?? '')) continue;
    // "Gross negligence means …", "Examples of negligence include …", "they'd have to prove gross
    // negligence": a judgment noun named as a legal or general concept, not said of anyone.
    if (p && p.length === 1 && JUDGMENT_NOUNS.has(p[0]) && judgmentNounAsConcept(s, i)) continue;
    if (p) {
      let last = i + p.length - 1;
      // "didn't bother to look": the judgment is "bother to"; "did not look" is the description.
      const bother = p.includes('bother') || p.includes('bothered');
      if (bother && t[last + 1]?.norm === 'to' && !punctBefore(s, last + 1)) last++;
      // A negation before "bothered" is part of the judgment ("no one bothered to"), not a denial of it.
      if (!isMetaBlameless(s, i) || p[0].endsWith("n't") || p[1] === 'not' || bother) hits.push({ first: i, last, firstPerson: firstPersonSubject(s, i, people), passiveNoActor: false, plain: bother && last > i + p.length - 1 ? 'did not' : undefined, label: p.length === 1 && (PERSON_LABELS.has(p[0]) || INSULTS.has(p[0])) });
      continue;
    }
    // "didn't know what they were doing / talking about": a competence judgment, not a state of knowledge.
    const clueless = cluelessAt(s, i);
    if (clueless > 0) {
      const sub = subjectOf(s, i, people).person;
      if (!isMetaBlameless(s, i)) {
        hits.push({ first: sub && !sub.possessive ? sub.first : i, last: clueless, firstPerson: sub?.kind === 'first-person', passiveNoActor: false });
        continue;
      }
    }
    const w = gradedBase(t[i].norm) ?? t[i].norm;
    // Judgment verbs with a person subject, or passive with a person agent.
    // "the team rushed", "the doctor rushed them" (not "rushed to restore service", and "a rushed decision" is the adjective).
    const rushedVerb = w === 'rushed' && !['to', 'into', 'out', 'over', 'back'].includes(t[i + 1]?.norm ?? '') && !HUMAN_ACTION_NOUNS.includes(t[i + 1]?.norm ?? '') && !WORK_NOUNS.includes(t[i + 1]?.norm ?? '') && !(t[i + 1] && !DETERMINERS.has(t[i + 1].norm) && HUMAN_ACTION_NOUNS.includes(t[i + 2]?.norm ?? ''));
    if (VERBS.has(w) || rushedVerb) {
      // "was simply overlooked": an adverb may stand between the copula and the verb.
      const prev = (isAdverb(t[i - 1] ?? t[i]) && i > 1 ? t[i - 2] : t[i - 1])?.norm ?? '';
      if (COPULAS.has(prev) || prev === 'been' || prev === 'being') {
        const by = t[i + 1]?.norm === 'by' ? humanActionOrPerson(s, i + 2, Math.min(t.length - 1, i + 5), people) : undefined;
        if (by?.person) hits.push({ first: i - 1, last: Math.min(t.length - 1, agentEnd(s, i + 2, people)), verb: true, firstPerson: by.firstPerson, passiveNoActor: false });
        // "The expiry warning was overlooked": only people overlook, so no agent is needed (a warning).
        // ("critical information can often be overlooked": a risk the system carries, not a judgment.)
        else if (t[i + 1]?.norm !== 'by' && HUMAN_ONLY_JUDGMENT_VERBS.includes(w) && !isMetaBlameless(s, i - 1) && !(prev === 'be' && t.slice(Math.max(0, i - 4), i).some((x) => POSSIBILITY_MODALS.has(x.norm)))) hits.push({ first: i - 1, last: i, verb: true, firstPerson: false, passiveNoActor: true });
        // "The migration was rushed": a piece of work said to be rushed, like "a rushed migration".
        else if (w === 'rushed' && t[i + 1]?.norm !== 'by' && WORK_NOUNS.includes(t[subjectOf(s, i - 1, people).head ?? -1]?.norm ?? '') && !isMetaBlameless(s, i - 1)) hits.push({ first: i - 1, last: i, firstPerson: false, passiveNoActor: true, plain: `${t[i - 1].value} done in [the time available], because [what set the pace]` });
        continue;
      }
      const sub = subjectOf(s, i, people);
      if (sub.person && !isMetaBlameless(s, sub.person.first)) hits.push({ first: sub.person.first, last: i, verb: true, firstPerson: sub.person.kind === 'first-person', passiveNoActor: false });
      continue;
    }
    // "an engine stall that was not properly handled by the flight crew": a negated manner, judged, with a person agent.
    if (['properly', 'correctly', 'adequately', 'appropriately', 'sufficiently'].includes(w) && isNegation(t[i - 1] ?? t[i]) && t[i - 1] && isPastTense(t[i + 1]?.norm ?? '') && t[i + 2]?.norm === 'by' && personWord(s, agentEnd(s, i + 3, people), people)) {
      hits.push({ first: i - 1, last: agentEnd(s, i + 3, people), firstPerson: false, passiveNoActor: false });
      continue;
    }
    // "The pharmacist's failings", "her failings": a fault of character, and only people have those
    // ("the failings of the process" and "several failings occurred" name no person; "their" may be things').
    if (w === 'failings' && i > 0 && !isMetaBlameless(s, i) && !punctBefore(s, i)) {
      const owner = ['his', 'her', 'your'].includes(t[i - 1].norm) ? i - 1 : personAt(s, i - 1, people)?.possessive ? personAt(s, i - 1, people)!.first : -1;
      if (owner >= 0 && personWord(s, owner, people) !== 'first-person') {
        hits.push({ first: owner, last: i, firstPerson: false, passiveNoActor: false });
        continue;
      }
    }
    const verdict =
      // "The reviewer wasn't careful enough", "he is not competent": a virtue of conduct denied of a person.
      (DENIABLE_VIRTUES.has(w) ? virtueDenied(s, i, people) : undefined) ??
      // "Your attitude is disgusting", "the captain's ineffective management": a verdict on an act a person owns.
      (OWNED_VERDICTS.has(w) ? ownedActJudged(s, i, people) : undefined) ??
      // "lame posts by the maintainer", "sloppy commits by the contractor": the agent makes any noun a person's act.
      ((WORDS.has(w) || OWNED_VERDICTS.has(w) || CHARACTER.has(w)) && !THING_JUDGMENTS.has(w) && !AMOUNT_VERDICTS.includes(w) && !/ly$/.test(w) ? actByAgent(s, i, people) : undefined) ??
      // "Her conduct fell below that of a registered nurse", "his care fell short of the standard": a
      // verdict that a person's conduct failed a standard.
      fellShort(s, i, people) ??
      // "He lacked the judgment to …", "showed limited insight", "a lapse in professionalism": a virtue
      // of conduct found wanting in a person.
      virtueWanting(s, i, people) ??
      // "The maintainer was dismissive", "he's useless", "a terrible manager": a verdict on a person's character.
      (CHARACTER.has(w) ? characterJudged(s, i, people) : undefined) ??
      // "You guys are bullies", "he's a useless parasite": a disparaging word for a person, said of one.
      (PEJORATIVES.has(w) ? labelledPerson(s, i, people) : undefined);
    if (verdict) {
      hits.push(verdict);
      continue;
    }
    if (!WORDS.has(w)) continue;
    // "a cached version with lazy upgrade", "lazy loading": a software technique's name, with no
    // article ("It was a lazy upgrade" judges one).
    if (w === 'lazy' && LAZY_TECHNIQUES.has(t[i + 1]?.norm ?? '') && !DETERMINERS.has(t[i - 1]?.norm ?? '')) continue;
    if (isMetaBlameless(s, i) && !['not', "n't"].includes(t[i - 1]?.norm ?? '')) continue;
    if (t[i - 1]?.norm === 'not' || t[i - 1]?.norm.endsWith("n't")) continue;
    // "someone careless enough to skip the checklist": only a person is judged careless enough to act.
    if (t[i + 1]?.norm === 'enough' && t[i + 2]?.norm === 'to' && !/ly$/.test(w) && !THING_JUDGMENTS.has(w) && !deniedBefore(s, i)) {
      hits.push({ first: i, last: i + 1, firstPerson: firstPersonSubject(s, i, people), passiveNoActor: false });
      continue;
    }
    // "dumb, embarrassing and regrettable choices", "sloppy, rushed changes": the judgment opens a
    // coordinated run of adjectives whose head is a human action (or, for a people-only word, a piece of work).
    const chainHead = coordinatedHead(s, i, STRONG_WORDS.includes(w));
    if (chainHead > 0 && !actOfThing(s, chainHead, people)) {
      hits.push({ first: i, last: chainHead, firstPerson: firstPersonSubject(s, i, people), passiveNoActor: false });
      continue;
    }
    // "That was careless of him", "How careless of them to skip the canary": only conduct is
    // judged "{word} of {someone}" (not "ignorant of the risk", which is about knowledge, nor
    // "careless of anyone", people in general).
    if (t[i + 1]?.norm === 'of' && !punctBefore(s, i + 1) && !/ly$/.test(w) && !KNOWING_WORDS.has(w) && !deniedBefore(s, i)) {
      const who = personAt(s, t[i + 2]?.norm === 'the' ? i + 3 : i + 2, people);
      const after = who ? t[who.last + 1] : undefined;
      if (who && !who.possessive && who.kind !== 'quantifier' && (!after || after.norm === 'to' || punctBefore(s, who.last + 1))) {
        hits.push({ first: i, last: who.last, firstPerson: who.kind === 'first-person', passiveNoActor: false });
        continue;
      }
    }
    // "I have done a very stupid thing", "a careless thing to do": a thing done is an act.
    if (['thing', 'things'].includes(t[i + 1]?.norm ?? '') && !punctBefore(s, i + 1) && !/ly$/.test(w) && !THING_JUDGMENTS.has(w) && thingDone(s, i)) {
      hits.push({ first: i, last: i + 1, firstPerson: firstPersonSubject(s, i, people), passiveNoActor: false });
      continue;
    }
    // Adjective + human-action noun: "a poor decision", "sloppy work", "careless handling".
    const next = t[i + 1];
    // Not when the action noun only modifies a thing: "the wrong execution results", "poor response times".
    const compound = !!t[i + 2] && !punctBefore(s, i + 2) && COMPOUND_HEADS.has(t[i + 2].norm);
    // "preventing this from surfacing is the wrong approach": a stance on a course in general, in
    // the present, not a judgment of what someone did.
    const stance = DESIGN_NOUNS.has(next?.norm ?? '') && ['the', 'a', 'an'].includes(t[i - 1]?.norm ?? '') && ['is', 'are', "'s"].includes(t[i - 2]?.norm ?? '');
    if (next && !punctBefore(s, i + 1) && HUMAN_ACTION_NOUNS.includes(next.norm) && !['work'].includes(next.norm) && !compound && !stance && !(actOfThing(s, i + 1, people) && !STRONG_WORDS.includes(w))) {
      hits.push({ first: i, last: i + 1, firstPerson: firstPersonSubject(s, i, people), passiveNoActor: false });
      continue;
    }
    // "This was plain bad engineering", "it was just poor flying": a judgment on a craft people
    // practise, heading its phrase ("poor reporting tools" judges the tools, "improper debugging of
    // the service" a system's act).
    if (next && !punctBefore(s, i + 1) && HUMAN_ACTIVITIES.includes(next.norm) && headsPhrase(s, i + 1, people) && !actOfThing(s, i + 1, people)) {
      hits.push({ first: i, last: i + 1, firstPerson: firstPersonSubject(s, i, people), passiveNoActor: false });
      continue;
    }
    // "stupid things they did", "the careless changes he pushed": a noun made a person's act by the
    // relative clause after it (a person subject and a past verb, "that" optional).
    const rel = t[i + 2]?.norm === 'that' ? i + 3 : i + 2;
    // ("the wrong version we deployed" names a wrong target, a fact, not a judgment.)
    const actor = w !== 'wrong' && t[rel] && !punctBefore(s, rel) && next && !punctBefore(s, i + 1) && /^[a-z][a-z-]+$/.test(next.norm) && !DETERMINERS.has(next.norm) && !PREPOSITIONS.has(next.norm) ? personAt(s, rel, people) : undefined;
    if (actor && !actor.possessive && actor.head === rel && isPastTense(t[actor.last + 1]?.norm ?? '') && !['was', 'were', 'had'].includes(t[actor.last + 1].norm) && !isMetaBlameless(s, i)) {
      hits.push({ first: i, last: actor.last + 1, firstPerson: actor.kind === 'first-person', passiveNoActor: false });
      continue;
    }
    // "a rushed architectural decision", "questionable design choices": a people-only or process
    // judgment with one modifier before the human-action noun.
    const far = t[i + 2];
    if (next && far && (STRONG_WORDS.includes(w) || PROCESS_JUDGMENTS.includes(w)) && !punctBefore(s, i + 1) && !punctBefore(s, i + 2) && /^[a-z][a-z-]+$/.test(next.norm) && !DETERMINERS.has(next.norm) && !WORDS.has(next.norm) && !HUMAN_ACTION_NOUNS.includes(next.norm) && (HUMAN_ACTION_NOUNS.includes(far.norm) || (STRONG_WORDS.includes(w) && WORK_NOUNS.includes(far.norm))) && !['work', 'job', 'way', 'call'].includes(far.norm)) {
      hits.push({ first: i, last: i + 2, firstPerson: firstPersonSubject(s, i, people), passiveNoActor: false });
      continue;
    }
    // A verdict on any noun: "an inexcusable accident", "an irresponsible delay" (not a charge: "reckless endangerment").
    if (next && !punctBefore(s, i + 1) && VERDICT_WORDS.includes(w) && /^[a-z][a-z-]+$/.test(next.norm) && !LEGAL_HEADS.includes(next.norm) && !WORDS.has(next.norm) && !PREPOSITIONS.has(next.norm) && !['and', 'or', 'to', 'of'].includes(next.norm)) {
      hits.push({ first: i, last: i + 1, firstPerson: firstPersonSubject(s, i, people), passiveNoActor: false });
      continue;
    }
    // A verdict standing alone: "Inexcusable.", "POSITIVELY inexcusable!", "I'll go with criminally irresponsible."
    if (VERDICT_WORDS.includes(w) && !t[i + 1] && (i === 0 || t.slice(0, i).every((x) => isAdverb(x)) || (t[i - 1] && isAdverb(t[i - 1]) && ['with', 'say', 'call'].includes(t[i - 2]?.norm ?? '')))) {
      hits.push({ first: i, last: i, firstPerson: false, passiveNoActor: false });
      continue;
    }
    // A judgment on a person: "ignorant people", "the arrogant pilot", "a careless co-worker".
    if (next && !punctBefore(s, i + 1) && personWord(s, i + 1, people) && !['bad', 'wrong', 'poor', 'improper', 'inappropriate', 'questionable', 'unacceptable', 'rushed', 'hasty', 'hurried'].includes(w) && !/ly$/.test(w)) {
      hits.push({ first: i, last: i + 1, firstPerson: false, passiveNoActor: false });
      continue;
    }
    // A people-only judgment on a piece of work: "a sloppy rollback", "a reckless deploy".
    if (next && !punctBefore(s, i + 1) && STRONG_WORDS.includes(w) && WORK_NOUNS.includes(next.norm)) {
      hits.push({ first: i, last: i + 1, firstPerson: firstPersonSubject(s, i, people), passiveNoActor: false });
      continue;
    }
    // "sloppy work", "shoddy work practices" (not "a toxic work culture": "work" only modifies the culture).
    if (next && !punctBefore(s, i + 1) && next.norm === 'work' && (headsPhrase(s, i + 1, people) || HUMAN_ACTION_NOUNS.includes(t[i + 2]?.norm ?? ''))) {
      hits.push({ first: i, last: i + 1, firstPerson: false, passiveNoActor: false });
      continue;
    }
    // "The rollout was poorly planned", "was planned poorly": a judged manner of organising work, with no actor.
    const manner = judgedManner(s, i);
    if (manner) {
      hits.push({ first: manner.copula, last: Math.max(i, manner.participle), firstPerson: false, passiveNoActor: true, plain: `${t[manner.copula].value} ${t[manner.participle].value} [how: the time, information and people available]` });
      continue;
    }
    // Adverb of a person's verb: "Support inappropriately shared …", "carelessly deployed".
    // (Also the timeline's historical present: "@jsnshrmn carelessly adds …".)
    const presentVerb = !!next && /^[a-z]{2,}[^s']s$/.test(next.norm) && !punctBefore(s, i + 1);
    if (/ly$/.test(w) && !LY_ADJECTIVES.includes(w) && next && (isPastTense(next.norm) || presentVerb)) {
      const sub = subjectOf(s, i, people);
      // "I accidentally, and really stupidly, deleted …": the subject before a run of adverbs.
      const person = sub.person ?? subjectBeforeAdverbs(s, i, people);
      if (person) {
        hits.push({ first: i, last: i, firstPerson: person.kind === 'first-person', passiveNoActor: false });
        continue;
      }
      // "was improperly configured" with no actor: a thing's state (`judgment-word-technical`).
      continue;
    }
    // "The rollout was handled carelessly": a people-only judgment of a passive human act, also the
    // last of a list of participles after one copula ("were changed often, and reviewed superficially").
    if (STRONG_ADVERBS.includes(w) && HUMAN_ACTION_PARTICIPLES.includes(t[i - 1]?.norm ?? '')) {
      let k = i - 2;
      while (k > 0 && isAdverb(t[k]) && t[k].norm !== 'not') k--;
      const listed = ['and', 'or'].includes(t[k]?.norm ?? '') && t.slice(0, k).some((x) => COPULAS.has(x.norm));
      if (COPULAS.has(t[i - 2]?.norm ?? '') || listed) {
        hits.push({ first: COPULAS.has(t[i - 2]?.norm ?? '') ? i - 2 : i - 1, last: i, firstPerson: false, passiveNoActor: true });
        continue;
      }
    }
    if (/ly$/.test(w) && !LY_ADJECTIVES.includes(w)) {
      // "…, which is dangerously close to falling under 2/3": after a copula the adverb grades
      // the predicate (a risk), not a person's act.
      if (COPULAS.has(t[i - 1]?.norm ?? '') && t[i + 1] && !punctBefore(s, i + 1) && !WORDS.has(t[i + 1].norm)) continue;
      // "handled the escalation poorly": the adverb closes a clause whose verb is a person's.
      for (let v = i - 1; v >= Math.max(0, i - 7); v--) {
        if (punctBefore(s, v + 1) && v + 1 < i) break;
        // "They also work imprecisely and inaccurately": a habit in the present, right after a
        // pronoun or a name (adverbs between), judged by its manner like a past act.
        let p = v - 1;
        while (p >= 0 && isAdverb(t[p]) && !isNegation(t[p])) p--;
        const who = p >= 0 && !punctBefore(s, p + 1) ? personWord(s, p, people) : undefined;
        const habit = (who === 'pronoun' || who === 'name') && /^[a-z]{2,}$/.test(t[v].norm) && !AUXILIARY_VERBS.has(t[v].norm) && !PREPOSITIONS.has(t[v].norm) && !/ing$/.test(t[v].norm);
        if (habit) {
          hits.push({ first: i, last: i, firstPerson: false, passiveNoActor: false });
          break;
        }
        if (!isPastTense(s.toks[v].norm) || COPULAS.has(s.toks[v].norm)) continue;
        const sub = subjectOf(s, v, people);
        if (sub.person) hits.push({ first: i, last: i, firstPerson: sub.person.kind === 'first-person', passiveNoActor: false });
        break;
      }
      continue;
    }
    // Object complement: "The inquiry found the operator negligent", "deemed the crew careless".
    const judged = i > 1 && !punctBefore(s, i) ? personAt(s, i - 1, people) : undefined;
    if (judged && !judged.possessive && judged.kind !== 'first-person' && JUDGING_VERBS.has(t[judged.first - 1]?.norm ?? '')) {
      const who = t.slice(judged.first, judged.last + 1).map((x) => x.value).join(' ');
      hits.push({ first: judged.first - 1, last: i, firstPerson: false, passiveNoActor: false, plain: `${t[judged.first - 1].value} that ${who} [did what, seeing what at the time]` });
      continue;
    }
    // Conduct named by a gerund of "be" ("cussed out the technician for being stupid enough to …",
    // "crossed a line between … and being unprofessional"): only people are "being" careless. After a
    // preposition or "and", not opening a sentence ("Being careless with keys costs lives" is general).
    const gerund = gerundOfBe(s, i);
    if (gerund >= 0 && !isMetaBlameless(s, gerund)) {
      hits.push({ first: gerund, last: i, firstPerson: false, passiveNoActor: false });
      continue;
    }
    // Predicate: "{subject} was (a bit) reckless", "It was irresponsible (of X) to ship …".
    let k = i - 1;
    // ("That is POSITIVELY inexcusable": any -ly degree adverb stands where a filler does.)
    while (k >= 0 && (FILLERS.has(t[k].norm) || (/ly$/.test(t[k].norm) && isAdverb(t[k]))) && !punctBefore(s, k + 1)) k--;
    if (k >= 0 && (copulaAt(s, k) || WORDS.has(t[k].norm) || chained(s, k)) && !punctBefore(s, k + 1)) {
      // Skip back over a chain of judgment words ("reckless and unprofessional"), and over a
      // neutral adjective coordinated into it ("too optimistic or just too lazy", "tired and
      // careless"): one plain word right after the copula or a filler, right before "and"/"or".
      while (k >= 0 && (WORDS.has(t[k].norm) || chained(s, k))) {
        k--;
        while (k >= 0 && FILLERS.has(t[k].norm)) k--;
      }
      if (k < 0 || !copulaAt(s, k)) continue;
      // "got the wrong server", "got bad data": "get" also takes an object, so after it the
      // judgment must close its phrase with no article before it ("The team got sloppy", "got careless and …").
      if (['get', 'gets', 'got', 'getting'].includes(t[k].norm)) {
        const after = t[i + 1];
        const closes = !after || punctBefore(s, i + 1) || PREPOSITIONS.has(after.norm) || ['and', 'or', 'but', 'enough', 'when', 'because'].includes(after.norm);
        if (!closes || t.slice(k + 1, i).some((x) => DETERMINERS.has(x.norm))) continue;
      }
      // ("… is the wrong approach": a stance on a course in general, as above.)
      if (DESIGN_NOUNS.has(t[i + 1]?.norm ?? '') && ['is', 'are', "'s"].includes(t[k].norm)) continue;
      // "it would be irresponsible to disclose the bug": advice about a course not taken, in the
      // present conditional ("it would have been irresponsible of him" is a judgment of the past).
      if (t[k].norm === 'be' && ['would', 'could', 'might'].includes(t[k - 1]?.norm ?? '')) continue;
      // "We thought this solved the issue, but we were wrong": a belief corrected, not a judgment.
      if (w === 'wrong' && t.slice(0, k).some((x) => BELIEF_PAST_VERBS.has(x.norm))) continue;
      const start = clauseStart(s, k);
      // "For a service this critical, it is unacceptable to …": an introductory phrase before the
      // extraposed "it" ends at its comma, which clauseStart does not stop at.
      const introduced = start < k - 1 && t[k - 1]?.norm === 'it' && /^\s*,\s*$/.test(gapBefore(s, k - 1));
      if ((['it', 'this', 'that'].includes(t[start]?.norm ?? '') && start === k - 1) || introduced) {
        // Extraposition: "It was irresponsible to ship …" / "… of the DBA to …"
        const after = t[i + 1]?.norm;
        if (after === 'to' || after === 'of') hits.push({ first: i, last: i, firstPerson: false, passiveNoActor: false });
        continue;
      }
      // "Nobody was careless": a denial, not a judgment.
      if (['nobody', 'no-one', 'none'].includes(t[start]?.norm ?? '') || (t[start]?.norm === 'no' && t[start + 1]?.norm === 'one')) continue;
      // "If the other person is bad, …": a hypothetical in the present, not a finding.
      if (['if', 'unless', 'whether'].includes(t[start - 1]?.norm ?? '') && ['is', 'are'].includes(t[k].norm)) continue;
      // A verdict only conduct earns judges whatever it is said of ("This is inexcusable").
      const verdict = VERDICT_WORDS.includes(w) && !['not', 'never'].includes(t[k + 1]?.norm ?? '') ? { person: false, firstPerson: false } : undefined;
      // "He is being lazy": the subject ends before the auxiliary of the progressive.
      let end = t[k].norm === 'being' && ['is', 'are', 'was', 'were', 'am'].includes(t[k - 1].norm) ? k - 2 : k - 1;
      // "He had been negligent", "They have been careless": the perfect's auxiliary is not the subject.
      if (t[k].norm === 'been' && ['had', 'has', 'have'].includes(t[end]?.norm ?? '')) end--;
      const subject = humanActionOrPerson(s, start, end, people) ?? passiveHumanAction(s, start, end) ?? (STRONG_WORDS.includes(w) ? workSubject(s, start, end) ?? ownedSubject(s, start, end) : undefined) ?? verdict ?? relativeClauseSubject(s, start, end, people);
      // "The engineer was rushed": under time pressure, said of the person; not a judgment of them.
      if (w === 'rushed' && subject?.person) continue;
      if (subject) hits.push({ first: i, last: i, firstPerson: subject.firstPerson, passiveNoActor: false });
    }
  }
  const cold = indifference(s, people);
  if (cold && !taken(cold.first)) hits.push(cold);
  const unlearned = noLearning(s, people);
  if (unlearned && !taken(unlearned.first)) hits.push(unlearned);
  const excuse = excuseFor(s);
  if (excuse && !taken(excuse.first)) hits.push(excuse);
  const verdict = hindsightVerdict(s);
  if (verdict && !taken(verdict.first)) hits.push(verdict);
  const disapproval = disapprovalOfAct(s, people);
  if (disapproval && !taken(disapproval.first)) hits.push(disapproval);
  const named = faultNamedAsCause(s);
  if (named && !taken(named.first)) hits.push(named);
  return hits;
}

/**
 * A person's slip pointed back to and given as the cause: "This oversight coupled with the lack of
 * notifications led to the issue", "That mistake cost us two hours". Only people overlook or
 * blunder, so the demonstrative names someone's act; "this error" and "this bug" are a system's.
 */
function faultNamedAsCause(s: Sent): JudgmentHit | undefined {
  const t = s.toks;
  for (let i = 0; i + 1 < t.length; i++) {
    if (!['this', 'that'].includes(t[i].norm) || !HUMAN_FAULTS.has(t[i + 1].norm) || punctBefore(s, i + 1)) continue;
    if (isMetaBlameless(s, i)) continue;
    for (let k = i + 2; k < Math.min(t.length, i + 9); k++) {
      // ("That mistake was not what caused this": denied.)
      if (isNegation(t[k]) || /[;:.]/.test(gapBefore(s, k))) break;
      if (CAUSED_VERBS.has(t[k].norm)) return { first: i, last: i + 1, firstPerson: false, passiveNoActor: false };
    }
  }
  return undefined;
}
const HUMAN_FAULTS = new Set(['oversight', 'blunder', 'slip-up', 'screw-up', 'screwup', 'mistake', 'lapse', 'goof', 'misstep']);
const CAUSED_VERBS = new Set(['led', 'caused', 'causes', 'cost', 'costs', 'meant', 'resulted', 'contributed', 'triggered', 'allowed', 'let']);

/** Courses of action a present-tense stance is about: "is the wrong approach". */
const DESIGN_NOUNS = new Set(['approach', 'approaches', 'strategy', 'way', 'solution', 'answer', 'design', 'policy', 'model']);
const HINDSIGHT_OPENERS = ['in hindsight', 'in retrospect', 'with hindsight', 'looking back', 'in hind sight'].map(phraseWords);
/** Nouns for a course of action a verdict can fall on. */
const DECISION_NOUNS = new Set(['decision', 'call', 'choice', 'move', 'idea', 'plan', 'approach']);
/** Verdict adjectives on a decision (beyond the judgment words): "a dangerous decision". */
const DECISION_VERDICTS = new Set(['bad', 'poor', 'wrong', 'dangerous', 'terrible', 'unwise', 'foolish', 'questionable', 'reckless', 'careless', 'naive', 'stupid', 'dumb', 'silly']);
/**
 * "In hindsight, this was a mistake", "In retrospect, it was a dangerous decision": the decision
 * judged after the fact. A verdict on what was decided, where the blameless account says what
 * made it reasonable then ("In hindsight, the alert threshold was too high" judges a setting, and
 * is not reported: the predicate must be a mistake or a judged decision).
 */
function hindsightVerdict(s: Sent): JudgmentHit | undefined {
  const t = s.toks;
  const at = t.findIndex((_, k) => HINDSIGHT_OPENERS.some((o) => matchesAt(s, k, o)));
  // Without "in hindsight", only the past: "This was a bad idea" ("It is a bad idea to …" is advice).
  const copulas = at < 0 ? ['was', 'were'] : ['was', 'is', 'were', 'seems', 'seemed'];
  for (let k = Math.max(at + 2, 1); k < Math.min(t.length - 1, (at < 0 ? 0 : at) + 8); k++) {
    if (!copulas.includes(t[k].norm)) continue;
    let n = k + 1;
    if (!['a', 'an', 'the'].includes(t[n]?.norm ?? '')) return undefined;
    n++;
    const plain = `${t[k].value} [what was decided], because [what made it reasonable at the time]; [what we know now]`;
    if (['mistake', 'error', 'blunder'].includes(t[n]?.norm ?? '') && at >= 0) return { first: k, last: n, firstPerson: false, passiveNoActor: true, plain };
    while (n < t.length && ['very', 'really', 'pretty', 'quite', 'rather'].includes(t[n].norm)) n++;
    if (DECISION_VERDICTS.has(t[n]?.norm ?? '') && DECISION_NOUNS.has(t[n + 1]?.norm ?? '')) return { first: k, last: n + 1, firstPerson: false, passiveNoActor: true, plain };
    return undefined;
  }
  return undefined;
}

/** Words that make an excuse an occasion: "a good excuse to finally delete …". */
const OCCASION_WORDS = new Set(['good', 'great', 'nice', 'welcome', 'handy', 'fine', 'excellent']);
/**
 * A reason dismissed as an excuse for an act (issue 11): "Your vibe coding is just an excuse for
 * being lazy", "That is still not an excuse to do a force push", "had the perfect excuse to dodge
 * responsibility". Calling someone's reason an excuse judges the act it is said to cover. Only one
 * excuse with an act after it ("for" + gerund, "to" + verb): "This is the easy excuse" and "finding
 * excuses for failing" (a habit described) are not; "no excuse" is self-blame's.
 */
function excuseFor(s: Sent): JudgmentHit | undefined {
  const t = s.toks;
  const e = t.findIndex((x) => x.norm === 'excuse');
  if (e < 1) return undefined;
  const det = ['an', 'the', 'a'].includes(t[e - 1].norm) ? e - 1 : ['an', 'the', 'a'].includes(t[e - 2]?.norm ?? '') && !punctBefore(s, e - 1) ? e - 2 : -1;
  const act = t[e + 2];
  if (det < 0 || !act || punctBefore(s, e + 1) || punctBefore(s, e + 2)) return undefined;
  // "a good excuse to finally delete …", "gave us an excuse to upgrade": an occasion, not a cover.
  if (OCCASION_WORDS.has(t[e - 1].norm) || t.slice(Math.max(0, det - 3), det).some((x) => ['gave', 'give', 'gives', 'giving', 'given'].includes(x.norm))) return undefined;
  // "is not an excuse to …" still judges the act; only a statement about the review counts
  // ("Calling it an excuse for skipping review misses …"), looked for before the negation.
  const not = det > 0 && isNegation(t[det - 1]) ? det - 1 : det;
  if (isMetaBlameless(s, not)) return undefined;
  const forAct = t[e + 1].norm === 'for' && /ing$/.test(act.norm) && act.norm.length > 4;
  const toAct = t[e + 1].norm === 'to' && /^[a-z][a-z-]+$/.test(act.norm) && !DETERMINERS.has(act.norm) && !/(ed|ing|s)$/.test(act.norm);
  return forAct || toAct ? { first: det, last: e + 2, firstPerson: false, passiveNoActor: false } : undefined;
}

/** Verbs of seeming between a negated auxiliary and "care" ("doesn't seem to care"). */
const SEEM_VERBS = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/**
 * Indifference said of someone else (issue 11): "doesn't seem to care", "couldn't care less",
 * "they never cared about security". The one who does not care is a specific person (a pronoun,
 * a name, a role with its determiner), not the writer ("I don't care") and not people in general
 * ("Users don't care about the internal architecture"); "care which / whether …" is indifference
 * between options, not to a duty.
 */
function indifference(s: Sent, people: Gazetteer): JudgmentHit | undefined {
  const t = s.toks;
  const c = t.findIndex((x) => x.norm === 'care' || x.norm === 'cares' || x.norm === 'cared');
  // "care for" is liking; "care which / whether" is indifference between options.
  if (c < 1 || ['which', 'whether', 'what', 'where', 'when', 'who', 'for'].includes(t[c + 1]?.norm ?? '')) return undefined;
  let k = c - 1;
  if (t[k].norm === 'to' && SEEM_VERBS.has(t[k - 1]?.norm ?? '')) k -= 2;
  if (['really', 'even', 'ever'].includes(t[k]?.norm ?? '')) k--;
  const aux = negatedOfSomeoneElse(s, k, people);
  return aux < 0 ? undefined : { first: aux, last: t[c + 1]?.norm === 'less' ? c + 1 : c, firstPerson: false, passiveNoActor: false };
}

/**
 * The negation ending at token k ("doesn't", "never", "did not") when its subject is someone else:
 * a specific person, not the writer, not people in general (a bare plural: "Users don't care …"),
 * and not with the negation itself denied ("Nobody is saying that the on-call did not care").
 * Returns the negation's first token, or -1. For habits said of a person (indifference, not learning).
 */
function negatedOfSomeoneElse(s: Sent, k: number, people: Gazetteer): number {
  const t = s.toks;
  if (!t[k]) return -1;
  const aux = t[k].norm.endsWith("n't") || t[k].norm === 'never' ? k : t[k].norm === 'not' && k > 0 && AUXILIARY_WORDS.has(t[k - 1].norm) ? k - 1 : -1;
  if (aux < 0 || isMetaBlameless(s, aux)) return -1;
  const person = subjectOf(s, aux, people).person;
  if (!person || person.possessive || person.kind === 'first-person' || person.kind === 'quantifier') return -1;
  if (t.slice(0, person.first).some((x) => isNegation(x) || ['nobody', 'no-one'].includes(x.norm))) return -1;
  if (person.first === person.head && /s$/.test(t[person.head].norm) && person.kind === 'role') return -1;
  return aux;
}
const AUXILIARY_WORDS = new Set(['do', 'does', 'did', 'could', 'would', 'will']);
/** Auxiliaries and copulas: not the lexical verb of a habit ("they are poorly …" is a state). */
const AUXILIARY_VERBS = new Set(['is', 'are', 'am', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'can', 'will', 'would', 'should', 'could', 'may', 'might', 'must', 'seem', 'seems', 'look', 'looks', 'get', 'gets']);

/** What one learns from, owned: "from his mistakes", "from their errors". */
const OWN_FAILINGS = new Set(['mistake', 'mistakes', 'error', 'errors', 'failures', 'failure', 'lessons', 'past']);
const OWNERS = new Set(['his', 'her', 'their', 'your']);

/**
 * A failure to learn said of someone else (issue 11), the negated habit of "learn": "he doesn't
 * learn from his mistakes", "She never learns." It judges the person's character, not an event.
 * Only with what is learnt from owned by them, or with nothing after "never learn(s)"; not a
 * fact learnt late ("didn't learn about the flag until Tuesday"), not first person (a team's own
 * finding), not people in general, not a system ("the model doesn't learn from …" has no person).
 */
function noLearning(s: Sent, people: Gazetteer): JudgmentHit | undefined {
  const t = s.toks;
  const l = t.findIndex((x) => ['learn', 'learns', 'learned', 'learnt'].includes(x.norm));
  if (l < 1) return undefined;
  const owned = t[l + 1]?.norm === 'from' && OWNERS.has(t[l + 2]?.norm ?? '') && OWN_FAILINGS.has(t[l + 3]?.norm ?? '');
  const never = t[l - 1].norm === 'never' && (!t[l + 1] || punctBefore(s, l + 1));
  if (!owned && !never) return undefined;
  let k = l - 1;
  if (['really', 'even', 'ever', 'just'].includes(t[k].norm)) k--;
  const aux = negatedOfSomeoneElse(s, k, people);
  return aux < 0 ? undefined : { first: aux, last: owned ? l + 3 : l, firstPerson: false, passiveNoActor: false };
}

/**
 * The last token of "didn't / did not / never know what {pronoun} {was|were|…} doing / talking
 * about" starting at i, or -1. "We didn't know what the job was doing" is about a system: only a
 * person pronoun counts.
 */
function cluelessAt(s: Sent, i: number): number {
  const t = s.toks;
  let k = i;
  if (["didn't", "don't", "doesn't", 'never'].includes(t[k].norm)) k++;
  else if (['did', 'do', 'does'].includes(t[k].norm) && t[k + 1]?.norm === 'not') k += 2;
  else return -1;
  if (t[k]?.norm === 'really') k++;
  if (!['know', 'knew'].includes(t[k]?.norm ?? '') || t[k + 1]?.norm !== 'what') return -1;
  if (!['they', 'he', 'she', 'i', 'we', 'you'].includes(t[k + 2]?.norm ?? '')) return -1;
  let v = k + 3;
  if (['was', 'were', 'is', 'are', 'am'].includes(t[v]?.norm ?? '')) v++;
  else if (/^(they|we|you)'re$|^(he|she)'s$|^i'm$/.test(t[k + 2].norm)) v = k + 3;
  if (t[v]?.norm === 'doing') return v;
  if (t[v]?.norm === 'talking' && t[v + 1]?.norm === 'about') return v + 1;
  return -1;
}

/** A plain adjective-like word coordinated into a judgment chain: "{copula|filler} optimistic or …". */
function chained(s: Sent, k: number): boolean {
  const t = s.toks;
  if (!/^[a-z][a-z-]{2,}$/.test(t[k].norm) || DETERMINERS.has(t[k].norm) || PREPOSITIONS.has(t[k].norm) || /ly$|ing$/.test(t[k].norm)) return false;
  if (!['and', 'or'].includes(t[k + 1]?.norm ?? '') || punctBefore(s, k + 1)) return false;
  const before = t[k - 1]?.norm ?? '';
  return COPULAS.has(before) || (['too', 'so', 'very', 'quite', 'rather'].includes(before) && !punctBefore(s, k));
}

/** "The change was careless": a people-only judgment of a piece of work (its head noun). */
function workSubject(s: Sent, a: number, b: number): { person: boolean; firstPerson: boolean } | undefined {
  for (let j = b; j >= a; j--) {
    if (PREPOSITIONS.has(s.toks[j].norm)) b = j - 1;
  }
  return b >= a && WORK_NOUNS.includes(s.toks[b].norm) ? { person: false, firstPerson: false } : undefined;
}

/**
 * "His responses were sloppy", "her handover notes were careless": whatever a person's possessive
 * opens, a people-only judgment of it judges the person's work ("our scripts were sloppy" is the
 * writers' own, lowered like any first-person judgment).
 */
function ownedSubject(s: Sent, a: number, b: number): { person: boolean; firstPerson: boolean } | undefined {
  const w = s.toks[a]?.norm ?? '';
  if (a > b || !OWNER_DETERMINERS.has(w)) return undefined;
  return { person: false, firstPerson: w === 'my' || w === 'our' };
}
/** Possessive determiners of people ("their" may be things'). */
const OWNER_DETERMINERS = new Set(['his', 'her', 'your', 'my', 'our']);

/** "The way the vendor escalation was handled was incompetent": a clause with a human verb. */
function passiveHumanAction(s: Sent, a: number, b: number): { person: boolean; firstPerson: boolean } | undefined {
  for (let j = a; j <= b; j++) if (['handled', 'managed', 'run', 'done', 'approved', 'deployed', 'communicated', 'escalated', 'reviewed'].includes(s.toks[j].norm)) return { person: false, firstPerson: false };
  return undefined;
}

function agentEnd(s: Sent, i: number, people: Gazetteer): number {
  for (let k = i; k < Math.min(s.toks.length, i + 4); k++) if (personWord(s, k, people)) return k;
  return i;
}

/**
 * The copula and the participle a manner adverb at `i` judges, the adverb before or after the
 * participle: "The rollout was poorly planned", "was planned poorly", "Some shops are run so
 * poorly". An artefact's state ("poorly documented", "badly configured") is judgment-word-technical;
 * a people-only adverb before the participle judges any human act ("The fix was hurriedly pushed").
 */
function judgedManner(s: Sent, i: number): { copula: number; participle: number } | undefined {
  const t = s.toks;
  const w = t[i].norm;
  if (!['poorly', 'badly', ...STRONG_ADVERBS].includes(w)) return undefined;
  const judged = (copula: number, participle: number) => COPULAS.has(t[copula]?.norm ?? '') && t[Math.max(i, participle) + 1]?.norm !== 'by' && !isMetaBlameless(s, copula);
  const next = t[i + 1]?.norm ?? '';
  if ((MANAGED_PARTICIPLES.includes(next) || (STRONG_ADVERBS.includes(w) && HUMAN_ACTION_PARTICIPLES.includes(next))) && judged(i - 1, i + 1)) return { copula: i - 1, participle: i + 1 };
  let p = i - 1;
  while (p > 0 && ['so', 'very', 'really', 'quite', 'pretty', 'rather', 'extremely', 'incredibly'].includes(t[p].norm)) p--;
  if (p > 0 && MANAGED_PARTICIPLES.includes(t[p].norm) && !punctBefore(s, p + 1) && judged(p - 1, p)) return { copula: p - 1, participle: p };
  return undefined;
}

function firstPersonSubject(s: Sent, i: number, people: Gazetteer): boolean {
  return subjectOf(s, clauseVerb(s, i), people).person?.kind === 'first-person';
}

function clauseVerb(s: Sent, i: number): number {
  for (let k = i - 1; k >= 0; k--) if (isPastTense(s.toks[k].norm) || COPULAS.has(s.toks[k].norm)) return k;
  return i;
}

/** The person before a run of adverbs and "and" (commas allowed): "I accidentally, and really stupidly, …". */
function subjectBeforeAdverbs(s: Sent, i: number, people: Gazetteer): PersonRef | undefined {
  let k = i - 1;
  while (k >= 0 && (isAdverb(s.toks[k]) || ['and', 'or', 'but'].includes(s.toks[k].norm))) k--;
  if (k === i - 1 || k < 0) return undefined;
  const ref = personAt(s, k, people);
  return ref && !ref.possessive ? ref : undefined;
}

/** Words before a gerund "being" that make it a person's conduct: "for being lazy", "and being unprofessional". */
const GERUND_HOSTS = new Set(['for', 'and', 'of', 'about', 'by', 'from', 'to']);
/** The token of "being" before the judgment word at i (fillers between), when a preposition or "and" hosts it; or -1. */
function gerundOfBe(s: Sent, i: number): number {
  const t = s.toks;
  let k = i - 1;
  while (k >= 0 && FILLERS.has(t[k].norm) && !punctBefore(s, k + 1)) k--;
  if (k < 1 || t[k].norm !== 'being' || punctBefore(s, k + 1) || punctBefore(s, k)) return -1;
  // ("Nobody was blamed for being careless": denied.)
  if (t.slice(0, k).some((x) => isNegation(x) || ['nobody', 'no-one'].includes(x.norm))) return -1;
  return GERUND_HOSTS.has(t[k - 1].norm) ? k : -1;
}

/** Possessive determiners that make an act someone's: "your attitude", "his actions". */
const PERSON_POSSESSIVES = new Set(['his', 'her', 'their', 'your']);

/** Is the noun at k a human act owned by a person ("your attitude", "the captain's management")? Returns the owner's first token, or -1. */
function ownerOfAct(s: Sent, k: number, people: Gazetteer): number {
  return HUMAN_ACTION_NOUNS.includes(s.toks[k]?.norm ?? '') ? ownerBefore(s, k, people) : -1;
}

/** The first token of a person's possessive right before token k ("his", "the captain's"), or -1. */
function ownerBefore(s: Sent, k: number, people: Gazetteer): number {
  if (k < 1 || punctBefore(s, k)) return -1;
  if (PERSON_POSSESSIVES.has(s.toks[k - 1].norm)) return k - 1;
  const ref = personAt(s, k - 1, people);
  return ref?.possessive ? ref.first : -1;
}

/** Acts a person does whose quality a verdict judges ("provided inadequate care", "did a lousy job"), in the singular. */
const ACTS_JUDGED = new Set([...HUMAN_ACTION_NOUNS.filter((w) => !['way', 'work'].includes(w)), 'care', 'briefing', 'job', 'supervision', 'performance', 'advice', 'explanation', 'documentation', 'communication']);

/**
 * A verdict that also grades things, on an act or attitude a person owns: predicated ("Your
 * attitude is disgusting", "his actions were inadequate") or attributive ("the captain's
 * ineffective management"). "The cooling was inadequate" and "the company's inadequate oversight"
 * (no person owns them) are left alone, and so is a denial ("his response was not inadequate").
 */
function ownedActJudged(s: Sent, i: number, people: Gazetteer): JudgmentHit | undefined {
  const t = s.toks;
  if (isMetaBlameless(s, i)) return undefined;
  // Attributive: "the captain's ineffective management", "your lousy attitude".
  if (i > 0 && HUMAN_ACTION_NOUNS.includes(t[i + 1]?.norm ?? '') && !punctBefore(s, i + 1) && !punctBefore(s, i)) {
    const owner = ownerBefore(s, i, people);
    if (owner >= 0) return { first: owner, last: i + 1, firstPerson: false, passiveNoActor: false };
    // The owner named after the act: "disrespectful behaviour from superiors", "inadequate handling by the crew".
    if (['by', 'from'].includes(t[i + 2]?.norm ?? '') && !punctBefore(s, i + 2)) {
      const agent = personAt(s, DETERMINERS.has(t[i + 3]?.norm ?? '') ? i + 4 : i + 3, people);
      let last = agent?.last ?? -1;
      // ("the on-call engineer": the agent runs to its last person word.)
      while (agent && personWord(s, last + 1, people) && !punctBefore(s, last + 1)) last++;
      if (agent && !agent.possessive && agent.kind !== 'quantifier') return { first: i, last, firstPerson: agent.kind === 'first-person', passiveNoActor: false };
    }
  }
  // The act done by the clause's subject: "The nurse provided inadequate care", "He made a terrible
  // decision", "the engineer did a lousy job" (not "the alert gave a terrible signal": a thing's).
  if (i > 1 && ACTS_JUDGED.has((t[i + 1]?.norm ?? '').replace(/s$/, '')) && !punctBefore(s, i + 1) && !punctBefore(s, i)) {
    let v = i - 1;
    while (v > 0 && (DETERMINERS.has(t[v].norm) || FILLERS.has(t[v].norm) || ['some', 'such'].includes(t[v].norm)) && !punctBefore(s, v + 1)) v--;
    const verb = t[v];
    const sub = v < i && /^[a-z]+$/.test(verb.norm) && !COPULAS.has(verb.norm) && !PREPOSITIONS.has(verb.norm) && !isNegation(verb) && !negatedBefore(s, v, 2) ? subjectOf(s, v, people).person : undefined;
    if (sub && !sub.possessive && sub.kind !== 'quantifier' && (isPastTense(verb.norm) || /^[a-z]{3,}s$/.test(verb.norm))) return { first: sub.first, last: i + 1, firstPerson: sub.kind === 'first-person', passiveNoActor: false };
  }
  let k = i - 1;
  while (k >= 0 && (FILLERS.has(t[k].norm) || (/ly$/.test(t[k].norm) && isAdverb(t[k]))) && !punctBefore(s, k + 1)) k--;
  if (k < 2 || !['is', 'was', 'were', 'are'].includes(t[k].norm) || punctBefore(s, k + 1) || punctBefore(s, k)) return undefined;
  if (t.slice(k + 1, i).some((x) => isNegation(x))) return undefined;
  const owner = ownerOfAct(s, k - 1, people);
  return owner >= 0 ? { first: owner, last: i, firstPerson: false, passiveNoActor: false } : undefined;
}

/**
 * Disapproval of what someone did, stated as the writer's reaction: "It's sickening to me that
 * people take such risks", "Disappointing this was merged while tests were failing". The clause
 * after it has a person as subject (not the writers: "it's disappointing that we …" is the team's
 * own regret) or a human act in the passive ("was merged"). A system outcome ("that the job
 * failed") is left alone.
 */
function disapprovalOfAct(s: Sent, people: Gazetteer): JudgmentHit | undefined {
  const t = s.toks;
  const r = t.findIndex((x) => DISAPPROVAL.has(x.norm));
  if (r < 0 || isNegation(t[r - 1] ?? t[r]) || isMetaBlameless(s, r)) return undefined;
  let c = r + 1;
  if (t[c]?.norm === 'to' && ['me', 'us', 'see'].includes(t[c + 1]?.norm ?? '')) c += 2;
  if (t[c]?.norm === 'that') c++;
  // The clause hangs on the reaction itself: "unacceptable, and the team …", "unacceptable for checkout" do not.
  if (!t[c] || punctBefore(s, c) || PREPOSITIONS.has(t[c].norm) || (BOUNDARY_WORDS.has(t[c].norm) && t[c - 1].norm !== 'that')) return undefined;
  // The clause's verb, within a few words: a passive human act, or a verb whose subject is a person.
  for (let v = c + 1; v < Math.min(t.length, c + 6); v++) {
    if (punctBefore(s, v)) return undefined;
    const w = t[v].norm;
    if (['was', 'were'].includes(w) && HUMAN_ACTION_PARTICIPLES.includes(t[v + 1]?.norm ?? '')) return { first: r, last: r, firstPerson: false, passiveNoActor: true };
    if (!/^[a-z]+$/.test(w) || DETERMINERS.has(w) || PREPOSITIONS.has(w)) continue;
    const who = subjectOf(s, v, people).person;
    if (who && !who.possessive && who.kind !== 'first-person' && who.first >= c) return { first: r, last: r, firstPerson: false, passiveNoActor: false };
  }
  return undefined;
}

/** Forms of "fall" that measure conduct against a standard: "fell below", "falls short of". */
const FALL_FORMS = new Set(['fell', 'fall', 'falls', 'fallen', 'falling']);
/** What conduct is measured against: "the standard", "that of a registered nurse", "what was expected". */
const STANDARD_WORDS = new Set(['standard', 'standards', 'that', 'expected', 'expectations', 'required', 'acceptable', 'bar', 'duty']);
/** A person's conduct named as an act they own ("her conduct", "the nurse's care", "his practice"). */
const CONDUCT_NOUNS = new Set([...HUMAN_ACTION_NOUNS, 'care', 'practice', 'performance', 'treatment', 'standard', 'standards']);

/**
 * Conduct measured and found short: "Her conduct fell below that of a registered nurse", "the
 * surgeon's care fell far short of the standard expected", "the pilot fell short of the standards".
 * The subject is a person or an act a person owns; "the batch fell short of the target" and "the
 * service falls short of this standard" (no person) are left alone, and so is a denial.
 */
function fellShort(s: Sent, i: number, people: Gazetteer): JudgmentHit | undefined {
  const t = s.toks;
  if (!FALL_FORMS.has(t[i].norm)) return undefined;
  let k = i + 1;
  while (k < t.length && (isAdverb(t[k]) || ['far', 'well', 'way', 'so'].includes(t[k].norm)) && !isNegation(t[k])) k++;
  const last = t[k]?.norm === 'below' ? k : t[k]?.norm === 'short' && t[k + 1]?.norm === 'of' ? k + 1 : -1;
  if (last < 0 || negatedBefore(s, i, 3) || isMetaBlameless(s, i)) return undefined;
  // Measured against a standard of conduct ("the standard", "that of a nurse", "what was expected"), not a quantity ("below zero", "below forecast").
  if (!t.slice(last + 1, last + 6).some((x) => STANDARD_WORDS.has(x.norm))) return undefined;
  const sub = subjectOf(s, i, people);
  if (sub.person && sub.person.kind !== 'quantifier' && !sub.person.possessive) return { first: sub.person.first, last, firstPerson: sub.person.kind === 'first-person', passiveNoActor: false };
  const head = sub.head ?? i - 1;
  const owner = CONDUCT_NOUNS.has(t[head]?.norm ?? '') ? ownerBefore(s, head, people) : -1;
  return owner >= 0 ? { first: owner, last, firstPerson: personWord(s, owner, people) === 'first-person', passiveNoActor: false } : undefined;
}

const VIRTUE_WORDS = VIRTUES.map(phraseWords);
/** Verbs by which a person has a virtue missing: "they lack competence". */
const LACK_VERBS = new Set(['lack', 'lacks', 'lacked', 'lacking']);
/** Verbs by which a person displays a quality: "showed", "demonstrated". */
const SHOW_VERBS = new Set(['show', 'shows', 'showed', 'shown', 'display', 'displays', 'displayed', 'demonstrate', 'demonstrates', 'demonstrated', 'exhibit', 'exhibits', 'exhibited']);
/** How much of a quality was shown, when it is too little: "limited insight", "no remorse", "a lack of". */
const TOO_LITTLE = new Set(['limited', 'little', 'no', 'poor', 'questionable', 'insufficient', 'inadequate', 'minimal', 'scant', 'zero', 'lack', 'lacking', 'deficient']);
/** Words that may stand before the quality: "the", "any", "basic", "sufficient", "a", "of". */
const VIRTUE_FILLERS = new Set(['the', 'any', 'basic', 'sufficient', 'necessary', 'enough', 'a', 'an', 'of', 'very', 'professional', 'clinical', 'good', 'sound', 'real']);

/** The virtue a few words after `k` (fillers skipped): its last token, or -1. */
function virtueAfter(s: Sent, k: number): number {
  let j = k;
  while (j < s.toks.length && j < k + 4 && VIRTUE_FILLERS.has(s.toks[j].norm) && !punctBefore(s, j)) j++;
  if (j >= s.toks.length || punctBefore(s, j)) return -1;
  const v = VIRTUE_WORDS.find((w) => matchesAt(s, j, w));
  return v ? j + v.length - 1 : -1;
}

/**
 * A virtue of conduct found wanting (VIRTUES): a person lacking it ("they lack competence", "the
 * crew lacked the discipline to …"), showing too little of it ("He showed limited insight",
 * "displayed no remorse"), or "a lapse in judgment". Denied ("never lacked judgment") or about the
 * review (meta-blameless), it is no verdict; a thing that "lacks care" or a dashboard that "showed
 * little insight" has no person as subject.
 */
function virtueWanting(s: Sent, i: number, people: Gazetteer): JudgmentHit | undefined {
  const t = s.toks;
  const w = t[i].norm;
  if (['lapse', 'lapses'].includes(w) && ['in', 'of'].includes(t[i + 1]?.norm ?? '') && !punctBefore(s, i + 1)) {
    const last = virtueAfter(s, i + 2);
    return last > 0 && !isMetaBlameless(s, i) ? { first: i, last, firstPerson: firstPersonSubject(s, i, people), passiveNoActor: false } : undefined;
  }
  const lack = LACK_VERBS.has(w);
  if (!lack && !SHOW_VERBS.has(w)) return undefined;
  let last = -1;
  if (lack) last = virtueAfter(s, i + 1);
  else {
    let j = i + 1;
    if (['a', 'an'].includes(t[j]?.norm ?? '')) j++;
    if (TOO_LITTLE.has(t[j]?.norm ?? '') && !punctBefore(s, j)) last = virtueAfter(s, j + 1);
  }
  if (last < 0) return undefined;
  const sub = subjectOf(s, i, people).person;
  if (!sub || sub.possessive || sub.kind === 'quantifier' || isNegation(t[i - 1] ?? t[i]) || isMetaBlameless(s, sub.first)) return undefined;
  return { first: sub.first, last, firstPerson: sub.kind === 'first-person', passiveNoActor: false };
}

/** Verdicts on a person's character (CHARACTER_VERDICTS, and OWNED_ACT_VERDICTS but the amounts). */
// (A character verdict in WordNet's conduct class keeps this frame first, and takes the judgment
// words' frames after it: "a disrespectful reply". CONDUCT_WORDS holds no listed judgment word.)
const CHARACTER = new Set([...CHARACTER_VERDICTS, ...OWNED_ACT_VERDICTS.filter((w) => !AMOUNT_VERDICTS.includes(w))].filter((w) => !WORDS.has(w) || CONDUCT_WORDS.has(w)));
/** Copulas whose subject is before them: "he is", "they were", "he's". */
const PERSON_COPULAS = new Set(['is', 'was', 'were', 'are', 'am', 'seems', 'seemed', 'became', 'been', 'being', ...LINKING_VERBS]);

/**
 * A verdict on a person's character or competence (CHARACTER): predicated of a person ("The
 * maintainer was dismissive", "he's useless", "the admins are utterly hopeless", "they were
 * terrible at handoffs"), or heading a person ("a terrible manager", "useless admins"). Not denied,
 * not hypothetical ("if he is rude"), not of a thing ("the dashboard is useless"), and not a
 * quantifier's ("Nobody was rude"). People in general ("engineers are lazy") stay a generalisation
 * (checkSentences' generic scope).
 */
function characterJudged(s: Sent, i: number, people: Gazetteer): JudgmentHit | undefined {
  const t = s.toks;
  if (isMetaBlameless(s, i) || deniedBefore(s, i)) return undefined;
  // Attributive: "a terrible manager", "useless admins" (not "hostile actors", excluded above).
  const next = personWord(s, i + 1, people);
  if (next && next !== 'first-person' && next !== 'pronoun' && !punctBefore(s, i + 1) && !/'s$|s'$/.test(t[i + 1].norm)) {
    const before = t[i - 1]?.norm ?? '';
    if (i === 0 || DETERMINERS.has(before) || FILLERS.has(before) || PERSON_COPULAS.has(before)) return { first: i, last: i + 1, firstPerson: false, passiveNoActor: false };
  }
  // Predicate: back over fillers and -ly adverbs to the copula.
  let k = i - 1;
  while (k >= 0 && (FILLERS.has(t[k].norm) || (/ly$/.test(t[k].norm) && isAdverb(t[k]))) && !punctBefore(s, k + 1)) k--;
  if (k < 0 || punctBefore(s, k + 1)) return undefined;
  // The predicate closes its phrase: "rude to the on-call", "useless.", not "a useless dashboard".
  const after = t[i + 1];
  if (after && !punctBefore(s, i + 1) && !PREPOSITIONS.has(after.norm) && !['and', 'or', 'but', 'when', 'because', 'about'].includes(after.norm)) return undefined;
  if (['if', 'unless', 'whether'].includes(t[clauseStart(s, k) - 1]?.norm ?? '') || ['if', 'unless', 'whether'].includes(t[clauseStart(s, k)]?.norm ?? '')) return undefined;
  const contracted = CONTRACTED_BE.get(t[k].norm);
  if (contracted !== undefined) {
    // ("they're": a person must be named before it.)
    if (t[k].norm === "they're" && !t.slice(0, k).some((_, j) => personWord(s, j, people))) return undefined;
    return { first: k, last: i, firstPerson: contracted, passiveNoActor: false };
  }
  if (!PERSON_COPULAS.has(t[k].norm)) return undefined;
  const person = subjectOf(s, k, people).person;
  if (!person || person.possessive || person.kind === 'quantifier' || ['nobody', 'no-one', 'none'].includes(t[person.head].norm)) return undefined;
  // ("They were useless" may be the tools of the sentence before: "they" needs a person before it.)
  if (t[person.head].norm === 'they' && !t.slice(0, person.head).some((_, j) => personWord(s, j, people))) return undefined;
  return { first: person.first, last: i, firstPerson: person.kind === 'first-person', passiveNoActor: false };
}

/**
 * WordNet 3.0's antonyms of the judgment and character adjectives (careless → careful, incompetent →
 * competent, unprofessional → professional, dishonest → honest …), the virtues whose denial of a
 * person is the same verdict ("The reviewer wasn't careful enough", "he is not competent"). Not the
 * antonyms that also describe things or states ("appropriate", "proper", "fit", "capable", "smart",
 * "patient", "civil"), and not "responsible", whose denial is as often an exoneration ("not
 * responsible for the outage").
 */
const DENIABLE_VIRTUES = new Set(['careful', 'cautious', 'attentive', 'heedful', 'thoughtful', 'competent', 'qualified', 'diligent', 'conscientious', 'professional', 'prudent', 'honest', 'ethical', 'scrupulous', 'courteous', 'polite', 'respectful', 'cooperative', 'thorough']);

/**
 * A virtue of conduct denied of a person: "{person} {be} not (very / particularly / that) {virtue}
 * (enough)", "{person} wasn't careful enough". Not a question or a hypothetical ("if he is not
 * careful"), not a quantifier's, and not of a thing ("the parser is not careful").
 */
function virtueDenied(s: Sent, i: number, people: Gazetteer): JudgmentHit | undefined {
  const t = s.toks;
  // (The review's own statements still count: "a statement about the review" is asked of the subject,
  // since "was not" before the virtue is the verdict itself, not a denial of a blame word.)
  if (s.question) return undefined;
  let k = i - 1;
  while (k >= 0 && ['very', 'particularly', 'that', 'too', 'overly', 'always', 'sufficiently', 'really', 'quite', 'especially', 'terribly', 'exactly', 'as', 'so', 'entirely', 'fully'].includes(t[k].norm)) k--;
  if (k < 0 || punctBefore(s, k + 1)) return undefined;
  // The negation: "not" after the copula, or the copula with "n't" written into it.
  let copula = -1;
  if (['not', 'never'].includes(t[k].norm) && k > 0 && (copulaAt(s, k - 1) || PERSON_COPULAS.has(t[k - 1].norm))) copula = k - 1;
  else if (/^(?:is|are|was|were|ai)n't$/.test(t[k].norm)) copula = k;
  if (copula < 0) return undefined;
  const start = clauseStart(s, copula);
  if (['if', 'unless', 'whether'].includes(t[start - 1]?.norm ?? '') || ['if', 'unless', 'whether'].includes(t[start]?.norm ?? '')) return undefined;
  // ("careful with the keys", "careful enough", the end of the clause: the predicate closes; not "a careful parser".)
  const after = t[i + 1];
  if (after && !punctBefore(s, i + 1) && !PREPOSITIONS.has(after.norm) && !['enough', 'to', 'and', 'or', 'but', 'when', 'about'].includes(after.norm)) return undefined;
  const person = subjectOf(s, copula, people).person;
  if (!person || person.possessive || person.kind === 'quantifier' || ['nobody', 'no-one', 'none'].includes(t[person.head].norm) || isMetaBlameless(s, person.first)) return undefined;
  if (t[person.head].norm === 'they' && !t.slice(0, person.head).some((_, j) => personWord(s, j, people))) return undefined;
  const last = after?.norm === 'enough' && !punctBefore(s, i + 1) ? i + 1 : i;
  return { first: person.first, last, firstPerson: person.kind === 'first-person', passiveNoActor: false };
}

/**
 * A judgment on a noun that an agent phrase gives to a person: "{word} {noun} (by|from) {person}"
 * ("lame posts by the moderator", "disrespectful behaviour from superiors", "sloppy commits by the
 * contractor"), as a relative clause with a person subject does ("the careless changes he pushed").
 * Not a thing as agent ("poor throughput from the replica"), not denied, not about the review.
 */
function actByAgent(s: Sent, i: number, people: Gazetteer): JudgmentHit | undefined {
  const t = s.toks;
  if (isMetaBlameless(s, i) || deniedBefore(s, i)) return undefined;
  // One or two nouns after the word ("posts", "code reviews"), then the agent's preposition.
  let n = i + 1;
  while (n < t.length && n <= i + 2 && !punctBefore(s, n) && /^[a-z][a-z-]+$/.test(t[n].norm) && !DETERMINERS.has(t[n].norm) && !PREPOSITIONS.has(t[n].norm) && !BOUNDARY_WORDS.has(t[n].norm) && !COPULAS.has(t[n].norm)) n++;
  if (n === i + 1 || n >= t.length || punctBefore(s, n) || !['by', 'from'].includes(t[n].norm)) return undefined;
  // ("in here by kor": a place may stand between the noun and the agent.)
  let a = n + 1;
  if (DETERMINERS.has(t[a]?.norm ?? '')) a++;
  const who = personAt(s, a, people);
  if (!who || who.possessive || who.kind === 'quantifier' || who.kind === 'first-person') return undefined;
  // ("the support engineer": the agent runs to its last person word.)
  let last = who.last;
  while (personWord(s, last + 1, people) && !punctBefore(s, last + 1)) last++;
  return { first: i, last, firstPerson: false, passiveNoActor: false };
}

/** Contracted subject and copula: "you're", "he's". */
const CONTRACTED_BE = new Map<string, boolean>([["you're", false], ["he's", false], ["she's", false], ["they're", false], ["we're", true], ["i'm", true]]);
/** Words that may stand between a copula and a predicate noun: "a little", "such a", "both", "just a total". */
const PREDICATE_MODIFIERS = new Set(['a', 'an', 'such', 'both', 'all', 'just', 'little', 'total', 'complete', 'real', 'absolute', 'utter', 'useless', 'massive', 'big', 'huge', 'fucking', 'bloody', 'damn', 'right', 'proper', 'pathetic', 'lying', 'arrogant', 'lazy', 'toxic', 'basically', 'really', 'truly', 'simply', 'of', 'kind', 'sort', 'bunch']);

/**
 * The pejorative at i predicated of a person: "{person} {be} (a) (modifiers) {noun}", the contracted
 * "you're being an ass", or "being a {noun}" (only people are). Not denied ("He is not a bully"),
 * not a hypothetical ("if he is a jerk"), not about the review.
 */
function labelledPerson(s: Sent, i: number, people: Gazetteer): JudgmentHit | undefined {
  const t = s.toks;
  // "a fraud analyst", "a pest control company": the word modifies a noun after it ("liars when it
  // came to …" ends the phrase at a clause).
  if (!headsPhrase(s, i, people) && !BOUNDARY_WORDS.has(s.toks[i + 1].norm)) return undefined;
  let k = i - 1;
  while (k >= 0 && k > i - 5 && PREDICATE_MODIFIERS.has(t[k].norm) && !punctBefore(s, k + 1)) k--;
  if (k < 0 || punctBefore(s, k + 1) || isMetaBlameless(s, k)) return undefined;
  // "being a loudmouth" after a finite "be" or a preposition ("notorious for being …"): the progressive or a gerund.
  let copula = k;
  if (t[k].norm === 'being') {
    if (PREPOSITIONS.has(t[k - 1]?.norm ?? '')) return { first: k, last: i, firstPerson: false, passiveNoActor: false, label: true };
    copula = k - 1;
  }
  const c = t[copula];
  if (!c || isNegation(c) || isNegation(t[copula + 1] ?? c) || (t[copula + 1]?.norm === 'not')) return undefined;
  if (['if', 'unless', 'whether'].includes(t[clauseStart(s, copula) - 1]?.norm ?? '')) return undefined;
  const contracted = CONTRACTED_BE.get(c.norm);
  // "The cron jobs are old and they're hacks": "they" needs a person before it to be one.
  if (c.norm === "they're" && !t.slice(0, copula).some((_, k) => personWord(s, k, people))) return undefined;
  if (contracted !== undefined) return { first: copula, last: i, firstPerson: contracted, passiveNoActor: false, label: true };
  if (!['is', 'are', 'was', 'were', 'am', 'be', 'been'].includes(c.norm)) return undefined;
  const person = subjectOf(s, copula, people).person;
  if (!person || person.possessive) return undefined;
  return { first: person.first, last: i, firstPerson: person.kind === 'first-person', passiveNoActor: false, label: true };
}

/** Words that can follow the head of a noun phrase: it ends there ("poor flying by the crew", "misguided refactoring I guess"). */
const AFTER_HEAD = new Set(['and', 'or', 'but', 'is', 'was', 'were', 'are', 'that', 'which', 'who', 'i', 'we', 'he', 'she', 'they', 'you', 'early', 'here', 'there', 'again', 'all']);
/** Does the noun at k end its phrase (nothing after it that it could modify)? */
function headsPhrase(s: Sent, k: number, people: Gazetteer): boolean {
  const after = s.toks[k + 1];
  if (!after || punctBefore(s, k + 1)) return true;
  return PREPOSITIONS.has(after.norm) || AFTER_HEAD.has(after.norm) || isAdverb(after) || personWord(s, k + 1, people) === 'pronoun';
}

/** Nouns that head a compound whose modifier is an action noun ("execution results", "response times"). */
const COMPOUND_HEADS = new Set(['result', 'results', 'time', 'times', 'path', 'paths', 'plan', 'plans', 'log', 'logs', 'engine', 'environment', 'context', 'code', 'layer', 'model', 'tree', 'trees', 'flow', 'status', 'rate', 'rates', 'latency', 'latencies', 'order', 'mode', 'policy', 'queue', 'thread', 'stack', 'payload', 'payloads', 'header', 'headers', 'body', 'bodies', 'size', 'sizes', 'codes', 'value', 'values']);

/** Pejorative nouns for a kind of person (normative-judgment.phrases.ts). */
const PERSON_LABELS = new Set(['idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'incompetents', 'numpty', 'clowns', 'cowboys', 'cowboy', 'slacker', 'slackers', 'irresponsibles', 'fuckwit']);
/** What a charge says was caused "by" the judgment noun: "manslaughter by gross negligence", "causing injury by recklessness". */
const CHARGE_HEADS = [...LEGAL_HEADS, 'injury', 'injuries', 'death', 'deaths'];
/** Nouns that name a judgment of conduct ("negligence"): a verdict when said of someone, a concept when defined or weighed. */
const JUDGMENT_NOUNS = new Set(['negligence', 'incompetence', 'carelessness', 'recklessness', 'sloppiness', ...CONDUCT_NOUN_PHRASES]);
const CONCEPT_BEFORE = ['examples of', 'example of', 'way of saying', 'definition of', 'meaning of', 'prove', 'proving', 'proven', 'considered', 'contributory', 'nor to', 'or to', 'such as', 'kinds of', 'types of', 'forms of'].map(phraseWords);
const CONCEPT_AFTER = new Set(['means', 'mean', 'can', 'could', 'may', 'might', 'include', 'includes', 'refers', 'requires', 'differs']);

/**
 * The action noun at `k` is a system's: "improper handling of transaction volume", "a bad
 * behavior of the new chat feature" (judgment-word-technical). "Poor handling of the incident" is
 * a person's, since an incident is no system part; a people-only word ("careless handling of the
 * config") is checked by the caller.
 */
function actOfThing(s: Sent, k: number, people: Gazetteer): boolean {
  const t = s.toks;
  if (t[k + 1]?.norm !== 'of' || punctBefore(s, k + 1)) return false;
  // "… of the config by the on-call": the agent named is a person.
  for (let b = k + 2; b < t.length; b++) {
    if (t[b].norm !== 'by') continue;
    let a = b + 1;
    while (a < t.length && DETERMINERS.has(t[a].norm)) a++;
    if (personAt(s, a, people)) return false;
  }
  for (let j = k + 2; j < Math.min(t.length, k + 6); j++) {
    if (punctBefore(s, j)) return false;
    const w = t[j].norm;
    const one = w.replace(/s$/, '');
    if (SYSTEM_NOUNS.includes(w) || SYSTEM_NOUNS.includes(one) || HANDLED_LOADS.has(w) || HANDLED_LOADS.has(one)) return true;
  }
  return false;
}
const HANDLED_LOADS = new Set(['volume', 'traffic', 'load', 'error', 'exception', 'timeout', 'retry', 'retries', 'input', 'event', 'message', 'transaction', 'edge', 'null', 'value', 'packet', 'payload', 'header', 'signal']);

/** True when the judgment noun at `i` (after an optional "gross"/"criminal"/"ordinary") is named as a concept. */
function judgmentNounAsConcept(s: Sent, i: number): boolean {
  const t = s.toks;
  let k = i;
  if (['gross', 'criminal', 'ordinary', 'simple', 'professional', 'medical'].includes(t[k - 1]?.norm ?? '')) k--;
  // The cue may stand a few linking words before: "prove intent or gross negligence".
  let end = k - 1;
  while (end > 0 && k - end < 4 && ['a', 'the', 'any', 'or', 'and', 'intent'].includes(t[end].norm)) end--;
  if (CONCEPT_BEFORE.some((c) => end - c.length + 1 >= 0 && matchesAt(s, end - c.length + 1, c))) return true;
  // The name of a charge: "manslaughter by gross negligence", "homicide by professional
  // recklessness", "gross negligence manslaughter" are facts of a case, like "reckless endangerment".
  if ((t[end]?.norm === 'by' && CHARGE_HEADS.includes(t[end - 1]?.norm ?? '')) || LEGAL_HEADS.includes(t[i + 1]?.norm ?? '')) return true;
  return CONCEPT_AFTER.has(t[i + 1]?.norm ?? '') && !['his', 'her', 'their', 'your', 'my', 'our'].includes(t[k - 1]?.norm ?? '') && !/'s$/.test(t[k - 1]?.norm ?? '');
}

/** A denial before the judgment in its clause: "Nobody was careless enough to …", "not stupid enough to". */
function deniedBefore(s: Sent, i: number): boolean {
  const t = s.toks;
  for (let k = i - 1; k >= clauseStart(s, i); k--) if (isNegation(t[k]) || ['nobody', 'no-one', 'none'].includes(t[k].norm) || (t[k].norm === 'no' && t[k + 1]?.norm === 'one')) return true;
  return isMetaBlameless(s, i);
}

/** Words that may stand inside a coordinated run of adjectives ("dumb, embarrassing and other regrettable"). */
const ADJECTIVE_RUN_JOINERS = new Set(['and', 'or', 'other']);
/**
 * The head of a coordinated run of adjectives that starts at the judgment word i: "dumb,
 * embarrassing and regrettable choices" → "choices". The run has a comma or a coordinator and
 * another adjective in it (a single modifier is the plain adjective case), at most four words, and ends at a human-action
 * noun, or at a piece of work when the judgment is people-only; -1 otherwise.
 */
function coordinatedHead(s: Sent, i: number, peopleOnly: boolean): number {
  const t = s.toks;
  let joined = false;
  let adjectives = 0;
  for (let k = i + 1; k < Math.min(t.length, i + 6); k++) {
    const gap = gapBefore(s, k);
    const comma = /^\s*,\s*$/.test(gap);
    if (!comma && punctBefore(s, k)) return -1;
    if (comma) joined = true;
    const w = t[k].norm;
    if (HUMAN_ACTION_NOUNS.includes(w) || (peopleOnly && WORK_NOUNS.includes(w))) {
      // ("calling the user stupid, thinking it can't happen": no adjective in between, so the
      // "-ing" word opens a clause and heads no run.)
      if (!joined || adjectives === 0 || ['work', 'job', 'way', 'call'].includes(w)) return -1;
      const after = t[k + 1];
      return after && !punctBefore(s, k + 1) && COMPOUND_HEADS.has(after.norm) ? -1 : k;
    }
    if (ADJECTIVE_RUN_JOINERS.has(w)) {
      joined = true;
      continue;
    }
    // An adjective-like word: no determiner, preposition, pronoun or verb of a clause.
    if (!/^[a-z][a-z-]+$/.test(w) || DETERMINERS.has(w) || PREPOSITIONS.has(w) || COPULAS.has(w) || /ly$/.test(w) || BOUNDARY_WORDS.has(w)) return -1;
    adjectives++;
  }
  return -1;
}

/** Judgment words about what someone knows, which take "of" for its object ("ignorant of the risk"). */
const KNOWING_WORDS = new Set(['ignorant', 'oblivious', 'clueless', 'heedless']);

/** Present-tense verbs of saying and thinking that open a clause of their own. */
const REPORTING_VERBS = new Set(['says', 'say', 'think', 'thinks', 'believe', 'believes', 'feel', 'feels', 'claim', 'claims', 'argue', 'argues', 'notes', 'writes', 'knows', 'know']);

const DO_FORMS = new Set(['do', 'did', 'done', 'does', 'doing']);
/** "did a (really) stupid thing", "a careless thing to do": the thing at i+1 is something done. */
function thingDone(s: Sent, i: number): boolean {
  const t = s.toks;
  if (t[i + 2]?.norm === 'to' && DO_FORMS.has(t[i + 3]?.norm ?? '')) return true;
  let k = i - 1;
  while (k >= 0 && k > i - 4 && (DETERMINERS.has(t[k].norm) || isAdverb(t[k]) || FILLERS.has(t[k].norm))) k--;
  return k >= 0 && DO_FORMS.has(t[k].norm) && !deniedBefore(s, k + 1);
}

/**
 * The person a relative clause hangs on, as the subject of the predicate: "Co-workers who
 * constantly blame others are toxic", "the team that shipped this was sloppy". The clause opens
 * with its verb (or an adverb), so "who"/"that" is its subject: not "told the engineer that the
 * latency was bad", where the clause has its own subject.
 */
function relativeClauseSubject(s: Sent, start: number, end: number, people: Gazetteer): { person: boolean; firstPerson: boolean } | undefined {
  const t = s.toks;
  const rel = t[start - 1]?.norm;
  if (rel !== 'who' && rel !== 'that') return undefined;
  const opener = t[start];
  if (!opener || DETERMINERS.has(opener.norm) || PREPOSITIONS.has(opener.norm) || personWord(s, start, people)) return undefined;
  if (rel === 'that' && !isPastTense(opener.norm) && !isAdverb(opener)) return undefined;
  // One verb in the clause: in "The SRE who reviewed the dashboard said the thresholds were poor"
  // a second verb ("said") opens the clause the predicate belongs to, about other things.
  if (t.slice(start + 1, end + 1).some((x) => isPastTense(x.norm) || REPORTING_VERBS.has(x.norm))) return undefined;
  const ref = start >= 2 && !punctBefore(s, start - 1) ? personAt(s, start - 2, people) : undefined;
  return ref && !ref.possessive && ref.kind !== 'first-person' ? { person: true, firstPerson: false } : undefined;
}

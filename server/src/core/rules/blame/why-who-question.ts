// Why or who questions aimed at people (catalogue §2.7): "Why did / didn't / would {person-like}
// …?", "Who approved / pushed / broke …?", and the accusatory "What were you thinking, …?" /
// "What were you thinking running …?". Why-questions about mechanisms, who-questions about
// ownership, and What/How questions are the facilitation questions the seed wants.
import type { Rule, RuleFinding, Fix, Span } from '../../types';
import type { ProseUnit } from '../../model';
import { proseSpan } from '../../model';
import type { Gazetteer } from '../../people';
import { PREPOSITIONS, isPastParticiple, matchesAt, personWord, personAt, punctBefore, gapAfter, gapBefore, DETERMINERS, type Sent, type PersonKind, checkSentences, listOf } from './grammar';
import { sectionSeverity } from './sections';
import { SYSTEM_NOUNS } from '../../people.data';
import { phraseWords } from '../../phrases';
import { WHY_AUXILIARIES, WHO_BLAME_VERBS, CARRY_OBJECT_VERBS, SEED_QUESTIONS, LEADING_WORDS, BLAME_PREDICATES } from './why-who-question.phrases';

// Regexes with \p{…} live at module level: the TypeScript transforms (esbuild, tsx) turn them
// into `new RegExp(…)`, which inside a function is rebuilt on every call.
const STARTS_UPPER = /^\p{Lu}/u;

const ID = 'why-who-question';
const WHO_VERBS = WHO_BLAME_VERBS.map((v) => ({ phrase: v.phrase, words: phraseWords(v.phrase) })).sort((a, b) => b.words.length - a.words.length);

export const PROMPTS = SEED_QUESTIONS;

export const rule: Rule = {
  id: ID,
  category: 'blame',
  scope: 'prose',
  defaultSeverity: 'warning',
  description: '"Why did you …?" or "Who approved …?" asks for a justification or a culprit.',
  explanation:
    '"Why did you …" asks for a justification, and "who …" asks for a culprit. Ask what the person saw and how the action made sense at the time.',
  sources: ['ALL-IH', 'PD-B', 'PD-M', 'ETSY-DFG', 'SREW', 'seed'],
  prompts: PROMPTS,
  check(model, context) {
    return checkSentences(
      model,
      context.config,
      ID,
      (s, people) => listOf(findWhyWho(s, people)),
      finding,
      (span, written, base) => ({ ...span, severity: base, message: message('why', written), phrase: written, prompts: PROMPTS }),
    );
  },
};

export interface WhyWhoHit {
  kind: 'why' | 'who' | 'what-were-you-thinking';
  first: number;
  last: number;
  /** For why: the subject tokens; for who: the verb and its object. */
  subject?: [number, number];
  subjectKind?: PersonKind;
  verb?: string;
  object?: [number, number];
}

function message(kind: WhyWhoHit['kind'], written: string): string {
  if (kind === 'who') return `"${written}" asks for a culprit. Ask which part of the process allowed it instead.`;
  return `"${written}" asks for a justification. Ask what the person saw and how the action made sense at the time.`;
}

function finding(unit: ProseUnit, s: Sent, hit: WhyWhoHit, severity: ReturnType<typeof sectionSeverity>): RuleFinding {
  // The whole question, up to and including "?".
  const endText = s.start + s.text.trimEnd().length;
  const startText = s.toks[hit.first].start;
  const span = proseSpan(unit, startText, endText);
  const written = unit.text.slice(startText, endText);
  return { ...span, severity, message: message(hit.kind, written.trim()), phrase: written.trim(), prompts: PROMPTS, fixes: fixes(unit, s, hit, span) };
}

function fixes(unit: ProseUnit, s: Sent, hit: WhyWhoHit, span: Span): Fix[] {
  const text = (r: [number, number]) => unit.text.slice(s.toks[r[0]].start, s.toks[r[1]].end);
  if (hit.kind === 'who') {
    const carry = hit.verb && CARRY_OBJECT_VERBS.includes(hit.verb) && hit.object ? text(hit.object) : hit.verb ? `[the change that ${hit.verb === 'is responsible for' || hit.verb === 'was responsible for' ? 'led to this' : hit.verb + (hit.object ? ' ' + text(hit.object) : '')}]` : '[X]';
    return [
      { title: 'Ask which part of the process allowed it', edits: [{ ...span, newText: `Which part of the process allowed ${carry} to reach production?` }], preferred: true },
      { title: `Ask: "${SEED_QUESTIONS[4]}"`, edits: [{ ...span, newText: SEED_QUESTIONS[4] }] },
    ];
  }
  const who = hit.subject && hit.subjectKind !== 'pronoun' ? text(hit.subject) : 'you';
  const questions =
    who === 'you'
      ? SEED_QUESTIONS
      : [
          `What information did ${who} have at that point?`,
          `What was ${who} focusing on at that point?`,
          'What would have made [this decision] easier?',
          `What was ${who} hoping would happen?`,
          `How did ${who} learn about [this situation]?`,
        ];
  return questions.map((q, k) => ({ title: `Ask: "${q}"`, edits: [{ ...span, newText: q }], ...(k === 0 ? { preferred: true } : {}) }));
}

export function findWhyWho(s: Sent, people: Gazetteer): WhyWhoHit | undefined {
  const t = s.toks;
  let i = 0;
  while (i < t.length && LEADING_WORDS.includes(t[i].norm) && !t[i + 1]?.norm.startsWith('wh')) i++;
  while (i < t.length && LEADING_WORDS.includes(t[i].norm)) i++;
  // "You're the manager; why aren't you …?": the question starts after a clause mark.
  if (s.question && t[i] && !['why', 'who', "who's", 'what'].includes(t[i].norm)) {
    // ("The question is: how did they not catch this?": the same after a colon, with "how" or "who".)
    const later = t.findIndex((x, k) => k > i && (x.norm === 'why' || (['how', 'who'].includes(x.norm) && /[;:—–]/.test(gapBefore(s, k)))) && /[;:—–,]/.test(gapBefore(s, k)));
    if (later > 0) i = later;
  }
  // "There are two big questions here: Why did they let the airplane get that slow …" — asked
  // after a colon, whatever ends the sentence.
  let asked = s.question;
  if (!s.question && t[i] && t[i].norm !== 'why') {
    const later = t.findIndex((x, k) => k > i && x.norm === 'why' && /[;:—–]/.test(gapBefore(s, k)) && WHY_AUXILIARIES.includes(t[k + 1]?.norm ?? ''));
    if (later > 0) {
      i = later;
      asked = true;
    }
  }
  const culprit = ellipticalWho(s);
  if (culprit) return culprit;
  const q = t[i];
  if (!q) return undefined;
  // "Why do you think that is?": asks for the reader's view, a facilitation question.
  if (q.norm === 'why' && t[i + 1]?.norm === 'do' && t[i + 2]?.norm === 'you' && ['think', 'suppose', 'believe', 'reckon'].includes(t[i + 3]?.norm ?? '')) return undefined;
  // "What were you thinking, running that at peak?" / "… thinking running …" (not "… when you saw …").
  // Also "What were they thinking?", "What was he thinking?": the same reproach about someone else.
  const thinking = q.norm === 'what' && ['was', 'were'].includes(t[i + 1]?.norm ?? '') && ['you', 'they', 'he', 'she'].includes(t[i + 2]?.norm ?? '') && t[i + 3]?.norm === 'thinking';
  if (thinking) {
    const after = t[i + 4];
    const comma = /,/.test(gapAfter(s, i + 3));
    if (comma || (after && /ing$/.test(after.norm) && after.norm !== 'thing')) return { kind: 'what-were-you-thinking', first: i, last: i + 3 };
    if (!after && /[?!]/.test(gapAfter(s, i + 3))) return { kind: 'what-were-you-thinking', first: i, last: i + 3 };
    return undefined;
  }
  // "What was the excuse for …", "What excuse did the on-call have …": asks the person to justify
  // the act, as "Why did you …" does; with or without "?", as a clause of its own.
  const excuse = excuseAsked(s, i);
  if (excuse >= 0) return { kind: 'why', first: i, last: excuse };
  // "And why they would roll it out on a Friday." / "I wonder why managers cannot …": rhetorical, with or without "?".
  const wonder = q.norm === 'i' && t[i + 1]?.norm === 'wonder' && t[i + 2]?.norm === 'why' ? i + 2 : q.norm === 'why' && !asked ? i : -1;
  if (wonder >= 0) {
    // The subject: a person word within the first four words after "why" ("why many plant owners
    // & managers cannot …"), before any verb or punctuation.
    let sub = -1;
    for (let k = wonder + 1; k < Math.min(t.length, wonder + 5) && !(k > wonder + 1 && punctBefore(s, k) && !/&/.test(gapBefore(s, k))); k++) {
      if (WONDER_VERBS.includes(t[k].norm)) break;
      if (personWord(s, k, people) && !/'s$|s'$/.test(t[k].norm)) sub = k;
    }
    const modal = sub > 0 ? t.slice(sub + 1, sub + 4).findIndex((x) => ['would', 'could', 'did', "didn't", 'cannot', "can't", "couldn't", "wouldn't", 'do', "don't"].includes(x.norm)) : -1;
    if (sub > 0 && modal >= 0) return { kind: 'why', first: i, last: sub + 1 + modal, subject: [wonder + 1, sub], subjectKind: personWord(s, sub, people) };
  }
  if (!asked) return undefined;
  // "How come the on-call didn't page anyone?", "How is it that nobody noticed?": "why" in other
  // words, with the subject in statement order; asked of a person-like subject, it is the same
  // request for a justification ("How come the replica lagged?" asks about a mechanism).
  const howCome = q.norm === 'how' && t[i + 1]?.norm === 'come' ? i + 2 : q.norm === 'how' && ['is', 'was'].includes(t[i + 1]?.norm ?? '') && t[i + 2]?.norm === 'it' && t[i + 3]?.norm === 'that' ? i + 4 : -1;
  if (howCome > 0) {
    let k = howCome;
    while (k < t.length && DETERMINERS.has(t[k].norm)) k++;
    for (let j = k; j < Math.min(t.length, k + 3); j++) {
      if (j > howCome && punctBefore(s, j)) break;
      const kind = personWord(s, j, people);
      if (!kind || /'s$|s'$/.test(t[j].norm) || (t[j + 1] && SYSTEM_NOUNS.includes(t[j + 1].norm.replace(/s$/, '')))) continue;
      // ("How come we still have no alert on this?": the team's own question about a condition.)
      if (kind === 'first-person' && [...RESOURCE_VERBS, 'still', 'keep', 'see', 'lack', 'hit'].includes(t[j + 1]?.norm ?? '')) break;
      return { kind: 'why', first: i, last: j, subject: [howCome, j], subjectKind: kind };
    }
  }
  const yesNo = rhetoricalYesNo(s, people);
  if (yesNo) return yesNo;
  const incredulous = incredulousEven(s, people);
  if (incredulous) return incredulous;
  // "How could they not have noticed?", "How did nobody see this?": an accusation dressed as a How question.
  if (q.norm === 'how' && ['could', "couldn't", 'did', 'can', 'would'].includes(t[i + 1]?.norm ?? '')) {
    let k = i + 2;
    while (k < t.length && DETERMINERS.has(t[k].norm)) k++;
    const kind = personWord(s, k, people);
    const rest = t.slice(k + 1, k + 4).map((x) => x.norm);
    if (kind && (rest.includes('not') || rest.some((w) => w.endsWith("n't")) || rest.some((w) => ['miss', 'missed', 'forget', 'forgot', 'ignore', 'ignored', 'let', 'allow', 'skip', 'overlook'].includes(w)) || ['nobody', 'no-one'].includes(t[k].norm))) {
      return { kind: 'why', first: i, last: k, subject: [k, k], subjectKind: kind };
    }
  }
  if (q.norm === 'why') {
    // "Why on earth did …", "Why exactly did …"
    const skip = matchesAt(s, i + 1, ['on', 'earth']) || matchesAt(s, i + 1, ['the', 'hell']) ? 2 : ['exactly', 'again', 'then', 'ever'].includes(t[i + 1]?.norm ?? '') ? 1 : 0;
    i += skip;
    const aux = t[i + 1];
    if (!aux || !WHY_AUXILIARIES.includes(aux.norm)) return undefined;
    // The subject right after the auxiliary (skipping "not"): "Why did Eli not check …",
    // "Why didn't anyone …", "Why would the DBA drop …". A system subject is a mechanism question.
    let k = i + 2;
    if (t[k]?.norm === 'not') k++;
    let det = k;
    while (det < t.length && DETERMINERS.has(t[det].norm)) det++;
    for (let j = det; j < Math.min(t.length, det + 3); j++) {
      if (punctBefore(s, j) && j > det) break;
      const kind = personWord(s, j, people);
      if (kind) {
        if (/'s$/.test(t[j].norm)) return undefined; // "Why did the DBA's script …": the head is a thing
        // "Why do we have this problem?", "Why do we keep seeing timeouts?": the team's own
        // five-whys question about a condition, in the present.
        if (t[j].norm === 'we' && ['do', 'does'].includes(aux.norm) && [...RESOURCE_VERBS, 'keep', 'see', 'lack', 'hit'].includes(t[j + 1]?.norm ?? '')) return undefined;
        // "Why was I able to receive email?", "Why did I get charged twice?": a reader asking what
        // the system did to them (a notice's FAQ), not a justification asked of anyone.
        if (t[j].norm === 'i' && (t[j + 1]?.norm === 'able' || EXPERIENCED.has(t[j + 1]?.norm ?? ''))) return undefined;
        // "Why would I want to merge a broken build?": the writer declining a course, not asking anyone to justify one.
        if (t[j].norm === 'i' && ['would', "wouldn't"].includes(aux.norm) && ['want', 'need', 'choose', 'bother'].includes(t[j + 1]?.norm ?? '')) return undefined;
        const next = t[j + 1];
        if (next && !punctBefore(s, j + 1) && personWord(s, j + 1, people)) continue;
        // "Why did the on-call script exit?": the person word modifies a thing (no object follows it).
        // ("Why would someone deploy during the freeze?": "deploy" is the verb, a preposition follows.)
        if (next && SYSTEM_NOUNS.includes(next.norm.replace(/s$/, '')) && t[j + 2] && !DETERMINERS.has(t[j + 2].norm) && !PREPOSITIONS.has(t[j + 2].norm) && !['him', 'her', 'them', 'us', 'it'].includes(t[j + 2].norm)) return undefined;
        if (next && STARTS_UPPER.test(next.value) && people.tokens.has(next.norm)) return { kind: 'why', first: i - skip, last: j + 1, subject: [k, j + 1], subjectKind: kind };
        return { kind: 'why', first: i - skip, last: j, subject: [k, j], subjectKind: kind };
      }
      // "Why did the replica …": a noun that is not a person ends the subject.
      if (!DETERMINERS.has(t[j].norm) && j > det && !/^(on-call|mobile|platform|data|security|release|network|database)$/.test(t[j - 1].norm)) break;
    }
    return undefined;
  }
  if (q.norm === 'who' || q.norm === "who's") {
    // "Who the heck thought …", "who on earth approved …": the intensifier changes nothing.
    const skip = matchesAt(s, i + 1, ['on', 'earth']) || matchesAt(s, i + 1, ['the', 'hell']) || matchesAt(s, i + 1, ['the', 'heck']) ? 2 : 0;
    i += skip;
    for (const v of WHO_VERBS) {
      // "Who's responsible for …" = "Who is responsible for …"
      const words = q.norm === "who's" ? (v.words[0] === 'is' ? v.words.slice(1) : undefined) : v.words;
      if (!words || !matchesAt(s, i + 1, words)) continue;
      const after = i + 1 + words.length;
      return { kind: 'who', first: i - skip, last: after - 1, verb: v.phrase, object: after < t.length ? [after, t.length - 1] : undefined };
    }
  }
  return undefined;
}

const PREDICATES = BLAME_PREDICATES.map(phraseWords);

/**
 * "If the vendor isn't to blame, then who is?", "Someone is responsible; who was?": the question
 * ends on "who" and a bare copula whose predicate, a blame word, was said before it in the same
 * sentence. It asks for a culprit as "Who is to blame?" does.
 */
function ellipticalWho(s: Sent): WhyWhoHit | undefined {
  const t = s.toks;
  const n = t.length;
  if (!s.question || n < 4 || t[n - 2].norm !== 'who' || !['is', 'was', 'are', 'were'].includes(t[n - 1].norm)) return undefined;
  if (!t.slice(0, n - 2).some((_, k) => PREDICATES.some((p) => matchesAt(s, k, p)))) return undefined;
  return { kind: 'who', first: n - 2, last: n - 1, verb: 'is responsible for' };
}

/** "the excuse given / offered …": the message itself. */
const EXCUSE_GIVEN = ['given', 'offered', 'provided', 'used', 'cited', 'sent', 'posted', 'published'];
/** Owners of an excuse in "What was the/their excuse": not "a" (an excuse invented for someone). */
const EXCUSE_OWNERS = new Set(['the', 'their', 'his', 'her', 'your', 'our', 'my', 'its']);

/**
 * "What (was|is) (the|their|…) (possible) excuse", "What excuse (did|does|could) …": the request for a
 * justification. The index of "excuse", or -1.
 */
function excuseAsked(s: Sent, i: number): number {
  const t = s.toks;
  if (t[i]?.norm === 'what' && ['was', 'is', 'were'].includes(t[i + 1]?.norm ?? '')) {
    let k = i + 2;
    if (!EXCUSE_OWNERS.has(t[k]?.norm ?? '')) return -1;
    k++;
    if (['possible', 'real', 'actual'].includes(t[k]?.norm ?? '')) k++;
    // ("What was the excuse given to customers?": the wording of a message, asked about; not a justification.)
    return t[k]?.norm === 'excuse' && !punctBefore(s, k) && !EXCUSE_GIVEN.includes(t[k + 1]?.norm ?? '') ? k : -1;
  }
  if (t[i]?.norm === "what's") {
    const k = EXCUSE_OWNERS.has(t[i + 1]?.norm ?? '') ? i + 2 : -1;
    return k > 0 && t[k]?.norm === 'excuse' ? k : -1;
  }
  if (t[i]?.norm === 'what' && t[i + 1]?.norm === 'excuse' && ['did', 'does', 'do', 'could', 'can', 'would', 'is', 'was'].includes(t[i + 2]?.norm ?? '')) return i + 1;
  return -1;
}

/** Words after "even" that make it a concession or a comparison, not incredulity: "even if", "even less", "even one". */
const EVEN_NOT_INCREDULOUS = new Set(['if', 'though', 'when', 'after', 'before', 'while', 'more', 'less', 'worse', 'better', 'one', 'so', 'then', 'now', 'today', 'as', 'at', 'on', 'in', 'for', 'with', 'by', 'the', 'a', 'an', 'close', 'further', 'longer', 'faster', 'slower']);

/**
 * Incredulity put to people as a question (issue 11): "@maintainer how was this even possible?",
 * "So people are allowed to push code that doesn't even compile?". "Even" right before the
 * predicate doubts that anyone could let it happen; the question names or addresses someone (a
 * person-like word, not the writers themselves). "even if", "even less", "even one" concede or
 * compare ("Can you check that it fails even if you wait?").
 */
function incredulousEven(s: Sent, people: Gazetteer): WhyWhoHit | undefined {
  const t = s.toks;
  const e = t.findIndex((x, k) => x.norm === 'even' && k > 0 && !!t[k + 1] && !punctBefore(s, k + 1) && !EVEN_NOT_INCREDULOUS.has(t[k + 1].norm));
  if (e < 0) return undefined;
  for (let k = 0; k < t.length; k++) {
    const kind = personWord(s, k, people);
    if (!kind || kind === 'first-person' || /'s$|s'$/.test(t[k].norm)) continue;
    // The whole noun phrase, for the seed questions' "What information did the reviewer have …?".
    const ref = personAt(s, k, people);
    return { kind: 'why', first: 0, last: e + 1, subject: [Math.min(ref?.first ?? k, k), k], subjectKind: kind };
  }
  return undefined;
}

/** What happens to a reader rather than what they do: "Why didn't I get a notification?". */
const EXPERIENCED = new Set(['get', 'receive', 'lose', 'have', 'need', 'experience']);

const WONDER_VERBS = ['would', 'could', 'did', "didn't", 'cannot', "can't", "couldn't", "wouldn't", 'do', "don't"];
/** Auxiliaries that open a yes/no question. */
const YES_NO_AUXILIARIES = ['did', "didn't", 'does', "doesn't", 'do', "don't", 'has', "hasn't", 'have', "haven't", 'had', "hadn't", 'was', "wasn't", 'were', "weren't", 'could', "couldn't", 'would', "wouldn't"];
/** Modals of duty and ability that reproach when negated and put to "you": "Shouldn't you have tested it?", "Can't you read the runbook?". */
const YOU_REPROACH_AUXILIARIES = ['should', "shouldn't", 'can', "can't"];
/** Verbs of having or being told: "Did the on-call have enough context?" asks about the system. */
const RESOURCE_VERBS = ['have', 'has', 'had', 'get', 'got', 'receive', 'received', 'know', 'feel', 'need', 'given', 'told', 'provided', 'equipped', 'supported', 'trained', 'staffed'];

/** Verbs of a view or a feeling, not an act: "Didn't the lead think so?" asks, it does not reproach. */
const NOT_ACTS = ['think', 'agree', 'see', 'mean', 'want', 'like', 'worry', 'care', 'know', 'have', 'be', 'get', 'say', 'feel', 'seem'];

/**
 * A yes/no question that doubts what a person did (catalogue hard case: "Did they even name the
 * … coherently?"): "did he apply enough of them?", "Did anyone even look at the diff?", "Did
 * they bother to test it?". The question opens a clause with an auxiliary and a person-like
 * subject, and holds "even", "enough" or "bother", or ends on "care". Questions about what people had, got or were
 * given ("Did the on-call have enough context?") ask about the system and are left alone; so is
 * first person ("Did we even test this?" is the team asking itself).
 */
function rhetoricalYesNo(s: Sent, people: Gazetteer): WhyWhoHit | undefined {
  const t = s.toks;
  for (let a = 0; a < t.length - 2; a++) {
    // ("Or did the manager not …?": "or" opens the alternative question as "and" does.)
    if (!(YES_NO_AUXILIARIES.includes(t[a].norm) || YOU_REPROACH_AUXILIARIES.includes(t[a].norm)) || !(a === 0 || /[,;:—–]/.test(gapBefore(s, a)) || LEADING_WORDS.includes(t[a - 1].norm) || (a === 1 && t[0].norm === 'or'))) continue;
    // "Have you (ever) heard of backwards compatibility?": sarcasm about what the reader should know.
    if (['have', 'has'].includes(t[a].norm) && ['you', 'they', 'he', 'she', 'anyone'].includes(t[a + 1]?.norm ?? '')) {
      const h = t[a + 2]?.norm === 'ever' ? a + 3 : a + 2;
      if (t[h]?.norm === 'heard' && t[h + 1]?.norm === 'of') return { kind: 'why', first: a, last: h + 1, subject: [a + 1, a + 1], subjectKind: 'pronoun' };
    }
    // "Do you not follow semver?", "Didn't you test this?": a negated question put to "you" reproaches.
    const negatedAux = t[a].norm.endsWith("n't") || t[a + 2]?.norm === 'not';
    if (t[a + 1]?.norm === 'you' && negatedAux && ['did', "didn't", 'do', "don't", 'does', "doesn't", 'have', "haven't", 'could', "couldn't", ...YOU_REPROACH_AUXILIARIES].includes(t[a].norm)) {
      let v = t[a].norm.endsWith("n't") ? a + 2 : a + 3;
      // "Shouldn't you have tested it?": the act is the participle after "have".
      if (t[v]?.norm === 'have' && isPastParticiple(t[v + 1]?.norm ?? '')) v++;
      if (/^[a-z][a-z-]+$/.test(t[v]?.norm ?? '') && !RESOURCE_VERBS.includes(t[v].norm) && !['think', 'agree', 'see', 'mean', 'want', 'like', 'worry', 'care'].includes(t[v].norm)) {
        return { kind: 'why', first: a, last: v, subject: [a + 1, a + 1], subjectKind: 'pronoun' };
      }
    }
    // (The modals of duty and ability count only put to "you": "Can the on-call even see it?" is left to the rest.)
    if (!YES_NO_AUXILIARIES.includes(t[a].norm)) continue;
    let k = a + 1;
    while (k < t.length && DETERMINERS.has(t[k].norm)) k++;
    const kind = personWord(s, k, people);
    if (!kind || kind === 'first-person' || /'s$|s'$/.test(t[k].norm)) continue;
    // "Did the manager not keep tabs on the team?", "Didn't the reviewer run it?": the same negated
    // question put to a role or a name, asked about an act.
    const negatedAct = ['did', "didn't", 'does', "doesn't", 'could', "couldn't"].includes(t[a].norm) && (t[a].norm.endsWith("n't") || t[k + 1]?.norm === 'not' || (gapBefore(s, k + 1) === '/' && t[k + 2]?.norm === 'not'));
    // ("the boss/manager": two nouns joined by a slash name one subject.)
    const head = gapBefore(s, k + 1) === '/' && t[k + 1] ? k + 1 : k;
    const act = t[a].norm.endsWith("n't") ? head + 1 : head + 2;
    if (negatedAct && /^[a-z][a-z-]+$/.test(t[act]?.norm ?? '') && !RESOURCE_VERBS.includes(t[act].norm) && !NOT_ACTS.includes(t[act].norm)) return { kind: 'why', first: a, last: act, subject: [a + 1, head], subjectKind: kind };
    let end = k + 1;
    while (end < t.length && !/[,;:—–]/.test(gapBefore(s, end))) end++;
    const rest = t.slice(k + 1, end);
    if (rest.some((x) => RESOURCE_VERBS.includes(x.norm))) continue;
    // … or ends on "care" ("Does anyone care?", "Do they really care?"): indifference doubted, not a
    // question with an object ("Does anyone care about the old dashboards?").
    const marker = rest.findIndex((x) => x.norm === 'even' || x.norm === 'enough' || x.norm === 'bother' || x.norm === 'bothered' || (x.norm === 'care' && x.i === t.length - 1));
    if (marker < 0) continue;
    return { kind: 'why', first: a, last: k + 1 + marker, subject: [a + 1, k], subjectKind: kind };
  }
  return undefined;
}

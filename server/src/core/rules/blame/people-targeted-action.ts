// people-targeted-action (catalogue §2.8): actions and learnings that try to fix people ("be more
// careful", "remind everyone", "retrain Eli"), and people-targeted success metrics ("No more DNS
// mistakes"). Error in Key Learnings and Action Items, warning elsewhere (§1.5).
import type { Fix, Rule } from '../../types';
import type { Gazetteer } from '../../people';
import { PHRASES, RISKY_TIMES } from './people-targeted-action.phrases';
import { SANCTION_VERB_BASES, SANCTION_VERB_PARTICIPLES } from './people-targeted-action.sanctions';
import { EXPERIENCE_VERBS } from './people-targeted-action.experience';
import { PRECEPT_NOUNS } from './people-targeted-action.precepts';
import type { ProseUnit } from '../../model';
import type { RuleFinding } from '../../types';
import { PREPOSITIONS, DETERMINERS, AUXILIARIES, BOUNDARY_WORDS, matchesAt, negatedBefore, checkSentences, subjectOf, personAt, personWord, spanOf, punctBefore, gapBefore, gapAfter, isAdverb, isNegation, isPastTense, isPastForm, isMetaBlameless, wishedFor, type Sent, type PersonRef } from './grammar';
import { sectionSeverity } from './sections';
import { phraseWords } from '../../phrases';
import { SYSTEM_NOUNS } from '../../people.data';
import { DUTY_ROLES } from './person-as-failure-subject.phrases';
import { SYSTEM_GERUNDS } from './normative-judgment.phrases';
import { checkPhrases, clauseStart, isNegated, isObjectPerson, isPersonToken, subjectBefore, tokenSpan, type PhraseMatch } from './phrase-rule';

export const PROMPTS = ['What tools or processes could have prevented this?', 'How will we know if our improvements work?'];
export const SYSTEM_ACTION = 'Add [guardrail / automation / check] so that [X] cannot happen silently';
export const METRIC = '[measurable end state]';

/** Verbs after "tell/ask {people} to" that ask for a change in behaviour. */
const BEHAVIOUR_VERBS = new Set([
  'remember', 'be', 'pay', 'double-check', 'check', 'read', 'follow', 'always', 'never', 'not', 'avoid', 'stop', 'take', 'watch',
  'look', 'review', 'verify', 'think', 'slow', 'focus', 'try', 'keep', 'know', 'learn', 'confirm', 'stay', 'remain', 'respect',
]);
/** Verbs after "make sure {person}" that are facts about the system, not behaviour. */
const NOT_BEHAVIOUR = new Set(['has', 'have', 'gets', 'get', 'receives', 'receive', 'can', 'is', 'are', 'sees', 'see', 'hears', 'knows']);
/** A reminder sent by a tool is a system action ("Have the bot remind the on-call …"). */
const SYSTEM_SENDERS = new Set(['bot', 'slackbot', 'tool', 'automation', 'job', 'script', 'system', 'calendar', 'pipeline', 'cli', 'automatically', 'service', 'alert', 'check', 'cron', 'reminder', 'reminders', 'page', 'pager']);
/** training-program: training that is an artefact with an owner, not "train people to". */
const PROGRAM_WORDS = new Set(['exercise', 'exercises', 'drill', 'drills', 'game', 'onboarding', 'checklist', 'walkthrough', 'course', 'curriculum', 'completion', 'module', 'video', 'session', 'sessions', 'quarterly', 'runbook']);
/** Words that make "never … again" a resolution rather than a past fact. */
const RESOLVE_WORDS = new Set(['must', 'should', 'will', 'shall', 'need', 'needs', 'to', 'can', 'have', 'has', 'ought']);
/** Plural nouns that follow a person word in compounds ("the on-call dashboards"). */
const NOUNS_IN_S = new Set(['dashboards', 'alerts', 'runbooks', 'docs', 'tools', 'channels', 'pages', 'rotations', 'schedules', 'metrics', 'laptops', 'accounts', 'credentials', 'permissions', 'keys', 'tokens', 'phones', 'handoffs', 'notes', 'is', 'has', 'was', 'always']);
const BASE_FORM = new Set(['double-check', 'double', 'triple-check']);

function personObjectAfter(m: PhraseMatch, g: Gazetteer, window = 4): number {
  const s = m.sentence;
  for (let k = m.last + 1; k <= m.last + window && k < s.tokens.length; k++) {
    if (isObjectPerson(s, k, g)) return k;
    // "make sure that engineers …": the "that" opens the clause.
    if (k === m.last + 1 && s.tokens[k].word === 'that' && (m.entry.phrase === 'make sure' || m.entry.phrase === 'ensure')) continue;
    if (s.tokens[k].word === 'to' || s.tokens[k].word === 'that') return -1;
  }
  return -1;
}

/** What follows the people taught when the lesson is about their conduct ("teach juniors that …", "educate them about …"). */
const TAUGHT_CONTENT = new Set(['that', 'to', 'not', 'about', 'on']);

/**
 * An imperative with only a list marker ("B) …") or a softening "try to" before its verb ("Try to
 * educate your boss …"): the sentence still orders, with no subject of its own.
 */
function softenedImperative(m: PhraseMatch): boolean {
  const s = m.sentence;
  const t = s.tokens;
  let k = 0;
  if (t.length > 1 && /^[a-z0-9]$/.test(t[0].word) && /^\)/.test(s.unit.text.slice(t[0].end, t[1].start))) k = 1;
  if (t[k]?.word === 'try' && t[k + 1]?.word === 'to') k += 2;
  return k > 0 && k === m.first;
}

/** Nouns that "training" modifies when it is a model's, not a person's: "training data", "training runs". */
const TRAINED_THINGS = new Set(['data', 'dataset', 'datasets', 'set', 'sets', 'examples', 'samples', 'run', 'runs', 'job', 'jobs', 'pipeline', 'corpus', 'budget', 'time', 'steps', 'epochs']);

/** system-action: an imperative whose object is a system ("Add a prompt so that engineers double-check …"). */
const SYSTEM_ACTION_VERBS = new Set([
  'add', 'require', 'alert', 'block', 'automate', 'validate', 'rotate', 'set', 'make', 'build', 'create', 'enable', 'introduce',
  'implement', 'show', 'display', 'configure', 'update', 'change', 'move', 'publish', 'schedule', 'page', 'fail', 'gate', 'lock',
  'limit', 'restrict', 'deploy', 'ship', 'write', 'document', 'link', 'pin', 'replace', 'remove', 'disable', 'default', 'route',
]);
/** The system-action verbs that install a guardrail or write it into configuration, whatever follows: "Always set an alert", "Always pin versions", "Always include `^build` when overriding". */
const GUARDRAIL_VERBS = new Set(['add', 'require', 'alert', 'block', 'automate', 'rotate', 'set', 'enable', 'configure', 'gate', 'lock', 'limit', 'restrict', 'pin', 'schedule', 'create', 'build', 'implement', 'introduce', 'include', 'specify', 'declare', 'define', 'list']);
/**
 * Verbs of what a program does with data ("never log transport payloads", "always cache the
 * token", "never auto-include …": any "auto-" verb): a standing order with one states how the code
 * must behave, a design rule like a system-action, not a rule for people's conduct.
 */
const CODE_BEHAVIOUR_VERBS = new Set(['log', 'store', 'persist', 'cache', 'expose', 'hardcode', 'hard-code', 'serialize', 'serialise', 'retry', 'return', 'throw', 'redact', 'encrypt', 'hash']);
const codeBehaviour = (verb: string) => CODE_BEHAVIOUR_VERBS.has(verb) || verb.startsWith('auto-');
/** What a facilitator does in a review: orders with these verbs are about running it. */
const REVIEW_VERBS = new Set(['ask', 'say', 'call', 'label', 'blame', 'judge', 'name', 'point', 'start', 'open', 'begin', 'assume', 'thank', 'praise']);
/** What a team learns from in a review: the incident itself. */
const LEARNED_FROM = new Set(['it', 'this', 'that', 'the', 'these', 'our', 'incidents', 'incident', 'failures', 'failure', 'outages', 'outage', 'experience', 'each', 'what']);
/** Causatives before a person: the system makes people act ("makes responders pay attention"). */
const CAUSATIVES = new Set(['make', 'makes', 'made', 'force', 'forces', 'forced', 'help', 'helps', 'helped', 'let', 'lets', 'prompt', 'prompts', 'require', 'requires', 'remind', 'reminds', 'so', 'that']);

/** Whether the word at `start` in the unit's text stands for inline code (the model writes it as "code", exempt). */
function inlineCodeAt(unit: ProseUnit, start: number): boolean {
  return unit.exempt.some((e) => e.start === start && e.end === start + 4);
}

/**
 * "To double-check that the right version is loaded, run this query": a purpose clause opening the
 * sentence, with the instruction after its comma, says what a step is for; it asks nobody to be
 * more careful.
 */
function purposeClause(m: PhraseMatch): boolean {
  const s = m.sentence;
  const t = s.tokens;
  if (m.first !== 1 || t[0].word !== 'to') return false;
  return t.some((x, k) => k > m.last && /,/.test(s.unit.text.slice(t[k - 1].end, x.start)));
}

function systemAction(m: PhraseMatch): boolean {
  const t = m.sentence.tokens;
  let k = 0;
  while (k < m.first && /^(action|todo|ai|next|step|going|forward)$/.test(t[k].word)) k++;
  if (k >= m.first) return false;
  if (t[k].word === 'make' && t[k + 1]?.word === 'sure') return false;
  return SYSTEM_ACTION_VERBS.has(t[k].word);
}

function causedBySystem(m: PhraseMatch, subjectIndex: number): boolean {
  const t = m.sentence.tokens;
  let k = subjectIndex - 1;
  while (k >= 0 && /^(the|a|an|all|every|each|our|their|on-call|new|mobile|data|platform|release|support)$/.test(t[k].word)) k--;
  return k >= 0 && CAUSATIVES.has(t[k].word) && !(t[k].word === 'make' && t[k + 1]?.word === 'sure');
}

/** Words after "always" / "never" that are not an order ("Never again.", "Always-on monitoring …"). */
const NOT_ORDERS = new Set(['again', 'a', 'an', 'the', 'been', 'be', 'is', 'was', 'were', 'has', 'had', 'in', 'on', 'at', 'for', 'once', 'twice', 'ever', 'more', 'less', 'on-call', 'available', 'true', 'false', 'mind']);

/** Human activities after "more careful" / "more thorough". */
const CAREFUL_ACTIVITIES = new Set(['review', 'reviews', 'attention', 'consideration', 'thought', 'study', 'reading', 'handling', 'planning', 'checks', 'checking', 'testing', 'approach', 'work']);

function accept(m: PhraseMatch, g: Gazetteer): boolean | [number, number] {
  const s = m.sentence;
  const t = s.tokens;
  const i = m.first;
  const subject = subjectBefore(s, i, g);
  if (m.entry.when !== 'metric' && m.entry.when !== 'metric-remember' && systemAction(m)) return false;
  if (subject.kind === 'person' && ['behaviour', 'base'].includes(m.entry.when ?? '') && causedBySystem(m, subject.index)) return false;
  // "How do we make sure we never stop learning?", "What can we do to do better next time?": the
  // review's own question, not an action item laid on people (a question about a sanction still is one).
  if (['behaviour', 'base', 'ask-to', 'careful-activity'].includes(m.entry.when ?? '') && ['how', 'what'].includes(t[0]?.word ?? '') && s.unit.text.slice(s.start, s.end).trimEnd().endsWith('?')) return false;
  // "the team discusses what went well and what they could do better": the ask inside an embedded
  // "what / how" clause is a question the review takes up, not an action laid on people.
  if (['behaviour', 'base'].includes(m.entry.when ?? '') && i > 1 && t.slice(Math.max(1, i - 4), i).some((x) => x.word === 'what' || x.word === 'how') && !['what', 'how'].includes(t[0].word) && !t.slice(0, i).some((x) => RESOLVE_WORDS.has(x.word) && x.word !== 'can' && x.word !== 'to')) return false;
  // "can you double check that this doesn't work?": a request to a reader in a thread, not an action item.
  if (['behaviour', 'base'].includes(m.entry.when ?? '') && ['can', 'could', 'would', 'will'].includes(t[0]?.word ?? '') && t[1]?.word === 'you' && s.unit.text.slice(s.start, s.end).trimEnd().endsWith('?')) return false;
  // Widen to the subject when only the subject and auxiliaries precede ("People need to be more careful").
  const widened = (): [number, number] => (subject.kind === 'person' && subject.index >= clauseStart(s, i) ? [Math.min(subject.index, firstOfSubject(m, subject.index)), m.last] : [m.first, m.last]);
  switch (m.entry.when) {
    case 'behaviour':
      // "At the same time, we had to be careful to keep other machines healthy": care the response
      // took, told in the past, not care asked of people.
      if (t[i - 1]?.word === 'to' && ['had', 'needed'].includes(t[i - 2]?.word ?? '') && t[m.last + 1]?.word !== 'not') return false;
      return subject.kind === 'other' ? false : widened();
    case 'base': {
      if (!BASE_FORM.has(t[i].word)) return false;
      if (purposeClause(m)) return false;
      if (m.entry.phrase === 'double check' && t[m.last + 1]?.word === 'of') return false;
      return subject.kind === 'other' ? false : widened();
    }
    case 'person-obj': {
      if (t.slice(Math.max(0, i - 3), i).some((x) => SYSTEM_SENDERS.has(x.word))) return false;
      if (subject.kind === 'other') return false;
      const obj = personObjectAfter(m, g);
      // "Remind everyone that mistakes are how systems get better": what they are reminded of is a
      // fact or a value whose subject is no person, not a behaviour ("… that they must check" is one).
      if (obj >= 0 && m.entry.phrase === 'remind' && t[obj + 1]?.word === 'that' && t[obj + 2] && !isPersonToken(s, obj + 2, g) && !['they', 'we', 'you', 'he', 'she', 'i', 'everyone', 'nobody', 'no'].includes(t[obj + 2].word)) return false;
      if (obj >= 0) return [m.first, obj];
      // Passive with a person subject: "Eli will be retrained".
      return false;
    }
    case 'ask-to': {
      if (subject.kind === 'other') return false;
      const obj = personObjectAfter(m, g, 4);
      if (obj < 0) return false;
      let k = obj + 1;
      while (k < t.length && k <= obj + 3 && isObjectPerson(s, k, g)) k++;
      const after = t[k]?.word ?? '';
      if (m.entry.phrase === 'make sure' || m.entry.phrase === 'ensure') {
        // A behaviour verb after the person: "checks", "reads", "remembers to", "always …".
        const verb = (/[^s]s$/.test(after) && !NOUNS_IN_S.has(after)) || BEHAVIOUR_VERBS.has(after);
        return verb && !NOT_BEHAVIOUR.has(after) ? [m.first, k] : false;
      }
      return after === 'to' && BEHAVIOUR_VERBS.has(t[k + 1]?.word ?? '') ? [m.first, k] : false;
    }
    case 'train': {
      if (t.some((x) => PROGRAM_WORDS.has(x.word))) return false;
      if (subject.kind === 'other') return false;
      const obj = personObjectAfter(m, g, 3);
      return obj >= 0 && (t[obj + 1]?.word === 'to' || t[obj + 1]?.word === 'not') ? [m.first, obj + 1] : false;
    }
    case 'teach': {
      if (t.some((x) => PROGRAM_WORDS.has(x.word))) return false;
      if (subject.kind === 'other' && !softenedImperative(m)) return false;
      // ("We can teach you how to install it": instructions offered to a reader, not a lesson.)
      let obj = personObjectAfter(m, g, 3);
      // ("the on-call engineers": the object runs to its last person word.)
      while (obj >= 0 && isObjectPerson(s, obj + 1, g)) obj++;
      return obj >= 0 && TAUGHT_CONTENT.has(t[obj + 1]?.word ?? '') ? [m.first, obj + 1] : false;
    }
    case 'sanction':
      return !isNegated(s, i, 3);
    case 'discipline':
      // "was let go of": a thing released, not a person dismissed.
      if (/let go$/.test(m.entry.phrase) && t[m.last + 1]?.word === 'of') return false;
      // A thing suspended is an account state, not a sanction ("an employee's account was suspended").
      if (subject.kind === 'other' && SUSPENDABLE.has(t[subject.index].word.replace(/s$/, '')) && !t.slice(0, subject.index).some((x) => x.word === 'who')) return false;
      // A sanction denied to everybody: "Nobody should lose their job over a mistake the tooling made easy".
      if (subject.kind === 'person' && (t[subject.index].word === 'nobody' || (t[subject.index].word === 'one' && t[subject.index - 1]?.word === 'no'))) return false;
      // Someone earlier in the sentence is the one disciplined (a parenthetical may separate them).
      return t.slice(0, i).some((_, k) => isPersonToken(s, k, g)) ? [m.first, m.last] : false;
    case 'standing-order': {
      // Only opening the sentence, before a verb in its base form, and not a rule a system enforces.
      if (i !== 0) return false;
      const verb = m.entry.phrase === 'follow the' ? 'follow' : t[i + 1]?.word ?? '';
      // "Follow the steps from the docs": directions handed to readers (as "please follow these
      // steps" is), not a rule of conduct ("Follow the process!" still is one).
      if (m.entry.phrase === 'follow the' && DIRECTIONS.has(t[m.last + 1]?.word ?? '')) return false;
      if (!/^[a-z][a-z-]+$/.test(verb) || /(ed|ing|s)$/.test(verb) && !['process', 'access'].includes(verb) || isPastForm(verb) || NOT_ORDERS.has(verb)) return false;
      // "Always set a billing alert below the allotment": a standing order to install a guardrail
      // is a system-action (§2.8), not a rule for people's conduct ("Always test in staging").
      if (GUARDRAIL_VERBS.has(verb) || codeBehaviour(verb)) return false;
      // "Never ask who made the mistake", "Always start with the prime directive": an order about
      // how to hold the review (what to ask, say or call people) is review-process, not conduct at work.
      if (REVIEW_VERBS.has(verb)) return false;
      // "Never stop `mezod` with `kill -9`", "Always include `^build` when overriding `dependsOn`":
      // an order about a command or a configuration key, written as code, is a rule of the tool's
      // use (runbook or configuration text), not an attempt to fix people.
      if (t.slice(i + 1).some((x) => inlineCodeAt(s.unit, x.start))) return false;
      return [m.first, m.entry.phrase === 'follow the' ? m.last : m.first + 1];
    }
    case 'careful-activity': {
      // "need more careful studying", "more thorough reviews"; not "a more careful parser".
      const next = t[m.last + 1]?.word ?? '';
      // ("more thorough monitoring coverage": a system's, not a person's.)
      if (SYSTEM_GERUNDS.includes(next)) return false;
      return (/ing$/.test(next) && next.length > 5) || CAREFUL_ACTIVITIES.has(next) ? [m.first, m.last + 1] : false;
    }
    case 'person-subj':
      // "They need more training data": training as a modifier of a thing.
      if (/training$/.test(m.entry.phrase) && TRAINED_THINGS.has(t[m.last + 1]?.word ?? '')) return false;
      // "the team needs to learn from it": learning from the incident is what a review is for
      // ("needs to learn from his mistakes" is aimed at a person).
      if (/learn$/.test(m.entry.phrase) && t[m.last + 1]?.word === 'from' && LEARNED_FROM.has(t[m.last + 2]?.word ?? '') && !t.slice(m.last + 2, m.last + 6).some((x) => /^mistakes?$/.test(x.word))) return false;
      // "We need to understand why it failed", "The client needs to understand the root cause":
      // understanding of the incident (a question, a cause, "that" or "this" just said) is what the
      // review seeks, not a change in people ("pilots must understand the automation" still is).
      if (/understand$/.test(m.entry.phrase) && understandingSought(s, m.last + 1)) return false;
      // "you should understand how it impacts your contract": advice to readers about their own
      // things, as "make sure you rotate your keys" is (findRequests), not a change asked of the team.
      if (subject.kind === 'person' && t[subject.index]?.word === 'you' && t.slice(m.last + 1, m.last + 8).some((x) => x.word === 'your')) return false;
      return subject.kind === 'person' ? widened() : false;
    case 'imperative': {
      // "Don't run manual SQL … again" (imperative) or "We must never … again" (a resolution);
      // not a past fact ("We never saw the error again").
      // "I can never be sure that it won't happen again", "Don't assume it will never happen
      // again": a second negation or a "that / whether / if" inside the span opens a clause of its
      // own, whose "again" it is; the outer verb orders no conduct.
      const inner = i + (t[i].word === 'do' && t[i + 1]?.word === 'not' ? 2 : 1);
      if (t.slice(inner, m.last).some((x) => /n't$/.test(x.word) || ['not', 'never', 'that', 'whether', 'if'].includes(x.word))) return false;
      if (subject.kind === 'none') return true;
      if (subject.kind === 'other') return false;
      const between = t.slice(subject.index + 1, i).map((x) => x.word);
      // "We'll be more careful": the modal is written into the pronoun.
      const contractedModal = /['’]ll$/.test(t[subject.index].word);
      return contractedModal || between.some((w) => RESOLVE_WORDS.has(w)) ? widened() : false;
    }
    case 'metric':
      return true;
    case 'metric-remember': {
      // "engineers remember the freeze", "people remember to …": a role, team or people word, not "I"
      // and not one person in a story ("Someone remembers a static analysis tool runs …").
      const k = i - 1;
      const w = t[k]?.word ?? '';
      if (!isPersonToken(s, k, g) || ['i', 'we', 'you', 'he', 'she', 'they', 'nobody', 'no', 'someone', 'somebody'].includes(w)) return false;
      return [k, m.last];
    }
    default:
      return true;
  }
}

/** What is sought when an incident is to be understood: a question, a cause or reason, the incident itself. */
// (Not "how" or "what": "understand how the failover works" is knowledge asked of people.)
const SOUGHT_QUESTIONS = new Set(['why', 'whether']);
const SOUGHT_CAUSES = new Set(['cause', 'causes', 'reason', 'reasons', 'incident', 'outage', 'failure', 'impact', 'timeline']);
/** After "need to understand" at k: a question, "the (root) cause", or "that / this / it" ending the clause. */
function understandingSought(s: PhraseMatch['sentence'], k: number): boolean {
  const t = s.tokens;
  const w = t[k]?.word ?? '';
  if (SOUGHT_QUESTIONS.has(w)) return true;
  // "understand that there are risks involved": a state of the world acknowledged, not a conduct learned.
  if (w === 'that' && t[k + 1]?.word === 'there') return true;
  if (['that', 'this', 'it'].includes(w) && (!t[k + 1] || /[.,;:!?]/.test(s.unit.text.slice(t[k].end, t[k + 1].start)))) return true;
  let j = k;
  while (j < t.length && j <= k + 3 && ['the', 'a', 'its', 'their', 'our', 'root', 'underlying', 'real', 'full'].includes(t[j].word)) j++;
  return j > k && SOUGHT_CAUSES.has(t[j]?.word ?? '');
}

/** The first word of the subject's noun phrase ("The mobile team" → "The"). */
function firstOfSubject(m: PhraseMatch, head: number): number {
  const t = m.sentence.tokens;
  let k = head;
  while (k > 0 && k > head - 3 && /^(the|a|an|all|every|each|our|their|mobile|data|platform|on-call|new|senior|night|weekend|release|support|network|database|security|sre)$/.test(t[k - 1].word)) k--;
  return k;
}

function fixes(m: PhraseMatch, first: number, last: number): Fix[] {
  const s = m.sentence;
  const span = tokenSpan(s, first, last);
  const inMetric = s.unit.column === 'metric' || m.entry.when === 'metric' || m.entry.when === 'metric-remember';
  const out: Fix[] = [];
  if (inMetric) out.push({ title: 'Replace with a measurable end state', edits: [{ ...span, newText: METRIC }], preferred: true });
  else out.push({ title: 'Rewrite as a system action: add a guardrail, automation or check', edits: [{ ...span, newText: SYSTEM_ACTION }], preferred: true });
  return out;
}

export const rule: Rule = {
  id: 'people-targeted-action',
  category: 'blame',
  scope: 'prose',
  defaultSeverity: 'warning',
  description: 'Actions, learnings and success metrics that try to fix people ("be more careful", "remind everyone", "retrain").',
  explanation:
    'Asking people to be more careful does not change the system that made the mistake easy. Add a guardrail, an automation or a check, and state how you will know it works. Error in Key Learnings and Action Items, where it replaces a real improvement.',
  sources: ['SREW', 'SREB15', 'PD-W', 'ETSY-DFG', 'seed'],
  prompts: PROMPTS,
  check(model, context) {
    const phrases = checkPhrases(
      {
        // A learning put as a habit of people in general ("Engineers remember the freeze") is the
        // form the rule looks for; the sanctions below keep the generic-statement guard.
        genericGuard: false,
        id: 'people-targeted-action',
        entries: PHRASES,
        // A wish about a person ("I hope you do better next time") asks for nothing and decides nothing.
        accept: (m, g) => (wishedFor(m.sentence.tokens.map((x) => x.word), m.first) ? false : accept(m, g)),
        prompts: PROMPTS,
        message: (m, text) =>
          m.entry.when === 'metric' || m.entry.when === 'metric-remember' || m.sentence.unit.column === 'metric'
            ? `People-targeted metric: “${text}” measures people, not the system. State a measurable end state (a check that fails, an alert that fires, a number).`
            : `People-targeted action: “${text}” asks people to change, not the system. Add a guardrail, an automation or a check, and say how you will know it works.`,
        fixes,
      },
      model,
      context,
    );
    // Extra phrases are reported once, by checkPhrases.
    const shapes = [
      ...checkSentences(model, context.config, 'people-targeted-action', (s, people) => findSanctions(s, people).filter((h) => !wishedFor(s.toks.map((x) => x.norm), h.first)), sanctionFinding, () => undefined),
      ...checkSentences(model, context.config, 'people-targeted-action', findRequests, sanctionFinding, () => undefined),
      ...checkSentences(model, context.config, 'people-targeted-action', findTrainingGiven, sanctionFinding, () => undefined),
    ];
    return [...phrases, ...shapes.filter((f) => !phrases.some((p) => p.start < f.end && f.start < p.end))];
  },
};

/** "The alert fired …", "the rule fired …": a subject that is no person and no employer is a system firing. */
function firedBySystem(s: Sent, v: number, people: Gazetteer): boolean {
  const sub = subjectOf(s, v, people);
  if (sub.person) return false;
  const head = sub.head === undefined ? '' : s.toks[sub.head].norm.replace(/s$/, '');
  return !EMPLOYERS.has(head);
}
/** Who dismisses people: "the hospital fired her", "the company fired the contractor". */
const EMPLOYERS = new Set(['hospital', 'company', 'firm', 'employer', 'agency', 'airline', 'board', 'trust', 'bank', 'school', 'university', 'council', 'department', 'district', 'city', 'county', 'state', 'railway', 'railroad', 'organisation', 'organization', 'business', 'startup', 'corporation', 'management', 'ceo', 'cto', 'boss', 'manager', 'owner', 'client', 'customer', 'studio']);

/** Sanctions on a person, as participles or past verbs ("was reassigned", "fined her"). */
// WordNet's verbs of sanctioning (people-targeted-action.sanctions.ts: banned, expelled, ousted,
// penalized …) and the ones it files elsewhere (counselled, retrained, reassigned, fired, terminated).
const SANCTIONS = new Set(['reassigned', 'suspended', 'fired', 'sacked', 'dismissed', 'disciplined', 'reprimanded', 'counselled', 'counseled', 'retrained', 're-trained', 'demoted', 'fined', 'censured', 'punished', 'terminated', ...SANCTION_VERB_PARTICIPLES]);
/** Sanctions asked for in the base form, with a person object: "I would fire the operator" ("fine" is mostly the adjective). */
const SANCTION_BASES = new Set(['fire', 'sack', 'dismiss', 'demote', 'punish', 'discipline', 'reprimand', ...SANCTION_VERB_BASES.filter((w) => w !== 'fine')]);
/** Corrections of a person that an action log reports in the past with no subject: not "suspended" or "banned" (accounts and attackers are). */
const LOGGED_CORRECTIONS = new Set(['counselled', 'counseled', 'retrained', 're-trained', 're-educated', 'reeducated', 're-briefed', 'rebriefed', 'reminded', 'reprimanded', 'disciplined', 'demoted', 'sacked', 'censured']);
/** Verbs that hand a sanction to someone ("given a caution", "gave her a suspension order"). */
const GIVE_VERBS = new Set(['given', 'gave', 'give', 'issued', 'handed']);
/** Sanctions handed to a person as nouns. */
const GIVEN_SANCTIONS = new Set(['caution', 'suspension', 'reprimand', 'dismissal', 'demotion', 'censure']);
/** Modals that ask for a sanction ("could" and "might" only say it was possible). */
const SANCTION_MODALS = new Set(['would', 'should', 'will', 'must', 'shall']);
/**
 * The periphrastic modals of obligation before "to" ("had to punish him", "need to fire the
 * operator"): an obligation to sanction asks for it as "must" does. Not intent or plan ("was going
 * to fire her", "no plans to fire him"), which tell of a sanction someone thought of.
 */
const OBLIGATION_BEFORE_TO = new Set(['have', 'has', 'had', 'need', 'needs', 'needed', 'ought']);
/** Sanctions as nouns of a person: "this employee's firing", "the pilot's suspension". */
const SANCTION_NOUNS = new Set(['firing', 'dismissal', 'suspension', 'termination', 'sacking', 'demotion', 'reprimand', 'discipline']);
const SYSTEMS = new Set(SYSTEM_NOUNS);
/** Things that are suspended or revoked as a state: "the employee's account was suspended". */
const SUSPENDABLE = new Set(['account', 'card', 'wallet', 'subscription', 'license', 'licence', 'payment', 'transaction', 'access', 'key', 'token', 'certificate', 'service', 'job', 'domain', 'api']);
/** Auxiliaries of the passive: "has been (temporarily) reassigned", "should be counselled". */
const PASSIVE_AUX = new Set(['be', 'been', 'was', 'were', 'is', 'are', 'being', 'get', 'gets', 'got', 'getting']);

export interface SanctionHit {
  first: number;
  last: number;
}

/**
 * A sanction on a person, by grammar (§2.8, issue 11): the passive with adverbs or a relative
 * clause between ("The employee who issued the alert has been temporarily reassigned",
 * "Employees who make this sort of error should be counselled") and the active with a person
 * object ("fined her $3,000", "disciplined the engineer"). A thing suspended or fired ("the job
 * was suspended", "the alert fired") has no person; a question ("should they be punished or
 * not?") and "nobody was disciplined" report no sanction.
 */
export function findSanctions(s: Sent, people: Gazetteer): SanctionHit[] {
  const t = s.toks;
  const hits: SanctionHit[] = [];
  // "Should that operator be punished or not?": asking whether is talk about sanctions, not one; so
  // is the review's own deliberation ("Should we fire the operator?"). A question whether someone
  // else sanctioned or will sanction a particular person ("Should the hospital have fired her?",
  // "Is one error grounds for dismissal?") still names the sanction as the answer to the error.
  if (s.question && !sanctionQuestion(s, people)) return hits;
  // Only people are sanctioned, so a role the gazetteer reads as a thing is a person here: "an air
  // traffic controller … has been suspended".
  const sanctioned = (k: number): PersonRef | undefined => {
    const ref = personAt(s, k, people);
    if (ref) return ref;
    // The role ends its noun phrase ("the controller pods" are things).
    const ends = !t[k + 1] || punctBefore(s, k + 1) || PREPOSITIONS.has(t[k + 1].norm) || ['who', 'and', 'or'].includes(t[k + 1].norm) || /(?:ed|ing)$/.test(t[k + 1].norm);
    return DUTY_ROLES.includes(t[k]?.norm ?? '') && ends ? { kind: 'role', first: k, last: k, head: k, possessive: false } : undefined;
  };
  for (let v = 0; v < t.length; v++) {
    // "what partially redeems this employee's firing …"
    if (v > 0 && SANCTION_NOUNS.has(t[v].norm) && /'s$|s'$/.test(t[v - 1].norm) && personWord(s, v - 1, people) && !negatedBefore(s, v, 4)) {
      hits.push({ first: v - 1, last: v });
      continue;
    }
    // A sanction named, a referral or a personal remedy, a job's end, a lesson taught in the passive.
    const shaped = sanctionNamed(s, v, people) ?? referralOrRemedy(s, v, people) ?? employmentEnded(s, v, people) ?? lessonPassive(s, v, people);
    if (shaped) {
      hits.push(shaped);
      continue;
    }
    // A sanction handed to a person: "gave Bentley a six-month suspension order", "A nurse has been
    // given a caution", "was issued a written reprimand".
    if (GIVE_VERBS.has(t[v].norm)) {
      const given = givenSanction(v);
      if (given) hits.push(given);
      continue;
    }
    if (SANCTION_BASES.has(t[v].norm)) {
      // Asked for: after "would", "should", "I'd" …, or as an order opening the sentence or a list
      // item ("a) Immediately fire the junior"); not after a colon ("How to ensure a mistake is
      // repeated: fire the one guy who …" is irony about sanctions).
      let m = v - 1;
      while (m >= 0 && isAdverb(t[m]) && !['not', 'never'].includes(t[m].norm)) m--;
      const listMarker = m === 0 && t[0].norm.length <= 2 && /\)/.test(gapAfter(s, 0));
      const obliged = m > 0 && t[m].norm === 'to' && OBLIGATION_BEFORE_TO.has(t[m - 1].norm);
      const asked = m < 0 || listMarker || obliged || SANCTION_MODALS.has(t[m].norm) || /'d$|'ll$/.test(t[m].norm);
      const k = asked && !negatedBefore(s, v) && !isMetaBlameless(s, v) ? personObject(v) : undefined;
      if (k !== undefined) hits.push({ first: v, last: k });
      continue;
    }
    // "Counselled the mechanic on …", "Retrained the operator": an action log's entry, its subject
    // (the writers' organisation) left out, reports a correction of a person.
    if (v === 0 && LOGGED_CORRECTIONS.has(t[v].norm) && !isMetaBlameless(s, v)) {
      const k = personObject(v);
      if (k !== undefined) hits.push({ first: v, last: k });
      continue;
    }
    if (v === 0 || !SANCTIONS.has(t[v].norm)) continue;
    let a = v - 1;
    while (a > 0 && isAdverb(t[a]) && !['not', 'never'].includes(t[a].norm)) a--;
    // "You're fired.", "they're suspended": the pronoun and the auxiliary in one word ("he's fired
    // the alert" is the perfect of a system's verb).
    if (/^(?:you|he|she|they)['’](?:re|s)$/.test(t[a].norm)) {
      const perfect = t[v].norm === 'fired' && ['the', 'a', 'an', 'off', 'up'].includes(t[v + 1]?.norm ?? '');
      if (!perfect && !negatedBefore(s, v, 2) && !isMetaBlameless(s, a)) hits.push({ first: a, last: v });
      continue;
    }
    if (PASSIVE_AUX.has(t[a].norm)) {
      if (negatedBefore(s, a, 2)) continue;
      // "they could be fired for this": a fear or a possibility, not a sanction asked for or taken.
      if (t[a].norm === 'be' && ['could', 'might', 'may'].includes(t[a - 1]?.norm ?? '')) continue;
      const sub = subjectOf(s, a, people);
      const person = sub.person ?? (sub.head !== undefined ? sanctioned(sub.head) : undefined) ?? antecedentOfWho(s, a, sanctioned) ?? whoever(s);
      // "Nobody was disciplined": no sanction happened.
      if (person && ['nobody', 'no-one', 'none', 'one'].includes(t[person.head].norm)) continue;
      if (person && !person.possessive && person.kind !== 'first-person' && !isMetaBlameless(s, person.first)) hits.push({ first: a, last: v });
      continue;
    }
    // Active: "fined her", "disciplined the engineer", "the hospital fired her" (not "the alert
    // fired the page": something that fires is a system unless a person or an employer fires).
    if (!isPastTense(t[v].norm) || negatedBefore(s, v)) continue;
    if (t[v].norm === 'fired' && firedBySystem(s, v, people)) continue;
    const k = personObject(v);
    if (k !== undefined) hits.push({ first: v, last: k });
  }
  return hits;

  /** "gave {person} a … suspension", "{person} was given a caution": the verb at v to the sanction noun. */
  function givenSanction(v: number): SanctionHit | undefined {
    let n = v + 1;
    while (n < t.length && n <= v + 6 && !punctBefore(s, n) && !GIVEN_SANCTIONS.has(t[n].norm)) n++;
    if (n >= t.length || n > v + 6 || punctBefore(s, n) || negatedBefore(s, v) || t.slice(v + 1, n).some((x) => x.norm === 'no')) return undefined;
    // "a word of caution", "with caution": advice or manner, not a sanction.
    if (['of', 'with'].includes(t[n - 1].norm)) return undefined;
    let a = v - 1;
    while (a > 0 && isAdverb(t[a]) && !['not', 'never'].includes(t[a].norm)) a--;
    if (a >= 0 && PASSIVE_AUX.has(t[a].norm)) {
      const sub = subjectOf(s, a, people);
      const person = sub.person ?? (sub.head !== undefined ? sanctioned(sub.head) : undefined) ?? antecedentOfWho(s, a, sanctioned);
      return person && !person.possessive && person.kind !== 'first-person' && !['nobody', 'no-one', 'none'].includes(t[person.head].norm) ? { first: a, last: n } : undefined;
    }
    // Active: the indirect object between the verb and the sanction's article is the one sanctioned;
    // only people are cautioned or suspended, so any recipient that is not a system is a person
    // ("gave Bentley a six-month suspension order"; not "issued a suspension of the keys").
    const article = t.findIndex((x, k) => k > v + 1 && k < n && ['a', 'an'].includes(x.norm));
    if (article < 0) return undefined;
    const recipient = t.slice(v + 1, article);
    const thing = recipient.some((x) => SYSTEMS.has(x.norm.replace(/s$/, '')) || SUSPENDABLE.has(x.norm.replace(/s$/, '')));
    return !thing && !recipient.some((x, j) => personWord(s, v + 1 + j, people) === 'first-person') ? { first: v, last: n } : undefined;
  }

  /** The person sanctioned right after the verb at v, unless a system is the one acting. */
  function personObject(v: number): number | undefined {
    // ("suspended an air traffic controller": a role after two modifiers.)
    for (let k = v + 1; k <= Math.min(t.length - 1, v + 4); k++) {
      if (punctBefore(s, k)) break;
      const ref = sanctioned(k);
      if (ref && !ref.possessive && ref.kind !== 'first-person' && ref.kind !== 'quantifier') {
        // Only people and organisations sanction: "the script suspended the user" is an account state.
        const subject = subjectOf(s, v, people);
        return subject.head === undefined || !SYSTEMS.has(t[subject.head].norm.replace(/s$/, '')) ? k : undefined;
      }
    }
    return undefined;
  }
}

/**
 * Requests and standing orders aimed at people, in the shapes real writing uses (issue 11):
 *   - after an opener: "Yeah never deploy a friday.", "Lesson: always test in staging."
 *   - polite or pointed requests: "Please stop using only minor versions …", "Can you stop releasing
 *     breaking changes on minor releases?", "Please can you follow semver."
 *   - "make sure you delete the right one"
 *   - a person told what to do always or never: "The developer should always investigate …",
 *     "a reminder to always respect the deployment schedule"
 * Only verbs of conduct count ("Can you check the logs?" is a question for the review).
 */
export function findRequests(s: Sent, people: Gazetteer, unit: ProseUnit): SanctionHit[] {
  const t = s.toks;
  if (!t.length) return [];
  const conduct = (k: number) => CONDUCT_VERBS.has(t[k]?.norm ?? '');
  // "Keep your focus on the road", "Take every report … seriously": an order to pay attention.
  if (ATTENTION_ORDERS.has(t[0].norm)) {
    // (The object may be long, "Take every report of an unusual noise or smell seriously": the
    // attention word anywhere before the clause's first punctuation.)
    const stop = t.findIndex((_, k) => k > 0 && punctBefore(s, k));
    const a = t.findIndex((x, k) => k > 0 && (stop < 0 || k < stop) && ATTENTION_WORDS.has(x.norm));
    if (a > 0 && (t.slice(1, a).some((x) => x.norm === 'your') || t[a].norm === 'seriously')) return [{ first: 0, last: a }];
  }
  // "Drivers still have an obligation to remain focused": people (not the writer) told to stay alert.
  const someoneElse = (k: number) => {
    const kind = personWord(s, k, people);
    return !!kind && kind !== 'first-person';
  };
  for (let i = 1; i < t.length - 1; i++) {
    if (['remain', 'stay', 'be'].includes(t[i].norm) && ['focused', 'alert', 'vigilant', 'attentive'].includes(t[i + 1].norm) && t.slice(0, i).some((_, k) => someoneElse(k))) {
      return [{ first: i, last: i + 1 }];
    }
  }
  const banned = prohibition(s, people);
  if (banned) return [banned];
  const stressed = reemphasis(s, people);
  if (stressed) return [stressed];
  const order = negativeStandingOrder(s);
  if (order) return [order];
  const lesson = lessonOrder(s, people, unit);
  if (lesson) return [lesson];
  // "Yeah never deploy a friday", "Lesson learned: always …"
  let o = 0;
  while (o < t.length - 1 && REQUEST_OPENERS.has(t[o].norm)) o++;
  if (o > 0 && ['always', 'never'].includes(t[o].norm) && /^[a-z][a-z-]+$/.test(t[o + 1]?.norm ?? '') && !/(?:ed|ing)$/.test(t[o + 1].norm) && !isPastForm(t[o + 1].norm) && !ORDER_STOPS.has(t[o + 1].norm)) return [{ first: o, last: o + 1 }];
  for (let i = 0; i < t.length; i++) {
    // "Please stop …", "Please can you follow …", "Can you stop …", "Could you please stop …"
    if (t[i].norm === 'please' || (['can', 'could', 'would', 'will'].includes(t[i].norm) && t[i + 1]?.norm === 'you')) {
      let v = t[i].norm === 'please' ? i + 1 : i + 2;
      if (['can', 'could', 'would', 'will'].includes(t[v]?.norm ?? '') && t[v + 1]?.norm === 'you') v += 2;
      if (t[v]?.norm === 'please') v++;
      if (t[v]?.norm === 'just') v++;
      // "If you have been affected, please avoid taking action …": advice to the customers affected.
      // "Thank you for using conda-forge, … and please follow our security process": a courtesy to readers.
      const toCustomers = (t.slice(0, i).some((x) => ['affected', 'impacted'].includes(x.norm)) && t.slice(0, i).some((x) => x.norm === 'you')) || t.slice(0, i).some((x, k) => matchesAt(s, k, ['thank', 'you']) || matchesAt(s, k, ['contact', 'us']));
      // "please follow these steps:", "Please follow the process outlined in …": instructions to readers.
      const instructions = t[v]?.norm === 'follow' && ['these', 'the', 'our', 'this'].includes(t[v + 1]?.norm ?? '') && INSTRUCTION_NOUNS.has(t[v + 2]?.norm ?? '');
      if (conduct(v) && !toCustomers && !instructions && (i === 0 || punctBefore(s, i) || REQUEST_OPENERS.has(t[i - 1].norm))) return [{ first: i, last: v }];
    }
    // "make sure you delete the right one", "be sure you read the diff"
    // ("Make sure you rotate your API keys", "make sure you understand how it impacts your
    // contract": what the reader should do about their own things, advice in a public report.)
    if (((t[i].norm === 'make' || t[i].norm === 'be') && t[i + 1]?.norm === 'sure' && t[i + 2]?.norm === 'you') && /^[a-z][a-z-]+$/.test(t[i + 3]?.norm ?? '') && !/(?:ed|ing|s)$/.test(t[i + 3].norm) && !['are', 'were', 'have', 'had', 'can', 'will'].includes(t[i + 3].norm) && !t.slice(i + 4, i + 10).some((x) => x.norm === 'your')) {
      return [{ first: i, last: i + 3 }];
    }
    // "The developer should always investigate …", "a reminder to always respect …"
    if (['always', 'never'].includes(t[i].norm) && /^[a-z][a-z-]+$/.test(t[i + 1]?.norm ?? '') && !/(?:ed|ing)$/.test(t[i + 1].norm) && !isPastForm(t[i + 1].norm) && !ORDER_STOPS.has(t[i + 1].norm)) {
      const m = t[i - 1]?.norm ?? '';
      if (m === 'to' && ['reminder', 'reminders', 'remind', 'lesson', 'rule', 'need', 'needs'].includes(t[i - 2]?.norm ?? '')) return [{ first: i - 2, last: i + 1 }];
      if (['should', 'must', 'shall'].includes(m)) {
        const person = subjectOf(s, i - 1, people).person;
        // ("But they should always verify", after "When applications connect …": a bare "they" with
        // no person before it in the sentence may be the things just named, as in normative-judgment.)
        const bareThey = person && t[person.head].norm === 'they' && !t.slice(0, person.head).some((_, j) => personWord(s, j, people));
        if (person && !bareThey && !person.possessive && person.kind !== 'first-person' && !isMetaBlameless(s, person.first)) return [{ first: person.first, last: i + 1 }];
      }
    }
  }
  return [];
}
/** Modals of obligation that make "nobody …" a prohibition. */
const PROHIBITING_MODALS = new Set(['should', 'must', 'shall']);
const EXPERIENCES = new Set(EXPERIENCE_VERBS);

/**
 * A prohibition laid on people (§2.8): "nobody / no one / no {person}" as the subject of "should /
 * must / shall" and a verb of doing ("Nobody should push to main on a Friday", "No pilot should
 * say that to another pilot"). A verb of state, perception, feeling, possession or thought
 * (WordNet's, people-targeted-action.experience.ts) wishes a state on everyone instead ("No one
 * should have full access", "No customer should see an error", "Nobody should lose their job over
 * this"), and talk about blame ("Nobody should be blaming …") is the review's own value.
 */
function prohibition(s: Sent, people: Gazetteer): SanctionHit | undefined {
  const t = s.toks;
  if (s.question) return undefined;
  for (let k = 0; k < t.length - 2; k++) {
    const w = t[k].norm;
    let last = -1;
    if (w === 'nobody' || w === 'no-one') last = k;
    else if (w === 'no' && t[k + 1]?.norm === 'one') last = k + 1;
    else if (w === 'no' && personWord(s, k + 1, people)) last = k + 1;
    if (last < 0) continue;
    let m = last + 1;
    while (m < t.length && isAdverb(t[m]) && !isNegation(t[m])) m++;
    // The modal must belong to "nobody": "free for nobody – should they want it, …" opens a condition.
    if (!PROHIBITING_MODALS.has(t[m]?.norm ?? '') || punctBefore(s, m)) continue;
    let v = m + 1;
    while (v < t.length && (isAdverb(t[v]) || t[v].norm === 'ever') && !isNegation(t[v])) v++;
    const verb = t[v]?.norm ?? '';
    if (!/^[a-z][a-z-]+$/.test(verb) || /(?:ed|ing)$/.test(verb) || AUXILIARIES.has(verb) || EXPERIENCES.has(verb) || REVIEW_VERBS.has(verb) || isMetaBlameless(s, k)) continue;
    return { first: k, last: v };
  }
  return undefined;
}

/** Directions written out for readers to follow step by step ("Follow the steps below"). */
const DIRECTIONS = new Set(['steps', 'step', 'instructions', 'guide', 'link', 'directions', 'prompts', 'commands']);
/** What readers are asked to follow as instructions ("please follow these steps"). */
const INSTRUCTION_NOUNS = new Set(['steps', 'step', 'instructions', 'process', 'guide', 'guidance', 'link', 'procedure', 'directions']);
/** Imperatives of attention ("Keep your focus …", "Take … seriously") and the words that make them so. */
const ATTENTION_ORDERS = new Set(['keep', 'stay', 'remain', 'take', 'pay']);
const ATTENTION_WORDS = new Set(['focus', 'focused', 'attention', 'alert', 'vigilant', 'eye', 'eyes', 'seriously', 'mind']);
/**
 * Words after "you don't" that state no order: verbs of having, knowing and perceiving ("you don't
 * need to …", "you never know") and softening adverbs ("you don't really …").
 */
const NOT_ORDER_WORDS = new Set(['need', 'have', 'get', 'know', 'see', 'want', 'think', 'hear', 'feel', 'like', 'mean', 'care', 'understand', 'remember', 'notice', 'realize', 'realise', 'believe', 'seem', 'look', 'mind', 'lose', 'even', 'really', 'always', 'usually', 'necessarily', 'be', 'find', 'worry', 'expect', 'trust', 'agree']);

/**
 * A negative standing order (issue 11): said to a generic "you" opening a sentence or clause
 * ("You don't put it in gear if there's anyone close by", "…; you don't fool around", "And you sure
 * as hell don't laugh at …"), or made emphatic with "ever" ("Do not ever force push to …"). Not a
 * state ("you don't need to …", "you never know"), a condition ("If you don't see …") or a question,
 * and a plain runbook step ("Do not restart the primary while …") has no "ever".
 */
function negativeStandingOrder(s: Sent): SanctionHit | undefined {
  const t = s.toks;
  if (s.question) return undefined;
  const opens = (i: number) => i === 0 || /[;:]/.test(gapBefore(s, i)) || (i === 1 && REQUEST_OPENERS.has(t[0].norm)) || (i === 1 && t[0].norm === 'listen');
  const verbAt = (v: number) => /^[a-z][a-z-]+$/.test(t[v]?.norm ?? '') && !/(?:ed|ing|s)$/.test(t[v].norm) && !NOT_ORDER_WORDS.has(t[v].norm);
  for (let i = 0; i < t.length - 2; i++) {
    if (!opens(i)) continue;
    // "Do not ever …", "Don't ever …"
    const neg = t[i].norm === "don't" ? i + 1 : t[i].norm === 'do' && t[i + 1]?.norm === 'not' ? i + 2 : -1;
    if (neg > 0 && t[neg]?.norm === 'ever' && verbAt(neg + 1)) return { first: i, last: neg + 1 };
    // "Don't code when you're distracted", "Don't push code late at night": a rule for the
    // person's own state or timing, not a runbook step ("Do not restart the primary until the
    // replica catches up" conditions on the system; "Never stop the node with kill -9" has no condition).
    const never = t[i].norm === 'never' ? i + 1 : -1;
    const order = neg > 0 ? neg : never;
    if (order > 0 && verbAt(order) && personalCondition(s, order + 1)) return { first: i, last: order };
    if (t[i].norm !== 'you') continue;
    let j = i + 1;
    if (matchesAt(s, j, ['sure', 'as', 'hell'])) j += 3;
    else if (['just', 'simply'].includes(t[j]?.norm ?? '')) j++;
    const v = t[j]?.norm === "don't" || t[j]?.norm === 'never' ? j + 1 : t[j]?.norm === 'do' && t[j + 1]?.norm === 'not' ? j + 2 : -1;
    if (v > 0 && verbAt(v)) return { first: i, last: v };
  }
  return undefined;
}

/**
 * Words that name a lesson or a rule of conduct before a colon: "Lesson #3:", "Lessons learned:",
 * "I learned my lesson:", and WordNet's class of precepts (people-targeted-action.precepts.ts):
 * "Rule #1:", "My advice to you:", "Golden rule:", "Our motto:".
 */
const LESSON_WORDS = new Set(['lesson', 'lessons', 'moral', 'takeaway', 'takeaways', ...PRECEPT_NOUNS]);
/** Particles of a phrasal verb: "slow down", "back off". */
const ORDER_PARTICLES = new Set(['down', 'up', 'out', 'off', 'back', 'away', 'over', 'it', 'them', 'things', 'everything', 'yourself', 'yourselves']);
/** Openers of a condition before the order ("If you're on call, keep …"). */
const CONDITION_OPENERS = new Set(['if', 'when', 'whenever', 'unless', 'before', 'while']);

/**
 * A lesson stated as an order to people (§2.8): "Lesson #3: avoid having to fix things when
 * exhausted", "I learned my lesson: don't make jokes in fragile environments", also after a
 * condition ("Lesson 2: if you're on call, keep the phone by you"). The order is a base-form verb
 * (or "don't" / "never" and one) right after the colon; a system action ("Lesson: add an alert on
 * …", the system-action guard), a statement ("Lesson learned: the alerts were too noisy",
 * "Lessons: monitoring matters") or code are not.
 */
function lessonOrder(s: Sent, people: Gazetteer, unit: ProseUnit): SanctionHit | undefined {
  const t = s.toks;
  if (s.question) return undefined;
  const c = t.findIndex((x, k) => k > 0 && k <= 6 && /:/.test(gapBefore(s, k)));
  if (c < 0 || !t.slice(0, c).some((x) => LESSON_WORDS.has(x.norm)) || isMetaBlameless(s, c)) return undefined;
  // After a condition, the order follows one of its commas.
  const starts = CONDITION_OPENERS.has(t[c].norm) ? t.map((_, k) => k).filter((k) => k > c + 1 && /,/.test(gapBefore(s, k))) : [c];
  for (const a of starts) {
    let v = a;
    if (t[v].norm === "don't" || t[v].norm === 'never' || t[v].norm === 'always') v++;
    else if (t[v].norm === 'do' && t[v + 1]?.norm === 'not') v += 2;
    // The emphatic "do" of an order: "My advice: do test your restores".
    else if (t[v].norm === 'do' && /^[a-z][a-z-]+$/.test(t[v + 1]?.norm ?? '') && !punctBefore(s, v + 1) && !DETERMINERS.has(t[v + 1].norm) && !PREPOSITIONS.has(t[v + 1].norm) && !['it', 'so', 'this', 'that', 'them', 'what'].includes(t[v + 1].norm) && !personWord(s, v + 1, people)) v++;
    const w = t[v]?.norm ?? '';
    if (!/^[a-z][a-z-]+$/.test(w) || /(?:ed|ing|s)$/.test(w) || isPastForm(w) || DETERMINERS.has(w) || AUXILIARIES.has(w) || BOUNDARY_WORDS.has(w) || PREPOSITIONS.has(w) || personWord(s, v, people) || isAdverb(t[v])) continue;
    if (v === a && (SYSTEM_ACTION_VERBS.has(w) || GUARDRAIL_VERBS.has(w)) && !(w === 'make' && t[v + 1]?.norm === 'sure')) continue;
    // "Rule #1: don't blame individuals": an order about how to hold the review, as for standing orders.
    if (REVIEW_VERBS.has(w)) continue;
    // A plain verb opens an order when its object or complement follows ("test your restores",
    // "slow down", "avoid having to …"); "Lesson: communication is key", "Terraform state drifts"
    // have a noun there, which is a statement, and so has "failure to …", "lack of …".
    const after = t[v + 1];
    const opensOrder = v > a || !after || punctBefore(s, v + 1) || DETERMINERS.has(after.norm) || (PREPOSITIONS.has(after.norm) && !['to', 'of'].includes(after.norm)) || ORDER_PARTICLES.has(after.norm) || isAdverb(after) || /ing$/.test(after.norm) || (w === 'make' && after.norm === 'sure');
    if (!opensOrder || (after && AUXILIARIES.has(after.norm) && after.norm !== 'to')) continue;
    if (w === 'make' && after?.norm === 'sure') v++;
    if (t.slice(v + 1).some((x) => inlineCodeAt(unit, x.start))) continue;
    return { first: a, last: v };
  }
  return undefined;
}

const RISKY_TIME_WORDS = RISKY_TIMES.map(phraseWords);

/**
 * Whether the clause from `k` conditions an order on the person's own state or timing: a "when /
 * unless / until / if / before" clause whose subject is a person ("when you're distracted",
 * "until all developers understand the work"), or a risky time ("on a Friday afternoon", "late at
 * night"). "while you're fixing the problem" (what to keep doing meanwhile) is not one.
 */
function personalCondition(s: Sent, k: number): boolean {
  const t = s.toks;
  for (let j = k; j < t.length; j++) {
    if (/[;:]/.test(gapBefore(s, j)) || (/[,—–-]/.test(gapBefore(s, j)) && !ORDER_CONDITIONS.has(t[j].norm))) return false;
    if (RISKY_TIME_WORDS.some((w) => matchesAt(s, j, w))) return true;
    if (!ORDER_CONDITIONS.has(t[j].norm)) continue;
    // The condition's subject: a person word within its first three words ("you", "you're", "all developers").
    for (let h = j + 1; h <= Math.min(t.length - 1, j + 3); h++) {
      if (/^you(?:['’](?:re|ve|ll|d))?$/.test(t[h].norm) || SUBJECT_PEOPLE.has(t[h].norm)) return true;
    }
    return false;
  }
  return false;
}
/** Words that open the condition of an order. */
const ORDER_CONDITIONS = new Set(['when', 'unless', 'until', 'if', 'before']);
/** People who may be the subject of an order's condition, besides "you". */
const SUBJECT_PEOPLE = new Set(['developers', 'engineers', 'everyone', 'everybody', 'people', 'someone', 'somebody', 'reviewers', 'operators', 'team', 'colleagues', 'others']);

/** Words that may open a request or a standing order: "Yeah never …", "Lesson: always …". */
const REQUEST_OPENERS = new Set(['yeah', 'yes', 'so', 'and', 'also', 'ok', 'okay', 'lesson', 'learned', 'learnt', 'moral', 'tip', 'protip', 'pro-tip', 'rule', 'seriously', 'folks', 'guys', 'people', 'everyone', 'team']);
/**
 * Verbs of conduct a request can ask for: "stop releasing …", "follow semver". Not pointers for the
 * reader ("Please read the FAQ", "Please be aware that …", "Please test the new flow").
 */
const CONDUCT_VERBS = new Set(['stop', 'start', 'follow', 'obey', 'respect', 'remember', 'avoid', 'learn', 'pay', 'double-check', 'quit', 'refrain', 'never', 'always']);
/**
 * Words after "always" / "never" that make no order ("never again"; "should always have an owner" is
 * possession, the catalogue's should-have-possess guard).
 */
const ORDER_STOPS = new Set(['have', 'has', 'again', 'a', 'an', 'the', 'been', 'is', 'was', 'were', 'has', 'had', 'in', 'on', 'at', 'for', 'once', 'twice', 'ever', 'more', 'less', 'happened', 'did', 'do', 'does', 'get', 'gets', 'got', 'seems', 'seem', 'works', 'fails', 'will', 'would', 'could']);

/** Verbs of saying a thing again, harder: "reinforce", "reiterate", "re-emphasise". */
const REEMPHASIS_VERBS = new Set(['reinforce', 'reinforces', 'reinforced', 'reinforcing', 'reiterate', 'reiterates', 'reiterated', 'reiterating', 're-emphasise', 're-emphasised', 're-emphasize', 're-emphasized', 'reemphasize', 'reemphasized', 'reemphasise', 'reemphasised']);
/** What is reinforced in people, not in a system: training, a virtue, or the importance / need of a conduct. */
// (Not "the need for …": "follow up with the patient to reinforce the need for a test" is care given.)
const REINFORCED_IN_PEOPLE = new Set(['training', 'professionalism', 'awareness', 'vigilance', 'discipline', 'expectations', 'importance', 'accountability', 'diligence']);

/**
 * Re-emphasis as the response (§2.8): "Steps are being taken to reinforce training around …", "to
 * reinforce professionalism", "we have reiterated to all staff the importance of …", "reinforced
 * with the team that …". What is reinforced is training, a virtue or the importance of a
 * conduct, or the people it is reinforced with are named. A policy or a control reinforced
 * ("Reinforce the merging policy: prohibit …", "reinforce the rack") is a system action, and "has
 * reinforced the fact that …" is an observation.
 */
function reemphasis(s: Sent, people: Gazetteer): SanctionHit | undefined {
  const t = s.toks;
  for (let v = 0; v < t.length - 1; v++) {
    if (!REEMPHASIS_VERBS.has(t[v].norm) || negatedBefore(s, v) || isMetaBlameless(s, v)) continue;
    for (let k = v + 1; k < Math.min(t.length, v + 6); k++) {
      if (punctBefore(s, k) && !/^\s*$/.test(gapBefore(s, k))) break;
      const w = t[k].norm;
      // "reiterated to all staff", "reinforced with the team": the people it is said to.
      if (['to', 'with'].includes(w) && k === v + 1) {
        const who = personAt(s, DETERMINERS.has(t[k + 1]?.norm ?? '') ? k + 2 : k + 1, people) ?? personAt(s, k + 2, people);
        if (who && who.kind !== 'first-person' && !who.possessive) return { first: v, last: who.last };
        break;
      }
      if (REINFORCED_IN_PEOPLE.has(w)) {
        // ("the importance of …": only with its complement.)
        if (w === 'importance' && t[k + 1]?.norm !== 'of') break;
        return { first: v, last: k };
      }
      if (!DETERMINERS.has(w) && !/^[a-z-]+$/.test(w)) break;
    }
  }
  return undefined;
}

/** Verbs by which a person receives training: "may get some retraining", "had undergone comprehensive training". */
const RECEIVE_VERBS = new Set(['get', 'gets', 'got', 'receive', 'receives', 'received', 'undergo', 'undergoes', 'underwent', 'undergone', 'undertake', 'undertakes', 'undertook', 'undertaken', 'given']);
/** Verbs by which training is given to a person: "gave him additional training", "provide employees with training". */
const GIVE_TRAINING = new Set(['give', 'gives', 'gave', 'given', 'provide', 'provides', 'provided', 'offer', 'offers', 'offered']);
const TRAININGS = new Set(['training', 'retraining', 're-training', 'coaching']);
/** Words that make training a response to the incident, not background ("had received training on the type"). */
const RESPONSE_MODIFIERS = new Set(['more', 'additional', 'further', 'extra', 'remedial', 'refresher', 'comprehensive', 'mandatory', 'corrective']);
/** Kinds of training given because of a fault, whoever receives it ("mandatory", "remedial", "refresher"). */
// (Not "corrective": "a corrective action with training" names an action, and TUNE had it as a false positive.)
const IMPOSED_TRAINING = new Set(['mandatory', 'compulsory', 'remedial', 'refresher']);
/** Modals (and the "to" of "need to") that ask for the training. */
const TRAINING_MODALS = new Set(['may', 'will', 'would', 'should', 'must', 'shall', 'to']);
/** Verbs of a recommendation whose clause asks for the training: "recommended that … he undertake professional training". */
const RECOMMEND_VERBS = new Set(['recommended', 'recommends', 'recommend', 'required', 'requires', 'ordered', 'directed', 'suggested', 'advised']);
/** What the training answers: "since the incident", "after the error". */
const TRAINING_OCCASIONS = new Set(['incident', 'error', 'mistake', 'accident', 'event', 'outage', 'crash']);

/**
 * Training given to a person as the response (§2.8, issue 11): "the employee may get some
 * retraining", "She had also undergone comprehensive training since the incident", "took the
 * controller off duty and gave him additional training", "recommended that … he undertake
 * professional training". The response shows as retraining, a modifier of more ("additional",
 * "remedial"), a modal, a recommendation or "since the incident". Background ("The pilot had
 * received training on the type"), negations ("had not received adequate training"), first
 * person, programmes (the training-program guard) and training of models are left alone.
 */
export function findTrainingGiven(s: Sent, people: Gazetteer): SanctionHit[] {
  const t = s.toks;
  if (s.question || t.some((x) => PROGRAM_WORDS.has(x.norm))) return [];
  for (let k = 1; k < t.length; k++) {
    if (!TRAININGS.has(t[k].norm) || TRAINED_THINGS.has(t[k + 1]?.norm ?? '')) continue;
    // Back over up to three modifiers ("some", "additional", "professional") to the verb or the person.
    let v = k - 1;
    while (v > 0 && v > k - 4 && !punctBefore(s, v + 1) && !RECEIVE_VERBS.has(t[v].norm) && !GIVE_TRAINING.has(t[v].norm) && t[v].norm !== 'with' && !personWord(s, v, people)) v--;
    if (punctBefore(s, v + 1)) continue;
    const modifiers = t.slice(v + 1, k);
    let person: PersonRef | undefined;
    let first = -1;
    let verb = -1;
    if (RECEIVE_VERBS.has(t[v].norm) && (t[v].norm !== 'given' || ['was', 'were', 'been', 'be', 'being'].includes(t[v - 1]?.norm ?? ''))) {
      // "the employee may get …": the receiver is the verb's subject (only people undergo training,
      // so a duty role the gazetteer reads as a thing is one: "The controller will undergo …").
      const sub = subjectOf(s, v, people);
      person = sub.person ?? (sub.head !== undefined && DUTY_ROLES.includes(t[sub.head].norm) ? { kind: 'role', first: sub.head, last: sub.head, head: sub.head, possessive: false } : undefined);
      verb = v;
      first = person?.first ?? -1;
    } else {
      // "gave him additional training", "provide employees with training": the receiver is the object.
      const object = t[v].norm === 'with' ? v - 1 : v;
      const ref = personAt(s, object, people);
      let g = ref ? ref.first - 1 : -1;
      if (ref && t[v].norm !== 'with' && ref.first !== object) g = ref.first - 1;
      if (ref && g >= 0 && GIVE_TRAINING.has(t[g].norm)) {
        person = ref;
        verb = g;
        first = g;
      }
    }
    // "We held another mandatory all-hands training", "Refresher training will be scheduled": training
    // of a kind only given after a fault, named with no receiver, is still the response.
    // (The kind within the three words before, whatever they are: "compulsory security training".)
    const imposed = [k - 3, k - 2, k - 1].find((j) => j >= 0 && IMPOSED_TRAINING.has(t[j].norm) && !t.slice(j + 1, k + 1).some((_, q) => punctBefore(s, j + 1 + q)));
    if (!person && imposed !== undefined && !negatedBefore(s, k, 5) && !isMetaBlameless(s, k)) return [{ first: imposed, last: k }];
    if (!person || person.possessive || person.kind === 'first-person' || verb < 0 || isMetaBlameless(s, first)) continue;
    if (negatedBefore(s, verb, 3) || t.slice(Math.max(0, first - 3), verb).some((x) => ['nor', 'no', 'without'].includes(x.norm))) continue;
    let m = verb - 1;
    while (m > 0 && (isAdverb(t[m]) || ['have', 'has', 'had', 'be', 'been', 'also', 'need', 'needs'].includes(t[m].norm))) m--;
    const response = t[k].norm !== 'training' && t[k].norm !== 'coaching'
      || modifiers.some((x) => RESPONSE_MODIFIERS.has(x.norm))
      || TRAINING_MODALS.has(t[m]?.norm ?? '') || TRAINING_MODALS.has(t[verb - 1]?.norm ?? '')
      || t.slice(0, first).some((x) => RECOMMEND_VERBS.has(x.norm))
      || t.slice(k + 1, k + 8).some((x, q) => ['since', 'after', 'following'].includes(x.norm) && t.slice(k + 2 + q, k + 5 + q).some((y) => TRAINING_OCCASIONS.has(y.norm)));
    if (response) return [{ first, last: k }];
  }
  return [];
}

/** Passives that are a lesson for people only with a modal: "Staff must be reminded to …". */
const LESSON_PASSIVES = new Set(['reminded', 're-educated', 'reeducated', 're-briefed', 'rebriefed', 'retrained', 're-trained', 'coached', 'counselled', 'counseled']);
const LESSON_MODALS = new Set(['must', 'should', 'will', 'shall', 'need', 'needs', 'ought']);

/**
 * A reminder or re-education as the lesson (§2.8, issue 11): "Staff must be reminded to …",
 * "Staff must also be trained regularly and reminded to …", "engineers should be re-educated".
 * Without a modal it is a fact of the timeline ("she was reminded by the bot"); a system subject
 * ("the job will be reminded") or first person is no lesson about people.
 */
function lessonPassive(s: Sent, v: number, people: Gazetteer): SanctionHit | undefined {
  const t = s.toks;
  if (!LESSON_PASSIVES.has(t[v].norm)) return undefined;
  // The "be" of this passive, or of an earlier one it is joined to by "and".
  let be = -1;
  for (let k = v - 1; k >= Math.max(1, v - 6); k--) {
    if (punctBefore(s, k + 1) && !/^\s*$/.test(gapBefore(s, k + 1))) return undefined;
    if (t[k].norm === 'be') {
      be = k;
      break;
    }
    if (isNegation(t[k])) return undefined;
  }
  if (be < 1) return undefined;
  let m = be - 1;
  while (m > 0 && isAdverb(t[m]) && !isNegation(t[m])) m--;
  if (!LESSON_MODALS.has(t[m].norm) && !(t[m].norm === 'to' && LESSON_MODALS.has(t[m - 1]?.norm ?? ''))) return undefined;
  // "will be reminded automatically by the pager": a tool reminds, which is a system action.
  const by = t.findIndex((x, k) => k > v && x.norm === 'by');
  if (t.slice(v + 1).some((x) => x.norm === 'automatically') || (by > 0 && t.slice(by + 1, by + 4).some((x) => SYSTEM_SENDERS.has(x.norm)))) return undefined;
  const person = subjectOf(s, t[m].norm === 'to' ? m - 1 : m, people).person;
  if (!person || person.possessive || person.kind === 'first-person' || isMetaBlameless(s, person.first)) return undefined;
  return { first: t[m].norm === 'to' ? m - 1 : m, last: v };
}

/** Verbs of referring a person on: "referred the nurse to the Council". */
const REFER_VERBS = new Set(['referred', 'refer', 'refers', 'referring']);
/** Bodies that judge a person's fitness or conduct: a referral to one is a step of discipline. */
// (Not the "Director of Proceedings": a referral there is a step of a case, reported as a fact.)
const DISCIPLINARY_BODIES = new Set(['council', 'board', 'tribunal', 'regulator', 'hr', 'committee', 'college', 'registrar', 'ombudsman', 'disciplinary']);
/** Remedies a recommendation asks of a person: only people apologise, reflect on their practice or undertake a course. */
const PERSONAL_REMEDIES = new Set(['apologise', 'apologize', 'reflect', 'undertake', 'attend', 'undergo']);
/** Verbs of a recommendation whose clause asks the remedy: "recommended that the GP reflect on …". */
const RECOMMENDING = new Set(['recommended', 'recommends', 'recommend', 'directed', 'ordered', 'required', 'requires']);

/**
 * A person referred to a body that judges conduct ("The Commissioner referred the nurse to the
 * Nursing Council", "was referred to HR"), or a recommendation that a person make a personal remedy
 * ("recommended that the GP provide a written apology and reflect on the consultation", "that … he
 * undertake further training"). A referral to a specialist or a clinic ("referred the patient to
 * cardiology") names no such body; a recommendation that a team or a hospital "review" a policy
 * asks a system change.
 */
function referralOrRemedy(s: Sent, v: number, people: Gazetteer): SanctionHit | undefined {
  const t = s.toks;
  const w = t[v].norm;
  if (REFER_VERBS.has(w) && !negatedBefore(s, v)) {
    // Active ("referred a nurse to …") or passive ("the pharmacist was referred to …").
    let to = -1;
    let first = v;
    const object = personAt(s, DETERMINERS.has(t[v + 1]?.norm ?? '') ? v + 2 : v + 1, people);
    if (object && !object.possessive && object.kind !== 'first-person' && t[object.last + 1]?.norm === 'to') to = object.last + 1;
    else if (t[v + 1]?.norm === 'to' && ['was', 'were', 'been', 'be', 'is'].includes(t[v - 1]?.norm ?? '')) {
      const sub = subjectOf(s, v - 1, people).person;
      if (sub && !sub.possessive && sub.kind !== 'first-person' && sub.kind !== 'quantifier') {
        to = v + 1;
        first = sub.first;
      }
    }
    if (to < 0) return undefined;
    for (let k = to + 1; k < Math.min(t.length, to + 6); k++) {
      if (punctBefore(s, k)) break;
      if (DISCIPLINARY_BODIES.has(t[k].norm)) return isMetaBlameless(s, first) ? undefined : { first, last: k };
    }
    return undefined;
  }
  if (!RECOMMENDING.has(w) || t[v + 1]?.norm !== 'that') return undefined;
  // The clause's subject, past an inserted condition ("that should he return to work, he undertake …").
  for (let k = v + 2; k < Math.min(t.length - 1, v + 16); k++) {
    const who = personAt(s, k, people);
    if (!who || who.possessive || who.kind === 'first-person' || who.kind === 'quantifier') continue;
    let r = who.last + 1;
    while (r < t.length && isAdverb(t[r]) && !isNegation(t[r])) r++;
    const verb = t[r]?.norm ?? '';
    const apology = ['provide', 'make', 'write', 'offer', 'send'].includes(verb) && t.slice(r + 1, r + 4).some((x) => ['apology', 'apologies'].includes(x.norm));
    // (Training undertaken is findTrainingGiven's: "that the release manager undertake training".)
    const training = t.slice(r + 1, r + 4).some((x) => TRAININGS.has(x.norm));
    if ((PERSONAL_REMEDIES.has(verb) && !training) || apology) return { first: v, last: r };
  }
  return undefined;
}

/** Verbs of having a job: "work here", "be employed at". */
const EMPLOYED = new Set(['work', 'working', 'works', 'worked', 'employed']);
/** Where the job is: the writers' own workplace ("here", "for us", "at my company"). */
const WORKPLACES = [['here'], ['for', 'us'], ['for', 'me'], ['with', 'us'], ['at', 'my'], ['at', 'our'], ['for', 'my'], ['for', 'our'], ['in', 'my'], ['in', 'our']];
/** Modals and contracted modals of what will follow: "would", "he'll", "won't". */
const FUTURE = (w: string) => ['will', 'would', 'shall', 'wo', "won't", "wouldn't"].includes(w) || /['’](?:ll|d)$/.test(w);
/** Units of time that count down a job: "the last day he worked here". */
const LAST_TIMES = new Set(['day', 'minute', 'hour', 'shift', 'time', 'week']);

/**
 * The end of a person's job as the consequence (§2.8): "the operator would never work here again",
 * "I don't think he'll be back working for us", "that would be the last day the operator was employed
 * at my company". The job is the writers' own workplace ("here", "for us"), the person is someone
 * else, and the sentence looks forward (a modal) with a denial, or counts the job's "last" day.
 * "We will never work with that vendor again" has the writers as subject; "She worked here for
 * ten years" has neither modal nor denial.
 */
function employmentEnded(s: Sent, v: number, people: Gazetteer): SanctionHit | undefined {
  const t = s.toks;
  if (!EMPLOYED.has(t[v].norm)) return undefined;
  const place = WORKPLACES.find((w) => matchesAt(s, v + 1, w));
  if (!place) return undefined;
  // ("at my company": the workplace's noun closes the span.)
  const last = v + place.length + (['my', 'our'].includes(place[place.length - 1]) && v + place.length + 1 < t.length ? 1 : 0);
  // "the last minute the operator was employed at my company"
  let k = v - 1;
  while (k > 0 && ['was', 'were', 'is', 'be', 'been', 'would', 'will', 'still', 'ever'].includes(t[k].norm)) k--;
  // (Only people are employed, so a duty role the gazetteer reads as a thing is one: "the operator".)
  const who = personAt(s, k, people) ?? (DUTY_ROLES.includes(t[k]?.norm ?? '') ? { kind: 'role' as const, first: k, last: k, head: k, possessive: false } : undefined);
  if (who && who.kind !== 'first-person' && !who.possessive) {
    // ("That would be the last day …": a consequence to come; "It was the last day the intern worked here" is a date.)
    const before = t[who.head - 1]?.norm === 'the' ? who.head - 2 : who.head - 1;
    if (LAST_TIMES.has(t[before]?.norm ?? '') && t[before - 1]?.norm === 'last' && t.slice(0, before - 1).some((x) => FUTURE(x.norm)) && !isMetaBlameless(s, before - 1)) return { first: before - 1, last };
  }
  // The job ends: "never", "again", "no longer", "back" ("will not work here on weekends" is a schedule).
  if (!t.slice(Math.max(0, v - 3), last + 4).some((x) => ['never', 'again', 'anymore', 'longer', 'back'].includes(x.norm))) return undefined;
  // "would never work here again", "he'll be back working for us" after "I don't think".
  let modal = -1;
  for (let m = v - 1; m >= Math.max(0, v - 4); m--) if (FUTURE(t[m].norm)) { modal = m; break; }
  if (modal < 0 || !t.slice(Math.max(0, modal - 5), v).some((x) => isNegation(x) || x.norm === 'longer')) return undefined;
  const contracted = /['’](?:ll|d)$/.test(t[modal].norm) ? personWord(s, modal, people) : undefined;
  const found = contracted ? undefined : subjectOf(s, modal, people);
  const subject = found?.person ?? (found?.head !== undefined && DUTY_ROLES.includes(t[found.head].norm) ? { kind: 'role' as const, first: found.head, last: found.head, head: found.head, possessive: false } : undefined);
  const kind = contracted ?? subject?.kind;
  if (!kind || kind === 'first-person' || subject?.possessive || ['nobody', 'no-one', 'none'].includes(t[subject?.head ?? modal].norm)) return undefined;
  return { first: subject?.first ?? modal, last };
}

/** Sanctions named as a noun on their own: "dismissal", "suspension" (only people are dismissed from a job or suspended without pay). */
const NAMED_SANCTIONS = new Set(['dismissal', 'suspension']);
/** Words between "a" and the sanction that measure or qualify it: "an immediate six-month suspension". */
const SANCTION_MEASURES = new Set(['immediate', 'interim', 'indefinite', 'temporary', 'permanent', 'summary', 'unpaid', 'paid', 'instant', 'short', 'long']);
/** Words after the sanction that continue its clause: a verb ("was enacted", "is too harsh") or a modal. */
const SANCTION_CONTINUES = new Set(['is', 'was', 'were', 'are', 'will', 'would', 'should', 'must', 'may', 'might', 'could', 'has', 'had', 'order', 'orders', 'following', 'pending', 'without', 'for', 'after']);

/**
 * A sanction named as a noun, as a penalty (§2.8, issue 11): on its own ("grounds for dismissal",
 * "suspension was enacted", "dismissal is too harsh a penalty"), after "a" or a measure of it ("that
 * should be a dismissal", "a week's suspension", "three days suspension", "an immediate six-month
 * suspension"), or of a person ("the dismissal of the operator"). Not a thing's ("account
 * suspension", "the suspension of the API keys"), a compound ("the suspension team"), "the
 * suspension" (a vehicle's), a denial ("no suspension"), nor one handed over with a verb of giving
 * (givenSanction decides those: "the account was given a suspension").
 */
function sanctionNamed(s: Sent, v: number, people: Gazetteer): SanctionHit | undefined {
  const t = s.toks;
  if (!NAMED_SANCTIONS.has(t[v].norm) || isMetaBlameless(s, v) || negatedBefore(s, v, 4)) return undefined;
  if (t.slice(Math.max(0, v - 6), v).some((x) => GIVE_VERBS.has(x.norm) || x.norm === 'no')) return undefined;
  // What follows: the end of the phrase, its verb, or "of" a person.
  const next = t[v + 1];
  if (next && !punctBefore(s, v + 1)) {
    const ofPerson = next.norm === 'of' ? personAt(s, t[v + 2]?.norm === 'the' ? v + 3 : v + 2, people) : undefined;
    if (ofPerson && !ofPerson.possessive && ofPerson.kind !== 'first-person') return { first: v, last: ofPerson.last };
    if (!SANCTION_CONTINUES.has(next.norm)) return undefined;
  }
  // What precedes: nothing, a preposition, or "a" with measures between ("a week's", "six-month").
  let k = v - 1;
  const measure = (x: string) => SANCTION_MEASURES.has(x) || /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)(?:-(?:day|week|month|year))?$/.test(x) || /^(?:days?|weeks?|months?|years?)(?:['’]s?)?$/.test(x) || /^\d*-?(?:day|week|month|year)$/.test(x);
  while (k >= 0 && !punctBefore(s, k + 1) && measure(t[k].norm)) k--;
  if (k < 0 || punctBefore(s, k + 1)) return { first: k + 1, last: v };
  const before = t[k].norm;
  // ("the three-day suspension": with a measure, any determiner; "the car's suspension" has none.)
  if (['a', 'an'].includes(before) || (PREPOSITIONS.has(before) && before !== 'of') || (k < v - 1 && !SYSTEMS.has(before) && !SUSPENDABLE.has(before))) return { first: ['a', 'an'].includes(before) ? k : k + 1, last: v };
  if (k === v - 1 && (SANCTION_MODALS.has(before) || ['is', 'was', 'be'].includes(before))) return { first: v, last: v };
  return undefined;
}

/** Words that make a question a weighing of options or a deliberation, not a sanction asked about. */
const DELIBERATION = new Set(['whether', 'we', 'i', 'us', 'our', 'people', 'anyone', 'anybody', 'someone', 'somebody', 'everyone']);
/**
 * A question about a sanction on a particular person by someone other than the writers: not
 * "… or not?", not the review's "we" / "I", not people in general ("Do you fire people who …?",
 * "Should a developer who … be punished?").
 */
function sanctionQuestion(s: Sent, people: Gazetteer): boolean {
  const t = s.toks;
  if (t.some((x, k) => x.norm === 'or' && t[k + 1]?.norm === 'not')) return false;
  // "Should a developer who breaks production be punished?": any one person, in general.
  if (t.some((x, k) => k > 0 && ['a', 'an', 'any', 'every', 'each'].includes(t[k - 1].norm) && personWord(s, k, people))) return false;
  return !t.some((x) => DELIBERATION.has(x.norm) || x.norm === 'you');
}

/** "Whoever approved this should be fired": a free relative about a person opens the sentence. */
function whoever(s: Sent): PersonRef | undefined {
  return ['whoever', 'whomever'].includes(s.toks[0]?.norm ?? '') ? { kind: 'quantifier', first: 0, last: 0, head: 0, possessive: false } : undefined;
}

/** "Employees who make this sort of error should be …": the person before a "who" in the clause. */
function antecedentOfWho(s: Sent, a: number, personAtK: (k: number) => PersonRef | undefined) {
  for (let k = a - 1; k >= Math.max(1, a - 16); k--) {
    if (/[;:]/.test(gapBefore(s, k + 1))) return undefined;
    if (s.toks[k].norm !== 'who') continue;
    return personAtK(k - 1);
  }
  return undefined;
}

function sanctionFinding(unit: ProseUnit, s: Sent, hit: SanctionHit, severity: ReturnType<typeof sectionSeverity>): RuleFinding {
  const span = spanOf(unit, s, hit.first, hit.last);
  const text = unit.text.slice(s.toks[hit.first].start, s.toks[hit.last].end);
  return {
    ...span,
    severity,
    message: `People-targeted action: “${text}” asks people to change, not the system. Add a guardrail, an automation or a check, and say how you will know it works.`,
    phrase: text,
    prompts: PROMPTS,
    fixes: [{ title: 'Rewrite as a system action: add a guardrail, automation or check', edits: [{ ...span, newText: SYSTEM_ACTION }], preferred: true }],
  };
}

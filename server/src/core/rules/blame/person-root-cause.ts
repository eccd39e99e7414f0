// A person or a person's action named as the root cause (catalogue §2.2): "the root cause was
// {person-like} (doing …)", "Root cause: the release manager approved …", "the root cause as
// the on-call's decision …", "the cause of the incident was the DBA". A technical complement is
// single-root-cause's (category structure); plural "root causes" is not matched.
import type { Rule, RuleFinding } from '../../types';
import type { ProseUnit } from '../../model';
import type { Gazetteer } from '../../people';
import { subjectOf, matchesAt, spanOf, personWord, personAt, punctBefore, gapAfter, isNegation, isPastTense, isAdverb, AUXILIARIES, BOUNDARY_WORDS, PREPOSITIONS, DETERMINERS, type Sent, type PersonKind, checkSentences, listOf } from './grammar';
import { sectionSeverity, lowerForFirstPerson } from './sections';
import { phraseWords } from '../../phrases';
import { ROOT_QUALIFIERS, LINKS, ACTION_NOUNS } from './person-root-cause.phrases';
import { FAILURE_CONTEXT } from './person-as-failure-subject.phrases';
import { CONTRIBUTING_FACTOR_QUESTIONS } from '../../template';
import { DEPARTMENT_NOUNS, SYSTEM_NOUNS } from '../../people.data';

// Regexes with \p{…} live at module level: the TypeScript transforms (esbuild, tsx) turn them
// into `new RegExp(…)`, which inside a function is rebuilt on every call.
const STARTS_UPPER = /^\p{Lu}/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const ING_FORM = /\p{Ll}ing$/u;
const RELATIVES = new Set(['who', 'whose', 'that']);
/** Nouns of an act by their ending: deletion, removal, misjudgement, running. */
const ACT_NOUN = /^[a-z]{3,}(?:ion|al|ment|ing)$/;

const ID = 'person-root-cause';
const LINK_WORDS = LINKS.map(phraseWords);

/** The seed's Systems Analysis questions for the four contributing-factor subsections (§6.3). */
export const PROMPTS = CONTRIBUTING_FACTOR_QUESTIONS;

export const rule: Rule = {
  id: ID,
  category: 'blame',
  scope: 'prose',
  defaultSeverity: 'error',
  description: 'A person, or a person\'s action, is named as the root cause.',
  explanation: 'No individual action is a root cause. Something in the system let that action cause harm. Name that.',
  sources: ['PD-W', 'PD-EPM', 'ETSY-DFG', 'ALL-IH'],
  prompts: PROMPTS,
  check(model, context) {
    return checkSentences(
      model,
      context.config,
      ID,
      (s, people) => listOf(findPersonRootCause(s, people)),
      (unit, s, hit, base) => finding(unit, s, hit, lowerForFirstPerson(base, hit.kind === 'first-person')),
      (span, written, base) => ({ ...span, severity: base, message: message(written), phrase: written, prompts: PROMPTS }),
    );
  },
};

export interface RootCauseHit {
  first: number;
  last: number;
  /** First token of the person phrase. */
  personFirst: number;
  /** How "root cause" is linked: a label ("Root cause:") or a verb. */
  label: boolean;
  kind: PersonKind;
  /** "Ana was the root cause": the person comes first. */
  reversed?: boolean;
  personLast?: number;
  /** "the root cause is not doing a gas test": an omission named as the root cause. */
  omission?: boolean;
  /** "blamed the pilot for the crash", "was blamed on the driver": blame assigned by a verb. */
  assigned?: 'active' | 'passive';
}

function message(written: string): string {
  return `"${written}" names a person as the root cause. No individual action is a root cause: name the conditions in the system that let the action cause harm.`;
}

function finding(unit: ProseUnit, s: Sent, hit: RootCauseHit, severity: ReturnType<typeof sectionSeverity>): RuleFinding {
  const span = spanOf(unit, s, hit.first, hit.last);
  const written = unit.text.slice(s.toks[hit.first].start, s.toks[hit.last].end);
  const person = unit.text.slice(s.toks[hit.personFirst].start, s.toks[hit.last].end);
  const named = unit.text.slice(s.toks[hit.personFirst].start, s.toks[hit.personLast ?? hit.personFirst].end).replace(/['’]s$/, '');
  const newText = hit.assigned === 'active'
    ? `named [system condition 1] and [system condition 2] as contributing factors; the timeline records what ${named} did`
    : hit.assigned === 'passive'
    ? `had contributing factors [system condition 1] and [system condition 2]; the timeline records what ${named} did`
    : hit.omission
    ? `${STARTS_UPPER.test(written) ? 'C' : 'c'}ontributing factors were [system condition 1] and [system condition 2]; [what was not done, and what made it easy to skip]`
    : hit.reversed
    ? `${unit.text.slice(s.toks[hit.personFirst].start, s.toks[hit.personLast ?? hit.personFirst].end)} [action, as a timeline fact]; contributing factors were [system condition 1] and [system condition 2]`
    : hit.label
    ? `Contributing factors: [system condition 1]; [system condition 2]. Timeline fact: ${person}`
    : `${STARTS_UPPER.test(written) ? 'C' : 'c'}ontributing factors were [system condition 1] and [system condition 2]; the timeline records ${person}`;
  return {
    ...span,
    severity,
    message: message(written),
    phrase: written,
    prompts: PROMPTS,
    fixes: [{ title: 'Rewrite as contributing factors, keeping the action as a timeline fact', edits: [{ ...span, newText }], preferred: true }],
  };
}

/** "root cause" (or "the cause of …") linked to a person-like complement. */
export function findPersonRootCause(s: Sent, people: Gazetteer): RootCauseHit | undefined {
  const t = s.toks;
  for (let i = 0; i < t.length; i++) {
    const root = t[i].norm === 'root' && t[i + 1]?.norm === 'cause';
    const cause = t[i].norm === 'cause' && t[i - 1]?.norm !== 'root' && (t[i - 1]?.norm === 'the' || ROOT_QUALIFIERS.includes(t[i - 1]?.norm ?? ''));
    if (!root && !cause) continue;
    const c = root ? i + 1 : i;
    let first = root ? i : i - 1;
    while (first > 0 && (ROOT_QUALIFIERS.includes(t[first - 1].norm) || t[first - 1].norm === 'the') && !punctBefore(s, first)) first--;
    // "the cause of the incident was …": skip the "of …" phrase up to the link.
    let k = c + 1;
    if (t[k]?.norm === 'of' || t[k]?.norm === 'for' || t[k]?.norm === 'behind') {
      while (k < t.length && k < c + 8 && !LINK_WORDS.some((l) => matchesAt(s, k, l)) && !/:/.test(gapAfter(s, k - 1))) k++;
      // "the root cause of an issue that is preventing the team …": the link found is the verb of a
      // relative clause inside the "of" phrase, not the cause's.
      if (['that', 'which', 'who'].includes(t[k - 1]?.norm ?? '')) continue;
      // "the root cause of this outage will be provided as they become available": the cause's own
      // verb came first, so a later "as" starts another clause.
      if (t.slice(c + 1, k).some((x) => ['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'be', 'been', 'has', 'have', 'had'].includes(x.norm))) continue;
    }
    let label = false;
    let start: number;
    if (/^\s*\**\s*(?::|—|–|\s-\s)/.test(gapAfter(s, k - 1))) {
      label = true;
      start = k;
    } else {
      const link = LINK_WORDS.find((l) => matchesAt(s, k, l));
      if (!link) continue;
      start = k + link.length;
    }
    // (reversed below: "Ana was the root cause")
    // "the root cause is not doing a gas test", "the root cause was failing to drain the node": a
    // person's omission named as the root cause (not "not having alerts", a system's lack).
    const omission = omittedAct(s, start);
    if (omission > 0) return { first, last: omission, personFirst: start, label, kind: 'pronoun', omission: true };
    // "The root cause was not the on-call": a denial, not a claim.
    if (t[start] && isNegation(t[start])) continue;
    const person = complementPerson(s, start, people);
    if (!person) continue;
    return { first, last: person.last, personFirst: start, label, kind: person.kind };
  }
  return reversedRootCause(s, people) ?? findPersonFaultCause(s, people) ?? blameAssigned(s, people) ?? causedByPerson(s, people);
}

/**
 * A failure "caused by" a person, in the passive: "The outage was caused by Bob", "multiple
 * system outages have been caused by this person". The person is the whole cause; "caused by an
 * engineer running a script" names an act (person-as-failure-subject's), and "caused by us" is
 * the team's own account.
 */
function causedByPerson(s: Sent, people: Gazetteer): RootCauseHit | undefined {
  const t = s.toks;
  if (s.question) return undefined;
  for (let i = 2; i < t.length - 2; i++) {
    if (!['caused', 'triggered'].includes(t[i].norm) || t[i + 1].norm !== 'by' || !['was', 'were', 'is', 'are', 'been'].includes(t[i - 1].norm)) continue;
    let a = i - 1;
    if (t[a].norm === 'been' && ['has', 'have', 'had'].includes(t[a - 1]?.norm ?? '')) a--;
    if (t.slice(Math.max(0, a - 2), i).some((x) => isNegation(x))) continue;
    // The subject is a failure: "The outage was caused by …" (not "The change was caused by a request from Bob").
    if (!t.slice(Math.max(0, a - 6), a).some((x) => FAILURE_CONTEXT.includes(x.norm))) continue;
    let k = i + 2;
    while (k < t.length && DETERMINERS.has(t[k].norm)) k++;
    const ref = personAt(s, k, people);
    if (!ref || ref.possessive || ref.kind === 'first-person' || ref.kind === 'quantifier') continue;
    // "When a car crash is caused by a human, …": people in general, and a condition in the present.
    if (['human', 'humans', 'person', 'people'].includes(t[ref.head].norm) && !['this', 'that', 'the', 'these', 'those'].includes(t[ref.head - 1]?.norm ?? '')) continue;
    if (['is', 'are'].includes(t[i - 1].norm) && t.slice(0, a).some((x) => ['when', 'whenever', 'if', 'unless'].includes(x.norm))) continue;
    // The person ends the noun phrase: "caused by operator error" is human-error-cause's label.
    const next = t[ref.last + 1];
    if (next && !punctBefore(s, ref.last + 1) && !PREPOSITIONS.has(next.norm) && !['and', 'or', 'when', 'while', 'after', 'before', 'because', 'since', 'during'].includes(next.norm)) continue;
    return { first: a, last: ref.last, personFirst: i + 2, label: false, kind: ref.kind, assigned: 'passive', personLast: ref.last };
  }
  return undefined;
}

/**
 * Blame assigned to a person, in the active or the passive: "Investigators blamed the pilot for
 * the crash", "The report faulted the crew", "The crash was blamed on the driver". The person
 * (or the person's act) is named as the cause; "nobody blamed the on-call" and "we blamed the
 * network" name no one.
 */
const CONTESTS = new Set(['but', 'however', 'although', 'though', 'instead', 'yet', 'wrongly', 'unfairly']);
/** Who reports blame rather than assigning it: "initial reports blamed the crew", "everyone blames him". */
const REPORTERS = ['reports', 'media', 'headlines', 'articles', 'press', 'critics', 'commentators', 'everyone', 'everybody', 'people', 'rumours', 'rumors', 'internet'];

function blameAssigned(s: Sent, people: Gazetteer): RootCauseHit | undefined {
  const t = s.toks;
  // "Has a colleague blamed you for a problem you didn't cause?": a question about blame assigns none.
  if (s.question) return undefined;
  for (let i = 1; i < t.length; i++) {
    // ("The page storm blamed on human error" is a reduced passive, human-error-cause's.)
    const active = ['blamed', 'blames', 'faulted'].includes(t[i].norm) && !['was', 'were', 'is', 'are', 'been', 'be', 'being'].includes(t[i - 1].norm) && t[i + 1]?.norm !== 'on';
    const passive = t[i].norm === 'blamed' && t[i + 1]?.norm === 'on' && ['was', 'were', 'is', 'are', 'been', 'be'].includes(t[i - 1].norm);
    if (!active && !passive) continue;
    if (t.slice(Math.max(0, i - 3), i).some((x) => isNegation(x) || ['nobody', 'no-one', 'none'].includes(x.norm))) continue;
    // "The fact that they blamed the author is telling about the culture": blame talked about, not assigned.
    if (t.slice(Math.max(0, i - 4), i).some((x, q, a) => x.norm === 'fact' && a[q + 1]?.norm === 'that')) continue;
    // "the initial reports … blamed the operators", "everyone blames him": blame others assigned, reported.
    if (active && t.slice(Math.max(0, i - 6), i).some((x, q) => REPORTERS.includes(x.norm) && !t.slice(Math.max(0, i - 6) + q + 1, i).some((y) => punctBefore(s, y.i)))) continue;
    for (let k = i + (passive ? 2 : 1); k <= Math.min(t.length - 1, i + 5); k++) {
      if (punctBefore(s, k)) break;
      const ref = personAt(s, k, people);
      if (!ref || ref.kind === 'first-person') continue;
      // "blamed the vendor's API": a possessive names an owner unless an act follows.
      if (ref.possessive && !ACTION_NOUNS.includes(t[k + 1]?.norm ?? '')) break;
      let last = ref.possessive ? k + 1 : k;
      // "blamed the engineer for failing to set the brakes": a failure named, person-as-failure-subject's.
      if (['failing', 'not', 'forgetting', 'neglecting', 'ignoring', 'missing'].includes(t[last + 2]?.norm ?? '')) return undefined;
      // "… for the crash": the charge goes with the blame.
      if (active && ['for', 'over'].includes(t[last + 1]?.norm ?? '') && !punctBefore(s, last + 1)) {
        last++;
        while (last + 1 < t.length && !punctBefore(s, last + 1) && last < k + 10) last++;
      }
      // "Early reports blamed the pilot, but the investigation found …": blame reported to be contested.
      if (t.some((x, j) => (j > last && CONTESTS.has(x.norm)) || (j < i && ['although', 'though', 'while', 'whereas'].includes(x.norm)))) return undefined;
      return { first: passive ? i - 1 : i, last, personFirst: ref.first, label: false, kind: ref.kind, assigned: passive ? 'passive' : 'active', personLast: k };
    }
  }
  return undefined;
}

/** "Ana was the root cause", "the on-call engineer is the real root cause of the outage". */
function reversedRootCause(s: Sent, people: Gazetteer): RootCauseHit | undefined {
  const t = s.toks;
  for (let i = 1; i < t.length; i++) {
    if (!['was', 'is', 'were', 'became', 'remains'].includes(t[i].norm)) continue;
    let k = i + 1;
    while (k < t.length && (t[k].norm === 'the' || t[k].norm === 'a' || ROOT_QUALIFIERS.includes(t[k].norm))) k++;
    const root = t[k]?.norm === 'root' && t[k + 1]?.norm === 'cause';
    if (!root && !(t[k]?.norm === 'cause' && k > i + 1)) continue;
    const sub = subjectOf(s, i, people);
    // "The captain's decision to continue the approach was the probable cause": a person's act,
    // owned by the sentence's opening noun phrase (its infinitive may run up to the verb).
    const owner = [0, 1, 2].map((k) => personAt(s, k, people)).find((p) => p && p.first <= 1 && p.possessive && ACTION_NOUNS.includes(t[p.last + 1]?.norm ?? '') && !t.slice(p.last + 1, i).some((_, j) => punctBefore(s, p.last + 1 + j)));
    if (owner) return { first: owner.first, last: root ? k + 1 : k, personFirst: owner.first, label: false, kind: owner.kind, reversed: true, personLast: owner.last + 1 };
    if (!sub.person || sub.person.possessive) continue;
    return { first: sub.person.first, last: root ? k + 1 : k, personFirst: sub.person.first, label: false, kind: sub.person.kind, reversed: true, personLast: sub.person.last };
  }
  return undefined;
}

/** Gerunds of states or possession: "not having alerts" names a missing thing, not a skipped act. */
const STATE_GERUNDS = new Set(['having', 'being', 'knowing', 'getting', 'seeing', 'receiving', 'existing', 'working', 'needing']);
const OMITTING = new Set(['failing', 'forgetting', 'neglecting', 'omitting', 'skipping', 'ignoring']);

/**
 * What code omits as often as people do: "the root cause was not validating the input" or "failing
 * to handle the error" is a process gap in the software, not a person's omission.
 */
const CODE_ACTS = new Set([
  'validate', 'check', 'handle', 'escape', 'sanitize', 'sanitise', 'retry', 'close', 'release', 'cache', 'limit', 'set', 'update', 'clean',
  'verify', 'include', 'use', 'account', 'bound', 'catch', 'parse', 'encode', 'decode', 'flush', 'lock', 'unlock', 'free', 'reset', 'clear',
  'filter', 'throttle', 'timeout', 'time', 'propagate', 'return', 'log', 'emit', 'expire', 'evict', 'refresh', 'renew', 'rotate', 'detect',
  'enforce', 'respect', 'honour', 'honor', 'load', 'read', 'write', 'send', 'receive', 'wait', 'reconnect', 'restart', 'scale', 'page', 'alert',
]);
const baseOf = (w: string) => w.replace(/ing$/, '');
const isCodeAct = (w: string) => CODE_ACTS.has(w) || CODE_ACTS.has(baseOf(w)) || CODE_ACTS.has(`${baseOf(w)}e`) || CODE_ACTS.has(baseOf(w).replace(/(.)\1$/, '$1'));

/** "running this patch", "running an old kernel": what software a system runs, not an act of a person. */
const RUN_VERSIONS = new Set(['patch', 'version', 'release', 'image', 'kernel', 'firmware', 'build', 'update', 'fix', 'hotfix']);
function runsVersion(s: Sent, k: number): boolean {
  const t = s.toks;
  if (!['running', 'using'].includes(t[k].norm)) return false;
  return t.slice(k + 1, k + 5).some((x, q) => RUN_VERSIONS.has(x.norm) && !t.slice(k + 1, k + 1 + q).some((_, r) => punctBefore(s, k + 1 + r)));
}

/** An omitted act at the start of a root-cause complement ("not doing …", "forgetting to …", "the failure to …"): its last token, or -1. */
function omittedAct(s: Sent, start: number): number {
  const t = s.toks;
  const w = t[start]?.norm ?? '';
  const act = (k: number) => !!t[k] && /^[a-z]{2,}(ing)?$/.test(t[k].norm) && !STATE_GERUNDS.has(t[k].norm) && !isCodeAct(t[k].norm);
  // ("the cause is not running this patch": the nodes not running a version is a system's state.)
  if (w === 'not' && /ing$/.test(t[start + 1]?.norm ?? '') && act(start + 1) && !runsVersion(s, start + 1)) return start + 1;
  // Only people forget or neglect; "failing to" needs an act code does not do.
  if (['forgetting', 'neglecting'].includes(w)) return start;
  if (OMITTING.has(w) && t[start + 1]?.norm === 'to' && act(start + 2)) return start + 2;
  if (['the', 'a'].includes(w) && t[start + 1]?.norm === 'failure' && t[start + 2]?.norm === 'to' && act(start + 3)) return start + 3;
  return -1;
}

/** "flight crew failures contributed to the accident", "the operators' errors caused …": a person's faults as the cause. */
const PERSON_FAULTS = new Set(['failures', 'failure', 'errors', 'mistakes', 'negligence', 'carelessness', 'blunders', 'lapses']);
const FAULT_CAUSED = ['contributed to', 'caused', 'led to', 'resulted in', 'triggered', 'were responsible for', 'was responsible for'].map(phraseWords);

/**
 * A role's or team's faults named as a cause of the incident (issue 11): "additional flight crew
 * failures contributed to the accident", "the operators' mistakes caused the release". Thing
 * faults ("disk failures contributed to …") and denials ("no crew errors contributed …") are not.
 */
export function findPersonFaultCause(s: Sent, people: Gazetteer): RootCauseHit | undefined {
  const t = s.toks;
  for (let i = 1; i < t.length; i++) {
    if (!PERSON_FAULTS.has(t[i].norm) || punctBefore(s, i)) continue;
    const kind = personWord(s, i - 1, people);
    if (!kind || kind === 'first-person' || kind === 'pronoun' || kind === 'quantifier') continue;
    // "user errors caused …": what users get wrong is a gap in the interface.
    if (['user', 'users', 'customer', 'customers', 'client', 'clients', 'human', 'humans', 'people', 'person'].includes(t[i - 1].norm)) continue;
    const caused = FAULT_CAUSED.find((c) => matchesAt(s, i + 1, c));
    if (!caused) continue;
    let first = i - 1;
    // The noun phrase's modifiers ("additional flight crew"), not the clause before it.
    while (first > 0 && first > i - 4 && !punctBefore(s, first) && !isNegation(t[first - 1]) && /^[a-z-]+$/.test(t[first - 1].norm) && !isPastTense(t[first - 1].norm) && !isAdverb(t[first - 1]) && !AUXILIARIES.has(t[first - 1].norm) && !BOUNDARY_WORDS.has(t[first - 1].norm) && !PREPOSITIONS.has(t[first - 1].norm)) first--;
    if (t.slice(Math.max(0, first - 2), first + 1).some((x) => isNegation(x))) continue;
    return { first, last: i + caused.length, personFirst: first, label: false, kind, reversed: true, personLast: i - 1 };
  }
  return undefined;
}

/** A person-like head at the start of the complement: "Nadia", "the DBA", "a developer", "@jpark",
 *  "the intern's change", "that we …", "the engineer who …". */
function complementPerson(s: Sent, start: number, people: Gazetteer): { last: number; kind: PersonKind } | undefined {
  const t = s.toks;
  let k = start;
  if (t[k] && ['that', 'when'].includes(t[k].norm)) k++;
  while (k < t.length && DETERMINERS.has(t[k].norm)) k++;
  // Up to two modifiers ("the network engineer", "the on-call release manager").
  for (let j = k; j < Math.min(t.length, k + 3); j++) {
    if (j > start && punctBefore(s, j)) return undefined;
    // An unknown capitalised name doing something: "the root cause is Jamal forgetting …".
    const kind = personWord(s, j, people) ?? (j === k && CAPITALISED_WORD.test(t[j].value) && ING_FORM.test(t[j + 1]?.value ?? '') ? 'name' : undefined);
    if (kind) {
      // A team or role word used as a modifier ("the team's", "a support ticket") must be the head.
      const next = t[j + 1];
      const possessive = /'s$|s'$/.test(t[j].norm);
      // A possessive names an owner: "the intern's change" is a person's act, but in "the
      // maintainer's npm account being compromised" the cause is the account, not the person.
      if (possessive) {
        if (!next || punctBefore(s, j + 1)) return { last: j, kind };
        // "the intern's change", "the engineer's hasty deletion", "the DBA's running of …"
        const act = [j + 1, j + 2].find((a) => t[a] && (ACTION_NOUNS.includes(t[a].norm) || ACT_NOUN.test(t[a].norm)) && !(a === j + 2 && punctBefore(s, a)));
        return act === undefined ? undefined : { last: act, kind };
      }
      if (next && !punctBefore(s, j + 1) && personWord(s, j + 1, people)) continue;
      // ("the dev environment", "the admin cluster": a role word naming the system it is for.)
      if (next && !punctBefore(s, j + 1) && /^[a-z]/.test(next.value) && (SYSTEM_MODIFIED.has(next.norm) || SYSTEM_NOUNS.includes(next.norm))) return undefined;
      // A department before a noun is a modifier ("an automatic security update", "a support
      // ticket"); it is the team only when a verb, "who" or the clause's end follows ("security
      // approving …", "support, who …").
      if (kind === 'team' && DEPARTMENT_NOUNS.includes(t[j].norm) && next && !punctBefore(s, j + 1) && /^[a-z]/.test(next.value) && !ING_FORM.test(next.value) && !isPastTense(next.norm) && !RELATIVES.has(next.norm)) return undefined;
      // "Eli Novak": include the family name.
      if (next && STARTS_UPPER.test(next.value) && people.tokens.has(next.norm)) return { last: j + 1, kind };
      return { last: j, kind };
    }
  }
  return undefined;
}

/** Nouns a person word can modify without being the head ("the engineer onboarding doc"). */
const SYSTEM_MODIFIED = new Set(['environment', 'environments', 'env', 'stack', 'branch', 'box', 'machine', 'machines', 'site', 'sandbox', 'workspace', 'setup', 'doc', 'docs', 'documentation', 'guide', 'runbook', 'portal', 'tool', 'tooling', 'dashboard', 'account', 'accounts', 'access', 'permissions', 'ticket', 'queue', 'rota', 'rotation', 'schedule', 'handbook', 'onboarding', 'training', 'process', 'workflow', 'laptop', 'error', 'errors']);

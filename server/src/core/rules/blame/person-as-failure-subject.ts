// A named person, handle, role or team as the subject of a failure (catalogue §2.3): a person-like
// subject (§1.6) with a failure verb ("forgot", "ignored", "missed", "failed to check", "never
// followed up", "left the panel exposed", "deleted the wrong …"), or a possessive person with a
// fault noun ("Chen's oversight"). Neutral verbs, non-person subjects ("the job failed to page"),
// the operation "fail over" and negated perception with a reason are left alone. What makes a
// plain act a harm (an accident, a wrong target, an omitted safeguard …) is in the .frames file.
import type { Rule, RuleFinding } from '../../types';
import type { ProseUnit } from '../../model';
import type { Gazetteer } from '../../people';
import { guardedToks, isPossessive, ADJECTIVE_PARTICIPLES, GENERIC_POSSESSORS, negatedBefore, subjectOf, relativeAntecedent, isNegation, matchesAt, spanOf, personWord, personAt, punctBefore, gapBefore, isAdverb, isPastTense, isPastParticiple, isMetaBlameless, perfectPast, letterDesignator, AUXILIARIES, type Sent, type PersonRef, checkSentences } from './grammar';
import { sectionSeverity, lowerForFirstPerson } from './sections';
import { phraseWords } from '../../phrases';
import { SYSTEM_NOUNS } from '../../people.data';
import { LATENESS_WORDS } from './counterfactual.phrases';
import {
  FAILURE_VERBS, ACTION_VERBS, IRREGULAR_PAST, PARTICLES, FAULT_NOUNS, ACT_VERBS, WRONG_TARGET_WORDS,
  FAILURE_GERUNDS, PROGRESSIVE_AUX, NEGLECT_GERUNDS, NOT_OMISSIONS, ACT_GERUNDS, CAUSE_BEFORE_AGENT, ARTICLE_TARGET_WORDS,
  ORG_NOUNS, DUTY_VERBS, NOT_HARM_VERBS, REMEDY_VERBS, REMEDY_NOUNS, RECOVERY_VERBS, CLAIM_VERBS, REFLEXIVES, ANOMALIES,
  VIOLATING_STATES, HARMLESS_DRINKS, PHONES, PRESENT_IRREGULAR, INTRUSION_VERBS, ACCESS_VERBS, CHARGE_FRAMES,
} from './person-as-failure-subject.phrases';
import { findConduct } from './person-as-failure-subject.conduct';
import { ACCIDENTS, ACT_PARTICLES, CLAUSE_STOPS, FAILURES, STATE_GERUNDS, clauseEnd, harmFrame, hasAccidentWord, accidentOfAct, stepOmitted, warningDisregarded, wrongInObject } from './person-as-failure-subject.frames';

// Regexes with \p{…} live at module level: the TypeScript transforms (esbuild, tsx) turn them
// into `new RegExp(…)`, which inside a function is rebuilt on every call.
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const UPPER_FIRST = /^\p{Lu}/u;

const ID = 'person-as-failure-subject';
const VERBS = FAILURE_VERBS.map((v) => ({ ...v, words: phraseWords(v.phrase) }));
const PERCEPTION = ['receive', 'see', 'hear', 'know', 'get', 'notice'];
const REASONS = ['because', 'since', 'as'];
const LATE = LATENESS_WORDS.map(phraseWords);
const PASSIVE_FAILURES = ['missed', 'ignored', 'forgotten', 'neglected', 'botched', 'bungled', 'fumbled', 'dropped', 'messed'];
/** Signals a person may miss or ignore: "The alert notification was missed". */
const SIGNAL_NOUNS = ['alert', 'alerts', 'alarm', 'alarms', 'page', 'pages', 'notification', 'notifications', 'warning', 'warnings', 'email', 'emails', 'message', 'messages', 'ticket', 'tickets', 'signal', 'signals', 'sign', 'signs', 'reminder', 'reminders', 'escalation', 'escalations', 'call', 'calls'];
const SIGNAL_FAILURES = ['missed', 'ignored', 'disregarded'];
/** Checks a person may leave unmade, as participles: "wasn't tested by …", "was never reviewed by …". */
const UNCHECKED_PARTICIPLES = ['tested', 'reviewed', 'checked', 'verified', 'validated', 'read', 'acknowledged', 'noticed', 'caught', 'seen', 'monitored', 'inspected', 'double-checked'];

/** The first auxiliary of a negated passive ending before the participle at i ("wasn't", "was not", "had never been"), or -1. */
function uncheckedPassiveAux(s: Sent, i: number): number {
  const t = s.toks;
  let k = i - 1;
  if (t[k]?.norm === 'been') k--;
  if (["wasn't", "weren't", "hasn't", "haven't", "hadn't", "isn't", "aren't"].includes(t[k]?.norm ?? '')) return k;
  if (['not', 'never'].includes(t[k]?.norm ?? '') && ['was', 'were', 'is', 'are', 'has', 'have', 'had'].includes(t[k - 1]?.norm ?? '')) return k - 1;
  return -1;
}
const MEASURES = ['slo', 'slos', 'sla', 'slas', 'target', 'targets', 'objective', 'objectives', 'deadline', 'window', 'budget', 'goal', 'cutoff', 'estimate', 'forecast', 'eta', 'quota'];
/** What a node misses, said by its operator: "We missed several hours worth of blocks" is a chain metric. */
const NODE_MISSES = ['blocks', 'block', 'slots', 'slot', 'attestations', 'attestation', 'heartbeats', 'heartbeat', 'epochs', 'epoch', 'packets', 'frames', 'beats', 'checkpoints', 'proposals', 'votes', 'precommits', 'prevotes'];
const PER_PROCESS = ['as the runbook', 'per the runbook', 'as instructed', 'as documented', 'as the procedure', 'per the procedure', 'as agreed', 'as planned', 'per the', 'per our', 'as per', 'in line with', 'in accordance with', 'policy allows', 'runbook allows', 'process allows', 'as allowed', 'as permitted'].map(phraseWords);
/** Past verbs of believing: "mistakenly believed" reports what someone thought. */
const BELIEF_PASTS = ['believed', 'thought', 'assumed', 'presumed', 'understood', 'supposed', 'expected', 'felt'];
/** What one may refuse to do without failing anyone: "refused to speculate". */
const SPEECH_BASES = ['speculate', 'comment', 'say', 'answer', 'discuss', 'elaborate', 'confirm', 'name', 'identify', 'disclose', 'reveal', 'testify'];
/** Objects of "broke" that are links: breaking them is a mitigation. */
const LINK_NOUNS = ['dependency', 'dependencies', 'link', 'links', 'connection', 'connections', 'loop', 'cycle', 'chain', 'tie', 'ties', 'deadlock', 'lock', 'coupling', 'glass'];
/** Purpose clauses of a response: "To mitigate the impact, …", "… to stop the cascade". */
const MITIGATIONS = ['to mitigate', 'to contain', 'to stop the', 'to limit the', 'to isolate', 'to restore', 'to recover', 'to unblock', 'to work around', 'as a mitigation', 'as a workaround', 'to stem'].map(phraseWords);
/** A repair as the sentence's purpose, opening it: "To fix this, we …" ("working late to fix the replica, ran …" is not). */
const REPAIR_OPENERS = ['to fix this', 'to fix it', 'to fix the', 'to resolve this', 'to resolve it', 'to resolve the', 'as a fix'].map(phraseWords);
function isMitigation(s: Sent): boolean {
  // ("I forgot to stop the old server": the infinitive is what was left undone, not a purpose.)
  return s.toks.some((_, k) => MITIGATIONS.some((m) => matchesAt(s, k, m)) && !UNDONE_BEFORE_TO.has(s.toks[k - 1]?.norm ?? '')) || REPAIR_OPENERS.some((m) => matchesAt(s, 0, m));
}
const UNDONE_BEFORE_TO = new Set(['forgot', 'forget', 'forgets', 'forgotten', 'neglected', 'failed', 'refused', 'omitted', 'declined']);
/** Nouns after "error"/"failure" that make a compound: "their error reporting", "her error rate". */
const FAULT_NOUN_COMPOUNDS = ['rate', 'rates', 'budget', 'budgets', 'message', 'messages', 'code', 'codes', 'log', 'logs', 'page', 'pages', 'count', 'counts', 'spike', 'spikes', 'path', 'paths', 'state', 'states', 'mode', 'modes', 'domain', 'domains', 'tracker', 'dashboard', 'metrics', 'response', 'responses', 'condition', 'conditions'];
/** Prepositions before "their mistakes" that make them mistakes in general: "punish people for", "learn from". */
const GENERAL_FAULT_PREPOSITIONS = ['for', 'from', 'about', 'with'];
const FAULT_VERB_GERUNDS = ['causing', 'leading', 'resulting', 'bringing', 'taking', 'triggering', 'meaning', 'costing'];
function faultCompound(s: Sent, i: number): boolean {
  const next = s.toks[i + 1];
  if (!next || punctBefore(s, i + 1)) return false;
  return FAULT_NOUN_COMPOUNDS.includes(next.norm) || (/[a-z]{3,}ing$/.test(next.norm) && !FAULT_VERB_GERUNDS.includes(next.norm));
}
/** "fault tolerance", "fault domain": technical compounds, not blame. */
const FAULT_COMPOUNDS = ['tolerance', 'tolerant', 'domain', 'domains', 'injection', 'line', 'lines', 'isolation', 'zone', 'zones', 'detection', 'code', 'codes', 'handler', 'handling'];
const INTENDED = ['as planned', 'on purpose', 'intentionally', 'deliberately', 'by design', 'as agreed', 'as intended', 'so that', 'in case', 'in order to'].map(phraseWords);
const ACTS = new Set(ACT_VERBS);
/** Past verbs of finding or learning: "accidentally discovered the leak" is luck, not harm. */
const DISCOVERY_VERBS = ['discovered', 'found', 'noticed', 'learned', 'learnt', 'stumbled', 'saw', 'spotted', 'met', 'came', 'realised', 'realized', 'caught', 'fixed', 'solved', 'uncovered', 'identified'];

export const PROMPTS = [
  'What did they see at the time, and what did they expect?',
  'What made this action possible, or this signal easy to miss?',
  'Were other actions available? What pressures were they under?',
];

export const rule: Rule = {
  id: ID,
  category: 'blame',
  scope: 'prose',
  defaultSeverity: 'error',
  description: 'A named person, handle, role or team is the subject of a failure ("forgot", "missed", "ignored") or the agent of a harm ("accidentally ran …", "merged … without waiting for CI").',
  explanation:
    'Naming someone as the one who failed invites defence, not explanation. Keep the name if it helps the timeline, but describe what they did, what they saw, and what the system allowed.',
  sources: ['SREW', 'PD-EPM', 'PD-B', 'LIM'],
  prompts: PROMPTS,
  check(model, context) {
    return checkSentences(
      model,
      context.config,
      ID,
      (s, people, unit) => findFailureSubjects(s, people).flatMap((hit) => outsideQuotation(unit, s, hit, people)),
      // A fragment's agent is unknown (often the writers themselves in a timeline): a warning, like first person.
      // A passive with no agent ("The alert notification was missed") names no one: a warning too.
      (unit, s, hit, base) => finding(unit, s, hit, lowerForFirstPerson(base, hit.person?.kind === 'first-person' || !!hit.fragment || (!!hit.passive && !hit.person))),
      (span, written, base) => ({ ...span, severity: base, message: message(written), phrase: written, prompts: PROMPTS }),
    );
  },
};

/**
 * The subject of the present "does" at `i` is a named person or a handle (not a role, a team or a
 * pronoun, whose present may be a habit or a rule), outside a condition ("if Bob does not …").
 */
function namedPresent(s: Sent, i: number, people: Gazetteer): boolean {
  const kind = subjectOf(s, i, people).person;
  if (!kind || (kind.kind !== 'name' && kind.kind !== 'handle') || kind.possessive || kind.last !== i - 1) return false;
  const opener = s.toks[kind.first - 1]?.norm ?? '';
  return !GENERIC_OPENERS.includes(opener);
}

/** Failure verbs whose complement a report may quote: failed "to ensure …", neglected to "check …". */
const QUOTABLE_FAILURES = new Set(['failed', 'failing', 'neglected', 'omitted', 'refused', 'forgot']);

/**
 * A failure whose subject and verb stand outside a quotation that completes it: the NTSB says the
 * controller failed "to ensure the appropriate separation …". The quotation is exempt (§1.4), the
 * writer's own "the controller failed" is not: the finding ends before the quotation. When the
 * failure verb itself is quoted (the pilot "failed to maintain airspeed"), or the fault is ("she
 * made “a mistake”"), nothing is left to report; nor when the act comes after the quotation ("lost
 * his "situational awareness" and sped …": the finding would have to cross it).
 */
function outsideQuotation(unit: ProseUnit, s: Sent, hit: FailureHit, people: Gazetteer): FailureHit[] {
  if (!guardedToks(unit, s, hit.first, hit.last, people)) return [hit];
  let last = hit.last;
  while (last > hit.subjectLast + 1 && guardedToks(unit, s, last, last, people)) last--;
  const verb = s.toks[last].norm === 'to' ? s.toks[last - 1]?.norm ?? '' : s.toks[last].norm;
  return last < hit.last && QUOTABLE_FAILURES.has(verb) && !guardedToks(unit, s, hit.first, last, people) ? [{ ...hit, last }] : [hit];
}

export interface FailureHit {
  first: number;
  last: number;
  /** Last token of the subject phrase (for the rewrite). */
  subjectLast: number;
  person?: PersonRef;
  possessive?: boolean;
  /** "was missed by the on-call": the rewrite keeps the passive. */
  passive?: boolean;
  /** A harmful act stated plainly ("accidentally ran …", "merged … without waiting for CI"). */
  harm?: boolean;
  /** "Nobody noticed the alert": an omission by everyone who could have acted. */
  collective?: boolean;
  /** "some blame lies with the firefighters", "… and it was the engineer's responsibility". */
  attributed?: boolean;
  /** "Took off without clearance.": a fragment whose agent is outside the sentence. */
  fragment?: boolean;
}

function message(written: string, harm = false): string {
  return `"${written}" makes a person the ${harm ? 'agent of the harm' : 'subject of a failure'}. Describe what they did, what they saw, and what the system allowed.`;
}

function finding(unit: ProseUnit, s: Sent, hit: FailureHit, severity: ReturnType<typeof sectionSeverity>): RuleFinding {
  const span = spanOf(unit, s, hit.first, hit.last);
  const written = unit.text.slice(s.toks[hit.first].start, s.toks[hit.last].end);
  // "We've broken" → "We [action …, with what we saw …]": the auxiliary of a contraction is the verb's.
  const subject = unit.text.slice(s.toks[hit.first].start, s.toks[hit.subjectLast].end).replace(/['’](?:d|ve|ll)$/i, '');
  const seer = /^(?:The|We|You|He|She|They)$|^The\s/.test(subject) ? subject[0].toLowerCase() + subject.slice(1) : subject;
  const newText = hit.possessive
    ? '[what happened]; [what made it possible]; [what the person saw or expected at the time]'
    : hit.collective
    ? '[what was not done]; [what made it easy to miss, or whose job it was not]'
    : hit.attributed
    ? '[what was expected of whom]; [what made it hard to do at the time]'
    : hit.passive
    ? '[what happened, described neutrally]; [what made it possible]'
    : hit.fragment
    ? '[who] [action, described neutrally, with what they saw or expected at the time]'
    : `${subject} [action, described neutrally, with what ${seer} saw or expected at the time]`;
  return {
    ...span,
    severity,
    message: message(written, hit.harm),
    phrase: written,
    prompts: PROMPTS,
    fixes: [{ title: 'Describe the action neutrally (keep the name; add what made it possible to Contributing Factors)', edits: [{ ...span, newText }], preferred: true }],
  };
}

/** What may follow a person's bare "failed": "failed on this one", "failed miserably", "failed us". */
const FAILED_AFTER = new Set(['on', 'at', 'miserably', 'badly', 'completely', 'spectacularly', 'again', 'here', 'there', 'us', 'you', 'them', 'everyone', 'everybody', 'our', 'their', 'his', 'her', 'my', 'your']);
/** Team nouns that are only ever people ("the team failed"; "security failed" may be a system). */
const TEAM_HEADS = new Set(['team', 'teams', 'crew', 'crews', 'squad', 'staff', 'management', 'leadership']);
/** "appeared to", "seemed to": a failure reported as it looked. */
const APPEARANCE = new Set(['appeared', 'seemed', 'appears', 'seems']);
/** Base forms of the failure verbs that take "appeared to". */
const FAILURE_BASES = new Set(['ignore', 'miss', 'forget', 'overlook', 'neglect', 'disregard', 'misread', 'mistake', 'confuse', 'botch', 'bungle', 'fumble']);

/** "managed to" + a failure in the base form (see findFailureSubjects). */
const MANAGE = new Set(['managed', 'manages', 'manage']);
/** Adverbs of a slip that stand right before the act. */
const SLIP_ADVERBS = new Set(['accidentally', 'accidently', 'mistakenly', 'mistakingly', 'inadvertently', 'unintentionally', 'erroneously']);
/** "fired up the backhoe and proceeded to destroy the fiber cable": going on to a destructive act. */
const PROCEEDED = new Set(['proceeded', 'proceeds', 'went']);
/** Destructive acts whose base form after "managed to" is a harm done: "managed to corrupt the boot sector". */
const DESTROYED = new Set(['destroy', 'corrupt', 'brick', 'nuke', 'trash', 'wreck', 'ruin', 'crash', 'kill', 'erase', 'wipe', 'delete', 'overwrite', 'lose', 'leak', 'expose']);
/** Irregular pasts of failure verbs, for their base form after "managed to". */
const FAILURE_PASTS: Record<string, string> = { leave: 'left', break: 'broke', forget: 'forgot', lose: 'lost', take: 'took', overwrite: 'overwrote', run: 'ran', drop: 'dropped', mistake: 'mistook', overlook: 'overlooked', send: 'sent', wipe: 'wiped', delete: 'deleted' };
function pastOfAny(base: string): string[] {
  return FAILURE_PASTS[base] ? [FAILURE_PASTS[base]] : pastOf(base);
}

function pastOf(base: string): string[] {
  if (IRREGULAR_PAST[base]) return [IRREGULAR_PAST[base]];
  return [base.endsWith('e') ? `${base}d` : `${base}ed`];
}

/** Forms of "be" and of seeming before a participle read as a state ("was misaligned"). */
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'am', 'be', 'been', 'being', 'seemed', 'looked', 'appeared', 'got', 'get', 'remained', 'became']);
/**
 * A regular past made with the prefix "mis-" on a verb's past ("misplaced" = mis + placed,
 * "misrouted", "misfiled"): a past of five letters or more after "mis", so "missed", "misted"
 * and "mistake" are not read as one.
 */
function misdone(w: string): boolean {
  return /^mis[a-z]{3,}ed$/.test(w) && !NOT_MISDONE.has(w);
}
/** Words in "mis…ed" that are not "mis-" on a verb, or name a thing's state rather than an act. */
const NOT_MISDONE = new Set(['misfired', 'mismatched', 'missioned', 'misaligned', 'mistrusted']);

/** Words naming the kind of an owned fault: kinds of human work and judgments on the fault ("her medication error", "his rookie mistake"). */
const FAULT_KINDS = new Set([
  'medication', 'medical', 'clinical', 'surgical', 'dosage', 'dosing', 'dispensing', 'prescribing', 'prescription', 'charting', 'transcription', 'documentation',
  'judgment', 'judgement', 'calculation', 'mathematical', 'arithmetic', 'math', 'maths', 'typing', 'coding', 'programming', 'navigation', 'navigational', 'piloting', 'driving',
  'human', 'rookie', 'beginner', 'novice', 'fatal', 'costly', 'careless', 'serious', 'grave', 'critical', 'terrible', 'huge', 'big', 'major', 'stupid', 'silly', 'dumb', 'biggest', 'own',
]);
/** Fault nouns that take their person as an agent after "by": "mistakes by the controllers". */
const AGENT_FAULTS = new Set(['mistake', 'mistakes', 'error', 'errors', 'blunder', 'blunders', 'oversight', 'oversights', 'lapse', 'lapses', 'misjudgment', 'misjudgement', 'misjudgments', 'misjudgements']);
/** The person after "by" (past a determiner and modifiers): "by the night-shift nurse", "by air-traffic controllers". */
function agentAfterBy(s: Sent, k: number, people: Gazetteer): PersonRef | undefined {
  const t = s.toks;
  for (let j = k; j < Math.min(t.length, k + 4); j++) {
    if (j > k && punctBefore(s, j)) return undefined;
    const ref = personAt(s, j, people);
    // The head is the last word of the noun phrase: "by the engineer's script" is a thing's.
    if (ref && !ref.possessive && (!t[j + 1] || punctBefore(s, j + 1) || !personWord(s, j + 1, people))) return ref;
  }
  return undefined;
}

/** The failure shapes of a sentence with a person-like subject. */
export function findFailureSubjects(s: Sent, people: Gazetteer): FailureHit[] {
  const t = s.toks;
  const hits: FailureHit[] = [];
  const add = (v: number, last: number, humanOnly: boolean, duty = false, failure = false) => {
    const sub = subjectOf(s, v, people);
    // "A signaller who failed to close the barriers …": the person a relative "who" stands for, in
    // an omission ("Firing the engineer who caused an outage …" speaks of whoever did).
    const omission = ['failed', 'did', "didn't", 'never'].includes(t[v].norm);
    let person = sub.person ?? (omission && t[v - 1]?.norm === 'who' ? relativeAntecedent(s, v, people) : undefined);
    // "Nursing Services failed to ensure …", "the governing body failed to ensure …": an
    // organisational unit failing a duty acts as a team (§1.6), as only people owe duties.
    if (!person && duty && sub.head !== undefined && sub.first !== undefined && orgUnit(s, sub.head)) person = { kind: 'team', first: sub.first, last: sub.head, head: sub.head, possessive: false };
    if (!person && humanOnly && sub.head !== undefined) {
      // "Zeynep forgot …": only people forget, so an unknown capitalised name is enough.
      const head = t[sub.head];
      if (CAPITALISED_WORD.test(head.value) && !SYSTEM_NOUNS.includes(head.norm) && sub.head === sub.first) person = { kind: 'name', first: sub.head, last: sub.head, head: sub.head, possessive: false };
    }
    if (!person) return;
    if (isMetaBlameless(s, person.first)) return;
    // "If we are at fault, …", "whether they missed it": a hypothetical, not a finding.
    if (['if', 'unless', 'whether'].includes(t[person.first - 1]?.norm ?? '')) return;
    // "Criminalizing her error implies that she caused the death": a claim's implication, not the writer's account.
    if (t[person.first - 1]?.norm === 'that' && IMPLICATION_VERBS.has(t[person.first - 2]?.norm ?? '')) return;
    // "email people when they have broken the build": the present perfect in a "when" clause is a condition.
    if (['when', 'whenever', 'once'].includes(t[person.first - 1]?.norm ?? '') && ['have', 'has'].includes(t[person.last + 1]?.norm ?? '')) return;
    // "Nobody is at fault", "no one ignored the page": a denial, not a failure.
    if (['nobody', 'no-one', 'none'].includes(t[person.head].norm) || (t[person.head].norm === 'one' && t[person.head - 1]?.norm === 'no')) return;
    // "Neither railway staff nor rail infrastructure is to blame": a failure verb denied of both (but
    // "Neither team was willing to reach out" is the failure of both).
    if (failure && [t[person.first - 1], t[person.first]].some((x) => x?.norm === 'neither')) return;
    if (reportedDenial(s, person, last)) return;
    // "but luckily I didn't delete the app": an act not done, and glad of it.
    if (t.slice(Math.max(0, person.first - 3), person.first).some((x) => LUCKILY.has(x.norm))) return;
    hits.push({ first: person.first, last, subjectLast: person.last, person });
  };

  for (let i = 0; i < t.length; i++) {
    // The past a perfect's participle stands for ("had forgotten" → "forgot"): once per token, not per verb.
    const perfectOf = perfectPast(s, i);
    // Failure verbs.
    for (const v of VERBS) {
      // The ironic achievement: "bank staff have managed to leave their branch open" is the failure
      // itself ("left … open"), said with a verb of success; the subject is the one who managed.
      const ironic = v.words.length === 1 && t[i - 1]?.norm === 'to' && MANAGE.has(t[i - 2]?.norm ?? '') && pastOfAny(t[i].norm).includes(v.words[0]);
      // The emphatic past: "An intern really did mess up" is "messed up".
      let did = i - 1;
      while (did > 0 && ['really', 'actually', 'indeed', 'certainly', 'definitely'].includes(t[did].norm)) did--;
      const emphatic = !ironic && t[did]?.norm === 'did' && pastOfAny(t[i].norm).includes(v.words[0]) && v.words.slice(1).every((w, k) => t[i + 1 + k]?.norm === w);
      // The perfect: "had forgotten", "we've broken" (regular verbs share their past's form).
      const perfect = !ironic && !emphatic && perfectOf === v.words[0] && v.words.slice(1).every((w, k) => t[i + 1 + k]?.norm === w);
      if (!ironic && !emphatic && !perfect && !matchesAt(s, i, v.words)) continue;
      // "I read You Broke Reddit: The Pi-Day Outage": a verb in Title Case between capitalised words names a work.
      if (i > 0 && UPPER_FIRST.test(t[i].value) && UPPER_FIRST.test(t[i - 1].value) && UPPER_FIRST.test(t[i + v.words.length]?.value ?? '')) continue;
      let last = i + v.words.length - 1;
      if (v.objects) {
        let k = last + 1;
        while (k < t.length && ['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'whole', 'entire'].includes(t[k].norm)) k++;
        // "caused a global outage": up to two modifiers before the object noun.
        const at = [k, k + 1, k + 2].find((j) => t[j] && v.objects!.includes(t[j].norm) && !t.slice(k, j).some((x, q) => punctBefore(s, k + q)));
        if (at === undefined || punctBefore(s, last + 1)) continue;
        // "made the error message clearer": a technical compound, not a fault (the heads "their error
        // rate" already has; "handling" and "handler" too, since no gerund rule reads this object).
        if (FAULT_NOUN_COMPOUNDS.includes(t[at + 1]?.norm ?? '') || ['handling', 'handler'].includes(t[at + 1]?.norm ?? '')) continue;
        // "I made mistakes a few times": a habit over a career, not this incident's act.
        if (v.phrase === 'made' && t.slice(at + 1, at + 6).some((x) => FREQUENCY_WORDS.has(x.norm))) continue;
        last = at;
      }
      if (v.complements) {
        let found = -1;
        for (let k = last + 1; k < Math.min(t.length, last + 7); k++) {
          if (punctBefore(s, k)) break;
          if (v.complements.includes(t[k].norm)) {
            found = k;
            break;
          }
        }
        if (found < 0) continue;
        // "the one engineer left on the team", "she left on Friday": "left" with no object before
        // "on" is remaining or departing, not leaving something switched on.
        if (v.words[0] === 'left' && found === last + 1 && t[found].norm === 'on') continue;
        last = found;
      }
      // "the following operations were left open": a state in the passive, whoever left them; "They
      // were confused and concerned": a state of mind, not "confused the two valves".
      if (['left', 'confused', 'mixed'].includes(v.words[0]) && ['was', 'were', 'been', 'be', 'being', 'is', 'are', 'am', 'felt', 'seemed', 'looked'].includes(t[i - 1]?.norm ?? '')) continue;
      // "but I could have missed something": a possibility the writer allows, not a failure.
      // ("the driver may have mistaken the speed limit", an investigator's finding, still counts.)
      if ((t[i - 1]?.norm === 'have' && t[i - 2]?.norm === 'could') || t[i - 1]?.norm === "could've") continue;
      // "missed nothing", "forgot nothing", "might not have caused the problem": a denial.
      if (['nothing', 'none', 'no'].includes(t[i + v.words.length]?.norm ?? '')) continue;
      if (negatedBefore(s, i)) continue;
      // "broke the incident into workstreams", "broke down the work": a phrasal verb, not a failure.
      if (v.phrase === 'broke' && t.slice(i + 1, i + 6).some((x) => ['into', 'down', 'up', 'out', 'apart', 'off', 'even', 'ground', 'news'].includes(x.norm))) continue;
      // "broke the dependency between the queue and …", "broke the retry loop": cutting a link is a
      // mitigation, not a failure.
      if (v.phrase === 'broke' && t.slice(i + 1, i + 5).some((x, q) => LINK_NOUNS.includes(x.norm) && !punctBefore(s, i + 1 + q))) continue;
      // "To mitigate the impact, engineers broke …": a response made on purpose.
      if (isMitigation(s) && !hasAccidentWord(s)) continue;
      // "left the war room open as planned": intended.
      // ("We intentionally degraded the service": the intent may come first.)
      if ((v.complements || v.objects) && t.some((x, k) => INTENDED.some((w) => matchesAt(s, k, w)))) continue;
      // "missed the SLO by two minutes": a measure was missed, not a signal.
      if (v.phrase === 'missed' && MEASURES.includes(objectHead(s, last))) continue;
      if (v.phrase === 'missed' && t.slice(last + 1, last + 8).some((x, q) => NODE_MISSES.includes(x.norm) && !t.slice(last + 1, last + 1 + q).some((_, r) => punctBefore(s, last + 1 + r)))) continue;
      // "ignored the flapping alert, as the runbook instructs": following the process.
      if (t.some((_, k) => PER_PROCESS.some((w) => matchesAt(s, k, w)))) continue;
      // "missed the deadline because the vendor's API was down": the stated cause is a thing.
      if (v.phrase === 'missed' && reasonIsThing(s, last, people)) continue;
      // "refused to speculate", "declined to comment": a spokesperson's reserve, not a failure.
      if (v.phrase === 'refused to' && SPEECH_BASES.includes(t[last + 1]?.norm ?? '')) continue;
      add(ironic ? i - 2 : emphatic ? did : i, last, !!v.humanOnly, false, true);
    }
    // "misplaced the drive", "miscommunicated with the pilots", "misjudged the gap": "mis-" on a
    // past verb says the act itself went wrong, whatever the act, so a person doing it is the
    // failure (the listed mis- verbs are read above; "was misaligned" is a state, not an act).
    if (misdone(t[i].norm) && !VERBS.some((v) => v.words[0] === t[i].norm) && !BE_FORMS.has(t[i - 1]?.norm ?? '') && !negatedBefore(s, i)) {
      add(i, i, false, false, true);
      continue;
    }
    // "you failed on this one", "We failed.": a person failing, said outright (not "failed over",
    // "failed to …", or a system's "the job failed").
    if (t[i].norm === 'failed' && (!t[i + 1] || punctBefore(s, i + 1) || FAILED_AFTER.has(t[i + 1].norm))) {
      // ("Your email security failed": a department word is a system's name here.)
      const who = subjectOf(s, i, people).person;
      if (who && (who.kind !== 'team' || TEAM_HEADS.has(t[who.head].norm))) add(i, i, false, false, true);
      continue;
    }
    // "I managed to destroy my computer", "somehow managed to corrupt the registry": the ironic
    // achievement of a destructive act (the failure verbs' own "managed to leave" is read above).
    if ((MANAGE.has(t[i].norm) || PROCEEDED.has(t[i].norm)) && t[i + 1]?.norm === 'to' && DESTROYED.has(t[i + 2]?.norm ?? '') && !negatedBefore(s, i)) {
      add(i, i + 2, false, false, true);
      continue;
    }
    // "appeared to ignore", "seemed to miss": the failure verb in the base form, reported as seen.
    if (APPEARANCE.has(t[i].norm) && t[i + 1]?.norm === 'to' && FAILURE_BASES.has(t[i + 2]?.norm ?? '')) {
      add(i, i + 2, false, false, true);
      continue;
    }
    // failed to / didn't / did not / never + action verb
    let v = -1;
    if (t[i].norm === 'failed' && t[i + 1]?.norm === 'to') v = i + 2;
    // Past only: "do not follow" (present) is a habit or a fact, not a failure event.
    else if (t[i].norm === "didn't") v = i + 1;
    else if (t[i].norm === 'did' && t[i + 1]?.norm === 'not') v = i + 2;
    // A named person's "does not acknowledge" narrates one event, as a timeline does ("pages Bob;
    // Bob does not acknowledge"): a name is one person, not people in general, whose present is a habit.
    else if (["doesn't", 'does'].includes(t[i].norm) && namedPresent(s, i, people)) v = t[i].norm === 'does' ? (t[i + 1]?.norm === 'not' ? i + 2 : -1) : i + 1;
    else if (t[i].norm === 'neglected' && t[i + 1]?.norm === 'to') v = -1; // covered as a failure verb
    while (v > 0 && v < t.length && isAdverb(t[v]) && t[v].norm !== 'not') v++;
    if (v > 0 && t[v] && (ACTION_VERBS.includes(t[v].norm) || omittedAct(s, i, v))) {
      if (t[v].norm === 'bother') continue; // normative-judgment's "didn't bother"
      if (perceptionWithReason(s, v) || beliefAsReason(s, v)) continue;
      if (absenceFound(s, v)) continue;
      if (tooLate(s, v)) continue; // "didn't escalate until …" is counterfactual's (§2.4)
      if (t.some((_, k) => PER_PROCESS.some((w) => matchesAt(s, k, w)))) continue; // "did not deploy, per the freeze policy"
      add(i, withParticle(s, v), false, t[i].norm === 'failed' && DUTY_VERBS.includes(t[v].norm));
      continue;
    }
    // "…, nor did he adequately test the change": the subject after "nor did" is the one who did not.
    if (t[i].norm === 'nor' && t[i + 1]?.norm === 'did') {
      const person = personAt(s, i + 2, people);
      let w = person ? person.last + 1 : -1;
      while (w > 0 && w < t.length && isAdverb(t[w]) && t[w].norm !== 'not') w++;
      if (person && !person.possessive && t[w] && (ACTION_VERBS.includes(t[w].norm) || omittedAct(s, i + 1, w)) && !isMetaBlameless(s, i) && !tooLate(s, w) && !perceptionWithReason(s, w)) {
        hits.push({ first: i, last: withParticle(s, w), subjectLast: person.last, person });
      }
      continue;
    }
    // "never checked" (not "were never tested": a passive about things).
    if (t[i].norm === 'never' && t[i + 1] && !['was', 'were', 'is', 'are', 'been', 'be'].includes(t[i - 1]?.norm ?? '')) {
      const base = ACTION_VERBS.find((a) => pastOf(a).includes(t[i + 1].norm));
      if (base) add(i, withParticle(s, i + 1), false);
      // "she never scanned the vial": any regular past act, unless it is a state ("never received"),
      // experience ("had never flown"), or comes with its reason.
      else if (/^[a-z-]{3,}ed$/.test(t[i + 1].norm) && isPastTense(t[i + 1].norm) && !['had', 'has', 'have'].includes(t[i - 1]?.norm ?? '') && !NOT_OMISSIONS.some((n) => pastOf(n).includes(t[i + 1].norm)) && !t.slice(i + 2).some((x) => REASON_WORDS.includes(x.norm))) {
        add(i, i + 1, false);
      }
    }
    // "Neither team was willing to reach out": the subject's "neither"/"no" negates the willingness,
    // as "was not willing to" does.
    if (t[i].norm === 'willing' && t[i + 1]?.norm === 'to' && ['was', 'were'].includes(t[i - 1]?.norm ?? '')) {
      const sub = subjectOf(s, i - 1, people);
      const negatedSubject = sub.person && [t[sub.person.first - 1], t[sub.person.first]].some((x) => x && ['neither', 'no'].includes(x.norm));
      if (negatedSubject) add(i - 1, i + 1, false);
    }
    // A habit of acting on a wrong target: "Dev team keeps shipping untested code".
    if (/^[a-z]{3,}ing$/.test(t[i].norm) && ['keeps', 'keep', 'kept'].includes(t[i - 1]?.norm ?? '')) {
      const wrong = t.slice(i + 1, i + 5).findIndex((x) => WRONG_TARGET_WORDS.includes(x.norm) && !ARTICLE_TARGET_WORDS.includes(x.norm));
      // Not a habit of finding or mending them ("keeps removing untested code", "kept reverting bad configs").
      const mends = MENDING_STEMS.has(t[i].norm.replace(/ing$/, ''));
      if (wrong >= 0 && !mends && !t.slice(i + 1, i + 1 + wrong).some((x) => REMEDY_NOUNS.includes(x.norm))) add(i - 1, i, false);
    }
    // A failure as a person's act: "my forgetting to engage the power down caused …" (possessive),
    // "a story about a guy forgetting to refuel a plane" (after the person). Not "missing", which
    // also means absent ("his missing laptop", "a hiker missing since Monday").
    if (FAILURE_GERUNDS.includes(t[i].norm) && t[i].norm !== 'missing' && i > 0 && !punctBefore(s, i) && !isMetaBlameless(s, i - 1)) {
      const owner = t[i - 1].norm;
      if (['my', 'his', 'her', 'their', 'our'].includes(owner)) {
        const firstPerson = owner === 'my' || owner === 'our';
        hits.push({ first: i - 1, last: i, subjectLast: i - 1, possessive: true, person: firstPerson ? { kind: 'first-person', first: i - 1, last: i - 1, head: i - 1, possessive: true } : undefined });
      } else {
        const ref = personAt(s, i - 1, people);
        if (ref && !ref.possessive && ref.kind !== 'first-person' && !PROGRESSIVE_AUX.includes(owner) && !['if', 'unless', 'whether'].includes(t[ref.first - 1]?.norm ?? '')) hits.push({ first: ref.first, last: i, subjectLast: ref.last, person: ref });
      }
    }
    // Progressive or habitual failure: "Ops keeps ignoring the capacity tickets".
    if (FAILURE_GERUNDS.includes(t[i].norm)) {
      let a = i - 1;
      while (a > 0 && ['still', 'always', 'constantly', 'repeatedly', 'just', 'also', 'now', 'already', 'often', 'routinely'].includes(t[a].norm)) a--;
      // "We are missing alerting for cluster capacity": what we lack now, a gap in the system.
      const lack = t[i].norm === 'missing' && ['are', "'re"].includes(t[a]?.norm ?? '') && t[a - 1]?.norm === 'we';
      if (a >= 0 && PROGRESSIVE_AUX.includes(t[a].norm) && !lack) add(a, i, false);
    }
    // "failing to" + a verb, as a person's failure: "the pharmacist failing to perform final checks",
    // "controllers are sometimes failing to disclose …", and charged, found or admitted of the
    // person ("was accused of failing to ensure …", "found guilty of failing to obtain …", "she
    // admitted failing to administer …"). ("The pods are failing to start" has no person subject.)
    if (t[i].norm === 'failing' && t[i + 1]?.norm === 'to' && /^[a-z][a-z-]+$/.test(t[i + 2]?.norm ?? '') && !punctBefore(s, i + 1)) {
      const last = withParticle(s, i + 2);
      const charge = chargeBefore(s, i);
      if (charge >= 0) add(charge, last, false, DUTY_VERBS.includes(t[i + 2].norm));
      else {
        let a = i - 1;
        while (a > 0 && isAdverb(t[a]) && !punctBefore(s, a + 1)) a--;
        if (a >= 0 && PROGRESSIVE_AUX.includes(t[a].norm)) add(a, last, false);
        else if (i > 0 && !punctBefore(s, i)) {
          const ref = personAt(s, i - 1, people);
          if (ref && !ref.possessive && ref.kind !== 'first-person' && !['if', 'unless', 'whether'].includes(t[ref.first - 1]?.norm ?? '') && !isMetaBlameless(s, ref.first)) hits.push({ first: ref.first, last, subjectLast: ref.last, person: ref });
        }
      }
    }
    // "{team} are not prioritising the backlog", "The platform team isn't taking ownership".
    if (t[i].norm in NEGLECT_GERUNDS && t[i].norm.endsWith('ing')) {
      const objects = NEGLECT_GERUNDS[t[i].norm];
      const negated = ['not', "n't"].includes(t[i - 1]?.norm ?? '') || /n't$/.test(t[i - 1]?.norm ?? '');
      let aux = /n't$/.test(t[i - 1]?.norm ?? '') ? i - 1 : i - 2;
      // "The SRE team is still not responding": an adverb between the auxiliary and "not".
      while (aux > 0 && !/n't$/.test(t[aux].norm) && ['still', 'simply', 'just', 'even', 'really', 'actually', 'consistently', 'always', 'often'].includes(t[aux].norm)) aux--;
      if (negated && ['is', 'are', 'am', 'was', 'were', "isn't", "aren't", "wasn't", "weren't"].includes(t[aux]?.norm ?? '') && (!objects || objects.includes(t[i + 1]?.norm ?? ''))) {
        add(aux, objects ? i + 1 : i, false);
      }
    }
    // A signal missed or ignored, in the passive with no agent: "The alert notification was missed"
    // (only people miss a signal; "the SLO was missed" is a measure, "was not missed" a denial, and
    // "… because it was a known false positive" gives the reason).
    if (SIGNAL_FAILURES.includes(t[i].norm) && ['was', 'were'].includes(t[i - 1]?.norm ?? '') && t[i + 1]?.norm !== 'by' && SIGNAL_NOUNS.includes(t[i - 2]?.norm ?? '') && !isMetaBlameless(s, i - 2) && !t.slice(i + 1).some((x) => REASONS.includes(x.norm)) && !['if', 'unless', 'whether'].some((w) => t.slice(0, i).some((x) => x.norm === w))) {
      let first = i - 2;
      while (first > 0 && !punctBefore(s, first) && (SIGNAL_NOUNS.includes(t[first - 1].norm) || ['the', 'a', 'an', 'this', 'that', 'first', 'second', 'initial', 'early', 'critical', 'expiry', 'expiration', 'pagerduty', 'email', 'slack', 'disk', 'cpu', 'memory', 'certificate'].includes(t[first - 1].norm))) first--;
      hits.push({ first, last: i, subjectLast: i - 2, passive: true });
    }
    // Passive with a person agent: "The warning was missed by the on-call engineer."
    if (PASSIVE_FAILURES.includes(t[i].norm) && ['was', 'were', 'been', 'got'].includes(t[i - 1]?.norm ?? '') && t[i + 1]?.norm === 'by') {
      for (let k = i + 2; k < Math.min(t.length, i + 6); k++) {
        if (punctBefore(s, k)) break;
        const kind = personWord(s, k, people);
        if (kind && !/'s$/.test(t[k].norm)) {
          if (!isMetaBlameless(s, i - 1)) hits.push({ first: i - 1, last: k, subjectLast: k, person: { kind, first: i + 2, last: k, head: k, possessive: false }, passive: true });
          break;
        }
      }
    }
    // A check not made, in the passive with a person agent: "Build wasn't tested by maintainer",
    // "The patch was never reviewed by anyone". A reason or a time after it ("… because the pager
    // was off", "… until Monday") explains the gap; a system agent ("by CI") is a mechanism.
    if (UNCHECKED_PARTICIPLES.includes(t[i].norm) && t[i + 1]?.norm === 'by') {
      const aux = uncheckedPassiveAux(s, i);
      // ("Nobody is claiming the patch was not tested by the author": the gap itself denied.)
      const reason = t.slice(i + 2).some((x) => ['because', 'since', 'as', 'until', 'till'].includes(x.norm)) || t.slice(0, Math.max(0, aux)).some((x) => isNegation(x) || ['nobody', 'no-one'].includes(x.norm));
      for (let k = i + 2; aux >= 0 && !reason && k < Math.min(t.length, i + 6); k++) {
        if (punctBefore(s, k)) break;
        const kind = personWord(s, k, people);
        if (kind && kind !== 'first-person' && !/'s$/.test(t[k].norm)) {
          if (!isMetaBlameless(s, aux)) hits.push({ first: aux, last: k, subjectLast: k, person: { kind, first: i + 2, last: k, head: k, possessive: false }, passive: true });
          break;
        }
      }
    }
    // "was given the wrong medication by nurses", "The wrong bucket was deleted by the contractor":
    // a passive act on a wrong target (or by accident) with a person as its agent.
    if (['was', 'were', 'been', 'got'].includes(t[i - 1]?.norm ?? '') && isPastParticiple(t[i].norm) && !PASSIVE_FAILURES.includes(t[i].norm) && !NOT_HARM_VERBS.includes(t[i].norm)) {
      const agent = passiveMistake(s, i, people);
      if (agent && !isMetaBlameless(s, i - 1)) hits.push({ first: i - 1, last: agent.last, subjectLast: agent.last, person: agent, passive: true, harm: true });
    }
    // "her mistake", "their error", "a mistake on his part": the fault noun owned by a person pronoun.
    // ("punish people for their mistakes", "learn from their errors": mistakes in general, not one failure.)
    const generalMistakes = /s$/.test(t[i].norm) && GENERAL_FAULT_PREPOSITIONS.includes(t[i - 2]?.norm ?? '');
    // The writers' own ("my", "our") only when given as the cause: "This incident was caused by our
    // failure to finish the follow-up work", "due to my mistake" (a warning, as first person is).
    const owner = t[i - 1]?.norm ?? '';
    const own = (owner === 'my' || owner === 'our') && OWN_FAULT_CAUSES.some((c) => matchesAt(s, i - 1 - c.length, c));
    if (FAULT_NOUNS.includes(t[i].norm) && (['his', 'her', 'their'].includes(owner) || own) && !generalMistakes && !faultCompound(s, i) && !isMetaBlameless(s, i - 1)) {
      hits.push({ first: i - 1, last: i, subjectLast: i - 1, possessive: true, ...(own ? { person: { kind: 'first-person' as const, first: i - 1, last: i - 1, head: i - 1, possessive: true } } : {}) });
    }
    if (['mistake', 'error', 'fault', 'failure', 'oversight'].includes(t[i].norm) && t[i + 1]?.norm === 'on' && ['his', 'her', 'their', 'my', 'our'].includes(t[i + 2]?.norm ?? '') && t[i + 3]?.norm === 'part') {
      hits.push({ first: i, last: i + 3, subjectLast: i + 2, possessive: true });
    }
    // "blamed Harding for failing to set the brakes", "a mistake for not checking her work"
    if (t[i].norm === 'for' && ((t[i + 1]?.norm === 'failing' && t[i + 2]?.norm === 'to') || (t[i + 1]?.norm === 'not' && /ing$/.test(t[i + 2]?.norm ?? ''))) && t.slice(0, i).some((_, k) => personWord(s, k, people))) {
      hits.push({ first: i, last: i + 2, subjectLast: i, possessive: true });
    }
    // "We hadn't tested the restore", "the on-call had not checked …": the omission in the past perfect.
    // ("a step … which we had not planned for": a relative clause describes the thing, a latent condition.)
    if ((t[i].norm === "hadn't" || (t[i].norm === 'had' && t[i + 1]?.norm === 'not')) && t[i + (t[i].norm === "hadn't" ? 1 : 2)] && t[i - 2]?.norm !== 'which') {
      const p = i + (t[i].norm === "hadn't" ? 1 : 2);
      const base = ACTION_VERBS.find((a) => pastOf(a).includes(t[p].norm));
      // "had not flown that type before": experience, not an omission.
      const experience = t.slice(p + 1).some((x) => ['before', 'previously', 'ever', 'yet'].includes(x.norm));
      if ((base || (isPastParticiple(t[p].norm) && !NOT_OMISSIONS.some((n) => pastOf(n).includes(t[p].norm)) && !['been', 'had', 'known', 'seen', 'heard', 'got', 'gotten', 'received'].includes(t[p].norm))) && !experience && !t.slice(p + 1).some((x) => REASON_WORDS.includes(x.norm)) && !tooLate(s, p)) {
        add(i, withParticle(s, p), false);
      }
    }
    // "He must not have tested either", "they can't have checked the diff": an omission inferred
    // (an epistemic modal over a negated perfect). What follows is the evidence for the inference,
    // not a reason for the omission, so "because …" does not excuse it; "couldn't have" is left
    // alone (it also reads as "was not able to"), and so is the team inferring its own omission.
    const inferred = t[i].norm === 'must' && ['not', 'never'].includes(t[i + 1]?.norm ?? '') && t[i + 2]?.norm === 'have' ? i + 3 : ["mustn't", "can't", 'cannot'].includes(t[i].norm) && t[i + 1]?.norm === 'have' ? i + 2 : -1;
    if (inferred > 0 && t[inferred] && ACTION_VERBS.some((a) => pastOf(a).includes(t[inferred].norm)) && subjectOf(s, i, people).person?.kind !== 'first-person') {
      add(i, withParticle(s, inferred), false);
    }
    // "It is the teams fault": a person or team noun with "fault", apostrophe missing.
    if (t[i].norm === 'fault' && i > 0 && !/'/.test(t[i - 1].norm) && /s$/.test(t[i - 1].norm) && personWord(s, i - 1, people) && !FAULT_COMPOUNDS.includes(t[i + 1]?.norm ?? '')) {
      const ref = personAt(s, i - 1, people);
      if (ref && !isMetaBlameless(s, ref.first)) hits.push({ first: ref.first, last: i, subjectLast: i - 1, person: ref, possessive: true });
    }
    // "her medication error", "the pharmacist's dosing mistake", "his rookie blunder": the owned
    // fault with one word naming its kind between (a kind of human work or a judgment on it; "their
    // connection error", "his 500 error" are what a system showed them, so the kind is a list).
    if (FAULT_NOUNS.includes(t[i].norm) && i > 1 && FAULT_KINDS.has(t[i - 1].norm) && !punctBefore(s, i) && !punctBefore(s, i - 1) && !faultCompound(s, i) && !isMetaBlameless(s, i - 2)) {
      const owner2 = t[i - 2].norm;
      const pronoun = ['his', 'her', 'their'].includes(owner2) && !(/s$/.test(t[i].norm) && GENERAL_FAULT_PREPOSITIONS.includes(t[i - 3]?.norm ?? ''));
      const ref = !pronoun && isPossessive(s, i - 2) && !GENERIC_POSSESSORS.includes(owner2) && !["nobody's", "noone's", "no-one's", "one's"].includes(owner2) ? personAt(s, i - 2, people) : undefined;
      if (pronoun) hits.push({ first: i - 2, last: i, subjectLast: i - 2, possessive: true });
      else if (ref && ref.kind !== 'first-person') hits.push({ first: ref.first, last: i, subjectLast: i - 2, person: ref, possessive: true });
    }
    // "mistakes by the controllers", "an error made by the pharmacist", "mistakes and
    // miscommunications by air-traffic controllers": the fault with its person as the agent.
    if (AGENT_FAULTS.has(t[i].norm) && !faultCompound(s, i)) {
      let k = i + 1;
      if (t[k]?.norm === 'and' && /^[a-z-]{4,}s$/.test(t[k + 1]?.norm ?? '') && !punctBefore(s, k)) k += 2;
      if (['made', 'committed'].includes(t[k]?.norm ?? '')) k++;
      const agent = t[k]?.norm === 'by' && !punctBefore(s, k) ? agentAfterBy(s, k + 1, people) : undefined;
      // ("any mistake by an employee", "a mistake made by a human": anyone's, in general.)
      const general = !!agent && (['a', 'an', 'any'].includes(t[agent.first].norm) || ['any', 'every', 'no'].includes(t[i - 1]?.norm ?? ''));
      if (agent && !general && agent.kind !== 'first-person' && !isMetaBlameless(s, i)) hits.push({ first: i, last: agent.last, subjectLast: agent.last, person: agent, possessive: true });
    }
    // "{person}'s fault / mistake / oversight"; "the fault of {person}"
    // ("nobody's fault", "no one's fault" deny it.)
    if (FAULT_NOUNS.includes(t[i].norm) && i > 0 && isPossessive(s, i - 1) && personWord(s, i - 1, people) && !GENERIC_POSSESSORS.includes(t[i - 1].norm) && !["nobody's", "noone's", "no-one's"].includes(t[i - 1].norm) && !(t[i - 1].norm === "one's" && t[i - 2]?.norm === 'no')) {
      const ref = personAt(s, i - 1, people);
      const first = ref ? ref.first : i - 1;
      // "It was not Bob's fault", "wasn't the intern's mistake": the fault denied, a negation right
      // before the possessor (an article between at most; "not just Bob's fault" still gives a share).
      const owner = ['the', 'a', 'an', 'this', 'that'].includes(t[i - 2]?.norm ?? '') ? i - 2 : i - 1;
      const denied = !!t[owner - 1] && (['not', 'never'].includes(t[owner - 1].norm) || t[owner - 1].norm.endsWith("n't"));
      if (!denied && !isMetaBlameless(s, first)) hits.push({ first, last: i, subjectLast: i - 1, person: ref, possessive: true });
    }
  }
  hits.push(...findHarmfulActs(s, people).filter((h) => !hits.some((o) => o.first <= h.last && h.first <= o.last)));
  hits.push(...findCollectiveOmissions(s, people).filter((h) => !hits.some((o) => o.first <= h.last && h.first <= o.last)));
  hits.push(...findHarmAgents(s, people).filter((h) => !hits.some((o) => o.first <= h.last && h.first <= o.last)));
  hits.push(...findAccusations(s, people).filter((h) => !hits.some((o) => o.first <= h.last && h.first <= o.last)));
  hits.push(...findRiskyDecisions(s, people).filter((h) => !hits.some((o) => o.first <= h.last && h.first <= o.last)));
  hits.push(...findAttributions(s, people).filter((h) => !hits.some((o) => o.first <= h.last && h.first <= o.last)));
  hits.push(...findFragments(s, people).filter((h) => !hits.some((o) => o.first <= h.last && h.first <= o.last)));
  hits.push(...findInsteadActs(s, people).filter((h) => !hits.some((o) => o.first <= h.last && h.first <= o.last)));
  hits.push(...findHabits(s, people).filter((h) => !hits.some((o) => o.first <= h.last && h.first <= o.last)));
  hits.push(...findViolatingStates(s, people).filter((h) => !hits.some((o) => o.first <= h.last && h.first <= o.last)));
  hits.push(...findConduct(s, people).filter((h) => !hits.some((o) => o.first <= h.last && h.first <= o.last)));
  // One finding per failure: drop hits contained in another. "If an operator entered …, the
  // machine would …" is a mechanism told as a hypothetical, not a finding. An intruder's acts are
  // the incident, not a failure ("Someone gained access to the laptop and deleted the database").
  return hits.filter((h) => !['if', 'unless', 'whether'].includes(t[(h.person?.first ?? h.first) - 1]?.norm ?? '') && !(h.person && intruder(s, h.person, people))).filter((h, k) => !hits.some((o, j) => j !== k && o.first <= h.first && h.last <= o.last && (o.last - o.first > h.last - h.first || j < k)));
}

const INTRUSIONS = new Set(INTRUSION_VERBS);
const ACCESS = new Set(ACCESS_VERBS);

/** True when the sentence gives this person an adversary's act: "stole", "phished", "gained (unauthorised) access". */
function intruder(s: Sent, person: PersonRef, people: Gazetteer): boolean {
  const t = s.toks;
  for (let k = person.last + 1; k < t.length; k++) {
    const intrusion = INTRUSIONS.has(t[k].norm) || (ACCESS.has(t[k].norm) && (t[k + 1]?.norm === 'access' || t[k + 2]?.norm === 'access'));
    if (intrusion && !(t[k - 1] && isNegation(t[k - 1])) && subjectOf(s, k, people).person?.first === person.first) return true;
  }
  return false;
}

/** Cause connectors right before "our/my {fault}". */
const OWN_FAULT_CAUSES = ['caused by', 'due to', 'because of', 'result of', 'resulted from', 'down to', 'triggered by'].map(phraseWords);

/** Reaching a limit: "hitting the rate limit", "we hit our quota". */
const LIMIT_VERBS = new Set(['hitting', 'reaching', 'exceeding', 'hit', 'reached', 'exceeded']);
const LIMIT_NOUNS = new Set(['limit', 'limits', 'quota', 'quotas', 'ceiling', 'cap', 'caps', 'threshold', 'thresholds', 'maximum', 'max', 'capacity']);
function limitReached(s: Sent, v: number): boolean {
  return LIMIT_VERBS.has(s.toks[v].norm) && s.toks.slice(v + 1, v + 6).some((x) => LIMIT_NOUNS.has(x.norm));
}

/** Words that make a present-tense act a rule or a condition, not a habit ("if someone merges …"). */
const GENERIC_OPENERS = ['if', 'when', 'whenever', 'unless', 'once', 'before', 'after', 'until', 'should', 'lest', 'every', 'any', 'anyone', 'someone'];

/** A present-tense third-person form of an act verb: "merges" (merged), "pushes", "runs", "drops". */
function presentAct(w: string): boolean {
  if (!/^[a-z]{3,}s$/.test(w) || /ss$/.test(w)) return false;
  const stems = [w.slice(0, -1), ...(w.endsWith('es') ? [w.slice(0, -2)] : [])];
  return ACTS.has(PRESENT_IRREGULAR[w] ?? '') || stems.some(regularAct);
}

/** A stem whose regular past (or a listed irregular one) is an act: "merg" (merged), "deploy", "stop" (stopped). */
function regularAct(b: string): boolean {
  return [`${b}ed`, `${b}d`, `${b}${b.at(-1)}ed`, IRREGULAR_PAST[b]].some((past) => !!past && ACTS.has(past));
}

/**
 * A person as the agent of a harmful act stated plainly (issue 11): an act verb ("ran",
 * "deployed", "merged") whose subject is person-like, framed as the harm by an accident word
 * ("accidentally ran"), a wrong target ("on the wrong server", "untested code"), an omission
 * ("without waiting for CI"), a contrast ("instead of staging"), a harm that follows ("…, which
 * broke …", "… and took down …"), a causal frame ("the outage happened because X ran …") or a
 * destructive act on something critical ("deleted the production database"). The bare act is
 * neutral ("Priya ran the migration at 02:00"), and so are acts done as the process says.
 */
export function findHarmfulActs(s: Sent, people: Gazetteer): FailureHit[] {
  const t = s.toks;
  const hits: FailureHit[] = [];
  if (t.some((_, k) => PER_PROCESS.some((w) => matchesAt(s, k, w)) || INTENDED.some((w) => matchesAt(s, k, w)))) return hits;
  // Whether the sentence has an accident word: looked up once, not for every verb (a long
  // sentence would otherwise cost its length squared).
  let accidentWord: boolean | undefined;
  const hasAccident = () => (accidentWord ??= hasAccidentWord(s));
  for (let v = 0; v < t.length; v++) {
    // "someone pushing the wrong button", "caused by an engineer running a script against prod",
    // "as a result of the driver not remembering …"
    // ("due to them being unable to confirm" states an ability, not an act.)
    // "started by an engineer trying a quick fix": after a cause phrase, trying/using are acts too.
    const effort = ['trying', 'using'].includes(t[v].norm);
    const gerund = /ing$/.test(t[v].norm) && t[v].norm.length > 4 && (!STATE_GERUNDS.includes(t[v].norm) || effort) ? v : t[v].norm === 'not' && /ing$/.test(t[v + 1]?.norm ?? '') ? v + 1 : -1;
    if (gerund >= 0 && v > 0 && !punctBefore(s, v)) {
      // "a contract worker accidentally deleting files": an adverb may stand between agent and act.
      let a = v - 1;
      while (a > 0 && isAdverb(t[a]) && /ly$/.test(t[a].norm) && !punctBefore(s, a)) a--;
      const person = personAt(s, a, people);
      if (person && !person.possessive && !isMetaBlameless(s, person.first)) {
        const end = clauseEnd(s, gerund);
        const caused = CAUSE_BEFORE_AGENT.some((c) => matchesAt(s, person.first - c.length, c)) || matchesAt(s, person.first - 4, ['as', 'a', 'result', 'of']);
        // "because of us hitting CPU rate limits": load reaching a quota, not an act.
        if (!limitReached(s, gerund) && (caused || (!effort && ACT_GERUNDS.includes(t[gerund].norm) && harmFrame(s, person, gerund, gerund, end)))) {
          hits.push({ first: person.first, last: gerund, subjectLast: person.last, person, harm: true });
        }
      }
      if (gerund !== v) continue;
    }
    // An accident word makes any act a slip: "Vaught accidentally grabbed vecuronium", "an intern
    // might have accidentally hit Reply All" (not "accidentally discovered the leak").
    // ("mistakenly believed that …" reports a belief, not an act.)
    // ("A junior accidentally deletes prod", "accidentally unplug the power strip": the present
    // or bare form right after the accident word is the act too.)
    // ("were mistakenly making transfers": the progressive describes what went on, often a
    // system's or users' behaviour; it is left out.)
    const slipPresent = !isPastTense(t[v].norm) && SLIP_ADVERBS.has(t[v - 1]?.norm ?? '') && /^[a-z]{3,}$/.test(t[v].norm) && !/ing$/.test(t[v].norm) && !AUXILIARIES.has(t[v].norm);
    const accident = (isPastTense(t[v].norm) || slipPresent) && !ACTS.has(t[v].norm) && !DISCOVERY_VERBS.includes(t[v].norm) && !BELIEF_PASTS.includes(t[v].norm) && !['was', 'were', 'been', 'had', 'did'].includes(t[v].norm) && hasAccident() && accidentOfAct(s, v);
    // A past of "be" is no act of its own: "They were administered to the wrong patient" is a
    // passive, "was in the wrong room" a state. ("had the wrong server" is: the act on the wrong one.)
    const auxiliary = BE_PASTS.has(t[v].norm);
    // "attached the sheet to the wrong file", "mistyped … into the wrong field": any act on a mistaken target.
    // "was traveling at almost twice the speed limit": the past progressive of any act.
    const progressive = /^[a-z]{3,}ing$/.test(t[v].norm) && ['was', 'were'].includes(t[v - 1]?.norm ?? '');
    // "They were administered to the wrong patient", "He was sent to the wrong ward": the subject of
    // a passive undergoes the act, whose agent is left out (a passive with no actor, as the
    // labelling policy keeps "A mistake was made …"); the frames below need an agent.
    if (passiveCopula(s, v)) continue;
    const wrongTarget = !accident && !auxiliary && !ACTS.has(t[v].norm) && (isPastTense(t[v].norm) || progressive) && !DISCOVERY_VERBS.includes(t[v].norm) && !NOT_HARM_VERBS.includes(t[v].norm) && wrongInObject(s, v);
    // "sailed into the storm despite the warnings": any act done against a warning.
    const warned = !accident && !auxiliary && !wrongTarget && !ACTS.has(t[v].norm) && isPastTense(t[v].norm) && !DISCOVERY_VERBS.includes(t[v].norm) && !NOT_HARM_VERBS.includes(t[v].norm) && !REMEDY_VERBS.includes(t[v].norm) && !RECOVERY_VERBS.includes(t[v].norm) && warningDisregarded(s, v);
    // "went home without telling anyone": any past act with a duty step left out.
    const skipped = !accident && !auxiliary && !wrongTarget && !warned && !ACTS.has(t[v].norm) && isPastTense(t[v].norm) && !DISCOVERY_VERBS.includes(t[v].norm) && !NOT_HARM_VERBS.includes(t[v].norm) && !REMEDY_VERBS.includes(t[v].norm) && !RECOVERY_VERBS.includes(t[v].norm) && stepOmitted(s, v);
    // "so he merges code without test coverage": a habit in the present is the same act.
    const habitual = !ACTS.has(t[v].norm) && presentAct(t[v].norm);
    // The perfect of an act: "had run the script", "we'd deleted the table".
    const perfect = ACTS.has(perfectPast(s, v) ?? '');
    if (!ACTS.has(t[v].norm) && !perfect && !accident && !wrongTarget && !warned && !skipped && !habitual) continue;
    // A passive ("was deployed") or a participle modifier ("the deployed build") has no agent here.
    // (The perfect, "had deployed", has: its subject is found past the auxiliary.)
    const prev = t[v - 1]?.norm ?? '';
    // ("Engineer A typed …": an anonymised person's letter after a role or a title is the subject, not the article.)
    if (['was', 'were', 'been', 'be', 'being', 'is', 'are', 'the', 'a', 'an'].includes(prev) && !(progressive && wrongTarget) && !(prev === 'a' && letterDesignator(s, v - 1))) continue;
    // Rolling back is a mitigation, whatever it is contrasted with ("rolled back instead of rolling forward").
    if (t[v].norm === 'rolled' && t[v + 1]?.norm === 'back') continue;
    // "We hit the API rate limit": load reaching a quota, not an act.
    if (limitReached(s, v)) continue;
    // "An HBO intern who mistakenly sent a test email …": the person a relative "who" stands for.
    const person = subjectOf(s, v, people).person ?? relativeAntecedent(s, v, people);
    if (!person || isMetaBlameless(s, person.first)) continue;
    // "When an engineer deploys without a canary, …": a present-tense act in a condition is a rule, not a habit.
    if ((habitual || slipPresent) && (person.kind === 'first-person' || GENERIC_OPENERS.includes(t[person.first - 1]?.norm ?? '') || t.slice(0, person.first).some((x) => GENERIC_OPENERS.includes(x.norm)))) continue;
    const end = clauseEnd(s, v);
    const last = ACT_PARTICLES.has(t[v + 1]?.norm ?? '') && !punctBefore(s, v + 1) ? v + 1 : v;
    // One finding per agent: a second act of the same person ("… hit Reply All … and sent it") adds nothing.
    if (hits.some((h) => h.person?.head === person.head)) continue;
    // "unplugged the faulty router to stop the broadcast storm": a step taken on purpose against the incident.
    if (isMitigation(s) && !hasAccident()) continue;
    // "The engineer did not delete the production database", "never bypassed review": the act denied.
    if (negatedBefore(s, v, 2)) continue;
    if (harmFrame(s, person, v, last, end)) hits.push({ first: person.first, last, subjectLast: person.last, person, harm: true });
  }
  return hits;
}


const BE_PASTS = new Set(['was', 'were', 'been']);

const CHARGES = CHARGE_FRAMES.map(phraseWords);
/**
 * The verb whose subject is charged with, found guilty of or admits the failure that starts at
 * `i` ("was accused of failing", "was found guilty of failing", "admitted (to) failing"), or -1.
 * Not when the charge is denied ("was not found guilty of", "denied failing").
 */
function chargeBefore(s: Sent, i: number): number {
  const t = s.toks;
  for (const c of CHARGES) {
    const at = i - c.length;
    if (at < 0 || !matchesAt(s, at, c) || punctBefore(s, at + 1)) continue;
    // "found guilty of": the verb is "found".
    let v = t[at - 1]?.norm === 'found' ? at - 1 : at;
    if (negatedBefore(s, v)) return -1;
    // "Pendleton, who was the second checker, was accused of …": from the first auxiliary, so that
    // the subject is found past a relative clause between commas.
    while (v > 0 && (AUXILIARIES.has(t[v - 1].norm) || isAdverb(t[v - 1])) && !punctBefore(s, v)) v--;
    return v;
  }
  return -1;
}

/** Stems of the verbs that find or mend a bad thing ("removed" and "removing" share "remov"). */
const MENDING_STEMS = new Set([...REMEDY_VERBS, ...NOT_HARM_VERBS, 'tested', 'reviewed'].map((v) => v.replace(/ed$/, '')));



/**
 * Any verb after "failed to" (a failure by definition: "failed to comply", "failed to copy the
 * code"), and after "did not" unless the verb is a state that happens to people ("did not know",
 * "did not receive") or a reason follows ("did not roll back because the error rate was falling":
 * a decision explained). ACTION_VERBS are the common ones, reported even with a reason (§2.3).
 */
function omittedAct(s: Sent, i: number, v: number): boolean {
  const w = s.toks[v].norm;
  if (!/^[a-z][a-z-]+$/.test(w) || isNegationWord(w)) return false;
  // "Did I want to rebuild it? I didn't, but …": the verb is left out (an answer), so no act is named.
  if (/[,;:.!?]/.test(gapBefore(s, v)) || COORDINATING.has(w)) return false;
  if (s.toks[i].norm === 'failed') return true;
  // "did not take into account" is "did not consider" (an ACTION_VERB: reported even with a reason).
  if (w === 'take' && s.toks[v + 1]?.norm === 'into' && s.toks[v + 2]?.norm === 'account') return true;
  // "I didn't think to back everything up": "did not think to" is "forgot to".
  if (w === 'think' && s.toks[v + 1]?.norm === 'to') return ACTION_VERBS.includes(s.toks[v + 2]?.norm ?? '');
  if (NOT_OMISSIONS.includes(w)) return false;
  // "An intern did not mess up", "did not forget": a failure denied, not an act left undone.
  if (VERBS.some((f) => f.words.length <= 2 && pastOfAny(w).includes(f.words[0]) && f.words.slice(1).every((x, k) => s.toks[v + 1 + k]?.norm === x))) return false;
  // "We didn't do it, but we'll fix it": a denial ("didn't do anything" is still inaction).
  if (w === 'do' && ['it', 'this', 'that'].includes(s.toks[v + 1]?.norm ?? '')) return false;
  // "It's not in the distribution, so I didn't install it": the reason comes first.
  if (s.toks.slice(Math.max(0, i - 3), i).some((x) => CONSEQUENCE_WORDS.includes(x.norm))) return false;
  // "while we did not use this subdomain specifically, …": a concession, background to the main clause.
  if (s.toks.slice(Math.max(0, i - 4), i).some((x) => ['while', 'although', 'though', 'whereas'].includes(x.norm))) return false;
  // "As EMS agreed to implement a blocklist, we did not pursue deportalling": a reason clause opens the sentence.
  if (['as', 'because', 'since', 'given'].includes(s.toks[0]?.norm ?? '') && i > 1 && s.toks.slice(1, i).some((_, q) => /,/.test(gapBefore(s, 1 + q)))) return false;
  return !s.toks.slice(v + 1).some((x) => REASON_WORDS.includes(x.norm));
}
const REASON_WORDS = ['because', 'since', 'as', 'given', 'until', 'unless', 'instead'];
/** Words that make the clause before them the reason: "…, so we didn't deploy". */
const CONSEQUENCE_WORDS = ['so', 'therefore', 'thus', 'hence'];
const COORDINATING = new Set(['and', 'or', 'but', 'yet', 'so', 'then']);
const isNegationWord = (w: string) => ['not', 'no', 'never'].includes(w);

/** The head noun of the object after token `v` ("the weekly error budget" → "budget"). */
function objectHead(s: Sent, v: number): string {
  let k = v + 1;
  while (k < s.toks.length && !punctBefore(s, k) && !['by', 'for', 'on', 'in', 'at', 'because', 'and', 'during', 'when', 'while', 'after', 'before', 'of'].includes(s.toks[k].norm)) k++;
  return s.toks[k - 1] && k - 1 > v ? s.toks[k - 1].norm : '';
}

function withParticle(s: Sent, v: number): number {
  const base = s.toks[v].norm;
  if (['take', 'took', 'taken'].includes(base) && s.toks[v + 1]?.norm === 'into' && s.toks[v + 2]?.norm === 'account') return v + 2;
  const forms = Object.entries(PARTICLES).find(([b]) => b === base || pastOf(b).includes(base));
  if (forms && s.toks[v + 1] && forms[1].includes(s.toks[v + 1].norm)) return v + 1;
  return v;
}

/** A "because / since" clause after the verb whose subject is not a person. */
function reasonIsThing(s: Sent, from: number, people: Gazetteer): boolean {
  const t = s.toks;
  for (let k = from + 1; k < t.length; k++) {
    if (!['because', 'since'].includes(t[k].norm)) continue;
    // the subject of the reason clause: up to its first verb
    for (let j = k + 1; j < Math.min(t.length, k + 8); j++) {
      if (['was', 'were', 'is', 'had', 'did', 'has'].includes(t[j].norm) || /ed$/.test(t[j].norm)) {
        const sub = subjectOf(s, j, people);
        return sub.head !== undefined && !sub.person && !personWord(s, sub.head, people);
      }
    }
    return false;
  }
  return false;
}

/** "did not escalate until / in time / sooner": measured against hindsight, counterfactual's shape. */
function tooLate(s: Sent, v: number): boolean {
  return s.toks.slice(v + 1).some((_, k) => LATE.some((w) => matchesAt(s, v + 1 + k, w)));
}

/** `perception-with-cause`: "did not receive the page because the phone had no signal". */
function perceptionWithReason(s: Sent, v: number): boolean {
  if (!PERCEPTION.includes(s.toks[v].norm)) return false;
  return s.toks.slice(v + 1).some((x) => REASONS.includes(x.norm));
}

/** What someone believed or was told at the time, given as the reason for what they did not do. */
const BELIEF_VERBS = ['believed', 'thought', 'assumed', 'expected', 'understood', 'told', 'informed', 'advised'];

/**
 * Local rationality: "They did not monitor the filling closely because they believed the tank had
 * plenty of capacity" explains the omission by what made sense at the time, as the review should
 * (the belief may be a pronoun's: "because they believed", "since she had been told").
 */
function beliefAsReason(s: Sent, v: number): boolean {
  const t = s.toks;
  const r = t.findIndex((x, k) => k > v && REASONS.includes(x.norm));
  if (r > 0 && t.slice(r + 1, r + 5).some((x) => BELIEF_VERBS.includes(x.norm))) return true;
  // The reason may open the sentence: "Because the change was judged low risk, we did not run the
  // full suite" gives the assessment made at the time before the omission it explains.
  if (!['because', 'since'].includes(t[0]?.norm ?? '')) return false;
  const comma = t.findIndex((_, k) => k > 1 && k < v && /,/.test(gapBefore(s, k)));
  return comma > 0 && t.slice(1, comma).some((x) => BELIEF_VERBS.includes(x.norm) || ASSESSED.includes(x.norm));
}
/** How a risk or a change was assessed at the time: "deemed low risk", "considered safe". */
const ASSESSED = ['deemed', 'considered', 'judged', 'rated', 'classified', 'seemed', 'appeared'];

/**
 * A negated act denied by the people themselves: "These users claimed that they had not done so
 * themselves", "Users stated they had not enrolled in 2FA themselves". The writer reports a claim
 * of innocence (or of someone else's hand), not a failure. An admission ("admitted he had not
 * checked") and a claim of an act ("claimed that he caused the outage") stay.
 */
function reportedDenial(s: Sent, person: PersonRef, last: number): boolean {
  const t = s.toks;
  if (!t.slice(person.last + 1, last + 1).some((x) => isNegation(x))) return false;
  let k = person.first - 1;
  if (t[k]?.norm === 'that') k--;
  if (CLAIM_VERBS.includes(t[k]?.norm ?? '') && !punctBefore(s, k + 1)) return true;
  // The reflexive in the negated act's own clause ("… and merged it themselves" is another act).
  for (let j = last + 1; j < t.length && !/[,;:]/.test(gapBefore(s, j)) && !['and', 'but', 'or', 'then', 'which', 'because'].includes(t[j].norm); j++) {
    if (REFLEXIVES.includes(t[j].norm)) return true;
  }
  return false;
}

/**
 * "We did not observe a higher-than-normal rate of requests", "did not find any evidence of …": a
 * search that found nothing out of the ordinary, not a missed signal ("did not notice the alert").
 */
function absenceFound(s: Sent, v: number): boolean {
  const t = s.toks;
  if (!['observe', 'see', 'find', 'detect', 'identify', 'notice', 'record', 'measure'].includes(t[v].norm)) return false;
  if (!['a', 'an', 'any'].includes(t[v + 1]?.norm ?? '')) return false;
  return t.slice(v + 2, v + 5).some((x) => ANOMALIES.includes(x.norm) || /^(?:higher|lower|greater|more|less)-than-/.test(x.norm));
}

/** An organisational unit that owes duties: "Nursing Services", "the governing body", "the hospital". */
function orgUnit(s: Sent, head: number): boolean {
  const t = s.toks[head];
  if (SYSTEM_NOUNS.includes(t.norm)) return false;
  // "services" is a unit only as a name ("Nursing Services"), never "the services" of a system.
  if (t.norm === 'services') return /^\p{Lu}/u.test(t.value) && /^\p{Lu}/u.test(s.toks[head - 1]?.value ?? '');
  return ORG_NOUNS.includes(t.norm);
}





/** "was / were" at v before a past participle (an adverb between): a passive, not an act of the subject. */
function passiveCopula(s: Sent, v: number): boolean {
  const t = s.toks;
  if (!['was', 'were'].includes(t[v].norm)) return false;
  const k = t[v + 1] && isAdverb(t[v + 1]) ? v + 2 : v + 1;
  return !!t[k] && isPastParticiple(t[k].norm) && t[k].norm !== 'being';
}

/** The person agent of a passive act at `p` ("was given … by nurses") whose clause names a wrong target or an accident. */
function passiveMistake(s: Sent, p: number, people: Gazetteer): PersonRef | undefined {
  const t = s.toks;
  const end = clauseEnd(s, p);
  let agent: PersonRef | undefined;
  for (let k = p + 1; k <= end && !agent; k++) {
    if (t[k].norm !== 'by') continue;
    for (let j = k + 1; j <= Math.min(end, k + 4); j++) {
      const ref = personAt(s, j, people);
      if (ref && !ref.possessive && ref.kind !== 'first-person') {
        agent = { ...ref, first: Math.max(ref.first, k + 1) };
        break;
      }
    }
  }
  if (!agent) return undefined;
  let from = p - 1;
  while (from > 0 && !CLAUSE_STOPS.has(t[from - 1].norm) && !/[;:]/.test(gapBefore(s, from))) from--;
  for (let k = from; k < agent.first; k++) {
    if (['wrong', 'incorrect'].includes(t[k].norm) && ['the', 'a', 'an'].includes(t[k - 1]?.norm ?? '')) return agent;
    if (ACCIDENTS.some((a) => matchesAt(s, k, a))) return agent;
  }
  return undefined;
}

/**
 * "Nobody noticed the alert", "no other technician checked", "none of the reviewers tested it": an
 * action verb (§2.3) whose subject is nobody among the people who could have acted. The failure
 * verbs with these subjects are denials ("no one ignored the page") and stay unflagged; a
 * perception with a reason ("nobody noticed because the alert went to an old channel") states a
 * system cause; "nobody checked until …" is counterfactual's.
 */
export function findCollectiveOmissions(s: Sent, people: Gazetteer): FailureHit[] {
  const t = s.toks;
  const hits: FailureHit[] = [];
  for (let i = 0; i < t.length; i++) {
    let head = -1;
    if (['nobody', 'no-one'].includes(t[i].norm)) head = i;
    else if (t[i].norm === 'no' && t[i + 1]?.norm === 'one') head = i + 1;
    // "None of us noticed": everyone who could have acted, the writers included.
    else if (t[i].norm === 'none' && t[i + 1]?.norm === 'of' && ['us', 'them'].includes(t[i + 2]?.norm ?? '')) head = i + 2;
    else if (t[i].norm === 'no' || (t[i].norm === 'none' && t[i + 1]?.norm === 'of')) {
      // "no other technician", "none of the reviewers": a role or team within three words.
      for (let j = i + 1; j <= Math.min(t.length - 1, i + 3); j++) {
        if (punctBefore(s, j)) break;
        const kind = personWord(s, j, people);
        if (kind === 'role' || kind === 'team') {
          head = j;
          break;
        }
      }
    }
    if (head < 0) continue;
    let v = head + 1;
    // ("Nobody had checked the obvious things": the past perfect is the same omission.)
    while (v < t.length && ['ever', 'even', 'actually', 'really', 'then', 'else', 'also', 'had'].includes(t[v].norm)) v++;
    if (!t[v] || (v > head + 1 && punctBefore(s, v)) || punctBefore(s, head + 1)) continue;
    const base = ACTION_VERBS.find((a) => pastOf(a).includes(t[v].norm));
    if (!base || base === 'bother') continue;
    // "if nobody checked", "whether anyone …": a hypothetical.
    if (['if', 'unless', 'whether'].includes(t[i - 1]?.norm ?? '') || isMetaBlameless(s, i)) continue;
    if (PERCEPTION.includes(base) && t.slice(v + 1).some((x) => REASONS.includes(x.norm))) continue;
    // "nobody was watching their PRs, so nobody noticed": the reason comes first (perception-with-cause).
    if (PERCEPTION.includes(base) && ['so', 'therefore', 'thus', 'hence'].includes(t[i - 1]?.norm ?? '')) continue;
    // "a version mismatch no one noticed": a reduced relative on a thing describes a latent condition
    // ("an unnoticed mismatch"), not people's omission (acts like "playbooks no one followed" still count).
    // A verification left undone is the same latent condition: "a combination nobody had validated"
    // is an untested combination (labelling policy: nobody in a relative clause about an artifact).
    const relative = i > 0 && !punctBefore(s, i) && !COORDINATING.has(t[i - 1].norm) && !personWord(s, i - 1, people) && !['that', 'and', 'but', 'so', 'yet', 'because', 'as', 'since', 'when', 'where'].includes(t[i - 1].norm);
    if (relative && ['notice', 'see', 'spot', 'catch', 'look', 'flag', 'consider', ...VERIFICATION].includes(base)) continue;
    if (tooLate(s, v)) continue;
    hits.push({ first: i, last: withParticle(s, v), subjectLast: head, person: { kind: t[head].norm === 'us' ? 'first-person' : 'quantifier', first: i, last: head, head, possessive: false }, collective: true });
  }
  return hits;
}

/** Verbs of verifying a thing: left undone by nobody in a relative clause, they describe it as unverified. */
const VERIFICATION = ['validate', 'test', 'verify', 'check', 'review'];

/** "blame lies with", "the blame rests on", "blame falls on": blame placed on whoever follows. */
const BLAME_PLACED = ['lies', 'lay', 'rests', 'rested', 'falls', 'fell', 'belongs', 'belonged', 'sits', 'sat', 'lie', 'rest', 'fall'];
/** Work about a failure that a person or team owns: "responsible for the outage review". */
const OWNED_PROCESSES = ['review', 'reviews', 'response', 'report', 'reports', 'process', 'retro', 'retrospective', 'postmortem', 'post-mortem', 'analysis', 'doc', 'document', 'handling', 'management', 'communication', 'communications', 'investigation', 'follow-up', 'follow-ups', 'ticket', 'tickets', 'budget', 'rotation', 'drill', 'drills', 'tooling', 'detection', 'prevention', 'recovery', 'reporting', 'triage', 'runbook', 'runbooks', 'command', 'commander', 'coordination', 'channel', 'bridge', 'playbook', 'playbooks', 'data', 'metrics', 'dashboard', 'dashboards', 'tracking'];
/** Duties a person can own: "it was the engineer's responsibility / job / duty". */
const DUTY_NOUNS = ['responsibility', 'job', 'duty', 'task', 'call'];

/**
 * Responsibility attributed to a person (issue 11): "some blame lies with the firefighters", "the
 * blame rests with the DBA", "the engineer responsible for the outage / for the train that
 * exploded" (a failure as the object; "the team responsible for the API" owns a thing), and "… were not set on this train and it was the engineer's
 * responsibility" (a duty owned by a person, after an omission in the same sentence). "No blame
 * lies with …", blame placed on a process ("lies with the rollout process") and a duty stated as
 * the process ("It is the on-call's job to acknowledge pages") are not flagged.
 */
export function findAttributions(s: Sent, people: Gazetteer): FailureHit[] {
  const t = s.toks;
  const hits: FailureHit[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i].norm === 'blame' && BLAME_PLACED.includes(t[i + 1]?.norm ?? '') && ['with', 'on', 'to', 'upon'].includes(t[i + 2]?.norm ?? '')) {
      if (['no', 'not', 'nor', 'without'].includes(t[i - 1]?.norm ?? '') || isMetaBlameless(s, i)) continue;
      if (['if', 'whether', 'where'].includes(t[i - 1]?.norm ?? '') || ['if', 'whether', 'where'].includes(t[i - 2]?.norm ?? '')) continue;
      // The first noun phrase after the preposition: a person-like head within four words.
      for (let k = i + 3; k < Math.min(t.length, i + 7); k++) {
        if (punctBefore(s, k) && k > i + 3) break;
        let ref = personAt(s, k, people);
        if (ref && ref.kind !== 'first-person') {
          // "the on-call engineer": the phrase runs to its last person word.
          while (k + 1 < t.length && !punctBefore(s, k + 1) && personWord(s, k + 1, people)) ref = personAt(s, ++k, people)!;
          let first = i;
          while (first > 0 && ['some', 'the', 'much', 'most', 'all', 'part', 'of', 'partial', 'ultimate', 'primary'].includes(t[first - 1].norm) && !punctBefore(s, first)) first--;
          hits.push({ first, last: k, subjectLast: k, person: ref, attributed: true });
          break;
        }
        if (['process', 'system', 'systems', 'design', 'tooling', 'process', 'organisation', 'organization', 'management'].includes(t[k].norm)) break;
      }
    }
    // "the engineer responsible for the outage", "the rail engineer responsible for the train that
    // exploded": a person made responsible for a failure (not "the team responsible for the API").
    if (t[i].norm === 'responsible' && t[i + 1]?.norm === 'for' && !isNegation(t[i - 1] ?? t[i]) && t[i - 1]?.norm !== 'not') {
      const ref = personAt(s, i - 1, people) ?? subjectOf(s, i, people).person;
      if (!ref || ref.possessive || ref.kind === 'first-person' || isMetaBlameless(s, ref.first)) continue;
      if (['nobody', 'no-one', 'none', 'one'].includes(t[ref.head].norm)) continue;
      if (['will', 'shall', 'should', 'must', 'be'].some((w) => t.slice(ref.last + 1, i).some((x) => x.norm === w))) continue;
      let o = i + 2;
      while (o < t.length && ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'their', 'its', 'his', 'her', 'whole', 'entire', 'global', 'major', 'recent', 'last', 'big'].includes(t[o].norm)) o++;
      const failure = (k: number) => !!t[k] && FAILURES.has(t[k].norm);
      const relative = ['that', 'which'].includes(t[o + 1]?.norm ?? '') ? o + 2 : -1;
      // "the outage" as the head, not as a modifier ("responsible for the outage review" owns a process).
      const head = failure(o) && (punctBefore(s, o + 1) || !OWNED_PROCESSES.includes(t[o + 1]?.norm ?? ''));
      if (head || (relative > 0 && (failure(relative) || failure(relative + 1)))) {
        hits.push({ first: ref.first, last: relative > 0 && !head ? (failure(relative) ? relative : relative + 1) : o, subjectLast: ref.last, person: ref, attributed: true });
      }
    }
    // "… and it was the engineer's responsibility": a past duty owned by a person, after an omission.
    if (t[i].norm === 'it' && t[i + 1]?.norm === 'was' && i > 0) {
      const owner = t[i + 2]?.norm === 'the' ? i + 3 : i + 2;
      const ref = personAt(s, owner, people);
      if (!ref || !ref.possessive || ref.kind === 'first-person' || !DUTY_NOUNS.includes(t[owner + 1]?.norm ?? '')) continue;
      const omission = t.slice(0, i).some((x) => isNegation(x) || x.norm === 'never' || FAILURES.has(x.norm));
      if (omission && !isMetaBlameless(s, i)) hits.push({ first: i, last: owner + 1, subjectLast: owner, person: ref, attributed: true });
    }
  }
  return hits;
}

const DECISION_VERBS = ['decided', 'chose', 'elected', 'opted'];
/** Causatives whose object is a person acting, not a change's scope: "let everyone sleep", "have everyone rest". */
const CAUSATIVE_BASES = new Set(['let', 'have', 'help', 'make']);
/** Checks a decision can drop: "decided they didn't need to test", "chose not to wait for CI". */
const CHECK_BASES = ['test', 'check', 'double-check', 'verify', 'validate', 'review', 'wait', 'stage', 'canary', 'monitor', 'backup', 'back', 'read', 'ask', 'tell', 'inform', 'notify', 'consult', 'confirm'];
/** A scope that makes a change risky in itself: "decided to do a global deployment". */
const RISK_SCOPES = ['global', 'globally', 'worldwide', 'everywhere', 'fleet-wide', 'fleetwide', 'everyone', 'all at once', 'at once', 'all regions', 'every region', 'all users', 'all customers', 'all servers', 'every server', 'in one go', 'in one shot', 'big bang', 'big-bang'].map(phraseWords);
/** Decisions that reduce harm, whatever their scope ("decided to roll back globally"). */
const MITIGATION_BASES = ['roll', 'revert', 'restore', 'pause', 'halt', 'stop', 'disable', 'drain', 'fail', 'page', 'notify', 'alert', 'escalate', 'evacuate', 'block', 'freeze', 'rollback', 'undo', 'abort', 'cancel'];

/**
 * A person's decision to take a risky act (issue 11): "the employee decided to do a global
 * deployment" (a risky scope in the act), "X chose to deploy without a canary" (the harmful-act
 * frames on the infinitive), "decided that they don't need to test", "decided not to wait for CI"
 * (a check decided away), and "the outage happened because someone decided …" (the decision given
 * as the cause). Decisions to mitigate ("decided to roll back everywhere"), decisions with their
 * reason given ("decided not to wait because …") and decisions per the process are not flagged.
 */
export function findRiskyDecisions(s: Sent, people: Gazetteer): FailureHit[] {
  const t = s.toks;
  const hits: FailureHit[] = [];
  for (let i = 1; i < t.length; i++) {
    if (!DECISION_VERBS.includes(t[i].norm)) continue;
    let person = subjectOf(s, i, people).person;
    // "types who decided that they don't need to test": the person inside the decision stands in for "who".
    const inner = t[i - 1].norm === 'who' ? personAt(s, t[i + 1]?.norm === 'that' ? i + 2 : i + 1, people) : undefined;
    if (!person && inner && !inner.possessive && inner.kind !== 'first-person') person = { ...inner, first: i - 1, last: i - 1, head: i - 1 };
    if (!person || person.possessive || isMetaBlameless(s, person.first)) continue;
    if (['if', 'unless', 'whether'].includes(t[person.first - 1]?.norm ?? '')) continue;
    if (t.some((_, k) => PER_PROCESS.some((w) => matchesAt(s, k, w)) || INTENDED.some((w) => matchesAt(s, k, w)))) continue;
    const reason = t.slice(i + 1).some((x) => REASON_WORDS.includes(x.norm));
    const hit = (last: number) => hits.push({ first: person.first, last, subjectLast: person.last, person, harm: true });
    let a = i + 1;
    // "decided not to test", "decided against testing", "decided (that) they didn't need to test".
    let dropped = -1;
    if (t[a]?.norm === 'not' && t[a + 1]?.norm === 'to') dropped = a + 2;
    else if (t[a]?.norm === 'against' && /ing$/.test(t[a + 1]?.norm ?? '')) dropped = a + 1;
    else {
      let k = t[a]?.norm === 'that' ? a + 1 : a;
      if (personWord(s, k, people)) {
        k++;
        if (["don't", "didn't", "doesn't", "wouldn't"].includes(t[k]?.norm ?? '')) k++;
        else if (['do', 'did', 'does', 'would'].includes(t[k]?.norm ?? '') && t[k + 1]?.norm === 'not') k += 2;
        else k = -1;
        if (k > 0 && ['need', 'have'].includes(t[k]?.norm ?? '') && t[k + 1]?.norm === 'to') dropped = k + 2;
      }
    }
    if (dropped > 0 && t[dropped]) {
      const base = t[dropped].norm.replace(/ing$/, '');
      if (!reason && (CHECK_BASES.includes(base) || CHECK_BASES.includes(`${base}e`))) hit(dropped);
      continue;
    }
    if (t[a]?.norm === 'to') {
      a++;
      while (a < t.length && isAdverb(t[a])) a++;
      if (!t[a] || MITIGATION_BASES.includes(t[a].norm)) continue;
      const end = clauseEnd(s, a);
      const last = ACT_PARTICLES.has(t[a + 1]?.norm ?? '') && !punctBefore(s, a + 1) ? a + 1 : a;
      // The scope of the act, not the subject of another clause ("… and everyone was happy again").
      // ("decided to let everyone get a good night's sleep": the people after a causative are the
      // ones let or made to act, not the scope of a change.)
      const risky = t.some((_, k) => k > a && k <= end && !CAUSATIVE_BASES.has(t[k - 1].norm) && RISK_SCOPES.some((r) => matchesAt(s, k, r) && !['was', 'were', 'is', 'are', 'had', 'has'].includes(t[k + r.length]?.norm ?? '')));
      // ("decided to finish this up and post it anyway": going ahead makes harm of an operational
      // act, or of going ahead itself, not of writing a post.)
      if (risky || (operationalBase(t[a].norm) && harmFrame(s, person, a, last, end))) hit(last);
      continue;
    }
    // "… collapsed because someone decided DynamoDB should be …": the decision given as the cause.
    if (harmFrame(s, person, i, i, clauseEnd(s, i))) hit(i);
  }
  return hits;
}

/** Whether a base form is an operational act ("deploy", "run", "wipe") or going ahead ("proceed"). */
function operationalBase(base: string): boolean {
  if (GO_AHEAD.has(base) || regularAct(base) || (/[^aeiou]y$/.test(base) && regularAct(`${base.slice(0, -1)}i`))) return true;
  // Irregular pasts: the present forms' table ("runs" → "ran"), and a few it lacks.
  return ACTS.has(PRESENT_IRREGULAR[`${base}s`] ?? BASE_ONLY_PASTS[base] ?? '');
}
const GO_AHEAD = new Set(['proceed', 'continue', 'go', 'carry', 'press', 'push', 'ignore', 'override', 'skip', 'bypass']);
const BASE_ONLY_PASTS: Record<string, string> = { fly: 'flew', dig: 'dug', speed: 'sped', override: 'overrode' };

/** Sentence adverbs that are glad an act was not done: "luckily I didn't delete the app". */
const LUCKILY = new Set(['luckily', 'fortunately', 'thankfully', 'happily']);
/** Verbs that report what a claim implies: "… implies that she caused the death". */
const IMPLICATION_VERBS = new Set(['implies', 'implied', 'implying', 'imply', 'insinuates', 'insinuated', 'presumes', 'presumed']);
/** Words of frequency that make "made mistakes" a habit over time. */
const FREQUENCY_WORDS = new Set(['times', 'sometimes', 'often', 'occasionally', 'regularly', 'frequently', 'constantly']);

/** Verbs whose object is wrecked by the act itself: "derailed the train", "crashed it", "sank the ship". */
const WRECK_VERBS = ['crashed', 'derailed', 'wrecked', 'sank', 'capsized', 'totalled', 'totaled', 'grounded'];
/** "took down the platform", "brought down production": a harm verb with a particle, on a whole service. */
const DOWN_VERBS = ['took', 'brought', 'knocked'];
const WHOLE_SERVICES = ['platform', 'site', 'website', 'service', 'services', 'production', 'prod', 'network', 'internet', 'cluster', 'system', 'systems', 'database', 'app', 'api', 'grid', 'plant'];

/**
 * A person as the direct agent of a harm verb (issue 11): "the engineer who derailed an Amtrak
 * train", "the driver of the train, who crashed it", "who … took down the platform". Things doing
 * the same ("the deploy crashed the API") have no person subject; a planned act ("took down the
 * node for maintenance", "as planned") is not a harm; "grounded" needs a vessel ("grounded the
 * flights" is a decision).
 */
export function findHarmAgents(s: Sent, people: Gazetteer): FailureHit[] {
  const t = s.toks;
  const hits: FailureHit[] = [];
  // Looked up once, and only when a wreck verb is found (most sentences have none).
  let plannedAct: boolean | undefined;
  const planned = () => (plannedAct ??= t.some((x, k) => x.norm === 'maintenance' || PER_PROCESS.some((w) => matchesAt(s, k, w)) || INTENDED.some((w) => matchesAt(s, k, w))));
  for (let v = 1; v < t.length; v++) {
    let last = -1;
    const w = t[v].norm;
    if (!WRECK_VERBS.includes(w) && !DOWN_VERBS.includes(w)) continue;
    if (planned()) return hits;
    if (WRECK_VERBS.includes(w)) {
      // The object follows directly ("crashed it", "derailed an Amtrak train"), not "crashed into".
      let o = v + 1;
      while (o < t.length && ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'it'].includes(t[o].norm) && t[o].norm !== 'it') o++;
      if (!t[o] || punctBefore(s, o) || PREPOSITIONS_AFTER.includes(t[o].norm)) continue;
      if (w === 'grounded' && !['ship', 'vessel', 'boat', 'tanker'].some((x) => t.slice(v + 1, v + 5).some((y) => y.norm === x))) continue;
      last = v;
    } else if (DOWN_VERBS.includes(w) && ['down', 'out'].includes(t[v + 1]?.norm ?? '')) {
      if (!t.slice(v + 2, v + 6).some((x) => WHOLE_SERVICES.includes(x.norm))) continue;
      last = v + 1;
    } else continue;
    if (['was', 'were', 'been', 'be', 'being', 'is', 'are', 'the', 'a', 'an'].includes(t[v - 1].norm)) continue;
    const person = subjectOf(s, v, people).person ?? relativeAntecedent(s, v, people);
    if (!person || person.possessive || person.kind === 'first-person' || isMetaBlameless(s, person.first)) continue;
    if (['if', 'unless', 'whether'].includes(t[person.first - 1]?.norm ?? '')) continue;
    if (negatedBefore(s, v)) continue;
    hits.push({ first: person.first, last, subjectLast: person.last, person, harm: true });
  }
  return hits;
}
const PREPOSITIONS_AFTER = ['into', 'on', 'in', 'at', 'during', 'after', 'before', 'when', 'while', 'because', 'and', 'twice', 'again', 'repeatedly'];

/** Verbs of a verdict before "guilty": "found guilty of", "pleaded guilty to". */
const VERDICT_VERBS = ['found', 'pleaded', 'pled', 'judged', 'adjudged', 'declared'];
/** What a suspected thing does: a suspected thing is a cause, not a person's act. */
const THING_EFFECT_GERUNDS = ['causing', 'contributing', 'triggering', 'leading', 'resulting', 'leaking', 'corrupting', 'dropping', 'blocking', 'slowing', 'affecting', 'breaking', 'crashing', 'failing', 'returning', 'producing', 'generating', 'consuming'];
/** Accusation verbs: "{person} was accused of abandoning ship", "a nurse charged with …". */
const ACCUSED = ['accused', 'charged', 'convicted', 'indicted', 'sued', 'prosecuted', 'disciplined', 'sanctioned', 'faulted', 'criticised', 'criticized'];

/**
 * A person reported as accused of a harmful act (issue 11): "Schettino was accused by
 * prosecutors of abandoning ship", "a former nurse accused of killing a patient", "the driver was
 * charged with …". Only people are accused, so an unknown capitalised subject counts (like
 * "forgot"). "accused of nothing", "cleared of", "not accused" and first person are left alone.
 */
export function findAccusations(s: Sent, people: Gazetteer): FailureHit[] {
  const t = s.toks;
  const hits: FailureHit[] = [];
  for (let at = 1; at < t.length; at++) {
    const suspected = t[at].norm === 'suspected';
    // "found guilty of", "pleaded guilty to", "was guilty of": the verdict word carries the charge;
    // its subject is found from the verb before it.
    const guilty = t[at].norm === 'guilty';
    if (!ACCUSED.includes(t[at].norm) && !suspected && !guilty) continue;
    const v = guilty && VERDICT_VERBS.includes(t[at - 1]?.norm ?? '') ? at - 1 : at;
    if (v < 1) continue;
    // "accused (by prosecutors) of abandoning", "charged with killing".
    let k = at + 1;
    if (guilty && t[k]?.norm === 'to') {
      if (!/^[a-z-]{3,}ing$/.test(t[k + 1]?.norm ?? '')) continue;
    } else if (suspected && t[k]?.norm !== 'of') continue;
    if (t[k]?.norm === 'by') while (k < Math.min(t.length, at + 6) && !['of', 'with', 'for'].includes(t[k].norm)) k++;
    if (!['of', 'with', 'for', ...(guilty ? ['to'] : [])].includes(t[k]?.norm ?? '')) continue;
    const act = t[k + 1]?.norm === 'not' ? k + 2 : k + 1;
    if (!t[act] || !/^[a-z-]{3,}ing$/.test(t[act].norm) || STATE_GERUNDS.includes(t[act].norm)) continue;
    if (negatedBefore(s, v)) continue;
    const sub = subjectOf(s, v, people);
    let person = sub.person;
    // "a former Vanderbilt nurse accused of …": the participle right after its noun phrase.
    if (!person && !['was', 'were', 'been', 'is', 'are', 'be', 'being', 'got'].includes(t[v - 1].norm)) person = personAt(s, v - 1, people);
    // (Things are suspected too, "Envoy is suspected of causing the leak": a capitalised name counts
    // as a person there only with an act a thing does not do.)
    if (!person && sub.head !== undefined && sub.head === sub.first && CAPITALISED_WORD.test(t[sub.head].value) && !SYSTEM_NOUNS.includes(t[sub.head].norm) && !(suspected && THING_EFFECT_GERUNDS.includes(t[act].norm))) {
      person = { kind: 'name', first: sub.head, last: sub.head, head: sub.head, possessive: false };
    }
    if (!person || person.possessive || person.kind === 'first-person' || isMetaBlameless(s, person.first)) continue;
    hits.push({ first: person.first, last: act, subjectLast: person.last, person, harm: true });
  }
  // "The pharmacist admitted to a series of dispensing errors", "she confessed the mistake": a
  // person owning a fault by admitting it, the fault noun heading the object (within its noun
  // phrase: no clause or punctuation between). Not "acknowledged", which also answers an alert.
  for (let v = 1; v < t.length; v++) {
    if (!ADMISSIONS.includes(t[v].norm) || negatedBefore(s, v)) continue;
    let fault = -1;
    for (let k = v + 1; k < Math.min(t.length, v + 8); k++) {
      if (punctBefore(s, k) || ['that', 'which', 'who', 'but', 'and', 'because'].includes(t[k].norm)) break;
      // ("admitted fault", like "admitted liability", is taking responsibility, not naming a failure.)
      if (FAULT_NOUNS.includes(t[k].norm) && !['doing', 'fault'].includes(t[k].norm)) { fault = k; break; }
    }
    if (fault < 0 || faultCompound(s, fault)) continue;
    const person = subjectOf(s, v, people).person;
    if (!person || person.possessive || person.kind === 'first-person' || isMetaBlameless(s, person.first)) continue;
    hits.push({ first: person.first, last: fault, subjectLast: person.last, person, harm: true });
  }
  return hits;
}
/** Verbs of owning a fault by saying so. */
const ADMISSIONS = ['admitted', 'admits', 'admit', 'confessed', 'confesses'];

/** Irregular pasts of SYSTEM_INTRANSITIVES, from the base form. */
const SYSTEM_PASTS: Record<string, string> = { run: 'ran', come: 'came', go: 'went', build: 'built' };
/** Verbs a system does on its own, which a subjectless fragment may describe ("Started without a config file"). */
const SYSTEM_INTRANSITIVES = ['started', 'restarted', 'ran', 'stopped', 'booted', 'rebooted', 'loaded', 'failed', 'crashed', 'exited', 'returned', 'completed', 'finished', 'succeeded', 'proceeded', 'continued', 'resumed', 'retried', 'recovered', 'came', 'went', 'fired', 'triggered', 'timed', 'errored', 'compiled', 'built', 'synced', 'connected', 'reconnected', 'processed', 'scaled'];
/** What only people are told or expected to do: "Did not obey the 'stand by'", "Failed to follow the checklist". */
const COMPLIANCE_VERBS = ['obey', 'heed', 'follow', 'comply', 'adhere', 'wait', 'read', 'check', 'double-check', 'verify', 'confirm', 'ask', 'inform', 'tell', 'notify', 'consult', 'test', 'review', 'listen'];
/** "Prefix-based", "cloud-related", "user-driven": a noun and a participle made an adjective, not an act. */
const COMPOUND_ADJECTIVE = /-(?:based|related|powered|driven|shaped|sized|oriented|enabled|focused|centred|centered|aligned|backed|bound)$/;
/** Frames that make a plain act a slip when its agent is left out: an omission, a contrast, a disregard, an accident, a wrong target. */
const FRAGMENT_FRAMES = new Set(['without', 'instead', 'rather', 'anyway', 'anyways', 'regardless', 'despite', 'even', 'accidentally', 'mistakenly', 'inadvertently', 'wrong', 'incorrect', 'untested', 'unreviewed', 'unapproved']);

/**
 * A fragment whose agent is left out (issue 11), as in accident summaries and timelines: "Took off
 * without clearance.", "Did not obey the 'stand by for take-off' from the tower." A past act at
 * the start of the sentence needs a slip frame (an omission, a contrast, a disregard, an accident
 * or a wrong target); "did not / didn't / failed to" needs a verb only people are expected to do
 * (obey, follow, wait, check …) and no reason after it. Acts a system does on its own ("Started
 * without a config file", "Failed to connect") are not flagged. A warning: the agent is unknown.
 */
export function findFragments(s: Sent, people: Gazetteer): FailureHit[] {
  const t = s.toks;
  let v = 0;
  while (v < t.length - 1 && isAdverb(t[v]) && !['not', 'never'].includes(t[v].norm) && !punctBefore(s, v + 1)) v++;
  if (!t[v] || !/^\p{Lu}/u.test(t[0].value) || s.question) return [];
  const fragment = (last: number): FailureHit[] => [{ first: 0, last, subjectLast: 0, person: { kind: 'pronoun', first: 0, last: -1, head: 0, possessive: false }, fragment: true, harm: true }];
  const w = t[v].norm;
  // "Did not obey …", "Didn't wait for …", "Failed to follow …"
  let omitted = -1;
  if (w === "didn't") omitted = v + 1;
  else if ((w === 'did' && t[v + 1]?.norm === 'not') || (w === 'failed' && t[v + 1]?.norm === 'to')) omitted = v + 2;
  if (omitted > 0) {
    // "Didn't even build it.": the scalar "even" under the negation names the least step expected,
    // so any act it is said of is an omission.
    let scalar = false;
    while (t[omitted] && ['even', 'ever', 'actually', 'really', 'once'].includes(t[omitted].norm) && !punctBefore(s, omitted)) {
      if (t[omitted].norm === 'even') scalar = true;
      omitted++;
    }
    // ("Didn't even fire.": what a system does on its own, with no object, is no one's omission.)
    const base = t[omitted]?.norm ?? '';
    const systemAct = [SYSTEM_PASTS[base] ?? '', ...pastOf(base)].some((p) => SYSTEM_INTRANSITIVES.includes(p)) && (!t[omitted + 1] || punctBefore(s, omitted + 1));
    if (!t[omitted] || !(COMPLIANCE_VERBS.includes(base) || (scalar && /^[a-z][a-z-]+$/.test(base) && !isPastTense(base) && !systemAct))) return [];
    if (t.slice(omitted + 1).some((x) => REASON_WORDS.includes(x.norm)) || tooLate(s, omitted)) return [];
    return fragment(withParticle(s, omitted));
  }
  // ("Prefix-based WAL deletion accidentally deleted …": a compound adjective opens the sentence.)
  if (!isPastTense(w) || COMPOUND_ADJECTIVE.test(w) || ADJECTIVE_PARTICIPLES.has(w) || IRREGULAR_PARTICIPLE_ONLY.includes(w) || SYSTEM_INTRANSITIVES.includes(w) || DISCOVERY_VERBS.includes(w) || NOT_HARM_VERBS.includes(w) || ['was', 'were', 'had', 'did', 'been'].includes(w)) return [];
  // "Deployed by the pipeline without …": a passive participle, not an act.
  if (t[v + 1]?.norm === 'by') return [];
  if (t.some((_, k) => PER_PROCESS.some((x) => matchesAt(s, k, x)) || INTENDED.some((x) => matchesAt(s, k, x)))) return [];
  // The slip frame belongs to this act: up to "and" ("… initiated and containerd had been set … accidentally" is another clause).
  let end = clauseEnd(s, v);
  const and = t.findIndex((x, k) => k > v && k <= end && x.norm === 'and');
  if (and > 0) end = and - 1;
  // "Scheduled node rollover initiated …": a later verb after a noun makes the first word its modifier.
  if (t.some((x, k) => k > v + 1 && k <= end && isPastTense(x.norm) && !punctBefore(s, k) && !/^(the|a|an|which|that|who|had|has|have|was|were|been|be|is|are|and|or|to)$/.test(t[k - 1].norm) && !isAdverb(t[k - 1]))) return [];
  if (!t.slice(0, end + 1).some((x) => FRAGMENT_FRAMES.has(x.norm))) return [];
  const last = ACT_PARTICLES.has(t[v + 1]?.norm ?? '') && !punctBefore(s, v + 1) ? v + 1 : v;
  const agent: PersonRef = { kind: 'pronoun', first: 0, last: v - 1, head: 0, possessive: false };
  return harmFrame(s, agent, v, last, end) ? fragment(last) : [];
}
/** Participles that are not simple pasts ("Done without review" is a state, not an act). */
const IRREGULAR_PARTICIPLE_ONLY = ['done', 'gone', 'been', 'seen', 'taken', 'given', 'known', 'written', 'shown', 'broken', 'chosen', 'driven', 'flown', 'begun'];

/** Acts that mend or tell: "Instead, the on-call rolled back" is a choice of remedy, not a slip. */
const REMEDY_PASTS = ['rolled', 'reverted', 'restored', 'paged', 'escalated', 'called', 'asked', 'notified', 'alerted', 'fixed', 'patched', 'mitigated', 'failed', 'drained', 'paused', 'halted', 'stopped', 'disabled', 'waited', 'investigated', 'checked', 'verified', 'tested', 'reviewed', 'documented', 'wrote', 'filed', 'opened', 'posted', 'raised', 'flagged', 'reported', 'helped', 'worked', 'focused', 'decided', 'chose', 'used', 'relied', 'switched', 'moved', 'added', 'built', 'created', 'implemented'];

/**
 * "Instead, they taxied onto Runway 26", "They instead went to a different neighborhood": a
 * person's act set against what was expected (issue 11). The contrast word makes the plain act a
 * departure. First person, remedies ("Instead, the on-call rolled back") and "instead of"
 * (harmFrame's contrast) are left alone.
 */
export function findInsteadActs(s: Sent, people: Gazetteer): FailureHit[] {
  const t = s.toks;
  if (s.question) return [];
  for (let i = 0; i < t.length; i++) {
    if (t[i].norm !== 'instead' || t[i + 1]?.norm === 'of') continue;
    let person: PersonRef | undefined;
    let v = -1;
    if (i === 0 || (punctBefore(s, i) && /[;,]/.test(gapBefore(s, i)))) {
      // "Instead(,) they (had) e-mailed the customer": the clause right after the contrast.
      let k = i + 1;
      while (k < t.length && DETERMINER_WORDS.includes(t[k].norm)) k++;
      for (let h = k; h < Math.min(t.length, i + 6); h++) {
        const ref = personAt(s, h, people);
        if (ref && !ref.possessive) {
          person = { ...ref, first: Math.max(ref.first, i + 1) };
          v = h + 1;
          break;
        }
      }
    } else {
      // "They instead went …"
      const ref = personAt(s, i - 1, people);
      if (ref && !ref.possessive) {
        person = ref;
        v = i + 1;
      }
    }
    if (!person || v < 0 || person.kind === 'first-person' || person.kind === 'quantifier' || isMetaBlameless(s, person.first)) continue;
    if (['had', 'then', 'just', 'simply'].includes(t[v]?.norm ?? '')) v++;
    if (!t[v] || !isPastTense(t[v].norm) || ['was', 'were', 'been'].includes(t[v].norm) || REMEDY_PASTS.includes(t[v].norm) || DISCOVERY_VERBS.includes(t[v].norm)) continue;
    // "Instead, administrators attempted to reconstruct the posts": an attempt at recovery.
    if (['attempted', 'tried'].includes(t[v].norm) && t[v + 1]?.norm === 'to' && REPAIR_BASES.includes(t[v + 2]?.norm ?? '')) continue;
    const last = ACT_PARTICLES.has(t[v + 1]?.norm ?? '') && !punctBefore(s, v + 1) ? v + 1 : v;
    return [{ first: Math.min(i, person.first), last, subjectLast: person.last, person, harm: true }];
  }
  return [];
}
const DETERMINER_WORDS = ['the', 'a', 'an', 'our', 'their', 'his', 'her'];
const REPAIR_BASES = ['reconstruct', 'restore', 'recover', 'rebuild', 'repair', 'fix', 'save', 'salvage', 'mitigate', 'rescue', 'retrieve', 'recreate', 'reconcile', 'contain', 'stabilise', 'stabilize'];

/** Present-tense failure verbs of a habit: "they ignore our problems", "they sometimes skip the protocol". */
const HABIT_VERBS = ['ignore', 'ignores', 'skip', 'skips', 'neglect', 'neglects', 'forget', 'forgets', 'overlook', 'overlooks', 'disregard', 'disregards', 'bypass', 'bypasses', 'sidestep', 'sidesteps'];
const HABIT_ADVERBS = ['sometimes', 'often', 'always', 'usually', 'routinely', 'regularly', 'constantly', 'still', 'just', 'simply', 'frequently', 'typically', 'generally', 'also', 'then', 'repeatedly', 'consistently', 'habitually', 'either'];

/**
 * A team's or person's habit of failing, in the present (issue 11): "Either they ignore our
 * problems", "they sometimes skip the universal protocol", "They don't do enough smoke tests".
 * Present failure verbs also state facts about systems, so the subject must be a person or team
 * (not first person, "you", or everyone), and hypotheticals ("if they skip …"), modals ("they may
 * skip"), generic relatives ("Engineers who ignore …"), questions and reasons ("… because the
 * suite takes an hour") are left alone.
 */
export function findHabits(s: Sent, people: Gazetteer): FailureHit[] {
  const t = s.toks;
  if (s.question) return [];
  for (let v = 1; v < t.length; v++) {
    const habit = HABIT_VERBS.includes(t[v].norm);
    // "They don't do enough (or the right kind of) …"
    const tooLittle = ["don't", "doesn't"].includes(t[v].norm) && t[v + 1]?.norm === 'do' && t[v + 2]?.norm === 'enough';
    if (!habit && !tooLittle) continue;
    let k = v - 1;
    while (k > 0 && HABIT_ADVERBS.includes(t[k].norm) && !punctBefore(s, k + 1)) k--;
    if (punctBefore(s, k + 1)) continue;
    const ref = personAt(s, k, people);
    // A pronoun is a whole noun phrase ("Either they ignore …", "that they skip …").
    const person = ref && ref.kind === 'pronoun' ? { ...ref, first: ref.head } : ref;
    if (!person || person.possessive || !['team', 'role', 'pronoun', 'name', 'handle'].includes(person.kind) || ['you', 'him', 'her', 'them'].includes(t[person.head].norm)) continue;
    if (['users', 'user', 'customers', 'customer', 'people', 'humans', 'human', 'person'].includes(t[person.head].norm)) continue;
    const before = t.slice(Math.max(0, person.first - 4), person.first).map((x) => x.norm);
    if (before.some((w) => ['if', 'when', 'whenever', 'unless', 'whether', 'who', 'once', 'until', 'should', 'lest'].includes(w)) || t[person.first - 1]?.norm === 'who') continue;
    if (t[v + 1]?.norm === 'to' || t.slice(v + 1).some((x) => REASON_WORDS.includes(x.norm) || ['so', 'unless', 'if'].includes(x.norm))) continue;
    if (isMetaBlameless(s, person.first)) continue;
    return [{ first: person.first, last: tooLittle ? v + 2 : v, subjectLast: person.last, person }];
  }
  return [];
}

const STATE_AUX = ['was', 'were', 'been', "wasn't", "weren't"];
/** A claim not yet established: "reports that", "allegations that". */
const UNVERIFIED = ['reports', 'allegations', 'claims', 'rumors', 'rumours', 'investigating', 'examining'];
const DENIALS = ['denied', 'denies', 'deny', 'disputed', 'disputes', 'rejected', 'rejects', 'refuted', 'refutes'];

/**
 * A person in a state that breaks a rule or impairs them on duty (issue 11): "the driver was
 * speeding", "was deliberately speeding" (intent makes it worse, so the INTENDED guard does not
 * apply), "the captain had been drinking", "he was drunk". Negated states ("was not speeding"),
 * hypotheticals, questions, claims under investigation and harmless drinks ("was drinking
 * coffee") are left alone. A phone in hand on duty ("was on his phone") counts as texting does.
 */
export function findViolatingStates(s: Sent, people: Gazetteer): FailureHit[] {
  const t = s.toks;
  if (s.question) return [];
  for (let i = 1; i < t.length; i++) {
    // "the driver was on his phone": a phone in hand on duty, as "texting" is.
    const onPhone = t[i].norm === 'on' && ['his', 'her', 'their'].includes(t[i + 1]?.norm ?? '') && PHONES.includes(t[i + 2]?.norm ?? '');
    if (!VIOLATING_STATES.includes(t[i].norm) && !onPhone) continue;
    if (t[i].norm === 'drinking' && HARMLESS_DRINKS.includes(t[i + 1]?.norm ?? '')) continue;
    let a = i - 1;
    while (a > 0 && isAdverb(t[a]) && !punctBefore(s, a + 1)) a--;
    if (!STATE_AUX.includes(t[a].norm) || punctBefore(s, a + 1)) continue;
    if (t.slice(a - 1, i).some((x) => isNegation(x))) continue;
    const person = subjectOf(s, a, people).person;
    if (!person || person.possessive || isMetaBlameless(s, person.first)) continue;
    if (['if', 'unless', 'whether'].includes(t[person.first - 1]?.norm ?? '')) continue;
    // "There's no evidence that he was drunk", "she denied that he was speeding": a denied claim.
    // "is looking into reports that the operator was on her phone": a claim under investigation.
    if (t[person.first - 1]?.norm === 'that' && t.slice(Math.max(0, person.first - 6), person.first - 1).some((x) => isNegation(x) || DENIALS.includes(x.norm) || UNVERIFIED.includes(x.norm))) continue;
    return [{ first: person.first, last: onPhone ? i + 2 : i, subjectLast: person.last, person }];
  }
  return [];
}

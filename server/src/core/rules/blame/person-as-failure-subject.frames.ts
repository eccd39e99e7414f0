// The harm frames of person-as-failure-subject: what makes a person's plain act ("ran", "deployed",
// "merged") a harm rather than a neutral step in the timeline. The rule finds the person and the
// act; these say whether the act's own clause frames it as an accident, a wrong or forbidden
// target, an omitted safeguard, a contrast, a disregarded warning or the cause of a failure.
import type { PersonRef, Sent } from './grammar';
import { AUXILIARIES, DETERMINERS, PREPOSITIONS, matchesAt, punctBefore, isAdverb, gapBefore, isPastTense } from './grammar';
import { phraseWords } from '../../phrases';
import {
  ACCIDENT_WORDS, DISREGARD_ADVERBS, DISREGARD_WORDS, CONTRAST_TARGETS, OMISSION_NOUNS, HARM_RESULT_VERBS, HARM_PARTICLES, FAILURE_CONTEXT,
  WRONG_TARGET_WORDS, REMEDY_NOUNS, ARTICLE_TARGET_WORDS, NOT_HARM_VERBS, REMEDY_VERBS, OMISSION_GERUNDS, WITHOUT_HARMLESS, DOSING_VERBS,
  DESTRUCTIVE_VERBS, CRITICAL_OBJECTS, PHYSICAL_DAMAGE_VERBS, CABLING, SILENCING_VERBS, SAFEGUARDS, OVERRIDE_VERBS, OVERRIDDEN_CONTROLS, REVIEWED_WORK, NON_PROD_ENVS, ENV_BOUND, CARRY_VERBS, SAFE_PATH_LEADS, SKIP_ACTS, EXHAUSTION_VERBS, COMMAND_VERBS, DESTRUCTIVE_COMMANDS, RECOVERY_WORDS, SECRETS, SECRET_REMEDIES, WARNING_NOUNS, DOSE_NORMS, OBSTACLES, OFF_PATHS, MOTION_VERBS,
} from './person-as-failure-subject.phrases';

/** Destructive verbs that, over "all / every / the entire" of something, wreck what they reach. */
const WHOLESALE_VERBS = new Set(['deleted', 'wiped', 'erased', 'destroyed', 'overwrote', 'purged', 'truncated', 'nuked', 'trashed', 'corrupted']);
/** What a team clears out on purpose: "deleted all the stale keys", "purged every expired token". */
const CLEAN_UP_TARGETS = new Set(['stale', 'old', 'unused', 'orphaned', 'orphan', 'expired', 'bad', 'broken', 'corrupt', 'corrupted', 'duplicate', 'duplicated', 'temporary', 'temp', 'test', 'leaked', 'compromised', 'malicious', 'spam', 'stuck', 'dangling', 'outdated', 'obsolete', 'cached', 'cache', 'caches', 'junk', 'invalid', 'fake', 'affected', 'exposed', 'rogue', 'remaining', 'leftover', 'residual', 'pending', 'hung', 'failed', 'failing', 'unhealthy', 'zombie', 'dead']);
/**
 * Words that may follow the noun that heads an act's object ("the fiber run in the street", "the
 * rate limiter on the API"); any other word makes the noun a modifier ("the line count", "the
 * alert rule's threshold", "alert fatigue").
 */
const HEAD_FOLLOWERS = new Set(['run', 'runs', 'out', 'off', 'loose', 'in', 'on', 'at', 'to', 'for', 'near', 'under', 'behind', 'beside', 'while', 'when', 'during', 'and', 'that', 'which', 'with', 'from', 'outside', 'by', 'i', 'again']);

/** The act's object ends at a clause mark, a coordinator or another verb ("cut the zip tie and replaced the cable"). */
function objectEnds(s: Sent, k: number): boolean {
  const w = s.toks[k].norm;
  return (k > 0 && /[,;:]/.test(gapBefore(s, k))) || ['and', 'or', 'then', 'but'].includes(w) || isPastTense(w);
}

export const ACCIDENTS = [...ACCIDENT_WORDS, ...DISREGARD_ADVERBS].map(phraseWords);
/** Whether the sentence has an accident or disregard word anywhere ("accidentally", "anyway"). */
export function hasAccidentWord(s: Sent): boolean {
  return s.toks.some((_, k) => ACCIDENTS.some((a) => matchesAt(s, k, a)));
}

/**
 * An accident word that belongs to the act at `v`: before it ("accidentally ran"), or after it
 * but not inside a relative clause on its object ("reported a bug that can cause writes to be
 * incorrectly removed": the bug's harm, not the reporter's slip).
 */
export function accidentOfAct(s: Sent, v: number): boolean {
  return s.toks.some((_, k) => ACCIDENTS.some((a) => matchesAt(s, k, a)) && (k < v || !s.toks.slice(v + 1, k).some((x) => RELATIVES.has(x.norm))));
}
const RELATIVES = new Set(['that', 'which', 'who', 'whose']);

const DISREGARD = DISREGARD_WORDS.map(phraseWords);

const CONTRASTS = CONTRAST_TARGETS.map(phraseWords);

const OMISSIONS = OMISSION_NOUNS.map(phraseWords);

const HARMS = new Set(HARM_RESULT_VERBS);

export const FAILURES = new Set(FAILURE_CONTEXT);

/** Words that end the clause of an act: what follows has its own subject. */
export const CLAUSE_STOPS = new Set(['because', 'when', 'while', 'after', 'before', 'since', 'although', 'though', 'if', 'unless', 'until', 'so', 'but', 'whereas', 'once']);

/** Particles that belong to an act verb ("shut down", "rolled out", "kicked off"). */
export const ACT_PARTICLES = new Set(['down', 'off', 'out', 'up', 'over', 'in', 'through']);

const OMISSION_SKIP = new Set(['a', 'an', 'the', 'any', 'first', 'proper', 'properly', 'adequate', 'sufficient', 'enough', 'prior', 'formal', 'peer', 'even', 'fully', 'actually']);

/** The last token of the act's clause: before a clause-starting word or ; : — after it. */
export function clauseEnd(s: Sent, v: number): number {
  for (let k = v + 1; k < s.toks.length; k++) {
    // "ran rm -rf … — on the production primary instead of the replica": a dash before a preposition continues the clause.
    const dash = /[—–]/.test(gapBefore(s, k)) && ['on', 'in', 'at', 'against', 'to', 'into', 'onto', 'from', 'instead', 'without', 'while'].includes(s.toks[k].norm);
    const atOnce = s.toks[k].norm === 'once' && s.toks[k - 1]?.norm === 'at';
    // "sped to 106 mph before entering a curve, causing the derailment": a non-finite clause
    // ("before entering …") has the act's subject, so the act's clause goes on after it.
    const nonFinite = ['before', 'after', 'while', 'when', 'since'].includes(s.toks[k].norm) && /^[a-z]{3,}ing$/.test(s.toks[k + 1]?.norm ?? '');
    if ((/[;:—–]/.test(gapBefore(s, k)) && !dash) || (CLAUSE_STOPS.has(s.toks[k].norm) && !atOnce && !nonFinite)) return k - 1;
  }
  return s.toks.length - 1;
}

/**
 * Whether a person's act at token `v` (its last word at `last`, its clause ending at `end`) is framed
 * as a harm: an accident word, a wrong or damaged target, a disregard, a forbidden target, an
 * omitted safeguard ("without …"), a contrast ("instead of staging"), a harm that follows ("…, which
 * broke …"), a destructive act on something critical, or a causal frame around it.
 */
export function harmFrame(s: Sent, person: PersonRef, v: number, last: number, end: number): boolean {
  const t = s.toks;
  const inClause = (k: number) => k > person.last && k <= end;
  // An accident word between the subject and the end of the clause.
  for (let k = person.last + 1; k <= end; k++) if (ACCIDENTS.some((w) => matchesAt(s, k, w))) return true;
  for (let k = last + 1; k <= end; k++) {
    const w = t[k].norm;
    // A wrong or unchecked target, in the act's object (not in a later "which …" clause). "the
    // wrong server" is a mistaken target; "cleaned up all wrong pods" removes bad ones.
    // "added a rejection of the bad block": a remedy aimed at the bad thing, not an act on it.
    // Replacing or removing the faulty part is the repair ("replaced the faulty cable"), not the harm.
    const repair = [t[v], ...t.slice(last + 1, k)].some((x) => NOT_HARM_VERBS.includes(x.norm) || (REMEDY_VERBS.includes(x.norm) && DEFECT_WORDS.includes(w)));
    if (WRONG_TARGET_WORDS.includes(w) && !repair && !t.slice(last + 1, k).some((x) => x.norm === 'which' || REMEDY_NOUNS.includes(x.norm)) && (!ARTICLE_TARGET_WORDS.includes(w) || ['the', 'a', 'an'].includes(t[k - 1]?.norm ?? ''))) return true;
    // "pushed the broken build to all regions": a damaged thing as the act's direct object; "removed
    // the broken entries" takes it out of service.
    if (DAMAGED_TARGET_WORDS.includes(w) && ['the', 'a', 'an', 'that', 'this'].includes(t[k - 1]?.norm ?? '') && t.slice(last + 1, k - 1).every((x) => isAdverb(x) || ACT_PARTICLES.has(x.norm)) && !NOT_HARM_VERBS.includes(t[v].norm) && !REMEDY_VERBS.includes(t[v].norm)) return true;
    // "pushed master with a broken update": the damaged thing the act was done with.
    if (DAMAGED_TARGET_WORDS.includes(w) && ['a', 'an', 'the'].includes(t[k - 1]?.norm ?? '') && t[k - 2]?.norm === 'with' && !NOT_HARM_VERBS.includes(t[v].norm) && !REMEDY_VERBS.includes(t[v].norm)) return true;
    // "configured a control valve wrong", "set the timeout wrong": the manner after the object.
    if (w === 'wrong' && k > last + 1 && !['the', 'a', 'an', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'went', 'go', 'goes', 'gone', 'going', 'got', 'get', 'gets', 'getting', 'something', 'anything', 'nothing', 'what', "what's"].includes(t[k - 1].norm) && (!t[k + 1] || punctBefore(s, k + 1) || PREPOSITIONS.has(t[k + 1].norm) || ['during', 'again', 'twice', 'when', 'while', 'and'].includes(t[k + 1].norm))) return true;
    // "deployed anyway", "took off even before he had received clearance"
    if (DISREGARD.some((d) => matchesAt(s, k, d))) return true;
    // "ran a red signal", "continued the approach below minimums", "committed the keys to a public repo"
    if (forbiddenAt(s, k) || secretMadePublic(s, v, k)) return true;
    // "without waiting for CI", "without a review"
    if (w === 'without') {
      let j = k + 1;
      while (j <= end && OMISSION_SKIP.has(t[j].norm)) j++;
      // "without a code review": one modifier may stand before the control.
      if (t[j] && (OMISSION_GERUNDS.includes(t[j].norm) || OMISSIONS.some((o) => matchesAt(s, j, o) || matchesAt(s, j + 1, o)))) return true;
      // "entered a wreck without laying a line": any omitted step, but not harm avoided ("without losing data").
      // ("user-facing", "long-running": hyphenated -ing words are adjectives.)
      if (t[j] && /^[a-z]{3,}ing$/.test(t[j].norm) && !WITHOUT_HARMLESS.includes(t[j].norm) && !STATE_GERUNDS.includes(t[j].norm)) return true;
      // "ran the delete without a where clause", "landed without the required permission": a
      // safeguard the act went without, not a harm it avoided ("without a hitch", "without any errors").
      if (withoutSafeguard(s, k, end)) return true;
    }
    // "instead of staging", "rather than the replica"
    if ((w === 'instead' && t[k + 1]?.norm === 'of') || (w === 'rather' && t[k + 1]?.norm === 'than')) {
      let c0 = k + 2;
      // "instead of going through staging", "rather than in the maintenance window": the safe
      // path may follow a gerund of passage or a preposition.
      while (c0 < t.length && SAFE_PATH_LEADS.includes(t[c0].norm)) c0++;
      while (c0 < t.length && ['the', 'a', 'an', 'our', 'their', 'its', 'my', 'his', 'her', 'your'].includes(t[c0].norm)) c0++;
      if (CONTRASTS.some((c) => matchesAt(s, k + 2, c) || matchesAt(s, c0, c))) return true;
      // "administered a paralytic instead of a sedative": a substitution in a dose is the wrong drug.
      if (DOSING_VERBS.includes(t[v].norm)) return true;
    }
    // "…, which broke …", "… and took down …", "…, causing an outage"
    // "removed the protocol which caused the bugs": a restrictive relative (no comma) says what the
    // object did, so taking that object out of service is the repair, not the harm.
    const culpritRemoved = (w === 'which' || w === 'that') && !punctBefore(s, k) && REMEDY_VERBS.includes(t[v].norm);
    // "We ran a migration that caused the API to go down": the company's "we" doing its work, and a
    // restrictive relative that gives the harm to the artifact (§1.6 org-action); after a comma
    // ("…, which took the API down") the harm follows the act itself.
    const artifactHarm = (w === 'which' || w === 'that') && !punctBefore(s, k) && t[person.head]?.norm === 'we';
    if ((w === 'which' || w === 'that' || w === 'and' || (HARMS.has(w) && /ing$/.test(w) && punctBefore(s, k))) && inClause(k) && !culpritRemoved && !artifactHarm) {
      let h = w === 'which' || w === 'that' || w === 'and' ? k + 1 : k;
      while (h <= end && isAdverb(t[h])) h++;
      // An exhausted resource is the act's harm only right after it (", which saturated disk IO"),
      // not in a clause about something else ("… this created write storms that overwhelmed Redis").
      const resource = t[h] && EXHAUSTION_VERBS.includes(t[h].norm);
      // "removed the protocol and blocked its traffic": a second remedy, not a result.
      const secondRemedy = w === 'and' && REMEDY_VERBS.includes(t[v].norm) && REMEDY_VERBS.includes(t[h]?.norm ?? '');
      if (t[h] && isHarm(s, h) && !secondRemedy && (!resource || (w !== 'that' && w !== 'and' && punctBefore(s, k)))) return true;
    }
  }
  // "gave the woman a fatal dose of medication": a dose that kills is the harm.
  if (DOSING_VERBS.includes(t[v].norm) && t.slice(last + 1, Math.min(end + 1, last + 7)).some((x, q, a) => (['fatal', 'lethal', 'toxic', 'excessive'].includes(x.norm) && ['dose', 'doses', 'dosage', 'amount', 'amounts'].includes(a[q + 1]?.norm ?? '')) || ['overdose', 'overdoses'].includes(x.norm))) return true;
  // A safeguard skipped: "skipped the canary", "bypassed code review" (not "skipped lunch").
  if (SKIP_ACTS.includes(t[v].norm)) {
    let j = last + 1;
    while (j <= end && (OMISSION_SKIP.has(t[j].norm) || ['his', 'her', 'their', 'its', 'our', 'all', 'normal', 'usual', 'required', 'mandatory'].includes(t[j].norm))) j++;
    if (j <= end && (OMISSION_GERUNDS.includes(t[j].norm) || OMISSIONS.some((o) => matchesAt(s, j, o) || matchesAt(s, j + 1, o)))) return true;
  }
  // A destructive act on something critical: "deleted the production database".
  if (DESTRUCTIVE_VERBS.includes(t[v].norm)) {
    for (let k = last + 1; k <= Math.min(end, last + 6); k++) {
      if (CRITICAL_OBJECTS.includes(t[k].norm) || (['users', 'user', 'accounts', 'orders', 'payments', 'customer'].includes(t[k].norm) && ['table', 'database', 'db', 'collection', 'bucket', 'records'].includes(t[k + 1]?.norm ?? ''))) return true;
    }
  }
  // Destruction of everything in reach: "erased every line with the word custom", "overwrote all
  // commits since January", "wiped the entire disk" (not "deleted all the stale keys", a clean-up).
  if (WHOLESALE_VERBS.has(t[v].norm)) {
    let k = last + 1;
    while (k <= end && ['the', 'of', 'our', 'their', 'his', 'her', 'its', 'my'].includes(t[k].norm)) k++;
    const whole = k <= end && ['all', 'every', 'entire', 'whole'].includes(t[k].norm);
    if (whole && !t.slice(k + 1, Math.min(end, k + 5) + 1).some((x) => CLEAN_UP_TARGETS.has(x.norm))) return true;
  }
  // Physical damage: "a contractor cut the fiber cable", "tripped over the power cord" (not "cut over to the new line", a migration).
  // The team's own act ("we unplugged the faulty router") is a step it took; the cabling word must be
  // the object's head, not a modifier ("the line count").
  if (PHYSICAL_DAMAGE_VERBS.includes(t[v].norm) && person.kind !== 'first-person' && !(t[v].norm === 'cut' && t[v + 1]?.norm === 'over')) {
    for (let k = last + 1; k <= Math.min(end, last + 5) && !objectEnds(s, k); k++) {
      if (CABLING.includes(t[k].norm) && (k === end || punctBefore(s, k + 1) || HEAD_FOLLOWERS.has(t[k + 1].norm))) return true;
    }
  }
  // A safeguard switched off or silenced by someone else than the team telling it: "disabled the rate
  // limiter", "silenced the pager" (the team's own step, "we silenced the noisy alert", is not).
  // Planned work ("disabled alerting during the maintenance window", "temporarily") is not, nor an
  // act whose reason or purpose is given ("so the channel stayed readable", "because it was a false
  // positive"). Those scans run only for a silencing or disabling act: harmFrame is on every act's path.
  const silencing = SILENCING_VERBS.includes(t[v].norm) || ['disabled', 'removed', 'bypassed', 'turned', 'switched', 'shut'].includes(t[v].norm);
  // Overriding a control defeats it whatever the control is: "overrode the dispensing system", "overrode
  // the interlock", "overrode the warning" (a setting's default is no control: "overrode the default timeout").
  const overriding = OVERRIDE_VERBS.includes(t[v].norm);
  if (
    (silencing || overriding) && person.kind !== 'first-person'
    && !t.some((x) => ['temporarily', 'planned', 'maintenance', 'scheduled', 'intentionally', 'deliberately', 'runbook'].includes(x.norm))
    && !t.some((x, k) => k > last && ['so', 'because', 'since', 'after', 'once'].includes(x.norm))
  ) {
    for (let k = last + 1; k <= Math.min(end, last + 5) && !objectEnds(s, k); k++) {
      // A warning already known to mislead ('the duplicate alerts', 'a flapping alarm') is noise, not a safeguard.
      if ((SAFEGUARDS.includes(t[k].norm) || (overriding && OVERRIDDEN_CONTROLS.includes(t[k].norm))) && !NOISE_WORDS.includes(t[k - 1].norm) && (k === end || punctBefore(s, k + 1) || HEAD_FOLLOWERS.has(t[k + 1].norm))) return true;
    }
  }
  // Self-approval: "approved her own pull request" (merging one's own change is many teams' normal path).
  if (t[v].norm === 'approved' && ['his', 'her', 'their', 'its'].includes(t[last + 1]?.norm ?? '') && t[last + 2]?.norm === 'own' && REVIEWED_WORK.includes(t[last + 3]?.norm ?? '')) return true;
  // Something bound to another environment carried into production: "copied the staging credentials into the production config".
  if (CARRY_VERBS.includes(t[v].norm)) {
    const env = t.findIndex((x, k) => k > last && k <= Math.min(end, last + 4) && NON_PROD_ENVS.includes(x.norm) && ENV_BOUND.includes(t[k + 1]?.norm ?? ''));
    if (env > 0 && t.some((x, k) => k > env + 1 && k <= end && ['into', 'to', 'onto', 'on', 'in'].includes(x.norm) && [t[k + 1]?.norm, t[k + 2]?.norm].some((w) => ['production', 'prod', 'live'].includes(w ?? '')))) return true;
  }
  // "ran DROP TABLE on production", "executed rm -rf against the live host": a destructive command on something critical.
  if (COMMAND_VERBS.includes(t[v].norm)) {
    const cmd = t.findIndex((x, k) => k > last && k <= end && DESTRUCTIVE_COMMANDS.includes(x.norm));
    if (cmd > 0 && t.some((x, k) => k > cmd && k <= end && CRITICAL_OBJECTS.includes(x.norm))) return true;
  }
  // "The outage happened because X ran …": the act is given as the cause of a failure. The team's
  // own account ("this happened because we pushed the secrets last") describes; it does not blame.
  const before = t[person.first - 1]?.norm ?? '';
  if (['because', 'since'].includes(before) && person.kind !== 'first-person' && t.some((x, k) => (k < person.first - 1 || k > end) && FAILURES.has(x.norm))) return true;
  // "Because @bob changed the replica count, the API went down": a fronted cause, whose main
  // clause (after the comma that closes it) states the failure.
  // ("Since …" is often temporal, and "…, the errors stopped" is a recovery.)
  if (before === 'because' && person.kind !== 'first-person' && (person.first === 1 || /[;:]/.test(gapBefore(s, person.first - 1)))) {
    const comma = t.findIndex((_, k) => k > last && /,/.test(gapBefore(s, k)));
    const main = comma > 0 ? t.slice(comma) : [];
    if (main.some((x) => FAILURES.has(x.norm)) && !main.some((x) => RECOVERY_WORDS.includes(x.norm))) return true;
  }
  return false;
}

/** Target words that name a defect rather than a mistaken choice ("the faulty cable", not "the wrong server"). */
const DEFECT_WORDS = ['faulty', 'buggy', 'bad', 'erroneous', 'destructive'];
/** Modifiers of a warning that make it noise: "silenced the duplicate alerts". */
const NOISE_WORDS = ['duplicate', 'duplicated', 'noisy', 'flapping', 'spurious', 'false', 'stale', 'test', 'bogus', 'redundant'];
/** Things already damaged: acting on "the broken build" spreads the harm. */
const DAMAGED_TARGET_WORDS = ['broken', 'corrupt', 'corrupted', 'defective', 'known-bad', 'failing', 'half-finished', 'unfinished', 'incomplete'];

/** What an act goes "without" when all went well: "without a hitch", "without any errors". */
const WITHOUT_OUTCOMES = new Set([
  'hitch', 'hitches', 'issue', 'issues', 'problem', 'problems', 'incident', 'incidents', 'error', 'errors', 'failure', 'failures', 'trouble',
  'downtime', 'impact', 'interruption', 'interruptions', 'outage', 'outages', 'delay', 'delays', 'fuss', 'difficulty', 'difficulties',
  'complaint', 'complaints', 'loss', 'data', 'restart', 'reboot', 'change', 'changes', 'single', 'doubt', 'question', 'word', 'degradation',
  'noticeable', 'visible', 'user-facing', 'customer-facing', 'further', 'other', 'additional', 'extra', 'need', 'problem.',
]);

/**
 * "without" + an indefinite or required safeguard at token `k`: "without a where clause", "without
 * any review", "without the required permission". Outcomes that did not happen ("without a hitch",
 * "without any user-facing impact") and gerunds (handled before) are not.
 */
function withoutSafeguard(s: Sent, k: number, end: number): boolean {
  const t = s.toks;
  const det = t[k + 1]?.norm ?? '';
  let j = k + 2;
  if (det === 'the' && ['required', 'necessary', 'mandatory', 'proper', 'usual', 'standard', 'needed'].includes(t[j]?.norm ?? '')) return j <= end;
  if (!['a', 'an', 'any'].includes(det)) return false;
  if (!t[j] || j > end || WITHOUT_OUTCOMES.has(t[j].norm) || /ing$/.test(t[j].norm)) return false;
  // The noun phrase's words: none may be an outcome ("without a single user-facing error").
  while (j + 1 <= end && !punctBefore(s, j + 1) && /^[a-z-]+$/.test(t[j + 1].norm) && !CLAUSE_STOPS.has(t[j + 1].norm) && !['to', 'on', 'in', 'at', 'for', 'from', 'and', 'or', 'which', 'that'].includes(t[j + 1].norm)) {
    j++;
    if (WITHOUT_OUTCOMES.has(t[j].norm)) return false;
  }
  return true;
}

/** A harm verb at token h ("broke", "took down", "caused an outage", "led to errors"). */
function isHarm(s: Sent, h: number): boolean {
  const t = s.toks;
  const w = t[h].norm;
  if (!HARMS.has(w)) return false;
  const particles = HARM_PARTICLES[w];
  if (particles && !particles.includes(t[h + 1]?.norm ?? '') && !takenOffline(s, h)) return false;
  // "caused a rebalance", "led to a review": harm only with a failure word in its object.
  if (['caused', 'causes', 'causing', 'led', 'resulted', 'resulting', 'triggered', 'triggering', 'started'].includes(w)) {
    return t.slice(h + 1, h + 7).some((x) => FAILURES.has(x.norm));
  }
  return true;
}

/** Measures that are brought "down" when things get better: "brought the error rate down". */
const MEASURES = new Set(['rate', 'rates', 'latency', 'load', 'count', 'number', 'temperature', 'usage', 'cost', 'costs', 'error', 'errors', 'level', 'levels', 'pressure', 'speed', 'traffic', 'backlog', 'queue', 'lag', 'size', 'volume', 'cpu', 'memory', 'price', 'prices', 'time', 'times']);

/**
 * "took the site offline", "which brought the whole cluster down": the harm particle after the
 * object rather than before it ("took down the site"). Not a measure brought down ("brought
 * latency down"), nor "down to" a level.
 */
function takenOffline(s: Sent, h: number): boolean {
  const t = s.toks;
  if (!['took', 'taking', 'brought', 'bringing', 'knocked', 'knocking'].includes(t[h].norm)) return false;
  for (let q = h + 2; q <= h + 5 && q < t.length; q++) {
    if (punctBefore(s, q)) return false;
    if (['offline', 'down'].includes(t[q].norm)) return t[q + 1]?.norm !== 'to' && !t.slice(h + 1, q).some((x) => MEASURES.has(x.norm));
  }
  return false;
}

export const STATE_GERUNDS = ['something', 'nothing', 'anything', 'everything', 'morning', 'evening', 'being', 'having', 'seeing', 'knowing', 'getting', 'feeling', 'waiting', 'working', 'trying', 'looking', 'using', 'saying', 'asking', 'reporting', 'noting', 'noticing'];

/** "the wrong" / "an incorrect" in the act's own clause, after the verb (not in a later "which …"). */
export function wrongInObject(s: Sent, v: number): boolean {
  const t = s.toks;
  let end = Math.min(clauseEnd(s, v), v + 8);
  for (let k = v + 1; k <= end; k++) {
    // "which …", "that …", or a verb of its own ("caused a death by administering the wrong …"): another act's object.
    // ("a dose of aspirin that was four times the amount of a standard dose": the dose's own size.)
    const doseSize = ['which', 'that'].includes(t[k].norm) && ['was', 'were'].includes(t[k + 1]?.norm ?? '') && ['dose', 'doses', 'dosage', 'amount'].some((d) => t.slice(v + 1, k).some((x) => x.norm === d));
    if (doseSize) {
      end = Math.min(clauseEnd(s, v), k + 10);
      continue;
    }
    if (t[k].norm === 'which' || t[k].norm === 'that' || (/ing$/.test(t[k].norm) && t[k].norm.length > 4 && !['wrong', 'incorrect'].includes(t[k + 1]?.norm ?? ''))) return false;
    if (['wrong', 'incorrect'].includes(t[k].norm) && ['the', 'a', 'an'].includes(t[k - 1]?.norm ?? '')) return true;
    if (forbiddenAt(s, k) || secretMadePublic(s, v, k)) return true;
  }
  return false;
}

/**
 * "committed the AWS keys to a public repo", "copied the credentials into a public gist": a secret
 * put where anyone can read it, at token `k` ("public"). Rotating or revoking the exposed secret
 * ("revoked the keys found in a public repo") is the remedy.
 */
function secretMadePublic(s: Sent, v: number, k: number): boolean {
  const t = s.toks;
  // ("uploaded the key to a public keyserver": a public key is meant to be public.)
  if (t[k].norm !== 'public' || /^key/.test(t[k + 1]?.norm ?? '') || SECRET_REMEDIES.includes(t[v].norm) || REMEDY_VERBS.includes(t[v].norm) || NOT_HARM_VERBS.includes(t[v].norm)) return false;
  return t.slice(v + 1, k).some((x) => SECRETS.includes(x.norm));
}

/**
 * "went home without telling anyone", "walked past the sign without reading it": a duty step the
 * act's clause says was left out ("without" + a checking, telling or waiting gerund), for an act
 * of any verb (the act verbs read "without" in harmFrame already).
 */
export function stepOmitted(s: Sent, v: number): boolean {
  const t = s.toks;
  // A form of "be" or "have" is no act ("we were hesitant to deploy without announcing").
  if (AUXILIARIES.has(t[v].norm)) return false;
  const end = clauseEnd(s, v);
  for (let k = v + 1; k < end; k++) {
    // "wanted to deploy without announcing", "refused to merge without a review": the "without"
    // of an infinitive goes with what was wanted or refused, not with the act done.
    if (t[k].norm === 'to' && k === v + 1 && !DETERMINERS.has(t[k + 1]?.norm ?? '')) return false;
    if (t[k].norm !== 'without') continue;
    let j = k + 1;
    while (j <= end && OMISSION_SKIP.has(t[j].norm)) j++;
    return j <= end && OMISSION_GERUNDS.includes(t[j].norm);
  }
  return false;
}

/** "… despite the warnings", "in spite of repeated alarms", "ignoring the advice": a warning disregarded in the act's clause. */
export function warningDisregarded(s: Sent, v: number): boolean {
  const t = s.toks;
  const end = clauseEnd(s, v);
  for (let k = v + 1; k <= end; k++) {
    // The disregard words harmFrame knows ("despite", "in spite of", "regardless"), or "ignoring".
    const opener = t[k].norm === 'ignoring' ? 1 : DISREGARD.find((d) => matchesAt(s, k, d))?.length ?? 0;
    if (!opener) continue;
    let j = k + opener;
    while (j <= end && ['of', 'the', 'a', 'all', 'repeated', 'several', 'multiple', 'clear', 'explicit', 'earlier', 'two', 'three', 'many', 'his', 'her', 'their', 'its'].includes(t[j].norm)) j++;
    if (t[j] && WARNING_NOUNS.includes(t[j].norm)) return true;
  }
  return false;
}

/**
 * A target no act may reach, at token `k`: a stop signal ("passed a red signal", "ran the stop
 * sign", "a signal at danger"), a safety limit crossed ("below minimums", "over the speed limit"),
 * a dose many times the prescribed one ("ten times the prescribed dose"), or an obstacle ("flew
 * the plane into the mountain").
 */
function forbiddenAt(s: Sent, k: number): boolean {
  const t = s.toks;
  const w = t[k].norm;
  const after = (n: number) => t[n]?.norm ?? '';
  if (w === 'red' && ['signal', 'signals', 'light', 'lights', 'aspect'].includes(after(k + 1))) return true;
  if (w === 'stop' && ['sign', 'signal', 'signals', 'line'].includes(after(k + 1))) return true;
  if (w === 'signal' && after(k + 1) === 'at' && after(k + 2) === 'danger') return true;
  if (['phishing', 'malicious'].includes(w) && ['link', 'links', 'email', 'emails', 'site', 'page', 'attachment', 'message', 'url', 'package'].includes(after(k + 1))) return true;
  // Safety limits only: "below minimums", "below the minimum safe altitude", "over the speed
  // limit". Engineering limits ("ran the load test over the limit we set") are often the point.
  let j = k + 1;
  while (['the', 'its', 'their', 'his', 'her', 'approach', 'decision', 'descent', 'legal', 'posted'].includes(after(j))) j++;
  if (['below', 'under'].includes(w) && (['minimums', 'minima'].includes(after(j)) || (after(j) === 'minimum' && ['safe', 'altitude', 'height', 'descent'].includes(after(j + 1))))) return true;
  if (['above', 'over', 'beyond', 'exceeding'].includes(w) && after(j) === 'speed' && after(j + 1) === 'limit') return true;
  if (w === 'times' && after(k + 1) === 'the' && DOSE_NORMS.includes(after(k + 2)) && ['dose', 'dosage', 'amount', 'quantity'].includes(after(k + 3))) return true;
  // "four times the amount of a standard dose"
  if (w === 'times' && after(k + 1) === 'the' && ['amount', 'quantity'].includes(after(k + 2)) && after(k + 3) === 'of' && ['a', 'an', 'the'].includes(after(k + 4)) && DOSE_NORMS.includes(after(k + 5)) && ['dose', 'dosage'].includes(after(k + 6))) return true;
  // "almost twice the speed limit", "three times the speed limit"
  if (['twice', 'double', 'triple', 'times'].includes(w) && after(k + 1) === 'the' && after(k + 2) === 'speed' && after(k + 3) === 'limit') return true;
  // "ran off the road", "veered off the runway"
  if (w === 'off' && MOTION_VERBS.includes(t[k - 1]?.norm ?? '') && ['the', 'a'].includes(after(k + 1)) && OFF_PATHS.includes(after(k + 2))) return true;
  // "flew the plane into the mountain", "steered the ship onto the rocks"
  if (['into', 'onto'].includes(w)) {
    let o = k + 1;
    while (['the', 'a', 'an', 'its'].includes(after(o))) o++;
    // The obstacle ends its phrase ("into the ground", not "into the ground truth table").
    if (OBSTACLES.includes(after(o)) && (!t[o + 1] || punctBefore(s, o + 1) || PREPOSITIONS.has(after(o + 1)) || ['killing', 'causing', 'while', 'when', 'after', 'before'].includes(after(o + 1)))) return true;
  }
  return false;
}

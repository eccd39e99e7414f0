// Conduct named in accident and incident reports (issue 11), for person-as-failure-subject: shapes
// in which a person is the agent of a failure without a failure verb of the catalogue's list.
//   - a failure "by" someone to do something: "a general failing by all nursing staff to complete …"
//   - a duty not met: "did not meet his responsibility to help land these two airplanes"
//   - endangering: "the Master placed the vessel in danger", "put the passengers at risk"
//   - a habit of harm: "has a habit of making breaking changes"
//   - a collision driven: "until she collided with another train", "crashed into the barrier"
//   - a distraction tied to the harm: "the driver was on the phone … when the train derailed",
//     and sleeping on duty: "the lone nighttime controller had fallen asleep"
// Each needs a person-like subject that is not the writer; negations and hypotheticals are left alone.
import type { Gazetteer } from '../../people';
import { GENERIC_POSSESSORS, subjectOf, relativeAntecedent, personAt, personWord, isNegation, negatedBefore, isMetaBlameless, matchesAt, punctBefore, gapBefore, type Sent, type PersonRef } from './grammar';
import { phraseWords } from '../../phrases';
import type { FailureHit } from './person-as-failure-subject';
import { DUTY_NOUNS_UNMET, ENDANGERED_STATES, COLLISION_VERBS, DISTRACTIONS, SLEEP_ON_DUTY, DUTY_ROLES, CRASH_WORDS, PERSON_ACT_NOUNS, HUMAN_ONLY_ACT_NOUNS, CAUSE_BEFORE_ACT, CAUSE_AFTER_ACT } from './person-as-failure-subject.phrases';

const ENDANGERED = ENDANGERED_STATES.map(phraseWords);
const DISTRACTED = DISTRACTIONS.map(phraseWords);
const ASLEEP = SLEEP_ON_DUTY.map(phraseWords);
const ACT_NOUNS = new Set(PERSON_ACT_NOUNS);
const CAUSES_BEFORE = CAUSE_BEFORE_ACT.map(phraseWords);
const CAUSES_AFTER = CAUSE_AFTER_ACT.map(phraseWords);
const HUMAN_ONLY_ACTS = new Set(HUMAN_ONLY_ACT_NOUNS);
const RARELY = new Set(['rarely', 'seldom', 'hardly', 'never', 'not']);

/**
 * The person who does the verb at `v`, directly or through a relative "who"; not the writer. With
 * `duty`, a role the gazetteer reads as a thing ("controller", "master") is a person: only people
 * fall asleep on duty, owe a responsibility or put a vessel in danger.
 */
function agentOf(s: Sent, v: number, people: Gazetteer, duty = false): PersonRef | undefined {
  const sub = subjectOf(s, v, people);
  const role = duty && sub.head !== undefined && sub.first !== undefined && DUTY_ROLES.includes(s.toks[sub.head].norm) ? { kind: 'role' as const, first: sub.first, last: sub.head, head: sub.head, possessive: false } : undefined;
  const person = sub.person ?? role ?? relativeAntecedent(s, v, people);
  if (!person || person.possessive || person.kind === 'first-person' || isMetaBlameless(s, person.first)) return undefined;
  if (['if', 'unless', 'whether', 'when'].includes(s.toks[person.first - 1]?.norm ?? '')) return undefined;
  return person;
}

export function findConduct(s: Sent, people: Gazetteer): FailureHit[] {
  const t = s.toks;
  if (s.question) return [];
  const hits: FailureHit[] = [];
  const hit = (person: PersonRef, last: number) => hits.push({ first: person.first, last, subjectLast: person.last, person, harm: true });
  // The crash told as what followed the act: "… when the train derailed", "… before it … caused a crash"
  // (not "the day of the collision", a date).
  const crashAfter = (v: number) => {
    const link = t.findIndex((x, k) => k > v && ['when', 'before', 'causing', 'caused', 'until'].includes(x.norm));
    return link > 0 && t.some((x, k) => k >= link && CRASH_WORDS.includes(x.norm));
  };
  hits.push(...actsAsCause(s, people));
  for (let v = 1; v < t.length; v++) {
    const w = t[v].norm;
    // "a failure by the crew to monitor airspeed", "a general failing by all nursing staff to complete tasks"
    if (['failure', 'failures', 'failing', 'failings'].includes(w) && t[v + 1]?.norm === 'by') {
      const ref = personAt(s, v + 2, people) ?? personAt(s, v + 3, people) ?? personAt(s, v + 4, people);
      const to = t.findIndex((x, k) => k > v + 2 && k <= v + 8 && x.norm === 'to');
      if (ref && !ref.possessive && ref.kind !== 'first-person' && to > 0 && !negatedBefore(s, v) && !isMetaBlameless(s, v)) {
        hits.push({ first: v, last: to + 1 < t.length ? to + 1 : to, subjectLast: ref.last, person: ref, possessive: true });
        continue;
      }
    }
    // "did not meet his responsibility to …", "failed to fulfil their duty of care"
    if (['meet', 'fulfil', 'fulfill', 'discharge', 'honour', 'honor'].includes(w) && ['his', 'her', 'their'].includes(t[v + 1]?.norm ?? '') && DUTY_NOUNS_UNMET.includes(t[v + 2]?.norm ?? '') && negatedBefore(s, v)) {
      let a = v - 1;
      while (a > 0 && (isNegation(t[a]) || ['did', 'does', 'do', 'had', 'has'].includes(t[a].norm))) a--;
      const person = agentOf(s, a + 1, people, true);
      if (person) hit(person, v + 2);
      continue;
    }
    // "placed the vessel in danger", "put passengers at risk"
    if (['placed', 'put', 'puts', 'places', 'placing', 'putting'].includes(w) && !negatedBefore(s, v)) {
      const end = Math.min(t.length - 1, v + 7);
      const state = t.findIndex((_, k) => k > v + 1 && k <= end && !punctBefore(s, k) && ENDANGERED.some((e) => matchesAt(s, k, e)));
      if (state > 0) {
        const person = agentOf(s, v, people, true);
        if (person) hit(person, state + (ENDANGERED.find((e) => matchesAt(s, state, e))?.length ?? 1) - 1);
        continue;
      }
    }
    // "has a habit of making breaking changes"
    if (w === 'habit' && t[v + 1]?.norm === 'of' && /^[a-z]{3,}ing$/.test(t[v + 2]?.norm ?? '') && ['a', 'the'].includes(t[v - 1]?.norm ?? '') && ['has', 'had', 'have'].includes(t[v - 2]?.norm ?? '') && !negatedBefore(s, v - 1)) {
      const person = agentOf(s, v - 2, people, true);
      if (person) hit(person, v + 2);
      continue;
    }
    // "collided with another train", "crashed into the barrier"
    const collision = COLLISION_VERBS.find((c) => c[0] === w && t[v + 1]?.norm === c[1]);
    if (collision && !negatedBefore(s, v)) {
      const person = agentOf(s, v, people);
      if (person) hit(person, v + 1);
      continue;
    }
    // "the driver was on the phone … when the train derailed"; "had been sending texts before it went through a red light"
    const distraction = DISTRACTED.find((d) => matchesAt(s, v, d));
    if (distraction && crashAfter(v) && !negatedBefore(s, v)) {
      let a = v - 1;
      while (a > 0 && ['was', 'were', 'had', 'been', 'is', 'are'].includes(t[a].norm)) a--;
      const person = agentOf(s, a + 1, people);
      if (person && person.kind !== 'pronoun') hit(person, v + distraction.length - 1);
      continue;
    }
    // "the lone nighttime controller had fallen asleep": someone on duty, asleep.
    const asleep = ASLEEP.find((d) => matchesAt(s, v, d));
    if (asleep && !negatedBefore(s, v)) {
      let a = v - 1;
      while (a > 0 && ['was', 'were', 'had', 'has', 'have', 'been', 'is', 'are'].includes(t[a].norm)) a--;
      const person = agentOf(s, a + 1, people, true);
      if (person && DUTY_ROLES.includes(t[person.head].norm)) hit(person, v + asleep.length - 1);
    }
  }
  return hits;
}

/** Words that may join an act noun's phrase to its cause verb: "… having caused", "…, which resulted in". */
const CAUSE_JOINERS = new Set(['having', 'had', 'has', 'have', 'which', 'that', 'then', 'ultimately', 'directly', 'eventually']);

/**
 * A person's act, as a noun, given as the cause (issue 11): "errors due to the actions and
 * inactions of a registered nurse", "the vessel was abandoned owing to the fault of the master",
 * "the actions of the engineer having caused the excessive speed", "The pilot's decision to
 * continue …, which resulted in …". The act noun is a person's by "of"/"by" ("the actions of the
 * engineer") or by a possessive role or name ("the pilot's decision"); the cause frame is a
 * connector before it ("due to", "owing to") or a cause verb after its phrase ("caused", "resulted
 * in", "was a contributing cause"). Without the frame the act is a topic, not a cause ("the
 * hearing covered the actions of the engineer"); pronoun possessors ("their behaviour") may be
 * systems', and first person ("our decision to migrate caused …") is an organisation's voice.
 */
function actsAsCause(s: Sent, people: Gazetteer): FailureHit[] {
  const t = s.toks;
  const hits: FailureHit[] = [];
  for (let n = 0; n < t.length; n++) {
    if (!ACT_NOUNS.has(t[n].norm)) continue;
    // The noun phrase's first token, and the person whose act it is.
    let first = n;
    let person: PersonRef | undefined;
    let end = n;
    // "the actions (and inactions) of a registered nurse", "errors by the controller"
    let of = n + 1;
    if (t[of]?.norm === 'and' && ACT_NOUNS.has(t[of + 1]?.norm ?? '')) of += 2;
    if (['of', 'by'].includes(t[of]?.norm ?? '') && !punctBefore(s, of)) {
      for (let k = of + 1; k <= Math.min(t.length - 1, of + 4); k++) {
        if (punctBefore(s, k)) break;
        // Only people have a fault or an inaction: "the fault of the master", "the inaction of the
        // Conductor" (a duty role the gazetteer reads as a thing; "the actions of the controller"
        // may be software's).
        const ref = personAt(s, k, people) ?? (HUMAN_ONLY_ACTS.has(t[n].norm) && DUTY_ROLES.includes(t[k].norm) && !/^(?:the|a|an)$/.test(t[k + 1]?.norm ?? '') ? { kind: 'role' as const, first: k, last: k, head: k, possessive: false } : undefined);
        if (ref && !ref.possessive && ref.kind !== 'first-person' && ref.kind !== 'pronoun' && ref.kind !== 'quantifier') {
          person = ref;
          end = ref.last;
          // "the on-call engineer": the phrase runs to its last person word.
          while (end + 1 < t.length && !punctBefore(s, end + 1) && personWord(s, end + 1, people)) end++;
          break;
        }
      }
    }
    // "the pilot's (inadequate) decision": a possessive role, name or handle up to two words before.
    if (!person) {
      for (let k = n - 1; k >= Math.max(0, n - 3); k--) {
        if (punctBefore(s, k + 1)) break;
        // ("a single person's mistake", "people's errors": people in general.)
        if (!/['’]s$|s['’]$/.test(t[k].norm) || GENERIC_POSSESSORS.includes(t[k].norm)) continue;
        const ref = personAt(s, k, people);
        if (ref && ref.possessive && ref.kind !== 'first-person' && ref.kind !== 'pronoun' && ref.kind !== 'quantifier') {
          person = ref;
          first = ref.first;
        }
        break;
      }
    } else {
      while (first > 0 && ['the', 'a', 'an', 'these', 'those', 'this', 'that', 'its'].includes(t[first - 1].norm) && !punctBefore(s, first)) first--;
    }
    if (!person) continue;
    if (negatedBefore(s, first, 3) || isMetaBlameless(s, first) || s.question) continue;
    // "Incidents are rarely caused by one person's mistake": a cause denied in general.
    if (t.slice(Math.max(0, first - 5), first).some((x) => RARELY.has(x.norm))) continue;
    if (t.slice(Math.max(0, first - 6), first).some((x) => ['if', 'unless', 'whether'].includes(x.norm))) continue;
    const before = CAUSES_BEFORE.some((c) => matchesAt(s, first - c.length, c));
    if (before) {
      hits.push({ first: first - (CAUSES_BEFORE.find((c) => matchesAt(s, first - c.length, c))?.length ?? 0), last: Math.max(end, n), subjectLast: person.last, person, possessive: true, harm: true });
      continue;
    }
    // A cause verb right after the phrase ("… having caused"), or after the clause the act noun
    // opens ("The pilot's decision to continue visual flight …, which resulted in …").
    const from = Math.max(end, n) + 1;
    for (let k = from; k < Math.min(t.length, from + 16); k++) {
      if (/[;:]/.test(gapBefore(s, k))) break;
      const cause = CAUSES_AFTER.find((c) => matchesAt(s, k, c));
      if (cause) {
        const joined = k === from || t.slice(from, k).every((x) => CAUSE_JOINERS.has(x.norm)) || (t[k - 1].norm === 'which' && /,/.test(gapBefore(s, k - 1))) || (/ing$/.test(t[k].norm) && /,/.test(gapBefore(s, k)));
        if (joined) hits.push({ first, last: k + cause.length - 1, subjectLast: person.last, person, possessive: true, harm: true });
        break;
      }
    }
  }
  return hits;
}

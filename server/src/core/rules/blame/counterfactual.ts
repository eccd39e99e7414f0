// Reasoning about an alternate past (catalogue §2.4): modal + have + past participle, "if … had
// + participle", inverted "Had X done …", "if only", "could have been avoided", and "did not X
// until/in time". Forward-looking requirements, possession ("should have a dead-letter topic"),
// capability ("could read"), epistemic inferences ("must have expired"), facilitation questions
// and generalisations ("most responders would have made the same call") are left alone.
//
// Counterfactual blame is about what people should have done or noticed. Outside the timeline a
// conditional counts only when its subject is a person, role or team, or when it is an agent-less
// passive of a human act ("should have been caught"): conditionals about systems, changes,
// alerts, metrics, users and the expected effect of a remedy ("this alert would have detected it
// within minutes") are ordinary engineering writing. A timeline table cell records what was known
// at the time, so any alternate past there is reported.
import type { Rule, RuleFinding } from '../../types';
import type { ProseUnit } from '../../model';
import { isAdversaryNoun, type Gazetteer } from '../../people';
import { subjectOf, isPastTense, BOUNDARY_WORDS, AUXILIARIES, personAt, personWord, isPastParticiple, isNegation, isAdverb, punctBefore, gapBefore, matchesAt, spanOf, isNamed, ADJECTIVE_PARTICIPLES, AFFECTED_PEOPLE, DETERMINERS, PREPOSITIONS, type Sent, type PersonRef, checkSentences, listOf } from './grammar';
import { sectionSeverity, lowerForFirstPerson } from './sections';
import { SYSTEM_NOUNS } from '../../people.data';
import { phraseWords } from '../../phrases';
import {
  COUNTERFACTUAL_MODALS, COUNTERFACTUAL_PHRASES, LATENESS_WORDS, GENERALISING_WORDS, FACILITATION_STARTS,
  IRREGULAR_BASE, KNOWN_VERBS, NOT_LATE_VERBS, UNDERGONE_PARTICIPLES, HUMAN_ACT_PARTICIPLES, DEONTIC_MODALS, HINDSIGHT_ADJECTIVES, ALWAYS_ABOUT_PEOPLE,
} from './counterfactual.phrases';

const ID = 'counterfactual';
const MODALS = COUNTERFACTUAL_MODALS.map((m) => phraseWords(m.phrase));
const PHRASES = COUNTERFACTUAL_PHRASES.map((p) => phraseWords(p.phrase));
const LATE = LATENESS_WORDS.map(phraseWords);
const KNOWING_VERBS = ['known', 'seen', 'predicted', 'foreseen', 'anticipated', 'noticed', 'expected', 'detected', 'guessed', 'told', 'realised', 'realized', 'spotted'];
const WISH_VERBS = ['liked', 'loved', 'preferred', 'wanted', 'hoped', 'wished', 'appreciated', 'enjoyed'];
const ANYONE = ['anyone', 'anybody', 'everyone', 'everybody'];
const CONDITIONAL_MODALS = new Set(['would', 'could', 'might', "wouldn't", "couldn't"]);
/** After "should have paid": quantities of an act, not a possessed thing ("should have paid more attention"). */
const NOT_POSSESSED = ['more', 'less', 'much', 'extra', 'closer', 'better', 'enough', 'attention', 'heed', 'close'];

export const PROMPTS = [
  'What information would have changed decisions?',
  'What information did people have at that point?',
  'What made the action taken seem reasonable at the time?',
];

export const rule: Rule = {
  id: ID,
  category: 'blame',
  scope: 'prose',
  defaultSeverity: 'warning',
  description: 'Reasoning about an alternate past of what people did or noticed ("should have", "if only", "had X done").',
  explanation:
    'This describes what did not happen. Write instead what did happen and what was known at that moment. Put what you want to change into Action Items. Conditionals about systems, users or the expected effect of a fix ("this alert would have paged within minutes") are not reported, except in timeline table cells, which record what was known at the time.',
  sources: ['BERG', 'DEK', 'PD-IR', 'LFI-T', 'ETSY-DFG'],
  prompts: PROMPTS,
  check(model, context) {
    return checkSentences(
      model,
      context.config,
      ID,
      (s, people, unit) => listOf(findCounterfactual(s, people, isTimelineRecord(unit))),
      finding,
      (span, written, base) => ({ ...span, severity: base, message: message(written), phrase: written, prompts: PROMPTS }),
    );
  },
};

interface Hit {
  first: number;
  last: number;
  subject?: PersonRef;
  /** About what people did or noticed (a person subject, or a passive human act): see the header. */
  aboutPeople?: boolean;
  /** What did happen, for a plain "modal + have + participle" ("should have checked" → "did not check"). */
  happened?: string;
  /** A hypothetical's condition ("if …had", "Had …"), or its result with would/could/might. */
  role?: 'condition' | 'result';
}

function message(written: string): string {
  return `"${written}" reasons about an alternate past. Describe what happened and what was known at the time; put the change you want into Action Items.`;
}

function finding(unit: ProseUnit, s: Sent, hit: Hit, base: ReturnType<typeof sectionSeverity>): RuleFinding {
  const span = spanOf(unit, s, hit.first, hit.last);
  const written = unit.text.slice(s.toks[hit.first].start, s.toks[hit.last].end);
  // Error for a named person or handle; AI stays info (or off), first person stays a warning.
  let severity = base;
  if (severity === 'warning' && isNamed(hit.subject) && unit.context !== 'external') severity = 'error';
  severity = lowerForFirstPerson(severity, hit.subject?.kind === 'first-person');
  return {
    ...span,
    severity,
    message: message(written),
    phrase: written,
    prompts: PROMPTS,
    fixes: [
      ...(hit.happened
        ? [{ title: `Describe what happened: "${hit.happened}"`, edits: [{ ...span, newText: `${hit.happened} (at [time], [information available])` }], preferred: true }]
        : []),
      {
        title: 'Rewrite as foresight: what was known at the time',
        edits: [{ ...span, newText: hit.subject ? `[did Y] because [reason] (at [time], [information available])` : `[what happened instead] (at [time], [information available])` }],
        ...(hit.happened ? {} : { preferred: true }),
      },
      {
        title: 'Move the proposal to Action Items',
        edits: [{ ...span, newText: '[action to add to Action Items, e.g. add a check that …]' }],
      },
    ],
  };
}

/**
 * The counterfactual shape of a sentence, merged into one range (one finding per sentence).
 * `anySubject` (timeline cells) reports alternate pasts whatever their subject.
 */
const COMPARATIVES = ['better', 'faster', 'earlier', 'sooner', 'quicker', 'clearer', 'smoother', 'tighter', 'stronger'];
/** A hypothetical case after a capability: "we could have restored it in the case of an incident". */
const HYPOTHETICAL_CASES = ['in case of', 'in the case of', 'if needed', 'if necessary'].map(phraseWords);
/** Human activities and faculties that stand for the people who exercise them. */
const HUMAN_FACULTIES = ['communication', 'communications', 'coordination', 'planning', 'sense', 'judgment', 'judgement', 'attention', 'care', 'diligence', 'vigilance', 'caution', 'awareness', 'escalation', 'supervision', 'foresight', 'forethought', 'thought', 'carefulness'];

/** "nothing (more) (that) (we) could have …": the modal's object or subject is nobody or nothing. */
function deniedObject(s: Sent, i: number): boolean {
  const t = s.toks;
  let k = i - 1;
  if (['we', 'they', 'i', 'you', 'he', 'she', 'anyone', 'anybody', 'one'].includes(t[k]?.norm ?? '')) k--;
  if (['that', 'which', 'who'].includes(t[k]?.norm ?? '')) k--;
  if (['more', 'else'].includes(t[k]?.norm ?? '')) k--;
  if (NO_ONE.includes(t[k]?.norm ?? '')) return true;
  // "there was simply not a technical solution that we could have implemented", "no fix we could
  // have shipped": a relative clause on a denied noun phrase, the same statement.
  for (let q = k; q >= Math.max(1, k - 3); q--) {
    if (punctBefore(s, q + 1) && q < k) return false;
    if (t[q].norm === 'no' || (['a', 'an', 'any', 'single'].includes(t[q].norm) && isNegation(t[q - 1]))) return q < k;
  }
  return false;
}

/** Token i opens the sentence, or a clause after a dash or a colon (a note's second half). */
function clauseOpens(s: Sent, i: number): boolean {
  return i === 0 || /[:—–]|\s-\s/.test(gapBefore(s, i));
}

export function findCounterfactual(s: Sent, people: Gazetteer, anySubject = false): Hit | undefined {
  const t = s.toks;
  if (!t.length) return undefined;
  // `facilitation-question`: "What would have made this easier?", "How could we have known?"
  // (also after a label: "Decision points: What information would have changed decisions?")
  if (s.question && t.some((x, k) => FACILITATION_STARTS.includes(x.norm) && (k === 0 || /[:—–]/.test(gapBefore(s, k))))) return undefined;
  const hits: Hit[] = [];
  const generalising = t.some((x) => x.norm === 'same') && t.some((x) => GENERALISING_WORDS.includes(x.norm));

  // An "if" clause about the unreal state of a thing: its result is what that world would allow.
  let otherWorld = false;
  for (let i = 0; i < t.length; i++) {
    // Fixed phrases: "if only", "could have been avoided", "would never have happened".
    for (const p of PHRASES) {
      if (!matchesAt(s, i, p)) continue;
      // "(if only CI is updated)", "If only certain nodes report failures, …": "only" as "solely",
      // a condition in the present; the wish is about the past ("if only we had checked", "If only!").
      if (p.join(' ') === 'if only' && !wishAfter(s, i + 2)) continue;
      const subject = subjectOf(s, i, people).person;
      // "… took action only when it was too late": lateness judged, about whoever acted in the sentence.
      const late = p.includes('late') && t.some((_, k) => !!personWord(s, k, people));
      // "… detailed the problem, how it could have been prevented, and …": an indirect question names
      // a topic for the review; it asserts no alternate past.
      const topic = !subject && howClause(s, i, people);
      hits.push({ first: i, last: i + p.length - 1, subject, aboutPeople: !!subject || late || (ALWAYS_ABOUT_PEOPLE.has(p.join(' ')) && !topic) });
    }
    // "was 100% avoidable", "were easily preventable": the phrase list's "was avoidable" with any
    // degree words between the past copula and the adjective.
    if ((t[i].norm === 'avoidable' || t[i].norm === 'preventable') && !hits.some((h) => h.first <= i && i <= h.last)) {
      let k = i - 1;
      while (k > 0 && (isAdverb(t[k]) || DEGREE_WORDS.has(t[k].norm) || /^\d+%?$/.test(t[k].norm)) && !isNegation(t[k])) k--;
      if (k < i - 1 && ['was', 'were', 'been'].includes(t[k]?.norm ?? '')) hits.push({ first: k, last: i, subject: subjectOf(s, k, people).person, aboutPeople: true });
    }
    // modal (+ not/never) + have + past participle
    for (const m of MODALS) {
      if (!matchesAt(s, i, m)) continue;
      let k = i + m.length;
      while (k < t.length && (isNegation(t[k]) || (isAdverb(t[k]) && t[k].norm !== 'have'))) k++;
      if (t[k]?.norm !== 'have' && t[k]?.norm !== "'ve") continue;
      // "… rolling back when they shouldn't have.": the ellipsis of an act people should not have done.
      if ((!t[k + 1] || punctBefore(s, k + 1)) && DEONTIC_MODALS.includes(m[0])) {
        const elided = subjectOf(s, i, people).person;
        // ("We rolled back, as we should have": done as it should be, nothing elided is missed.)
        // ("many pilots have continued approaches when they shouldn't have": people in general.)
        const general = t.slice(0, i).some((x) => GENERAL_QUANTIFIERS.has(x.norm));
        if (elided && !general && !NO_ONE.includes(t[elided.head].norm) && t[elided.first - 1]?.norm !== 'as') hits.push({ first: elided.first, last: k, subject: elided, aboutPeople: true });
        continue;
      }
      let p = k + 1;
      // "should have at least talked to his manager"
      while (p < t.length && ((isAdverb(t[p]) && !isPastParticiple(t[p].norm)) || (t[p].norm === 'at' && t[p + 1]?.norm === 'least') || (t[p].norm === 'least' && t[p - 1]?.norm === 'at'))) p++;
      const part = t[p];
      if (!part || !isPastParticiple(part.norm) || punctBefore(s, p)) continue;
      // `should-have-possess`: "should have dedicated consumers", "should have had" is flagged.
      if (ADJECTIVE_PARTICIPLES.has(part.norm) && t[p + 1] && !DETERMINERS.has(t[p + 1].norm) && !PREPOSITIONS.has(t[p + 1].norm) && !punctBefore(s, p + 1) && !isAdverb(t[p + 1]) && !NOT_POSSESSED.includes(t[p + 1].norm)) continue;
      // "could have been worse": been + a non-participle complement is a forecast-like aside,
      // unless the modal is should/ought/needed ("The TTL should have been lower").
      let last = p;
      const sub = subjectOf(s, i, people);
      // "Communication could have been faster", "A little planning and common sense could have
      // prevented all of this": a human activity or faculty as the subject stands for the people.
      const faculty = sub.head !== undefined && HUMAN_FACULTIES.includes(t[sub.head].norm);
      if (part.norm === 'been') {
        const after = t[p + 1];
        const deontic = ['should', "shouldn't", 'ought', 'needed', 'need'].includes(m[0]);
        const better = betterForPerson(s, p + 1, people);
        if (better) {
          hits.push({ first: i, last: better.last, subject: better.person, aboutPeople: true });
          continue;
        }
        // "In hindsight it would have been a lot faster and easier to resize the server": the
        // course not taken, weighed against what was done.
        const easier = easierCourse(s, i, p + 1);
        if (easier > 0) {
          hits.push({ first: i, last: easier, aboutPeople: true });
          continue;
        }
        if (after && isPastParticiple(after.norm) && !punctBefore(s, p + 1)) last = p + 1;
        else if (after && deontic && !punctBefore(s, p + 1)) last = p + 1;
        // "Communication could have been faster": a human activity, judged by a comparison.
        else if (after && COMPARATIVES.includes(after.norm) && faculty) last = p + 1;
        else if (!deontic) continue;
      }
      // A verb particle belongs to the phrase: "could have rolled back".
      if (last === p && ['back', 'up', 'out', 'off', 'down'].includes(t[p + 1]?.norm ?? '') && !punctBefore(s, p + 1)) last = p + 1;
      if (generalising && CONDITIONAL_MODALS.has(m[0])) continue;
      // "The on-call could not have known …": what was knowable then, a statement against hindsight.
      if ((m[0] === 'could' || m[0] === "couldn't") && t.slice(i, k).some((x) => isNegation(x)) && KNOWING_VERBS.includes(part.norm)) continue;
      // "Nobody could have predicted …": a statement against hindsight, not an alternate past.
      // ("No engineer could have predicted …": the same, with a denied noun phrase as the subject.)
      if (sub.head !== undefined && (NO_ONE.includes(t[sub.head].norm) || (t[sub.first ?? sub.head]?.norm === 'no' || t[sub.head - 1]?.norm === 'no'))) continue;
      // "there was nothing that could have been done", "nothing (more) we could have done": the same,
      // with a relative clause whose object is denied.
      if (deniedObject(s, i)) continue;
      // "Reflect if the ALBs should have been communicated", "not assume we could have started it
      // faster": an open question put to the team, or a belief held at the time, not a verdict.
      if (openQuestionOrBelief(s, i)) continue;
      // "Frequent backups mean that we could have quickly restored the database in the case of an
      // adverse incident": a capability in a hypothetical case, not an alternate past.
      if (CONDITIONAL_MODALS.has(m[0]) && t.some((_, k) => k > p && HYPOTHETICAL_CASES.some((w) => matchesAt(s, k, w)))) continue;
      // "We would have liked more time": a wish, not an alternate past.
      if (WISH_VERBS.includes(part.norm)) continue;
      // "but I could have missed something": a slip allowed as possible, not a better past imagined.
      if (['could', 'might', 'may'].includes(m[0]) && POSSIBLE_SLIPS.includes(part.norm)) continue;
      // "They could have been used to mislead people": a misuse that was possible (impact).
      if (CONDITIONAL_MODALS.has(m[0]) && part.norm === 'been' && t[p + 1]?.norm === 'used') continue;
      // "the attacker was in between, so they could have captured the second factor": what an
      // adversary could have done is the impact, not hindsight about the people who responded.
      if (CONDITIONAL_MODALS.has(m[0]) && sub.person && adversaryMeant(s, sub.person, people)) continue;
      // "different pathways to mitigating it that we could have taken:": the options open at the time.
      if (CONDITIONAL_MODALS.has(m[0]) && optionsListed(s, i)) continue;
      // "Without paging we could have noticed it much later": what a safeguard spared, not hindsight.
      if (CONDITIONAL_MODALS.has(m[0]) && luckFrame(s, i)) continue;
      const negative = t.slice(i, k).some((x) => isNegation(x));
      // "we would have lost six hours of data": impact on people, not what they did.
      const undergone = !DEONTIC_MODALS.includes(m[0]) && UNDERGONE_PARTICIPLES.includes(part.norm) && last === p;
      // "Appointing an incident manager could have helped": the subject is an act, and the sentence
      // states the effect of a remedy (the person is the gerund's object, not the subject).
      const actSubject = sub.first !== undefined && sub.head !== undefined && sub.first < sub.head && isGerundPhrase(s, sub.first);
      // "Anyone could have seen the disk was full" calls it obvious; "Anyone could have made this
      // mistake" says the opposite, that the slip was ordinary.
      const anyone = sub.head !== undefined && ANYONE.includes(t[sub.head].norm) && CONDITIONAL_MODALS.has(m[0]);
      if (anyone && !KNOWING_VERBS.includes(part.norm)) continue;
      // "Should have waited for the canary.": a sentence (or a clause after a dash or a colon, as
      // in notes: "Too many hosts went down - should have done one first") with no subject means whoever acted.
      // (Also "Could have avoided divergence by pulling first": what the writers could have prevented.)
      const subjectless = clauseOpens(s, i) && (['should', "shouldn't"].includes(m[0]) || (m[0] === 'could' && PREVENTED.includes(part.norm))) && t[p].norm !== 'been';
      // "Most patrons should have been able to place holds", "users would have retried": people
      // the incident happened to, as the subject of a state or a result, estimate impact. ("The
      // customers should have checked …" still judges an act; "Users should have been notified"
      // is a human act done to them, caught below.)
      const affected = sub.head !== undefined && AFFECTED_PEOPLE.has(t[sub.head].norm) && (CONDITIONAL_MODALS.has(m[0]) || part.norm === 'been');
      const topic = !sub.person && CONDITIONAL_MODALS.has(m[0]) && howClause(s, i, people);
      // "We could have been hit much harder", "Normally the on-call would have been paged": a person
      // as the subject of a conditional passive is what would have been done to them; whether that
      // is someone's act left undone is humanActWithoutPerson's question ("could have been paged sooner").
      const passiveOfPerson = CONDITIONAL_MODALS.has(m[0]) && part.norm === 'been' && last === p + 1 && isPastParticiple(t[last].norm);
      const aboutPeople = anyone || subjectless || faculty || (!!sub.person && !undergone && !actSubject && !affected && !passiveOfPerson) || (!topic && humanActWithoutPerson(s, m[0], p, last));
      hits.push({ first: i, last, subject: sub.person, aboutPeople, happened: anyone ? undefined : whatHappened(s, p, last, negative, sub.head), role: CONDITIONAL_MODALS.has(m[0]) ? 'result' : undefined });
    }
    // Contracted "could've / should've / would've / she'd have" + participle.
    const contracted = /^(?:should|could|would|shouldn't|couldn't|wouldn't)'ve$/.test(t[i].norm) ? i + 1 : /^(?:i|we|you|he|she|they|it|someone|nobody|anyone)'d$/.test(t[i].norm) && t[i + 1]?.norm === 'have' ? i + 2 : -1;
    if (contracted > 0) {
      let p = contracted;
      while (p < t.length && (isNegation(t[p]) || isAdverb(t[p]) || (t[p].norm === 'at' && t[p + 1]?.norm === 'least') || (t[p].norm === 'least' && t[p - 1]?.norm === 'at')) && !isPastParticiple(t[p].norm)) p++;
      const spared = !/^should/.test(t[i].norm) && luckFrame(s, i);
      if (t[p] && isPastParticiple(t[p].norm) && !WISH_VERBS.includes(t[p].norm) && !punctBefore(s, p) && !(generalising && !/^should/.test(t[i].norm)) && !spared) {
        const subject = /'d$/.test(t[i].norm) ? subjectOf(s, i + 1, people).person : subjectOf(s, i, people).person;
        // "Should've at least given Xhuis the forty-eight hours.": no subject, so whoever acted.
        const subjectless = clauseOpens(s, i) && /^should/.test(t[i].norm) && t[p].norm !== 'been';
        hits.push({ first: i, last: p, subject, aboutPeople: !!subject || subjectless || humanActWithoutPerson(s, t[i].norm.replace(/'ve$/, ''), p, p) });
      }
    }
    // "if … had (not) + participle" and clause-initial "Had X done …, … would …"
    if (t[i].norm === 'if' && hasModalHave(s) && !['whether', 'ask', 'asked', 'check', 'checked', 'unclear', 'know', 'knew', 'see', 'wonder'].includes(t[i - 1]?.norm ?? '')) {
      for (let k = i + 1; k < Math.min(t.length, i + 10); k++) {
        if (k > i + 1 && punctBefore(s, k)) break;
        // "if this was the private sector, we would have …", "if it were a weekday, …": an unreal
        // state of a thing (no person, no act done to it) is another world, not an act left undone.
        if (['was', 'were'].includes(t[k].norm)) {
          if (k > i + 1 && !t.slice(i + 1, k).some((_, q) => headsPerson(s, i + 1 + q, people)) && !(t[k + 1] && (isPastParticiple(t[k + 1].norm) || isNegation(t[k + 1])))) otherWorld = true;
          break;
        }
        if (t[k].norm === 'had' || t[k].norm === "hadn't" || (/'d$/.test(t[k].norm) && isPastParticiple(t[k + 1]?.norm ?? ''))) {
          let p = k + 1;
          while (p < t.length && (isNegation(t[p]) || isAdverb(t[p]))) p++;
          if (t[p] && isPastParticiple(t[p].norm) && !punctBefore(s, p)) {
            // "if we'd had …": the subject is inside the contraction.
            const subject = /'d$/.test(t[k].norm) ? contractedPerson(s, k, people) : subjectOf(s, k, people).person;
            // "If those modifications suggested by the co-worker hadn't been made": a person acts in the clause.
            let clauseEnd = p;
            while (clauseEnd + 1 < t.length && !/,/.test(gapBefore(s, clauseEnd + 1))) clauseEnd++;
            const personInClause = t.slice(i + 1, clauseEnd + 1).some((_, q) => headsPerson(s, i + 1 + q, people));
            // "if we had received the alert": a signal that did not arrive, not an act left undone.
            const received = RECEIPT_PARTICIPLES.includes(t[p].norm);
            hits.push({ first: i, last: p, subject, aboutPeople: !received && (!!subject || passiveHumanAct(s, p) || personInClause), role: 'condition' });
          }
          break;
        }
      }
    }
    // "This accident would have been avoided had the flight crew followed procedures": inverted "had" after the main clause.
    if (t[i].norm === 'had' && i > 0 && !(i === 0 || /[;:,—–]/.test(gapBefore(s, i))) && hasModalHave(s) && (isPastParticiple(t[i - 1].norm) || isAdverb(t[i - 1]))) {
      for (let q = i + 1; q < Math.min(t.length, i + 5); q++) {
        const person = personAt(s, q, people);
        if (person && !person.possessive && t[q + 1] && isPastParticiple(t[q + 1].norm)) {
          hits.push({ first: i, last: q + 1, subject: person, aboutPeople: true });
          break;
        }
      }
    }
    if ((t[i].norm === 'had' || t[i].norm === "hadn't") && (i === 0 || /[;:,—–]/.test(gapBefore(s, i))) && t[i + 1]?.norm !== 'to') {
      const laterModal = t.slice(i + 2).some((x) => CONDITIONAL_MODALS.has(x.norm) || /'d$|'ve$/.test(x.norm));
      if (laterModal) {
        for (let p = i + 2; p < Math.min(t.length, i + 8); p++) {
          if (punctBefore(s, p)) break;
          if (isPastParticiple(t[p].norm)) {
            const subject = subjectOf(s, p, people).person ?? personAfter(s, i, people);
            // "Had they all received the proposal, …": whether a message arrived, not an act.
            const received = RECEIPT_PARTICIPLES.includes(t[p].norm);
            hits.push({ first: i, last: p, subject, aboutPeople: !received && (!!subject || passiveHumanAct(s, p)), role: 'condition' });
            break;
          }
        }
      }
    }
    // "The on-call paged the DBA too late", "By the time the driver looked up, it was too late":
    // a person's act measured against hindsight. ("The alert fired too late" is a system's.)
    if (t[i].norm === 'too' && t[i + 1]?.norm === 'late' && !hits.some((h) => h.first <= i && i <= h.last)) {
      let v = i - 1;
      while (v > 0 && !isPastTense(t[v].norm) && !punctBefore(s, v + 1)) v--;
      const actor = v >= 0 && isPastTense(t[v].norm) && !['was', 'were', 'been', 'had'].includes(t[v].norm) ? subjectOf(s, v, people).person : undefined;
      // ("I tried to interrupt it, but it was too late": the person acted; the contrast says so.)
      const itWas = t[i - 1]?.norm === 'was' && t[i - 2]?.norm === 'it' && !['but', 'yet'].includes(t[i - 3]?.norm ?? '') && t.some((_, k) => k < i - 2 && !!personWord(s, k, people));
      if (actor || itWas) hits.push({ first: actor ? v : i - 2, last: i + 1, subject: actor, aboutPeople: true });
    }
    // "The database team was too slow to respond": a person's pace, judged against hindsight.
    if (t[i].norm === 'too' && ['slow', 'late'].includes(t[i + 1]?.norm ?? '') && ['was', 'were'].includes(t[i - 1]?.norm ?? '') && !(t[i + 2]?.norm === 'to' && t[i + 3]?.norm === 'be') && !hits.some((h) => h.first <= i && i <= h.last)) {
      const subject = subjectOf(s, i - 1, people).person;
      if (subject) hits.push({ first: i - 1, last: i + 1, subject, aboutPeople: true });
    }
    // "The responders waited ninety minutes before escalating": a delay of an act, judged in hindsight.
    if (t[i].norm === 'waited') {
      const b = t.slice(i + 1, i + 6).findIndex((x) => x.norm === 'before' || x.norm === 'until');
      const act = b >= 0 ? t[i + 2 + b] : undefined;
      const duration = t.slice(i + 1, i + 1 + Math.max(b, 0)).some((x) => /^(?:\d+|an?|one|two|three|four|five|ten|twenty|thirty|forty|fifty|sixty|ninety|several|many|over|almost|nearly)$/.test(x.norm)) && t.slice(i + 1, i + 6).some((x) => /^(?:seconds?|minutes?|hours?|days?|weeks?|mins?|hrs?)$/.test(x.norm));
      const subject = subjectOf(s, i, people).person;
      if (act && duration && subject && /ing$/.test(act.norm) && !NOT_LATE_VERBS.some((v) => act.norm.startsWith(v))) hits.push({ first: i, last: i + 2 + b, subject, aboutPeople: true });
    }
    // "failed to / did not + verb … until / in time / sooner / earlier", with a person subject.
    if (t[i].norm === "didn't" || (t[i].norm === 'did' && t[i + 1]?.norm === 'not') || (t[i].norm === 'failed' && t[i + 1]?.norm === 'to')) {
      const v = t[i].norm === "didn't" ? i + 1 : i + 2;
      if (!t[v] || !/^[a-z][a-z-]+$/.test(t[v].norm) || NOT_LATE_VERBS.includes(t[v].norm) || isNegation(t[v]) || isAdverb(t[v])) continue;
      const subject = subjectOf(s, i, people).person;
      if (!subject) continue;
      for (let k = v + 1; k < t.length; k++) {
        const late = LATE.find((w) => matchesAt(s, k, w));
        if (late) {
          hits.push({ first: i, last: k + late.length - 1, subject, aboutPeople: true });
          break;
        }
      }
    }
  }
  // The result of a hypothetical whose condition is not about people ("Had they all received the
  // proposal, we could have continued") says what the world allowed, not what people failed to do.
  if ((hits.some((h) => h.role === 'condition') || otherWorld) && !hits.some((h) => h.role === 'condition' && h.aboutPeople)) {
    for (const h of hits) if (h.role === 'result') h.aboutPeople = false;
  }
  // One hit about people makes the whole sentence's alternate past about people ("This would not
  // have happened if the team had followed up").
  if (!hits.length || (!anySubject && !hits.some((h) => h.aboutPeople))) return undefined;
  const first = Math.min(...hits.map((h) => h.first));
  const last = Math.max(...hits.map((h) => h.last));
  const subject = hits.find((h) => isNamed(h.subject))?.subject ?? hits.find((h) => h.subject)?.subject;
  return { first, last, subject, happened: hits.length === 1 ? hits[0].happened : undefined };
}

/**
 * The modal at `i` opens an indirect question after "how" with a subject that is not a person:
 * "(we wrote down) how it could have been prevented", "how the outage could have been avoided".
 */
function howClause(s: Sent, i: number, people: Gazetteer): boolean {
  const t = s.toks;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (personWord(s, k, people)) return false;
    if (t[k].norm === 'how') return k > 0 && !s.question;
    if (punctBefore(s, k)) return false;
  }
  return false;
}

/** Comparisons of one course with another: "would have been faster and easier to …". */
const EASIER_WORDS = new Set(['better', 'wiser', 'smarter', 'safer', 'preferable', 'prudent', 'faster', 'easier', 'quicker', 'simpler', 'cheaper']);
/**
 * "it would have been (a lot) faster and easier to {verb}": with "it" as the subject, the course
 * not taken. The last token of the comparison's verb, or -1.
 */
function easierCourse(s: Sent, modal: number, a: number): number {
  const t = s.toks;
  if (t[modal - 1]?.norm !== 'it') return -1;
  let k = a;
  let compared = false;
  while (k < t.length && (['a', 'lot', 'much', 'far', 'way', 'and', 'or', 'more'].includes(t[k].norm) || EASIER_WORDS.has(t[k].norm))) {
    compared ||= EASIER_WORDS.has(t[k].norm);
    k++;
  }
  return compared && t[k]?.norm === 'to' && /^[a-z][a-z-]+$/.test(t[k + 1]?.norm ?? '') && !punctBefore(s, k) ? k + 1 : -1;
}

/** Adjectives that judge one course of action against another: "would have been better for …". */
const BETTER_WORDS = new Set(['better', 'wiser', 'appropriate', 'prudent', 'safer', 'preferable', 'smarter', 'sensible', 'advisable', 'proper', 'right']);

/**
 * "It would have been appropriate for the employee to disable one …", "would have been better
 * for the on-call to page the DBA": an alternate past of a person's act, judged after the fact.
 * The adjective starts at `a` (after an optional "more" / "much"); then "for" + a person + "to".
 */
function betterForPerson(s: Sent, a: number, people: Gazetteer): { last: number; person: PersonRef } | undefined {
  const t = s.toks;
  let k = a;
  while (k < t.length && ['more', 'much', 'far', 'a', 'lot'].includes(t[k].norm)) k++;
  if (!t[k] || !BETTER_WORDS.has(t[k].norm) || t[k + 1]?.norm !== 'for') return undefined;
  for (let h = k + 2; h < Math.min(t.length, k + 6); h++) {
    if (punctBefore(s, h)) return undefined;
    if (t[h].norm === 'to') return undefined;
    const person = personAt(s, h, people);
    if (person && !person.possessive && t[h + 1]?.norm === 'to') return { last: h + 2 < t.length ? h + 2 : h + 1, person: { ...person, first: Math.max(person.first, k + 2) } };
  }
  return undefined;
}

/**
 * The flip of "modal + have + participle" into what did happen: "should have been caught" →
 * "was not caught", "could have rolled back" → "did not roll back", "should not have run" → "ran".
 * Undefined when the verb's base form is not known for sure (then only placeholders are offered).
 */
function whatHappened(s: Sent, p: number, last: number, negative: boolean, subjectHead: number | undefined): string | undefined {
  const t = s.toks;
  const part = t[p].norm;
  if (part === 'been') {
    if (last === p) return undefined;
    const head = subjectHead !== undefined ? t[subjectHead].norm : '';
    const plural = ['we', 'they', 'you'].includes(head) || (/s$/.test(head) && !/ss$/.test(head) && !/'s$/.test(head));
    const be = plural ? 'were' : 'was';
    return `${be}${negative ? '' : ' not'} ${t.slice(p + 1, last + 1).map((x) => x.value).join(' ')}`;
  }
  const forms = IRREGULAR_BASE[part] ?? regularForms(part);
  if (!forms) return undefined;
  const particle = last > p ? ' ' + t.slice(p + 1, last + 1).map((x) => x.value).join(' ') : '';
  return negative ? `${forms[1]}${particle}` : `did not ${forms[0]}${particle}`;
}

function regularForms(part: string): [string, string] | undefined {
  if (!part.endsWith('ed')) return undefined;
  const candidates = [part.slice(0, -2), part.slice(0, -1), part.slice(0, -3), part.endsWith('ied') ? part.slice(0, -3) + 'y' : ''];
  const base = candidates.find((c) => c && KNOWN_VERBS.includes(c));
  return base ? [base, part] : undefined;
}

/**
 * The cells of the timeline table record what was known (Information Available) and what was done
 * (Decision/Action Taken) at that moment: any alternate past there, about people or not, is
 * hindsight written into the record. A timeline told as a list or paragraphs is narrative prose.
 */
function isTimelineRecord(unit: ProseUnit): boolean {
  return unit.kind === 'tableCell' && unit.table?.kind === 'timeline';
}

/**
 * A modal + have + participle with no person subject that is still about people: an agent-less
 * passive of a human act ("should have been caught", "could have been spotted in review"), a
 * deontic judgment of a release decision ("The deploy shouldn't have gone out"), or hindsight
 * ("should have been obvious"). "Would have been caught" states a remedy's effect and is not.
 */
function humanActWithoutPerson(s: Sent, modal: string, p: number, last: number): boolean {
  const t = s.toks;
  const deontic = DEONTIC_MODALS.includes(modal);
  if (t[p].norm === 'been') {
    const after = t[p + 1]?.norm ?? '';
    if (HINDSIGHT_ADJECTIVES.includes(after)) return deontic;
    // "It would have been appropriate for the employee to disable one": what a person should have done.
    if (t[p + 2]?.norm === 'for' && t.slice(p + 3, p + 6).some((x) => ROLE_WORDS.test(x.norm)) && t.slice(p + 3, p + 8).some((x) => x.norm === 'to')) return true;
    // "should have been contained by operators at FirstEnergy": a passive with people as its agent.
    if (last > p && t[last + 1]?.norm === 'by' && t.slice(last + 2, last + 5).some((x) => ROLE_WORDS.test(x.norm) && !/^(?:the|an?|someone|somebody|anyone)$/.test(x.norm)) && !systemAgent(s, last + 1)) return true;
    // "could have been resolved many hours earlier": the response's speed, judged in hindsight.
    if (last > p && !deontic && ['could', "couldn't"].includes(modal) && s.toks.slice(last + 1).some((x) => ['earlier', 'sooner', 'faster', 'quicker'].includes(x.norm))) return true;
    return last > p && (deontic || modal === 'could' || modal === "couldn't") && HUMAN_ACT_PARTICIPLES.includes(t[last].norm) && !systemAgent(s, last + 1);
  }
  // "The readings should have prompted the flight crew to go around": what people should have been
  // led to do. The person must be led "to" an act: in "This should have saved us some time" they
  // only benefit from a remedy's effect.
  const led = t.slice(p + 1, p + 4).findIndex((x, k) => ROLE_OBJECT.test(x.norm) || (k < 3 && ['crew', 'team', 'operator', 'operators', 'pilot', 'pilots', 'engineer', 'engineers', 'on-call', 'responders'].includes(x.norm)));
  if (deontic && led >= 0 && t.slice(p + 2 + led, p + 6 + led).some((x, k) => x.norm === 'to' && !punctBefore(s, p + 2 + led + k))) return true;
  return deontic && RELEASE_DECISIONS.some((words) => words.every((w, k) => t[p + k]?.norm === w));
}
/**
 * The passive's agent is a system: "should have been considered illiquid … by the strategy",
 * "should have been reviewed by the deploy pipeline". The first "by" of the clause after `from`,
 * then a system noun within three words.
 */
function systemAgent(s: Sent, from: number): boolean {
  const t = s.toks;
  for (let k = from; k < t.length; k++) {
    if (/[;:]/.test(gapBefore(s, k))) return false;
    if (t[k].norm !== 'by') continue;
    for (let j = k + 1; j <= Math.min(t.length - 1, k + 3); j++) {
      if (punctBefore(s, j)) return false;
      if (SYSTEMS.has(t[j].norm.replace(/s$/, ''))) return true;
    }
    return false;
  }
  return false;
}
// Less the words that also name people ("by the worker", "by the client", "by the controller").
const SYSTEMS = new Set([...SYSTEM_NOUNS, 'strategy', 'contract', 'code', 'logic', 'software', 'automation', 'bot', 'scheduler'].filter((w) => !['worker', 'client', 'consumer', 'producer'].includes(w)));
const ROLE_OBJECT = /^(?:him|her|them|us|me|you)$/;
const ROLE_WORDS = /^(?:the|an?|him|her|them|us|me|you|employee|engineer|engineers|operator|operators|team|crew|pilot|pilots|on-call|staff|someone|anyone|somebody)$/;
const RELEASE_DECISIONS = ['gone out', 'shipped', 'gone live', 'been released', 'been merged', 'been deployed', 'been approved', 'been pushed'].map(phraseWords);

/**
 * A gerund with its object opening a clause: "Appointing an incident manager", "Paging the
 * on-call", "since correcting them".
 */
function isGerundPhrase(s: Sent, first: number): boolean {
  const t = s.toks;
  const opens = first === 0 || punctBefore(s, first) || CLAUSE_OPENERS.has(t[first - 1].norm);
  const object = DETERMINERS.has(t[first + 1]?.norm ?? '') || OBJECT_PRONOUNS.has(t[first + 1]?.norm ?? '');
  return opens && t[first].norm.length > 4 && t[first].norm.endsWith('ing') && object;
}
const CLAUSE_OPENERS = new Set(['since', 'because', 'as', 'that', 'while', 'and', 'but']);
const OBJECT_PRONOUNS = new Set(['them', 'it', 'this', 'these', 'those', 'him', 'her', 'us']);

/** The subject is an adversary, or a pronoun after one in the sentence ("the attacker … they"). */
function adversaryMeant(s: Sent, person: PersonRef, people: Gazetteer): boolean {
  const t = s.toks;
  if (isAdversaryNoun(t[person.head].norm)) return true;
  return person.kind === 'pronoun' && t.slice(0, person.first).some((x) => isAdversaryNoun(x.norm.replace(/s$/, '')));
}

/** Words that make the people of a clause people in general ("many pilots", "often"). */
const GENERAL_QUANTIFIERS = new Set(['many', 'most', 'often', 'sometimes', 'usually', 'generally', 'typically', 'frequently']);

/** What a person could have done to an incident: "Could have avoided …", "could have caught it". */
const PREVENTED = ['avoided', 'prevented', 'caught', 'detected', 'noticed', 'stopped', 'mitigated', 'averted', 'spotted'];

/**
 * Participles of a message arriving ("had received", "had got") or of a loss suffered ("Had they
 * not lost power", "if we had suffered a second failure"): what happened to people, not an act of theirs.
 */
const RECEIPT_PARTICIPLES = ['received', 'got', 'gotten', 'lost', 'suffered', 'experienced', 'incurred', 'endured'];

/** Nouns for the courses of action open at a decision. */
const OPTION_NOUNS = new Set(['option', 'options', 'alternative', 'alternatives', 'pathway', 'pathways', 'path', 'paths', 'approach', 'approaches', 'route', 'routes', 'choice', 'choices', 'avenue', 'avenues', 'strategy', 'strategies']);
/**
 * The modal at `i` is in a relative clause on an options noun: "pathways to mitigating the
 * vulnerability that we could have taken", "the options we could have chosen".
 */
function optionsListed(s: Sent, i: number): boolean {
  const t = s.toks;
  let k = i - 1;
  if (SUBJECT_WORDS.has(t[k]?.norm ?? '')) k--;
  if (['that', 'which'].includes(t[k]?.norm ?? '')) k--;
  for (let q = k; q >= Math.max(0, k - 6); q--) {
    if (OPTION_NOUNS.has(t[q].norm)) return true;
    if (q < k && punctBefore(s, q + 1)) return false;
  }
  return false;
}
const SUBJECT_WORDS = new Set(['we', 'i', 'they', 'you', 'he', 'she', 'one', 'someone']);

/**
 * The modal at `i` sits in an embedded question after a verb of reflecting or asking ("Reflect if
 * …", "Discuss whether …"), or in what a negated verb of belief says ("not assume we could have …").
 */
function openQuestionOrBelief(s: Sent, i: number): boolean {
  const t = s.toks;
  // Back to the start of the sentence or of a clause after ; or :, so the question's own result
  // clause counts too ("…, so they could have tested their scenarios").
  for (let q = i - 1; q >= 1; q--) {
    if ((t[q].norm === 'if' || t[q].norm === 'whether') && (REFLECTING_VERBS.has(t[q - 1].norm) || uncertainBefore(s, q - 1))) return true;
    if (/[;:]/.test(gapBefore(s, q))) break;
  }
  for (let q = i - 1; q >= Math.max(1, i - 4); q--) {
    if (BELIEF_VERBS.has(t[q].norm) && isNegation(t[q - 1])) return true;
  }
  return false;
}
/**
 * "I don't know if …", "not sure whether …", "it is unclear whether …", "I wonder if …": the speaker
 * leaves the counterfactual open, at token `k` (the word before "if" / "whether").
 */
function uncertainBefore(s: Sent, k: number): boolean {
  const t = s.toks;
  const w = t[k]?.norm ?? '';
  if (UNCERTAIN_WORDS.has(w)) return true;
  const negated = (j: number) => j >= 0 && isNegation(t[j]);
  // "don't know if", "do not know whether", "not sure if", "isn't clear whether"
  return ['know', 'sure', 'clear', 'certain'].includes(w) && (negated(k - 1) || negated(k - 2));
}
/** Subjects that deny anyone could have done otherwise: "nobody could have predicted", "nothing that could have been done". */
const NO_ONE = ['nobody', 'no-one', 'none', 'nothing'];
const UNCERTAIN_WORDS = new Set(['unsure', 'unclear', 'uncertain', 'wonder', 'wondering', 'wondered', 'doubt', 'doubtful', 'debatable']);
const REFLECTING_VERBS = new Set(['reflect', 'consider', 'discuss', 'ask', 'evaluate', 'assess', 'decide', 'determine', 'review', 'investigate', 'question', 'explore', 'revisit', 'examine', 'debate']);
const BELIEF_VERBS = new Set(['assume', 'expect', 'think', 'believe', 'presume', 'suppose']);

const DEGREE_WORDS = new Set(['so', 'very', 'quite', 'all', 'too', '%', 'percent', 'a', 'hundred', 'totally', 'wholly', 'fully', 'entirely', 'completely', 'easily', 'absolutely', 'utterly']);

/** Clause openers that name what spared the team: "without paging", "if not for the alert", "but for the canary". */
const LUCK_OPENERS = ['without', 'but for', 'if not for', "if it weren't for", "if it wasn't for", 'if it were not for', 'were it not for', "if it hadn't been for", 'had it not been for'].map(phraseWords);

/**
 * The modal at `i` is in a clause opened by what spared the team ("…: without paging available we
 * could've noticed it way later than we did"). Such a conditional states a safeguard's worth or
 * the luck of the day, not what someone should have done.
 */
function luckFrame(s: Sent, i: number): boolean {
  const t = s.toks;
  let start = i;
  while (start > 0 && !/[;:—–(]/.test(gapBefore(s, start))) start--;
  // "But without the canary …", "And if not for …"
  if (['but', 'and', 'so', 'yet'].includes(t[start]?.norm ?? '') && !LUCK_OPENERS.some((o) => matchesAt(s, start, o))) start++;
  return start < i && LUCK_OPENERS.some((o) => matchesAt(s, start, o));
}

/** "if the diff had been reviewed", "Had the change been tested": a passive of a human act. */
function passiveHumanAct(s: Sent, p: number): boolean {
  return s.toks[p].norm === 'been' && HUMAN_ACT_PARTICIPLES.includes(s.toks[p + 1]?.norm ?? '');
}

/** Slips that "could have" happened are possibilities: nobody imagines a better past with them. */
const POSSIBLE_SLIPS = ['missed', 'overlooked', 'forgotten', 'misread', 'misunderstood', 'misinterpreted', 'mistyped'];

/** A conditional "would/could/might (not) have" anywhere in the sentence: the main clause of "if … had". */
function hasModalHave(s: Sent): boolean {
  const t = s.toks;
  return t.some((x, k) => ((CONDITIONAL_MODALS.has(x.norm) || x.norm === 'should' || /'d$/.test(x.norm)) && t.slice(k + 1, k + 4).some((y) => y.norm === 'have')) || /'ve$/.test(x.norm));
}

/** A person word that heads its phrase ("by the co-worker"), not a modifier ("a Security Device"). */
function headsPerson(s: Sent, k: number, people: Gazetteer): boolean {
  if (!personWord(s, k, people)) return false;
  const next = s.toks[k + 1];
  return !next || punctBefore(s, k + 1) || AUXILIARIES.has(next.norm) || PREPOSITIONS.has(next.norm) || BOUNDARY_WORDS.has(next.norm) || isPastTense(next.norm);
}

/** The pronoun of a contraction such as "we'd" or "she'd", as a person. */
function contractedPerson(s: Sent, k: number, people: Gazetteer): PersonRef | undefined {
  const base = s.toks[k].norm.replace(/'d$/, '');
  if (!['i', 'we', 'you', 'he', 'she', 'they', 'someone', 'anyone', 'nobody', 'somebody', 'anybody'].includes(base)) return subjectOf(s, k, people).person;
  return { kind: base === 'i' || base === 'we' ? 'first-person' : 'pronoun', first: k, last: k, head: k, possessive: false };
}

/** The person right after a clause-initial "Had" ("Had anyone checked …"). */
function personAfter(s: Sent, i: number, people: Gazetteer): PersonRef | undefined {
  for (let k = i + 1; k < Math.min(s.toks.length, i + 5); k++) {
    const sub = subjectOf(s, k + 1, people);
    if (sub.person) return sub.person;
  }
  return undefined;
}

/** The clause after "if only" is a wish about the past: it has a past form, or nothing follows ("If only!"). */
function wishAfter(s: Sent, from: number): boolean {
  const t = s.toks;
  if (from >= t.length) return true;
  for (let k = from; k < t.length && k < from + 10; k++) {
    if (k > from && /[,;:.!?]/.test(gapBefore(s, k))) break;
    if (PRESENT_AUX.has(t[k].norm)) return false;
    if (isPastTense(t[k].norm) || PAST_WISH_WORDS.has(t[k].norm) || /['’]d$/.test(t[k].norm)) return true;
  }
  return false;
}
const PRESENT_AUX = new Set(['is', 'are', 'gets', 'get', 'am']);
const PAST_WISH_WORDS = new Set(['had', 'were', 'was', 'did', 'could', 'would', "hadn't", "weren't", "wasn't", "didn't", "couldn't", "wouldn't", 'knew']);

// Micro-matching and procedure-violation framing (catalogue §2.12): a person-like subject that
// "violated / did not follow / deviated from / broke / ignored the documented" a procedure,
// "skipped the mandatory {step}", and actions "against policy". Neutral citations of a control
// and process facts with no person as the violator are left alone.
import type { Rule, RuleFinding } from '../../types';
import type { ProseUnit } from '../../model';
import type { Gazetteer } from '../../people';
import { subjectOf, personWord, matchesAt, spanOf, punctBefore, gapBefore, isMetaBlameless, negatedBefore, type Sent, checkSentences } from './grammar';
import { sectionSeverity } from './sections';
import { phraseWords } from '../../phrases';
import { PROCEDURE_NOUNS, NOMINAL_VIOLATIONS, VIOLATION_VERBS, SKIP_VERBS, MANDATORY_WORDS, AGAINST_OBJECTS, AGAINST_VERBS, PASSIVE_VIOLATIONS, USAGE_RULES, PHRASE_ENDS } from './procedure-violation.phrases';

// Regexes with \p{…} live at module level: the TypeScript transforms (esbuild, tsx) turn them
// into `new RegExp(…)`, which inside a function is rebuilt on every call.
const ALL_UPPER = /^\p{Lu}+$/u;

const ID = 'procedure-violation';
const VERBS = VIOLATION_VERBS.map((v) => phraseWords(v.phrase)).sort((a, b) => b.length - a.length);
const AGAINST = AGAINST_OBJECTS.map(phraseWords).sort((a, b) => b.length - a.length);
const PASSIVE = PASSIVE_VIOLATIONS.map(phraseWords).sort((a, b) => b.length - a.length);
const USAGE = USAGE_RULES.map(phraseWords);

export const PROMPTS = [
  'How is this step performed in practice, and how often is it skipped?',
  'Why was the step not done this time? What made skipping it reasonable?',
  'Does the procedure say why the step matters?',
];

/** Participles after a procedure noun that describe it: "the instructions provided", "the steps documented". */
const REDUCED_RELATIVES = ['provided', 'given', 'listed', 'documented', 'described', 'outlined', 'agreed', 'required', 'written', 'issued', 'prescribed', 'laid'];

export const rule: Rule = {
  id: ID,
  category: 'blame',
  scope: 'prose',
  defaultSeverity: 'warning',
  description: 'An action is held up against a procedure ("violated the runbook", "did not follow the process").',
  explanation:
    'Holding an action up against a procedure picked in hindsight hides how the work is normally done. Describe normal practice, and why the step was or was not done.',
  sources: ['DEK'],
  prompts: PROMPTS,
  check(model, context) {
    return checkSentences(
      model,
      context.config,
      ID,
      findViolations,
      finding,
      (span, written, base) => ({ ...span, severity: base, message: message(written), phrase: written, prompts: PROMPTS }),
    );
  },
};

function message(written: string): string {
  return `"${written}" holds the action up against a procedure. Describe normal practice, and why the step was or was not done.`;
}

function finding(unit: ProseUnit, s: Sent, hit: { first: number; last: number }, severity: ReturnType<typeof sectionSeverity>): RuleFinding {
  const span = spanOf(unit, s, hit.first, hit.last);
  const written = unit.text.slice(s.toks[hit.first].start, s.toks[hit.last].end);
  // The procedure named at the end of the phrase: "the DNS change procedure", "the freeze".
  let p = hit.last;
  while (p > hit.first && !['the', 'a', 'an', 'our', 'their', 'its', 'from', 'follow', 'violated', 'skipped', 'to', 'with'].includes(s.toks[p - 1].norm)) p--;
  const det = ['the', 'a', 'an', 'our', 'their', 'its'].includes(s.toks[p - 1]?.norm ?? '') ? p - 1 : p;
  const procedure = unit.text.slice(s.toks[det].start, s.toks[hit.last].end);
  const procNoun = ALL_UPPER.test(s.toks[hit.last].value) ? s.toks[hit.last].value : s.toks[hit.last].value.toLowerCase();
  return {
    ...span,
    severity,
    message: message(written),
    phrase: written,
    prompts: PROMPTS,
    fixes: [
      {
        title: 'Describe the step and normal practice',
        edits: [{ ...span, newText: /^against$/i.test(s.toks[hit.first].value) ? '[how this step is usually done in practice, and why]' : `did not perform [step] (${procedure}); [how often the step is performed in practice, and why]; the ${procNoun} [does / does not] say why it matters` }],
        preferred: true,
      },
    ],
  };
}

/**
 * Rules a service sets for its users, not the procedures its responders follow: "obfuscated code,
 * which is in violation of the PyPI Acceptable Use Policy" describes an abuser's upload.
 */
function usageRules(s: Sent, from: number, last: number): boolean {
  for (let k = from; k <= last; k++) if (USAGE.some((u) => k + u.length - 1 <= last && matchesAt(s, k, u))) return true;
  return false;
}

/** The procedure noun phrase after token i: "(the) {up to 4 modifiers} {procedure noun}"; its last token or -1. */
function procedureAfter(s: Sent, i: number): number {
  const t = s.toks;
  for (let k = i; k < Math.min(t.length, i + 6); k++) {
    if (k > i && punctBefore(s, k)) return -1;
    // "SOP's." / "SOP's,": a plural written with an apostrophe (a possessive has a noun after it).
    const noun = /[a-z]'s$/.test(t[k].norm) && (!t[k + 1] || punctBefore(s, k + 1)) ? t[k].norm.replace(/'s$/, 's') : t[k].norm;
    if (PROCEDURE_NOUNS.includes(noun) || PROCEDURE_NOUNS.some((p) => noun.endsWith(`-${p}`))) {
      // "the change-freeze policy", "standard operating procedures": the longest run of procedure
      // nouns, with at most one other word inside it.
      let last = k;
      for (;;) {
        if (t[last + 1] && PROCEDURE_NOUNS.includes(t[last + 1].norm) && !punctBefore(s, last + 1)) last++;
        else if (t[last + 2] && /^[a-z]+$/.test(t[last + 1]?.norm ?? '') && PROCEDURE_NOUNS.includes(t[last + 2].norm) && !punctBefore(s, last + 1) && !punctBefore(s, last + 2) && !PHRASE_ENDS.has(t[last + 1].norm)) last += 2;
        else break;
      }
      return last;
    }
    if (['to', 'for', 'of', 'with', 'and', 'or', 'by', 'on', 'when', 'while', 'because'].includes(t[k].norm)) return -1;
  }
  return -1;
}

/** Verbs whose object is a rule by their meaning: "comply with X", "adhere to X". */
const RULE_TAKING = [['comply', 'with'], ['adhere', 'to'], ['adhere', 'with'], ['compliance', 'with'], ['adherence', 'to'], ['adherence', 'with'], ['noncompliance', 'with'], ['non-compliance', 'with'], ['nonadherence', 'to'], ['nonadherence', 'with'], ['non-adherence', 'to'], ['non-adherence', 'with']];

/** Verbs and auxiliaries that start the next clause after an object: "… the speed restriction was found". */
const OBJECT_ENDS = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'did', 'does', 'caused', 'led', 'contributed', 'resulted', 'meant', 'could', 'would', 'should', 'will', 'can', 'may', 'might', 'must']);

/** The last token of a short noun phrase starting at i ("(the) {up to 4 words}"), ending before punctuation or a phrase-ending word; or -1. */
function objectEnd(s: Sent, i: number): number {
  const t = s.toks;
  let last = -1;
  for (let k = i; k < Math.min(t.length, i + 5); k++) {
    if (k > i && punctBefore(s, k)) break;
    if (PHRASE_ENDS.has(t[k].norm) || OBJECT_ENDS.has(t[k].norm) || !/^[a-z][a-z0-9'-]*$/.test(t[k].norm)) break;
    last = k;
  }
  // A determiner alone is no object.
  return last >= 0 && !['the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'this', 'that', 'these', 'those'].includes(t[last].norm) ? last : -1;
}

const CONDITIONS = new Set(['if', 'unless', 'when', 'whenever', 'once']);

/** Violation phrases that are negative already: a "not" before them does not deny them. */
const NEGATIVE_VERBS = new Set(["doesn't", 'does', "don't", 'failed']);

export function findViolations(s: Sent, people: Gazetteer): { first: number; last: number }[] {
  const t = s.toks;
  const hits: { first: number; last: number }[] = [];
  for (let i = 0; i < t.length; i++) {
    if (hits.some((h) => h.first <= i && i <= h.last)) continue;
    const v = VERBS.find((w) => matchesAt(s, i, w));
    // "comply with", "adhere to" take a rule as their object whatever it is called ("failure to
    // comply with the restricted speed", "non-compliance with the separation minima"): the object's
    // noun phrase stands for the procedure.
    const last = v ? (RULE_TAKING.some((r) => v.length >= r.length && r.every((w, q) => v[v.length - r.length + q] === w)) ? Math.max(procedureAfter(s, i + v.length), objectEnd(s, i + v.length)) : procedureAfter(s, i + v.length)) : -1;
    if (v && last >= 0) {
      // "by not following industry-standard procedures", "disregard for the protocols": the act
      // itself is named, so no subject is needed.
      // "a failure to follow procedure": the nominalised violation names its (human) act, unless a
      // thing owns it ("its failure to follow the redirect policy").
      const nominal = NOMINAL_VIOLATIONS.includes(v[0]);
      if (nominal && (t[i - 1]?.norm === 'its' || (/'s$/.test(t[i - 1]?.norm ?? '') && !personWord(s, i - 1, people)))) continue;
      const named = v[0] === 'not' || v[0] === 'disregard' || nominal;
      // "did not skip the checklist", "never bypassed review": the violation denied. (Verbs that carry
      // their own negation, "doesn't follow", "failed to comply", are the violation.)
      if (!named && !NEGATIVE_VERBS.has(v[0]) && negatedBefore(s, i, 2)) continue;
      const sub = subjectOf(s, i, people);
      if (!named && (!sub.person || isMetaBlameless(s, sub.person.first))) continue;
      if (named && isMetaBlameless(s, i)) continue;
      // "The moderator must interrupt people if they don't follow the process": a condition, not a finding.
      // (A rule, by its modal: "…, they aren't any good if someone doesn't follow the protocols" is a complaint.)
      if (!named && sub.person && ['if', 'unless', 'whenever'].includes(t[sub.person.first - 1]?.norm ?? '') && t.slice(0, sub.person.first).some((x) => ['must', 'should', 'will', 'can', 'may', 'shall'].includes(x.norm))) continue;
      // "If they fail to follow the process, the job stops": a present-tense condition states a rule.
      if (!named && sub.person && (v[0] === 'fail' || v[0] === 'fails') && CONDITIONS.has(t[sub.person.first - 1]?.norm ?? '')) continue;
      hits.push({ first: i, last });
      continue;
    }
    // "maintenance procedures were not followed", "the usual approach was bypassed"
    if (PROCEDURE_NOUNS.includes(t[i].norm) || t[i].norm === 'approach') {
      let k = i + 1;
      // "the specific instructions provided were not followed": a participle describing the procedure.
      if (REDUCED_RELATIVES.includes(t[k]?.norm ?? '') && ['was', 'were'].includes(t[k + 1]?.norm ?? '') && !punctBefore(s, k)) k++;
      if (['was', 'were', 'is', 'are'].includes(t[k]?.norm ?? '') || (['had', 'have', 'has'].includes(t[k]?.norm ?? '') && t[k + 1]?.norm === 'been')) {
        k += t[k].norm === 'had' || t[k].norm === 'have' || t[k].norm === 'has' ? 2 : 1;
        while (k < t.length && ['therefore', 'then', 'also', 'simply', 'just', 'often', 'repeatedly', 'again'].includes(t[k].norm)) k++;
        const p = PASSIVE.find((w) => matchesAt(s, k, w));
        // "The runbook was not followed because it referred to a retired dashboard": a process fact with its reason.
        const reason = t.slice(k + (p?.length ?? 0)).some((x) => ['because', 'since', 'as'].includes(x.norm));
        if (p && !reason && !isMetaBlameless(s, i)) {
          let first = i;
          // Back over the noun's modifiers, not a sentence adverb ("Unfortunately the instructions …").
          while (first > 0 && !punctBefore(s, first) && !['was', 'were', 'and', 'that', 'because', 'when'].includes(t[first - 1].norm) && !/ly$/.test(t[first - 1].norm) && i - first < 4) first--;
          hits.push({ first, last: k + p.length - 1 });
          continue;
        }
      }
    }
    // "skipped the mandatory backup step"
    if (SKIP_VERBS.includes(t[i].norm)) {
      let k = i + 1;
      while (k < t.length && ['the', 'a', 'an', 'this', 'that', 'its'].includes(t[k].norm)) k++;
      if (!t[k] || !MANDATORY_WORDS.includes(t[k].norm)) continue;
      const sub = subjectOf(s, i, people);
      if (!sub.person && !/ing$/.test(t[i].norm)) continue;
      let last = k;
      while (t[last + 1] && !punctBefore(s, last + 1) && last < k + 4 && !['in', 'of', 'for', 'before', 'after', 'during', 'when', 'and', 'because', 'was', 'is', 'were', 'had', 'has', 'to', 'on', 'at'].includes(t[last + 1].norm)) last++;
      hits.push({ first: i, last });
      continue;
    }
    // "found the nurses in breach of Right 4(1)": a finding of breach (not of an SLA or a budget).
    if (t[i].norm === 'in' && t[i + 1]?.norm === 'breach' && t[i + 2]?.norm === 'of' && !t.slice(i + 3, i + 6).some((x) => ['sla', 'slas', 'slo', 'slos', 'contract', 'budget', 'quota', 'limit', 'limits', 'target', 'targets'].includes(x.norm)) && !isMetaBlameless(s, i)) {
      hits.push({ first: i, last: i + 3 });
      continue;
    }
    // "safety violations by operators"
    if (['violation', 'violations', 'breaches'].includes(t[i].norm) && t[i + 1]?.norm === 'by' && personWord(s, i + 2, people) && !isMetaBlameless(s, i)) {
      hits.push({ first: i, last: i + 2 });
      continue;
    }
    // "in violation of the freeze", "a breach of process"
    if ((t[i].norm === 'violation' || t[i].norm === 'breach' || t[i].norm === 'contravention') && t[i + 1]?.norm === 'of') {
      const last = procedureAfter(s, i + 2);
      // "Sending texts while driving a train is a violation of policy": a rule stated in the present, about an act in general.
      const ruleStated = ['is', 'are'].includes(t[i - 2]?.norm ?? '') && ['a', 'an'].includes(t[i - 1]?.norm ?? '') && /^[a-z]{3,}ing$/.test(t[0].norm);
      if (last >= 0 && !ruleStated && !isMetaBlameless(s, i) && !usageRules(s, i + 2, last)) {
        hits.push({ first: t[i - 1]?.norm === 'in' ? i - 1 : i, last });
        continue;
      }
    }
    // "Contrary to protocol, the dispatcher did not send …": an act by a person held against the
    // procedure ("contrary to popular belief", "contrary to the runbook, the script deletes …" are not).
    if (t[i].norm === 'contrary' && t[i + 1]?.norm === 'to') {
      const last = procedureAfter(s, i + 2);
      if (last >= 0 && t.some((_, k) => (k < i || k > last) && !!personWord(s, k, people)) && !isMetaBlameless(s, i) && !usageRules(s, i + 2, last)) {
        hits.push({ first: i, last });
        continue;
      }
    }
    // "Deploying the hotfix without a ticket was against policy"
    if (t[i].norm === 'against' && (AGAINST_VERBS.includes(t[i - 1]?.norm ?? '') || /,/.test(gapBefore(s, i)))) {
      // The object must end its noun phrase: "against the process list" names a list.
      const ends = (n: number) => !t[n] || punctBefore(s, n) || PHRASE_ENDS.has(t[n].norm);
      const o = AGAINST.find((w) => matchesAt(s, i + 1, w) && ends(i + 1 + w.length));
      // "went against the documented procedure": the procedure with its modifiers.
      const last = o ? i + o.length : /,/.test(gapBefore(s, i)) || !subjectOf(s, i - 1, people).person ? -1 : procedureAfter(s, i + 1);
      if (last > i && !isMetaBlameless(s, i - 1) && !usageRules(s, i + 1, last)) hits.push({ first: i, last });
    }
  }
  return hits;
}

// folk-model-label (catalogue §2.11): "complacency", "lost situational awareness", "not paying
// attention" offered as the reason someone acted. The label names a judgment, not a mechanism.
import type { Rule } from '../../types';
import { PHRASES } from './folk-model-label.phrases';
import { checkPhrases, isPersonToken, replaceFix, subjectBefore } from './phrase-rule';
import { isAmbiguousRole, checkSentences, spanOf, personAt, subjectOf, isMetaBlameless, type Sent } from './grammar';
import type { Gazetteer } from '../../people';
import type { ProseUnit } from '../../model';
import type { RuleFinding } from '../../types';
import { sectionSeverity } from './sections';

export const PROMPTS = ['What were you focusing on?', 'Where was the signal shown?'];
export const REWRITE = '[what the responder was looking at]; [where the relevant signal was shown]';

export const rule: Rule = {
  id: 'folk-model-label',
  category: 'blame',
  scope: 'prose',
  defaultSeverity: 'warning',
  description: 'Folk-model labels used as explanations ("complacency", "lost situational awareness").',
  explanation:
    'Labels such as "complacency" or "loss of situational awareness" name a judgment, not a mechanism. Describe what the person was attending to, and why: what else needed attention, and where the relevant signal was shown.',
  sources: ['DEK'],
  prompts: PROMPTS,
  check(model, context) {
    const phrases = checkPhrases(
      {
        id: 'folk-model-label',
        entries: PHRASES,
        // "attention" or "focused" with a system subject is fine ("the panel was not focused on …").
        accept: (m, g) => {
          if (m.entry.when === 'person') return subjectBefore(m.sentence, m.first, g).kind === 'person';
          // "the distracted driver", "the engineer was distracted" — but not "distracted by a second page" (the cause is named).
          if (m.entry.when === 'distracted') {
            const t = m.sentence.tokens;
            // The cause named right after it ("distracted by a page"), or after what it distracted
            // from ("distracted from the checklist by a page").
            const next = t[m.last + 1]?.word ?? '';
            if (DISTRACTION_CAUSES.has(next) || next === 'due' || (next === 'from' && t.slice(m.last + 2, m.last + 8).some((x) => x.word === 'by'))) return false;
            // "the distracted driver", "the driver was distracted": a role word that also names
            // software is a person when distracted.
            // Back over an adverb or a coordinated state: "was momentarily distracted", "disorientated or distracted".
            let f = m.first;
            for (;;) {
              if (f > 0 && /ly$/.test(t[f - 1].word)) f--;
              else if (f > 1 && ['or', 'and'].includes(t[f - 1].word) && /ed$/.test(t[f - 2].word)) f -= 2;
              else break;
            }
            const subject = subjectBefore(m.sentence, f, g);
            return isPersonToken(m.sentence, m.last + 1, g) || isAmbiguousRole(t[m.last + 1]?.word ?? '') || subject.kind === 'person' || (subject.kind === 'other' && isAmbiguousRole(t[subject.index].word));
          }
          return true;
        },
        prompts: PROMPTS,
        message: (_m, text) => `Folk-model label: “${text}” is a label, not an explanation. Describe what the person was looking at, and where the relevant signal was shown.`,
        fixes: (m, first, last) => [replaceFix(m.sentence, first, last, REWRITE, 'Describe what was being attended to', true)],
      },
      model,
      context,
    );
    // Extra phrases are reported once, by checkPhrases.
    const shapes = checkSentences(model, context.config, 'folk-model-label', findAttentionLoss, attentionFinding, () => undefined);
    return [...phrases, ...shapes.filter((f) => !phrases.some((p) => p.start < f.end && f.start < p.end))];
  },
};

/** Words after "distracted" that name what distracted the person: then it describes (perception-with-cause). */
const DISTRACTION_CAUSES = new Set(['by', 'because', 'while', 'when', 'as', 'since', 'with']);

/** Where a person's attention can be said to go: "the driver's focus", "lost his bearings". */
const ATTENTION_NOUNS = new Set(['focus', 'attention', 'concentration', 'bearings', 'awareness', 'vigilance']);
/** What is said of that attention as an explanation: "was diverted", "lapsed", "wandered". */
const DRIFTS = new Set(['diverted', 'distracted', 'drawn', 'elsewhere', 'lapsed', 'wandered', 'drifted', 'slipped', 'waned', 'wavered']);
/** A cause named after the attention word: "… by radio talk", "… because they were dealing with …". */
const CAUSES = new Set(['by', 'because', 'since', 'while', 'when', 'as']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'my', 'our', 'your']);

export interface AttentionHit {
  first: number;
  last: number;
}

/**
 * Attention lost, as a property of a person (§2.11 by grammar, issue 11): "{person}'s focus was
 * diverted", "his attention lapsed", "{person} lost his bearings / her focus / their
 * 'situational awareness'". With its cause named after it ("diverted by the second alarm",
 * "… because they were dealing with a fault") it describes, like "distracted by"
 * (perception-with-cause); the attention of a thing ("the dashboard's focus") is not a person's.
 */
export function findAttentionLoss(s: Sent, people: Gazetteer): AttentionHit[] {
  const t = s.toks;
  const hits: AttentionHit[] = [];
  for (let i = 1; i < t.length; i++) {
    if (!ATTENTION_NOUNS.has(t[i].norm)) continue;
    if (t.slice(i + 1).some((x, j) => CAUSES.has(x.norm) || (x.norm === 'due' && t[i + 2 + j]?.norm === 'to'))) continue;
    const owner = t[i - 1];
    // "situational awareness": the noun may carry one modifier ("lost his 'situational awareness'").
    const ownerAt = ['situational', 'situation', 'positional'].includes(owner.norm) ? i - 2 : i - 1;
    const o = t[ownerAt];
    if (!o) continue;
    const pronoun = POSSESSIVE_PRONOUNS.has(o.norm);
    const ref = pronoun ? undefined : personAt(s, ownerAt, people);
    if (!pronoun && !(ref && ref.possessive)) continue;
    const first = ref ? ref.first : ownerAt;
    if (isMetaBlameless(s, first)) continue;
    // "{person} lost his bearings": the verb before the owner, with a person subject or none in reach.
    // "his" and "her" are a person's whatever the subject; "their" needs a person subject.
    if (t[ownerAt - 1]?.norm === 'lost' && pronoun) {
      const subject = subjectOf(s, ownerAt - 1, people).person;
      if (subject || ['his', 'her'].includes(o.norm)) hits.push({ first: subject && subject.last === ownerAt - 2 ? subject.first : ownerAt - 1, last: i });
      continue;
    }
    // "{person}'s focus was diverted", "his attention lapsed", "her concentration had drifted".
    let k = i + 1;
    while (k < t.length && ['was', 'were', 'had', 'been', 'has', 'is', 'briefly', 'momentarily', 'clearly', 'apparently'].includes(t[k].norm)) k++;
    if (t[k] && DRIFTS.has(t[k].norm) && (t[k].norm !== 'drawn' || ['away', 'elsewhere'].includes(t[k + 1]?.norm ?? ''))) {
      hits.push({ first, last: t[k].norm === 'drawn' ? k + 1 : k });
    }
  }
  return hits;
}

function attentionFinding(unit: ProseUnit, s: Sent, hit: AttentionHit, severity: ReturnType<typeof sectionSeverity>): RuleFinding {
  const span = spanOf(unit, s, hit.first, hit.last);
  const text = unit.text.slice(s.toks[hit.first].start, s.toks[hit.last].end);
  return {
    ...span,
    severity,
    message: `Folk-model label: “${text}” is a label, not an explanation. Describe what the person was looking at, and where the relevant signal was shown.`,
    phrase: text,
    prompts: PROMPTS,
    fixes: [{ title: 'Describe what was being attended to', edits: [{ ...span, newText: REWRITE }], preferred: true }],
  };
}

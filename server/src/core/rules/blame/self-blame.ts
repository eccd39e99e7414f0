// self-blame (catalogue §2.14): "I was solely responsible", "we dropped the ball", "no excuse".
// Info; off in customer-facing sections, where apologies are expected (§1.5). Apologies that do
// not assign fault ("We are sorry for the disruption") contain none of these phrases.
import type { Rule } from '../../types';
import type { Gazetteer } from '../../people';
import { PHRASES } from './self-blame.phrases';
import { checkPhrases, isNegated, subjectBefore, type PhraseMatch } from './phrase-rule';
import { BELIEF_PAST_VERBS } from './grammar';

export const PROMPTS = ['What else was going on at the time?', 'What made this action reasonable at the moment it was taken?', 'What would have made this decision easier?'];
const OWN_WORDS = new Set(['i', 'we', 'my', 'our', 'me', 'us', "i'm", "we're", "i've", "we've", "i'll", "we'll", 'you', 'your']);
const HYPOTHETICAL = new Set(['if', 'unless', 'whether', 'suppose', 'supposing']);
const INCIDENT_NOUNS = new Set(['outage', 'incident', 'failure', 'mistake', 'error', 'problem', 'issue', 'delay', 'loss', 'breach', 'downtime', 'disruption', 'bug', 'regression', 'it', 'this', 'that']);

function accept(m: PhraseMatch, g: Gazetteer): boolean {
  const s = m.sentence;
  const t = s.tokens;
  // "If we are at fault, then we blame to deflect": a hypothetical, not an admission.
  if (HYPOTHETICAL.has(t[m.first - 1]?.word ?? '')) return false;
  // "We thought this solved the issue, but we were wrong": a belief corrected, not a confession.
  if (/ wrong$/.test(m.entry.phrase) && t.slice(0, m.first).some((x) => BELIEF_PAST_VERBS.has(x.word))) return false;
  switch (m.entry.when) {
    case 'incident-object': {
      const subject = subjectBefore(s, m.first, g);
      if (subject.kind === 'person' && ['i', 'we'].includes(t[subject.index].word)) return true;
      // "… solely responsible for the outage"
      if (t[m.last + 1]?.word !== 'for') return false;
      for (let k = m.last + 2; k < t.length && k <= m.last + 5; k++) if (INCIDENT_NOUNS.has(t[k].word)) return true;
      return false;
    }
    case 'taker':
      // "decide who takes the blame", "someone to take the blame": the blame put on another, not taken.
      return !['who', 'whoever', 'whom', 'someone', 'somebody', 'anyone', 'scapegoat'].includes(t[m.first - 1]?.word ?? '');
    case 'own':
      // "Their statement took full responsibility": someone else's admission, reported; the writers'
      // own, or the reader's told to ("Accept the full responsibility and …"), is the admission.
      return t.some((x) => OWN_WORDS.has(x.word)) || ['accept', 'take', 'assume', 'own'].includes(t[0]?.word ?? '');
    case 'owned-fault':
      // "we learn from our mistakes", "a mistake of ours"; "my mistake was assuming …" is owned.
      if (['from', 'about', 'on'].includes(t[m.first - 1]?.word ?? '') || ['message', 'messages', 'rate', 'handling', 'budget'].includes(t[m.last + 1]?.word ?? '')) return false;
      return !isNegated(s, m.first, 3);
    case 'not-negated':
      return !isNegated(s, m.first, 3) && !['anyone', "anyone's", "nobody's", 'one', "one's"].includes(t[m.first - 1]?.word ?? '');
    default:
      return true;
  }
}

export const rule: Rule = {
  id: 'self-blame',
  category: 'blame',
  scope: 'prose',
  defaultSeverity: 'info',
  description: 'Sole responsibility and self-flagellation ("I was solely responsible", "we dropped the ball").',
  explanation:
    'Taking the blame is generous, but it ends the analysis in the same way as blaming someone else. Keep the apology, and move the explanation to Contributing Factors. Accountability means giving a detailed account, not accepting blame. Off in customer-facing sections (External Message, Status page), where apologies are expected.',
  sources: ['ETSY12', 'PD-ACC'],
  prompts: PROMPTS,
  check(model, context) {
    return checkPhrases(
      {
        id: 'self-blame',
        entries: PHRASES,
        accept,
        prompts: PROMPTS,
        message: (_m, text) => `Self-blame: “${text}” takes the blame, which ends the analysis as surely as blaming someone else. Keep any apology; describe what made the action reasonable at the time in Contributing Factors.`,
      },
      model,
      context,
    );
  },
};

// hindsight-minimizing (catalogue §2.6): hindsight words ("obviously", "should have been
// obvious") and minimisers of a human action ("all the on-call had to do", "merely had to").
import type { Rule } from '../../types';
import { isExempt } from '../../model';
import { PHRASES, FEELING_ADJECTIVES } from './hindsight-minimizing.phrases';
import { checkPhrases, deleteFix, isNegated, replaceFix, subjectBefore, type PhraseMatch } from './phrase-rule';
import { isRoleNoun, type Gazetteer } from '../../people';
import { AFFECTED_PEOPLE } from './grammar';

export const PROMPTS = ['Would this have been obvious to everyone in that seat?', 'What information did you have at that point?'];

/** just-temporal: "just after", "just in time", "just under forty minutes". */
const TEMPORAL_NEXT = new Set([
  'after', 'before', 'as', 'in', 'when', 'while', 'then', 'now', 'under', 'over', 'about', 'around', 'past', 'below', 'above',
  'shy', 'short', 'once', 'since', 'until', 'ahead', 'behind', 'prior', 'minutes', 'seconds', 'hours', 'days', 'weeks', 'moments',
  'enough', 'barely', 'like', 'because', 'so', 'the', 'a', 'an', 'one', 'two', 'three', 'four', 'five', 'ten', 'twenty', 'a',
]);
const PERFECT = new Set(['had', 'has', 'have', "'d", 'having']);
const BE = new Set(['is', 'was', 'were', 'are', 'been', 'be', 'seemed', 'seems', 'looked', 'looks', 'appeared', 'became', "it's", "that's", "'s"]);
/** Purposes that say a fix worked: "… to get our workers running", "… to bring the site back". */
const SUCCESS_VERBS = new Set(['get', 'make', 'bring', 'restore', 'keep', 'fix', 'recover', 'resume', 'unblock']);
const FEELINGS = new Set(FEELING_ADJECTIVES);
const INTENSIFIERS = new Set(['so', 'very', 'quite', 'pretty', 'fairly', 'perfectly', 'immediately', 'already', 'completely', 'totally', 'blindingly', 'painfully']);
/** What a team reaches for once the cause is known: "the fix seemed obvious" judges no one. */
/** A name written just before a token: a code span or a quotation ("the `ENOSPC` error", 'the "timeout" error'). */
function namedBefore(s: PhraseMatch['sentence'], k: number): boolean {
  const prev = s.tokens[k - 1];
  if (prev && isExempt(s.unit, prev.start, prev.end)) return true;
  const before = s.unit.text.slice(Math.max(0, s.tokens[k].start - 40), s.tokens[k].start).trimEnd();
  return /["”’']$/.test(before);
}
const REMEDY_SUBJECTS = new Set(['fix', 'solution', 'remedy', 'workaround', 'mitigation', 'answer', 'resolution', 'patch']);
/** What a diagnostic step produced: "the results were obvious" reports a finding, not a miss. */
const FINDING_SUBJECTS = new Set(['result', 'results', 'outcome', 'outcomes', 'difference', 'effect', 'effects', 'improvement', 'trend', 'correlation', 'output',
  // What the system showed: "the error message was obvious", "the pattern was so obvious" (obvious-artifact).
  'message', 'messages', 'log', 'logs', 'warning', 'warnings', 'symptom', 'symptoms', 'pattern', 'patterns', 'signal', 'signals', 'spike', 'graph', 'graphs', 'trace', 'traces']);

/** Harms an obviousness adjective can be attached to ("a predictable explosion", "a foreseeable outage"). */
const HARM_NOUNS = new Set(['outage', 'outages', 'failure', 'failures', 'accident', 'accidents', 'crash', 'crashes', 'explosion', 'explosions', 'disaster', 'disasters', 'collision', 'incident', 'incidents', 'breach', 'leak', 'loss', 'fire', 'fatality', 'fatalities', 'death', 'deaths', 'injury', 'injuries', 'mistake', 'mistakes', 'error', 'errors', 'overdose', 'derailment', 'grounding', 'sinking', 'meltdown', 'tragedy']);
const COMPOUND_TAILS = new Set(['mode', 'modes', 'rate', 'rates', 'budget', 'budgets', 'domain', 'domains', 'handling', 'message', 'messages', 'path', 'paths', 'case', 'cases', 'scenario', 'scenarios', 'pattern', 'patterns', 'class', 'type', 'types', 'count', 'counts', 'code', 'codes', 'response', 'recovery', 'model', 'behaviour', 'behavior']);
const PAST_BE = new Set(['was', 'were', 'been', 'seemed', 'looked', 'appeared', 'became']);
const STATES = new Set(['did', "didn't", 'do', 'does', "don't", 'had', 'have', 'has', 'lacked', 'could', "couldn't", 'knew', 'know', "wasn't", "weren't"]);
const PRESENT_BE = new Set(['is', 'are', "it's", "that's", "'s"]);
const HAD_TO = new Set(['had', 'has', 'have', 'needed', 'needs', 'need']);
const NEG_WINDOW = 3;
/** Words that set what was done against what was (said to be) evident. */
const CONTRAST_AFTER = new Set(['yet', 'but', 'still', 'nevertheless', 'nonetheless', 'however', 'anyway', 'despite']);
/** Words that follow a verb rather than an attributive participle ("Clearly showed the …"). */
const FOLLOWS_VERB = new Set(['the', 'a', 'an', 'that', 'this', 'it', 'them', 'him', 'her', 'nobody', 'no', 'to', 'for', 'what', 'how', 'every', 'all', 'our', 'their', 'its', 'his']);
/** People in general: "obvious to anyone", "obvious to everyone". */
const OBVIOUS_TO_ALL = new Set(['anyone', 'anybody', 'everyone', 'everybody']);
/** Determiners of a thing possessed: "clearly had a …", "clearly had the …" ("had no idea" is not one). */
const POSSESSED_OPENERS = new Set(['a', 'an', 'the', 'some', 'one', 'their', 'his', 'her', 'its', 'our', 'two', 'several', 'access']);
/** Signals someone could have read: "there were warnings", "there were signs". */
const SIGNAL_WORDS = new Set(['warning', 'warnings', 'sign', 'signs', 'signal', 'signals', 'alarm', 'alarms', 'alert', 'alerts', 'flag', 'flags', 'symptom', 'symptoms', 'indication', 'indications']);
/** Past-tense verbs of showing a signal: "The dashboard clearly showed …" is hindsight. */
const EVIDENCE_VERBS = new Set(['showed', 'shown', 'indicated', 'displayed', 'pointed', 'warned', 'signalled', 'signaled', 'flagged', 'highlighted', 'revealed', 'suggested', 'identified', 'visible']);

/**
 * Hindsight is about the incident: a sentence adverb of obviousness ("obviously", "of course",
 * "predictably") blames only when what it calls obvious is a failure, a cause, a missed signal or
 * a person's act ("Obviously the new index was the source …", "Predictably, the jet crashed").
 * Said of a recovery, a plan or a present need it is ordinary narration ("Unsurprisingly, latency
 * went back to normal", "Clearly, the retry logic needs a cap", "Of course, the fix was deployed").
 */
const FAILURE_WORDS = new Set([
  'cause', 'causes', 'caused', 'source', 'culprit', 'problem', 'problems', 'issue', 'bug', 'bugs', 'leak', 'leaked', 'leaking', 'error', 'errors',
  'fault', 'failure', 'failures', 'failed', 'fail', 'failing', 'crashed', 'crash', 'crashing', 'broke', 'broken', 'break', 'fill', 'filled',
  'filling', 'full', 'exhausted', 'overloaded', 'overload', 'missed', 'miss', 'ignored', 'ignore', 'wrong', 'outage', 'down', 'expired',
  'expire', 'expiring', 'lag', 'spiked', 'spiking', 'warning', 'warnings', 'signs', 'signal', 'signals', 'alarm', 'alarms', 'lost', 'corrupted',
  'stalled', 'hung', 'deadlocked', 'spike', 'spikes', 'slow', 'mistake', 'mistakes', 'blame', 'trouble', 'doomed', 'disaster', 'accident', 'explosion', 'incident',
]);
/** Verbs that put a clause in the present or the future: a need, a plan or a standing fact. */
const PRESENT_OR_FUTURE = new Set(['is', 'are', 'am', 'need', 'needs', 'will', "we'll", 'must', 'can', 'shall', 'requires', 'require', 'remains', 'remain', "it's", "that's", "we're", "there's", 'do', 'does', 'want', 'wants', 'should', 'has', 'have', "can't", 'cannot', "won't"]);
/** "Plainly put", "simply stated": a manner of speaking. */
// Also the other verbs of saying and sending word ("he simply sent a message", "she simply
// replied"): "simply" there means "only that", the manner of an answer, not a hard act made easy.
const SPEAKING = new Set(['put', 'stated', 'said', 'speaking', 'sent', 'replied', 'wrote', 'told', 'asked', 'answered', 'responded', 'emailed', 'messaged', 'posted', 'commented', 'mentioned', 'noted', 'texted', 'called']);

/** Words that put a clause in the past. */
const PAST_WORDS = new Set(['was', 'were', 'had', 'did', "didn't", "wasn't", "weren't", "hadn't", 'been']);
const isPastWord = (w: string) => PAST_WORDS.has(w) || /[a-z]{2,}ed$/.test(w);

/** The first finite verb after token i in its sentence names a present or future clause. */
function presentClause(m: PhraseMatch): boolean {
  const t = m.sentence.tokens;
  for (let k = m.last + 1; k < Math.min(t.length, m.last + 8); k++) {
    const w = t[k].word;
    if (w === 'should' || w === 'must' || w === 'will' || w === 'would' || w === 'could') return !(t[k + 1]?.word === 'have' || t[k + 2]?.word === 'have');
    if (PRESENT_OR_FUTURE.has(w)) return !((w === 'has' || w === 'have') && /(ed|en)$/.test(t[k + 1]?.word ?? ''));
    if (isPastWord(w)) return false;
  }
  // A closing aside: "That doesn't help you now, obviously." takes the tense of the clause before it.
  if (m.last === t.length - 1) {
    for (let k = m.first - 1; k >= Math.max(0, m.first - 8); k--) {
      const w = t[k].word;
      if (PRESENT_OR_FUTURE.has(w) || ["doesn't", "don't", "isn't", "aren't"].includes(w)) return true;
      if (isPastWord(w)) return false;
    }
  }
  return false;
}

/** What the adverb calls obvious is a failure, a cause, a signal, or what a person did. */
function aboutFailure(m: PhraseMatch, g: Gazetteer, thingsCount = true): boolean {
  const t = m.sentence.tokens;
  if (thingsCount && t.slice(m.last + 1).some((x) => FAILURE_WORDS.has(x.word))) return true;
  // "Obviously this should have been caught": what someone should have done.
  if (t.slice(m.last + 1).some((x, k) => (x.word === 'should' || x.word === 'could') && t[m.last + 2 + k]?.word === 'have')) return true;
  // "Obviously the on-call ignored …": a person right after the adverb, as the subject.
  const after = t[m.last + 1]?.word === 'the' ? m.last + 2 : m.last + 1;
  return after < t.length && subjectBefore(m.sentence, after + 1, g).kind === 'person' && !FIRST_PERSON.has(t[after].word);
}
const FIRST_PERSON = new Set(['we', 'i']);

/** Words that make "common sense" a minimiser: "just / basic / simple / plain common sense". */
const COMMON_SENSE_MINIMISERS = new Set(['just', 'basic', 'simple', 'plain', 'simply', 'only', 'pure', 'merely', 'elementary']);

/** A sentence adverb of obviousness that blames: past, about a failure, not a manner of speaking. */
function hindsightAdverb(m: PhraseMatch, g: Gazetteer, thingsCount = true): boolean {
  if (SPEAKING.has(m.sentence.tokens[m.last + 1]?.word ?? '')) return false;
  return !presentClause(m) && aboutFailure(m, g, thingsCount);
}

/** Words between an easy look and a modal that make the look a finding, not the thing judged. */
const LOOK_FINDINGS = new Set(['that', 'which', 'shows', 'showed', 'shown', 'reveals', 'revealed', 'found', 'finds', 'confirmed', 'confirms', 'suggests', 'suggested', 'told', 'tells']);

/** The writers' own fix, said to have worked: "We only had to polyfill … to get our workers running". */
function ownFixWorked(m: PhraseMatch): boolean {
  const t = m.sentence.tokens;
  return ['i', 'we'].includes(t[m.first - 1]?.word ?? '') && t.slice(m.last + 3).some((x, k, a) => x.word === 'to' && SUCCESS_VERBS.has(a[k + 1]?.word ?? ''));
}

/**
 * The subject at `k` is people the incident happened to, or "they" after them in the sentence: "To
 * ease setup for users, we made shallow clones, meaning they only had to fetch …" states what a
 * design spared users, not a responder's act made to look easy.
 */
function affectedMeant(m: PhraseMatch, k: number): boolean {
  const t = m.sentence.tokens;
  if (AFFECTED_PEOPLE.has(t[k].word)) return true;
  if (t[k].word !== 'they') return false;
  for (let q = k - 1; q >= 0; q--) {
    if (AFFECTED_PEOPLE.has(t[q].word)) return true;
    if (isRoleNoun(t[q].word) || isRoleNoun(t[q].word.replace(/s$/, ''))) return false;
  }
  return false;
}

function nextIsHadTo(m: PhraseMatch): boolean {
  const t = m.sentence.tokens;
  return HAD_TO.has(t[m.last + 1]?.word ?? '') && t[m.last + 2]?.word === 'to';
}

function accept(m: PhraseMatch, g: Gazetteer): boolean | [number, number] {
  const s = m.sentence;
  const t = s.tokens;
  const i = m.first;
  // "All you have to do is run the script": the generic "you" of an instruction, in the present.
  if (/ (?:has|have) to do$/.test(m.entry.phrase) && t.slice(m.first, m.last + 1).some((x) => x.word === 'you' || x.word === 'one')) return false;
  const prev = t[i - 1]?.word ?? '';
  const next = t[m.last + 1]?.word ?? '';
  switch (m.entry.when) {
    case 'not-negated':
      return !isNegated(s, i, NEG_WINDOW) && hindsightAdverb(m, g);
    case 'clearly': {
      if (isNegated(s, i, NEG_WINDOW)) return false;
      // "The managers were obviously very keen to know …", "she was clearly upset": a feeling inferred.
      {
        let f = m.last + 1;
        while (f < t.length && INTENSIFIERS.has(t[f].word)) f++;
        if (FEELINGS.has(t[f]?.word ?? '')) return false;
      }
      // "We will more clearly define …": a manner compared, or promised, not a reading of the past.
      if (['more', 'less', 'most', 'will', 'shall'].includes(prev)) return false;
      // "Most of them are also clearly marked as such": a state in the present, not a reading of the past.
      let b = i - 1;
      while (b > 0 && ['also', 'still', 'very', 'now'].includes(t[b].word)) b--;
      if (PRESENT_BE.has(t[b]?.word ?? '') || t[b]?.word === 'am') return false;
      // minimizer-technical: a thing described in the present ("The dashboard clearly labels …").
      const subject = subjectBefore(s, i, g);
      // "Clearly documented steps helped": an attribute, not a judgment on the past.
      const after = t[m.last + 2]?.word ?? '';
      if (subject.kind === 'none' && /(ed|en)$/.test(next) && !FOLLOWS_VERB.has(after)) return false;
      // "so they clearly had a rather distorted copy": what someone had, inferred from the evidence;
      // no act of theirs is read in hindsight ("they clearly had no idea" still judges).
      if (next === 'had' && POSSESSED_OPENERS.has(after)) return false;
      if (subject.kind === 'person') return !presentClause(m);
      // "Clearly there was a link between the command and the outage": an inference that something
      // existed, unless what existed is a signal someone could have read ("there were warnings").
      if (subject.kind === 'none' && next === 'there' && ['was', 'were'].includes(after) && !t.slice(m.last + 3).some((x) => SIGNAL_WORDS.has(x.word))) return false;
      if (subject.kind === 'none') return hindsightAdverb(m, g);
      // A thing with "clearly" is hindsight only when it showed the signal ("The dashboard clearly
      // showed …"); otherwise it describes behaviour ("clearly labels", "clearly communicated").
      return EVIDENCE_VERBS.has(next);
    }
    case 'predicative': {
      let k = i - 1;
      if (INTENSIFIERS.has(t[k]?.word ?? '')) k--;
      // "The result was a very predictable explosion": the adjective on a harm that happened is the
      // same judgment as "the explosion was predictable" ("predictable latency" is a property).
      // "a predictable failure mode", "predictable error rates" describe a design, not a harm.
      const harm = HARM_NOUNS.has(next) && !COMPOUND_TAILS.has(t[m.last + 2]?.word ?? '');
      if (m.entry.phrase !== 'obvious' && harm && ['a', 'an', 'the', 'this', 'that'].includes(t[k]?.word ?? '')) return !isNegated(s, i, NEG_WINDOW + 1);
      // "a mistake that is obvious to anyone who has deployed code", "what should be obvious to
      // everyone": obviousness to people in general makes whoever missed it look careless, in any tense.
      if (next === 'to' && OBVIOUS_TO_ALL.has(t[m.last + 2]?.word ?? '')) return !isNegated(s, i, NEG_WINDOW + 1);
      // Past only: "should have been obvious", "was obvious from the first alert". In the present
      // ("the failure mode is predictable") it describes the system as it is now.
      if (!PAST_BE.has(t[k]?.word ?? '')) return false;
      // "We found it in no time since the error log was quite obvious": obviousness as the reason
      // the response went well, not a miss judged.
      if (t.slice(Math.max(0, k - 5), k).some((x) => x.word === 'since' || x.word === 'because')) return false;
      // "The fix was obvious once we saw the stack trace": obvious after the evidence was found.
      if (['once', 'after'].includes(next)) return false;
      // "the fix seemed obvious enough": the remedy, found once the cause was known, is what looked
      // easy; no one's earlier miss is judged (obvious-artifact).
      if (REMEDY_SUBJECTS.has(t[k - 1]?.word ?? '') || FINDING_SUBJECTS.has(t[k - 1]?.word ?? '')) return false;
      // "the `stale file handle` error was obvious": an error named by its text is what the system
      // showed; "the error was obvious", "his error was obvious" may be a person's (no name before it).
      if (/^errors?$/.test(t[k - 1]?.word ?? '') && namedBefore(s, k - 1)) return false;
      // "As we dug into the logs it became obvious that …": the team's realisation as the response
      // went on, told in order, not a miss judged after the fact.
      if (t[k]?.word === 'became') return false;
      // "None of this was obvious while it was happening": the subject denies it.
      if (t.slice(Math.max(0, k - 4), k).some((x) => ['none', 'nothing', 'neither'].includes(x.word))) return false;
      return !isNegated(s, i, NEG_WINDOW + 1);
    }
    case 'obvious-fault':
      // After an article or a demonstrative ("an obvious mistake", "such obvious oversights"), not denied;
      // "the obvious mistake to look for" is a candidate in the team's own search (obvious-artifact).
      // ("an obvious mistake in the original API": a defect located in a thing, not a person's act.)
      if (next === 'in' && !['hindsight', 'retrospect'].includes(t[m.last + 2]?.word ?? '')) return false;
      return ['a', 'an', 'such', 'this', 'that', 'these', 'those', 'very', 'most', 'rather', 'pretty', 'quite', 'so', 'some'].includes(prev) && !isNegated(s, i, NEG_WINDOW + 1);
    case 'common-sense': {
      // As the verdict ("was just common sense", "basic common sense") or as the judge ("common sense
      // would have …", "common sense dictates"); "a lack of common sense" is normative-judgment's,
      // and "use common sense" an instruction.
      let k = i - 1;
      while (k > 0 && COMMON_SENSE_MINIMISERS.has(t[k].word)) k--;
      const verdict = (BE.has(t[k]?.word ?? '') || ["it's", "that's"].includes(t[k]?.word ?? '')) && k < i;
      const minimised = k < i - 1 || verdict;
      const judge = ['would', 'should', 'dictates', 'dictated', 'says', 'said', 'tells', 'told'].includes(next) || /^(?:would|should)'ve$/.test(next);
      return (minimised || judge) && !isNegated(s, i, NEG_WINDOW + 1);
    }
    case 'human-action': {
      if (isNegated(s, i, 1)) return false; // "not just", "not simply": meaning "in addition"
      if (PERFECT.has(prev)) return false; // "had just finished", "had just been rebuilt"
      if (m.entry.phrase === 'just' && TEMPORAL_NEXT.has(next)) return false;
      if (/^\d/.test(next)) return false;
      // "The fix was simply to restart …", "it was just a matter of …" (in the present, "the approach
      // is just to check …" describes a method, not a past act).
      if (BE.has(prev) && (next === 'to' || (next === 'a' && t[m.last + 2]?.word === 'matter'))) return !PRESENT_BE.has(prev);
      const subject = subjectBefore(s, i, g);
      // "you just have to replace that drive": the generic "you" of an instruction, in the present.
      if (nextIsHadTo(m) && next !== 'had' && next !== 'needed' && t[i - 1]?.word === 'you') return false;
      // "we just need to learn from it": the writers' own next step, in the present, minimises no past act.
      if (nextIsHadTo(m) && ['need', 'needs', 'have', 'has'].includes(next) && ['i', 'we'].includes(t[i - 1]?.word ?? '')) return false;
      // "We only had to polyfill the fetch event to get our workers running": how little the writers'
      // own fix took, said of a success; no one's earlier miss is judged.
      if (nextIsHadTo(m) && ownFixWorked(m)) return false;
      if (nextIsHadTo(m)) return subject.kind !== 'other';
      // "He had to just let the yoke go forward": the same, with "just" after "had to".
      if (prev === 'to' && HAD_TO.has(t[i - 2]?.word ?? '')) return subjectBefore(s, i - 2, g).kind === 'person';
      if (m.entry.phrase === 'just') return false;
      // "We simply did not have enough capacity": a state, not an act made to look easy.
      if (STATES.has(next) || SPEAKING.has(next)) return false;
      // ("In the end, I simply let matters lie": the writer's own act, told plainly.)
      return subject.kind === 'person' && !BE.has(next) && subject.index === i - 1 && !['i', 'we'].includes(t[i - 1].word);
    }
    case 'one-look': {
      // "A simple look at the commit history should have been enough": an easy check, judged after
      // the fact. The look is the modal's subject: in "a quick check of Wayback shows that the page
      // should have had an update" the check found something, and the modal is about the page.
      const modal = t.findIndex((x, k) => k > m.last && ((['would', 'should', 'could'].includes(x.word) && ['have', "'ve"].includes(t[k + 1]?.word ?? '')) || /^(?:would|should|could)'ve$/.test(x.word)));
      return modal > 0 && !t.slice(m.last + 1, modal).some((x) => LOOK_FINDINGS.has(x.word));
    }
    case 'past-be':
      // "was easy to see", "were plain to see": a judgment about the past, not a panel described now.
      return ['was', 'were', 'been', 'be'].includes(prev) && !isNegated(s, i, NEG_WINDOW);
    case 'not-aside':
      // "…, and we're back online now, of course.": a closing aside, not hindsight.
      // minimizer-technical: "Of course, it broke the code", "until of course Windows couldn't
      // handle it": a thing behaving as things do. "Of course" minimises only what a person did
      // or should have done ("Of course the on-call missed it", "of course this should have …").
      return m.last < t.length - 1 && hindsightAdverb(m, g, false);
    case 'despite':
      // Only with a contrast that follows: "…, yet the on-call kept restarting it". Alone ("It was
      // clear from the logs that the disk had filled at 02:14") it reports evidence.
      if (isNegated(s, i, NEG_WINDOW)) return false;
      {
        const c = t.findIndex((x, k) => k > m.last && CONTRAST_AFTER.has(x.word));
        if (c < 0) return false;
        // "the error was clear but the source of it was not": clearness set against unclearness,
        // the contrast ends in an elided "was not"; nothing done is set against the evidence.
        let end = c + 1;
        while (end + 1 < t.length && !/[,;:.!?]/.test(s.unit.text.slice(t[end].end, t[end + 1].start))) end++;
        const elided = end > c + 1 && (t[end].word === "wasn't" || t[end].word === "weren't" || t[end].word === "isn't" || (t[end].word === 'not' && ['was', 'were', 'is', 'are'].includes(t[end - 1]?.word ?? '')));
        return !elided;
      }
    case 'had-to': {
      // "you only need to verify the gems from 2019": in the present "only" narrows a scope or an
      // instruction; what is minimised is a past act ("they only had to restart it").
      if (!['had', 'needed'].includes(next)) return false;
      const subject = subjectBefore(s, i, g);
      return !isNegated(s, i, 1) && nextIsHadTo(m) && !ownFixWorked(m) && subject.kind === 'person' && !affectedMeant(m, subject.index);
    }
    case 'inability': {
      // "three pros could not manage the simplest …", "the operator failed to do even the most basic
      // check": a person's "could not / failed to" a few words before, in the same clause.
      for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
        const w = t[k].word;
        const cannot = ["couldn't", "can't", 'cannot', 'unable'].includes(w) || (w === 'not' && ['could', 'can'].includes(t[k - 1]?.word ?? '')) || (w === 'to' && t[k - 1]?.word === 'failed');
        if (!cannot) continue;
        const at = w === 'not' || w === 'to' ? k - 1 : w === 'unable' && ['was', 'were'].includes(t[k - 1]?.word ?? '') ? k - 1 : k;
        // "… couldn't find the easiest path because the links were broken": the reason is given.
        if (t.slice(m.last + 1).some((x) => ['because', 'since', 'as'].includes(x.word))) return false;
        const subject = subjectBefore(s, at, g);
        // "The engineers could not …": a plural role is people too.
        const person = subject.kind === 'person' || (subject.kind === 'other' && /[^s]s$/.test(t[subject.index].word) && isRoleNoun(t[subject.index].word.slice(0, -1)));
        // The finding starts at the inability ("could not manage the simplest"), so that the
        // negation is read as part of the phrase, not as a denial of it.
        return person ? [at, m.last] : false;
      }
      return false;
    }
    default:
      return true;
  }
}

export const rule: Rule = {
  id: 'hindsight-minimizing',
  category: 'blame',
  scope: 'prose',
  defaultSeverity: 'warning',
  description: 'Hindsight and minimising words ("obviously", "all they had to do", "any competent engineer would").',
  explanation:
    'This reads the past with knowledge gained later, and makes the work look easier than it was. Explain the event in terms of what could be foreseen at the time: what the people involved could see, and what made the signal hard to read.',
  sources: ['PD-B', 'DEK', 'ETSY-DFG'],
  prompts: PROMPTS,
  check(model, context) {
    return checkPhrases(
      {
        id: 'hindsight-minimizing',
        entries: PHRASES,
        // "Anyone can see …", "any engineer would know": minimising is said of people in general.
        genericGuard: false,
        accept,
        prompts: PROMPTS,
        message: (_m, text) => `Hindsight: “${text}” reads the past with hindsight and makes the work look easier than it was. Describe what could be seen at the time, and what made it hard to see.`,
        fixes: (m, first, last) => {
          const text = m.sentence.unit.text.slice(m.sentence.tokens[first].start, m.sentence.tokens[last].end);
          if (m.entry.rewrite === '') return [deleteFix(m.sentence, first, last, `Delete “${text}”`)];
          // "could not manage the simplest of …": only the minimiser is replaced.
          if (m.entry.when === 'inability') return [replaceFix(m.sentence, m.first, m.last, m.entry.rewrite ?? '[the specific case]', `Drop the minimiser “${m.sentence.unit.text.slice(m.sentence.tokens[m.first].start, m.sentence.tokens[m.last].end)}”`, true)];
          return [replaceFix(m.sentence, first, last, m.entry.rewrite ?? '[what could be seen at the time, and what made it hard to see]', 'Describe what could be seen at the time', true)];
        },
      },
      model,
      context,
    );
  },
};

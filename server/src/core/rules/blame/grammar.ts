// Sentence shapes shared by the blame rules: which prose units are analysed (§1.3), the global
// guards (§1.4), who the subject of a verb is and whether it is person-like (§1.6), verb forms
// (past participles, modals, negation) and question forms. There is no part-of-speech tagger:
// these are small word-class lists plus position, which is enough for the short, declarative
// sentences of a post-mortem. Word lists are data at the bottom of this file.
//
// Stable API for every blame rule: blameUnits (units to analyse), sentences (tokens per sentence,
// cached), isGuarded / guardedToks (exempt text, chat and log lines), isMetaBlameless, subjectOf /
// personAt / personWord (who the subject is), isPastTense / isPastParticiple / isModal /
// isNegation / isAdverb, spanOf, balanceMarkup, extraPhraseFindings.
import { englishProse } from '../../foreign';
import type { PostMortem, ProseUnit } from '../../model';
import { isExempt, proseSpan } from '../../model';
import type { ResolvedConfig } from '../../config';
import type { Span, RuleFinding, SeveritySetting } from '../../types';
import { sectionSeverity } from './sections';
import { analyse } from '../../analysis';
import { findPhrase, phraseWords, words } from '../../phrases';
import {
  contractedPronoun,
  gazetteer,
  isGivenName,
  isHandle,
  isHandRoleNoun,
  isPeopleQuantifier,
  isPersonName,
  isProductName,
  isRoleNoun,
  isRoleAbbreviation,
  isTeamNoun,
  type Gazetteer,
} from '../../people';
import { DEPARTMENT_NOUNS, SYSTEM_NOUNS } from '../../people.data';

// Regexes with \p{…} live at module level: the TypeScript transforms (esbuild, tsx) turn them
// into `new RegExp(…)`, which inside a function is rebuilt on every call.
const ABBREVIATION_END = /\.\p{L}\.$/u;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
const STARTS_UPPER = /^\p{Lu}/u;
const PLAIN_WORD = /^[\p{L}\p{N}][\p{L}\p{N}'-]*$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** A word written as a name: a capital, then lower case ("Vaught", "McAllister" too). */
const CAPITALISED_NAME = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:['’]s)?$/u;

// ---------------------------------------------------------------------------------------------
// Tokens and sentences

export interface Tok {
  /** As written (without a trailing full stop of an abbreviation-like token). */
  value: string;
  /** Lower-cased, apostrophes straightened, trailing dots removed. */
  norm: string;
  /** Offsets in the unit's text. */
  start: number;
  end: number;
  /** Position in the sentence. */
  i: number;
  /** Written as `@name` or `name@`. */
  handle: boolean;
}

export interface Sent {
  start: number;
  end: number;
  text: string;
  toks: Tok[];
  /** The whole unit text (for looking at punctuation between tokens). */
  unitText: string;
  /** Ends with a question mark. */
  question: boolean;
}

/** The unit's sentences, with tokens normalised for matching. */
export function sentences(unit: ProseUnit): Sent[] {
  // Cached on the shared analysis (by text), so the blame rules tokenise each unit once.
  const a = analyse(unit);
  let cached = a.memo.get('blame-sentences') as Sent[] | undefined;
  if (!cached) {
    cached = sentencesOfText(unit.text, a.sentences);
    a.memo.set('blame-sentences', cached);
  }
  return cached;
}

/**
 * Negative contractions written without the apostrophe, as forum and chat writing often does
 * ("I didnt check", "Why dont test …"). Only forms that are not also English words are read as
 * the contraction ("cant", "wont" and "shant" are words).
 */
const BARE_CONTRACTIONS = new Map([
  ['dont', "don't"], ['didnt', "didn't"], ['doesnt', "doesn't"], ['isnt', "isn't"], ['arent', "aren't"],
  ['wasnt', "wasn't"], ['werent', "weren't"], ['hasnt', "hasn't"], ['havent', "haven't"], ['hadnt', "hadn't"],
  ['couldnt', "couldn't"], ['wouldnt', "wouldn't"], ['shouldnt', "shouldn't"], ['mustnt', "mustn't"],
]);

export function sentencesOfText(text: string, analysed: { start: number; end: number; words: { value: string; start: number; end: number }[] }[]): Sent[] {
  const out: Sent[] = [];
  for (const s of analysed) {
    const toks: Tok[] = [];
    for (const w of s.words) {
      let value = w.value;
      let end = w.end;
      // "x." and "s." keep their dot in nlcst; abbreviations like "e.g." keep inner dots.
      while (value.length > 1 && value.endsWith('.') && !ABBREVIATION_END.test(value)) {
        value = value.slice(0, -1);
        end--;
      }
      const handle = text[w.start - 1] === '@' || text[end] === '@';
      const lower = value.replace(/[’‘]/g, "'").toLowerCase();
      toks.push({ value, norm: BARE_CONTRACTIONS.get(lower) ?? lower, start: w.start, end, i: toks.length, handle });
    }
    const trimmed = text.slice(s.start, s.end).trimEnd();
    out.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), toks, unitText: text, question: /\?["'”’)\]]*$/.test(trimmed) });
  }
  return out;
}

/** The text between token i-1 and token i (or from the sentence start). */
export function gapBefore(s: Sent, i: number): string {
  const from = i > 0 ? s.toks[i - 1].end : s.start;
  return s.unitText.slice(from, s.toks[i]?.start ?? s.end);
}

/** The text between token i and token i+1 (or to the sentence end). */
export function gapAfter(s: Sent, i: number): string {
  return s.unitText.slice(s.toks[i].end, s.toks[i + 1]?.start ?? s.end);
}

/** True when punctuation (, ; : — – ( ) separates token i from the one before it. */
export function punctBefore(s: Sent, i: number): boolean {
  return i === 0 || /[,;:—–()]|\s-\s/.test(gapBefore(s, i));
}

/** Tokens i..j (inclusive) match the words of a phrase. */
export function matchesAt(s: Sent, i: number, phrase: string[]): boolean {
  // Hot: called for every token and phrase, so a plain loop without allocation.
  if (i < 0 || i + phrase.length > s.toks.length) return false;
  for (let k = 0; k < phrase.length; k++) if (s.toks[i + k].norm !== phrase[k]) return false;
  // A phrase does not straddle a clause break: "we're human; mistakes happen" says no "human mistakes".
  for (let k = 1; k < phrase.length; k++) if (/[;:.!?]/.test(gapBefore(s, i + k))) return false;
  return true;
}

/** Every occurrence of a phrase in a sentence, as [first, last] token indices. */
export function findInSentence(s: Sent, phrase: string): [number, number][] {
  const ws = phraseWords(phrase);
  const out: [number, number][] = [];
  for (let i = 0; i + ws.length <= s.toks.length; i++) if (matchesAt(s, i, ws)) out.push([i, i + ws.length - 1]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Which units are analysed (§1.3), and the line guards of §1.4

const TIMELINE_ANALYSED = new Set(['event', 'info', 'decision']);
const ACTIONS_ANALYSED = new Set(['action', 'metric']);

/** Prose units the blame rules analyse: English prose (englishProse), no Time / Owner / Due Date cells. */
export function blameUnits(model: PostMortem): ProseUnit[] {
  return englishProse(model).filter((u) => {
    if (u.kind === 'tableCell' && u.table) {
      if (u.table.kind === 'timeline') return !!u.column && TIMELINE_ANALYSED.has(u.column);
      if (u.table.kind === 'actions') return !!u.column && ACTIONS_ANALYSED.has(u.column);
    }
    return true;
  });
}

const LOG_LINE = /^\s*(?:\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?Z?|\[?\d{1,2}:\d{2}(?::\d{2})?\]?)\s+(?:\[?(?:ERROR|ERR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|CRITICAL|NOTICE)\]?\b|[\w.-]+(?:\[\d+\])?:)/;
const CHAT_LINE = /^\s*(?:\[?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]?\s+)?(?:<@?[\w.-]+>|@?[\w.-]+:)\s/;
/** A stamped line of a speaker's initials and their own words, without a colon: "16.24 AC I was able to …". */
const INITIALS_LINE = /^\s*\[?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]?\s+[A-Z]{2,3}\s+(?:I|I'm|I've|I'd|I'll|we|We|we're|We're|we've|We've)\s/;

/** A transcript line (`name: message`, `<name> message`, `[10:06] name: …`) or a log line. */
export function isChatOrLogLine(line: string, people?: Gazetteer): boolean {
  if (LOG_LINE.test(line) || INITIALS_LINE.test(line)) return true;
  if (roleSpeaker(line)) return true;
  const m = CHAT_LINE.exec(line);
  if (!m) return false;
  // A stamp ("10:06", or "10.12" as some teams write it) before the speaker makes it a transcript.
  if (/^\s*\[?\d{1,2}[:.]\d{2}/.test(line) || /<|@/.test(m[0])) return true;
  // "Eli: I added the TXT record" — a name, not a label like "Cause:" or "Note:".
  const name = m[0].trim().replace(/:$/, '');
  return isGivenName(name) || (!!people && people.tokens.has(name.toLowerCase()));
}

/** A speaker label of up to three capitalised words before a colon: "Networking Lead: …", "Me: …". */
const SPEAKER_LABEL = /^\s*(?:\p{Lu}[\p{L}-]*\s+){0,2}(\p{Lu}[\p{L}-]*):\s/u;

/**
 * A transcript line whose speaker is named by role, not by name (§1.4 `chat-line`): "Networking
 * Lead: oops, we …", "Support Engineer: …", "Customer: …", "Me: …". The label's last word is a
 * person noun (a role or its abbreviation, or one of the people affected) or the writer; a field
 * label ("Cause:", "Impact:") names no one.
 */
function roleSpeaker(line: string): boolean {
  const m = SPEAKER_LABEL.exec(line);
  if (!m) return false;
  // (A customer or a user quoted by their part speaks as much as a role does: "Customer: …".)
  return isRoleNoun(m[1].toLowerCase()) || AFFECTED_PEOPLE.has(m[1].toLowerCase()) || isRoleAbbreviation(m[1]) || m[1] === 'Me';
}

/** Text ranges of a unit that are chat or log lines (§1.4 `chat-line`, `code-or-log`). */
export function guardedLines(unit: ProseUnit, people?: Gazetteer): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const line of unit.text.split('\n')) {
    if (isChatOrLogLine(line, people)) out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return out;
}

/** True when a text range of the unit must not be flagged: exempt (§1.4) or a chat/log line. */
export function isGuarded(unit: ProseUnit, start: number, end: number, people?: Gazetteer): boolean {
  if (isExempt(unit, start, end)) return true;
  return guardedLines(unit, people).some((x) => x.start < end && start < x.end);
}

// ---------------------------------------------------------------------------------------------
// Meta-blameless (§1.4): the blame term is the object of a negation or a statement about the review

/** Words after "not" that add rather than deny: "not just", "not only", "not merely", "not simply". */
const ADDITIVE_AFTER_NOT = new Set(['just', 'only', 'merely', 'simply']);

/** Words and phrases that, up to six words before a blame term, make it the object of a
 *  statement about the review ("no evidence of", "do not treat … as", "calling this"). */
const META_BEFORE = [
  'no evidence of', 'no sign of', 'no indication of', 'avoid', 'avoids', 'avoiding', 'calling this', 'call this', 'calling it', 'call it',
  'labelling this', 'labeling this', 'labelling it', 'labeling it', 'label this', 'label it', 'labelled', 'labeled', 'stopping at',
  'stopped at', 'stop at', 'stops at', 'rather than', 'instead of', 'treat', 'treats', 'treating', 'blaming', 'beyond', 'dismiss',
  'dismissing', 'write off', 'writing off', 'wrote off', 'attribute', 'attributing', 'not about', 'is not', 'was not', 'not treat',
  'saying what', 'say what', 'says what', 'asking what', 'ask what', 'describing what', 'describe what', 'focusing on what', 'focus on what',
  'look past', 'looks past', 'looking past',
  // A question or an assumption under discussion: "about whether people should be held accountable",
  // "assuming negligence or bad intent".
  'about whether', 'of whether', 'debate whether', 'debating whether', 'discuss whether', 'discussing whether', 'assuming',
  // The term as a topic of study or opinion: "two views on human error", "Understanding Human Error",
  // "the myth of the careless operator".
  'view of', 'views of', 'view on', 'views on', 'understanding', 'concept of', 'notion of', 'idea of', 'myth of', 'myths of',
  'theory of', 'science of', 'study of', 'studies of', 'research on', 'research into', 'literature on', 'perspective on', 'perspectives on',
  'thinking about', 'think about', 'talk about', 'talking about', 'talks about', 'writes about', 'wrote about', 'book on', 'books on',
  // Its role weighed, or asked about: "recognizing the role of human error", "was asked if they had found any pilot error".
  'role of', 'asked if', 'asked whether', 'found any',
  // The term as what people in general are accused of: "Accusing someone of negligence rarely …".
  'accusing someone of', 'accuse someone of', 'accusing people of', 'accuse people of', 'accusing anyone of', 'accuse anyone of',
  'accusing somebody of', 'accuse somebody of', 'accusing engineers of', 'accuse engineers of',
];

/** Possessors that are people in general: "people's mistakes cause failure" states a view of error, not a cause. */
export const GENERIC_POSSESSORS = ["people's", "humans'", "human's", "person's", "everyone's", "everybody's"];

/** Negators that count only right before the term ("not human error", "no operator error"). */
const NEAR_NEGATORS = ['not', 'never', 'no', 'nor', 'without'];

/**
 * True when the words just before token `i` (in the same clause, up to 6 words) make the phrase
 * the object of a negation or of a statement about the review: "no evidence of operator error",
 * "we do not treat operator error as …", "calling this human error would …".
 */
export function isMetaBlameless(s: Sent, i: number): boolean {
  const from = Math.max(0, i - 6);
  for (let k = i - 1; k >= from; k--) {
    if (/[;:.]/.test(gapBefore(s, k + 1)) && k + 1 < i) break;
    const t = s.toks[k];
    // "It was not just that he deleted …", "not only": an addition, not a denial.
    if ((t.norm === 'not' || t.norm.endsWith("n't")) && ADDITIVE_AFTER_NOT.has(s.toks[k + 1]?.norm ?? '')) continue;
    // "not because they made mistakes": the term is named as what was not the cause.
    if (t.norm === 'because' && (s.toks[k - 1]?.norm === 'not' || s.toks[k - 1]?.norm.endsWith("n't"))) return true;
    // "given X instead of Y after two nurses mistook …": a temporal or causal clause has its own subject.
    if (META_STOPS.has(t.norm)) break;
    const near = i - k <= 2 || (i - k <= 3 && DETERMINERS.has(s.toks[i - 1].norm));
    // "… that we don't understand, the employee decided …": a negation does not reach past a comma.
    const comma = s.toks.slice(k + 1, i + 1).some((x) => /,/.test(gapBefore(s, x.i)));
    // ("There is no doubt that the Master …" affirms.)
    const affirming = t.norm === 'no' && ['doubt', 'question'].includes(s.toks[k + 1]?.norm ?? '');
    if (near && !comma && !affirming && (NEAR_NEGATORS.includes(t.norm) || t.norm.endsWith("n't"))) return true;
    // "A good review doesn't say that the engineer was careless", "never write that someone was
    // negligent": the term is what a negated verb of saying does not assert.
    // (In the present or as an order: "did not say that he had …" reports what someone left unsaid.)
    if (SAYING_VERBS.has(t.norm) && !comma && [s.toks[k - 1], s.toks[k - 2]].some((x) => x && (NEAR_NEGATORS.includes(x.norm) || x.norm.endsWith("n't"))) && ![s.toks[k - 1], s.toks[k - 2], s.toks[k - 3]].some((x) => x && PAST_FINITE.has(x.norm))) return true;
    for (const m of META_PHRASES) if (matchesAt(s, k - m.length + 1, m)) return true;
  }
  return false;
}
const META_PHRASES = META_BEFORE.map(phraseWords);
/** Verbs of saying whose negation ("doesn't say", "never write") keeps the term from being asserted. */
const SAYING_VERBS = new Set(['say', 'says', 'write', 'writes', 'claim', 'claims', 'call', 'calls', 'conclude', 'concludes', 'imply', 'implies', 'suggest', 'suggests', 'state', 'states', 'declare', 'declares']);
/** Subordinators that start a clause of their own: a meta phrase before them does not reach past. */
const META_STOPS = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'until', 'once', 'although', 'though', 'whereas']);

/**
 * Sentences about blame itself (§1.4 `meta-blameless`, sentence-wide): facilitation guides and
 * reviews discuss blame language to reject it ("Telling engineers to be careful is not a
 * solution", "we don't ask why they were careless; we ask why the system allowed it", "human
 * error is the start of the investigation, not the conclusion"). Any of these phrases makes the
 * whole sentence a statement about the review, so no blame rule reports inside it.
 */
export const META_SENTENCE = [
  // Advice on what to ask: "Don't ask why they were careless; ask what the system allowed."
  "don't ask why", 'do not ask why', 'never ask why', "don't ask who", 'do not ask who', 'never ask who',
  // The substitution test: "a reasonable person would have done the same thing", "even a careful
  // engineer could have made the same mistake" puts anyone in the same place.
  'would have done the same', 'would have made the same', 'could have made the same', 'could have done the same', 'might have made the same',
  "would've done the same", "would've made the same", "could've made the same", "could've done the same",
  // What others are expected to say, put up as a view: "Some will say the operator was careless."
  'some will say', 'some would say', 'some might say', 'many will say', 'many would say', 'people will say', 'people would say', 'others will say', 'others would say', 'others might say',
  'is not a solution', 'is not the solution', 'is not an answer', 'is not the answer', 'is not an explanation', 'is not a root cause',
  'is never a root cause', 'is never the root cause', 'is not a cause', 'is a symptom', 'is the symptom', 'is a label', 'is the start of',
  'not the conclusion', 'is a starting point', 'is the starting point', 'ends the investigation', 'ends the analysis', 'stops the investigation',
  'stops learning', "doesn't explain", 'does not explain', "don't explain", 'explains nothing', "we don't ask", 'we do not ask', 'we never ask',
  'instead of asking', 'rather than asking', 'instead we ask', 'we ask why the system', 'we ask what', 'looks past', 'look past', 'looking past',
  'bad apple', 'bad apples', 'hindsight bias', 'fundamental attribution error', 'counterfactual', 'counterfactuals', 'blameless',
  'insufficient investigation', 'satisfying way', 'tempting to blame', 'easy to blame', 'the real question is', 'the question is not',
  "the question isn't", 'blame the system', 'blaming individuals', 'blaming people', 'blaming the', 'point fingers', 'pointing fingers',
  'finger-pointing', 'finger pointing', 'a culture of blame', 'blame culture', 'culture of fear', 'name and shame',
  // Hindsight named as such: "it's easy with hind sight to say what should have been done".
  'easy to say', 'easy to judge', 'easy to criticise', 'easy to criticize', 'easy with hindsight', 'easy with hind sight', 'easy in hindsight',
  'easy in hind sight', 'benefit of hindsight', 'benefit of hind sight',
  // Definitions and design principles: "Human error … refers to mistakes …", "where a single human error can cause an incident".
  'refers to', 'is defined as', 'single human error', 'a single mistake', 'a single error',
  // Definitions in other words: "Negligence is usually defined as failing to …".
  'defined as', 'usually defined',
  // A judgment held up to be examined: "It is tempting to say that the developer was careless, but …".
  'tempting to say', 'tempting to conclude', 'tempting to call', 'easy to conclude', 'easy to call',
  // Blame language named as such: "A typical blame sentence reads: …".
  'blame language', 'blaming language', 'blame sentence', 'blame sentences', 'blame statement', 'blame statements', 'blameful',
  // A counterfactual about an unnamed person in a free relative: "it is always obvious what someone should have done".
  'what someone should', 'what anyone should', 'what someone could', 'what anyone could', 'what one should', 'what people should',
  // … and about the generic "you": "It is obvious what you should have done after the event".
  'what you should have', 'what you could have',
  // The mistake as the system's product: "it was a mistake waiting to happen", "see human error as an
  // effect of deeper vulnerabilities".
  'waiting to happen', 'as an effect of', 'as a symptom of', 'as a consequence of', 'as an outcome of',
  // Blaming named as an act that a report does or does not do, or that a review gets past: "the
  // board never assigns blame", "to get beyond blame"; the blame words inside are its topic.
  'assign blame', 'assigns blame', 'assigning blame', 'apportion blame', 'apportions blame', 'apportioning blame', 'beyond blame',
  // The term set against the cause the sentence names instead: "… begin with human errors, but
  // the root causes are weaknesses in the management system" treats the error as a symptom.
  'but the root cause', 'but the root causes', 'but the real cause', 'but the real causes', 'but the underlying cause', 'but the underlying causes',
  // The conditions found behind any error: "there is always a bad policy or poor tooling behind a
  // mistake made by a human" (an error in general, the indefinite or "every").
  'behind a mistake', 'behind every mistake', 'behind an error', 'behind every error', 'behind a human error', 'behind every human error',
  // The reader asked how to judge: "would you say the crash was pilot error because …?" puts the
  // verdict up for discussion (a facilitation question), as "tempting to call" does.
  'would you say', 'would you call', 'would you blame', 'would you describe', 'would you consider',
];
const META_SENTENCE_WORDS = META_SENTENCE.map(phraseWords);

/**
 * isMetaSentence of a sentence's tokens, memoised by the token array: the sentences are shared
 * through the analysis, and every blame rule asks the same question of each.
 */
const metaSentences = new WeakMap<object, boolean>();
export function isMetaTokens<T>(tokens: T[], word: (t: T) => string): boolean {
  let meta = metaSentences.get(tokens);
  if (meta === undefined) {
    meta = isMetaSentence(tokens.map(word));
    metaSentences.set(tokens, meta);
  }
  return meta;
}

/** True when the sentence (its lower-cased words) is a statement about blame itself. */
export function isMetaSentence(words: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    for (const m of META_SENTENCE_WORDS) {
      if (words[i] !== m[0] || i + m.length > words.length) continue;
      let k = 1;
      while (k < m.length && words[i + k] === m[k]) k++;
      if (k === m.length) return true;
    }
  }
  return false;
}

/** Verbs of hoping and wishing: what follows them is wanted, not done or decided. */
const WISH_VERBS = new Set(['hope', 'hopes', 'hoped', 'hoping', 'wish', 'wishes', 'wished', 'wishing']);

/**
 * A wish (§1.4 meta-blameless, in the sense of the brief's "hoping someone got fired … what?"): a
 * verb of hoping or wishing in the four words before word i, with no sentence stop between ("I
 * hope you do better next time", "people hoping someone got fired"). What it governs is someone's
 * wish about a person, not an action the review takes or a sanction that happened. `words` are
 * the sentence's lower-cased words.
 */
export function wishedFor(words: string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (WISH_VERBS.has(words[k])) return true;
  return false;
}

/** Short answers that reject what a question proposes: "No.", "Not really.", "Nobody.", "Of course not." */
const NEGATIVE_ANSWERS = [['no'], ['nope'], ['nobody'], ['no', 'one'], ['never'], ['not', 'really'], ['not', 'at', 'all'], ['of', 'course', 'not'], ['absolutely', 'not'], ['certainly', 'not'], ['definitely', 'not'], ['hardly']];

/**
 * A question raised to be rejected (§1.4 meta-blameless): "Was this human error? Not really.",
 * "Who is to blame? Nobody.", "Should the engineer have been fired? No." The answer that follows
 * denies the blame the question names, so the question is talk about blame, not an accusation.
 * The answer is a short sentence (up to five words): the denial alone, or before a comma.
 */
export function isRejectedQuestion(unit: ProseUnit, at: number): boolean {
  const sents = sentences(unit);
  const k = sents.findIndex((x) => x.start <= at && at < Math.max(x.end, x.start + 1));
  if (k < 0 || !sents[k].question) return false;
  const next = sents[k + 1];
  if (!next || next.toks.length > 5) return false;
  // The denial alone or before a comma ("No, it wasn't."): "Nobody knows." answers something else.
  return NEGATIVE_ANSWERS.some((a) => matchesAt(next, 0, a) && (next.toks.length === a.length || /,/.test(gapBefore(next, a.length))));
}

/** Nouns for an investigation in general ("An investigation based on this belief focuses on …"). */
const INVESTIGATION_NOUNS = new Set(['investigation', 'investigations', 'analysis', 'analyses', 'review', 'reviews', 'inquiry', 'inquiries', 'investigator', 'investigators', 'reviewer', 'reviewers']);
/** What such an investigation does, in the generic present: "focuses on", "concludes that". */
const GENERIC_REPORTS = new Set(['focus', 'focuses', 'conclude', 'concludes', 'find', 'finds', 'attribute', 'attributes', 'blame', 'blames', 'stop', 'stops', 'end', 'ends', 'look', 'looks', 'seek', 'seeks', 'label', 'labels', 'assume', 'assumes', 'identify', 'identifies']);
const GENERIC_DETERMINERS = new Set(['an', 'a', 'such', 'most', 'many', 'typical', 'traditional', 'any', 'every', 'some']);
const GENERIC_MODALS = new Set(['will', 'would', 'can', 'may', 'might', 'often', 'typically', 'usually', 'tends', 'tend', 'to', 'then', 'also']);

/**
 * A sentence about what investigations in general do (§1.4 meta-blameless, issue 11): "An
 * investigation based on this belief focuses on the workers' bad decisions …", "the investigation
 * will often … conclude that the supervisor failed to …". The blame words inside describe the
 * kind of finding such a review reaches, not this incident. A specific report in the past or in
 * a headline ("The investigation found that …", "RAIB report finds …") is not generic.
 */
const genericSentences = new WeakMap<object, boolean>();
export function isGenericInvestigation(s: Sent): boolean {
  // Every grammar rule asks this of each sentence: memoised by the shared token array.
  let generic = genericSentences.get(s.toks);
  if (generic === undefined) {
    generic = genericInvestigation(s);
    genericSentences.set(s.toks, generic);
  }
  return generic;
}

function genericInvestigation(s: Sent): boolean {
  const t = s.toks;
  for (let j = 0; j < t.length; j++) {
    if (!INVESTIGATION_NOUNS.has(t[j].norm)) continue;
    const det = t[j - 1]?.norm ?? '';
    const indefinite = GENERIC_DETERMINERS.has(det) || (/s$/.test(t[j].norm) && !DETERMINERS.has(det));
    if (!indefinite && det !== 'the') continue;
    for (let k = j + 1; k < Math.min(t.length, j + 9); k++) {
      if (/[;:]/.test(gapBefore(s, k))) break;
      // "The investigation will often focus on …": a modal (and adverbs) before a report verb.
      if (GENERIC_MODALS.has(t[k].norm) && det !== 'an' && det !== 'a') {
        let v = k;
        while (v < t.length && GENERIC_MODALS.has(t[v].norm)) v++;
        if (GENERIC_REPORTS.has(t[v]?.norm ?? '') && ['will', 'would', 'can', 'may', 'might', 'tends', 'tend', 'often', 'typically', 'usually'].includes(t[k].norm)) return true;
      }
      // "An investigation … focuses on": the generic present after an indefinite subject.
      if (indefinite && GENERIC_REPORTS.has(t[k].norm) && /s$/.test(t[k].norm) === !/s$/.test(t[j].norm)) return true;
    }
  }
  return false;
}

/** Adverbs of frequency that make a present-tense sentence a habit or a rule ("Sometimes an engineer makes …"). */
const FREQUENCY_ADVERBS = new Set(['sometimes', 'often', 'usually', 'always', 'generally', 'typically', 'eventually', 'rarely', 'seldom', 'frequently', 'occasionally', 'inevitably', 'normally', 'mostly', 'commonly']);
/** Pronouns that quantify over everybody ("Anyone can run the wrong command"); not "someone", which points at one person. */
const GENERIC_PRONOUNS = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'nobody']);
/** Determiners of a generic singular: "every operator", "any engineer", "each developer". */
const EVERY = new Set(['every', 'any', 'each']);
/** Determiners of a bare plural read as a quantity: "most engineers", "many developers". */
const PLURAL_QUANTIFIERS = new Set(['most', 'many', 'all', 'some', 'few']);
/** Plural nouns for people in general. */
const GENERIC_PEOPLE = new Set(['people', 'humans', 'persons', 'folks', 'individuals', 'employees', 'workers', 'staff', 'teams', 'organisations', 'organizations', 'companies']);
/** Plurals of people without an "-s". */
const UNMARKED_PLURALS = new Set(['people', 'folk']);
/** Places a generic locative ranges over: "In many organisations, …". */
const ORGANISATION_NOUNS = new Set(['organisations', 'organizations', 'companies', 'teams', 'places', 'shops', 'workplaces', 'orgs', 'industries', 'businesses', 'cultures']);
/** Modals of what anyone might do: "A new hire might skip …", "an operator can misread …". */
const ANYONE_MODALS = new Set(['can', 'may', 'might', "can't", 'cannot']);
/** Finite verbs that put a clause in the past: a generic subject with them tells a story. */
const PAST_FINITE = new Set(['was', 'were', "wasn't", "weren't", 'had', "hadn't", 'did', "didn't"]);
/** Finite verbs that can be a main clause's after a relative clause: "Engineers who … are / can / learn to …". */
const MAIN_VERBS = new Set(['is', 'are', "isn't", "aren't", 'can', 'will', 'may', 'might', "can't", 'cannot', "won't", 'do', 'does', "don't", "doesn't", 'get', 'gets', 'tend', 'tends']);
/** Modals of ability, prediction and possibility (not obligation or the counterfactual "should"/"would"). */
const GENERIC_MODALS_PRESENT = new Set(['can', 'will', 'may', 'might', "can't", 'cannot', "won't", 'tend', 'tends']);

/**
 * A generic statement (§1.4 meta-blameless and the generalisation guard, issue 11): the first
 * clause says what people in general do or can do, in the present. Its subject is a pronoun over
 * everybody ("Anyone can run the wrong command"), a generic singular ("Every operator will misread
 * a dashboard sooner or later"), a bare plural of people ("Developers forget things", "Engineers
 * who are punished for mistakes learn to hide them", "Managers often say that …"), an indefinite
 * singular with an adverb of frequency ("Sometimes an engineer makes a bad call", "A careless
 * mistake is usually a reasonable action …"), or any subject under a generic locative ("In many
 * organisations the person who pressed the button gets fired"). Its verb is a present form or a
 * modal of ability or prediction: not the past ("Engineers ignored the page"), not "should"/"would"
 * (a judgment or a counterfactual), not a perfect ("will have"). A name or handle in the clause
 * makes it about someone. Returns the index of the token where the clause ends (a ";" or ":" or
 * ", but …"): blame words before it are about people in general; -1 when not generic.
 */
export function genericScope(s: Sent, people: Gazetteer): number {
  let scope = genericScopes.get(s.toks);
  if (scope === undefined) {
    scope = findGenericScope(s, people);
    genericScopes.set(s.toks, scope);
  }
  return scope;
}
/** genericScope per sentence (its token list): several rules ask for one sentence. */
const genericScopes = new WeakMap<object, number>();

function findGenericScope(s: Sent, people: Gazetteer): number {
  const t = s.toks;
  if (t.length < 3) return -1;
  // "Why don't some employees want to own their mistakes?", "Why do people hide errors?": a
  // question about people in general, in the present, is the facilitator's own question.
  if (s.question) return t[0].norm === 'why' && GENERIC_DO.has(t[1].norm) && (t[2].norm === 'people' || (GENERIC_SOME.has(t[2].norm) && /s$/.test(t[3]?.norm ?? '') && !!personWord(s, 3, people))) && !t.some((x) => SPEAKER_WORDS.has(x.norm)) ? t.length : -1;
  let end = t.length;
  for (let k = 1; k < t.length; k++) {
    if (/[;:]/.test(gapBefore(s, k)) || (t[k].norm === 'but' && /,/.test(gapBefore(s, k)))) {
      end = k;
      break;
    }
  }
  // "Suppose a developer pushes a bad config on a Friday", "Imagine that someone deletes the
  // bucket": a scenario set up by an imperative of supposing is a hypothetical case, no one's act.
  if (SUPPOSING.has(t[0].norm) && /^\p{Lu}/u.test(t[0].value) && !punctBefore(s, 1)) return end;
  let habit = false;
  let i = 0;
  const skipAdverbs = () => {
    while (i < end && (FREQUENCY_ADVERBS.has(t[i].norm) || ['and', 'but', 'so', 'yet', 'also', 'still', 'even'].includes(t[i].norm))) {
      if (FREQUENCY_ADVERBS.has(t[i].norm)) habit = true;
      i++;
    }
  };
  skipAdverbs();
  // "Unfortunately, research shows (that) employees forget …": a finding about people in general,
  // reported from evidence; the sentence adverb and the frame come before the generic subject.
  if (t[i] && isAdverb(t[i]) && i + 1 < end && /,/.test(gapBefore(s, i + 1))) i++;
  // Whether a finding or a view frames the clause: what it holds of "people" is held of people in general.
  let framed = false;
  if (EVIDENCE_NOUNS.has(t[i]?.norm ?? '')) {
    const shows = t[i + 1]?.norm === 'has' || t[i + 1]?.norm === 'have' ? i + 2 : i + 1;
    if (EVIDENCE_VERBS.has(t[shows]?.norm ?? '')) {
      i = t[shows + 1]?.norm === 'that' ? shows + 2 : shows + 1;
      framed = true;
    }
  } else {
    // "The new view assumes that people …", "Safety-II holds that operators …": a view or theory
    // (no person) in the present, then "that" and the generalisation it holds.
    for (let k = i + 1; k < Math.min(end - 2, i + 5); k++) {
      if (punctBefore(s, k) || personWord(s, k - 1, people)) break;
      if (VIEW_VERBS.has(t[k].norm) && t[k + 1].norm === 'that') {
        i = k + 2;
        framed = true;
        break;
      }
    }
  }
  if (experientialPerfect(s, i, end, people)) return end;
  // "Admitting you made a mistake means being the villain …", "Flagging a risk you did not escalate
  // means being blamed …": an act named by a gerund and said to mean something is a definition.
  // "Saying the operator should have known better is hindsight", "Calling it carelessness explains
  // nothing": an act of saying or judging named as the subject (no comma: not "Assuming …, she …")
  // puts the judgment on show as a claim, about which the sentence speaks.
  if (i === 0 && SPEECH_GERUNDS.has(t[0].norm) && /^\p{Lu}/u.test(t[0].value) && !t.some((_, k) => k > 0 && k < end && /,/.test(gapBefore(s, k)))) return end;
  if (i === 0 && /^[a-z]{3,}ing$/.test(t[0].norm) && /^\p{Lu}/u.test(t[0].value)) {
    // ("Deploying on a Friday meant we lost the weekend" tells what happened: the present only.)
    if (t.some((x, k) => k > 1 && k < end && ENTAILMENT_VERBS.has(x.norm))) return end;
  }
  // "In many organisations(,) …", "At most companies …": a generic locative over organisations.
  let frame = false;
  if (['in', 'at', 'across'].includes(t[i]?.norm ?? '') && PLURAL_QUANTIFIERS.has(t[i + 1]?.norm ?? '')) {
    for (let k = i + 2; k <= Math.min(end - 1, i + 4); k++) {
      if (ORGANISATION_NOUNS.has(t[k].norm)) {
        frame = true;
        i = k + 1;
        break;
      }
    }
    skipAdverbs();
  }
  // "In a healthy culture, engineers admit …", "Under pressure, people …": an opening phrase before a comma.
  if (!frame && PREPOSITIONS.has(t[i]?.norm ?? '')) {
    for (let k = i + 1; k < Math.min(end, i + 6); k++) {
      if (/,/.test(gapBefore(s, k))) {
        i = k;
        skipAdverbs();
        break;
      }
      if (personWord(s, k, people)) break;
    }
  }
  const conditional = genericConditional(s, i, end);
  for (let k = i; k < end; k++) {
    const kind = personWord(s, k, people);
    if (kind === 'name' || kind === 'handle') return -1;
    if (PAST_FINITE.has(t[k].norm)) return -1;
  }
  if (frame || conditional) return end;
  const np = genericSubject(s, i, end, habit, people, framed);
  if (np < 0) return -1;
  let v = np + 1;
  // "Engineers who are punished for mistakes learn …": the relative clause's verb tells the tense,
  // and a main verb must follow it ("Pilots who don't understand the automation." is a fragment
  // that labels them): a present auxiliary or modal, or a verb before "to".
  const relative = ['who', 'that'].includes(t[v]?.norm ?? '');
  if (relative) v++;
  while (v < end && (isAdverb(t[v]) || FREQUENCY_ADVERBS.has(t[v].norm))) {
    if (FREQUENCY_ADVERBS.has(t[v].norm)) habit = true;
    v++;
  }
  // "Engineers on the payments team ignored …": a modified subject names a group, not people in general.
  if (v >= end || PREPOSITIONS.has(t[v].norm) || DETERMINERS.has(t[v].norm) || punctBefore(s, v)) return -1;
  const verb = t[v].norm;
  const after = t[v + 1]?.norm === 'not' ? t[v + 2]?.norm : t[v + 1]?.norm;
  const singular = (!/s$/.test(t[np].norm) && !(framed && UNMARKED_PLURALS.has(t[np].norm))) || GENERIC_PRONOUNS.has(t[np].norm);
  let present: boolean;
  if (GENERIC_MODALS_PRESENT.has(verb)) present = after !== 'have';
  else if (['do', 'does', "don't", "doesn't", 'is', 'are', "isn't", "aren't", 'get', 'gets'].includes(verb)) present = true;
  else if (AUXILIARIES.has(verb) || isModal(t[v]) || isPastTense(verb) || /ing$/.test(verb) || !/^\p{Ll}+$/u.test(verb)) present = false;
  // A lexical verb in the present: "-s" after a singular, the base form after a plural.
  else present = singular ? /[^s]s$/.test(verb) : !/[^s]s$/.test(verb) || /ss$/.test(verb);
  if (!present) return -1;
  if (relative && !hasMainVerb(s, v + 2, end)) return -1;
  // "Everyone is helping, nobody is coordinating": the progressive tells a scene, not a habit.
  let w = v + 1;
  while (w < end && (isNegation(t[w]) || isAdverb(t[w]))) w++;
  if (['is', 'are', "isn't", "aren't"].includes(verb) && /ing$/.test(t[w]?.norm ?? '')) return -1;
  // "Employees who make this sort of error should be counselled": an obligation laid on them.
  for (let k = v; k < end && !(BOUNDARY_WORDS.has(t[k].norm) && k > v); k++) {
    if (['should', 'must', 'ought', "shouldn't", "mustn't", 'need', 'needs'].includes(t[k].norm)) return -1;
  }
  // An indefinite singular is generic only as a habit: "an engineer makes a bad call" (sometimes),
  // or as what any such person can or will do: "a new hire might skip the checklist", "a junior
  // will run the wrong script" ("an engineer will be retrained" is a plan, not a possibility).
  const possible = ANYONE_MODALS.has(verb) || (verb === 'will' && after !== 'be');
  if (['a', 'an'].includes(t[i].norm) && !habit && !possible && !t.slice(v, end).some((x) => FREQUENCY_ADVERBS.has(x.norm))) return -1;
  return end;
}

/** Imperatives that set up a hypothetical case: "Suppose …", "Imagine …". */
const SUPPOSING = new Set(['suppose', 'imagine', 'picture', 'assume', 'say']);

/** What an opening "when" clause is about when it ranges over any case: "When a sprint fails", "When something breaks". */
const ANY_CASE = new Set(['a', 'an', 'any', 'something', 'anything', 'someone', 'somebody', 'anyone', 'anybody', 'things', 'people']);

/**
 * "When a sprint fails, the bad Scrum Master will ask …", "Whenever something breaks, a manager will
 * look for …": an opening when-clause in the present about any case (an indefinite subject) and a
 * main clause in "will" state what happens each time, a generic conditional; an incident is told
 * in the past ("When the deploy failed, …") or about a particular thing ("When the canary fails, …").
 */
function genericConditional(s: Sent, i: number, end: number): boolean {
  const t = s.toks;
  if (i !== 0 || !['when', 'whenever'].includes(t[0].norm) || !ANY_CASE.has(t[1]?.norm ?? '')) return false;
  let comma = -1;
  for (let k = 2; k < end; k++) if (/,/.test(gapBefore(s, k))) { comma = k; break; }
  // (A participle after "being" or "get" is no past: "When people are afraid of being blamed".)
  if (comma < 0 || t.slice(1, comma).some((x, j) => PAST_FINITE.has(x.norm) || (isPastTense(x.norm) && !['being', 'be', 'been', 'get', 'gets', 'getting'].includes(t[j].norm)))) return false;
  // "When people are afraid of being blamed, they hide their errors": people in general, and a main
  // clause in the present about them.
  if (GENERIC_PEOPLE.has(t[1].norm) && t[comma]?.norm === 'they' && !t.slice(comma, end).some((x) => PAST_FINITE.has(x.norm) || isPastTense(x.norm))) return true;
  return t.slice(comma, Math.min(end, comma + 6)).some((x) => x.norm === 'will');
}

const GENERIC_DO = new Set(['do', "don't", 'does', "doesn't"]);
/** The asker's own stake makes it a complaint, not a question about people: "Why do people keep ignoring my alerts?" */
const SPEAKER_WORDS = new Set(['my', 'me', 'our', 'us', 'i']);
/** Quantifiers that pick out some people among many: "some employees", "most engineers". */
const GENERIC_SOME = new Set(['some', 'many', 'most', 'few']);

/** Gerunds of saying or judging that, opening a sentence as its subject, name a claim. */
const SPEECH_GERUNDS = new Set(['saying', 'calling', 'claiming', 'labelling', 'labeling', 'concluding', 'suggesting', 'declaring', 'writing', 'insisting', 'judging', 'deciding']);

/** Present verbs that say what an act entails ("Judging a slip as an error implies …", "Blaming the operator
 *  assumes …"): with a gerund subject the sentence defines the act, it tells no event. */
const ENTAILMENT_VERBS = new Set(['means', 'implies', 'entails', 'presupposes', 'presumes', 'assumes']);

/** Present verbs by which a view or a theory states what it holds: "X assumes that people …". */
const VIEW_VERBS = new Set(['assumes', 'holds', 'argues', 'claims', 'teaches', 'maintains', 'posits', 'states', 'says', 'believes']);

/** What a generalisation is reported from, and the verbs that report it ("research shows", "studies have found"). */
const EVIDENCE_NOUNS = new Set(['research', 'studies', 'study', 'data', 'evidence', 'surveys', 'survey', 'statistics', 'experience', 'science']);
const EVIDENCE_VERBS = new Set(['shows', 'show', 'shown', 'suggests', 'suggest', 'suggested', 'indicates', 'indicate', 'indicated', 'finds', 'find', 'found', 'says', 'say', 'confirms', 'confirm', 'confirmed']);

/**
 * "Everyone has made a mistake at least once", "All my coworkers have made a med error at some
 * point": the perfect of experience over everybody is a generalisation, not this incident's
 * account ("Everyone has ignored the alert for weeks" has no marker of experience and still counts).
 */
function experientialPerfect(s: Sent, i: number, end: number, people: Gazetteer): boolean {
  const t = s.toks;
  let k = i;
  if (['everyone', 'everybody', 'anyone', 'anybody'].includes(t[k]?.norm ?? '')) k++;
  // "Every (single) nurse has made …": a generic singular over a role is as general as "everyone".
  else if (EVERY.has(t[k]?.norm ?? '')) {
    k++;
    if (t[k]?.norm === 'single') k++;
    if (!t[k] || /s$/.test(t[k].norm) || !(personWord(s, k, people) === 'role' || isRoleNoun(t[k].norm))) return false;
    k++;
  }
  // "We've all made mistakes", "we all have …": "all" floated after a plural pronoun.
  else if (['we', 'you', 'they'].includes(t[k]?.norm ?? '') && (t[k + 1]?.norm === 'all' || (['have', "'ve"].includes(t[k + 1]?.norm ?? '') && t[k + 2]?.norm === 'all'))) {
    k++;
    if (t[k].norm === 'all') k++;
  } else if (["we've", "you've", "they've"].includes(t[k]?.norm ?? '') && t[k + 1]?.norm === 'all') k++;
  // ("Most engineers have deleted a table at least once": a majority is as general as "all".)
  else if (['all', 'most', 'many'].includes(t[k]?.norm ?? '')) {
    k++;
    if (['my', 'our', 'your', 'the', 'of'].includes(t[k]?.norm ?? '')) k++;
    if (t[k - 1]?.norm === 'of' && ['us', 'them', 'you'].includes(t[k]?.norm ?? '')) k++;
    else if (!t[k] || !/s$/.test(t[k].norm) || !(personWord(s, k, people) || GENERIC_PEOPLE.has(t[k].norm) || isRoleNoun(t[k].norm.replace(/s$/, '')))) return false;
    else k++;
  } else return false;
  // (After "we've", the auxiliary is in the pronoun and "all" stands where it would.)
  const contracted = t[k]?.norm === 'all' && /'ve$/.test(t[k - 1]?.norm ?? '');
  if (!contracted && !['has', 'have', "'ve"].includes(t[k]?.norm ?? '')) return false;
  k++;
  while (k < end && (t[k].norm === 'all' || t[k].norm === 'ever' || isAdverb(t[k]))) k++;
  if (!t[k] || !(isPastParticiple(t[k].norm) || /^[a-z]+(?:ed|en|de|ne)$/.test(t[k].norm))) return false;
  // "Everyone has made a mistake", "we've all broken production": an indefinite slip, not this
  // incident's act, is a marker of experience as "at least once" is ("Everyone has ignored the
  // alert" names one).
  if (indefiniteSlip(s, k + 1)) return true;
  return t.slice(k + 1, end).some((x, j) => EXPERIENCE_MARKERS.some((m) => matchesAt(s, k + 1 + j, m)));
}

/** Objects that name a slip of any kind: "a (potentially fatal) mistake", "mistakes", "production", "been there". */
const SLIP_NOUNS = new Set(['mistake', 'mistakes', 'error', 'errors', 'slip', 'slips', 'blunder', 'blunders']);
function indefiniteSlip(s: Sent, k: number): boolean {
  const t = s.toks;
  const w = t[k]?.norm ?? '';
  if (SLIP_NOUNS.has(w) || ['production', 'prod', 'there'].includes(w)) return true;
  if (!['a', 'an', 'some', 'plenty'].includes(w)) return false;
  for (let j = k + 1; j < Math.min(t.length, k + 5); j++) {
    if (punctBefore(s, j)) return false;
    if (SLIP_NOUNS.has(t[j].norm)) return true;
  }
  return false;
}
const EXPERIENCE_MARKERS = [['at', 'least', 'once'], ['at', 'some', 'point'], ['at', 'one', 'time'], ['in', 'their', 'careers'], ['in', 'their', 'career'], ['in', 'our', 'careers'], ['before'], ['ever'], ['more', 'than', 'once']];

/** A main verb after a relative clause, between tokens from and end: "are", "can", "learn to". */
function hasMainVerb(s: Sent, from: number, end: number): boolean {
  const t = s.toks;
  for (let k = from; k < end; k++) {
    if (MAIN_VERBS.has(t[k].norm)) return true;
    if (t[k + 1]?.norm === 'to' && /^\p{Ll}+$/u.test(t[k].norm) && !PREPOSITIONS.has(t[k].norm) && !DETERMINERS.has(t[k].norm)) return true;
  }
  return false;
}

/** The head of a generic subject starting at token i (see genericScope), or -1. */
function genericSubject(s: Sent, i: number, end: number, habit: boolean, people: Gazetteer, framed = false): number {
  const t = s.toks;
  const first = t[i];
  if (!first) return -1;
  if (GENERIC_PRONOUNS.has(first.norm)) return i;
  const every = EVERY.has(first.norm);
  const indefinite = first.norm === 'a' || first.norm === 'an';
  const quantity = PLURAL_QUANTIFIERS.has(first.norm);
  if (DETERMINERS.has(first.norm) && !every && !indefinite && !quantity) return -1;
  for (let k = i + (every || indefinite || quantity ? 1 : 0); k < Math.min(end, i + 4); k++) {
    if (k > i && punctBefore(s, k)) return -1;
    const w = t[k].norm;
    if (DETERMINERS.has(w) || isModal(t[k]) || AUXILIARIES.has(w)) return -1;
    const kind = personWord(s, k, people);
    // A bare team noun is one department ("Ops is still missing …"), not people in general.
    const person = kind === 'role' || GENERIC_PEOPLE.has(w) || (kind === 'team' && (every || indefinite));
    // ("The new view holds that people do not come to work to do a bad job": "people" is a plural
    // without an "-s", read so under a view or a finding; bare, "People …" opens many a complaint.)
    const plural = /[^s']s$/.test(w) || (framed && UNMARKED_PLURALS.has(w));
    if (every && person && !plural) return k;
    // "A careless mistake is usually …", "an engineer makes …": any head; the habit is checked later.
    if (indefinite && !plural && (person || habit || FREQUENCY_ADVERBS.has(t[k + 1]?.norm ?? '') || AUXILIARIES.has(t[k + 1]?.norm ?? ''))) {
      if (person || AUXILIARIES.has(t[k + 1]?.norm ?? '') || FREQUENCY_ADVERBS.has(t[k + 1]?.norm ?? '')) return k;
    }
    if (!every && !indefinite && person && plural) return k;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Who the subject is (§1.6)

export type PersonKind = 'name' | 'handle' | 'role' | 'team' | 'quantifier' | 'pronoun' | 'first-person';

export interface PersonRef {
  kind: PersonKind;
  /** First and last token of the noun phrase. */
  first: number;
  last: number;
  /** The head token (the person word). */
  head: number;
  /** Written as a possessive ("Ana's", "the on-call's"). */
  possessive: boolean;
}

/** True for kinds that keep the rule's full severity (a named person or handle). */
export function isNamed(ref: PersonRef | undefined): boolean {
  return !!ref && (ref.kind === 'name' || ref.kind === 'handle');
}

function bare(norm: string): string {
  return norm.replace(/'s$|s'$/, (m) => (m === "s'" ? 's' : ''));
}

/** What kind of person word token i is, ignoring context; undefined when it is not one. */
export function personWord(s: Sent, i: number, people: Gazetteer): PersonKind | undefined {
  const t = s.toks[i];
  if (!t) return undefined;
  const b = bare(t.norm);
  const next = s.toks[i + 1]?.value;
  if (t.handle) return isHandle(`@${t.value}`, next) ? 'handle' : undefined;
  if (b === 'i' || b === 'we' || b === 'us' || b === 'me') return 'first-person';
  const contracted = contractedSubject(b);
  if (contracted) return contracted;
  if (['you', 'he', 'she', 'they', 'him', 'her', 'them'].includes(b)) return b === 'they' || b === 'them' ? theyKind(s, i, people) : 'pronoun';
  if (isPeopleQuantifier(b)) return 'quantifier';
  const role = isRoleNoun(b) || ROLE_EXTRA.has(b) || isRoleAbbreviation(t.value);
  // "IT" the department, never "it" the pronoun; "the managements", "crews": plurals of team nouns.
  const department = (DEPARTMENT_NOUNS.includes(b) || (/[^s]s$/.test(b) && b.length > 4 && DEPARTMENT_NOUNS.includes(b.slice(0, -1)))) && (b !== 'it' || t.value === 'IT') && !departmentAsThing(s, i);
  // A capitalised role or department inside a proper name is a product: "the new Developer
  // Story", "Security Hub", "Support Portal" (but "Engineer Thomas Harding" is a titled name).
  if ((role || department) && productWord(s, i)) return undefined;
  if (role) return 'role';
  // "node group", "security group", "consumer group": cloud and queue resources, not people.
  if ((b === 'group' || b === 'groups') && i > 0 && !punctBefore(s, i) && (SYSTEM_NOUNS.includes(s.toks[i - 1].norm) || RESOURCE_GROUPS.has(s.toks[i - 1].norm))) return undefined;
  // "tired after a long shift", "a 12-hour shift": a stretch of work time, not the people on it.
  if ((b === 'shift' || b === 'shifts') && i > 0 && !punctBefore(s, i) && (TIME_OF_SHIFT.has(s.toks[i - 1].norm) || /^\d+-hours?$/.test(s.toks[i - 1].norm))) return undefined;
  if (isTeamNoun(b) || (/[^s]s$/.test(b) && b.length > 4 && isTeamNoun(b.slice(0, -1)))) return 'team';
  if (department) return 'team';
  if (people.tokens.has(b)) return 'name';
  if (isPersonName(t.value.replace(/['’]s$/, ''), people) && !isProductName(s.toks[i - 1]?.value)) return 'name';
  if (humanRole(s, i)) return 'role';
  return undefined;
}

/**
 * A capitalised role or department that begins a proper name after a determiner is part of a
 * product's name: "the new Developer Story", "our Support Portal", "the Security Hub". A title
 * takes no determiner: "Nurse RaDonda Vaught", "Engineer Thomas Harding".
 */
function productWord(s: Sent, i: number): boolean {
  const t = s.toks;
  if (!/^\p{Lu}\p{Ll}/u.test(t[i].value) || !t[i + 1] || !/^\p{Lu}/u.test(t[i + 1].value) || punctBefore(s, i + 1)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    if (punctBefore(s, k + 1)) return false;
    if (DETERMINERS.has(t[k].norm)) return true;
  }
  return false;
}

/**
 * A role word that also names software ("driver", "worker", "controller", "guard") is a person
 * only when its own phrase says so: a human compound before it ("train driver", "contract worker",
 * "air traffic controller"), a state only people have ("the distracted driver"), "the driver of
 * the train", a mind word it owns ("the driver's focus"), or a mental verb right after it ("the
 * driver not remembering …"). "The worker crashed", "the driver failed to load" stay things.
 */
export function humanRole(s: Sent, i: number): boolean {
  const t = s.toks;
  const b = bare(t[i].norm);
  // The singular, so the plural's context reads the same ("controllers" near "planes" as "controller").
  const one = AMBIGUOUS_ROLES.has(b) ? b : b.replace(/s$/, '');
  const role = AMBIGUOUS_ROLES.get(one);
  if (!role) return false;
  const prev = i > 0 && !punctBefore(s, i) ? t[i - 1].norm : '';
  // ("air-traffic controller", "night-shift guard": a hyphenated modifier's last word counts.)
  if (role.includes(prev) || role.includes(prev.split('-').pop() ?? '') || HUMAN_STATES.has(prev)) return true;
  if (one === 'driver' && t[i + 1]?.norm === 'of' && VEHICLES.has(t[i + (DETERMINERS.has(t[i + 2]?.norm ?? '') ? 3 : 2)]?.norm ?? '')) return true;
  // "The driver was speeding at 80 mph", "the driver passed a red signal on the curve": a sentence
  // about vehicles and roads is about the person driving (a device driver has no mph or brakes).
  if (one === 'driver' && t.some((x, k) => VEHICLES.has(x.norm) || VEHICLES.has(x.norm.replace(/s$/, '')) || ROAD_WORDS.has(x.norm) || DRIVING_PAIRS.some(([a, b]) => x.norm === a && t[k + 1]?.norm === b))) return true;
  // "The controller cleared the Mexicana flight for takeoff": a sentence about flights and runways
  // is about the person in the tower (a software controller has no runways).
  if (one === 'controller' && t.some((x) => AVIATION_WORDS.has(x.norm) || AVIATION_WORDS.has(x.norm.replace(/s$/, '')))) return true;
  // "a worker at an Indian unit of RBS", "workers from the plant": employed by an organisation.
  if (['at', 'from', 'for'].includes(t[i + 1]?.norm ?? '') && !punctBefore(s, i + 1)) {
    for (let k = i + 2; k <= Math.min(t.length - 1, i + 5); k++) {
      if (punctBefore(s, k)) break;
      if (AFFILIATIONS.has(t[k].norm)) return true;
    }
  }
  if (/'s$|s'$/.test(t[i].norm)) return MIND_WORDS.has(t[i + 1]?.norm ?? '');
  const next = t[i + 1]?.norm === 'not' ? t[i + 2] : t[i + 1];
  return !!next && !punctBefore(s, next.i) && MENTAL_VERBS.has(next.norm);
}

/** "they" is person-like unless its nearest antecedent noun in the sentence is a system noun. */
function theyKind(s: Sent, i: number, people: Gazetteer): PersonKind | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const b = bare(s.toks[k].norm);
    // Only a plural thing can be the antecedent of "they" ("the pods … they"), not "the check".
    if (/s$/.test(b) && SYSTEM_NOUNS.includes(b.replace(/e?s$/, '')) || (/s$/.test(b) && SYSTEM_NOUNS.includes(b.replace(/s$/, '')))) return undefined;
    if (k !== i && personWord(s, k, people)) return 'pronoun';
  }
  return 'pronoun';
}

/**
 * The noun phrase ending at token `head` (walking back over determiners, adjectives and
 * modifier nouns to a clause boundary), and whether its head is person-like. "The on-call
 * engineer", "the mobile team", "@jpark", "Ana's" (possessive), "Release engineering".
 */
export function personAt(s: Sent, head: number, people: Gazetteer): PersonRef | undefined {
  // Callers look a word past either end ("… the existing code as it was"): no one there.
  if (head < 0 || head >= s.toks.length) return undefined;
  // "Priya Raman": an unknown family name after a known given name; "nurse RaDonda Vaught",
  // "Ms C", "Captain van Zanten", "engineer Thomas Harding": a name after a title or a role.
  const prev = s.toks[head - 1];
  const capitalised = CAPITALISED_WORD.test(s.toks[head].value) && !SYSTEM_NOUNS.includes(s.toks[head].norm.replace(/'s$/, ''));
  // A title ("Captain", "Dr"), or a role written in lower case ("engineer Thomas Harding"): a
  // capitalised role before a capitalised word is a product's name ("the Developer Story").
  const titled = (k: number) => !!s.toks[k] && (TITLES.has(s.toks[k].norm) || (isRoleNoun(s.toks[k].norm) && !productWord(s, k)));
  const familyName =
    !!prev && capitalised && !punctBefore(s, head) &&
    (isPersonName(prev.value, people) || titled(head - 1) || (STARTS_UPPER.test(prev.value) && !punctBefore(s, head - 1) && titled(head - 2)) ||
      // "Captain van Zanten", "Dr de Souza": a lower-case name particle after a title or a given name.
      (NAME_PARTICLES.has(prev.norm) && !punctBefore(s, head - 1) && (titled(head - 2) || isPersonName(s.toks[head - 2]?.value ?? '', people))));
  const kind = personWord(s, head, people) ?? (familyName ? 'name' : undefined);
  if (!kind) return undefined;
  let first = head;
  while (first > 0 && !punctBefore(s, first) && NP_MODIFIER(s.toks[first - 1], people)) first--;
  // "a Diego Brain", "an Alice node": a name after an indefinite article is a thing named for someone.
  if (kind === 'name' && first < head && ['a', 'an'].includes(s.toks[first].norm)) return undefined;
  return { kind, first, last: head, head, possessive: isPossessive(s, head) };
}

/** An apostrophe that closes a word ("pilots' "), not one inside the next ("'tis"). */
const CLOSING_APOSTROPHE = /^['’](?![\p{L}\p{N}])/u;

/**
 * Token `i` is a possessive: "Ana's", "the on-call's", and a plural's "the pilots' failure", whose
 * apostrophe the tokenizer leaves in the gap after the word ("pilots" + "' ").
 */
export function isPossessive(s: Sent, i: number): boolean {
  const norm = s.toks[i]?.norm ?? '';
  return /'s$|s'$/.test(norm) || (/s$/.test(norm) && CLOSING_APOSTROPHE.test(gapAfter(s, i)));
}

/**
 * "Engineer A", "Nurse B", "Dr C": a capital letter that stands for a person in anonymised
 * reports, after a role or a title. Only "A" needs this ("I" is first person): it reads as the article.
 */
export function letterDesignator(s: Sent, k: number): boolean {
  const prev = s.toks[k - 1];
  return /^\p{Lu}$/u.test(s.toks[k].value) && !!prev && !punctBefore(s, k) && (TITLES.has(prev.norm) || isRoleNoun(prev.norm));
}

function NP_MODIFIER(t: Tok, _people: Gazetteer): boolean {
  if (DETERMINERS.has(t.norm)) return true;
  if (BOUNDARY_WORDS.has(t.norm) || AUXILIARIES.has(t.norm) || PREPOSITIONS.has(t.norm)) return false;
  if (isPastTense(t.norm) && !ADJECTIVE_PARTICIPLES.has(t.norm)) return false;
  // modifier nouns and adjectives: "mobile", "on-call", "data", "platform", given names in "Eli Novak"
  return PLAIN_WORD.test(t.value) && !t.handle && !personWordKinds.has(t.norm);
}

export interface Subject {
  /** The person, when the subject is person-like. */
  person?: PersonRef;
  /** The head token of the subject noun phrase (person or not), if found. */
  head?: number;
  /** First token of the subject noun phrase. */
  first?: number;
}

/** A dash set off by spaces, or an en or em dash: the gap around an aside ("– which had … –"). */
const DASH_GAP = /\s-+\s|[–—]/;

/**
 * The subject of the verb at token `v`: walk back over auxiliaries, negation and adverbs to the
 * head noun; if a preposition sits inside the phrase ("the alert for the engineer"), the head is
 * before it. After "and"/"but", the subject is that of the previous clause.
 */
export function subjectOf(s: Sent, v: number, people: Gazetteer, depth = 0): Subject {
  let k = v - 1;
  // "The on-call, who was tired, missed the page": skip a parenthetical relative clause.
  if (k > 0 && /,/.test(gapBefore(s, v))) {
    for (let c = k; c > 0 && c > v - 12; c--) {
      if (/,/.test(gapBefore(s, c)) && ['who', 'which', 'whose'].includes(s.toks[c].norm)) {
        k = c - 1;
        break;
      }
    }
  }
  // "The train – which had two crew on board – crashed into …": an aside between dashes stands between
  // the subject and its verb (the same as one between commas), so the subject is before the first dash.
  if (k > 0 && DASH_GAP.test(gapBefore(s, v))) {
    for (let c = k; c > 0 && c > v - 16; c--) {
      if (DASH_GAP.test(gapBefore(s, c))) {
        k = c - 1;
        break;
      }
    }
  }
  // "The on-call, however, ignored the page", "someone, somewhere, configured …": a parenthetical
  // word or two between commas stands between the subject and its verb.
  if (k > 0 && /,/.test(gapBefore(s, k + 1)) && PARENTHETICALS.has(s.toks[k].norm)) {
    let first = k;
    while (first > 0 && first > k - 1 && PARENTHETICALS.has(s.toks[first - 1].norm) && !/,/.test(gapBefore(s, first))) first--;
    if (first > 0 && /,/.test(gapBefore(s, first))) k = first - 1;
  }
  // "She, at 3am, ignored …", "The DBA, in a rush to finish, dropped …", "She had somehow, from
  // within the tool, wiped out …": a preposition phrase between commas with no finite verb in it
  // stands between the subject (or the auxiliary) and the verb.
  if (k === v - 1 && k > 0 && /,/.test(gapBefore(s, v))) {
    const before = beforePrepositionAside(s, k);
    // (the auxiliary and adverbs before the aside belong to the verb: "had somehow, …, wiped".)
    if (before !== k) for (k = before; k > 0 && !punctBefore(s, k) && (AUXILIARIES.has(s.toks[k].norm) || NEGATIONS.has(s.toks[k].norm) || isAdverb(s.toks[k])); ) k--;
  }
  // (No aside was skipped: the comma, if any, stands right before the verb group.)
  const noAside = k === v - 1;
  while (k >= 0 && !punctBefore(s, k + 1) && (AUXILIARIES.has(s.toks[k].norm) || NEGATIONS.has(s.toks[k].norm) || isAdverb(s.toks[k]))) k--;
  if (k < 0) return {};
  // "Tom Harding, an employee of the Montreal, Maine & Atlantic railroad, operated …": an apposition
  // (which may hold commas of its own) between the person and the verb.
  const apposed = /,/.test(gapAfter(s, k)) ? appositionHead(s, k, people) : undefined;
  if (apposed) return { person: apposed, head: apposed.head, first: apposed.first };
  const t = s.toks[k];
  // ", then ignored the alarm" joins a predicate to the one before it as "and" does.
  const thenAfterComma = k + 1 < v && s.toks[k + 1].norm === 'then' && /,/.test(gapBefore(s, k + 1));
  if ((COORDINATORS.has(t.norm) || thenAfterComma) && depth < 3) return previousPredicateSubject(s, thenAfterComma ? k : k - 1, v, people, depth) ?? {};
  // "… but, in a hurry, missed the dosage", "and accidentally, and really stupidly, deleted …": a
  // coordinator, then an aside between commas, then the predicate, which shares the coordinator's
  // subject as it would with no aside.
  const coordinator = noAside && /,/.test(gapAfter(s, k)) ? coordinatorBeforeAside(s, k) : -1;
  if (coordinator >= 0 && depth < 3) {
    const sub = previousPredicateSubject(s, coordinator - 1, v, people, depth);
    if (sub) return sub;
  }
  if (BOUNDARY_WORDS.has(t.norm) || PREPOSITIONS.has(t.norm) || (DETERMINERS.has(t.norm) && !letterDesignator(s, k))) return {};
  // "someone else", "everyone else": the quantifier is the subject.
  if (t.norm === 'else' && k > 0 && isPeopleQuantifier(s.toks[k - 1].norm)) {
    const ref = personAt(s, k - 1, people);
    if (ref) return { person: { ...ref, first: k - 1, last: k }, head: k - 1, first: k - 1 };
  }
  // "We'd accidentally caused this", "I've broken the build": the pronoun of a contracted auxiliary.
  const contracted = contractedSubject(t.norm);
  if (contracted) return { person: { kind: contracted, first: k, last: k, head: k, possessive: false }, head: k, first: k };
  // A subject pronoun is a whole noun phrase: "In the process they rolled out …" (not "the process they").
  if (SUBJECT_PRONOUNS.has(t.norm) && k > 0 && !punctBefore(s, k)) {
    const ref = personAt(s, k, people);
    return ref ? { person: { ...ref, first: k }, head: k, first: k } : { head: k, first: k };
  }
  // The noun phrase: back to a boundary; a preposition inside it moves the head before it.
  let first = k;
  let head = k;
  while (first > 0 && !punctBefore(s, first)) {
    // "During the migration an engineer dropped …", "On Monday Priya dropped …": a fronted phrase with
    // no comma ends where a new noun phrase begins (a determiner, or a name after a word that is
    // none), and that noun phrase is the subject.
    const nameStart = personWord(s, first, people) === 'name' && personWord(s, first - 1, people) !== 'name';
    if ((DETERMINERS.has(s.toks[first].norm) || nameStart) && frontedPhraseBefore(s, first - 1)) break;
    const prev = s.toks[first - 1];
    if (BOUNDARY_WORDS.has(prev.norm) || AUXILIARIES.has(prev.norm) || COORDINATORS.has(prev.norm)) break;
    if (isPastTense(prev.norm) && !ADJECTIVE_PARTICIPLES.has(prev.norm) && !DETERMINERS.has(prev.norm)) break;
    if (PREPOSITIONS.has(prev.norm)) {
      head = first - 2;
      first = first - 1;
      if (head < 0) return {};
      continue;
    }
    first--;
  }
  if (first > 0 && PREPOSITIONS.has(s.toks[first].norm)) first++;
  // The head before a preposition was outside the phrase: what is left is a prepositional
  // object ("an upgrade, intended for security, inadvertently reduced …"), never the subject.
  if (head < first) return {};
  const ref = personAt(s, head, people);
  if (ref && !ref.possessive) return { person: { ...ref, first: Math.max(ref.first, first) }, head, first };
  // "the employee responsible made …": a postposed "responsible" leaves the person as the head.
  if (s.toks[head].norm === 'responsible' && head > first) {
    const owner = personAt(s, head - 1, people);
    if (owner && !owner.possessive) return { person: { ...owner, first: Math.max(owner.first, first) }, head: head - 1, first };
  }
  // "One of Knight's technicians did not copy …": the people after "one of".
  if (PARTITIVES.has(s.toks[head]?.norm ?? '') && s.toks[head + 1]?.norm === 'of') {
    for (let p = head + 2; p < Math.min(v, head + 6); p++) {
      const inner = personAt(s, p, people);
      if (inner && !inner.possessive && (p + 1 === v || !personAt(s, p + 1, people))) return { person: { ...inner, first: head }, head: p, first: head };
    }
  }
  // "A tired engineer, working late to fix …, ran …", "the employee doing a routine test during a
  // shift change at the agency mistakenly hit …": the subject before a participle modifier.
  const modified = subjectBeforeModifier(s, v, people);
  if (modified) return { person: modified, head: modified.head, first: modified.first };
  // Apposition: "The release manager, Jonas, halted …"
  return { head, first };
}

/** Prepositions that open a fronted phrase of time, place or circumstance: "At 14:05", "During the migration", "After the deploy". */
const FRONTING_PREPOSITIONS = new Set(['at', 'during', 'on', 'in', 'after', 'before', 'since', 'until', 'by', 'within', 'around', 'between', 'following', 'over', 'throughout', 'upon', 'across', 'despite', 'amid', 'under', 'for', 'through', 'from']);

/** Words that stand before a noun and so never end a noun phrase ("all the", "such a", "half the"). */
const PREDETERMINERS = new Set(['all', 'both', 'half', 'such', 'quite', 'rather', 'what', 'many']);

/**
 * Tokens up to `e` are a fronted phrase with no comma: a preposition opening the sentence and its
 * object, which may hold more preposition phrases ("During a routine test at the agency", "At
 * 14:05", "In the afternoon"). No punctuation, verb, auxiliary, clause word or pronoun stands in
 * it, and its last word ends a noun phrase (a noun, a number or a time), so a determiner right
 * after it starts a new noun phrase. Only at the sentence start: after a comma or a coordinator a
 * preposition phrase as often trails the clause before it.
 */
function frontedPhraseBefore(s: Sent, e: number): boolean {
  if (e < 1) return false;
  const last = s.toks[e].norm;
  if (DETERMINERS.has(last) || PREDETERMINERS.has(last) || PREPOSITIONS.has(last) || isPossessive(s, e) || !WORD_START.test(last)) return false;
  for (let o = e; o >= 0; o--) {
    const w = s.toks[o].norm;
    if (o === 0) return o < e && FRONTING_PREPOSITIONS.has(w);
    if (punctBefore(s, o) || BOUNDARY_WORDS.has(w) || AUXILIARIES.has(w) || NEGATIONS.has(w) || SUBJECT_PRONOUNS.has(w) || (isPastTense(w) && !ADJECTIVE_PARTICIPLES.has(w))) return false;
  }
  return false;
}

/**
 * The subject of the predicate before a coordinated one at `v`, searching back from `from`: "X
 * deleted the bucket and didn't tell anyone". Undefined when no earlier predicate is found; an
 * empty subject when the earlier predicate has none that could be a person (a passive, "which").
 */
function previousPredicateSubject(s: Sent, from: number, v: number, people: Gazetteer, depth: number): Subject | undefined {
  for (let p = from; p >= 0; p--) {
    // ("to" starts an infinitive or a preposition phrase, never a clause of its own.)
    if (isPastTense(s.toks[p].norm) || (AUXILIARIES.has(s.toks[p].norm) && s.toks[p].norm !== 'to')) {
      // "Salesforce's carefully crafted policies": a participle modifying a noun is no verb.
      let m = p - 1;
      while (m > 0 && isAdverb(s.toks[m])) m--;
      if (m >= 0 && (DETERMINERS.has(s.toks[m].norm) || /'s$|s'$/.test(s.toks[m].norm)) && !AUXILIARIES.has(s.toks[p].norm)) continue;
      let q = p;
      while (q > 0 && (AUXILIARIES.has(s.toks[q - 1].norm) || NEGATIONS.has(s.toks[q - 1].norm) || isAdverb(s.toks[q - 1]))) q--;
      // "which is by default logged and ignored": a verb with no object after a passive shares
      // the passive, and has no agent here.
      if (passiveBefore(s, p) && (!s.toks[v + 1] || punctBefore(s, v + 1) || s.toks[v + 1].norm === 'by')) return {};
      // "The team scaled up, which bought time but did not fix the leak": the predicate before the
      // coordinator has "which" for subject, and "which" is never a person, so neither is its partner's.
      if (s.toks[q - 1]?.norm === 'which') return {};
      const sub = subjectOf(s, q, people, depth + 1);
      // "Vaught withdrew a vial from the cabinet, administered the drug and somehow overlooked …":
      // a predicate after a comma has the series' subject, not the object before the comma.
      if (sub.head !== undefined && !sub.person && /,/.test(gapBefore(s, q)) && q > 0 && !COORDINATORS.has(s.toks[q - 1].norm)) continue;
      if (sub.head !== undefined) return sub;
      // "the engineer who sidestepped the policies and took down the platform": a relative's subject.
      const rel = relativeAntecedent(s, q, people);
      if (rel) return { person: rel, head: rel.head, first: rel.first };
    }
  }
  return undefined;
}

/** Prepositions that open an aside between commas inside a clause (with the clause words "after", "before", "since", "until" used as prepositions). */
const ASIDE_PREPOSITIONS = new Set(['at', 'in', 'on', 'from', 'during', 'after', 'before', 'since', 'until', 'despite', 'without', 'under', 'within', 'by', 'for', 'amid', 'upon', 'over', 'through', 'throughout', 'around', 'with']);

/**
 * The token before a preposition phrase set off by commas that ends at `k` (", in a rush to
 * finish,"), or `k` itself when there is none: the phrase opens with a preposition after a comma,
 * is at most ten words, and holds no finite verb (an infinitive or a gerund may stand in it).
 */
function beforePrepositionAside(s: Sent, k: number): number {
  for (let c = k; c > 0 && c > k - 10; c--) {
    const w = s.toks[c].norm;
    if (isPastTense(w) && !ADJECTIVE_PARTICIPLES.has(w) && s.toks[c - 1].norm !== 'to') return k;
    if (AUXILIARIES.has(w) && w !== 'to') return k;
    if (!punctBefore(s, c)) continue;
    return /,/.test(gapBefore(s, c)) && ASIDE_PREPOSITIONS.has(w) ? c - 1 : k;
  }
  return k;
}

/**
 * The coordinator before an aside set off by commas that ends at `k` ("and, in a hurry,", "but,
 * upon realising this,"; adverbs may stand between: "and accidentally, and really stupidly,"), or -1.
 */
function coordinatorBeforeAside(s: Sent, k: number): number {
  let c = k;
  while (c > 0 && c > k - 8 && !punctBefore(s, c)) c--;
  if (c < 1 || !/,/.test(gapBefore(s, c))) return -1;
  let m = c - 1;
  while (m > 0 && isAdverb(s.toks[m]) && !punctBefore(s, m)) m--;
  return COORDINATORS.has(s.toks[m].norm) ? m : -1;
}

/** The participle at `p` is a passive: a form of "be" before it ("is (by default) logged", "was quickly rolled back"). */
function passiveBefore(s: Sent, p: number): boolean {
  if (!isPastParticiple(s.toks[p].norm) || ADJECTIVE_PARTICIPLES.has(s.toks[p].norm)) return false;
  for (let k = p - 1; k >= Math.max(0, p - 4); k--) {
    if (punctBefore(s, k + 1)) return false;
    if (BE_FORMS.has(s.toks[k].norm)) return true;
    if (!isAdverb(s.toks[k]) && !['by', 'default'].includes(s.toks[k].norm)) return false;
  }
  return false;
}
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * The person before an apposition that ends at token `k` ("Tom Harding, an employee of X, …",
 * "Ed Burkhardt, the chairman of MMA's parent company, Rail World, …"): the apposition starts with
 * an article after a comma and holds no finite verb; the person is a name or role right before it.
 */
function appositionHead(s: Sent, k: number, people: Gazetteer): PersonRef | undefined {
  for (let c = k; c > 0 && c > k - 16; c--) {
    const w = s.toks[c].norm;
    // (A temporal preposition inside it, "tired after a long shift", is no new clause; a finite verb
    // after it would be, and stops the walk below.)
    if (/[;:]/.test(gapBefore(s, c)) || (BOUNDARY_WORDS.has(w) && w !== 'and' && !['after', 'before'].includes(w))) return undefined;
    if (isPastTense(w) && !ADJECTIVE_PARTICIPLES.has(w) && !isPastParticiple(w) && !APPOSED_OPENERS.has(w)) return undefined;
    // ("The engineer, tired after a long shift, deleted …", "Bob, at 3am, dropped …": a state or a
    // circumstance set off by commas.)
    // ("The DBA, worried about the deadline, skipped …": a participle opens a state as an adjective does.)
    if (!/,/.test(gapBefore(s, c)) || !(['a', 'an', 'the'].includes(w) || APPOSED_OPENERS.has(w) || isPastParticiple(w))) continue;
    const ref = personAt(s, c - 1, people);
    if (ref && !ref.possessive && (ref.kind === 'name' || ref.kind === 'role' || ref.kind === 'handle')) return ref;
    return undefined;
  }
  return undefined;
}

/**
 * The person a relative "who" before the verb at `v` refers to: "the engineer who derailed …",
 * "the driver of the train, who crashed it", "Employees who make this sort of error". "who" is
 * always a person, but the rewrite needs the noun phrase it stands for; none when it is not found.
 */
export function relativeAntecedent(s: Sent, v: number, people: Gazetteer): PersonRef | undefined {
  let k = v - 1;
  while (k >= 0 && (AUXILIARIES.has(s.toks[k].norm) || NEGATIONS.has(s.toks[k].norm) || isAdverb(s.toks[k]))) k--;
  if (k < 1 || s.toks[k].norm !== 'who') return undefined;
  const ref = personAt(s, k - 1, people);
  if (ref) return ref.possessive ? undefined : ref;
  // "the driver of the train, who …": the person before an "of" phrase.
  for (let p = k - 2; p >= Math.max(1, k - 4); p--) {
    if (s.toks[p].norm !== 'of') continue;
    const owner = personAt(s, p - 1, people);
    return owner && !owner.possessive ? owner : undefined;
  }
  return undefined;
}

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they']);

/**
 * Past verbs of belief. Before "… but we were wrong" they make it a belief corrected ("We thought
 * this solved the issue, but we were wrong"), not a judgment or a confession.
 */
export const BELIEF_PAST_VERBS = new Set(['thought', 'believed', 'assumed', 'expected', 'hoped', 'suspected', 'guessed', 'figured']);

/** A pronoun with an auxiliary written into it ("we'd", "I've", "they'll"): one token, a person subject. */
export function contractedSubject(norm: string): PersonKind | undefined {
  const pronoun = contractedPronoun(norm);
  return !pronoun ? undefined : pronoun === 'i' || pronoun === 'we' ? 'first-person' : 'pronoun';
}

/**
 * The past tense of an irregular participle, after a perfect auxiliary ("had forgotten", "we've
 * broken", "she'd run"): the verb lists hold past tenses, and the perfect is the same act.
 * Alone these are adjectives or other words ("the broken build", "a test run").
 */
const PERFECT_PARTICIPLES: Record<string, string> = {
  forgotten: 'forgot', broken: 'broke', mistaken: 'mistook', run: 'ran', overwritten: 'overwrote', overridden: 'overrode',
  written: 'wrote', given: 'gave', driven: 'drove', flown: 'flew', taken: 'took', begun: 'began', undertaken: 'undertook',
};
const PERFECT_AUXILIARIES = new Set(['had', 'has', 'have', "'d", "'ve"]);
export function perfectPast(s: Sent, i: number): string | undefined {
  const past = PERFECT_PARTICIPLES[s.toks[i].norm];
  if (!past) return undefined;
  let k = i - 1;
  while (k > 0 && isAdverb(s.toks[k]) && !punctBefore(s, k + 1)) k--;
  const aux = s.toks[k];
  // ("She's broken the build": "'s" is "has" before a participle with an object.)
  const has = /^(?:he|she)'s$/.test(aux?.norm ?? '') && !!s.toks[i + 1] && !punctBefore(s, i + 1) && DETERMINERS.has(s.toks[i + 1].norm);
  return aux && !punctBefore(s, k + 1) && (PERFECT_AUXILIARIES.has(aux.norm) || /'(?:d|ve)$/.test(aux.norm) || has) ? past : undefined;
}

/** Quantities of people before "of": "one of the technicians", "two of our engineers". */
const PARTITIVES = new Set(['one', 'two', 'three', 'some', 'several', 'many', 'most', 'each', 'either', 'neither', 'both', 'few', 'none']);

/**
 * A person noun phrase before a participle modifier that separates it from its verb at `v`:
 * "{person}(,) working late to fix the replica(,) ran …". No finite verb may stand between them,
 * and the walk stays in the clause (it stops at ; : and at clause-starting words).
 */
function subjectBeforeModifier(s: Sent, v: number, people: Gazetteer): PersonRef | undefined {
  for (let k = v - 1; k >= Math.max(0, v - 24); k--) {
    if (/[;:]/.test(gapAfter(s, k))) return undefined;
    const t = s.toks[k];
    if (BOUNDARY_WORDS.has(t.norm) && !['that', 'as', 'and', 'or', 'but', 'then'].includes(t.norm)) return undefined;
    const next = s.toks[k + 1];
    if (!next || !(/ing$/.test(next.norm) || next.norm === 'responsible' || /,/.test(gapAfter(s, k)))) continue;
    const ref = personAt(s, k, people);
    if (!ref || ref.possessive) continue;
    // Nothing finite in between: "working late to fix a replication issue" has no past tense.
    const between = s.toks.slice(k + 1, v);
    if (between.some((x, j) => isPastTense(x.norm) && !ADJECTIVE_PARTICIPLES.has(x.norm) && between[j - 1]?.norm !== 'to' && !['been', 'had'].includes(x.norm) && !/ing$/.test(between[j - 1]?.norm ?? 'x'))) return undefined;
    if (!between.some((x) => /ing$/.test(x.norm) && x.norm.length > 4)) return undefined;
    return ref;
  }
  return undefined;
}

/** The first token of a clause that contains token i: after punctuation or a boundary word. */
export function clauseStart(s: Sent, i: number): number {
  let k = i;
  while (k > 0 && !/[;:—–]/.test(gapBefore(s, k)) && !isBoundary(s, k - 1)) k--;
  return k;
}

/** A clause-starting word, except in fixed phrases ("at once", "such as", "as well as", "so far"). */
export function isBoundary(s: Sent, k: number): boolean {
  const w = s.toks[k].norm;
  if (!BOUNDARY_WORDS.has(w)) return false;
  const prev = s.toks[k - 1]?.norm;
  const next = s.toks[k + 1]?.norm;
  if (w === 'once' && prev === 'at') return false;
  if (w === 'as' && (prev === 'such' || prev === 'well' || next === 'well' || prev === 'as')) return false;
  if (w === 'so' && (next === 'far' || next === 'much' || next === 'many')) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Verb forms

export function isAdverb(t: Tok): boolean {
  return ADVERBS.has(t.norm) || (/ly$/.test(t.norm) && t.norm.length > 4 && !NOT_ADVERBS.has(t.norm));
}

/** Past tense or past participle: irregular list, or a regular "-ed" form. */
export function isPastTense(norm: string): boolean {
  if (IRREGULAR_PAST.has(norm)) return true;
  return /[a-z]{2,}ed$/.test(norm) && !NOT_PARTICIPLES.has(norm) && !/eed$/.test(norm);
}

/** Irregular participles that are also the base form ("run", "set", "read"): an order can start with them. */
const BASE_LIKE_PARTICIPLES = new Set(['run', 'put', 'set', 'cut', 'read', 'hit', 'let', 'shut', 'come', 'become', 'quit', 'cast', 'cost', 'hurt', 'spread', 'bet', 'upset', 'reset']);

/** A past form that cannot be a base form: "Never heard of it", "Never been better" are no orders. */
export function isPastForm(norm: string): boolean {
  return isPastTense(norm) && !BASE_LIKE_PARTICIPLES.has(norm);
}

/** Past participle (for "have + past participle"). */
export function isPastParticiple(norm: string): boolean {
  if (IRREGULAR_PARTICIPLES.has(norm)) return true;
  if (IRREGULAR_PAST_ONLY.has(norm)) return false;
  return isPastTense(norm);
}

/** A negation word, "not", "never", or a negated auxiliary ("didn't", "wasn't"). */
export function isNegation(t: Tok): boolean {
  return NEGATIONS.has(t.norm) || t.norm.endsWith("n't");
}

/** A negation among the `window` tokens before token `i` ("did not meet", "wasn't ever disciplined"). */
export function negatedBefore(s: Sent, i: number, window = 3): boolean {
  for (let k = Math.max(0, i - window); k < i; k++) if (isNegation(s.toks[k])) return true;
  return false;
}

/** True for a modal ("should", "could", "would", "must", "might", "may", "ought"). */
export function isModal(t: Tok): boolean {
  return MODALS.has(t.norm.replace(/n't$/, '')) || t.norm === "shouldn't" || t.norm === "couldn't" || t.norm === "wouldn't" || t.norm === "won't" || t.norm === "mustn't";
}

// ---------------------------------------------------------------------------------------------
// Findings

/** Maps a token range of a sentence to a finding range in the source. */
export function spanOf(unit: ProseUnit, s: Sent, first: number, last: number): Span {
  const a = s.toks[first];
  return proseSpan(unit, a.handle && unit.text[a.start - 1] === '@' ? a.start - 1 : a.start, s.toks[last].end);
}

/** Whether a token range is guarded (exempt text, chat or log line). */
export function guardedToks(unit: ProseUnit, s: Sent, first: number, last: number, people?: Gazetteer): boolean {
  return isGuarded(unit, s.toks[first].start, s.toks[last].end, people);
}

/**
 * Widens findings whose range cuts a `**`/`__` pair in half ("Root cause**: human error" in
 * "**Root cause**: …"), so that their fixes never leave unbalanced emphasis. Fix edits that had
 * the finding's range get the widened range too.
 */
export function balanceMarkup(findings: RuleFinding[], source: string): RuleFinding[] {
  for (const f of findings) {
    const text = source.slice(f.start, f.end);
    for (const mark of ['**', '__']) {
      if ((text.split(mark).length - 1) % 2 === 0) continue;
      const old = { start: f.start, end: f.end };
      if (source.slice(f.start - 2, f.start) === mark) f.start -= 2;
      else if (source.slice(f.end, f.end + 2) === mark) f.end += 2;
      for (const fix of f.fixes ?? []) for (const e of fix.edits) if (e.start === old.start && e.end === old.end) Object.assign(e, { start: f.start, end: f.end });
    }
  }
  return findings;
}

/** Replacement text that keeps the capitalisation of what it replaces. */
export function matchCase(original: string, replacement: string): string {
  if (STARTS_UPPER.test(original) && STARTS_LOWER.test(replacement)) return replacement[0].toUpperCase() + replacement.slice(1);
  if (STARTS_LOWER.test(original) && CAPITALISED.test(replacement)) return replacement[0].toLowerCase() + replacement.slice(1);
  return replacement;
}

/**
 * Findings for `config.language.extraPhrases[ruleId]`: user phrases, matched as words (never as
 * regular expressions), outside guarded text.
 */
export function extraPhraseFindings(
  unit: ProseUnit,
  ruleId: string,
  config: ResolvedConfig,
  make: (span: Span, written: string) => RuleFinding | undefined,
  people?: Gazetteer,
): RuleFinding[] {
  const phrases = config.language.extraPhrases[ruleId];
  if (!phrases?.length) return [];
  const toks = words(unit.text);
  const out: RuleFinding[] = [];
  for (const p of phrases) {
    for (const [a, b] of findPhrase(toks, phraseWords(p))) {
      const start = toks[a].start;
      const end = toks[b].end;
      if (isGuarded(unit, start, end, people)) continue;
      const f = make(proseSpan(unit, start, end), unit.text.slice(start, end));
      if (f) out.push(f);
    }
  }
  return out;
}

const NO_PEOPLE: Gazetteer = { names: [], tokens: new Set() };

/**
 * Family names a unit introduces itself (issue 11): a capitalised word after a title, a role or a
 * given name ("nurse RaDonda Vaught", "Captain Hazelwood", "Tom Harding"), so that the bare surname
 * is a person in the unit's other clauses ("But Vaught accidentally grabbed …"). Learned from the
 * unit's text alone (cached on its analysis), so a unit's findings still depend only on its text
 * and the document's gazetteer.
 */
export function unitNames(unit: ProseUnit): string[] {
  const a = analyse(unit);
  let names = a.memo.get('blame-unit-names') as string[] | undefined;
  if (!names) {
    const found = new Set<string>();
    for (const s of sentences(unit)) {
      for (let k = 1; k < s.toks.length; k++) {
        const t = s.toks[k];
        if (t.handle || !CAPITALISED.test(t.value)) continue;
        const b = bare(t.norm);
        if (b.length < 3 || SYSTEM_NOUNS.includes(b) || found.has(b) || personWord(s, k, NO_PEOPLE)) continue;
        // What follows a name is a verb, a clause word or punctuation; "the on-call Grafana
        // dashboard" names a product. An acronym role ("SRE Grafana") is no title.
        const next = s.toks[k + 1];
        const endsPhrase = !next || punctBefore(s, k + 1) || CAPITALISED.test(next.value) || isPastTense(next.norm) || isAdverb(next) || AUXILIARIES.has(next.norm) || BOUNDARY_WORDS.has(next.norm) || PREPOSITIONS.has(next.norm);
        const acronymBefore = /^[A-Z]{2,}$/.test(s.toks[k - 1].value);
        if (endsPhrase && !acronymBefore && personAt(s, k, NO_PEOPLE)?.kind === 'name') found.add(b);
      }
      for (let k = 0; k < s.toks.length; k++) {
        const b = bare(s.toks[k].norm);
        if (!found.has(b) && namedByCue(s, k)) found.add(b);
      }
    }
    names = [...found];
    a.memo.set('blame-unit-names', names);
  }
  return names;
}

/** Possessive and reflexive pronouns that name a person's sex: only a person takes them ("its", "their" do not). */
const BOUND_PRONOUNS = new Set(['his', 'her', 'himself', 'herself']);
/** Determiners that open an apposed role: "X, a nurse", "X, the captain", "X, our on-call engineer". */
const APPOSED_DETERMINERS = new Set(['a', 'an', 'the', 'our', 'their', 'his', 'her', 'my', 'your']);
/** Closed-class words that open a sentence capitalised and take a verb ("This was his call"). */
const NOT_NAMES = new Set(['this', 'that', 'these', 'those', 'there', 'here', 'what', 'which', 'who', 'nothing', 'something', 'everything', 'anything', 'none', 'one', 'each', 'both', 'all', 'such', 'then', 'now', 'also', 'still', 'later', 'once']);

/**
 * A capitalised word that is a person by a cue in its own sentence that only people take
 * (issue 11, for names no list holds: "Bentley", "Schettino"): a relative "who" set off after it
 * ("Bentley, who chose not to attend, …"), an apposed role ("Hiatt, a nurse at …, made"), or, as
 * the subject of a verb, a later his/her/himself/herself in its clause, with no other person or name before it the
 * pronoun could refer to ("Schettino shook off his responsibility"). Companies and products take
 * "which", "its" and "they", so these cues leave them out.
 */
function namedByCue(s: Sent, k: number): boolean {
  const t = s.toks[k];
  if (t.handle || !CAPITALISED_NAME.test(t.value)) return false;
  const b = bare(t.norm);
  if (b.length < 3 || SYSTEM_NOUNS.includes(b) || NOT_NAMES.has(b) || DETERMINERS.has(b) || BOUNDARY_WORDS.has(b) || PREPOSITIONS.has(b) || AUXILIARIES.has(b) || isAdverb(t) || personWord(s, k, NO_PEOPLE)) return false;
  // A product's name after an acronym: "AWS Glue", "HBO Max".
  if (k > 0 && !punctBefore(s, k) && /^[A-Z]{2,}$/.test(s.toks[k - 1].value)) return false;
  const next = s.toks[k + 1];
  if (!next) return false;
  if (punctBefore(s, k + 1) && /^\s*,/.test(gapAfter(s, k))) {
    if (next.norm === 'who') return true;
    // "Hiatt, a nurse at the hospital, …", "Schettino, the ship's captain, …": a hand-listed role apposed.
    if (APPOSED_DETERMINERS.has(next.norm)) {
      for (let j = k + 2; j <= Math.min(s.toks.length - 1, k + 5); j++) {
        if (punctBefore(s, j)) break;
        if (isHandRoleNoun(bare(s.toks[j].norm)) || TITLES.has(s.toks[j].norm)) return true;
      }
    }
    return false;
  }
  // The subject of a verb: a past form, an auxiliary or an adverb right after it.
  if (!(isPastTense(next.norm) || (AUXILIARIES.has(next.norm) && next.norm !== 'to') || isAdverb(next))) return false;
  // Within its own clause (to punctuation or a subordinating word), where a possessive or
  // reflexive pronoun refers back to the subject: "Stripe failed, and she noticed" is another's.
  for (let j = k + 2; j < s.toks.length; j++) {
    const w = s.toks[j];
    if (punctBefore(s, j) || (BOUNDARY_WORDS.has(w.norm) && !COORDINATORS.has(w.norm))) return false;
    if (BOUND_PRONOUNS.has(w.norm)) return true;
    if (personWord(s, j, NO_PEOPLE) || CAPITALISED_NAME.test(w.value)) return false;
  }
  return false;
}

/** The document's gazetteer plus the unit's own family names (unitNames); the same object when there are none. */
const unitGazetteers = new WeakMap<Gazetteer, Map<string, Gazetteer>>();
export function peopleInUnit(people: Gazetteer, unit: ProseUnit): Gazetteer {
  const names = unitNames(unit).filter((n) => !people.tokens.has(n));
  if (!names.length) return people;
  const key = names.join(' ');
  let byNames = unitGazetteers.get(people);
  if (!byNames) unitGazetteers.set(people, (byNames = new Map()));
  let g = byNames.get(key);
  if (!g) {
    if (byNames.size > 256) byNames.clear();
    g = { names: people.names, tokens: new Set([...people.tokens, ...names]) };
    byNames.set(key, g);
  }
  return g;
}

/** The document's gazetteer (cached per model). */
export function peopleOf(model: PostMortem, config: ResolvedConfig): Gazetteer {
  return gazetteer(model, config);
}

// ---------------------------------------------------------------------------------------------
// Word classes (data)

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'their', 'his', 'her', 'its', 'my', 'your', 'every', 'each', 'some', 'any',
  'no', 'one', 'two', 'three', 'all', 'both', 'another', 'several', 'most', 'many',
]);

export const AUXILIARIES = new Set([
  'did', 'does', 'do', "didn't", "doesn't", "don't", 'had', 'has', 'have', "hadn't", "hasn't", "haven't", 'was', 'were', 'is', 'are', 'am',
  "wasn't", "weren't", "isn't", "aren't", 'be', 'been', 'being', 'will', 'would', 'should', 'could', 'might', 'may', 'must', 'can', 'shall',
  "won't", "wouldn't", "shouldn't", "couldn't", "can't", 'cannot', "mustn't", 'ought', 'to', 'got', 'get', 'gets',
]);

/**
 * People an incident happens to (users-as-impact): "most users would have seen errors", "patrons
 * should have been able to place holds" estimate impact; they judge no one's act.
 */
export const AFFECTED_PEOPLE = new Set([
  'user', 'users', 'end-user', 'end-users', 'customer', 'customers', 'client', 'clients', 'patron', 'patrons', 'visitor', 'visitors',
  'subscriber', 'subscribers', 'reader', 'readers', 'viewer', 'viewers', 'player', 'players', 'shopper', 'shoppers', 'passenger',
  'passengers', 'patient', 'patients', 'resident', 'residents',
]);

export const MODALS = new Set(['should', 'could', 'would', 'must', 'might', 'may', 'ought', 'can', 'will', 'shall']);

export const NEGATIONS = new Set(['not', 'never', "n't", 'no']);

export const COORDINATORS = new Set(['and', 'but', 'or', 'then', 'yet', 'so']);

/** Words that open a state or a circumstance set off by commas after a person. */
const APPOSED_OPENERS = new Set(['tired', 'exhausted', 'fatigued', 'busy', 'distracted', 'unaware', 'confused', 'frustrated', 'overwhelmed', 'alone', 'new', 'at', 'after', 'during', 'despite', 'under', 'before', 'late', 'working']);

/** Words before "shift" that make it a stretch of time: "a long shift", "a double shift". */
const TIME_OF_SHIFT = new Set(['long', 'longer', 'double', 'extra', 'late', 'early', 'overnight', 'weekend', 'full', 'whole', 'entire', 'split', 'graveyard', 'another', 'his', 'her', 'their', 'my', 'our']);

/** Words that stand between commas inside a clause: "the on-call, however, ignored …". */
const PARENTHETICALS = new Set([
  'however', 'unfortunately', 'apparently', 'somewhere', 'again', 'too', 'also', 'though', 'therefore', 'then', 'clearly', 'evidently',
  'reportedly', 'allegedly', 'meanwhile', 'once', 'instead', 'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'indeed',
  'obviously', 'thus', 'hence', 'sadly', 'regrettably', 'fortunately', 'luckily', 'initially', 'eventually', 'later', 'course', 'of', 'it', 'seems',
]);

/** Words that start a new clause: the subject of a later verb is after them. */
export const BOUNDARY_WORDS = new Set([
  'that', 'because', 'when', 'while', 'after', 'before', 'since', 'although', 'though', 'if', 'unless', 'until', 'once', 'where',
  'which', 'who', 'whom', 'whose', 'as', 'so', 'whether', 'why', 'how', 'what', 'whereas', 'and', 'but', 'or', 'then',
]);

export const PREPOSITIONS = new Set([
  'to', 'of', 'for', 'from', 'with', 'by', 'on', 'in', 'at', 'into', 'onto', 'about', 'against', 'via', 'through', 'under', 'over',
  'between', 'behind', 'without', 'within', 'across', 'during', 'like', 'per', 'than', 'towards', 'toward', 'upon', 'near',
]);

export const ADVERBS = new Set([
  'also', 'then', 'just', 'still', 'already', 'again', 'later', 'first', 'only', 'even', 'once', 'twice', 'never', 'not', 'ever', 'simply',
  'apparently', 'reportedly', 'allegedly', 'initially', 'eventually', 'subsequently', 'repeatedly', 'accidentally', 'mistakenly',
  'inadvertently', 'completely', 'totally', 'actually', 'really', 'clearly', 'obviously', 'somehow', 'therefore', 'thus', 'too',
  'immediately', 'quickly', 'previously', 'originally', 'both', 'all', 'each',
  // "The nurse soon realised …": an adverb of time without -ly, between the subject and its verb.
  'soon',
]);

/** Words ending in -ly that are not adverbs. */
const NOT_ADVERBS = new Set(['only', 'early', 'daily', 'weekly', 'monthly', 'hourly', 'nightly', 'yearly', 'quarterly', 'family', 'supply', 'reply', 'apply', 'rely', 'assembly', 'anomaly', 'italy', 'holy', 'friendly', 'costly', 'likely', 'unlikely', 'lonely', 'ugly']);

/** "-ed" words that are not verbs, or are adjectives in front of nouns. */
const NOT_PARTICIPLES = new Set(['bed', 'red', 'shed', 'sled', 'wed', 'fed', 'led', 'hundred', 'sacred', 'naked', 'wicked', 'embed', 'kindred', 'rugged', 'ted', 'ned', 'med', 'seabed', 'infrared']);

/** Participles that usually work as adjectives before a noun ("should have dedicated consumers"). */
export const ADJECTIVE_PARTICIPLES = new Set([
  'dedicated', 'automated', 'detailed', 'limited', 'restricted', 'encrypted', 'documented', 'named', 'defined', 'scheduled', 'integrated',
  'isolated', 'advanced', 'centralized', 'centralised', 'distributed', 'managed', 'signed', 'versioned', 'pinned', 'labelled', 'labeled',
  'structured', 'related', 'enhanced', 'extended', 'improved', 'updated', 'expanded', 'shared', 'required', 'tested', 'validated',
  'separated', 'tagged', 'mirrored', 'replicated', 'standardized', 'standardised', 'written', 'read-only', 'hardened', 'audited',
  'paid', 'trained', 'qualified', 'experienced', 'designated', 'assigned', 'on-call', 'rate-limited', 'time-boxed', 'scoped',
  // States of people before a noun ("a tired engineer ran …").
  'tired', 'exhausted', 'fatigued', 'overworked', 'stressed', 'distracted', 'frustrated', 'confused', 'inexperienced', 'unsupervised',
]);

const IRREGULAR_PARTICIPLES = new Set([
  'been', 'done', 'known', 'seen', 'taken', 'given', 'gone', 'run', 'caught', 'found', 'had', 'made', 'got', 'gotten', 'written', 'brought',
  'thought', 'told', 'kept', 'left', 'held', 'put', 'set', 'cut', 'read', 'sent', 'spent', 'built', 'shown', 'drawn', 'chosen', 'broken',
  'spoken', 'woken', 'frozen', 'stolen', 'fallen', 'forgotten', 'understood', 'withdrawn', 'begun', 'come', 'become', 'hit', 'let', 'lost',
  'meant', 'met', 'paid', 'said', 'sold', 'shut', 'stood', 'struck', 'taught', 'thrown', 'won', 'worn', 'driven', 'ridden', 'risen',
  'eaten', 'beaten', 'bitten', 'hidden', 'shaken', 'torn', 'sworn', 'blown', 'grown', 'flown', 'drunk', 'sung', 'rung', 'spun', 'stuck',
  'swept', 'sped', 'dealt', 'felt', 'heard', 'laid', 'led', 'lent', 'lit', 'overseen', 'overridden', 'rewritten', 'undone', 'redone', 'rerun',
  'rebuilt', 'reset', 'upset', 'shed', 'fed', 'dug', 'hung', 'slept', 'wound', 'bound', 'ground', 'sought', 'bought', 'fought', 'forbidden',
  'mistaken', 'foreseen', 'withheld', 'upheld', 'overtaken', 'split', 'spread', 'quit', 'cast', 'broadcast', 'forecast', 'shot',
  'undertaken', 'forgone', 'foregone', 'sped', 'fled', 'misread', 'misheard', 'mislaid', 'misled', 'overdone', 'outrun', 'overrun',
  // The rest of the common irregular verbs (their past-only forms are in the list below): "I sat at the console
  // and deleted …" is a verb the coordinated predicate's subject is found through. Not "undergone":
  // what one undergoes (training, surgery) happens to one, and "had not undergone" read as an omission.
  'sat', 'slid', 'bent', 'bled', 'bred', 'burnt', 'clung', 'crept', 'dreamt', 'flung', 'knelt', 'leapt', 'learnt', 'shone', 'spilt', 'spat',
  'stung', 'swung', 'wept', 'misunderstood', 'overheard', 'withstood', 'arisen', 'awoken', 'forgiven', 'shrunk', 'sunk', 'sprung', 'swum',
  'woven', 'stricken',
]);

/** Past tense forms that are not participles ("should have went" is not standard). */
const IRREGULAR_PAST_ONLY = new Set(['overwrote', 'rewrote', 'undertook', 'went', 'saw', 'took', 'gave', 'knew', 'ran', 'came', 'broke', 'forgot', 'wrote', 'began', 'drew', 'chose', 'spoke', 'froze', 'stole', 'fell', 'threw', 'grew', 'flew', 'blew', 'rode', 'rose', 'ate', 'hid', 'shook', 'tore', 'swore', 'woke', 'did', 'was', 'were', 'sang', 'rang', 'drove', 'overrode', 'mistook', 'withdrew', 'undid', 'forbade', 'overlooked', 'arose', 'awoke', 'drank', 'forgave', 'shrank', 'sank', 'sprang', 'stank', 'strove', 'swam', 'wove', 'oversaw', 'overtook', 'overran']);

const IRREGULAR_PAST = new Set([...IRREGULAR_PARTICIPLES, ...IRREGULAR_PAST_ONLY]);

/**
 * "operations", "infrastructure", "security" and "engineering" in lower case after a determiner or
 * a modifier are things ("the requested operations would have failed", "our infrastructure", "email
 * security"); capitalised, bare ("security approved it") or named ("Release engineering") a department.
 */
function departmentAsThing(s: Sent, i: number): boolean {
  const t = s.toks[i];
  if (!THING_FIRST_DEPARTMENTS.has(t.norm) || STARTS_UPPER.test(t.value)) return false;
  const prev = s.toks[i - 1];
  if (!prev || punctBefore(s, i) || DEPARTMENT_MODIFIERS.has(prev.norm)) return false;
  return DETERMINERS.has(prev.norm) || (isPastTense(prev.norm) && !AUXILIARIES.has(prev.norm)) || SYSTEM_NOUNS.includes(prev.norm) || THING_MODIFIERS.has(prev.norm);
}
/** Modifiers that make those nouns things: "email security", "web infrastructure". */
const THING_MODIFIERS = new Set(['email', 'mail', 'web', 'server', 'database', 'storage', 'compute', 'physical', 'underlying', 'existing', 'critical', 'core', 'shared', 'internal', 'external', 'public', 'private', 'write', 'read', 'file', 'disk', 'i/o', 'io', 'these', 'those', 'such', 'other', 'all', 'some', 'many', 'several', 'certain']);
/** Department nouns that name things more often than teams unless capitalised. */
const THING_FIRST_DEPARTMENTS = new Set(['operations', 'infrastructure', 'infra', 'security', 'engineering']);
/** What names a department before those nouns: "Release engineering", "network operations". */
const DEPARTMENT_MODIFIERS = new Set(['release', 'platform', 'reliability', 'network', 'product', 'data', 'customer', 'production', 'it', 'security', 'cloud', 'field', 'site']);

/** Modifiers that make "group" a resource: "security group", "auto-scaling group". */
const RESOURCE_GROUPS = new Set(['security', 'resource', 'log', 'target', 'auto-scaling', 'autoscaling', 'scaling', 'placement', 'instance', 'subnet', 'parameter', 'option', 'availability', 'replication', 'thread', 'process', 'cgroup', 'volume', 'disk', 'storage', 'ip', 'endpoint', 'host', 'hosts', 'nodes', 'pods', 'machine', 'vm']);

/**
 * Titles before a name ("Ms C", "Dr Shah", "Captain van Zanten", "Lt Rowe"). Role nouns count too
 * ("Nurse Hawkins", "Registrar Okafor": isRoleNoun); these are the abbreviations and forms of
 * address that are not role nouns. Not "miss", "gen", "col", "det", "fr": words or abbreviations of
 * other things before a capitalised word ("we miss Grafana", "Gen Z").
 */
const TITLES = new Set(['mr', 'ms', 'mrs', 'mx', 'dr', 'captain', 'capt', 'officer', 'sgt', 'prof', 'professor', 'judge', 'commissioner', 'rn', 'lt', 'cpl', 'pvt', 'cmdr', 'rev', 'insp', 'supt', 'cllr']);

/** Role words not in people.data (multi-word heads reduce to these). */
const ROLE_EXTRA = new Set(['on-call', 'oncall', 'on-calls', 'reviewer', 'releaser']);

const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'le', 'la', 'ter', 'dos', 'das', 'bin', 'al', 'el']);
/** Organisations a role word can belong to: "a worker at an Indian unit of RBS" is a person. */
const AFFILIATIONS = new Set(['bank', 'company', 'firm', 'plant', 'factory', 'agency', 'unit', 'branch', 'site', 'office', 'hospital', 'airline', 'railway', 'railroad', 'utility', 'contractor', 'supplier', 'vendor', 'mine', 'warehouse', 'depot', 'yard']);

/** Words of roads, rails and driving that make "driver" the person at the wheel. */
const ROAD_WORDS = new Set(['mph', 'km/h', 'kph', 'road', 'roads', 'lane', 'curve', 'brakes', 'brake', 'handbrake', 'handbrakes', 'junction', 'crossing', 'passengers', 'platform', 'steering', 'motorway', 'highway', 'freeway', 'intersection', 'traffic', 'speeding', 'overtook', 'derailed', 'derailment', 'collision', 'pedestrian', 'pedestrians']);
/** Words of flying that make "controller" the person in the tower. */
const AVIATION_WORDS = new Set(['runway', 'pilot', 'plane', 'aircraft', 'airliner', 'jetliner', 'jet', 'flight', 'takeoff', 'take-off', 'landing', 'airport', 'airspace', 'near-miss', 'near-collision', 'midair', 'mid-air', 'taxiway', 'cockpit', 'crew', 'airline', 'separation']);
const DRIVING_PAIRS = [['red', 'signal'], ['red', 'light'], ['red', 'lights'], ['red', 'aspect'], ['at', 'danger'], ['speed', 'limit'], ['stop', 'sign']];
/** Role words that also name software, with the compound words that make them people. */
const AMBIGUOUS_ROLES = new Map<string, string[]>(Object.entries({
  driver: ['train', 'bus', 'truck', 'lorry', 'taxi', 'cab', 'tram', 'van', 'delivery', 'racing', 'rail', 'locomotive', 'getaway'],
  worker: ['contract', 'contracted', 'construction', 'factory', 'site', 'farm', 'care', 'aid', 'health', 'healthcare', 'social', 'office', 'bank', 'plant', 'rail', 'dock', 'steel', 'temp', 'temporary', 'agency', 'manual', 'skilled', 'shift', 'warehouse', 'maintenance', 'hospital', 'utility', 'nuclear', 'outsourced', 'offshore'],
  controller: ['traffic', 'flight', 'ground', 'approach', 'tower', 'atc', 'train', 'area'],
  guard: ['security', 'prison', 'border', 'coast', 'night', 'crossing'],
  // "a staff member", "a team member" (not "a class member", "a member node").
  member: ['staff', 'team', 'crew', 'board', 'family', 'faculty', 'cast', 'committee', 'council', 'support', 'ops', 'operations', 'club', 'community', 'core', 'project', 'household', 'panel', 'jury', 'band', 'squad', 'shift', 'party', 'union', 'security', 'engineering', 'sre', 'on-call', 'oncall', 'it', 'network', 'platform', 'infrastructure', 'infra', 'devops'],
  // "the Grafana Agent pod", "the monitoring agent": software, unless a human compound says otherwise.
  agent: ['support', 'customer', 'service', 'helpdesk', 'desk', 'call', 'sales', 'travel', 'booking', 'ticket', 'gate', 'insurance', 'estate', 'border', 'federal', 'fbi', 'secret', 'special', 'human', 'station'],
}));
/** A role word that also names software ("driver", "workers"): a person only with a human word beside it. */
export function isAmbiguousRole(word: string): boolean {
  const b = bare(word.toLowerCase());
  return AMBIGUOUS_ROLES.has(b) || AMBIGUOUS_ROLES.has(b.replace(/s$/, ''));
}
/** States only people are in, before a role word ("the distracted driver", "a tired worker"). */
const HUMAN_STATES = new Set(['distracted', 'tired', 'fatigued', 'exhausted', 'drunk', 'sleepy', 'drowsy', 'inexperienced', 'experienced', 'careless', 'negligent', 'overworked', 'young', 'elderly', 'human', 'novice', 'trainee', 'junior', 'senior']);
const VEHICLES = new Set(['train', 'bus', 'truck', 'lorry', 'car', 'vehicle', 'van', 'taxi', 'tram', 'locomotive', 'coach', 'ambulance']);
/** What only a person has: "the driver's focus was diverted". */
const MIND_WORDS = new Set(['focus', 'attention', 'concentration', 'mind', 'eyes', 'judgment', 'judgement', 'awareness', 'vision', 'hands', 'fatigue', 'shift', 'licence', 'license']);
/** Mental verbs right after a role word make it a person ("the driver not remembering …"). */
const MENTAL_VERBS = new Set(['remembering', 'remembered', 'forgetting', 'forgot', 'realising', 'realizing', 'realised', 'realized', 'believing', 'believed', 'thinking', 'thought', 'assuming', 'assumed', 'panicked', 'panicking', 'noticing', 'noticed']);

/** Pronouns and quantifiers never modify a following noun ("we engineers" aside). */
const personWordKinds = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'everyone', 'everybody']);

// ---------------------------------------------------------------------------------------------
// The check the grammar rules share

/** A rule that finds at most one hit per sentence, as a list. */
export function listOf<H>(hit: H | undefined | null): H[] {
  return hit ? [hit] : [];
}

/**
 * The loop every sentence-shape blame rule runs: each analysed unit at its section severity
 * (§1.5), each sentence's hits unless a guard covers them, then the user's extra phrases; ranges
 * never split a **bold** label. A rule supplies only what differs: how it finds hits in a
 * sentence, the finding a hit becomes (its severity adjusted from the section's), and the finding
 * for an extra phrase.
 */
export function checkSentences<H extends { first: number; last: number; label?: boolean }>(
  model: PostMortem,
  config: ResolvedConfig,
  ruleId: string,
  find: (s: Sent, people: Gazetteer, unit: ProseUnit) => H[],
  toFinding: (unit: ProseUnit, s: Sent, hit: H, base: SeveritySetting | undefined) => RuleFinding,
  // undefined: the rule reports its extra phrases elsewhere (a phrase rule with a grammar shape).
  extra: (span: Span, written: string, base: SeveritySetting | undefined) => RuleFinding | undefined,
): RuleFinding[] {
  const people = peopleOf(model, config);
  const out: RuleFinding[] = [];
  for (const unit of blameUnits(model)) {
    const base = sectionSeverity(ruleId, unit.context, config);
    if (base === 'off') continue;
    const inUnit = peopleInUnit(people, unit);
    for (const s of sentences(unit)) {
      if (isMetaTokens(s.toks, (x) => x.norm) || isGenericInvestigation(s) || isRejectedQuestion(unit, s.start)) continue;
      for (const hit of find(s, inUnit, unit)) {
        // People in general, in the present: a generic statement about how work goes wrong.
        if (!hit.label && hit.first < genericScope(s, inUnit)) continue;
        if (!guardedToks(unit, s, hit.first, hit.last, people)) out.push(toFinding(unit, s, hit, base));
      }
    }
    out.push(...extraPhraseFindings(unit, ruleId, config, (span, written) => extra(span, written, base), people));
  }
  return balanceMarkup(out, model.source);
}

// Shared machinery of the phrase-list blame rules (catalogue §2.6, 2.8–2.11, 2.13, 2.14): which
// prose units are analysed (§1.3), phrase entries matched as words inside one sentence (never as
// regular expressions), a light reading of who the subject is (§1.6), and finding construction.
import type { PostMortem, ProseUnit, SectionContext } from '../../model';
import { isExempt, proseSpan } from '../../model';
import { analyse } from '../../analysis';
import { phraseWords, words, type WordToken } from '../../phrases';
import { contractedPronoun, gazetteer, isHandle, isPeopleQuantifier, isPersonName, isPersonPronoun, isRoleAbbreviation, isRoleNoun, isTeamNoun, type Gazetteer } from '../../people';
import { DEPARTMENT_NOUNS, SYSTEM_NOUNS } from '../../people.data';
import type { Fix, RuleContext, RuleFinding, SeveritySetting } from '../../types';
import { blameUnits as analysedUnits, genericScope, isGuarded, isRejectedQuestion, isMetaBlameless, isMetaTokens, sentences as grammarSentences } from './grammar';
import { sectionSeverity as matrixSeverity } from './sections';

// Regexes with \p{…} live at module level: the TypeScript transforms (esbuild, tsx) turn them
// into `new RegExp(…)`, which inside a function is rebuilt on every call.
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;

/** One entry of a rule's phrase list (`<rule-id>.phrases.ts`). */
export interface PhraseEntry {
  /** Words to match; `...` between words allows a gap of up to `gap` words ("hold ... accountable"). */
  phrase: string;
  /** Shown in the message: what to write instead. */
  suggestion?: string;
  /** Replacement for the quick fix; "" deletes the phrase. Absent: the rule's default fix, if any. */
  rewrite?: string;
  /** Key of the catalogue's §7 sources. */
  source: string;
  /** A condition the rule checks before reporting (its meaning is the rule's). */
  when?: string;
  /** Largest gap for `...`, in words (default 4). */
  gap?: number;
}

/** A sentence of a prose unit, with word tokens whose offsets are in the unit's text. */
export interface SentenceTokens {
  unit: ProseUnit;
  start: number;
  end: number;
  /** Word tokens (lower-cased in `.word`), offsets in unit.text. */
  tokens: WordToken[];
  /** As written, by token index. */
  raw: string[];
  /** The document source, when known (for markup around a phrase). */
  source?: string;
}

export interface PhraseMatch {
  entry: PhraseEntry;
  sentence: SentenceTokens;
  /** First and last token index. */
  first: number;
  last: number;
}

/** The prose units the language rules analyse (§1.3), without header field lines. */
export function blameUnits(model: PostMortem): ProseUnit[] {
  const header = model.header.filter((h) => h.form !== 'frontmatter').map((h) => h.lineSpan);
  return analysedUnits(model).filter((u) => !(u.context === 'preamble' && header.some((h) => h.start < u.span.end && u.span.start < h.end)));
}

/** The unit's sentences as word tokens; tokenised once per distinct text and shared by every phrase rule. */
export function sentencesOf(unit: ProseUnit, source?: string): SentenceTokens[] {
  const analysis = analyse(unit);
  let shared = analysis.memo.get(SENTENCE_TOKENS) as Omit<SentenceTokens, 'unit'>[] | undefined;
  if (!shared) {
    const sentences = analysis.sentences.length ? analysis.sentences : [{ start: 0, end: unit.text.length, text: unit.text }];
    shared = sentences.map((s) => {
      const tokens = words(s.text).map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start }));
      return { start: s.start, end: s.end, tokens, raw: tokens.map((t) => unit.text.slice(t.start, t.end)) };
    });
    analysis.memo.set(SENTENCE_TOKENS, shared);
  }
  return shared.map((s) => ({ ...s, unit, source }));
}
const SENTENCE_TOKENS = 'phrase-rule:sentence-tokens';

interface CompiledPhrase {
  parts: string[][];
  gap: number;
}

const compiled = new WeakMap<PhraseEntry, CompiledPhrase>();

function compile(entry: PhraseEntry): CompiledPhrase {
  let c = compiled.get(entry);
  if (!c) {
    c = { parts: entry.phrase.split('...').map((p) => phraseWords(p)).filter((p) => p.length), gap: entry.gap ?? 4 };
    compiled.set(entry, c);
  }
  return c;
}

function matchAt(tokens: WordToken[], at: number, words: string[]): boolean {
  if (at + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if (tokens[at + k].word !== words[k]) return false;
  return true;
}

/** Occurrences of one entry in a sentence, as token ranges; the shortest gap wins. */
export function matchEntry(s: SentenceTokens, entry: PhraseEntry): [number, number][] {
  const hits: [number, number][] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const end = matchEntryAt(s, entry, i);
    if (end >= 0) hits.push([i, end]);
  }
  return hits;
}

/** The last token of the entry's match starting at token i, or -1. */
function matchEntryAt(s: SentenceTokens, entry: PhraseEntry, i: number): number {
  const { parts, gap } = compile(entry);
  if (!parts.length || !matchAt(s.tokens, i, parts[0])) return -1;
  let end = i + parts[0].length - 1;
  for (let p = 1; p < parts.length; p++) {
    let found = -1;
    for (let j = end + 1; j <= end + 1 + gap && j < s.tokens.length; j++) {
      if (matchAt(s.tokens, j, parts[p])) {
        found = j;
        break;
      }
    }
    if (found < 0) return -1;
    end = found + parts[p].length - 1;
  }
  return end;
}

/** Entries by their first word, so a sentence is scanned once whatever the length of the list. */
export type PhraseIndex = Map<string, PhraseEntry[]>;

export function indexEntries(entries: PhraseEntry[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const e of entries) {
    const first = compile(e).parts[0]?.[0];
    if (first === undefined) continue;
    const list = index.get(first);
    if (list) list.push(e);
    else index.set(first, [e]);
  }
  return index;
}

/** Every match of the entries in the sentence that is not inside an exempt range (quotes, code). */
export function matchAll(s: SentenceTokens, entries: PhraseEntry[] | PhraseIndex): PhraseMatch[] {
  const index = Array.isArray(entries) ? indexEntries(entries) : entries;
  const out: PhraseMatch[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const candidates = index.get(s.tokens[i].word);
    if (!candidates) continue;
    for (const entry of candidates) {
      const last = matchEntryAt(s, entry, i);
      if (last < 0 || isExempt(s.unit, s.tokens[i].start, s.tokens[last].end)) continue;
      out.push({ entry, sentence: s, first: i, last });
    }
  }
  // Earliest first; at the same start, the longest.
  return out.sort((a, b) => a.first - b.first || b.last - a.last);
}

/** Entries from `language.extraPhrases[ruleId]`: matched as words, no conditions. */
export function extraEntries(context: RuleContext, ruleId: string): PhraseEntry[] {
  return (context.config.language.extraPhrases[ruleId] ?? []).filter((p) => p.trim()).map((phrase) => ({ phrase, source: 'config' }));
}

// ---------------------------------------------------------------------------------------------
// Who is the subject (catalogue §1.6), read from the words: enough for phrase rules.

/** Object pronouns and plural people words that count as person-like in object position. */
const OBJECT_PEOPLE = new Set(['us', 'them', 'him', 'her', 'me', 'you', 'everyone', 'everybody', 'folks', 'staff', 'people', 'all']);

/** True when token k names a person, a role, a team, a handle or people in general. */
export function isPersonToken(s: SentenceTokens, k: number, g: Gazetteer): boolean {
  const t = s.tokens[k];
  if (!t) return false;
  const w = t.word.replace(/'s$/, '');
  const raw = s.raw[k];
  // A handle keeps its "@", which the word tokenizer drops: look at the character before.
  const at = t.start > 0 && s.unit.text[t.start - 1] === '@';
  if (at && isHandle('@' + raw, s.tokens[k + 1]?.word)) return true;
  if (s.unit.text[t.end] === '@' && isHandle(raw + '@', s.tokens[k + 1]?.word)) return true;
  if (w === 'they' || w === 'them') return !theyIsThing(s, k);
  if (isRoleNoun(w) || isRoleAbbreviation(raw) || isTeamNoun(w) || isPeopleQuantifier(w) || isPersonPronoun(w) || contractedPronoun(w) || DEPARTMENTS.has(w)) return true;
  if (w === 'one' && s.tokens[k - 1]?.word === 'no') return true;
  if (g.tokens.has(w)) return true;
  return isPersonName(raw, g);
}

/** Departments as people ("Support escalated", "Security found"); "it" only names IT when capitalised, so never here. */
const DEPARTMENTS = new Set(DEPARTMENT_NOUNS.filter((d) => d !== 'it'));
const SYSTEMS = new Set(SYSTEM_NOUNS);

/** §1.6: "they" is not a person when a plural system noun before it in the sentence is its antecedent. */
function theyIsThing(s: SentenceTokens, k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const w = s.tokens[j].word;
    if (/s$/.test(w) && (SYSTEMS.has(w.replace(/s$/, '')) || SYSTEMS.has(w.replace(/es$/, '')))) return true;
    if (isRoleNoun(w) || isTeamNoun(w) || isPeopleQuantifier(w)) return false;
  }
  return false;
}

export function isObjectPerson(s: SentenceTokens, k: number, g: Gazetteer): boolean {
  return OBJECT_PEOPLE.has(s.tokens[k]?.word ?? '') || isPersonToken(s, k, g);
}

/** Auxiliaries, modals and softeners skipped when looking back from a verb to its subject. */
const SKIP_BACK = new Set([
  'must', 'should', 'need', 'needs', 'needed', 'to', 'will', 'would', 'can', 'could', 'shall', 'may', 'might', 'have', 'has', 'had',
  'be', 'is', 'are', 'was', 'were', 'been', 'not', "don't", "doesn't", "didn't", 'do', 'does', 'did', 'always', 'also', 'really',
  'all', 'then', 'now', 'just', 'simply', 'merely', 'only', 'ought', 'going', 'forward', 'please', 'next', 'time', 'in', 'future',
  'the', 'our', 'their', 'every', 'each', 'and', 'so', 'again', 'still', 'both', 'actually', "shouldn't", "mustn't", "won't", "can't",
  'more', 'even', 'kindly', 'therefore', 'finally', 'instead', 'action', 'todo', 'learning', 'lesson', 'going-forward',
]);

export type Subject = { kind: 'none' } | { kind: 'person'; index: number } | { kind: 'other'; index: number };

/**
 * The subject before token i: skips auxiliaries and softeners back to the first content word.
 * `none` means an imperative or a bare fragment ("Be more careful when …").
 */
export function subjectBefore(s: SentenceTokens, i: number, g: Gazetteer): Subject {
  for (let k = i - 1; k >= 0; k--) {
    if (SKIP_BACK.has(s.tokens[k].word)) continue;
    // "Engineer A will be more careful": a capital letter standing for a person after a role.
    const designator = /^[A-HJ-Z]$/.test(s.raw[k] ?? '') && k > 0 && isPersonToken(s, k - 1, g);
    if (designator) return { kind: 'person', index: k - 1 };
    return isPersonToken(s, k, g) ? { kind: 'person', index: k } : { kind: 'other', index: k };
  }
  return { kind: 'none' };
}

/** Index of the first token of the clause that holds token i (after the last comma/semicolon/colon before it). */
export function clauseStart(s: SentenceTokens, i: number): number {
  for (let k = i; k > 0; k--) {
    const between = s.unit.text.slice(s.tokens[k - 1].end, s.tokens[k].start);
    if (/[,;:(—–]/.test(between)) return k;
  }
  return 0;
}

export function isNegated(s: SentenceTokens, i: number, window = 2): boolean {
  for (let k = Math.max(0, i - window); k < i; k++) {
    const w = s.tokens[k].word;
    if (w === 'not' || w === 'never' || w === 'no' || w.endsWith("n't")) return true;
  }
  return false;
}

export function peopleGazetteer(model: PostMortem, context: RuleContext): Gazetteer {
  return gazetteer(model, context.config);
}

// ---------------------------------------------------------------------------------------------
// Findings.

/** Source span of tokens [first, last] of a sentence. */
export function tokenSpan(s: SentenceTokens, first: number, last: number) {
  return proseSpan(s.unit, s.tokens[first].start, s.tokens[last].end);
}

/** The §1.5 severity of a rule in a unit's section; `off` when the rule does not run there. */
export function sectionSeverity(ruleId: string, context: SectionContext): SeveritySetting {
  return matrixSeverity(ruleId, context) ?? 'warning';
}

/**
 * meta-blameless (§1.4): the phrase is the object of a negation or a statement about the review
 * ("we avoid calling this complacency"), read on the shared sentence shape of grammar.ts.
 */
export function isMetaUse(s: SentenceTokens, first: number): boolean {
  const at = s.tokens[first].start;
  const sent = grammarSentences(s.unit).find((x) => x.start <= at && at < Math.max(x.end, x.start + 1));
  if (!sent) return false;
  const i = sent.toks.findIndex((t) => t.start >= at);
  return i > 0 && isMetaBlameless(sent, i);
}

/** The phrase is inside a generic statement about people in general (grammar.ts genericScope). */
export function isGenericUse(s: SentenceTokens, first: number, g: Gazetteer): boolean {
  const at = s.tokens[first].start;
  const sent = grammarSentences(s.unit).find((x) => x.start <= at && at < Math.max(x.end, x.start + 1));
  if (!sent) return false;
  const i = sent.toks.findIndex((t) => t.start >= at);
  return i >= 0 && i < genericScope(sent, g);
}

/**
 * A fix that deletes tokens [first, last] and the separator after them (or before them at the end
 * of a sentence). It edits nothing outside the phrase, its adjacent spaces and comma, and (at the
 * start of a sentence) the capital of the word that then starts it.
 */
export function deleteFix(s: SentenceTokens, first: number, last: number, title: string, preferred = true): Fix {
  const text = s.unit.text;
  let a = s.tokens[first].start;
  let b = s.tokens[last].end;
  const after = /^[,]?[ \t]+/.exec(text.slice(b));
  if (after && s.tokens[last + 1]) b += after[0].length;
  else {
    const before = /[ \t]+$/.exec(text.slice(0, a));
    if (before) a -= before[0].length;
  }
  // At the start of a sentence, the next word takes over its capital ("Obviously this …" → "This …").
  let newText = '';
  const next = s.tokens[last + 1];
  if (first === 0 && next && b === next.start && STARTS_UPPER.test(s.raw[0]) && STARTS_LOWER.test(s.raw[last + 1])) {
    newText = text[b].toUpperCase();
    b += 1;
  }
  // Markup inside the range ("**Obviously** this") would be deleted with it: edit the phrase alone,
  // with the emphasis markers that wrap exactly it and one space after them.
  if (!contiguous(s.unit, a, b)) {
    const span = tokenSpan(s, first, last);
    const src = s.source;
    if (src) {
      for (const mark of ['**', '__', '*', '_', '~~']) {
        const n = mark.length;
        if (src.slice(span.start - n, span.start) === mark && src.slice(span.end, span.end + n) === mark) {
          span.start -= n;
          span.end += n;
          if (src[span.end] === ' ' && src[span.start - 1] !== undefined && /\s/.test(src[span.start - 1] ?? '')) span.end += 1;
          break;
        }
      }
    }
    return { title, edits: [{ ...span, newText: '' }], ...(preferred ? { preferred: true } : {}) };
  }
  const span = proseSpan(s.unit, a, b);
  return { title, edits: [{ ...span, newText }], ...(preferred ? { preferred: true } : {}) };
}

/** True when text range [a, b) of the unit is one run of source characters (no markup inside it). */
export function contiguous(unit: ProseUnit, a: number, b: number): boolean {
  for (let k = a; k + 1 < b; k++) if (unit.offsets[k + 1] !== unit.offsets[k] + 1) return false;
  return true;
}

/** A fix that replaces tokens [first, last] with text. */
export function replaceFix(s: SentenceTokens, first: number, last: number, newText: string, title: string, preferred = false): Fix {
  return { title, edits: [{ ...tokenSpan(s, first, last), newText }], ...(preferred ? { preferred: true } : {}) };
}

export interface FindingInput {
  ruleId: string;
  sentence: SentenceTokens;
  first: number;
  last: number;
  message: string;
  prompts?: string[];
  fixes?: Fix[];
}

/** A finding on tokens [first, last], at the §1.5 severity of the unit's section. */
export function finding(f: FindingInput): RuleFinding | undefined {
  const severity = sectionSeverity(f.ruleId, f.sentence.unit.context);
  if (severity === 'off') return undefined;
  const span = tokenSpan(f.sentence, f.first, f.last);
  const phrase = f.sentence.unit.text.slice(f.sentence.tokens[f.first].start, f.sentence.tokens[f.last].end);
  return { ...span, severity, message: f.message, phrase, ...(f.prompts ? { prompts: f.prompts } : {}), fixes: f.fixes ?? [] };
}

/** Matches phrase text for messages: the words as written. */
export function phraseText(s: SentenceTokens, first: number, last: number): string {
  return s.unit.text.slice(s.tokens[first].start, s.tokens[last].end);
}

// ---------------------------------------------------------------------------------------------
// The driver every phrase rule runs through.

export interface PhraseRuleSpec {
  id: string;
  entries: PhraseEntry[];
  /**
   * Whether a match counts, from its entry's `when` condition and the catalogue's guards. May
   * return a different token range (e.g. widened to the clause's subject).
   */
  accept(m: PhraseMatch, g: Gazetteer): boolean | [number, number];
  message(m: PhraseMatch, text: string): string;
  prompts: string[];
  fixes?(m: PhraseMatch, first: number, last: number): Fix[];
  /** Apply the meta-blameless guard (default true), or only to the matches this function picks. */
  metaGuard?: boolean | ((m: PhraseMatch) => boolean);
  /**
   * Apply the generic-statement guard (default true): emotive words stay emotive when they are
   * said of people in general ("Everybody is smug until …").
   */
  genericGuard?: boolean;
  /** Extra, non-phrase findings of a sentence (punctuation). */
  extra?(s: SentenceTokens): RuleFinding[];
}

/** Runs a phrase rule over every analysed unit: at most one phrase finding per sentence. */
/**
 * The index of a rule's entries and the configured extra phrases. The engine calls a prose rule
 * once per prose unit, so the index is kept per entry list (rules build their spec on each call,
 * the list is a constant) and rebuilt only when the configured extra list (one array per
 * configuration) changes.
 */
const specIndexes = new WeakMap<PhraseEntry[], { id: string; extras: string[] | undefined; index: PhraseIndex }>();

function specIndex(spec: PhraseRuleSpec, context: RuleContext): PhraseIndex {
  const extras = context.config.language.extraPhrases[spec.id];
  const known = specIndexes.get(spec.entries);
  if (known && known.id === spec.id && known.extras === extras) return known.index;
  const index = indexEntries([...spec.entries, ...extraEntries(context, spec.id)]);
  specIndexes.set(spec.entries, { id: spec.id, extras, index });
  return index;
}

export function checkPhrases(spec: PhraseRuleSpec, model: PostMortem, context: RuleContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const g = peopleGazetteer(model, context);
  const entries = specIndex(spec, context);
  for (const unit of blameUnits(model)) {
    if (sectionSeverity(spec.id, unit.context) === 'off') continue;
    for (const s of sentencesOf(unit, model.source)) {
      if (isMetaTokens(s.tokens, (x) => x.word) || (s.tokens.length > 0 && isRejectedQuestion(unit, s.tokens[0].start))) continue;
      for (const m of matchAll(s, entries)) {
        const ok = m.entry.source === 'config' ? true : spec.accept(m, g);
        if (!ok) continue;
        const [first, last] = ok === true ? [m.first, m.last] : ok;
        if (isGuarded(unit, s.tokens[first].start, s.tokens[last].end, g)) continue;
        if (spec.metaGuard !== false && (typeof spec.metaGuard !== 'function' || spec.metaGuard(m)) && isMetaUse(s, first)) continue;
        if (spec.genericGuard !== false && isGenericUse(s, first, g)) continue;
        const f = finding({
          ruleId: spec.id,
          sentence: s,
          first,
          last,
          message: spec.message(m, phraseText(s, first, last)),
          prompts: spec.prompts,
          fixes: (spec.fixes?.(m, first, last) ?? []).filter((fix) => keepsMarkup(model.source, fix)),
        });
        if (f) out.push(f);
        break;
      }
      if (spec.extra) out.push(...spec.extra(s));
    }
  }
  return out;
}

/** False when a fix would delete one half of a markup pair ("**Be more** careful" → "…**"). */
export function keepsMarkup(source: string, fix: Fix): boolean {
  return fix.edits.every((e) => {
    const gone = source.slice(e.start, e.end);
    // Markers come in runs ("**", "_", "~~"): an odd number of runs leaves one half behind.
    for (const run of [/\*+/g, /_+/g, /`+/g, /~+/g]) if ((gone.match(run)?.length ?? 0) % 2 === 1) return false;
    return (gone.split('[').length === gone.split(']').length);
  });
}

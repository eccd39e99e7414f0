// animated-language (catalogue §2.9): emotive or exaggerated words, profanity and "!!" / "?!".
// Product and practice names ("disaster recovery", "Chaos Monkey") and the configured severity
// vocabulary ("Critical", or "Catastrophic" when it is a level) are exempt.
import type { Rule, RuleFinding } from '../../types';
import type { ResolvedConfig } from '../../config';
import { isExempt, proseSpan } from '../../model';
import { phraseWords } from '../../phrases';
import { PHRASES, PRODUCT_NAMES, PROFANE_PARTS, PROFANE_STEMS } from './animated-language.phrases';
import { checkPhrases, deleteFix, matchEntry, replaceFix, sectionSeverity, type PhraseMatch, type SentenceTokens } from './phrase-rule';

// Regexes with \p{…} live at module level: the TypeScript transforms (esbuild, tsx) turn them
// into `new RegExp(…)`, which inside a function is rebuilt on every call.
const ALL_UPPER = /^\p{Lu}+$/u;

export const PROMPTS = ['What else was going on at the time?', 'How many users, and for how many minutes? State the severity with a number.'];
const RULE_ID = 'animated-language';
/** Words before an adjective that make it the predicate ("is crazy", "so absurd"). */
const PREDICATE_BEFORE = new Set(['is', 'was', 'are', 'were', 'be', 'been', "it's", "that's", "'s", 'so', 'very', 'really', 'absolutely', 'completely', 'totally', 'just', 'honestly', 'seems', 'seemed', 'looks', 'looked']);
/** Words before "garbage" / "trash" that make them a verdict. */
const VERDICT_BEFORE = new Set(['is', 'was', 'are', 'were', 'pure', 'total', 'complete', 'absolute', 'utter', 'just', 'absolutely', 'complete', 'such']);

const MESS_VERB_PARTICLES = new Set(['up', 'with', 'around', 'about']);
const MESS_NOUN_BEFORE = new Set(['a', 'the', 'such', 'what', 'total', 'complete', 'absolute', 'hot', 'big', 'real', 'this', 'that']);

/** Acts a judgment word may qualify: "his catastrophic mistake" judges the act, not the event's size. */
const FAULT_NOUNS = new Set(['mistake', 'mistakes', 'error', 'errors', 'blunder', 'blunders', 'decision', 'decisions', 'misjudgment', 'misjudgement', 'oversight', 'screw-up', 'screwup']);

/**
 * "was a disaster", "is catastrophic", "a complete disaster": a verdict, by a copula before it; or
 * the word on a person's act ("his catastrophic mistake").
 */
function verdict(m: PhraseMatch): boolean {
  const t = m.sentence.tokens;
  // "a complete failure of the file system", "a catastrophic failure of the storage layer": what
  // failed, named after it, is a technical fact (a severity name, catalogue §2.9).
  if (/^failures?$/.test(t[m.last]?.word ?? '') && ['of', 'on', 'in'].includes(t[m.last + 1]?.word ?? '')) return false;
  if (/^failures?$/.test(t[m.last + 1]?.word ?? '') && ['of', 'on', 'in'].includes(t[m.last + 2]?.word ?? '')) return false;
  if (FAULT_NOUNS.has(t[m.last + 1]?.word ?? '')) return true;
  let k = m.first - 1;
  while (k >= 0 && ['a', 'an', 'the', 'such', 'total', 'complete', 'absolute', 'utter', 'real', 'pure', 'just', 'truly', 'totally', 'absolutely', 'completely', 'utterly', 'so', 'really', 'pretty'].includes(t[k].word)) k--;
  // ("there was a total failure on the telecom side" states that something failed, not a verdict;
  // "would've been catastrophic at scale" weighs an impact that did not happen.)
  return k >= 0 && ['is', 'was', 'were', 'are', 'be', 'been', "it's", "that's", 'turned', 'seems', 'seemed', 'looks', 'looked', 'felt', 'into'].includes(t[k].word) && t[k - 1]?.word !== 'there' && !hypothetical(t, k);
}

/** Adjectives that name a severity: ranked in the superlative, they compare events. */
const SEVERITY_ADJECTIVES = new Set(['disastrous', 'catastrophic']);

/** Verbs whose object is a joke told, not a verdict: "made a joke", "cracked jokes", "shared a little joke". */
const TELLING = new Set(['make', 'makes', 'made', 'making', 'tell', 'tells', 'told', 'telling', 'crack', 'cracks', 'cracked', 'cracking', 'share', 'shares', 'shared', 'sharing']);

/** Determiners that open a noun phrase: after the telling verb and its own article, one starts a verdict's complement. */
const JOKE_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'their', 'our', 'my', 'your', 'its']);

/**
 * A joke someone told: the object of a verb of telling, with its article and up to two modifiers
 * between ("cracked a bad little joke"), or a kind of joke that is only ever told ("a running
 * joke"). An article further in starts a verdict's complement ("made the process a joke").
 */
function jokeTold(m: PhraseMatch): boolean {
  const t = m.sentence.tokens;
  if (['running', 'inside', 'standing'].includes(t[m.first - 1]?.word ?? '')) return true;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 4); k--) {
    if (TELLING.has(t[k].word)) return !t.slice(k + 2, m.first).some((x) => JOKE_DETERMINERS.has(x.word));
  }
  return false;
}

/** Words that point at particular messes: "any more messes", "these nightmares", "such debacles". */
const POINTED_AT = new Set(['more', 'these', 'those', 'such', 'your', 'their', 'his', 'her', 'our', 'my', 'utter', 'total', 'complete', 'absolute']);

/** "would have been", "could've been": the copula of an impact weighed, not a verdict. */
function hypothetical(t: PhraseMatch['sentence']['tokens'], k: number): boolean {
  if (t[k].word !== 'been') return false;
  const aux = t[k - 1]?.word ?? '';
  return /^(?:would|could|might)(?:'ve)?$/.test(aux) || (aux === 'have' && ['would', 'could', 'might'].includes(t[k - 2]?.word ?? ''));
}

/** Words profane in themselves: no negation of what is around them makes them neutral. */
/** Minced oaths, and the praise they can intensify ("freaking awesome", "friggin' brilliant"). */
const MINCED = new Set(['freakin', 'freaking', 'frickin', 'fricking', 'friggin', 'frigging', 'effing']);
const PRAISE = new Set(['awesome', 'amazing', 'great', 'good', 'cool', 'brilliant', 'excellent', 'fantastic', 'fun', 'nice', 'beautiful', 'lovely', 'proud', 'happy', 'glad', 'excited', 'impressive', 'incredible', 'wonderful', 'love']);
const PROFANE = new Set(['fuck', 'fucking', 'fucked', 'shit', 'shitty', 'crap', 'crappy', 'bullshit', 'damn', 'goddamn', 'goddamned', 'shitshow', 'clusterfuck', 'fuckup', 'fuck up', 'fucked up']);

/** First and second persons: "if I get paged one more time", "how many times do we have to …". */
const EXASPERATED_PEOPLE = new Set(['i', 'we', 'you', "i'm", "we're", "you're", 'me', 'us']);

/** Words that deny what follows within a few words: "nothing unbelievable or crazy", "hardly crazy", "not insane". */
const DENIERS = new Set(['nothing', 'hardly', 'not', 'never', 'barely', 'scarcely']);
function deniedBefore(m: PhraseMatch): boolean {
  const t = m.sentence.tokens;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
    if (DENIERS.has(t[k].word) || t[k].word.endsWith("n't")) return true;
    if (!['or', 'and', 'so', 'too', 'that', 'really', 'at', 'all', 'very', 'unbelievable', 'remotely', 'particularly'].includes(t[k].word)) return false;
  }
  return false;
}

/** "Seriously, …": the word opens the sentence and a comma or "?!" follows it. */
function interjection(m: PhraseMatch): boolean {
  const s = m.sentence;
  if (m.first !== 0) return false;
  const after = s.unit.text.slice(s.tokens[m.last].end, s.tokens[m.last + 1]?.start ?? s.end);
  return /^\s*[,!?—–]/.test(after);
}

function inProductName(m: PhraseMatch): boolean {
  for (const name of PRODUCT_NAMES) {
    for (const [a, b] of matchEntry(m.sentence, { phrase: name, source: 'product-name' })) if (a <= m.last && m.first <= b) return true;
  }
  return false;
}

/** Profanity masked with asterisks or dashes ("Sh*t", "f*cker", "f----d"): profane by convention. */
const MASKED = /\b(?:f|s|sh|b|a|c|d|p)\*+[a-z]{0,5}\b|\bf-{2,}[a-z]{0,3}\b|\bf_{2,}[a-z]{1,3}\b/giu;

/**
 * "!!" that carries relief or thanks, not a verdict: "It works now!!!", "Thanks everyone!!" ("Nothing
 * works!!", "It still isn't fixed!!" are frustration). Capitals are no excuse: they shout.
 */
function cheer(s: SentenceTokens): boolean {
  return s.tokens.some((x) => CHEERS.has(x.word)) && !s.tokens.some((x) => ['not', 'no', 'nothing', 'never', 'nobody', 'still'].includes(x.word) || x.word.endsWith("n't"));
}
const CHEERS = new Set(['thanks', 'thank', 'thx', 'works', 'worked', 'fixed', 'resolved', 'solved', 'yay', 'hooray', 'congrats', 'congratulations', 'welcome', 'glad', 'happy', 'awesome', 'cheers', 'kudos']);

/** "!!", "!!!", "?!", "!?", "???" and masked profanity in the sentence's text, outside exempt ranges. */
function punctuation(s: SentenceTokens): RuleFinding[] {
  const out: RuleFinding[] = [];
  const severity = sectionSeverity(RULE_ID, s.unit.context);
  if (severity === 'off') return out;
  const text = s.unit.text;
  for (const m of text.slice(s.start, s.end).matchAll(MASKED)) {
    const i = s.start + (m.index ?? 0);
    const j = i + m[0].length;
    if (isExempt(s.unit, i, j)) continue;
    const span = proseSpan(s.unit, i, j);
    out.push({ ...span, severity, phrase: m[0], message: `Animated language: “${m[0]}” is profanity, masked or not; it makes the review feel like a verdict.`, prompts: PROMPTS, fixes: [{ title: `Delete “${m[0]}”`, edits: [{ ...span, newText: '' }] }] });
  }
  for (let i = s.start; i < s.end; i++) {
    if (text[i] !== '!' && text[i] !== '?') continue;
    let j = i;
    while (j < s.end && (text[j] === '!' || text[j] === '?')) j++;
    const run = text.slice(i, j);
    // Three or more question marks ("… guarantee updates???") are the same exasperation as "?!";
    // two ("would you blame the copilot??") can still be a question asked twice over. A run of
    // question marks not attached to a word ("[???]", "the limit is ?????") stands for something
    // unknown, as real reports write a placeholder.
    const exasperated = run.includes('!') || (run.length >= 3 && i > 0 && /[\p{L}\p{N}'’")]/u.test(text[i - 1]));
    if (run.length >= 2 && exasperated && !isExempt(s.unit, i, j) && !cheer(s)) {
      const span = proseSpan(s.unit, i, j);
      const keep = run.includes('?') ? '?' : '.';
      out.push({
        ...span,
        severity,
        phrase: run,
        message: `Animated language: “${run}” makes the review sound like a verdict. Let the facts carry the weight.`,
        prompts: PROMPTS,
        fixes: [{ title: `Replace “${run}” with “${keep}”`, edits: [{ ...span, newText: keep }], preferred: true }],
      });
    }
    i = j;
  }
  return out;
}

const ENTRY_WORDS = new Set(PHRASES.map((e) => e.phrase));
/** "shit" and "fuck" with a letter drawn out (the plain spellings are the phrase list's). */
const ELONGATED = /^(?:s+h+i+t+(?:s|ty)?|f+u+c+k+(?:ing|ed|s)?)$/;
const PROFANE_PART_SET = new Set(PROFANE_PARTS);

/**
 * A hyphenated compound with a profane part ("the switch went arse-over-tit", "some half-arsed
 * fix"), or a profane word drawn out ("Oh shiiit"): profanity as the plain word is. Compounds and
 * spellings the phrase list has ("fuck-up", "shit") are its.
 */
function profaneCompounds(s: SentenceTokens): RuleFinding[] {
  const out: RuleFinding[] = [];
  const severity = sectionSeverity(RULE_ID, s.unit.context);
  if (severity === 'off') return out;
  for (const tok of s.tokens) {
    if (ENTRY_WORDS.has(tok.word)) continue;
    // Also the listed words drawn out for emphasis ("shiiit", "fuuuck"): a letter repeated, the same word.
    const drawnOut = ELONGATED.test(tok.word);
    if (!tok.word.includes('-') && !drawnOut) continue;
    const profane = drawnOut || tok.word.split('-').some((p) => PROFANE_PART_SET.has(p) || PROFANE_STEMS.some((stem) => p.startsWith(stem)));
    if (!profane || isExempt(s.unit, tok.start, tok.end)) continue;
    const written = s.unit.text.slice(tok.start, tok.end);
    const span = proseSpan(s.unit, tok.start, tok.end);
    out.push({ ...span, severity, phrase: written, message: `Animated language: “${written}” is profanity; it makes the review feel like a verdict.`, prompts: PROMPTS, fixes: [{ title: `Delete “${written}”`, edits: [{ ...span, newText: '' }] }] });
  }
  return out;
}

/** The words of the configured severity values and aliases, once per configuration (the rule runs per prose unit). */
const severityWordSets = new WeakMap<ResolvedConfig['severity'], Set<string>>();
function severityWordsOf(severity: ResolvedConfig['severity']): Set<string> {
  let words = severityWordSets.get(severity);
  if (!words) {
    words = new Set([...severity.values, ...Object.keys(severity.aliases)].flatMap((v) => phraseWords(v)));
    severityWordSets.set(severity, words);
  }
  return words;
}

/**
 * "I know that sucks", "it sucks (that) it happened": sympathy about what happened; "frankly it
 * sucks" (the system) and "the tool sucks" are verdicts.
 */
function situationSucks(m: PhraseMatch): boolean {
  const t = m.sentence.tokens;
  const before = t[m.first - 1]?.word ?? '';
  if (before === 'that') return true;
  return before === 'it' && EXTRAPOSED.has(t[m.last + 1]?.word ?? '');
}
const EXTRAPOSED = new Set(['that', 'it', 'we', 'you', 'they', 'i', 'to', 'when', 'this']);

export const rule: Rule = {
  id: RULE_ID,
  category: 'blame',
  scope: 'prose',
  defaultSeverity: 'warning',
  description: 'Emotive or exaggerated language ("a total nightmare", "insane", "!!").',
  explanation:
    'Emotive wording makes the review feel like a verdict, and puts readers on the defensive. State the severity with a number instead: how many users, for how many minutes, how much data.',
  sources: ['SREW', 'SREB15'],
  prompts: PROMPTS,
  check(model, context) {
    const severityWords = severityWordsOf(context.config.severity);
    return checkPhrases(
      {
        id: RULE_ID,
        entries: PHRASES,
        genericGuard: false,
        // "didn't try this shitty practice": a negation of the verb does not clean the word.
        metaGuard: (m) => !PROFANE.has(m.entry.phrase),
        accept: (m) => {
          if (m.first === m.last && severityWords.has(m.sentence.tokens[m.first].word)) return false;
          if (m.entry.when === 'not-product' && inProductName(m)) return false;
          // "you'll mess up", "messed with the config": the verb, not the noun "a mess".
          if ((m.entry.phrase === 'mess' || m.entry.phrase === 'messes') && MESS_VERB_PARTICLES.has(m.sentence.tokens[m.last + 1]?.word ?? '') && !MESS_NOUN_BEFORE.has(m.sentence.tokens[m.first - 1]?.word ?? '')) return false;
          // ("were garbage collected": the product-name guard holds after a copula too.)
          if (m.entry.when === 'predicative' && (inProductName(m) || !VERDICT_BEFORE.has(m.sentence.tokens[m.first - 1]?.word ?? ''))) return false;
          // "made a little joke about the outage", "told jokes at dinner": a joke told, no verdict.
          if (/^jokes?$/.test(m.entry.phrase) && jokeTold(m)) return false;
          // "one of the most disastrous things that happened", "the most catastrophic mistake made by
          // an intern": a severity word in the superlative ranks events against others, a severity
          // name (catalogue §2.9 guard), not a verdict on this one's people or work.
          if (SEVERITY_ADJECTIVES.has(m.entry.phrase) && ['most', 'least'].includes(m.sentence.tokens[m.first - 1]?.word ?? '')) return false;
          if (m.entry.when === 'interjection' && !interjection(m)) return false;
          if (m.entry.when === 'verdict' && (inProductName(m) || !verdict(m))) return false;
          // "the CEO freaking out": the verb of alarm, not the intensifier "freaking".
          if (m.entry.phrase === 'freaking' && m.sentence.tokens[m.last + 1]?.word === 'out') return false;
          // "freaking awesome": a minced oath intensifying praise is no outburst at anyone.
          if (MINCED.has(m.entry.phrase) && PRAISE.has(m.sentence.tokens[m.last + 1]?.word ?? '')) return false;
          if (m.entry.when === 'plural-verdict' && (inProductName(m) || (!verdict(m) && !POINTED_AT.has(m.sentence.tokens[m.first - 1]?.word ?? '')))) return false;
          if (m.entry.when === 'upper' && !ALL_UPPER.test(m.sentence.raw[m.first])) return false;
          if (m.entry.when === 'not-situation' && situationSucks(m)) return false;
          // Also hell as a place of suffering, in hyperbole: "the morning from hell", "18 hours of
          // hell", "a living hell", "sure as hell" (written "Hell" after them, it names a place: "the town of Hell").
          const before = m.sentence.tokens[m.first - 1]?.word ?? '';
          if (m.entry.when === 'expletive' && !['to', 'the', 'like', 'what'].includes(before) && !(['from', 'of', 'living', 'as'].includes(before) && m.sentence.raw[m.first] === 'hell')) return false;
          // "I quit!" ends the sentence; "I quit that job months after starting" tells what happened.
          if (m.entry.when === 'outburst' && m.last + 1 < m.sentence.tokens.length) return false;
          if (m.entry.when === 'exasperated' && !m.sentence.tokens.some((x) => EXASPERATED_PEOPLE.has(x.word))) return false;
          // "I saw nothing crazy in that clip", "is hardly crazy": the emotive word denied.
          if (m.first === m.last && deniedBefore(m)) return false;
          return true;
        },
        prompts: PROMPTS,
        message: (_m, text) => `Animated language: “${text}” is emotive wording; it makes the review feel like a verdict. State the severity with a number instead.`,
        fixes: (m, first, last) => {
          const text = m.sentence.unit.text.slice(m.sentence.tokens[first].start, m.sentence.tokens[last].end);
          // An attributive word can go ("the dumbest outage" → "the outage"); a predicate needs
          // something in its place ("is crazy" → "is [metric …]").
          const predicate = PREDICATE_BEFORE.has(m.sentence.tokens[first - 1]?.word ?? '');
          if (m.entry.rewrite === '' && !predicate) return [deleteFix(m.sentence, first, last, `Delete “${text}”`)];
          return [replaceFix(m.sentence, first, last, m.entry.rewrite || '[metric: e.g. N users / M minutes]', 'Replace with a number', true)];
        },
        extra: (s) => [...punctuation(s), ...profaneCompounds(s)],
      },
      model,
      context,
    );
  },
};

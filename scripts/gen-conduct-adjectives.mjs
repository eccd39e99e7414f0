// Generates server/src/core/rules/blame/normative-judgment.conduct.ts: adjectives that judge a
// person's conduct or character (careless, negligent, inept, foolish, deceitful, discourteous …) and
// their -ly adverbs, taken from WordNet 3.0 rather than from our own sentences, so that
// normative-judgment knows judgment words nobody on the team thought of (stop 36).
//
//   apt-get install wordnet-base && node scripts/gen-conduct-adjectives.mjs
//
// The class is the adjective clusters of bad conduct and character: each VICE head below, and the
// antonym of each VIRTUE head (careful → careless, competent → incompetent …), with
//   - its similar-to satellites ("careless" → sloppy, slapdash, heedless, perfunctory …);
//   - its also-see synsets, but not their satellites ("careless" → imprudent, inattentive);
// and the satellites in SATELLITES, taken alone (a satellite's head is often neutral: "lazy" is
// similar to "idle"). A lemma is kept when
//   - it is one word (hyphens allowed);
//   - it is not in NOT_JUDGMENTS: words whose everyday use in incident writing is neutral ("dense",
//     "dull", "slow", "thick", "loose", "casual", "distracted" …).
// (Keeping only lemmas whose most frequent sense is in the class was tried: it drops judgments whose
// first sense is physical or general, "sloppy", "clumsy", "shortsighted", "devious"; stop 36's first
// variant, with it and without the character verdicts' act frames, showed no gain on its CHECK split.)
// Adverbs are those WordNet derives from a kept lemma (data.adv's "\" pointer: "sloppily" → "sloppy").
// Nouns are those it derives the other way (data.adj's "+" pointer: "tactless" → "tactlessness").
// The rule applies the class only in the frames its judgment words are trusted in (of a person, of a
// person's act, on a human-action noun, an adverb on a person's verb).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSynsets, wordListModule, wordListConst } from './wordnet.mjs';

const WORDNET = process.env.WORDNET_DIR || '/usr/share/wordnet';
const OUT = join(import.meta.dirname, '..', 'server', 'src', 'core', 'rules', 'blame', 'normative-judgment.conduct.ts');

/** Cluster heads of a vice of conduct or character: offset in data.adj, the lemma to check it by. */
const VICES = [
  ['00311663', 'careless'], ['00754873', 'negligent'], ['00511214', 'incompetent'], ['01997911', 'irresponsible'],
  ['02570283', 'foolish'], ['00439588', 'stupid'], ['01336587', 'unintelligent'], ['01222884', 'dishonest'],
];
/** Virtue heads whose antonym is a vice head (the sense of conduct, not "a competent court"). */
const VIRTUES = [
  ['00309021', 'careful'], ['00510050', 'competent'], ['01996378', 'responsible'], ['00754107', 'diligent'],
  ['01222360', 'honest'], ['00163592', 'attentive'], ['01870101', 'professional'], ['02418873', 'thoughtful'],
  ['00638981', 'considerate'], ['01898130', 'prudent'], ['00641158', 'polite'], ['00642379', 'polite'],
  ['01993941', 'respectful'], ['02086116', 'conscientious'], ['00325281', 'cautious'], ['00905386', 'ethical'],
  ['01491775', 'mature'], ['02384384', 'tactful'], ['00772910', 'discreet'], ['02569131', 'wise'], ['02464694', 'trustworthy'],
];
/** Satellites of a neutral head, taken alone: lazy (of "idle"), bungling (of "unskilled"), arrogant (of "proud"). */
const SATELLITES = [['00294579', 'lazy'], ['02229325', 'bungling'], ['01889820', 'arrogant']];
/**
 * Neutral in incident writing, or not a judgment of conduct: a state a person is in ("distracted",
 * "absent", "drowsy", "unaware", "unwitting"), a word that grades systems and things as often
 * ("ineffective", "inefficient", "unreliable", "false", "misleading", "deceptive", "superficial",
 * "passing", "casual", "slack", "idle", "loose", "crude", "tricky", "slippery", "shady", "unaccountable",
 * "absurd", "ridiculous", "laughable", "preposterous", "nonsensical", "undue", "mad", "fond",
 * "juvenile", "adolescent", "green"), a term of law or trade ("derelict", "delinquent",
 * "hit-and-run", "unqualified", "unskilled", "lay", "fraudulent"), a mood or manner that does not
 * judge ("carefree", "happy-go-lucky", "dreamy", "offhand", "unconcerned", "proud", "talkative"), a
 * quality of a remark rather than of conduct ("offensive", "sarcastic", "insulting", "withering",
 * "irreverent", "insincere"), an old or literary word ("picaresque", "anserine", "goosey", "jerky",
 * "heady"), a taste for risk a writer may praise ("adventurous"), a slur on a disability that the
 * inclusive-language rule owns ("retarded"), words of testing and logic ("mocking" a service,
 * "vacuous" truth), a technology's stage ("immature"), a gesture ("fumbling" with keys), silence
 * ("dumbly"), a mistaken belief or a wrong target ("wrongly assumed", "wrongly routed"), degree
 * adverbs ("insanely fast", "ludicrously high"). Words the rule's hand lists already hold with their own frames ("bad", "superficial",
 * "incapable", "inadequate") are left to them.
 */
const NOT_JUDGMENTS = new Set([
  'distracted', 'distrait', 'absent', 'abstracted', 'drowsy', 'yawning', 'oscitant', 'dreamy', 'moony', 'unaware', 'unwitting', 'unknowing',
  'ineffective', 'inefficient', 'unreliable', 'undependable', 'false', 'misleading', 'deceptive', 'superficial', 'passing', 'casual',
  'slack', 'idle', 'loose', 'crude', 'tricky', 'slippery', 'shady', 'unaccountable', 'absurd', 'ridiculous', 'laughable', 'preposterous',
  'nonsensical', 'undue', 'mad', 'fond', 'juvenile', 'adolescent', 'green', 'derelict', 'delinquent', 'hit-and-run', 'unqualified',
  'unskilled', 'lay', 'fraudulent', 'carefree', 'happy-go-lucky', 'freewheeling', 'slaphappy', 'devil-may-care', 'harum-scarum', 'offhand',
  'offhanded', 'unconcerned', 'proud', 'picaresque', 'anserine', 'goosey', 'goosy', 'gooselike', 'jerky', 'heady', 'beguiling', 'cockeyed',
  'derisory', 'sappy', 'wacky', 'whacky', 'zany', 'goofy', 'ambidextrous', 'headless', 'weak', 'dense', 'dim', 'dull', 'slow', 'thick',
  'wooden-headed', 'lumpen', 'lumpish', 'deaf', 'indifferent', 'regardless', 'inadvisable', 'unadvisable', 'unadvised',
  'talkative', 'inelegant', 'immodest', 'offensive', 'sarcastic', 'withering', 'devastating', 'annihilating', 'insulting', 'flip',
  'irreverent', 'impious', 'undutiful', 'unfaithful', 'insincere', 'crooked', 'chesty', 'self-important', 'stupefied', 'stunned',
  'dazed', 'confused', 'incapable', 'inadequate', 'unequal', 'unequal_to', 'bad', 'trigger-happy', 'do-nothing', 'unparliamentary',
  'adventurous', 'adventuresome', 'retarded', 'mocking', 'mockingly', 'vacuous', 'vacuously', 'immature', 'immaturely', 'fumbling', 'dumbly',
  'wrong', 'wrongly', 'insanely', 'ludicrously',
]);

function readAdjectives(pos) {
  const synsets = readSynsets(WORDNET, pos);
  // The pointers' source/target word numbers (readSynsets keeps only symbol and offset).
  for (const line of readFileSync(join(WORDNET, `data.${pos}`), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const at = 4 + 2 * parseInt(f[3], 16);
    const s = synsets.get(f[0]);
    s.type = f[2];
    s.pointers.forEach((p, j) => (p.st = f[at + 4 + 4 * j]));
  }
  return synsets;
}
const adj = readAdjectives('adj');
const check = (offset, lemma) => {
  if (!adj.get(offset)?.words.includes(lemma)) throw new Error(`${offset} is not "${lemma}": not WordNet 3.0?`);
  return offset;
};
const heads = [
  ...VICES.map(([o, l]) => check(o, l)),
  ...VIRTUES.flatMap(([o, l]) => adj.get(check(o, l)).pointers.filter((p) => p.symbol === '!').map((p) => p.offset)),
];
const cls = new Set(SATELLITES.map(([o, l]) => check(o, l)));
for (const h of heads) {
  cls.add(h);
  for (const p of adj.get(h).pointers) if (p.symbol === '&' || p.symbol === '^') cls.add(p.offset);
}
const words = [...new Set([...cls].flatMap((o) => adj.get(o).words))].filter((w) =>
  /^[a-z][a-z-]*[a-z]$/.test(w) && !NOT_JUDGMENTS.has(w),
).sort();
const kept = new Set(words);
const adverbs = new Set();
for (const line of readFileSync(join(WORDNET, 'data.adv'), 'latin1').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const f = line.split(' ');
  const count = parseInt(f[3], 16);
  const lemmas = Array.from({ length: count }, (_, i) => f[4 + 2 * i].toLowerCase());
  const at = 4 + 2 * count;
  for (let j = 0; j < parseInt(f[at], 10); j++) {
    const [symbol, offset, pos, st] = f.slice(at + 1 + 4 * j, at + 5 + 4 * j);
    if (symbol !== '\\' || pos !== 'a') continue;
    const target = adj.get(offset);
    const source = lemmas[parseInt(st.slice(0, 2), 16) - 1];
    const from = target?.words[parseInt(st.slice(2), 16) - 1];
    if (from && kept.has(from) && /^[a-z-]+ly$/.test(source) && !NOT_JUDGMENTS.has(source)) adverbs.add(source);
  }
}

/**
 * The nouns WordNet derives from a kept adjective (its "+" pointer: "tactless" → "tactlessness",
 * "imprudent" → "imprudence") that name the quality or the act, as the listed judgment nouns
 * ("negligence", "incompetence") do: only ever said of people. Not a person (the insult and
 * pejorative lists own those) or a substance ("slop"), and not NOT_JUDGMENT_NOUNS.
 */
const NOUN_FILES = new Set([4, 7, 9, 26]); // noun.act, noun.attribute, noun.cognition, noun.state
/**
 * A thing or a state, not a judgment: data "corruption", "contempt" of court, an argument's
 * "fallacy", "oblivion", "insanity" (a condition), "dumbness" (muteness), a "shift", a spring's
 * "laxity"; and the human-factors words for a lapse of memory or attention ("forgetfulness",
 * "absentmindedness"), which a review uses to describe.
 */
const NOT_JUDGMENT_NOUNS = new Set(['corruption', 'contempt', 'fallacy', 'oblivion', 'insanity', 'insaneness', 'dumbness', 'shift', 'laxity', 'laxness', 'forgetfulness', 'absentmindedness']);
const nounFile = new Map();
const nounLemmas = new Map();
for (const line of readFileSync(join(WORDNET, 'data.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const f = line.split(' ');
  nounFile.set(f[0], parseInt(f[1], 10));
  nounLemmas.set(f[0], Array.from({ length: parseInt(f[3], 16) }, (_, i) => f[4 + 2 * i].toLowerCase()));
}
const nouns = new Set();
for (const s of adj.values()) {
  for (const p of s.pointers) {
    if (p.symbol !== '+' || !nounFile.has(p.offset) || !NOUN_FILES.has(nounFile.get(p.offset))) continue;
    const from = s.words[parseInt(p.st.slice(0, 2), 16) - 1];
    const noun = nounLemmas.get(p.offset)[parseInt(p.st.slice(2), 16) - 1];
    if (from && noun && kept.has(from) && /^[a-z][a-z-]*[a-z]$/.test(noun) && !NOT_JUDGMENT_NOUNS.has(noun)) nouns.add(noun);
  }
}

const module = wordListModule(WORDNET, {
  script: 'gen-conduct-adjectives.mjs',
  about: ['Adjectives that judge a person\'s conduct or character (WordNet\'s clusters of carelessness, negligence,', 'incompetence, folly, dishonesty, rudeness … and the antonyms of the virtues), their -ly adverbs, and', 'the nouns of those qualities ("tactlessness", "imprudence").'],
  name: 'CONDUCT_ADJECTIVES',
  words,
}) + '\n' + wordListConst('CONDUCT_ADVERBS', [...adverbs].sort()) + '\n' + wordListConst('CONDUCT_QUALITY_NOUNS', [...nouns].sort());
writeFileSync(OUT, module);
console.log(`${words.length} adjectives, ${adverbs.size} adverbs, ${nouns.size} nouns -> ${OUT}`);
console.log(words.join(' '));
console.log([...adverbs].sort().join(' '));
console.log([...nouns].sort().join(' '));

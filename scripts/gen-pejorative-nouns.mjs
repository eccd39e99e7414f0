// Generates server/src/core/rules/blame/normative-judgment.pejoratives.ts: nouns for a kind of person
// that disparage (a bully, a liar, a snob, a lout …) taken from WordNet 3.0 rather than from our
// own sentences, so that the predicated-pejorative shape ("You guys are bullies", "he's a useless
// parasite") knows words nobody on the team thought of (issue 11).
//
//   apt-get install wordnet-base && node scripts/gen-pejorative-nouns.mjs
//
// Unlike normative-judgment.insults.ts (words that only ever insult, flagged anywhere), these words
// may also name things or be verbs ("pest", "creep", "nag", "rat", "bully"): the rule flags them
// only when predicated of a person. A lemma is kept when
//   - it is a hyponym (at any depth) of one of the ROOTS below, in noun.person;
//   - EVERY sense in which it names a person is such a hyponym (or marked obscene): a word with a
//     neutral person sense ("critic", "operator", "user", "junior", "climber") is a description, not
//     a label, when said of someone;
//   - it is not marked in WordNet as an ethnic slur or a disparagement of a group (the inclusive-
//     language rule, through retext-equality, owns those), nor the capitalised name of a class of
//     people ("Goth") or of one person ("Judas");
//   - it is not also an adjective ("fake", "phony", "sham"): after a copula it would be read as one
//     ("The replies were fake");
//   - it is not already an insult (normative-judgment.insults.ts flags those everywhere);
//   - it is not in NOT_PEJORATIVES: words whose everyday use in incident writing is neutral.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSynsets, usage, wordListModule } from './wordnet.mjs';

const WORDNET = process.env.WORDNET_DIR || '/usr/share/wordnet';
const BLAME = join(import.meta.dirname, '..', 'server', 'src', 'core', 'rules', 'blame');
const OUT = join(BLAME, 'normative-judgment.pejoratives.ts');

/**
 * The disparaging classes of person: synset offset in data.noun, one lemma to check it against,
 * and whether to take the hyponyms too. Chosen by reading WordNet: each class is defined by a
 * flaw of character or conduct, so calling someone one of its members judges them.
 */
const ROOTS = [
  // "a person who is not pleasant or agreeable": asshole, bore, creep, egotist, know-it-all, snob,
  // boor, grouch, hothead, pest, rotter, lowlife, slob, whiner, wise guy, monster, oppressor …
  ['09631463', 'unpleasant_person', true],
  // "someone who deliberately stirs up trouble": loudmouth, instigator, agitator, heckler, prankster.
  ['10731244', 'troublemaker', true],
  // "a cruel and brutal fellow": bully, thug-like hooligan, ruffian, yob (not "attacker", its
  // parent, whose members are the adversaries of adversary-action).
  ['09879297', 'bully', true],
  // Dishonesty: the liar, the hypocrite, the fraud, and the deceiver's own synset (cheat,
  // trickster). Not the rest of "deceiver", whose members are mostly crimes (forger, embezzler).
  ['10256537', 'liar', true],
  ['10195593', 'hypocrite', true],
  ['10201535', 'fraud', true],
  ['09998101', 'cheat', false],
  // "an awkward stupid person": lout, oaf, clod, lummox (the fool classes are insults already).
  ['10274639', 'oaf', true],
  // "a follower who hangs around a host … in hope of gain": parasite, leech, sponger.
  ['10252674', 'parasite', false],
  // "any person who exercises power in a cruel way" (not the dictator or the Greek ruler).
  ['10735564', 'tyrant', false],
  // "a dull stupid fatuous person": jerk, dork (not "misfit", its parent, which is no judgment).
  ['10221040', 'jerk', false],
];
/** Person senses marked with an obscenity usage are pejoratives too ("prick", "bitch"). */
const OBSCENITY = '07124340';
const SLURS = new Set(['06718862', '06717170']); // ethnic slur, disparagement (of groups)
const PERSON = 18;
/**
 * Neutral in incident writing, or about something other than conduct at work: a role or a
 * function ("operator", "front", "decoy", "principal"), an animal, a food or a thing named more
 * often than the person ("rat", "pig", "hog", "dog", "cow", "crab", "turkey", "worm", "insect",
 * "bag", "lump", "plug", "crumb", "puke", "pill", "pain", "shit"), a mock word for a person's
 * temperament or sex life that no incident report uses of a colleague, or words whose person
 * sense is rare ("muscle", "ringer", "storyteller", "charmer", "fox", "spook", "roaster").
 */
const NOT_PEJORATIVES = new Set([
  'rat', 'pig', 'hog', 'dog', 'cow', 'crab', 'turkey', 'worm', 'insect', 'louse', 'bag', 'lump', 'plug', 'crumb', 'puke', 'pill', 'pain',
  'shit', 'skunk', 'bum', 'muscle', 'ringer', 'storyteller', 'charmer', 'smoothie', 'smoothy', 'fox', 'spook', 'roaster', 'joker', 'critic',
  'front', 'decoy', 'junior', 'climber', 'user', 'operator', 'dragon', 'vixen', 'devil', 'demon', 'monster', 'nuisance', 'anathema',
  'annoyance', 'aggravator', 'pretender', 'role_player', 'slicker', 'beguiler', 'dissembler', 'fabricator', 'gawk', 'goon', 'tough',
  'rowdy', 'tyke', 'tike', 'peasant', 'barbarian', 'hotdog', 'moralist', 'disciplinarian', 'stickler', 'dictator', 'authoritarian',
  'sneak', 'snorter', 'pawer', 'grabber', 'incubus', 'switcher', 'whipper', 'upstart', 'exploiter', 'monopolist', 'monopolizer',
  'monopoliser', 'timeserver', 'operator', 'wire-puller', 'backscratcher', 'bottom-feeder', 'scold', 'pharisee', 'puritan', 'prude',
  'ribald', 'slattern', 'slut', 'trollop', 'harridan', 'shrew', 'termagant', 'virago', 'harpy', 'hellcat', 'she-devil', 'frump',
  'yenta', 'poseuse', 'litterer', 'alienator', 'flouter', 'tantalizer', 'tantaliser',
  // The version-control tool, not the British insult; a subculture (a group); said in fondness.
  'git', 'skinhead', 'cut-up', 'prankster',
]);

const nouns = readSynsets(WORDNET, 'noun');
const adjectives = new Set([...readSynsets(WORDNET, 'adj').values()].flatMap((s) => s.words));
const personSenses = new Map();
for (const [offset, s] of nouns) if (s.lexfile === PERSON) for (const w of s.words) personSenses.set(w, [...(personSenses.get(w) ?? []), offset]);

const disparaging = new Set();
function take(offset, deep, seen = new Set()) {
  if (seen.has(offset)) return;
  seen.add(offset);
  const s = nouns.get(offset);
  if (s.lexfile === PERSON && !usage(s).some((u) => SLURS.has(u))) disparaging.add(offset);
  if (deep) for (const p of s.pointers) if (p.symbol === '~' || p.symbol === '~i') take(p.offset, deep, seen);
}
for (const [offset, lemma, deep] of ROOTS) {
  if (!nouns.get(offset)?.words.includes(lemma)) throw new Error(`${offset} is not "${lemma}": not WordNet 3.0?`);
  take(offset, deep);
}
for (const [offset, s] of nouns) if (s.lexfile === PERSON && usage(s).includes(OBSCENITY) && !usage(s).some((u) => SLURS.has(u))) disparaging.add(offset);

const proper = new Set([...nouns.values()].flatMap((s) => s.proper));
// The insults as generated by gen-insult-nouns.mjs (read as text: plain node does not load TypeScript).
const insultsFile = readFileSync(join(BLAME, 'normative-judgment.insults.ts'), 'utf8');
const insults = new Set([...insultsFile.slice(insultsFile.indexOf('INSULT_NOUNS')).matchAll(/'([^']+)'/g)].map((m) => m[1]));
const kept = [...new Set([...disparaging].flatMap((o) => nouns.get(o).words))].filter((w) =>
  /^[a-z][a-z-]*[a-z]$/.test(w) && // one word (hyphens allowed)
  personSenses.get(w).every((o) => disparaging.has(o)) &&
  !adjectives.has(w) && !proper.has(w) && !insults.has(w) && !NOT_PEJORATIVES.has(w),
).sort();
const plural = (w) => (/(s|x|z|ch|sh)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);
const words = [...new Set(kept.flatMap((w) => [w, plural(w)]))].sort();

writeFileSync(OUT, wordListModule(WORDNET, { script: 'gen-pejorative-nouns.mjs', about: ['Nouns for a kind of person that disparage (a bully, a liar, a snob, a lout …) and may also name', 'things, and their plurals: normative-judgment flags them only when predicated of a person.'], name: 'PEJORATIVE_NOUNS', words }));
console.log(`${kept.length} lemmas, ${words.length} words -> ${OUT}`);
console.log(kept.join(' '));

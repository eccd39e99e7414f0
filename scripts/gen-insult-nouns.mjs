// Generates server/src/core/rules/blame/normative-judgment.insults.ts: nouns that only ever call a
// person a fool, a coward, a bungler or a shirker, taken from WordNet 3.0 rather than from our own
// sentences, so that normative-judgment knows insults nobody on the team thought of (issue 11).
//
//   apt-get install wordnet-base && node scripts/gen-insult-nouns.mjs
//
// A lemma is kept when it is a hyponym (at any depth) of one of the ROOTS below and
//   - every one of its noun senses (but named places and people) is a person, an animal or a body part ("ass", "goose"): a word
//     that also names an artifact, an act, a state … ("dummy", "pinhead", "boob") has a neutral use;
//   - it is not also a verb, adjective or adverb ("fool", "clown", "lame", "simple", "stupid"):
//     those uses outnumber the insult;
//   - it is not marked in WordNet as an ethnic slur or a disparagement of a group (the inclusive-
//     language rule, through retext-equality, owns those), nor the capitalised name of a class of people ("Quaker");
//   - it is not in NOT_INSULTS: words whose everyday use in incident writing is not the insult.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSynsets, usage, wordListModule } from './wordnet.mjs';

const WORDNET = process.env.WORDNET_DIR || '/usr/share/wordnet';
const OUT = join(import.meta.dirname, '..', 'server', 'src', 'core', 'rules', 'blame', 'normative-judgment.insults.ts');

/** The insult classes: synset offset in data.noun, and one lemma to check the offset against. */
const ROOTS = [
  ['10599354', 'simpleton'], // a person lacking intelligence or common sense (idiot, dolt, nitwit …)
  ['10100761', 'fool'], // a person who lacks good judgment
  ['10197525', 'idiot'], // a person of subnormal intelligence
  ['10202363', 'incompetent'], // someone who is not competent to take effective action (bungler, botcher …)
  ['09614047', 'coward'], // a person who shows fear or timidity
  ['10608385', 'slacker'], // a person who shirks his work or duty
];
/** Person senses marked with an obscenity usage are insults too ("asshole", "dickhead"). */
const OBSCENITY = '07124340';
const SLURS = new Set(['06718862', '06717170']); // ethnic slur, disparagement (of groups)
const PERSON = 18;
/** Read in context these are not insults: a fixed phrase ("booby trap", "at loggerheads"), an
 *  animal ("sheep"), folklore ("changeling"), or a plain description of hesitating or stumbling. */
const NOT_INSULTS = new Set(['booby', 'loggerhead', 'sheep', 'changeling', 'stumbler', 'hesitater', 'hesitator', 'trembler', 'waverer', 'vacillator']);
const ALSO_ALLOWED = new Set([5, 8]); // noun.animal, noun.body

const nouns = readSynsets(WORDNET, 'noun');
const otherPos = new Set(['verb', 'adj', 'adv'].flatMap((pos) => [...readSynsets(WORDNET, pos).values()].flatMap((s) => s.words)));
const senses = new Map();
for (const s of nouns.values()) for (const w of s.words) senses.set(w, [...(senses.get(w) ?? []), s]);

const picked = new Set();
function take(offset, seen = new Set()) {
  if (seen.has(offset)) return;
  seen.add(offset);
  const s = nouns.get(offset);
  if (s.lexfile === PERSON && !usage(s).some((u) => SLURS.has(u))) for (const w of s.words) picked.add(w);
  for (const p of s.pointers) if (p.symbol === '~' || p.symbol === '~i') take(p.offset, seen);
}
for (const [offset, lemma] of ROOTS) {
  if (!nouns.get(offset)?.words.includes(lemma)) throw new Error(`${offset} is not "${lemma}": not WordNet 3.0?`);
  take(offset);
}
for (const [offset, s] of nouns) if (s.lexfile === PERSON && usage(s).includes(OBSCENITY)) take(offset);

// A capitalised class of people ("Quaker") is a group; a capitalised individual ("Noel Coward") is
// only a namesake and does not stop the insult ("coward").
const proper = new Set([...nouns.values()].filter((s) => !s.pointers.some((p) => p.symbol === '@i')).flatMap((s) => s.proper));
const kept = [...picked].filter((w) =>
  /^[a-z][a-z-]*[a-z]$/.test(w) && // one word (hyphens allowed): phrases are matched word by word elsewhere
  !otherPos.has(w) && !proper.has(w) && !NOT_INSULTS.has(w) &&
  // Named individuals and places ("Moron", a city) do not compete with the lower-case word.
  senses.get(w).every((s) => s.lexfile === PERSON || ALSO_ALLOWED.has(s.lexfile) || s.pointers.some((p) => p.symbol === '@i')),
).sort();
const plural = (w) => (/(s|x|z|ch|sh)$/.test(w) ? `${w}es` : `${w}s`);
const words = [...new Set(kept.flatMap((w) => [w, plural(w)]))].sort();

writeFileSync(OUT, wordListModule(WORDNET, { script: 'gen-insult-nouns.mjs', about: ['Nouns that only call a person a fool, a coward, a bungler or a shirker, and their plurals.'], name: 'INSULT_NOUNS', words }));
console.log(`${kept.length} lemmas, ${words.length} words -> ${OUT}`);
console.log(kept.join(' '));

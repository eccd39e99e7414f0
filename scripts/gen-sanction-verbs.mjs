// Generates server/src/core/rules/blame/people-targeted-action.sanctions.ts: the verbs of sanctioning
// a person at work (dismiss, suspend, ban, expel, demote, discipline, reprimand …) taken from
// WordNet 3.0 rather than from our own sentences, so that the sanction shape of
// people-targeted-action ("The contributor was banned from the repository", "the board expelled
// him") knows the whole class and not only the verbs somebody met in a dev row (issue 11).
//
//   apt-get install wordnet-base && node scripts/gen-sanction-verbs.mjs
//
// A lemma is kept when
//   - it is in one of the ROOTS below or a direct hyponym of one (deeper hyponyms of "punish" and
//     "oust" are revenge, execution and revolution: "get", "hang", "overthrow", not work);
//   - it is one word (phrasal verbs such as "lay off" are not matched word by word here);
//   - it is not in NOT_SANCTIONS: verbs whose everyday use in incident writing is about things
//     ("retire a service", "execute a script", "drop a table", "eject a disk") or that are not a
//     sanction at work (deport, extradite, avenge).
// The rule only reports these with a person as the one sanctioned (the passive's subject or the
// active's object), so "the account was suspended" and "the job was terminated" stay clean.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSynsets, wordListConst, wordListModule } from './wordnet.mjs';

const WORDNET = process.env.WORDNET_DIR || '/usr/share/wordnet';
const OUT = join(import.meta.dirname, '..', 'server', 'src', 'core', 'rules', 'blame', 'people-targeted-action.sanctions.ts');

/** The sanction classes: synset offset in data.verb, and one lemma to check it against. */
const ROOTS = [
  ['02402843', 'dismiss'], // terminate the employment of (fire, sack, give notice …)
  ['02499629', 'punish'], // impose a penalty on (penalize, discipline, castigate, fine …)
  ['02501738', 'expel'], // remove from a position or an office (suspend, debar, ban, banish …)
  ['02401827', 'oust'], // remove from a position (kick out, depose, excommunicate)
  ['02399349', 'demote'], // assign to a lower position
  ['00823687', 'reprimand'], // censure severely
  ['02498716', 'fine'], // issue a fine as a penalty
];
/** Everyday words for things in incident writing, or no sanction at work. */
const NOT_SANCTIONS = new Set([
  'retire', 'drop', 'correct', 'eject', 'exclude', 'bar', 'relegate', 'deliver', 'deport', 'extradite', 'expatriate', 'exile', 'revenge',
  'avenge', 'retaliate', 'execute', 'scourge', 'victimize', 'victimise', 'pillory', 'break', 'bump', 'reduce', 'sideline', 'ticket', 'can',
  'displace', 'downsize', 'furlough', 'terminate', 'fire', 'shun', 'criminate', 'amerce', 'rusticate', 'animadvert', 'chuck', 'turf',
]);

const verbs = readSynsets(WORDNET, 'verb');
const picked = new Set();
function take(offset, depth = 0) {
  const s = verbs.get(offset);
  for (const w of s.words) picked.add(w);
  if (depth === 0) for (const p of s.pointers) if (p.symbol === '~') take(p.offset, 1);
}
for (const [offset, lemma] of ROOTS) {
  if (!verbs.get(offset)?.words.includes(lemma)) throw new Error(`${offset} is not "${lemma}": not WordNet 3.0?`);
  take(offset);
}
const bases = [...picked].filter((w) => /^[a-z]+$/.test(w) && !NOT_SANCTIONS.has(w)).sort();

// The past participle: WordNet's exception list first ("banned" is regular, "cast out" is not one
// word), then the regular spelling rules.
const exceptions = new Map();
for (const line of readFileSync(join(WORDNET, 'verb.exc'), 'latin1').split('\n')) {
  const [form, base] = line.split(' ');
  // ("banned ban": the doubled consonant; a participle in -n is not among these verbs.)
  if (form && base && /ed$/.test(form)) exceptions.set(base, form);
}
/** One stressed final syllable of consonant-vowel-consonant doubles its consonant ("ban", "expel"). */
const DOUBLING = /^(?:[^aeiou]*[aeiou][bdgklmnprt]|.*(?:pel|bar))$/;
function participle(w) {
  if (exceptions.has(w)) return exceptions.get(w);
  if (w.endsWith('e')) return `${w}d`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ied`;
  if (DOUBLING.test(w)) return `${w}${w.at(-1)}ed`;
  return `${w}ed`;
}
const participles = [...new Set(bases.map(participle))].sort();

const about = (what) => [`${what} of sanctioning a person at work (dismiss, suspend, ban, expel, demote, discipline, reprimand …):`, 'WordNet 3.0\'s verb.social and verb.communication synsets of scripts/gen-sanction-verbs.mjs and their hyponyms.'];
const module = wordListModule(WORDNET, { script: 'gen-sanction-verbs.mjs', about: about('Base forms of the verbs'), name: 'SANCTION_VERB_BASES', words: bases })
  + `\n/** Their past participles (also the simple past): "was banned", "expelled him". */\n${wordListConst('SANCTION_VERB_PARTICIPLES', participles)}`;
writeFileSync(OUT, module);
console.log(`${bases.length} verbs -> ${OUT}`);
console.log(bases.join(' '));
console.log(participles.join(' '));

// Generates server/src/core/rules/blame/people-targeted-action.precepts.ts: the nouns that name a
// rule of conduct or a piece of advice (lesson, moral, rule, principle, maxim, motto, advice,
// commandment …), taken from WordNet 3.0 rather than from our own sentences, so that the
// lesson-order shape of people-targeted-action ("Lesson #3: avoid having to fix things when
// exhausted") knows the whole class when the order follows its colon ("Rule #1: never …", "My
// advice: don't …", "Golden rule: …") and not only the words somebody met in a dev row.
//
//   apt-get install wordnet-base && node scripts/gen-precept-nouns.mjs
//
// A lemma is kept when
//   - it is in one of the ROOTS below or a direct hyponym of one;
//   - it is one word;
//   - it is not in NOT_PRECEPTS: lemmas that open a runbook's or a how-to's note ("Warning: do not
//     run this", "Example: run …", "Protocol: …") or name a rule a system enforces (regulation,
//     bylaw), where the order after the colon is a step, not a rule for people's conduct.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSynsets, wordListModule } from './wordnet.mjs';

const WORDNET = process.env.WORDNET_DIR || '/usr/share/wordnet';
const OUT = join(import.meta.dirname, '..', 'server', 'src', 'core', 'rules', 'blame', 'people-targeted-action.precepts.ts');

/** The classes: synset offset in data.noun, and one lemma to check it against. */
const ROOTS = [
  ['06606044', 'moral'], // the significance of a story or event (moral, lesson)
  ['06672752', 'lesson'], // an example to be learned from (object lesson)
  ['06671484', 'advice'], // a proposal for an appropriate course of action
  ['06652242', 'rule'], // a prescribed guide for conduct or action (precept, golden rule, dictate …)
  ['06655388', 'principle'], // a rule or standard of good behaviour
  ['06185955', 'commandment'], // a doctrine taught (teaching, precept)
  ['07152948', 'maxim'], // a saying widely accepted on its own merits (axiom, aphorism …)
  ['07152259', 'motto'], // a favourite saying of a group (mantra, watchword …)
];
/** Notes of a runbook or a how-to, and rules that systems enforce. */
const NOT_PRECEPTS = new Set([
  'warning', 'admonition', 'monition', 'indication', 'recommendation', 'example', 'order', 'protocol', 'regulation', 'ordinance', 'bylaw',
  'rubric', 'canon', 'etiquette', 'gigo', 'teaching', 'prescript', 'slogan', 'catchword', 'shibboleth', 'cry', 'gnome', 'moralism',
  'deterrent', 'dictate',
]);

const nouns = readSynsets(WORDNET, 'noun');
const picked = new Set();
function take(offset, depth = 0) {
  const s = nouns.get(offset);
  for (const w of s.words) picked.add(w);
  if (depth === 0) for (const p of s.pointers) if (p.symbol === '~') take(p.offset, 1);
}
for (const [offset, lemma] of ROOTS) {
  if (!nouns.get(offset)?.words.includes(lemma)) throw new Error(`${offset} is not "${lemma}": not WordNet 3.0?`);
  take(offset);
}
const words = [...picked].filter((w) => /^[a-z-]+$/.test(w) && !NOT_PRECEPTS.has(w));
// Plurals as well ("Lessons learned:", "Rules:"): the regular spelling rules; "advice" has none.
const plural = (w) => (w === 'advice' ? w : /(?:s|sh|ch|x)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);
const all = [...new Set([...words, ...words.map(plural)])].sort();

const module = wordListModule(WORDNET, {
  script: 'gen-precept-nouns.mjs',
  about: ['Nouns naming a rule of conduct or a piece of advice (lesson, moral, rule, principle, maxim, advice …), singular and plural:', "WordNet 3.0's synsets of scripts/gen-precept-nouns.mjs and their direct hyponyms."],
  name: 'PRECEPT_NOUNS',
  words: all,
});
writeFileSync(OUT, module);
console.log(`${all.length} nouns -> ${OUT}`);
console.log(words.sort().join(' '));

// Generates server/src/core/rules/blame/people-targeted-action.experience.ts: the verbs whose most
// frequent sense in WordNet 3.0 is a state, a perception, a feeling, a possession or a thought (be,
// have, need, get, lose, see, feel, know …) rather than something a person does, so that
// people-targeted-action's prohibition shape ("Nobody should push to main on a Friday", "No pilot
// should say that to another pilot") tells a rule of conduct from a state wished on everyone ("No
// one should have full access", "No customer should see an error", "Nobody should lose their job").
//
//   apt-get install wordnet-base && node scripts/gen-experience-verbs.mjs
//
// A verb is kept when the synset of its first sense in index.verb (WordNet's most frequent, by
// tagged count) is in one of the lexicographer files of EXPERIENCE, and it is one word.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSynsets, wordListModule } from './wordnet.mjs';

const WORDNET = process.env.WORDNET_DIR || '/usr/share/wordnet';
const OUT = join(import.meta.dirname, '..', 'server', 'src', 'core', 'rules', 'blame', 'people-targeted-action.experience.ts');
/** Lexicographer files: verb.cognition 31, verb.emotion 37, verb.perception 39, verb.possession 40, verb.stative 42. */
const EXPERIENCE = new Set([31, 37, 39, 40, 42]);

const verbs = readSynsets(WORDNET, 'verb');
const words = [];
for (const line of readFileSync(join(WORDNET, 'index.verb'), 'latin1').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.trim().split(' ');
  const senses = Number(f[2]);
  const first = f[f.length - senses];
  if (/^[a-z-]+$/.test(f[0]) && EXPERIENCE.has(verbs.get(first).lexfile)) words.push(f[0]);
}
words.sort();
const module = wordListModule(WORDNET, {
  script: 'gen-experience-verbs.mjs',
  about: ['Verbs whose first sense is a state, a perception, a feeling, a possession or a thought (be, have, need, get, see, know …):', "WordNet 3.0's verb.stative, verb.perception, verb.emotion, verb.possession and verb.cognition, by first sense."],
  name: 'EXPERIENCE_VERBS',
  words,
});
writeFileSync(OUT, module);
console.log(`${words.length} verbs -> ${OUT}`);

// Generates server/src/core/people.wordnet.data.ts: person nouns from WordNet 3.0, an independent
// source of world knowledge (not phrases from our own sentences), for isRoleNoun (catalogue §1.6).
//
//   apt-get install -y wordnet-base   # local only: the data file it writes is committed
//   node scripts/gen-person-nouns.mjs [--wordnet /usr/share/wordnet] [--min-count N] [--out FILE] [--stats]
//
// The filter, in order:
//  1. Single-word lemmas of index.noun (no "_" compound; a hyphen is one word: "co-author").
//  2. Every noun sense is in lexicographer file 18 (noun.person), and none is an instance (a
//     particular person, "Cook" the captain): "server", "host", "master", "client", "agent",
//     "driver", "guard", "worker", "controller" all have a sense in another file (artifact, act,
//     group …) and stay out; that is the point of the rule.
//  3. The lemma is written in lower case in its synsets: "American", "Democrat", "Aries" name
//     groups by nationality, party or star sign and come capitalised from proper nouns.
//  4. Its senses together were seen at least MIN_COUNT times in the semantically tagged corpus
//     (cntlist.rev), or one of its senses is an occupation (OCCUPATION_ROOTS): rare words for
//     people in general stay out, rare occupations stay in. Measured on the dev sets (see the report).
//  5. Not a slur: a sense glossed "ethnic slur" or "offensive" keeps the word out; nor a noun
//     whose gloss lets it name a firm too ("a person or firm that employs workers": "employer",
//     "defendant", "trustee").
//  6. Not an adversary: a lemma with a sense under wrongdoer, attacker, adversary, enemy,
//     deceiver, intruder, spy, saboteur, destroyer, murderer or terrorist (hypernym closure) goes
//     to ADVERSARY_NOUNS instead, with a few words WordNet lacks ("phisher", "fraudster"). An
//     attacker doing harm is not the blame a blameless review is about, and security
//     post-mortems are full of them.
//  7. Mostly another part of speech: when the lemma is also a verb or an adjective and those
//     senses are tagged at least as often as its noun senses ("private", "dependent", "national",
//     "convert", "suspect", "redact").
//  8. Not a word of SYSTEM_NOUNS or DEPARTMENT_NOUNS, nor of the software stop list below, nor a
//     word that names npm packages (NPM_NAMES: "docker", "logger", "reporter", "ref", "temp").
// Plurals: WordNet's noun.exc for the irregular ones ("alumni"), else the regular rules ("-man" ->
// "-men", "-y" -> "-ies", sibilants + "es", else + "s"). A plural that is itself a noun lemma
// with a sense outside noun.person ("glasses", "arms", "spirits") is left out.
import { readFileSync, writeFileSync } from 'node:fs';
import { wordnetLicense } from './wordnet-license.mjs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const WN = opt('--wordnet', '/usr/share/wordnet');
const MIN_COUNT = Number(opt('--min-count', '1'));
/** Below MIN_COUNT, an occupation still counts (see OCCUPATION_ROOTS); --no-occupations turns that off. */
const OCCUPATIONS = !args.includes('--no-occupations');
/** --no-stop: without the software stop list, to measure what it keeps out. */
const NO_STOP = args.includes('--no-stop');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = opt('--out', join(root, 'server/src/core/people.wordnet.data.ts'));
const STATS = args.includes('--stats');

const PERSON_FILE = 18;

/**
 * Person nouns whose everyday sense in software writing is a component, a protocol role or an
 * account, not someone at work. They are all-person in WordNet (a 1990s general-English
 * dictionary) but in post-mortems "the caller" is a function, "the leader" a Raft node, "users" the
 * affected public and "a child" a process. Each is a word of the domain, not a phrase of our data:
 *   process trees and replication: parent, child, children, sibling, slave, follower, leader, peer, candidate;
 *   callers and handlers in code: caller, callee, handler, listener, subscriber, publisher, observer,
 *     watcher, sender, recipient, receiver, requester, requestor, invoker, executor, dispatcher, scheduler, runner, loader;
 *   the public and their accounts: user, customer, member, guest, visitor, tenant, subscriber, holder,
 *     participant, contributor, reader, writer, viewer, follower;
 *   crypto and finance protocol roles (bots and contracts as often as people): keeper, miner, farmer,
 *     validator, harvester, liquidator, depositor, lender, borrower, trader, buyer, seller, whale;
 *   generic words that head many non-person phrases: native (native code), minor (a minor issue), major,
 *     junior/senior (levels), principal (IAM principal), party (third party), individual, second (unit),
 *     head, chief, authority, dummy, zombie (process), ghost, giant, creator, maker, builder, provider;
 *   components and tools named after a helper: helper, assistant, wizard, sentinel, sentry, marshal,
 *     messenger, mailman, navigator, designer, troubleshooter, learner, saver, player, bearer (token),
 *     intermediary (certificate), process-server, stager (malware), scout;
 *   words that are mostly modifiers in technical prose: invalid, resident (memory), auxiliary,
 *     lightweight (thread), extern (C), dear (a salutation);
 *   organisations more often than people: vendor, supplier, partner, guardian (a multisig in DeFi).
 */
const SOFTWARE_STOP = new Set(`
parent child children sibling slave follower leader peer candidate
caller callee handler listener subscriber publisher observer watcher sender recipient receiver requester requestor
invoker executor dispatcher scheduler runner loader
user customer member guest visitor tenant holder participant contributor reader writer viewer
keeper miner farmer validator harvester liquidator depositor lender borrower trader buyer seller whale
native minor major junior senior principal party individual second head chief authority dummy zombie ghost giant
creator maker builder provider culprit
helper assistant wizard sentinel sentry marshal messenger mailman navigator designer troubleshooter learner saver
player bearer intermediary process-server stager scout
invalid resident auxiliary lightweight extern dear
vendor supplier partner guardian
`.split(/\s+/).filter(Boolean));

/**
 * Person nouns that name software: each is a part of at least NPM_MIN package names (split at
 * "-", "/", "_", ".") in a list of the npm registry's 227,000 most used packages (December 2026),
 * an independent record of what developers call their components: "docker" (a dock worker in
 * WordNet), "logger", "reporter", "exporter", "indexer", "tracker", "mapper", "picker", "ref",
 * "temp", "maven", "chef", "postman", "playwright", "mermaid". Hand-list roles among them
 * ("manager", "inspector", "architect") stay people through the hand list. Recompute with
 * --npm-names FILE (a tab-separated list whose first column is the package name).
 */
const NPM_MIN = 15;
const NPM_NAMES = new Set(`
actor architect buddy busboy carpenter chartist chef clerk commander composer copilot cropper decorator defender
detective docker evaluator exporter framer indexer inspector logger manager mapper maven mermaid official packer
picker playwright postman ref reporter splitter temp tracker varlet winner
`.split(/\s+/).filter(Boolean));

/** A gloss that lets the noun name an organisation as well as a person. */
const ORGANISATION_TOO = /\b(person|individual|someone)s? \(?or (an? )?(firm|institution|company|organi[sz]ation|business|corporation|agency)/;

/** Adversaries WordNet 3.0 lacks (words of the 2000s) or files under another root. */
const ADVERSARY_EXTRA = ['attacker', 'hacker', 'phisher', 'scammer', 'spammer', 'fraudster', 'exploiter', 'cybercriminal', 'criminal', 'thief', 'adversary', 'intruder', 'impostor', 'imposter', 'extortionist', 'blackmailer', 'ransomer'];

/** Hypernym roots of adversaries (lemma of the synset, sense within noun.person). */
const ADVERSARY_ROOTS = ['wrongdoer', 'attacker', 'adversary', 'enemy', 'deceiver', 'intruder', 'spy', 'saboteur', 'terrorist', 'hacker', 'destroyer', 'murderer'];

/**
 * Hypernym roots of occupations. A word never seen in the tagged corpus ("registrar",
 * "orthopaedist", "dispatcher"-like roles of other fields) is still kept when one of its senses is
 * a kind of worker, professional, leader, official, expert, serviceman or practitioner: incident
 * reports are about people at work, and a rare occupation is still an occupation, while rare words
 * for people in general ("dude", "higher-up", "oldster") stay out.
 */
const OCCUPATION_ROOTS = ['worker', 'professional', 'leader', 'official', 'functionary', 'expert', 'serviceman', 'practitioner', 'employee', 'skilled_worker'];

// Words kept out of the project's own lists (copied here so the generator runs without tsx).
const SYSTEM_NOUNS = readList('SYSTEM_NOUNS');
const DEPARTMENT_NOUNS = readList('DEPARTMENT_NOUNS');

function readList(name) {
  const src = readFileSync(join(root, 'server/src/core/people.data.ts'), 'utf8');
  const m = new RegExp(`export const ${name} = \\[([^\\]]*)\\]`).exec(src);
  if (!m) throw new Error(`${name} not found in people.data.ts`);
  return new Set([...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]));
}

// --- read WordNet -------------------------------------------------------------------------------
const dataNoun = readFileSync(join(WN, 'data.noun'));
/** synset offset -> { lexFile, words (as written), hypernyms, instance } */
const synsets = new Map();
function synset(offset) {
  let s = synsets.get(offset);
  if (s) return s;
  const end = dataNoun.indexOf(10, offset);
  const line = dataNoun.toString('latin1', offset, end);
  const f = line.split(' ');
  const lexFile = Number(f[1]);
  const wCnt = parseInt(f[3], 16);
  const words = [];
  for (let k = 0; k < wCnt; k++) words.push(f[4 + 2 * k]);
  let p = 4 + 2 * wCnt;
  const pCnt = Number(f[p++]);
  const hypernyms = [];
  let instance = false;
  for (let k = 0; k < pCnt; k++, p += 4) {
    if (f[p] === '@') hypernyms.push(Number(f[p + 1]));
    if (f[p] === '@i') instance = true;
  }
  const gloss = line.slice(line.indexOf('| ') + 2);
  s = { offset, lexFile, words, hypernyms, instance, gloss };
  synsets.set(offset, s);
  return s;
}

/** lemma -> synset offsets, from index.noun */
const index = new Map();
for (const line of readFileSync(join(WN, 'index.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.trim().split(' ');
  const synsetCnt = Number(f[2]);
  index.set(f[0], f.slice(f.length - synsetCnt).map(Number));
}

/**
 * lemma -> total tagged count of its noun senses, and of its verb and adjective senses, from
 * cntlist.rev ("lemma%1:18:00:: 1 5": 1 noun, 2 verb, 3 and 5 adjective).
 */
const tagCount = new Map();
const otherPosCount = new Map();
for (const line of readFileSync(join(WN, 'cntlist.rev'), 'latin1').split('\n')) {
  const m = /^([^%]+)%([1235]):\d\d:[^ ]* \d+ (\d+)$/.exec(line);
  if (!m) continue;
  const map = m[2] === '1' ? tagCount : otherPosCount;
  map.set(m[1], (map.get(m[1]) ?? 0) + Number(m[3]));
}

/** Lemmas that are also verbs or adjectives (index.verb, index.adj). */
const otherPos = new Set();
for (const file of ['index.verb', 'index.adj']) {
  for (const line of readFileSync(join(WN, file), 'latin1').split('\n')) if (line && !line.startsWith(' ')) otherPos.add(line.slice(0, line.indexOf(' ')));
}

/** base -> irregular plurals, from noun.exc ("alumni alumnus"). */
const irregular = new Map();
for (const line of readFileSync(join(WN, 'noun.exc'), 'latin1').split('\n')) {
  const [inflected, base] = line.split(' ');
  if (!inflected || !base || inflected === base) continue;
  if (!irregular.has(base)) irregular.set(base, []);
  irregular.get(base).push(inflected);
}

// --- adversaries --------------------------------------------------------------------------------
const adversaryRoots = new Set();
for (const w of ADVERSARY_ROOTS) for (const o of index.get(w) ?? []) if (synset(o).lexFile === PERSON_FILE) adversaryRoots.add(o);
const underAdversary = new Map();
function isAdversarySynset(o, seen = new Set()) {
  if (underAdversary.has(o)) return underAdversary.get(o);
  if (seen.has(o)) return false;
  seen.add(o);
  const r = adversaryRoots.has(o) || synset(o).hypernyms.some((h) => isAdversarySynset(h, seen));
  underAdversary.set(o, r);
  return r;
}

const occupationRoots = new Set();
for (const w of OCCUPATION_ROOTS) for (const o of index.get(w) ?? []) if (synset(o).lexFile === PERSON_FILE) occupationRoots.add(o);
const underOccupation = new Map();
function isOccupationSynset(o, seen = new Set()) {
  if (underOccupation.has(o)) return underOccupation.get(o);
  if (seen.has(o)) return false;
  seen.add(o);
  const r = occupationRoots.has(o) || synset(o).hypernyms.some((h) => isOccupationSynset(h, seen));
  underOccupation.set(o, r);
  return r;
}

// --- filter -------------------------------------------------------------------------------------
const SINGLE_WORD = /^[a-z][a-z'-]*[a-z]$/;
const reasons = new Map();
const why = (r) => reasons.set(r, (reasons.get(r) ?? 0) + 1);
const persons = [];
const adversaries = new Set(ADVERSARY_EXTRA);
for (const [lemma, offsets] of index) {
  if (!SINGLE_WORD.test(lemma)) continue;
  const ss = offsets.map(synset);
  if (!ss.every((s) => s.lexFile === PERSON_FILE)) {
    why('sense outside noun.person');
    continue;
  }
  if (ss.some((s) => s.instance)) {
    why('instance (a particular person)');
    continue;
  }
  // Capitalised in every synset that holds it: a proper-noun group ("American").
  const written = ss.flatMap((s) => s.words.filter((w) => w.toLowerCase().replace(/\(.*\)$/, '') === lemma));
  if (written.length && written.every((w) => /^[A-Z]/.test(w))) {
    why('capitalised');
    continue;
  }
  // A slur is not a word to ship as a person noun (the inclusive-language rule has its own list).
  if (ss.some((s) => /ethnic slur|offensive/.test(s.gloss))) {
    why('slur or offensive term');
    continue;
  }
  // A person or an organisation ("a person or firm that employs workers", "a person (or
  // institution) to whom legal title …"): in incident writing the employer, the defendant, the
  // trustee are firms as often as people.
  if (ss.some((s) => ORGANISATION_TOO.test(s.gloss))) {
    why('a person or an organisation');
    continue;
  }
  if (offsets.some((o) => isAdversarySynset(o))) {
    adversaries.add(lemma);
    continue;
  }
  if ((tagCount.get(lemma) ?? 0) < MIN_COUNT && !(OCCUPATIONS && offsets.some((o) => isOccupationSynset(o)))) {
    why(`tag count < ${MIN_COUNT}`);
    continue;
  }
  // Mostly a verb or an adjective in running text ("private", "dependent", "national", "convert",
  // "suspect"): its noun reading would turn a modifier or a verb into a person. A tie counts
  // against the noun: "redact" is a verb in every post-mortem, seen 0 times as either.
  if (otherPos.has(lemma) && (otherPosCount.get(lemma) ?? 0) >= (tagCount.get(lemma) ?? 0)) {
    why('verb or adjective at least as often as noun');
    continue;
  }
  if (SYSTEM_NOUNS.has(lemma) || DEPARTMENT_NOUNS.has(lemma)) {
    why('system or department noun');
    continue;
  }
  if (NPM_NAMES.has(lemma) && !NO_STOP) {
    why('names npm packages');
    continue;
  }
  if (SOFTWARE_STOP.has(lemma) && !NO_STOP) {
    why('software stop list');
    continue;
  }
  persons.push(lemma);
}

/** True when a word is a noun lemma with a sense outside noun.person ("glasses"). */
const otherNoun = (w) => (index.get(w) ?? []).some((o) => synset(o).lexFile !== PERSON_FILE);

function plurals(w) {
  if (irregular.has(w)) return irregular.get(w);
  if (/man$/.test(w) && !/(human|german|shaman|talisman|caiman|ottoman)$/.test(w)) return [w.replace(/man$/, 'men')];
  if (/[^aeiou]y$/.test(w)) return [w.replace(/y$/, 'ies')];
  if (/(s|x|z|ch|sh)$/.test(w)) return [`${w}es`];
  return [`${w}s`];
}

function withPlurals(words) {
  const out = new Set(words);
  for (const w of words) for (const p of plurals(w)) if (!otherNoun(p) && !((SOFTWARE_STOP.has(p) || NPM_NAMES.has(w)) && !NO_STOP) && !SYSTEM_NOUNS.has(p)) out.add(p);
  return [...out].sort();
}

const personForms = withPlurals(persons);
const adversaryForms = withPlurals([...adversaries]);
const adversarySet = new Set(adversaryForms);
const finalPersons = personForms.filter((w) => !adversarySet.has(w));

const npmFile = opt('--npm-names', '');
if (npmFile) {
  // Which person nouns (before this filter) are parts of NPM_MIN or more package names.
  const forms = new Map();
  for (const w of persons.concat([...NPM_NAMES])) for (const f of [w, ...plurals(w)]) forms.set(f, w);
  const count = new Map();
  for (const line of readFileSync(npmFile, 'utf8').split('\n').slice(1)) {
    const name = line.slice(0, line.indexOf('\t')).toLowerCase().replace(/^@/, '');
    for (const part of new Set(name.split(/[-/_.]/))) if (forms.has(part)) count.set(part, (count.get(part) ?? 0) + 1);
  }
  const lemmas = new Set([...count].filter(([, n]) => n >= NPM_MIN).map(([f]) => forms.get(f)));
  console.error(`person nouns in >= ${NPM_MIN} npm package names: ${[...lemmas].sort().join(' ')}`);
}
if (STATS) {
  console.error(`min count ${MIN_COUNT}: ${persons.length} lemmas, ${finalPersons.length} forms; ${adversaries.size} adversary lemmas, ${adversaryForms.length} forms`);
  for (const [r, n] of reasons) console.error(`  left out (${r}): ${n}`);
}

// --- write --------------------------------------------------------------------------------------
const license = wordnetLicense(WN, dataNoun);

/** Words joined into lines of at most 100 characters. */
function wrap(words) {
  const lines = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > 100) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const out = `// GENERATED by scripts/gen-person-nouns.mjs from WordNet 3.0 (min tagged count ${MIN_COUNT}${OCCUPATIONS ? ' or an occupation' : ''}): do not edit by
// hand; change the generator's filter and run it again. Person nouns (every noun sense in noun.person)
// and their plurals, for isRoleNoun; adversaries apart (catalogue §1.6).
//
// WordNet's license, which asks for this notice on every copy of the database or a part of it:
/*
${license.replace(/\*\//g, '* /')}
*/

/** Person nouns from WordNet, lower case, singular and plural (${finalPersons.length} forms). */
export const WORDNET_PERSON_NOUNS: readonly string[] = \`
${wrap(finalPersons)}
\`.split(/\\s+/).filter(Boolean);

/**
 * Adversaries (${adversaryForms.length} forms): an attacker doing harm is not blame in the blameless sense; not
 * role nouns. WordNet's wrongdoers, attackers, enemies, deceivers, intruders and spies, and a few words it lacks.
 */
export const ADVERSARY_NOUNS: readonly string[] = \`
${wrap(adversaryForms)}
\`.split(/\\s+/).filter(Boolean);
`;
writeFileSync(OUT, out);
console.error(`wrote ${OUT} (${out.length} bytes)`);

// Who counts as a person (catalogue §1.6): the document's own gazetteer (Participants,
// Facilitator, Owner cells, `names.extra`), a given-name list, handles, role and team nouns,
// quantifiers over people, and pronouns. Word lists are data in people.data.ts.
import type { PostMortem } from './model';
import type { ResolvedConfig } from './config';
import { memoByText } from './memo';
import { GIVEN_NAMES, ROLE_ABBREVIATIONS, ROLE_NOUNS, TEAM_NOUNS, PEOPLE_QUANTIFIERS, PERSON_PRONOUNS, FIRST_PERSON } from './people.data';
import { WORDNET_PERSON_NOUNS, ADVERSARY_NOUNS } from './people.wordnet.data';

// Regexes with \p{…} live at module level: the TypeScript transforms (esbuild, tsx) turn them
// into `new RegExp(…)`, which inside a function is rebuilt on every call.
const NOT_NAME_CHARS = /[^\p{L}\p{N}@'-]/gu;
const STARTS_UPPER = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}{2,}(?:['’]s)?$/u;

const givenNames = new Set(GIVEN_NAMES.map((n) => n.toLowerCase()));
/** The hand-made role nouns of people.data.ts. */
const handRoles = new Set(ROLE_NOUNS);
/** The hand-made role nouns and WordNet's person nouns (people.wordnet.data.ts, generated). */
const roles = new Set([...ROLE_NOUNS, ...WORDNET_PERSON_NOUNS]);
const adversaries = new Set(ADVERSARY_NOUNS);
const roleAbbreviations = new Set(ROLE_ABBREVIATIONS);
/** "GPs", "RN's", "FOs'": the plural or possessive of an abbreviation. */
const ABBREVIATION_SUFFIX = /(?:['’]s|s['’]?)$/;

export interface Gazetteer {
  /** Full names as written in the document's people fields ("Eli Novak", "NOC"). */
  names: string[];
  /** Lower-cased single tokens that name a person or group of the document (given and family names, "noc"). */
  tokens: Set<string>;
}

/** Splits a people list ("Marcus Webb, Eli Novak (DBA) and NOC") into names. */
export function splitPeople(value: string): string[] {
  return value
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s*(?:,|;|\band\b|&|\/|\|)\s*/)
    .map((s) => s.replace(/[[\]*_`]/g, '').trim())
    .filter((s) => s && s !== '-' && s !== '—' && !/^(tbd|n\/a|none|\.\.\.)$/i.test(s));
}

/** The names of an Owner cell, remembered by the cell's text (a keystroke does not re-split every row). */
const ownerNames = memoByText(splitPeople);

// Keyed by the header array, which views of a model (see engine.ts) share with the model.
const cache = new WeakMap<object, Gazetteer>();

/** The document's people: Participants, Facilitator, Owner fields, action Owner cells, config. */
export function gazetteer(model: PostMortem, config?: ResolvedConfig): Gazetteer {
  const cached = cache.get(model.header);
  if (cached && !config?.names.extra.length) return cached;
  const names: string[] = [];
  for (const h of model.header) {
    if (h.field === 'participants' || h.field === 'facilitator' || /^(owner|author|authors|incident commander|reviewers)$/i.test(h.label)) {
      names.push(...splitPeople(h.value));
    }
  }
  const owners = new Set<string>();
  for (const t of model.tables) {
    if (t.kind !== 'actions') continue;
    const owner = t.columnIndex('owner');
    if (owner < 0) continue;
    for (const row of t.rows) if (row.cells[owner]) for (const n of ownerNames(row.cells[owner].raw)) owners.add(n);
  }
  // An Owner cell may name the component that owns the work ("dataangel", "docs"): a one-word
  // owner the document also writes as part of an identifier (`dataangel.io/…`, `fix/dataangel-…`)
  // is that system, not a person.
  let text: string | undefined;
  for (const n of owners) if (/\s/.test(n) || !inIdentifier((text ??= model.source.toLowerCase()), n)) names.push(n);
  if (config) names.push(...config.names.extra);
  const tokens = new Set<string>();
  // A long action table repeats its owners: each name's tokens are read once.
  for (const n of new Set(names)) {
    const parts = n.split(/\s+/);
    // Single-word entries ("NOC") and the parts of personal names; generic words stay out.
    for (const p of parts) {
      const w = p.toLowerCase().replace(NOT_NAME_CHARS, '');
      if (w.length >= 2 && !handRoles.has(w) && !TEAM_NOUNS.includes(w) && !COMMON_WORDS.has(w)) tokens.add(w);
    }
  }
  const g = { names, tokens };
  if (!config?.names.extra.length) cache.set(model.header, g);
  return g;
}

/**
 * True when the word occurs in the (lower-cased) text joined to an identifier by `.`, `_` or `/`
 * ("dataangel.io", "dataangel_restore", "components/dataangel"), matched as a word, never as a
 * pattern. An e-mail address ("jdoe@corp") is not an identifier here.
 */
function inIdentifier(text: string, word: string): boolean {
  const w = word.toLowerCase();
  if (!ONE_NAME.test(w)) return false;
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + w.length] ?? '';
    if (WORD_CHAR.test(before) || WORD_CHAR.test(after) || inEmail(text, at)) continue;
    if ((IDENTIFIER_JOIN.test(before) && WORD_CHAR.test(text[at - 2] ?? '')) || (IDENTIFIER_JOIN.test(after) && WORD_CHAR.test(text[at + w.length + 1] ?? ''))) return true;
  }
  return false;
}
/** The run of non-space characters around `at` holds an "@": an e-mail address or a handle. */
function inEmail(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && !/\s/.test(text[start - 1])) start--;
  const end = text.slice(at).search(/\s/);
  return text.slice(start, end < 0 ? text.length : at + end).includes('@');
}
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ONE_NAME = /^[\p{L}\p{N}-]{2,}$/u;
const IDENTIFIER_JOIN = /[._/]/;

/** Words that may appear in a people field but never name a person on their own. */
const COMMON_WORDS = new Set(['the', 'team', 'of', 'on', 'call', 'platform', 'security', 'success', 'partner', 'engineering', 'support', 'customer', 'lead', 'manager']);

export function isGivenName(word: string): boolean {
  return givenNames.has(word.toLowerCase());
}

/** `@handle`, or the `user@` form; a handle followed by list/alias/group/mailbox is a mailing list. */
export function isHandle(word: string, nextWord?: string): boolean {
  if (!/^@[\w.-]+$|^[\w.-]+@$/.test(word)) return false;
  return !(nextWord && /^(list|lists|alias|group|mailbox|mailing)$/i.test(nextWord));
}

/**
 * A noun for a person by role or kind ("engineer", "registrar", "orthopaedist", "passengers"):
 * the hand list and WordNet's person nouns. Adversaries ("attacker", "phisher") are not.
 */
export function isRoleNoun(word: string): boolean {
  return roles.has(word.toLowerCase());
}

/**
 * A role abbreviation as written ("GP", "RNs", "the FO's"): case-sensitive, since in lower case
 * these are other words. Not in isRoleNoun, which callers use on lower-cased words.
 */
export function isRoleAbbreviation(value: string): boolean {
  return roleAbbreviations.has(value) || roleAbbreviations.has(value.replace(ABBREVIATION_SUFFIX, ''));
}

/**
 * The hand list alone: where a word is read as a part of a personal name ("Jane Baker", "Tom
 * Gardener"), WordNet's occupations are family names too often to count as roles.
 */
export function isHandRoleNoun(word: string): boolean {
  return handRoles.has(word.toLowerCase());
}

/** An adversary ("attacker", "intruder", "phisher"): harm done by one is not blame (catalogue §1.6). */
export function isAdversaryNoun(word: string): boolean {
  return adversaries.has(word.toLowerCase());
}

export function isTeamNoun(word: string): boolean {
  return TEAM_NOUNS.includes(word.toLowerCase());
}

export function isPeopleQuantifier(word: string): boolean {
  return PEOPLE_QUANTIFIERS.includes(word.toLowerCase());
}

export function isPersonPronoun(word: string): boolean {
  return PERSON_PRONOUNS.includes(word.toLowerCase());
}

/**
 * A pronoun with an auxiliary written into it ("we'd", "I've", "they'll", "he's": "he is" or "he
 * has"), as the pronoun; else undefined. ("it's" is not a person.)
 */
const CONTRACTED_PRONOUN = /^(i|we|you|he|she|they)['’](?:d|ve|ll)$|^(he|she)['’]s$/;
export function contractedPronoun(word: string): string | undefined {
  const m = CONTRACTED_PRONOUN.exec(word.toLowerCase());
  return m ? m[1] ?? m[2] : undefined;
}

export function isFirstPerson(word: string): boolean {
  return FIRST_PERSON.includes(word.toLowerCase());
}

/**
 * True when a capitalised word is a person's name in this document: in its gazetteer, or a
 * known given name. Capitalisation alone is not enough ("Config", "Autumn", "Postgres").
 */
export function isPersonName(word: string, g: Gazetteer): boolean {
  if (!STARTS_UPPER.test(word)) return false;
  const w = word.toLowerCase().replace(/['’]s$/, '');
  // A word in capitals is an acronym or a unit ("WEI", "MAX", "JAN"), not a given name, unless
  // the document's own people fields write the name that way.
  return g.tokens.has(w) || (givenNames.has(w) && !ALL_CAPS.test(word));
}

/** "HBO Max", "AWS Glue": a given name right after an acronym names a product, not a person. */
export function isProductName(previous: string | undefined): boolean {
  return !!previous && /^[A-Z][A-Z0-9]+$/.test(previous);
}

// The terms of a contributing factor: what two factors must share to describe the same condition
// (workspace.ts). Deterministic and explainable on purpose, no statistics: a term is a content
// word (stop words dropped, plurals folded: "alerts" → "alert") or a name. Names are services:
// what the text writes as inline code (`order-events`), identifiers with digits, dots or
// underscores (s3, payments_db), and the document's own Services header field. Everything else
// is a component word (queue, certificate, prefetch, canary, on-call).
import { STOP_WORDS } from './terms.data';

// Regexes with \p{…} live at module level: the TypeScript transforms (esbuild, tsx) turn them
// into `new RegExp(…)`, which inside a function is rebuilt on every call.
const HAS_LETTER = /\p{L}/u;
const STARTS_DIGIT = /^\p{N}/u;
const ACRONYM = /^\p{Lu}{2,6}s?$/u;
const TERM_NAME = /^[\p{L}\p{N}][\p{L}\p{N}_./:@-]*$/u;
const VERSION_OR_NUMBER = /^v?\p{N}/iu;
const HAS_DIGIT = /\p{N}/u;

export type TermKind = 'service' | 'component';

export interface Term {
  /** What terms are compared by: lower case, plural folded. */
  key: string;
  /** How the term is shown: as first written (lower case unless an acronym). */
  label: string;
  kind: TermKind;
}


/** Words, hyphenated words and identifiers: "on-call", "order-events", "payments_db", "v6.2". */
const TOKEN = /[\p{L}\p{N}]+(?:['’]\p{L}+)?(?:[-_./][\p{L}\p{N}]+)*/gu;
const CODE_SPAN = /(`+)([^`\n]+?)\1/g;

/**
 * Folds a plural and a final e, so "cache", "caches", "patch" and "patches" meet: "caches" →
 * "cach", "patches" → "patch", "dependencies" → "dependency"; "status" and "process" stay.
 */
export function foldPlural(word: string): string {
  if (word.length <= 3) return word;
  if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/.test(word)) return word;
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  return singular.length > 3 && singular.endsWith('e') ? singular.slice(0, -1) : singular;
}

/** Stop words as written and folded, so "minutes" and "minute" are both dropped. */
const stop = new Set(STOP_WORDS.flatMap((w) => [w, foldPlural(w)]));

/** The comparison key of a word, or undefined when it carries no meaning of its own. */
function keyOf(token: string): { key: string; acronym: boolean } | undefined {
  if (!HAS_LETTER.test(token) || STARTS_DIGIT.test(token)) return undefined;
  // DNS, TLS, APIs (a lower-case s is a plural).
  const acronym = ACRONYM.test(token);
  const lower = token.toLowerCase().replace(/['’]s$/, '').replace(/’/g, "'");
  if (stop.has(lower)) return undefined;
  const key = acronym ? token.replace(/s$/, '').toLowerCase() : lower.includes('-') ? lower : foldPlural(lower);
  if ((key.length < 3 && !acronym) || stop.has(key)) return undefined;
  return { key, acronym };
}

/**
 * The terms of a piece of markdown (a contributing factor as written), each once, in order of
 * first appearance. `services` are the document's named services, lower case.
 */
export function termsOf(markdown: string, services: ReadonlySet<string> = new Set()): Term[] {
  const out = new Map<string, Term>();
  const add = (term: Term) => {
    const known = out.get(term.key);
    if (!known) out.set(term.key, term);
    else if (term.kind === 'service') known.kind = 'service';
  };
  // Inline code names a thing: one service term when it is a single identifier.
  const rest = markdown.replace(CODE_SPAN, (_, __, code: string) => {
    const name = code.trim();
    if (TERM_NAME.test(name) && HAS_LETTER.test(name) && name.length <= 60) {
      add({ key: name.toLowerCase(), label: name, kind: 'service' });
      return ' ';
    }
    return ` ${code} `;
  });
  const text = rest
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\b(?:https?|ftp):\/\/\S+|\bwww\.\S+/gi, ' ')
    .replace(/<[^>]{1,200}>/g, ' ')
    .replace(/\*\*|__|~~/g, ' ');
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0].replace(/[-_./]+$/, '');
    const lower = token.toLowerCase();
    if (services.has(lower)) {
      add({ key: lower, label: token, kind: 'service' });
      continue;
    }
    // Numbers, dates, times and versions ("3.8", "2026-10-27", "v6.2") name no condition.
    if (stop.has(lower) || VERSION_OR_NUMBER.test(token)) continue;
    // Identifiers: s3, ec2, payments_db, api.v2 (a hyphen alone is English: "on-call").
    if (/[_.]/.test(token) || HAS_DIGIT.test(token)) {
      add({ key: lower, label: lower, kind: 'service' });
      continue;
    }
    const k = keyOf(token);
    if (k) add({ key: k.key, label: k.acronym ? token.replace(/s$/, '') : lower.replace(/['’]s$/, ''), kind: 'component' });
  }
  return [...out.values()];
}

/** The names in a Services header value ("checkout-api, `payments-db` and the CDN"), lower case. */
export function servicesOf(value: string): Set<string> {
  const names = value
    .replace(/`/g, '')
    .split(/\s*(?:,|;|\/|\band\b|&|\+)\s*/i)
    .map((s) => s.trim().replace(/^the\s+/i, '').toLowerCase())
    .filter((s) => s && s.length <= 60 && !/\s/.test(s));
  return new Set(names);
}

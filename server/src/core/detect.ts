// Which markdown files are post-mortems (DESIGN.md): a path matching the configured globs, front
// matter that says so, or a first heading like the template's. A README beside them is left alone.
// Paths are plain strings with `/` separators; no Node `path` here, so this runs in a browser too.

/**
 * Glob match with `**` (any number of path segments), `*` (within a segment), `?` and `{a,b}`.
 * Iterative with backtracking bounded by one saved position per star kind, so it runs in
 * O(pattern × path): a hostile glob in settings cannot hang the server.
 */
export function globMatch(pattern: string, path: string): boolean {
  const alternatives = expandBraces(pattern);
  return alternatives.some((p) => matchSegments(p.split('/').filter((s, i) => s !== '' || i === 0), path.split('/')));
}

function expandBraces(pattern: string, depth = 0): string[] {
  const open = pattern.indexOf('{');
  const close = open === -1 ? -1 : pattern.indexOf('}', open);
  if (open === -1 || close === -1 || depth > 4) return [pattern];
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  return pattern
    .slice(open + 1, close)
    .split(',')
    .slice(0, 32)
    .flatMap((alt) => expandBraces(head + alt + tail, depth + 1));
}

function matchSegments(pattern: string[], path: string[]): boolean {
  // Classic two-pointer wildcard matching over segments, with `**` as the star.
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < path.length) {
    if (p < pattern.length && pattern[p] === '**') {
      starP = p++;
      starS = s;
    } else if (p < pattern.length && matchSegment(pattern[p], path[s])) {
      p++;
      s++;
    } else if (starP !== -1) {
      p = starP + 1;
      s = ++starS;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '**') p++;
  return p === pattern.length;
}

function matchSegment(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  const pl = pattern.toLowerCase();
  const tl = text.toLowerCase();
  while (t < tl.length) {
    if (p < pl.length && (pl[p] === '?' || pl[p] === tl[t])) {
      p++;
      t++;
    } else if (p < pl.length && pl[p] === '*') {
      starP = p++;
      starT = t;
    } else if (starP !== -1) {
      p = starP + 1;
      t = ++starT;
    } else return false;
  }
  while (p < pl.length && pl[p] === '*') p++;
  return p === pl.length;
}

export interface DetectOptions {
  include: string[];
  exclude: string[];
}

export type DetectReason = 'glob' | 'front-matter' | 'title' | 'excluded' | 'front-matter-off' | 'none';

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/;
const TEMPLATE_TITLE = /^\s{0,3}#\s+(?:post[- ]?mortem|incident (?:review|report|post[- ]?mortem)|retrospective|pir)\b/i;

/**
 * Decides from a path (`/`-separated, relative to the workspace or absolute) and the text.
 * Front matter `postmortem: false` turns a file off; `postmortem: true`, `type: postmortem`
 * or a `tags` list with "postmortem" turns it on.
 */
export function detectPostMortem(path: string, text: string, options: DetectOptions): { isPostMortem: boolean; reason: DetectReason } {
  const normalised = path.replace(/\\/g, '/');
  const fm = FRONT_MATTER.exec(text.slice(0, 4096));
  if (fm) {
    const body = fm[1];
    if (/^\s*post-?mortem\s*:\s*(false|no|off)\s*$/im.test(body)) return { isPostMortem: false, reason: 'front-matter-off' };
    if (/^\s*post-?mortem\s*:\s*(true|yes|on)\s*$/im.test(body) || /^\s*(type|kind|layout)\s*:\s*["']?(post-?mortem|incident[- ]?report)["']?\s*$/im.test(body)) {
      return { isPostMortem: true, reason: 'front-matter' };
    }
  }
  if (options.exclude.some((g) => globMatch(g, normalised))) return { isPostMortem: false, reason: 'excluded' };
  if (options.include.some((g) => globMatch(g, normalised))) return { isPostMortem: true, reason: 'glob' };
  if (fm && /^\s*tags\s*:.*\bpost-?mortem\b/im.test(fm[1])) return { isPostMortem: true, reason: 'front-matter' };
  // The first heading, skipping front matter and blank lines.
  const rest = fm ? text.slice(fm[0].length) : text.replace(/^\uFEFF/, '');
  const firstHeading = /^[ \t]{0,3}#{1,6}[ \t].*$/m.exec(rest.slice(0, 8192));
  if (firstHeading && TEMPLATE_TITLE.test(firstHeading[0])) return { isPostMortem: true, reason: 'title' };
  return { isPostMortem: false, reason: 'none' };
}

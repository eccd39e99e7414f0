// What the workspace index reads of a post-mortem is its header, Contributing Factors and Action
// Items; parsing is most of the cost of indexing a file, and the timeline is most of a
// post-mortem. indexedPart() blanks the bodies of the template sections the index never reads
// (Executive Summary, Timeline of Events, What Went Well, Key Learnings, Follow-Up Review),
// keeping every heading (the template profile is detected from them), offset and line break, so
// the model built from it has the same template, action items and factors at the same places
// (test/core/indexed-part.test.ts checks that on every fixture). Whatever it cannot read safely
// line by line (setext headings, unclosed fences or comments) is kept whole.
import { sectionForHeading, type SectionId } from './template';

const DROPPED = new Set<SectionId>(['executive-summary', 'timeline', 'what-went-well', 'key-learnings', 'follow-up-review']);

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
/** A `===` or `---` line under text makes that text a heading the line scan would miss. */
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** An action-items table header ("| Action | Owner |"): the section holding it is kept. */
const ACTION_HEADER = /^\s*\|?.*\b(?:action|task|item)s?\b.*\|.*\b(?:owners?|assignee|who|responsible)\b/i;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(source: string): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) {
    out.push({ start, end: m.index, text: source.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  out.push({ start, end: source.length, text: source.slice(start) });
  return out;
}

/** Heading text as the model compares it: inline markup removed. */
function plainHeading(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .trim();
}

export function indexedPart(source: string): string {
  const lines = linesOf(source);
  const headings: { line: number; depth: number; text: string }[] = [];
  let fence: string | undefined;
  let inComment = false;
  let inFrontMatter = false;
  let previousBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    if (i === 0 && /^(\uFEFF)?---\s*$/.test(text)) {
      inFrontMatter = true;
      continue;
    }
    if (inFrontMatter) {
      if (/^(---|\.\.\.)\s*$/.test(text)) inFrontMatter = false;
      continue;
    }
    if (inComment) {
      if (text.includes('-->')) inComment = false;
      continue;
    }
    if (fence) {
      const m = FENCE.exec(text);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && text.trim() === m[1]) fence = undefined;
      continue;
    }
    const open = FENCE.exec(text);
    if (open) {
      fence = open[1];
      continue;
    }
    if (/^ {0,3}<!--/.test(text) && !text.includes('-->')) {
      inComment = true;
      continue;
    }
    const atx = ATX.exec(text);
    if (atx) headings.push({ line: i, depth: atx[1].length, text: plainHeading(atx[2] ?? '') });
    else if (SETEXT_UNDERLINE.test(text) && !previousBlank && !/^\s*([-*+]|\d+[.)])\s/.test(lines[i - 1].text)) return source;
    previousBlank = /^\s*$/.test(text);
  }
  if (fence || inComment || inFrontMatter) return source;

  // The sections as the model sees them: the first heading is the title when it is an H1, and
  // sections are the headings of the smallest remaining depth.
  const title = headings[0]?.depth === 1 ? headings[0] : undefined;
  const sections = headings.filter((h) => h !== title);
  if (!sections.length) return source;
  const top = Math.min(...sections.map((h) => h.depth));
  const tops = sections.filter((h) => h.depth <= top);
  const blank: [number, number][] = [];
  tops.forEach((h, k) => {
    const id = sectionForHeading(h.text)?.spec.id;
    if (!id || !DROPPED.has(id)) return;
    const last = (k + 1 < tops.length ? tops[k + 1].line : lines.length) - 1;
    for (let i = h.line; i <= last; i++) if (ACTION_HEADER.test(lines[i].text)) return;
    if (last > h.line) blank.push([lines[h.line + 1].start, lines[last].end]);
  });
  if (!blank.length) return source;
  let out = '';
  let at = 0;
  for (const [start, end] of blank) {
    out += source.slice(at, start) + source.slice(start, end).replace(/[^\r\n]/g, ' ');
    at = end;
  }
  return out + source.slice(at);
}

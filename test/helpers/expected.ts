// Reads the examples' `.expected.md` checklists (../shared/examples, copied to examples/) into
// assertions: positive items (line, rule id, severity, excerpt) and "must NOT be flagged" rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ExpectedItem {
  /** 1-based line, when the item names one. */
  line?: number;
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  excerpt?: string;
  /** The item's text, for messages (section-missing items name their section here). */
  text: string;
}

export interface NegativeItem {
  line: number;
  excerpt: string;
  why: string;
}

export interface Expected {
  items: ExpectedItem[];
  negatives: NegativeItem[];
  /** "36 findings" in the summary, when given. */
  total?: number;
}


export function readExpected(path: string): Expected {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  const items: ExpectedItem[] = [];
  const negatives: NegativeItem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const head = /^- \[ \] (.*)$/.exec(line);
    if (head) {
      const parts = head[1].split(' · ');
      const lineNo = /\*\*L(\d+)\*\*/.exec(head[1]);
      const rule = /`([a-z]+(?:-[a-z]+)*)`/.exec(head[1]);
      const sev = /\b(error|warning|info)\b[^·]*$/.exec(parts[parts.length - 1]);
      if (!rule || !sev) continue; // checklist lines that are not findings (e.g. "passes" lists)
      let excerpt: string | undefined;
      for (let j = i + 1; j < lines.length && /^\s+- /.test(lines[j]); j++) {
        const m = /^\s+- Excerpt: “(.+?)”/.exec(lines[j]);
        if (m) {
          excerpt = m[1];
          break;
        }
      }
      items.push({ line: lineNo ? +lineNo[1] : undefined, ruleId: rule[1], severity: sev[1] as ExpectedItem['severity'], excerpt, text: head[1] });
      continue;
    }
    const neg = /^\| L(\d+) \| “(.+?)” \| (.*) \|$/.exec(line);
    if (neg) negatives.push({ line: +neg[1], excerpt: neg[2], why: neg[3] });
  }
  const total = /(\d+) findings/.exec(text);
  return { items, negatives, total: total ? +total[1] : undefined };
}

/** Source offsets of every occurrence of `excerpt` on 1-based `line` of `source`. */
export function excerptSpans(source: string, line: number, excerpt: string): { start: number; end: number }[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  const lineStart = starts[line - 1];
  const lineEnd = line < starts.length ? starts[line] : source.length;
  // An excerpt may wrap onto the next line: its spaces match any run of whitespace.
  const spans: { start: number; end: number }[] = [];
  const pattern = excerpt
    .replace(/[‘’]/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const re = new RegExp(pattern, 'g');
  const hay = source.replace(/[‘’]/g, "'");
  re.lastIndex = lineStart;
  let m: RegExpExecArray | null;
  while ((m = re.exec(hay)) && m.index < lineEnd) {
    spans.push({ start: m.index, end: m.index + m[0].length });
    re.lastIndex = m.index + 1;
  }
  return spans;
}

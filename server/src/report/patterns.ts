// `postmortem-lint patterns`: the conditions that recur across the post-mortems given (core/
// workspace.ts), each named by its kind and shared terms, with the factors that name it, as text,
// JSON or markdown.
import { displayTitle, type RecurringCondition } from '../core/workspace';

export type PatternsFormat = 'text' | 'json' | 'markdown';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "communication: channel · on-call" */
export function conditionName(c: RecurringCondition): string {
  return `${c.category ? `${c.category}: ` : ''}${c.terms.map((t) => t.label).join(' · ')}`;
}

export function formatPatterns(conditions: RecurringCondition[], documents: number, format: PatternsFormat): string {
  const closing = conditions.length
    ? `${plural(conditions.length, 'recurring condition')} in ${plural(documents, 'post-mortem')}.`
    : `No recurring conditions in ${plural(documents, 'post-mortem')}: no two of them have contributing factors of one kind that share enough terms.`;
  if (format === 'json') {
    const out = {
      documents,
      conditions: conditions.map((c) => ({
        ...(c.category ? { category: c.category } : {}),
        terms: c.terms.map((t) => ({ term: t.label, kind: t.kind })),
        documents: c.documents,
        factors: c.factors.map((f) => ({
          file: f.doc.file,
          line: f.factor.line + 1,
          ...(f.doc.title ? { title: f.doc.title } : {}),
          ...(f.doc.incidentDate ? { incidentDate: f.doc.incidentDate } : {}),
          text: f.factor.text,
        })),
      })),
    };
    return JSON.stringify(out, null, 2) + '\n';
  }
  if (format === 'markdown') {
    const lines = ['# Recurring conditions', '', closing];
    for (const c of conditions) {
      lines.push('', `## ${md(conditionName(c))}`, '', `In ${plural(c.documents, 'post-mortem')}; shared terms: ${c.terms.map((t) => `\`${t.label}\``).join(', ')}.`, '');
      for (const f of c.factors) lines.push(`- ${md(displayTitle(f.doc))} (${f.doc.incidentDate ?? 'undated'}), \`${f.doc.file}:${f.factor.line + 1}\`: ${md(f.factor.text)}`);
    }
    return lines.join('\n') + '\n';
  }
  const lines: string[] = [];
  for (const c of conditions) {
    lines.push(`${conditionName(c)} — ${plural(c.documents, 'post-mortem')}`);
    for (const f of c.factors) lines.push(`  ${f.doc.file}:${f.factor.line + 1} ${f.factor.text}`);
    lines.push('');
  }
  lines.push(closing);
  return lines.join('\n') + '\n';
}

/** Markdown-safe inline text: no markup or HTML is interpreted from a document. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

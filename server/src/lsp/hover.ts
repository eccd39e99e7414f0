// Hovers: on a flagged range, the rule's explanation with the questions to ask instead; on a
// template section heading, what belongs there; on a header field label, what the field is for.
// Markdown only, never command links (the client marks it untrusted).
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { ruleById } from '../core/engine';
import { HEADER_FIELDS, SECTIONS, CONTRIBUTING_SUBSECTIONS } from '../core/template';
import type { PostMortem } from '../core/model';
import type { Finding } from '../core/types';
import { RULE_DOCS_BASE } from './convert';

/** Escapes text from the document or a rule message so it renders as plain text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (c) => '\\' + c);
}

function findingHover(f: Finding): string {
  const rule = ruleById(f.ruleId);
  // The rule's one-line description, not the message: editors already show the message beside the hover.
  const parts = [`**${escapeMarkdown(rule?.description ?? f.message)}** (${f.category}, \`${f.ruleId}\`)`];
  if (rule?.explanation) parts.push(escapeMarkdown(rule.explanation));
  const prompts = [...(f.prompts ?? []), ...(rule?.prompts ?? [])].filter((p, i, all) => all.indexOf(p) === i);
  if (prompts.length) parts.push('**Ask instead:**\n\n' + prompts.map((p) => `- ${escapeMarkdown(p)}`).join('\n'));
  if (rule?.sources.length) parts.push(`Sources: ${rule.sources.map(escapeMarkdown).join(', ')}`);
  parts.push(`[Rule documentation](${RULE_DOCS_BASE}${encodeURIComponent(f.ruleId)}.md)`);
  return parts.join('\n\n');
}

export function hoverAt(model: PostMortem, findings: Finding[] | undefined, offset: number): Hover | null {
  const lines = model.lines;
  if (findings) {
    const here = findings.filter((f) => f.start <= offset && offset <= f.end && (f.end > f.start || f.start === offset));
    if (here.length) {
      const start = Math.min(...here.map((f) => f.start));
      const end = Math.max(...here.map((f) => f.end));
      return {
        contents: { kind: MarkupKind.Markdown, value: here.map(findingHover).join('\n\n---\n\n') },
        range: lines.rangeOf({ start, end }),
      };
    }
  }
  for (const section of model.sections) {
    const h = section.heading.span;
    if (offset < h.start || offset > h.end) continue;
    const spec = section.id ? SECTIONS.find((s) => s.id === section.id) : undefined;
    const sub = section.subsection ? CONTRIBUTING_SUBSECTIONS.find((s) => s.id === section.subsection) : undefined;
    if (sub) {
      return { contents: { kind: MarkupKind.Markdown, value: `**${sub.title}** (Contributing Factors)\n\n${SECTIONS.find((s) => s.id === 'contributing-factors')!.guidance}` }, range: lines.rangeOf(h) };
    }
    if (!spec || section.parent) return null;
    const alias = section.alias ? `\n\n_"${escapeMarkdown(section.heading.text)}" is read as the template's "${spec.title}"._` : '';
    return { contents: { kind: MarkupKind.Markdown, value: `**${spec.title}**\n\n${spec.guidance}${alias}` }, range: lines.rangeOf(h) };
  }
  for (const field of model.header) {
    if (!field.field || offset < field.labelSpan.start || offset > field.labelSpan.end) continue;
    const spec = HEADER_FIELDS.find((f) => f.id === field.field)!;
    return { contents: { kind: MarkupKind.Markdown, value: `**${spec.label}**\n\n${spec.guidance}` }, range: lines.rangeOf(field.labelSpan) };
  }
  return null;
}

// Hovers: on a flagged range, the rule's explanation with the questions to ask instead; on a
// template section heading, what belongs there; on a header field label, what the field is for.
// Markdown only, never command links (the client marks it untrusted).
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { ruleById } from '../core/engine';
import { SECTIONS, CONTRIBUTING_SUBSECTIONS } from '../core/template';
import { describeSelection, matchField } from '../core/templates/index';
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
  const profile = model.template.profile;
  // The built-in templates' guidance is our own markdown; a team's profile comes from configuration: shown as text.
  const text = (t: string) => (profile.builtin ? t : escapeMarkdown(t));
  if (model.title && offset >= model.title.span.start && offset <= model.title.span.end) {
    return { contents: { kind: MarkupKind.Markdown, value: templateHover(model) }, range: lines.rangeOf(model.title.span) };
  }
  for (const section of model.sections) {
    const h = section.heading.span;
    if (offset < h.start || offset > h.end) continue;
    const spec = section.key ? profile.sections.find((s) => s.id === section.key) : undefined;
    const sub = section.subsection ? CONTRIBUTING_SUBSECTIONS.find((s) => s.id === section.subsection) : undefined;
    if (sub) {
      return { contents: { kind: MarkupKind.Markdown, value: `**${sub.title}** (Contributing Factors)\n\n${SECTIONS.find((s) => s.id === 'contributing-factors')!.guidance}` }, range: lines.rangeOf(h) };
    }
    if (!spec || section.parent) return null;
    const alias = section.alias ? `\n\n_"${escapeMarkdown(section.heading.text)}" is read as the template's "${text(spec.title)}"._` : '';
    return { contents: { kind: MarkupKind.Markdown, value: `**${text(spec.title)}** (${text(profile.name)})\n\n${text(spec.guidance)}${alias}` }, range: lines.rangeOf(h) };
  }
  for (const field of model.header) {
    if (offset < field.labelSpan.start || offset > field.labelSpan.end) continue;
    const spec = profile.header.find((f) => matchField(f, field.label));
    if (!spec) continue;
    return { contents: { kind: MarkupKind.Markdown, value: `**${text(spec.label)}**\n\n${text(spec.guidance)}` }, range: lines.rangeOf(field.labelSpan) };
  }
  return null;
}

/** The title's hover: which template the document is checked against, why, and what it asks for. */
function templateHover(model: PostMortem): string {
  const selection = model.template;
  const profile = selection.profile;
  // The built-ins' names are ours; a team's profile and the document's headings are shown as text.
  const t = (x: string) => (profile.builtin ? x : escapeMarkdown(x));
  const parts = [`**Template: ${t(profile.name)}**`, t(describeSelection(selection)) + (selection.matched.length ? `: ${selection.matched.map(escapeMarkdown).join(', ')}.` : '.')];
  const required = profile.sections.filter((s) => s.required).map((s) => t(s.title));
  const optional = profile.sections.filter((s) => !s.required).map((s) => t(s.title));
  parts.push(`Sections checked: ${required.join(', ')}${optional.length ? ` (optional: ${optional.join(', ')})` : ''}.`);
  const fields = profile.header.filter((f) => f.required).map((f) => t(f.label));
  if (fields.length) parts.push(`Header fields: ${fields.join(', ')}.`);
  if (selection.unknown) parts.push(`The front matter names "${escapeMarkdown(selection.unknown.name)}", which is not a known template.`);
  parts.push('Choose another with `template:` in the front matter, in `.postmortemrc.json` or in the `postmortem.template` setting.');
  if (profile.source) parts.push(`[The published template](${profile.source})`);
  return parts.join('\n\n');
}

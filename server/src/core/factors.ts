// The contributing factors of a post-mortem, as the workspace index and `recurring-condition`
// compare them: each list item, paragraph or table row of the Contributing Factors section (what
// `contributing-factors-count` counts), with its subsection's category and its terms. Pure.
import type { PostMortem, Section } from './model';
import type { ContributingSubsectionId } from './template';
import type { Span } from './types';
import { plain } from './rules/actions/items';
import { isNoneStatement, isPlaceholderValue } from './rules/structure/shared';
import { servicesOf, termsOf, type Term } from './terms';

export interface Factor {
  /** The factor as plain text on one line (markup removed, code kept). */
  text: string;
  /** The Technical / Process / Communication / Environmental subsection it is under, if any. */
  category?: ContributingSubsectionId;
  /** Where it is written: the list item's content, the paragraph or the table row. */
  span: Span;
  terms: Term[];
}

/** The services the document names in its header (`**Services**: …`) or front matter. */
export function documentServices(model: PostMortem): Set<string> {
  const names = new Set<string>();
  for (const h of model.header) if (/^services?$/i.test(h.label.trim())) for (const n of servicesOf(h.value)) names.add(n);
  const fm = model.frontMatter?.data;
  for (const key of ['services', 'service']) {
    const v = fm?.[key];
    const value = Array.isArray(v) ? v.join(', ') : typeof v === 'string' ? v : '';
    for (const n of servicesOf(value)) names.add(n);
  }
  return names;
}

export function contributingFactors(model: PostMortem): Factor[] {
  const section = model.section('contributing-factors');
  if (!section) return [];
  const services = documentServices(model);
  const out: Factor[] = [];
  const add = (span: Span, category: ContributingSubsectionId | undefined, markdown = model.source.slice(span.start, span.end)) => {
    const text = plain(markdown.replace(/(`+)([^`\n]+?)\1/g, '$2'));
    if (!text || isNoneStatement(text) || isPlaceholderValue(text)) return;
    out.push({ text, ...(category ? { category } : {}), span, terms: termsOf(markdown, services) });
  };
  const walk = (s: Section, inherited: ContributingSubsectionId | undefined) => {
    const category = s.subsection ?? inherited;
    s.blocks.forEach((block, i) => {
      if (block.list) for (const item of block.list.items) add(item.contentSpan, category);
      else if (block.kind === 'paragraph') {
        const text = block.prose.map((u) => u.text).join(' ');
        // "The following conditions contributed:" introduces the list after it.
        if (!(/:\s*$/.test(text) && s.blocks[i + 1]?.kind === 'list')) add(block.span, category);
      } else if (block.table) {
        for (const row of block.table.rows) add(row.span, category, row.cells.map((c) => c.raw).filter(Boolean).join(' — '));
      }
    });
    for (const child of s.children) walk(child, category);
  };
  walk(section, undefined);
  return out.sort((a, b) => a.span.start - b.span.start);
}

// §4.4 PM230: fewer than two contributing factors in total.
import type { Rule } from '../../types';
import { allBlocks } from '../../model';
import { profileOf } from '../../templates/document';
import { isNoneStatement, isPlaceholderValue } from './shared';

export const rule: Rule = {
  id: 'contributing-factors-count',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'Contributing Factors lists fewer than two factors (list items and paragraphs count one each; "None identified" counts zero).',
  explanation:
    'One factor reads as "the cause", and a single cause ends the inquiry too early. Incidents in complex systems come from several conditions that together allowed them: ' +
    'a latent technical weakness, a process that did not catch it, information that did not reach the right people, pressure or timing. Keep asking "what else made this possible?". ' +
    'Factors that are still template placeholders are left to placeholder-text. The seed\'s template asks for two factors at least; a team\'s own profile sets its number (`causes.minFactors`), and the other built-in templates, which ask for a narrative of root causes, are not counted.',
  sources: ['ALL-IH', 'PD-EPM', 'ETSY12'],
  check(model) {
    const min = profileOf(model).causes.minFactors;
    const cf = model.section('contributing-factors');
    if (!cf || min <= 0) return [];
    let count = 0;
    let placeholders = 0;
    const blocks = allBlocks(cf);
    for (const [i, block] of blocks.entries()) {
      if (block.list) {
        for (const item of block.list.items) {
          if (isPlaceholderValue(item.text)) placeholders++;
          else if (item.text.trim() && !isNoneStatement(item.text)) count++;
        }
      } else if (block.kind === 'paragraph') {
        const text = block.prose.map((u) => u.text).join(' ');
        // "The following conditions contributed:" introduces the list after it; it is not a factor.
        const intro = /:\s*$/.test(text) && blocks[i + 1]?.kind === 'list';
        if (isPlaceholderValue(text)) placeholders++;
        else if (text.trim() && !intro && !isNoneStatement(text)) count++;
      } else if (block.table) {
        count += block.table.rows.filter((r) => r.cells.some((c) => c.raw && !isPlaceholderValue(c.raw))).length;
      }
      // Enough factors already: the count only grows, so the rest need not be read.
      if (count >= min) return [];
    }
    // Only placeholders: the template is not filled in yet, and placeholder-text says so.
    if (count >= min || (count === 0 && placeholders > 0)) return [];
    const title = profileOf(model).sections.find((s) => s.id === cf.key)?.title ?? 'Contributing Factors';
    return [{ ...cf.heading.span, message: `${title} lists ${count === 0 ? 'no factor' : 'only one factor'}; incidents have several contributing conditions.` }];
  },
};

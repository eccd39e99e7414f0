// §4.4 PM230: fewer than two contributing factors in total.
import type { Rule } from '../../types';
import { allBlocks } from '../../model';
import { isNoneStatement, isPlaceholderValue } from './shared';

export const rule: Rule = {
  id: 'contributing-factors-count',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'Contributing Factors lists fewer than two factors (list items and paragraphs count one each; "None identified" counts zero).',
  explanation:
    'One factor reads as "the cause", and a single cause ends the inquiry too early. Incidents in complex systems come from several conditions that together allowed them: ' +
    'a latent technical weakness, a process that did not catch it, information that did not reach the right people, pressure or timing. Keep asking "what else made this possible?".',
  sources: ['ALL-IH', 'PD-EPM', 'ETSY12'],
  check(model) {
    const cf = model.section('contributing-factors');
    if (!cf) return [];
    let count = 0;
    const blocks = allBlocks(cf);
    for (const [i, block] of blocks.entries()) {
      if (block.list) {
        for (const item of block.list.items) if (item.text.trim() && !isNoneStatement(item.text) && !isPlaceholderValue(item.text)) count++;
      } else if (block.kind === 'paragraph') {
        const text = block.prose.map((u) => u.text).join(' ');
        // "The following conditions contributed:" introduces the list after it; it is not a factor.
        const intro = /:\s*$/.test(text) && blocks[i + 1]?.kind === 'list';
        if (text.trim() && !intro && !isNoneStatement(text) && !isPlaceholderValue(text)) count++;
      } else if (block.table) {
        count += block.table.rows.filter((r) => r.cells.some((c) => c.raw && !isPlaceholderValue(c.raw))).length;
      }
    }
    if (count >= 2) return [];
    return [{ ...cf.heading.span, message: `Contributing Factors lists ${count === 0 ? 'no factor' : 'only one factor'}; incidents have several contributing conditions.` }];
  },
};

// actions-none (catalogue §4.5, PM248; §5 `actions.required`): the Action Items section holds no
// action item and does not say that none were chosen, and why. An empty section is
// `section-empty`'s, a missing one `section-missing`'s.
import type { Rule } from '../../types';
import type { PostMortem, ProseUnit, Section } from '../../model';
import { allBlocks } from '../../model';
import { containsPhrase, words } from '../../phrases';
import { actionSection, actionTables } from './items';
import { NONE_PHRASES, REASON_WORDS } from './actions-none.phrases';

/** True when the text states that no action items were chosen. */
export function isNoneStatement(text: string): boolean {
  return NONE_PHRASES.some((p) => containsPhrase(text, p));
}

/** True when a none statement also gives a reason. */
export function hasReason(text: string): boolean {
  const ws = words(text).map((w) => w.word);
  const phraseWords = Math.max(...NONE_PHRASES.filter((p) => containsPhrase(text, p)).map((p) => words(p).length), 0);
  return REASON_WORDS.some((r) => ws.includes(r)) || /[:;—–]| - /.test(text) || ws.length - phraseWords >= 4;
}

function inSection(unit: ProseUnit, section: Section): boolean {
  for (let s = unit.section; s; s = s.parent) if (s === section) return true;
  return false;
}

function itemCount(model: PostMortem, section: Section): number {
  const blocks = allBlocks(section);
  const tables = new Set(blocks.filter((b) => b.table).map((b) => b.table!));
  let n = actionTables(model)
    .filter((t) => tables.has(t.table))
    .reduce((sum, t) => sum + t.items.length, 0);
  // Rows of a table the linter could not read as an action table still count as items.
  for (const t of tables) if (!actionTables(model).some((a) => a.table === t)) n += t.rows.length;
  if (!tables.size) for (const b of blocks) if (b.list) n += b.list.items.filter((i) => !isNoneStatement(i.text)).length;
  return n;
}

export const rule: Rule = {
  id: 'actions-none',
  category: 'actions',
  defaultSeverity: 'warning',
  description: 'The Action Items section has no action item and does not say why none were chosen.',
  explanation:
    'A post-mortem without action items rarely changes anything (SREB15). When the team decides that no action is needed, say so and why, for example "No action items: the fix was the vendor\'s, and their report is linked above." The setting `actions.required` turns this check off for teams that treat remediation as optional (ETSY-DFG).',
  sources: ['SREB15', 'ETSY-DFG', 'seed'],
  check(model, context) {
    if (!context.config.actions.required) return [];
    const section = actionSection(model);
    if (!section) return [];
    const blocks = allBlocks(section).filter((b) => b.kind !== 'html' && b.kind !== 'thematicBreak');
    if (!blocks.length) return [];
    if (itemCount(model, section) > 0) return [];
    // Actions written as prose are `actions-table`'s; a placeholder paragraph is `placeholder-text`'s.
    if (!blocks.some((b) => b.table || b.list) && blocks.some((b) => b.kind === 'paragraph' && !isNoneStatement(b.prose.map((u) => u.text).join(' ')))) return [];
    const text = model.prose
      .filter((u) => u.kind !== 'heading' && u.kind !== 'tableCell' && inSection(u, section))
      .map((u) => u.text)
      .join(' ');
    const span = section.heading.textSpan;
    if (isNoneStatement(text)) {
      if (hasReason(text)) return [];
      return [{ ...span, message: 'Action Items says that no actions were chosen, but not why. Add the reason, e.g. "No action items: …".' }];
    }
    return [{ ...span, message: 'Action Items has no action items. Add the improvements the team chose, or state that none were chosen and why.' }];
  },
};

// action-preventive-missing (catalogue §4.5, PM247; §5 `actions.requirePreventive`): only when
// the table has a Type column, no item is of a preventive or mitigating type. Items that only
// detect, investigate or document leave the incident class free to happen again.
import type { Rule, RuleFinding } from '../../types';
import { containsPhrase } from '../../phrases';
import { actionTables, plain } from './items';
import { PREVENTIVE_TYPES } from './action-preventive-missing.phrases';

export function isPreventiveType(raw: string): boolean {
  const v = plain(raw);
  return PREVENTIVE_TYPES.some((p) => containsPhrase(v, p));
}

export const rule: Rule = {
  id: 'action-preventive-missing',
  category: 'actions',
  defaultSeverity: 'info',
  description: 'No action item is of a preventive or mitigating type (checked only when there is a Type column).',
  explanation:
    'Detection and process items help, but only a preventive or mitigating item changes whether the same class of incident can happen again or how much it hurts. When the table has a Type column, at least one item should prevent or mitigate. The setting `actions.requirePreventive` turns this check off.',
  sources: ['SREW', ';login:', 'ATL'],
  check(model, context) {
    if (!context.config.actions.requirePreventive) return [];
    const out: RuleFinding[] = [];
    for (const at of actionTables(model)) {
      const i = at.index('type');
      if (i < 0 || !at.items.length) continue;
      if (at.items.some((item) => item.row.cells[i] && isPreventiveType(item.row.cells[i].raw))) continue;
      const header = at.table.header.cells[i];
      out.push({ ...header.span, message: `No action item has a preventive or mitigating Type (of ${at.items.length}). Add an item that prevents this class of incident or limits its impact.` });
    }
    return out;
  },
};

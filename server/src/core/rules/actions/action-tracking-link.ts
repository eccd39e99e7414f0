// action-tracking-link (catalogue §4.5, PM249; off by default): an action item has no ticket or
// bug link. Items kept only in the document are easy to lose; the seed asks for every item to be
// added to the team backlog. A note under the table saying where all items are tracked counts.
import type { Rule, RuleFinding } from '../../types';
import type { PostMortem } from '../../model';
import { allBlocks } from '../../model';
import { actionRows, actionSection, isBlank, isPlaceholder } from './items';

const TICKET = /https?:\/\/\S+|\]\([^)]+\)|\b[A-Z][A-Z0-9]{1,9}-\d+\b|(^|\s)#\d+\b/;

/** True when the text holds a link, a ticket id (ABC-123) or an issue number (#123). */
export function hasTrackingRef(text: string): boolean {
  return TICKET.test(text);
}

/** A paragraph of the Action Items section saying where all items are tracked ("tracked on the
 *  CHECKOUT board with the label `inc-…`"). */
function trackedBySectionNote(model: PostMortem): boolean {
  const section = actionSection(model);
  if (!section) return false;
  return allBlocks(section).some((b) => {
    if (b.kind !== 'paragraph') return false;
    const text = model.source.slice(b.span.start, b.span.end);
    return /\btrack(ed|ing)?\b/i.test(text) && (/`[^`]+`|\blabel\b|\bboard\b|\bproject\b|\bepic\b/i.test(text) || hasTrackingRef(text));
  });
}

export const rule: Rule = {
  id: 'action-tracking-link',
  category: 'actions',
  defaultSeverity: 'off',
  description: 'An action item has no ticket or bug link.',
  explanation:
    'The seed asks for every action item to be added to the team backlog with clear ownership. A ticket link (or an id such as OPS-123) in the row ties the item to the tracker, where its progress is visible long after the document is read.',
  sources: ['seed', 'SREB15', ';login:'],
  check(model) {
    if (trackedBySectionNote(model)) return [];
    const out: RuleFinding[] = [];
    for (const item of actionRows(model)) {
      const action = item.cell('action');
      if (!action || isBlank(action.raw) || isPlaceholder(action.raw)) continue;
      const rowText = model.source.slice(item.row.span.start, item.row.span.end);
      if (hasTrackingRef(rowText)) continue;
      out.push({ ...action.span, message: 'The action item has no ticket or bug link. Add it to the backlog and link the ticket.' });
    }
    return out;
  },
};

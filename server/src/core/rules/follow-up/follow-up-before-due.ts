// follow-up-before-due (catalogue §4.6, PM250): the review is earlier than the latest action-item
// Due Date. The review exists to check those items, so it should come after they are due.
import type { Rule } from '../../types';
import { daysBetween } from '../../dates';
import { actionRows, dueDateOf, incidentDate } from '../actions/items';
import { scheduledReview } from './review';

export const rule: Rule = {
  id: 'follow-up-before-due',
  category: 'follow-up',
  defaultSeverity: 'info',
  description: 'The follow-up review is earlier than the latest action-item due date.',
  explanation:
    'The follow-up review checks whether the action items were done and whether they work. Held before the last item is due, it cannot review that item: move the review after the latest due date, or bring the item forward.',
  sources: ['seed'],
  check(model, context) {
    const review = scheduledReview(model, context.config);
    if (!review?.date) return [];
    const incident = incidentDate(model, context.config);
    let latest: { iso: string; action: string } | undefined;
    for (const item of actionRows(model)) {
      const due = dueDateOf(item, context.config);
      // A due date before the incident is a typo (`action-due-before-incident`), not a plan.
      if (!due || (incident && daysBetween(incident, due.iso) <= 0)) continue;
      if (!latest || due.iso > latest.iso) latest = { iso: due.iso, action: item.cell('action')?.prose?.text.trim() ?? '' };
    }
    if (!latest || review.date.iso >= latest.iso) return [];
    const gap = daysBetween(review.date.iso, latest.iso);
    const what = latest.action ? ` ("${latest.action.length > 50 ? latest.action.slice(0, 47) + '…' : latest.action}")` : '';
    return [{
      start: review.date.start,
      end: review.date.end,
      message: `The follow-up review (${review.date.iso}) is ${gap} day${gap === 1 ? '' : 's'} before the latest action item is due (${latest.iso}${what}), so it cannot review that item.`,
    }];
  },
};

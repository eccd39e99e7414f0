// follow-up-window (catalogue §4.6, PM250; §5 "Follow-up window"): the review date is on or
// before the incident Date, or outside `followUp.minDays`..`followUp.maxDays` days after it
// (default 14–60).
import type { Rule } from '../../types';
import { addDays, daysBetween } from '../../dates';
import { incidentDate } from '../actions/items';
import { scheduledReview } from './review';

export const rule: Rule = {
  id: 'follow-up-window',
  category: 'follow-up',
  defaultSeverity: 'warning',
  description: 'The follow-up review is not within the configured window after the incident (default 14–60 days).',
  explanation:
    'Too soon, and there is nothing to review yet; too late, and the action items have lost their context. The seed says 2–4 weeks; PagerDuty targets 15 and 30 days for completing items, Atlassian 4 or 8 weeks, and 18F reviews after 2 months. The window is `followUp.minDays` to `followUp.maxDays` days after the incident.',
  sources: ['seed', 'PD-ACC', 'ATL', '18F'],
  check(model, context) {
    const review = scheduledReview(model, context.config);
    const incident = incidentDate(model, context.config);
    if (!review?.date || !incident) return [];
    const { minDays, maxDays, suggestDays } = context.config.followUp;
    const days = daysBetween(incident, review.date.iso);
    let message: string | undefined;
    if (days <= 0) message = days === 0 ? `The follow-up review (${review.date.iso}) is on the incident date itself.` : `The follow-up review (${review.date.iso}) is ${-days} days before the incident (${incident}). Check the date.`;
    else if (days < minDays) message = `The follow-up review is ${days} days after the incident, before any action item can show results; schedule it ${minDays}–${maxDays} days after (${addDays(incident, minDays)} to ${addDays(incident, maxDays)}).`;
    else if (days > maxDays) message = `The follow-up review is ${days} days after the incident; by then the action items have lost their context. Schedule it ${minDays}–${maxDays} days after (${addDays(incident, minDays)} to ${addDays(incident, maxDays)}).`;
    if (!message) return [];
    const suggested = addDays(incident, suggestDays);
    return [{
      start: review.date.start,
      end: review.date.end,
      message,
      fixes: [{ title: `Schedule the review for ${suggested} (incident + ${suggestDays} days)`, edits: [{ start: review.date.start, end: review.date.end, newText: suggested }], safe: false, preferred: true }],
    }];
  },
};

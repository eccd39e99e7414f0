// review-timeliness (catalogue §4.6, PM251; off by default): a recorded publish or review-meeting
// date is more than 7 days after the incident. Reviews held late lose detail: people forget what
// they knew at the time, and chat and dashboards expire.
import type { Rule, RuleFinding } from '../../types';
import { daysBetween, parseDate } from '../../dates';
import { incidentDate } from '../actions/items';

/** Labels of header fields (or front-matter keys) that record when the review was held or published. */
const REVIEW_LABELS = /^(published|publish(ed)? (date|on)|review meeting|review meeting date|meeting date|meeting|reviewed|reviewed on|review date|post-?mortem meeting|debrief|debrief date|review held)$/i;

/** The seed's "Immediate (within 1 week)" follow-up: publish and review within 7 days. */
export const REVIEW_WITHIN_DAYS = 7;

export const rule: Rule = {
  id: 'review-timeliness',
  category: 'follow-up',
  defaultSeverity: 'off',
  description: 'The post-mortem was published or reviewed more than 7 days after the incident.',
  explanation:
    'The seed asks for the document to be published within a week. Memory of what people saw and expected fades fast, and chat history and dashboards expire; a review held weeks later reconstructs the incident from hindsight. Record the review-meeting and publish dates in the header (e.g. "Published: 2026-11-03").',
  sources: ['seed', 'PD-IR', 'SREB15'],
  check(model, context) {
    const incident = incidentDate(model, context.config);
    if (!incident) return [];
    const out: RuleFinding[] = [];
    for (const h of model.header) {
      if (!REVIEW_LABELS.test(h.label.replace(/[_-]/g, ' ').trim())) continue;
      const d = parseDate(h.value, context.config.date.order);
      if (!d) continue;
      const days = daysBetween(incident, d.iso);
      if (days <= REVIEW_WITHIN_DAYS) continue;
      out.push({ start: h.valueSpan.start + (h.form === 'frontmatter' ? 0 : d.start), end: h.form === 'frontmatter' ? h.valueSpan.end : h.valueSpan.start + d.end, message: `${h.label} ${d.iso} is ${days} days after the incident; the seed asks for the review and publication within ${REVIEW_WITHIN_DAYS} days.` });
    }
    return out;
  },
};

// review-timeliness (catalogue §4.6, PM251; off by default): a recorded publish or review-meeting
// date is more than 7 days after the incident. Reviews held late lose detail: people forget what
// they knew at the time, and chat and dashboards expire.
import type { Rule, RuleFinding } from '../../types';
import { daysBetween, parseDate } from '../../dates';
import type { PostMortem } from '../../model';
import { incidentDate } from '../actions/items';

/** Labels of header fields (or front-matter keys) that record when the review was held or published. */
const REVIEW_LABELS = /^(published|publish(ed)? (date|on)|review meeting|review meeting date|meeting date|meeting|reviewed|reviewed on|review date|post-?mortem meeting|debrief|debrief date|review held)$/i;

/** The seed's "Immediate (within 1 week)" follow-up: publish and review within 7 days. */
export const REVIEW_WITHIN_DAYS = 7;

function messageFor(label: string, iso: string, days: number): string {
  return `${label} ${iso} is ${days} days after the incident; the seed asks for the review and publication within ${REVIEW_WITHIN_DAYS} days.`;
}

export const rule: Rule = {
  id: 'review-timeliness',
  category: 'follow-up',
  defaultSeverity: 'off',
  description: 'The post-mortem was published or reviewed more than 7 days after the incident, or is still a draft a week after it.',
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
      out.push({ start: h.valueSpan.start + d.start, end: h.valueSpan.start + d.end, message: messageFor(h.label, d.iso, days) });
    }
    // Front-matter keys that are not template fields are not in the header: read them here.
    const fm = model.frontMatter;
    if (fm) {
      for (const [key, value] of Object.entries(fm.data)) {
        if (!REVIEW_LABELS.test(key.replace(/[_-]/g, ' ').trim())) continue;
        const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
        const d = parseDate(text, context.config.date.order);
        if (!d) continue;
        const days = daysBetween(incident, d.iso);
        if (days <= REVIEW_WITHIN_DAYS) continue;
        const keyAt = model.source.indexOf(key, fm.span.start);
        const line = model.lines.positionAt(keyAt).line;
        const lineEnd = model.lines.lineEnd(line);
        const valueAt = model.source.indexOf(':', keyAt) + 1;
        const rest = model.source.slice(valueAt, lineEnd);
        const start = valueAt + (rest.length - rest.trimStart().length);
        out.push({ start, end: Math.max(start, valueAt + rest.trimEnd().length), message: messageFor(key, d.iso, days) });
      }
    }
    // Nothing recorded yet, but the document is still a draft more than a week after the
    // incident (by the engine's clock): the review is late already.
    const recorded = out.length > 0 || model.header.some((h) => REVIEW_LABELS.test(h.label.replace(/[_-]/g, ' ').trim())) ||
      Object.keys(model.frontMatter?.data ?? {}).some((k) => REVIEW_LABELS.test(k.replace(/[_-]/g, ' ').trim()));
    if (!recorded) {
      const status = draftStatus(model);
      const days = daysBetween(incident, context.today);
      if (status && days > REVIEW_WITHIN_DAYS) {
        out.push({ ...status, message: `The post-mortem is still a draft ${days} days after the incident (today is ${context.today}); the seed asks for the review and publication within ${REVIEW_WITHIN_DAYS} days.` });
      }
    }
    return out;
  },
};

/** The span of a Status value (header line or front-matter key) that says the document is a draft. */
function draftStatus(model: PostMortem): { start: number; end: number } | undefined {
  const DRAFT = /^(draft|wip|work in progress|in progress|in review|not reviewed|unreviewed)$/i;
  for (const h of model.header) {
    if (/^status$/i.test(h.label.trim()) && DRAFT.test(h.value.trim())) return h.valueSpan;
  }
  const fm = model.frontMatter;
  const value = fm?.data.status;
  if (fm && typeof value === 'string' && DRAFT.test(value.trim())) {
    const m = /^status:[ \t]*(.*?)[ \t]*$/m.exec(model.source.slice(fm.span.start, fm.span.end));
    if (m) {
      const start = fm.span.start + m.index + m[0].indexOf(m[1], 7);
      return { start, end: start + m[1].length };
    }
  }
  return undefined;
}

// follow-up-missing (catalogue §4.6, PM250): the Follow-Up Review section exists, but its
// "Scheduled for" date is empty, missing or not a date. A missing section is `section-missing`'s;
// a placeholder ("[Date 2-4 weeks after incident]") is `placeholder-text`'s.
// The fix fills in the incident Date + `followUp.suggestDays` (safe, preferred), with +14, +21
// and +28 days as alternatives (not safe: the team picks the date).
import type { Fix, Rule, TextEdit } from '../../types';
import type { PostMortem } from '../../model';
import { addDays } from '../../dates';
import { incidentDate, isPlaceholder } from '../actions/items';
import { scheduledReview, type ScheduledReview } from './review';
import { yearlessDate } from '../actions/action-due-missing';

const ALTERNATIVES = [14, 21, 28];

function insertionFor(model: PostMortem, review: ScheduledReview, date: string): TextEdit {
  const f = review.field;
  if (f && !f.value) return { start: f.valueSpan.start, end: f.valueSpan.start, newText: ` ${date}` };
  if (f) return { start: f.valueSpan.start, end: f.valueSpan.end, newText: date };
  // No field: a new first line under the heading, joined to what follows by a hard line break.
  const lines = model.lines;
  const headingLine = lines.positionAt(review.section.heading.span.start).line;
  if (headingLine + 1 >= lines.lineCount) return { start: model.source.length, end: model.source.length, newText: `\n**Scheduled for**: ${date}` };
  const at = lines.lineStarts[headingLine + 1];
  const nextBlank = !lines.lineText(headingLine + 1).trim();
  const eol = model.source.includes('\r\n') ? '\r\n' : '\n';
  return { start: at, end: at, newText: `**Scheduled for**: ${date}${nextBlank ? '' : '  '}${eol}` };
}

export const rule: Rule = {
  id: 'follow-up-missing',
  category: 'follow-up',
  defaultSeverity: 'warning',
  description: 'The Follow-Up Review has no "Scheduled for" date.',
  explanation:
    'The follow-up review is where the team checks whether the action items were done and whether they work. Without a date it does not happen. The seed suggests 2–4 weeks after the incident; the quick fix fills in the incident date + 28 days (`followUp.suggestDays`) and offers +14, +21 and +28 days.',
  sources: ['seed', 'PD-IR'],
  check(model, context) {
    const review = scheduledReview(model, context.config);
    if (!review || review.date) return [];
    const f = review.field;
    if (f && f.value && isPlaceholder(f.value)) return [];
    const incident = incidentDate(model, context.config);
    const fixes: Fix[] = [];
    if (incident) {
      const suggest = context.config.followUp.suggestDays;
      const date = addDays(incident, suggest);
      // Replacing words the author wrote ("next month") is not mechanical: only filling an empty field is safe.
      const safe = !f?.value;
      fixes.push({ title: `Schedule the review for ${date} (incident + ${suggest} days)`, edits: [insertionFor(model, review, date)], safe, preferred: true });
      for (const days of ALTERNATIVES) {
        if (days === suggest) continue;
        const alt = addDays(incident, days);
        fixes.push({ title: `Schedule the review for ${alt} (incident + ${days} days)`, edits: [insertionFor(model, review, alt)], safe: false });
      }
    }
    // "Nov 9" without a year: the first such date after the incident, as the first suggestion.
    const yearless = f?.value ? yearlessDate(f.value, incident) : undefined;
    if (yearless && f) fixes.unshift({ title: `Write the review date as ${yearless}`, edits: [{ ...f.valueSpan, newText: yearless }], safe: false, preferred: true });
    if (yearless) for (const x of fixes.slice(1)) x.preferred = false;
    if (f) {
      return [{
        start: f.lineSpan.start + (model.source.slice(f.lineSpan.start, f.labelSpan.start).length - model.source.slice(f.lineSpan.start, f.labelSpan.start).trimStart().length),
        end: Math.max(f.valueSpan.end, f.labelSpan.end),
        message: yearless ? `The review date "${f.value}" has no year.` : f.value ? `"${f.value}" is not a date. Schedule the follow-up review for a calendar date, YYYY-MM-DD.` : 'The follow-up review has no date. Schedule it 2–4 weeks after the incident.',
        fixes,
      }];
    }
    return [{ ...review.section.heading.textSpan, message: 'The Follow-Up Review has no "Scheduled for" date. Schedule it 2–4 weeks after the incident.', fixes }];
  },
};

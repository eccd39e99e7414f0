// The Follow-Up Review's "Scheduled for" date as the follow-up rules read it (catalogue §4.6).
// The field is found in its bold, plain or list form; without the field, a date written in the
// section's prose ("We meet again on 2026-11-17") counts as the scheduled date.
import type { FieldLine, PostMortem, Section } from '../../model';
import { allBlocks, parseFieldLine } from '../../model';
import type { ResolvedConfig } from '../../config';
import { parseDate } from '../../dates';

const SCHEDULE_LABELS = /^(scheduled(?: for| on| date)?|schedule|date|review date|review on|follow-?up date|follow-?up review|meeting date|when|next review)$/i;
const OTHER_LABELS = /^(focus|agenda|owner|attendees|participants|facilitator|status|goal|goals)$/i;

export interface ScheduledReview {
  section: Section;
  /** The "Scheduled for" field line, when there is one. */
  field?: FieldLine;
  /** The date, when one parses. */
  date?: { iso: string; start: number; end: number; raw: string };
}

/** The Follow-Up Review section and its scheduled date, if the section exists. */
export function scheduledReview(model: PostMortem, config: ResolvedConfig): ScheduledReview | undefined {
  const section = model.section('follow-up-review');
  if (!section) return undefined;
  const review: ScheduledReview = { section };
  const fields: FieldLine[] = [];
  for (const block of allBlocks(section)) {
    if (block.kind !== 'paragraph' && block.kind !== 'list') continue;
    const first = model.lines.positionAt(block.span.start).line;
    const last = model.lines.positionAt(Math.max(block.span.start, block.span.end - 1)).line;
    for (let l = first; l <= last; l++) {
      const f = parseFieldLine(model.lines.lineText(l), model.lines.lineStarts[l], true);
      if (f) fields.push(f);
    }
  }
  review.field = fields.find((f) => SCHEDULE_LABELS.test(f.label.trim()));
  if (review.field) {
    const d = parseDate(review.field.value, config.date.order);
    if (d) review.date = { iso: d.iso, start: review.field.valueSpan.start + d.start, end: review.field.valueSpan.start + d.end, raw: review.field.value.slice(d.start, d.end) };
    return review;
  }
  // No field: the first date in the section's prose, outside labelled lines such as Focus.
  for (const block of allBlocks(section)) {
    if (block.kind !== 'paragraph' && block.kind !== 'list') continue;
    const first = model.lines.positionAt(block.span.start).line;
    const last = model.lines.positionAt(Math.max(block.span.start, block.span.end - 1)).line;
    for (let l = first; l <= last; l++) {
      const text = model.lines.lineText(l);
      const f = fields.find((x) => x.lineSpan.start === model.lines.lineStarts[l]);
      if (f && OTHER_LABELS.test(f.label.trim())) continue;
      const d = parseDate(text, config.date.order);
      if (d) {
        const at = model.lines.lineStarts[l];
        review.date = { iso: d.iso, start: at + d.start, end: at + d.end, raw: text.slice(d.start, d.end) };
        return review;
      }
    }
  }
  return review;
}

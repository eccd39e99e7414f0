// No time zone declared for the timeline: not in the Time header, a note next to the table
// ("All times UTC"), the section heading, the cells, or the header fields (catalogue §4.3, PM222).
import type { Rule } from '../../types';
import { declaresTimeZone } from '../../times';
import { timelineOf } from './timeline';

// Regexes with \p{…} live at module level: the TypeScript transforms (esbuild, tsx) turn them
// into `new RegExp(…)`, which inside a function is rebuilt on every call.
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A time of day anywhere in a row: "14:05", "2:30pm", "9 am", "0930Z". */
const CLOCK_TIME = /\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b|\b\d{4}\s?(?:z|utc|gmt)\b/i;

export const rule: Rule = {
  id: 'timeline-timezone',
  category: 'timeline',
  defaultSeverity: 'info',
  description: 'The timeline does not say which time zone its times are in.',
  explanation:
    'Responders, logs and readers are often in different zones. Say it once: in the Time header ("Time (UTC)"), or in a note above the table ("All times UTC").',
  sources: ['seed', 'PD-W'],
  check(model, context) {
    const t = timelineOf(model, context.today);
    // A timeline is a table, a list, or one subsection per event headed by its time ("### 9:30").
    if (!t.table && !t.list && !t.perEvent) return [];
    // Only the template's placeholder rows so far ("[HH:MM] | [What happened]"): nothing to place
    // in a zone yet; placeholder-text reports them.
    const onlyPlaceholders = (text: string) => !HAS_LETTER_OR_DIGIT.test(text.replace(/\[[^\]]*\]/g, ''));
    if ((t.table || t.list) && t.rows.every((r) => r.row.cells.every((c) => onlyPlaceholders(c.raw))) && t.listRows.every((r) => onlyPlaceholders(r.text))) return [];
    // A timeline of dates or steps with no time of day ("1. A new pool was initialised …") has
    // nothing a zone would change.
    const clock = (text: string) => CLOCK_TIME.test(text);
    const timed =
      t.rows.some((r) => r.stamp?.minutes !== undefined || r.row.cells.some((c) => clock(c.raw))) ||
      t.listRows.some((r) => r.stamp?.minutes !== undefined || clock(r.text)) ||
      // Events under dated subheadings ("### 2021-04-16", then "* `08:51` - …") are in the section's body.
      (!!t.section && clock(model.source.slice(t.section.bodySpan.start, t.section.bodySpan.end)));
    if (!timed) return [];
    const texts: string[] = [];
    if (t.section) {
      texts.push(t.section.heading.text);
      // Dated subheadings that carry the zone: "### 03-10-2021 (All times CEST)".
      const body = t.section.bodySpan;
      for (const h of model.headings) if (h.span.start >= body.start && h.span.end <= body.end) texts.push(h.text);
    }
    for (const p of t.paragraphs) texts.push(model.source.slice(p.span.start, p.span.end));
    if (t.table) {
      texts.push(...t.table.header.cells.map((c) => c.raw));
      if (t.rows.some((r) => r.stamp?.zone)) return [];
    }
    if (t.listRows.some((r) => r.stamp?.zone)) return [];
    for (const h of model.header) texts.push(h.value);
    // The title that gives the incident's span with its zone ("Retrospective: 2021-10-08 23:01 - 02:40 UTC").
    if (model.title) texts.push(model.title.text);
    // A note under the title ("All times in PDT (UTC-7).") speaks for the whole document.
    for (const b of model.preamble) if (b.kind === 'paragraph') texts.push(model.source.slice(b.span.start, b.span.end));
    if (texts.some(declaresTimeZone)) return [];
    // Last, the rows themselves: a zone the stamp parser leaves as text ("7:09 AM Eastern",
    // "October 12th, 2022 at 21:17 (UTC)").
    if (t.rows.some((r) => r.timeCell && declaresTimeZone(r.timeCell.raw)) || t.listRows.some((r) => declaresTimeZone(r.text.slice(0, 80)))) return [];
    const at = t.table ? t.table.header.cells[0]?.span ?? t.table.header.span : t.section ? t.section.heading.textSpan : t.list!.span;
    return [
      {
        start: at.start,
        end: at.end,
        message: 'No time zone is declared for the timeline (e.g. "Time (UTC)" or "All times UTC").',
        severity: context.config.timeline.requireTimezone ? 'warning' : undefined,
      },
    ];
  },
};

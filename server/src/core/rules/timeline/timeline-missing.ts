// A Timeline of Events section with no table and no list of events (catalogue §4.3, PM220).
import type { Rule } from '../../types';
import { allBlocks } from '../../model';
import { hasTimedParagraphs, timelineOf } from './timeline';
import { TIMELINE_COLUMNS } from '../../template';
import type { TemplateProfile } from '../../templates/index';
import { profileOf } from '../../templates/document';

export const TIMELINE_HEADER = '| Time | Event | Information Available | Decision/Action Taken |';
export const TIMELINE_DELIMITER = '|------|-------|----------------------|----------------------|';

/**
 * The table header the fix starts the timeline with: the template's columns (the seed's four;
 * Time | Event for templates whose timeline may also be a list). A table, not a list, even for
 * those: a header row always parses as a table, so the fix cannot leave the section as it was.
 */
function starter(profile: TemplateProfile): string {
  const titles = TIMELINE_COLUMNS.filter((c) => profile.timeline.columns.includes(c.id)).map((c) => c.title);
  if (titles.join() === TIMELINE_COLUMNS.map((c) => c.title).join()) return `${TIMELINE_HEADER}\n${TIMELINE_DELIMITER}`;
  if (!titles.length) titles.push('Time', 'Event');
  return `| ${titles.join(' | ')} |\n|${titles.map((t) => '-'.repeat(t.length + 2)).join('|')}|`;
}

export const rule: Rule = {
  id: 'timeline-missing',
  category: 'timeline',
  defaultSeverity: 'warning',
  description: 'The Timeline of Events has no table and no list of events.',
  explanation:
    'The timeline is the backbone of the review: what happened, when, what was known at each point and what was decided. Start it as the template table `Time | Event | Information Available | Decision/Action Taken`, in chronological order.',
  sources: ['seed', 'PD-W'],
  check(model, context) {
    const t = timelineOf(model, context.today);
    if (!t.section || t.table || t.list) return [];
    const profile = profileOf(model);
    // One subsection per event, its heading the time ("### 2018-10-09 17:15"): a timeline.
    if (t.perEvent) return [];
    // Paragraphs that read as timed events are a non-template timeline (timeline-not-table).
    if (hasTimedParagraphs(model, t)) return [];
    const eol = model.lines.eol;
    const blocks = allBlocks(t.section);
    // After the section's notes; but never into an HTML comment or a code block: then under the heading.
    const last = blocks[blocks.length - 1];
    const afterLast = last && (last.kind === 'paragraph' || last.kind === 'list' || last.kind === 'thematicBreak');
    const at = afterLast ? last.span.end : t.section.heading.span.end;
    const tail = afterLast || !last ? '' : eol;
    return [
      {
        start: t.section.heading.textSpan.start,
        end: t.section.heading.textSpan.end,
        message: `The ${profile.sections.find((s) => s.id === t.section!.key)?.title ?? 'Timeline of Events'} has no ${profile.timeline.list ? 'list or table' : 'table'} of events.`,
        fixes: [{ title: 'Insert the timeline table', edits: [{ start: at, end: at, newText: `${eol}${eol}${starter(profile).replace(/\n/g, eol)}${tail}` }], safe: true, preferred: true }],
      },
    ];
  },
};

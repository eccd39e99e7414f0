// The timeline table's columns: Time, Event, Information Available, Decision/Action Taken, in
// that order (catalogue §4.3, PM220). Header matching is tolerant (TIMELINE_COLUMNS aliases).
import type { Rule } from '../../types';
import { TIMELINE_COLUMNS, matchColumn, type TimelineColumn } from '../../template';
import { insertColumnsEdits } from '../../tables';
import { timelineOf } from './timeline';
import { profileOf, seedByDefault } from '../../templates/document';

export const rule: Rule = {
  id: 'timeline-columns',
  category: 'timeline',
  defaultSeverity: 'warning',
  description: 'The timeline table does not have the four template columns in order.',
  explanation:
    'Each row should say when it happened, what happened, what information was available at that moment, and what was decided or done. The "Information Available" column is what makes a timeline blameless: it records what people knew then, not what we know now. ' +
    'The columns asked for are those of the document\'s template: the seed\'s four, or a time and an event for the Google SRE, Atlassian, PagerDuty and minimal templates and for a document in a team\'s own format.',
  sources: ['seed', 'PD-W'],
  check(model, context) {
    const { table } = timelineOf(model, context.today);
    if (!table) return [];
    // The document's template says which columns it asks for (the seed's four; Google SRE,
    // Atlassian and PagerDuty ask for a time and an event).
    // A document in a team's own format, read as the seed's only by default, is asked for a time and
    // an event: the seed's other two columns are the seed's form, not a fault in the team's.
    const byDefault = seedByDefault(model);
    const wanted = byDefault ? ['time', 'event'] : profileOf(model).timeline.columns;
    const COLUMNS = TIMELINE_COLUMNS.filter((c) => wanted.includes(c.id));
    if (!COLUMNS.length) return [];
    // A table in the Timeline section that is not recognised as a timeline ("| Phase | Event |") has
    // no column ids; read its header the same tolerant way, so a column that is there is not "missing".
    const ids = (table.kind === 'timeline' ? [...table.columns] : table.header.cells.map((c) => matchColumn(TIMELINE_COLUMNS, c.raw.replace(/\*\*|__/g, '')))) as (TimelineColumn | undefined)[];
    // "| Date | State |": in a team's own two-column table, the column beside the time is what happened.
    if (byDefault && ids.length === 2 && ids[0] === 'time' && ids[1] === undefined) ids[1] = 'event';
    const missing = COLUMNS.filter((c) => !ids.includes(c.id));
    const present = ids.filter((id): id is TimelineColumn => !!id && COLUMNS.some((c) => c.id === id));
    const order = COLUMNS.map((c) => c.id).filter((id) => present.includes(id));
    const firstSeen = present.filter((id, i) => present.indexOf(id) === i);
    const outOfOrder = firstSeen.join() !== order.join();
    if (!missing.length && !outOfOrder) return [];
    const span = { start: table.header.span.start, end: table.header.span.end };
    const parts: string[] = [];
    if (missing.length) parts.push(`missing ${missing.map((c) => `"${c.title}"`).join(', ')}`);
    if (outOfOrder) parts.push('columns out of order');
    const fixes = [];
    // With no column recognised at all, adding four columns would only guess: report it, no fix.
    if (missing.length && !outOfOrder && present.length) {
      // Each missing column goes after the last present column that comes before it in the template.
      const inserts = missing.map((c) => {
        const templateIndex = COLUMNS.indexOf(c);
        let before = 0;
        for (let k = templateIndex - 1; k >= 0; k--) {
          const at = ids.indexOf(COLUMNS[k].id);
          if (at !== -1) {
            before = at + 1;
            break;
          }
        }
        return { before, title: c.title };
      });
      const edits = insertColumnsEdits(model, table, inserts);
      if (edits.length) fixes.push({ title: `Add the missing column${missing.length > 1 ? 's' : ''}`, edits, safe: true, preferred: true });
    }
    return [{ ...span, message: `The timeline table should have the columns ${COLUMNS.map((c) => c.title).join(' | ')}: ${parts.join('; ')}.`, fixes }];
  },
};

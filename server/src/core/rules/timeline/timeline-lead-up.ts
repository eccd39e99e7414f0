// The timeline starts at detection or impact, with no lead-up or trigger row before it
// (catalogue §4.3, PM223).
import type { Rule } from '../../types';
import { findPhrase, phraseWords, words } from '../../phrases';
import { cellOf, isPlaceholderRow, timelineOf } from './timeline';
import { DETECTION_PHRASES, TRIGGER_PHRASES } from './timeline-lead-up.phrases';

const PHRASES = DETECTION_PHRASES.map(phraseWords);
const TRIGGERS = TRIGGER_PHRASES.map(phraseWords);

/** The detection phrase in the text, if any; none when the text also has the trigger or denies the detection. */
export function detectionPhrase(text: string): string | undefined {
  const tokens = words(text);
  for (const p of PHRASES) {
    // "a new bind-mount for Loki's alerting rules": the alerting set-up, changed, is a lead-up.
    const hits = findPhrase(tokens, p).filter(
      ([first, last]) =>
        !(p.length === 1 && /^alert/.test(p[0]) && ALERT_SETUP.has(tokens[last + 1]?.word ?? '')) &&
        // "electricians start a planned power outage": an outage someone schedules is the trigger.
        !(p[0] === 'outage' && tokens.slice(Math.max(0, first - 3), first).some((t) => PLANNED.has(t.word))) &&
        // "no alerting caught it", "without an alert": what did not detect it.
        !tokens.slice(Math.max(0, first - 2), first).some((t) => NEGATORS.has(t.word)),
    );
    if (hits.length) return TRIGGERS.some((t) => findPhrase(tokens, t).length) ? undefined : p.join(' ');
  }
  return undefined;
}
const NEGATORS = new Set(['no', 'not', 'without', 'never', 'nor']);
const PLANNED = new Set(['planned', 'scheduled', 'announced', 'maintenance']);
/** What follows "alert(ing)" when it names the alerting set-up, not an alert. */
const ALERT_SETUP = new Set(['rule', 'rules', 'config', 'configuration', 'configs', 'pipeline', 'stack', 'setup', 'system', 'policy', 'policies', 'threshold', 'thresholds', 'routes', 'routing', 'manager', 'definitions', 'templates']);

export const rule: Rule = {
  id: 'timeline-lead-up',
  category: 'timeline',
  defaultSeverity: 'info',
  description: 'The timeline starts at detection or impact, with no lead-up.',
  explanation:
    'Incidents start before anyone notices them: a change, a deploy, a growing load, a certificate nearing expiry. Start the timeline with the trigger and the conditions that led up to it, so the review can see how the system got there.',
  sources: ['seed', 'PD-W'],
  check(model, context) {
    const t = timelineOf(model, context.today);
    if (t.table) {
      const first = t.rows.find((r) => !r.empty && !isPlaceholderRow(r.row));
      if (!first) return [];
      const cell = cellOf(t.table, first.row, 'event') ?? first.row.cells.find((c, i) => i !== t.table!.columnIndex('time') && c.raw);
      const phrase = cell && detectionPhrase(cell.prose?.text ?? cell.raw);
      if (!cell || !phrase) return [];
      return [{ ...cell.span, message: `The timeline starts at detection ("${phrase}"): add the lead-up and the trigger before it.`, phrase }];
    }
    const first = t.listRows[0];
    if (!first) return [];
    const phrase = detectionPhrase(first.rest);
    if (!phrase) return [];
    return [{ start: first.item.contentSpan.start, end: first.item.span.end, message: `The timeline starts at detection ("${phrase}"): add the lead-up and the trigger before it.`, phrase }];
  },
};

// The header Duration, compared with the timeline: it must parse, and it cannot be longer than
// the span from the first to the last timeline row (catalogue §4.1, PM203).
import type { Rule } from '../../types';
import { formatDuration, parseDuration } from '../../times';
import { timelineOf, timelineSpan } from './timeline';

export const rule: Rule = {
  id: 'duration-mismatch',
  category: 'structure',
  defaultSeverity: 'info',
  description: 'The header Duration cannot be read, or is longer than the timeline.',
  explanation:
    'A duration the reader can check against the timeline keeps the impact honest. Consider giving the time to detect, to mitigate and to resolve separately (for example "detected after 20 minutes, mitigated after 47, resolved after 2h 10m").',
  sources: ['seed'],
  check(model, context) {
    const field = model.field('duration');
    if (!field || !field.value.trim()) return [];
    const value = field.value;
    if (/^\s*(?:\[[^\]]*\]|tbd|tba|todo|\?+|\.\.\.|…|<[^>]+>)\s*$/i.test(value)) return [];
    const parsed = parseDuration(value);
    if (!parsed) {
      return [{ ...field.valueSpan, message: `The Duration "${value}" cannot be read as a length of time (e.g. "47 minutes", "2h 10m", "1 hour 5 minutes").` }];
    }
    const span = timelineSpan(timelineOf(model, context.today));
    if (!span || parsed.minutes <= span.minutes + 1) return [];
    return [
      {
        start: field.valueSpan.start + parsed.start,
        end: field.valueSpan.start + parsed.end,
        message: `The Duration (${formatDuration(parsed.minutes)}) is longer than the timeline (${formatDuration(span.minutes)}, from ${span.from} to ${span.to}). Consider giving the time to detect, mitigate and resolve separately.`,
      },
    ];
  },
};

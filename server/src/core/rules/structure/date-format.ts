// §4.1 PM201: the Date value is not ISO `YYYY-MM-DD` (info), or cannot be parsed (warning).
import type { Rule, RuleFinding } from '../../types';
import { parseDate } from '../../dates';
import { isPlaceholderValue } from './shared';

export const rule: Rule = {
  id: 'date-format',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'The incident Date is not written as ISO YYYY-MM-DD, or cannot be read as a date at all.',
  explanation:
    'ISO dates (`2026-11-01`) read the same in every locale and sort correctly. "11/02/2026" is 2 November to some readers and 11 February to others. ' +
    'The Date is also the reference for the action items\' due dates and the follow-up review window, so a date that cannot be parsed disables those checks. ' +
    'A date that parses but is not ISO is reported as info, with a fix that rewrites it; the day/month order of numeric dates follows the `date.order` setting.',
  sources: ['seed'],
  check(model, context) {
    const field = model.field('date');
    if (!field || !field.value.trim() || isPlaceholderValue(field.value)) return [];
    if (field.form === 'frontmatter' && model.source.slice(field.valueSpan.start, field.valueSpan.end) !== field.value) return [];
    const order = context.config.date.order;
    const parsed = parseDate(field.value, order);
    const findings: RuleFinding[] = [];
    if (!parsed) {
      findings.push({ ...field.valueSpan, message: `The Date "${field.value}" cannot be read as a date; write it as YYYY-MM-DD.` });
      return findings;
    }
    if (parsed.isIso) return findings;
    const start = field.valueSpan.start + parsed.start;
    const end = field.valueSpan.start + parsed.end;
    const written = field.value.slice(parsed.start, parsed.end);
    const message = parsed.ambiguous
      ? `The Date "${written}" is ambiguous; read ${order === 'day-first' ? 'day first' : 'month first'} (setting date.order) it is ${parsed.iso}. Write it as ISO YYYY-MM-DD.`
      : `The Date "${written}" is not in ISO form; write it as ${parsed.iso}.`;
    findings.push({
      start,
      end,
      message,
      severity: 'info',
      // A numeric date whose day/month order is a guess is not a mechanical change.
      fixes: [{ title: `Change to ${parsed.iso}`, edits: [{ start, end, newText: parsed.iso }], safe: !parsed.ambiguous, preferred: true }],
    });
    return findings;
  },
};

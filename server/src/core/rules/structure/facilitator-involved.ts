// §4.1 PM204: the Facilitator acts in the timeline, so was directly involved in the incident.
import type { Rule } from '../../types';
import { splitPeople } from '../../people';
import { isPlaceholderValue, timelineMentions } from './shared';

export const rule: Rule = {
  id: 'facilitator-involved',
  category: 'structure',
  defaultSeverity: 'warning',
  description: "The Facilitator's name appears in the timeline: the facilitator was directly involved in the incident.",
  explanation:
    'A facilitator who took part in the incident is also a witness: their own account shapes the questions, and others may defer to them. ' +
    'The review goes best when it is run by someone who was not directly involved, and who can ask "what did you see?" of everyone without having an answer of their own to defend. ' +
    'Ask someone from outside the incident to facilitate, and invite this person as a participant.',
  sources: ['ETSY-DFG', 'PD-M'],
  check(model, context) {
    const field = model.field('facilitator');
    if (!field || !field.value.trim() || isPlaceholderValue(field.value) || field.form === 'frontmatter') return [];
    const names = splitPeople(field.value);
    const mentions = timelineMentions(model, context.config);
    for (const name of names) {
      const parts = name.split(/\s+/).map((p) => p.toLowerCase().normalize('NFC'));
      if (!parts[0] || parts[0].length < 2) continue;
      const hit = mentions.find((m) => m.tokens[0] === parts[0] && (m.tokens.length === 1 || m.tokens.join(' ') === parts.join(' ') || m.tokens[1] === parts[1]));
      if (!hit) continue;
      const line = model.lines.positionAt(hit.span.start).line + 1;
      return [
        {
          ...field.valueSpan,
          message: `The facilitator, ${name}, is named in the timeline (L${line}: "${model.source.slice(hit.span.start, hit.span.end)}"). Ask someone who was not involved to facilitate.`,
        },
      ];
    }
    return [];
  },
};

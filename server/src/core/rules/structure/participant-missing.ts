// §4.1 PM205: someone named in the timeline is not listed in Participants (or as Facilitator).
import type { Rule, RuleFinding } from '../../types';
import { isPlaceholderValue, listedPeopleValues, peopleTokens, timelineMentions, type NameMention } from './shared';

export const rule: Rule = {
  id: 'participant-missing',
  category: 'structure',
  defaultSeverity: 'info',
  description: 'A person or @handle named in the timeline is not listed in Participants.',
  explanation:
    'Everyone who was involved in the incident should be invited to the review: each of them saw something no one else did, and the timeline is only complete with their account. ' +
    'A name in the timeline that is missing from Participants usually means someone was not invited. Add them, or note why they could not attend.',
  sources: ['ETSY-DFG', 'seed'],
  check(model, context) {
    const participants = model.field('participants');
    if (!participants || !participants.value.trim() || isPlaceholderValue(participants.value) || participants.form === 'frontmatter') return [];
    const listed = peopleTokens(listedPeopleValues(model));
    const missing = new Map<string, NameMention[]>();
    for (const m of timelineMentions(model, context.config)) {
      if (m.tokens.some((t) => listed.has(t))) continue;
      const key = m.tokens[0];
      if (!missing.has(key)) missing.set(key, []);
      missing.get(key)!.push(m);
    }
    const findings: RuleFinding[] = [];
    for (const group of missing.values()) {
      const first = group[0];
      // The fullest form seen ("Hannah Berg" rather than "Hannah").
      const full = group.reduce((a, b) => (b.tokens.length > a.tokens.length ? b : a)).name;
      findings.push({
        start: first.span.start,
        end: first.span.end,
        message: `${first.name} is named in the timeline but not listed in Participants.`,
        fixes: [
          {
            title: `Add ${full} to Participants`,
            edits: [{ start: participants.valueSpan.end, end: participants.valueSpan.end, newText: `, ${full}` }],
            preferred: true,
          },
        ],
      });
    }
    return findings;
  },
};

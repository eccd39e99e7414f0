// §4.1 PM210: a header field under an alias (Attendees → Participants).
import type { Rule, RuleFinding } from '../../types';
import { matchField } from '../../templates/index';
import { profileOf } from '../../templates/document';

export const rule: Rule = {
  id: 'header-field-alias',
  category: 'structure',
  defaultSeverity: 'info',
  description: 'A header field uses an alias (Attendees, Incident date, Sev, Impact window) instead of its template name.',
  explanation:
    'The field is understood under this name, but the template names it differently. One name per field keeps post-mortems comparable and searchable across the team. ' +
    'Aliases: Attendees or Responders for Participants; Incident date for Date; Sev or Priority for Severity; Impact window for Duration. ' +
    'Like section-heading-alias, it applies to the seed\'s template and to a team\'s own profile.',
  sources: ['seed'],
  check(model) {
    const findings: RuleFinding[] = [];
    const profile = profileOf(model);
    if (!profile.suggestTitles) return [];
    for (const h of model.header) {
      if (h.form === 'frontmatter') continue;
      const spec = profile.header.find((f) => matchField(f, h.label)?.alias);
      if (!spec) continue;
      findings.push({
        start: h.labelSpan.start,
        end: h.labelSpan.end,
        message: `"${h.label}" is an alias: the template calls this field ${spec.label}.`,
        fixes: [{ title: `Rename to ${spec.label}`, edits: [{ start: h.labelSpan.start, end: h.labelSpan.end, newText: spec.label }], safe: true, preferred: true }],
      });
    }
    return findings;
  },
};

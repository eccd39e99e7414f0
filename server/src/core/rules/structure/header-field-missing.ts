// §4.1 PM201–PM204: a header field the document's template requires is absent or empty (the
// seed's five: Date, Facilitator, Participants, Severity, Duration).
import type { Rule, RuleFinding } from '../../types';
import { matchField } from '../../templates/index';
import { hasField, headerFieldFor, profileOf } from '../../templates/document';
import { bodyHeader, headerAnchor, headerLineEdits } from './shared';

export const rule: Rule = {
  id: 'header-field-missing',
  category: 'structure',
  defaultSeverity: 'warning',
  description: "A header field the document's template requires is absent or empty (the seed's: Date, Facilitator, Participants, Severity, Duration).",
  explanation:
    'The header tells a reader in five lines when the incident happened, how bad it was, how long it lasted, who ran the review and who took part. ' +
    'Other checks build on it: due dates and the follow-up window are measured from the Date, the due-date SLO comes from the Severity, and the people named in the timeline are checked against the Participants. ' +
    'Fill in the field, or keep the inserted `[...]` placeholder until you know the value. ' +
    'The fields asked for are those of the document\'s template profile: Google SRE asks for Date and Authors (a date in the title counts), PagerDuty for the Postmortem Owner; the Atlassian and minimal profiles ask for none.',
  sources: ['seed', 'SREW'],
  check(model) {
    const findings: RuleFinding[] = [];
    const body = bodyHeader(model);
    const anchor = headerAnchor(model);
    const fields = profileOf(model).header.filter((f) => f.required);
    const inBody = (spec: (typeof fields)[number]) => body.find((h) => matchField(spec, h.label));
    for (const [i, spec] of fields.entries()) {
      const field = headerFieldFor(model, spec);
      if (field ? field.value.trim() : hasField(model, spec)) continue;
      if (field) {
        if (field.form === 'frontmatter') continue;
        findings.push({
          start: field.lineSpan.start,
          end: field.lineSpan.end,
          message: `The ${spec.label} field is empty.`,
          fixes: [{ title: `Insert a placeholder for ${spec.label}`, edits: [{ start: field.valueSpan.start, end: field.valueSpan.start, newText: ' ' + spec.placeholder }], safe: true, preferred: true }],
        });
        continue;
      }
      // Insert after the nearest earlier template field present in the body, else before the nearest later one.
      const earlier = fields.slice(0, i).map(inBody).filter((h) => h !== undefined).pop();
      const later = fields.slice(i + 1).map(inBody).find((h) => h !== undefined);
      const where = earlier ? { after: earlier } : later ? { before: later } : body.length ? { after: body[body.length - 1] } : {};
      // The fields missing between here and the next present one go to the same place: one edit inserts them all.
      const group = [spec];
      for (const s of fields.slice(i + 1)) {
        if (hasField(model, s)) break;
        group.push(s);
      }
      const fixes = [
        {
          title: group.length > 1 ? `Insert the ${group.map((g) => g.label).join(', ')} fields` : `Insert the ${spec.label} field`,
          edits: headerLineEdits(model, group.map((g) => [g.label, g.placeholder] as [string, string]), '', where),
          safe: true,
          preferred: true,
        },
      ];
      if (group.length > 1) fixes.push({ title: `Insert only the ${spec.label} field`, edits: headerLineEdits(model, spec.label, spec.placeholder, where), safe: false, preferred: false });
      findings.push({ ...anchor, message: `The header has no ${spec.label} field.`, fixes });
    }
    return findings;
  },
};

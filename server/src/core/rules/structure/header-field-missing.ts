// §4.1 PM201–PM204: one of the five header fields is absent or empty.
import type { Rule, RuleFinding } from '../../types';
import { HEADER_FIELDS } from '../../template';
import { bodyHeader, headerAnchor, headerLineEdits } from './shared';

export const rule: Rule = {
  id: 'header-field-missing',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'One of the header fields Date, Facilitator, Participants, Severity or Duration is absent or empty.',
  explanation:
    'The header tells a reader in five lines when the incident happened, how bad it was, how long it lasted, who ran the review and who took part. ' +
    'Other checks build on it: due dates and the follow-up window are measured from the Date, the due-date SLO comes from the Severity, and the people named in the timeline are checked against the Participants. ' +
    'Fill in the field, or keep the inserted `[...]` placeholder until you know the value.',
  sources: ['seed', 'SREW'],
  check(model) {
    const findings: RuleFinding[] = [];
    const body = bodyHeader(model);
    const anchor = headerAnchor(model);
    for (const [i, spec] of HEADER_FIELDS.entries()) {
      const field = model.field(spec.id);
      if (field && field.value.trim()) continue;
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
      const earlier = HEADER_FIELDS.slice(0, i).map((s) => body.find((h) => h.field === s.id)).filter((h) => h !== undefined).pop();
      const later = HEADER_FIELDS.slice(i + 1).map((s) => body.find((h) => h.field === s.id)).find((h) => h !== undefined);
      const where = earlier ? { after: earlier } : later ? { before: later } : body.length ? { after: body[body.length - 1] } : {};
      // The fields missing between here and the next present one go to the same place: one edit inserts them all.
      const group = [spec];
      for (const s of HEADER_FIELDS.slice(i + 1)) {
        if (model.field(s.id)) break;
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

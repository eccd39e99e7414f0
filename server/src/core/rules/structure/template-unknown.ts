// The front matter names a template profile that does not exist (`template: gogle-sre`): the
// document is checked against the detected profile instead, and this says so where the name is.
import type { Fix, Rule } from '../../types';
import { AUTO, allProfiles } from '../../templates/index';

export const rule: Rule = {
  id: 'template-unknown',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'The front matter names a template that does not exist; the detected template is used instead.',
  explanation:
    'A `template:` key in the front matter chooses the template the document is checked against: `seed` (the default), `google-sre`, `atlassian`, `pagerduty`, `any`, or a team\'s own template from `templates` in `.postmortemrc.json`. ' +
    'A name that matches none of them is ignored, and the template is detected from the headings as with `template: auto`. Correct the name, or remove the key.',
  sources: [],
  check(model, context) {
    const unknown = model.template.unknown;
    const fm = model.frontMatter;
    if (!unknown || !fm) return [];
    // The value on the `template:` line of the front matter.
    const text = model.source.slice(fm.span.start, fm.span.end);
    const m = /^([ \t]*template[ \t]*:[ \t]*)(["']?)([^"'\r\n#]*?)\2[ \t]*(?:#.*)?$/m.exec(text);
    const start = fm.span.start + (m ? m.index + m[1].length + m[2].length : 0);
    const span = m ? { start, end: start + m[3].length } : { start: fm.span.start, end: fm.span.start + 3 };
    const known = [AUTO, ...allProfiles(context.config.templates).map((p) => p.id)];
    const used = model.template.profile;
    const fixes: Fix[] = m ? [{ title: `Use "${used.id}" (${used.name})`, edits: [{ ...span, newText: used.id }], preferred: true }] : [];
    return [
      {
        ...span,
        message: `No template is called "${unknown.name}" (known: ${known.join(', ')}); the document is checked as ${used.name}, detected from its headings.`,
        fixes,
      },
    ];
  },
};

// A document read through its template profile: which of the profile's sections and header
// fields it has. The structure rules, the health view, hovers and Insert Section ask here.
import type { HeaderField, PostMortem, Section } from '../model';
import { parseDate } from '../dates';
import { matchField, matchSection } from './index';
import type { ProfileField, ProfileSection, TemplateProfile } from './types';

export function profileOf(model: PostMortem): TemplateProfile {
  return model.template.profile;
}

/**
 * The seed's template was chosen only because nothing else was in evidence: detected, with none
 * of its header fields, at most two of its section titles ("Timeline", "Action items") and not its
 * "Post-Mortem: …" title. Such a document follows some team's own format, which the rules that
 * reshape a section into the seed's form leave alone. (A draft begun from the template has its title.)
 */
export function seedByDefault(model: PostMortem): boolean {
  const t = model.template;
  return t.how === 'auto' && t.profile.id === 'seed' && (t.seedFields ?? 0) === 0 && t.matched.length <= 2 && !POST_MORTEM_TITLE.test(model.title?.text ?? '');
}
const POST_MORTEM_TITLE = /^\s*post[- ]?mortem\b/i;

/** The document's top-level section that stands for a profile section. */
export function sectionFor(model: PostMortem, spec: ProfileSection): Section | undefined {
  return model.topSections.find((s) => s.key === spec.id);
}

/** A required section that is absent, and not stood in for by another it may be replaced by. */
export function isMissing(model: PostMortem, spec: ProfileSection): boolean {
  if (!spec.required || sectionFor(model, spec)) return false;
  if (nestedSectionFor(model, spec)) return false;
  return !(spec.satisfiedBy ?? []).some((id) =>
    id === 'preamble'
      ? model.opening.prose
      : id === 'dated-opening'
        ? model.opening.dated
        : id === 'commitment'
          ? model.prose.some((u) => u.kind !== 'heading' && COMMITMENT.test(u.text))
          : model.topSections.some((s) => s.key === id),
  );
}
/**
 * Prose that says what will change so that it does not happen again: a blog-style report's
 * follow-ups, written into its account rather than under a heading of their own. Not a status
 * page's "we will update this page", nor advice to readers ("help prevent this in the future").
 */
const COMMITMENT = /\b(?:to (?:prevent|avoid) (?:this|that|it|a recurrence|recurrence|similar|such|the same|future|these|those|any)\b|(?:going|moving) forward\b|from now on\b|in (?:the )?future,? (?:we|i)\b|(?:will|'ll|’ll|are going to|plan to|intend to) (?:add|improve|implement|introduce|change|automate|alert|document|migrate|replace|remove|fix|ensure|make sure)\b)/i;

/**
 * The minimal profile takes each part where a report puts it, at any depth: a blog-style report's
 * "### Next Steps" under "## Details of the incident" is its follow-up section. (A named
 * template's sections are top-level headings, and section-order says where they go.)
 */
function nestedSectionFor(model: PostMortem, spec: ProfileSection): Section | undefined {
  const profile = profileOf(model);
  if (profile.id !== 'any') return undefined;
  return model.sections.find((s) => s.parent && matchSection(profile, s.heading.text)?.section.id === spec.id);
}

export function missingSections(model: PostMortem): ProfileSection[] {
  return profileOf(model).sections.filter((s) => isMissing(model, s));
}

/** The header line (body or front matter) that gives a profile field, the first one found. */
export function headerFieldFor(model: PostMortem, field: ProfileField): HeaderField | undefined {
  return model.header.find((h) => matchField(field, h.label));
}

/**
 * Whether the document gives a field at all: a header line, a front-matter key (any key that
 * names it, not only the seed's five), or for the date of some profiles a date in the title.
 */
export function hasField(model: PostMortem, field: ProfileField): boolean {
  if (headerFieldFor(model, field)) return true;
  // Some teams write the header as headings: "## Incident date(s)", "## Authors".
  if (model.topSections.some((s) => matchField(field, s.heading.text) && s.blocks.length)) return true;
  if (model.frontMatter && Object.keys(model.frontMatter.data).some((k) => matchField(field, k))) return true;
  return !!field.titleCounts && !!model.title && !!parseDate(model.title.text);
}

// What a template profile is: another team's post-mortem template as data. A profile lists its
// header fields and its sections (titles, aliases, order, which are required), and gives each
// section a role, so every check can find "the timeline", "the causes" or "the action items" of
// a document whatever its team calls them, and the blame rules can map the section onto the
// catalogue's section matrix (§1.5).
import type { ActionColumn, SectionId, TimelineColumn } from '../template';

/**
 * What a section is for. The seven seed roles are the catalogue's matrix columns (ES, TL, CF,
 * WWW, KL, AI, FU); `impact` is read by impact-not-quantified; `external` is customer-facing
 * text (Ext); `other` is descriptive text (Other) and stops a subsection inheriting its parent's role.
 */
export type SectionRole = 'summary' | 'impact' | 'timeline' | 'causes' | 'went-well' | 'learnings' | 'actions' | 'follow-up' | 'external' | 'other';

export const SECTION_ROLES: SectionRole[] = ['summary', 'impact', 'timeline', 'causes', 'went-well', 'learnings', 'actions', 'follow-up', 'external', 'other'];

/** The model's section id (the seed's) for a role that has one. */
export const ROLE_SECTION_ID: Partial<Record<SectionRole, SectionId>> = {
  summary: 'executive-summary',
  timeline: 'timeline',
  causes: 'contributing-factors',
  'went-well': 'what-went-well',
  learnings: 'key-learnings',
  actions: 'action-items',
  'follow-up': 'follow-up-review',
};

export interface ProfileSubsection {
  title: string;
  aliases: string[];
  role: SectionRole;
}

export interface ProfileSection {
  /** Stable within the profile (kebab-case): Insert Section and the health view name it. */
  id: string;
  title: string;
  /** Other headings accepted as this section (a rename to the title is suggested). */
  aliases: string[];
  role: SectionRole;
  /** A missing required section is reported by section-missing. */
  required: boolean;
  /**
   * A required section whose absence is fine when one of these is present: profile section ids,
   * `preamble` for prose between the title and the first heading (a blog post's opening account),
   * `dated-opening` for such prose that dates the events ("On 31st July 2018 …"), or `commitment`
   * for prose anywhere that says what will change ("to prevent this", "going forward", "we will add").
   */
  satisfiedBy?: string[];
  /** Markdown inserted by "insert missing section": the heading (`##`) and the template's skeleton. */
  skeleton: string;
  /** What belongs here, from the published template: the heading's hover. */
  guidance: string;
  /** Subsections with their own role (Google's "What went well" under Lessons Learned). */
  subsections?: ProfileSubsection[];
}

export interface ProfileField {
  /** Stable within the profile: the seed's five are the model's header field ids. */
  id: string;
  label: string;
  aliases: string[];
  required: boolean;
  placeholder: string;
  guidance: string;
  /** A date in the title ("# January 23rd, 2019 Prow Outage") stands for this field. */
  titleCounts?: boolean;
}

export interface TemplateProfile {
  /** Kebab-case: what `template:` names in settings, `.postmortemrc.json` and front matter. */
  id: string;
  name: string;
  description: string;
  /** Where the published template is (documentation, hovers). */
  source?: string;
  builtin: boolean;
  /** The title line of a new document, `{title}` replaced. */
  title: string;
  header: ProfileField[];
  /** In template order. */
  sections: ProfileSection[];
  /** The timeline's required table columns (in order), and whether a bullet list is the template's own form. */
  timeline: { columns: TimelineColumn[]; list: boolean };
  /** The action items' required table columns, and whether a bullet list is accepted. */
  actions: { columns: ActionColumn[]; list: boolean };
  /**
   * How the causes are checked: the fewest factors contributing-factors-count accepts (0 = not
   * checked), and whether the seed's four subsections are asked for (contributing-factors-subsection).
   */
  causes: { minFactors: number; subsections: boolean };
  /**
   * Suggest renaming a heading or header label written under an alias to the profile's own title
   * (section-heading-alias, header-field-alias). The seed's template asks for it; the other
   * built-ins accept their aliases as they are.
   */
  suggestTitles: boolean;
  /** Whether the summary is meant to be short (summary-too-long applies, with `summary.maxSentences`). */
  shortSummary: boolean;
}

/** Which profile a document is checked against, and why. */
export interface TemplateSelection {
  profile: TemplateProfile;
  /** `auto`: detected from the headings; `front-matter` / `config`: named there. */
  how: 'auto' | 'front-matter' | 'config';
  /** For `auto`: the headings that matched the profile. */
  matched: string[];
  /** For `auto`: how many of the seed's header fields the opening gives (Date, Severity, Facilitator …). */
  seedFields?: number;
  /** A `template:` in front matter that names no profile (reported by template-unknown). */
  unknown?: { name: string };
}

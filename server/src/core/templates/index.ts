// The template profiles, how a heading is matched to a profile's section, and which profile a
// document follows: the one its front matter or the configuration names, else the one its
// headings match best (`template: auto`). Everything here is data and string comparison.
import { headerFieldForLabel, normaliseHeading } from '../template';
import { datesEvents } from '../dates';
import { seed } from './seed';
import { googleSre } from './google-sre';
import { atlassian } from './atlassian';
import { pagerduty } from './pagerduty';
import { any } from './any';
import type { ProfileField, ProfileSection, ProfileSubsection, TemplateProfile, TemplateSelection } from './types';

// Regexes with \p{…} live at module level: the TypeScript transforms (esbuild, tsx) turn them
// into `new RegExp(…)`, which inside a function is rebuilt on every call.
const HAS_WORD = /\p{L}{3,}/u;

export type { ProfileField, ProfileSection, ProfileSubsection, SectionRole, TemplateProfile, TemplateSelection } from './types';
export { SECTION_ROLES, ROLE_SECTION_ID } from './types';

/** The built-in profiles; the seed's first, as the default. */
export const BUILTIN_PROFILES: TemplateProfile[] = [seed, googleSre, atlassian, pagerduty, any];

export const DEFAULT_PROFILE = seed;

/** `template:` values besides the profile ids. */
export const AUTO = 'auto';

export function builtinProfile(id: string): TemplateProfile | undefined {
  return BUILTIN_PROFILES.find((p) => p.id === id);
}

/** Built-ins, then the configured custom profiles. */
export function allProfiles(custom: TemplateProfile[] = []): TemplateProfile[] {
  return [...BUILTIN_PROFILES, ...custom];
}

export function findProfile(id: string, custom: TemplateProfile[] = []): TemplateProfile | undefined {
  const key = id.trim().toLowerCase();
  return allProfiles(custom).find((p) => p.id === key);
}

// ---- matching headings and labels ------------------------------------------------------------

/** A heading as compared: normalised (case, trailing `?`/`:`, time zones) without a leading number. */
export function headingKey(text: string): string {
  // Headings exported from wikis carry anchors and links: "[#](…#impact)Impact <a id="impact"></a>".
  const plain = text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^[\s#]+/, '')
    // GitHub's emoji shortcodes, as Atlassian's template writes its headings: ":eye: Detection".
    .replace(/^(?::[a-z0-9_+-]+:\s*)+/, '')
    .replace(/^[^\p{L}\p{N}]+(?=\p{L})/u, '');
  return normaliseHeading(plain)
    .replace(/^(?:\d+(?:\.\d+)*[.)]?|[ivx]+[.)])\s+/, '')
    .replace(/^the\s+/, '')
    .replace(/[’`]/g, "'");
}

interface Index {
  sections: Map<string, { section: ProfileSection; alias: boolean }>;
  subsections: Map<ProfileSection, Map<string, ProfileSubsection>>;
}

const indexes = new WeakMap<TemplateProfile, Index>();

function indexOf(profile: TemplateProfile): Index {
  let index = indexes.get(profile);
  if (index) return index;
  index = { sections: new Map(), subsections: new Map() };
  // Titles first, so a title always wins over another section's alias.
  for (const section of profile.sections) index.sections.set(headingKey(section.title), { section, alias: false });
  for (const section of profile.sections) {
    for (const a of section.aliases) {
      const key = headingKey(a);
      if (!index.sections.has(key)) index.sections.set(key, { section, alias: true });
    }
    if (section.subsections) {
      const subs = new Map<string, ProfileSubsection>();
      for (const s of section.subsections) for (const name of [s.title, ...s.aliases]) if (!subs.has(headingKey(name))) subs.set(headingKey(name), s);
      index.subsections.set(section, subs);
    }
  }
  indexes.set(profile, index);
  return index;
}

/** The profile section a top-level heading names, and whether by an alias. */
export function matchSection(profile: TemplateProfile, heading: string): { section: ProfileSection; alias: boolean } | undefined {
  const key = headingKey(heading);
  const found = indexOf(profile).sections.get(key);
  if (found) return found;
  // "Issue timeline", "Outage Timeline", "Detailed incident timeline": a timeline by any other
  // qualifier is the profile's timeline.
  if (QUALIFIED_TIMELINE.test(key)) {
    const section = profile.sections.find((s) => s.role === 'timeline');
    if (section) return { section, alias: true };
  }
  return undefined;
}
/** Up to three words before "timeline" (not "no timeline", not a sentence that ends in it). */
const QUALIFIED_TIMELINE = /^(?!no\b|not\b)[a-z-]+(?: [a-z-]+){0,2} timeline$/;

/** The subsection of a profile section that a heading names ("What went well" under Lessons Learned). */
export function matchSubsection(profile: TemplateProfile, parent: ProfileSection, heading: string): ProfileSubsection | undefined {
  return indexOf(profile).subsections.get(parent)?.get(headingKey(heading));
}

export function profileSection(profile: TemplateProfile, id: string): ProfileSection | undefined {
  return profile.sections.find((s) => s.id === id);
}

/** Whether a header label names a profile field, and whether by an alias. */
export function matchField(field: ProfileField, label: string): { alias: boolean } | undefined {
  const key = label.trim().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').toLowerCase();
  if (field.label.toLowerCase() === key) return { alias: false };
  if (field.aliases.some((a) => a.toLowerCase() === key)) return { alias: true };
  return undefined;
}

/** Whether any built-in profile has a section of this name. */
export function namesAnySection(heading: string): boolean {
  return BUILTIN_PROFILES.some((p) => matchSection(p, heading));
}

// ---- choosing the profile --------------------------------------------------------------------

/** What the text between the title and the first section says about the template. */
export interface OpeningSignals {
  /** How many of the seed's header fields it gives (`**Date**: …`, `Severity: …`). */
  seedFields: number;
  /**
   * How many of those only the seed's template asks for (Facilitator, Participants): a Date,
   * Severity or Duration line opens every kind of incident report.
   */
  ownFields: number;
  /** Whether the document's title is written as the seed's template writes it: `# Post-Mortem: …`. */
  seedTitle?: boolean;
  /** Whether it holds prose besides field lines and comments (a blog post's opening account). */
  prose: boolean;
  /** Whether that prose dates the events. */
  dated: boolean;
}

const FIELD = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?([\p{L}][\p{L} ]{1,30}?)(?::(?:\*\*|__)|(?:\*\*|__)?:)/u;

/** Reads the opening: cheap line matching, bounded, run before the model is built. */
export function openingSignals(text: string, title = ''): OpeningSignals {
  const fields = new Set<string>();
  let prose = false;
  let dated = false;
  for (const line of text.slice(0, 8000).replace(/<!--[^]*?-->/g, '').split(/\r?\n/)) {
    if (!line.trim()) continue;
    const m = FIELD.exec(line);
    const known = m ? headerFieldForLabel(m[1]) : undefined;
    if (known) fields.add(known.spec.id);
    else if (!m && HAS_WORD.test(line) && !/^\s*(?:---|\||#)/.test(line)) {
      prose = true;
      dated ||= datesEvents(line);
    }
  }
  return { seedFields: fields.size, ownFields: SEED_OWN_FIELDS.filter((id) => fields.has(id)).length, seedTitle: SEED_TITLE.test(title), prose, dated };
}
const SEED_OWN_FIELDS = ['facilitator', 'participants'];
/**
 * The seed's title as the template and its snippet write it. Teams' own "Postmortem: …" and
 * "Post-mortem: …" titles are no sign of it: 6 of the 27 real reports read as seed drafts had one.
 */
const SEED_TITLE = /^\s*Post-Mortem\s*:/;

interface Fit {
  profile: TemplateProfile;
  /** Headings matched by a section title, and by an alias. */
  titles: string[];
  aliases: string[];
  /**
   * Evidence of this template rather than the seed's: each title match counts 1 when the seed's
   * template does not know the heading, ½ when the seed knows it only as an alias ("Summary"),
   * and nothing when it is a seed title ("Action Items"); a seed title that is not this
   * template's title ("Executive Summary") counts ½ against it.
   */
  evidence: number;
  missing: number;
  score: number;
}

function fitOf(profile: TemplateProfile, headings: string[], opening: OpeningSignals = NO_OPENING): Fit {
  const titles: string[] = [];
  const aliases: string[] = [];
  const found = new Set<string>();
  let evidence = 0;
  for (const h of headings) {
    const m = matchSection(profile, h);
    if (profile !== seed && (!m || m.alias) && matchSection(seed, h)?.alias === false) evidence -= 0.5;
    if (!m) continue;
    found.add(m.section.id);
    if (m.alias) aliases.push(h);
    else {
      titles.push(h);
      const inSeed = matchSection(seed, h);
      evidence += !inSeed ? 1 : inSeed.alias ? 0.5 : 0;
    }
  }
  if (opening.prose) found.add('preamble');
  if (opening.dated) found.add('dated-opening');
  const missing = profile.sections.filter((s) => s.required && !found.has(s.id) && !(s.satisfiedBy ?? []).some((id) => found.has(id))).length;
  // The minimal profile has no titles of its own: every match is as good as an alias.
  const score = profile.id === 'any' ? 0.5 * (titles.length + aliases.length) - 0.5 * missing : titles.length + 0.5 * aliases.length - 0.5 * missing;
  return { profile, titles, aliases, evidence, missing, score };
}

/**
 * The profile a document's top-level headings match best. The seed's stays unless another
 * template is clearly in evidence (see Fit.evidence: 2 for a built-in, 1 for a team's own
 * profile) and fits better once the required sections each profile would miss are counted. A document with no seed titles and three or more headings of
 * the usual kind, but no named template, gets the minimal profile.
 */
export function detectProfile(headings: string[], custom: TemplateProfile[] = [], opening: OpeningSignals = NO_OPENING): { profile: TemplateProfile; matched: string[] } {
  const seedFit = fitOf(seed, headings, opening);
  // A report in a team's own format (Yearn's "Summary / Background / Details of Incident /
  // Details of Recovery / Timeline of events / Third Party Disclosure"): none of the seed's header
  // fields, at most one of its titles, and most headings unknown to it. A seed draft starts from
  // the template's own titles or header; this is not one.
  const seedKnown = seedFit.titles.length + seedFit.aliases.length;
  const ownFormat = opening.seedFields === 0 && headings.length >= 3 && seedFit.titles.length <= 1 && seedKnown * 2 <= headings.length;
  // No sign of the seed's template: none of its titles or aliases, at most one of its header
  // fields (a Date or Severity line is in every template), and something written (an opening
  // account or headings). A blog-style report ("As a transparent company, we also share our issues.
  // On July 11th …"), a wiki incident log, a service bulletin with a Severity line: asking it for
  // Facilitator, Participants and seven sections is noise, not guidance. An empty draft under a
  // "# Post-Mortem: …" title keeps the seed's template and its guidance.
  const noSeedSign = opening.seedFields < 2 && seedKnown === 0 && (headings.length > 0 || opening.prose);
  const candidates: Fit[] = [];
  for (const profile of [...custom, ...BUILTIN_PROFILES]) {
    if (profile === seed) continue;
    const fit = fitOf(profile, headings, opening);
    if (profile.id === 'any') {
      // No sign of the seed's template (under two of its header fields), and three parts of the
      // usual kind (two when the seed's template knows none of the headings).
      const parts = fit.titles.length + fit.aliases.length;
      if (opening.seedFields < 2 && (parts >= 3 || (parts >= 2 && seedKnown === 0) || (parts >= 1 && ownFormat) || noSeedSign)) candidates.push(fit);
    } else if (fit.evidence >= (profile.builtin ? 2 : 1)) candidates.push(fit);
  }
  // The seed's template opens with its header fields and uses its own titles: with none of the
  // fields, and more headings read by alias than by title, a template that fits the headings as
  // well as the seed's does is the better reading (DFDS's "Summary / Timeline / Contributing
  // Factors / Action Items / Lessons Learned / Attendees" has no Facilitator, Severity or
  // Follow-Up Review to ask for).
  const seedUnlikely = ownFormat || noSeedSign || (opening.seedFields === 0 && seedFit.titles.length < seedFit.aliases.length);
  // No sign of the seed's own: no Facilitator or Participants line, not its "Post-Mortem: …"
  // title, and none of its section titles but "Action Items" ("Summary", "Timeline" and "Root
  // Cause" head every kind of report, and a Date or Severity line opens them all). Such a
  // document was written to another template (a quarter of the real post-mortems read as the
  // seed's drew 15 structure findings each): the best of the others that fits reads it, else the
  // minimal one. An empty draft keeps the seed's.
  const seedAbsent = opening.ownFields === 0 && !opening.seedTitle && !seedFit.titles.some(isSeedOwnTitle) && (headings.length > 0 || opening.prose);
  if (seedAbsent && !candidates.length) candidates.push(fitOf(any, headings, opening));
  // (With no sign of the seed's, the loop below picks the best of the others.)
  let best = seedAbsent ? candidates[0] : seedFit;
  for (const c of candidates) if (c.score > best.score || (c.score === best.score && best === seedFit && seedUnlikely)) best = c;
  return { profile: best.profile, matched: [...best.titles, ...best.aliases] };
}

/**
 * A heading that names a seed section by its own title, other than "Action Items", which closes
 * every kind of report ("Contributing Factors" and "What Went Well" are the blameless template's
 * words even where PagerDuty's uses them too).
 */
function isSeedOwnTitle(heading: string): boolean {
  const m = matchSection(seed, heading);
  return !!m && !m.alias && m.section.role !== 'actions';
}

const NO_OPENING: OpeningSignals = { seedFields: 0, ownFields: 0, prose: false, dated: false };

/**
 * Chooses the profile: a `template:` in front matter, else the configured one, else detection.
 * An unknown name in front matter is kept for template-unknown and detection is used instead
 * (the configuration's unknown names are reported as configuration problems, see config.ts).
 */
export function selectTemplate(headings: string[], frontMatter: Record<string, unknown> | undefined, setting: string, custom: TemplateProfile[] = [], opening?: OpeningSignals): TemplateSelection {
  let unknown: TemplateSelection['unknown'];
  const named = frontMatter?.template;
  if (typeof named === 'string' && named.trim() && named.trim().toLowerCase() !== AUTO) {
    const profile = findProfile(named, custom);
    if (profile) return { profile, how: 'front-matter', matched: [] };
    unknown = { name: named.trim() };
  }
  if (setting && setting !== AUTO) {
    const profile = findProfile(setting, custom);
    if (profile) return { profile, how: 'config', matched: [], ...(unknown ? { unknown } : {}) };
  }
  const { profile, matched } = custom.length ? detectProfile(headings, custom, opening) : detectBuiltin(headings, opening ?? NO_OPENING);
  return { profile, how: 'auto', matched, seedFields: opening?.seedFields ?? 0, ...(unknown ? { unknown } : {}) };
}

/**
 * detectProfile among the built-in profiles, remembered per headings and opening: every model
 * build asks (on every keystroke), and the headings nearly never change. Callers only read it.
 */
function detectBuiltin(headings: string[], opening: OpeningSignals): ReturnType<typeof detectProfile> {
  const key = `${opening.seedFields}|${opening.ownFields}|${opening.seedTitle}|${opening.prose}|${opening.dated}|${headings.join('\u0000')}`;
  let found = detected.get(key);
  if (!found) {
    if (detected.size >= 256) detected.clear();
    detected.set(key, (found = detectProfile(headings, [], opening)));
  }
  return found;
}
const detected = new Map<string, ReturnType<typeof detectProfile>>();

/** How a selection is described to the user: "Google SRE (detected from 7 headings)". */
export function describeSelection(selection: TemplateSelection): string {
  const { profile, how, matched } = selection;
  if (how === 'front-matter') return `${profile.name} (set in the front matter)`;
  if (how === 'config') return `${profile.name} (set in the configuration)`;
  if (!matched.length) return `${profile.name} (the default)`;
  return `${profile.name} (detected from ${matched.length} heading${matched.length === 1 ? '' : 's'})`;
}

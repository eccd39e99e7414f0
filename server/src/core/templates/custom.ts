// A team's own template profile, from `templates.<id>` in `.postmortemrc.json` (or settings):
// validated as data, field by field. A bad field is reported with its path and left out; a
// profile with no usable section is dropped. Nothing in it is executed or compiled: titles and
// aliases are compared as normalised strings.
import { ACTION_COLUMNS, HEADER_FIELDS, TIMELINE_COLUMNS, type ActionColumn, type TimelineColumn } from '../template';
import { any } from './any';
import { BUILTIN_PROFILES, builtinProfile, headingKey } from './index';
import { SECTION_ROLES, type ProfileField, type ProfileSection, type ProfileSubsection, type SectionRole, type TemplateProfile } from './types';

export interface ProfileProblem {
  path: string;
  message: string;
}

const MAX_SECTIONS = 40;
const MAX_ALIASES = 40;
const MAX_TEXT = 200;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function slug(text: string): string {
  return headingKey(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'section';
}

class Reader {
  constructor(readonly problems: ProfileProblem[]) {}

  fail(path: string, message: string): undefined {
    this.problems.push({ path, message: `${path} ${message}` });
    return undefined;
  }

  text(v: unknown, path: string, { required = false, max = MAX_TEXT } = {}): string | undefined {
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || !v.trim()) return this.fail(path, 'must be a non-empty string');
    if (v.length > max) return this.fail(path, `must be at most ${max} characters`);
    return v.trim();
  }

  texts(v: unknown, path: string): string[] {
    if (v === undefined) return [];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && x.trim() && x.length <= MAX_TEXT)) {
      this.fail(path, `must be a list of strings (each at most ${MAX_TEXT} characters)`);
      return [];
    }
    if (v.length > MAX_ALIASES) this.fail(path, `has more than ${MAX_ALIASES} entries; the first ${MAX_ALIASES} are used`);
    return (v as string[]).slice(0, MAX_ALIASES).map((x) => x.trim());
  }

  bool(v: unknown, path: string, fallback: boolean): boolean {
    if (v === undefined) return fallback;
    if (typeof v !== 'boolean') {
      this.fail(path, 'must be true or false');
      return fallback;
    }
    return v;
  }

  role(v: unknown, path: string): SectionRole | undefined {
    if (v === undefined) return 'other';
    if (typeof v === 'string' && (SECTION_ROLES as string[]).includes(v)) return v as SectionRole;
    return this.fail(path, `must be one of ${SECTION_ROLES.map((r) => `"${r}"`).join(', ')}`);
  }

  keys(v: unknown, path: string, allowed: string[]): void {
    if (!isObject(v)) return;
    for (const k of Object.keys(v)) if (!allowed.includes(k)) this.fail(`${path}.${k}`, `is not a template setting (known: ${allowed.join(', ')})`);
  }
}

function readSubsection(r: Reader, v: unknown, path: string): ProfileSubsection | undefined {
  if (!isObject(v)) return r.fail(path, 'must be an object with a "title"');
  r.keys(v, path, ['title', 'aliases', 'role']);
  const title = r.text(v.title, `${path}.title`, { required: true });
  const role = r.role(v.role, `${path}.role`);
  if (!title || !role) return undefined;
  return { title, aliases: r.texts(v.aliases, `${path}.aliases`), role };
}

function readSection(r: Reader, v: unknown, path: string): ProfileSection | undefined {
  if (!isObject(v)) return r.fail(path, 'must be an object with a "title"');
  r.keys(v, path, ['id', 'title', 'aliases', 'role', 'required', 'guidance', 'skeleton', 'subsections', 'satisfiedBy']);
  const title = r.text(v.title, `${path}.title`, { required: true });
  const role = r.role(v.role, `${path}.role`);
  if (!title || !role) return undefined;
  const guidance = r.text(v.guidance, `${path}.guidance`, { max: 1000 }) ?? '';
  const body = r.text(v.skeleton, `${path}.skeleton`, { max: 2000 });
  const subsections = Array.isArray(v.subsections)
    ? v.subsections.map((s, i) => readSubsection(r, s, `${path}.subsections[${i}]`)).filter((s): s is ProfileSubsection => !!s)
    : v.subsections === undefined
      ? undefined
      : (r.fail(`${path}.subsections`, 'must be a list'), undefined);
  return {
    id: (v.id !== undefined && r.text(v.id, `${path}.id`)) || slug(title),
    title,
    aliases: r.texts(v.aliases, `${path}.aliases`),
    role,
    required: r.bool(v.required, `${path}.required`, true),
    ...(v.satisfiedBy !== undefined ? { satisfiedBy: r.texts(v.satisfiedBy, `${path}.satisfiedBy`) } : {}),
    // The skeleton is markdown that goes under the heading; the heading is always the title.
    skeleton: `## ${title}\n${body ?? `[${guidance || title}]`}\n`,
    guidance,
    ...(subsections?.length ? { subsections } : {}),
  };
}

function readField(r: Reader, v: unknown, path: string): ProfileField | undefined {
  if (!isObject(v)) return r.fail(path, 'must be an object with a "label"');
  r.keys(v, path, ['id', 'label', 'aliases', 'required', 'placeholder', 'guidance']);
  const label = r.text(v.label, `${path}.label`, { required: true });
  if (!label) return undefined;
  // The seed's five keep their ids, so the date, severity and people checks still read them.
  const known = HEADER_FIELDS.find((f) => f.label.toLowerCase() === label.toLowerCase());
  return {
    id: known?.id ?? slug(label),
    label,
    aliases: r.texts(v.aliases, `${path}.aliases`),
    required: r.bool(v.required, `${path}.required`, true),
    placeholder: r.text(v.placeholder, `${path}.placeholder`) ?? '[...]',
    guidance: r.text(v.guidance, `${path}.guidance`, { max: 1000 }) ?? '',
    ...(known?.id === 'date' ? { titleCounts: true } : {}),
  };
}

function readColumns<T extends string>(r: Reader, v: unknown, path: string, known: { id: T }[], fallback: T[]): T[] {
  if (v === undefined) return fallback;
  const ids = known.map((c) => c.id as string);
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && ids.includes(x))) {
    r.fail(path, `must be a list of ${ids.map((id) => `"${id}"`).join(', ')}`);
    return fallback;
  }
  return v as T[];
}

/**
 * Reads `templates` from a configuration layer. Returns the profiles that are usable and the
 * problems found; `existing` are profiles of earlier layers (a later layer may redefine them).
 */
export function readCustomProfiles(value: unknown, problems: ProfileProblem[]): TemplateProfile[] {
  const r = new Reader(problems);
  if (!isObject(value)) {
    r.fail('templates', 'must be an object of template id → template');
    return [];
  }
  const out: TemplateProfile[] = [];
  for (const [rawId, v] of Object.entries(value)) {
    const path = `templates.${rawId}`;
    const id = rawId.trim().toLowerCase();
    if (!/^[a-z0-9][a-z0-9-]{0,40}$/.test(id) || id === 'auto') {
      r.fail(path, 'is not a usable template id (use lower-case letters, digits and dashes, not "auto")');
      continue;
    }
    if (builtinProfile(id)) {
      r.fail(path, `cannot replace the built-in template "${id}"; give it another id (it may "extends": "${id}")`);
      continue;
    }
    if (!isObject(v)) {
      r.fail(path, 'must be an object with "sections"');
      continue;
    }
    r.keys(v, path, ['name', 'description', 'extends', 'title', 'header', 'sections', 'timeline', 'actions', 'causes', 'suggestTitles', 'shortSummary']);
    let base: TemplateProfile = any;
    if (v.extends !== undefined) {
      const b = typeof v.extends === 'string' ? builtinProfile(v.extends.trim().toLowerCase()) : undefined;
      if (b) base = b;
      else r.fail(`${path}.extends`, `must name a built-in template (${BUILTIN_PROFILES.map((p) => `"${p.id}"`).join(', ')})`);
    }
    let sections = base.sections;
    if (v.sections !== undefined) {
      if (!Array.isArray(v.sections)) r.fail(`${path}.sections`, 'must be a list of sections');
      else {
        if (v.sections.length > MAX_SECTIONS) r.fail(`${path}.sections`, `has more than ${MAX_SECTIONS} sections; the first ${MAX_SECTIONS} are used`);
        sections = v.sections.slice(0, MAX_SECTIONS).map((s, i) => readSection(r, s, `${path}.sections[${i}]`)).filter((s): s is ProfileSection => !!s);
        // Two sections with one id would make Insert Section ambiguous: number the later ones.
        const seen = new Map<string, number>();
        sections = sections.map((s) => {
          const n = (seen.get(s.id) ?? 0) + 1;
          seen.set(s.id, n);
          return n === 1 ? s : { ...s, id: `${s.id}-${n}` };
        });
      }
    }
    if (!sections.length) {
      r.fail(path, 'has no usable section, so it is not used');
      continue;
    }
    let header = base.header;
    if (v.header !== undefined) {
      if (!Array.isArray(v.header)) r.fail(`${path}.header`, 'must be a list of fields');
      else header = v.header.map((f, i) => readField(r, f, `${path}.header[${i}]`)).filter((f): f is ProfileField => !!f);
    }
    const table = <T extends string>(key: 'timeline' | 'actions', known: { id: T }[], fallback: { columns: T[]; list: boolean }) => {
      const t = v[key];
      if (t === undefined) return fallback;
      if (!isObject(t)) {
        r.fail(`${path}.${key}`, 'must be an object with "columns" and "list"');
        return fallback;
      }
      r.keys(t, `${path}.${key}`, ['columns', 'list']);
      return { columns: readColumns(r, t.columns, `${path}.${key}.columns`, known, fallback.columns), list: r.bool(t.list, `${path}.${key}.list`, fallback.list) };
    };
    let causes = base.causes;
    if (v.causes !== undefined) {
      if (!isObject(v.causes)) r.fail(`${path}.causes`, 'must be an object with "minFactors" and "subsections"');
      else {
        r.keys(v.causes, `${path}.causes`, ['minFactors', 'subsections']);
        const min = v.causes.minFactors;
        const minFactors = min === undefined ? causes.minFactors : typeof min === 'number' && Number.isInteger(min) && min >= 0 && min <= 20 ? min : (r.fail(`${path}.causes.minFactors`, 'must be a whole number from 0 to 20'), causes.minFactors);
        causes = { minFactors, subsections: r.bool(v.causes.subsections, `${path}.causes.subsections`, causes.subsections) };
      }
    }
    const name = r.text(v.name, `${path}.name`) ?? rawId;
    const title = r.text(v.title, `${path}.title`);
    out.push({
      id,
      name,
      description: r.text(v.description, `${path}.description`, { max: 1000 }) ?? `The team's own template "${name}".`,
      builtin: false,
      title: title ? (title.startsWith('#') ? title : `# ${title}`) : base.title,
      header,
      sections,
      timeline: table<TimelineColumn>('timeline', TIMELINE_COLUMNS, base.timeline),
      actions: table<ActionColumn>('actions', ACTION_COLUMNS, base.actions),
      causes,
      // A team's own titles are the ones it wants: suggest them unless told not to.
      suggestTitles: r.bool(v.suggestTitles, `${path}.suggestTitles`, true),
      shortSummary: r.bool(v.shortSummary, `${path}.shortSummary`, base.shortSummary),
    });
  }
  return out;
}

// Configuration is data: JSON from `.postmortemrc.json` or VS Code settings, validated here and
// merged over the defaults of catalogue §5. Nothing in it is ever executed or compiled: phrases
// are matched as words (see phrases.ts), globs by a linear matcher (see detect.ts).
import type { SeveritySetting } from './types';
import { AUTO, allProfiles, findProfile, type TemplateProfile } from './templates/index';
import { readCustomProfiles } from './templates/custom';

export interface ResolvedConfig {
  /** Severity per rule id; absent = the rule's default. */
  rules: Record<string, SeveritySetting>;
  /** The template profile documents follow: `auto` (detected per document) or a profile id. */
  template: string;
  /** The team's own profiles (`templates` in `.postmortemrc.json`), validated. */
  templates: TemplateProfile[];
  files: {
    /** Globs that make a markdown file a post-mortem. */
    include: string[];
    exclude: string[];
  };
  language: {
    /** Phrases never to flag, matched as words. */
    allowPhrases: string[];
    /** Extra phrases to flag, per blame rule id, matched as words. */
    extraPhrases: Record<string, string[]>;
    /** retext-equality's inconsiderate-language checks (category `language`). */
    inclusive: boolean;
    /** retext-equality's profanity checks: off by default, they flag "failed" and "executed". */
    profanity: boolean;
  };
  names: { extra: string[] };
  summary: { maxSentences: number };
  timeline: { requireTimezone: boolean };
  rootCause: { style: 'contributing-factors' | 'root-causes' };
  counterfactual: { inActionItems: 'info' | 'off' };
  followUp: { minDays: number; maxDays: number; suggestDays: number };
  actions: {
    required: boolean;
    /** Days from the incident within which items are due, per severity value; null = no SLO. */
    dueSloDays: Record<string, number | null>;
    requirePreventive: boolean;
  };
  severity: { values: string[]; aliases: Record<string, string> };
  date: { order: 'month-first' | 'day-first' };
  contributingFactors: { subsections: string[] };
  facilitation: { agendaPreset: 'standard' | 'long' | 'short' | 'brief' };
}

export const DEFAULT_CONFIG: ResolvedConfig = {
  rules: {},
  template: AUTO,
  templates: [],
  files: {
    include: ['**/postmortems/**/*.md', '**/post-mortems/**/*.md', '**/postmortem/**/*.md', '**/incidents/**/*.md', '**/*.postmortem.md', '**/*.post-mortem.md'],
    exclude: ['**/node_modules/**'],
  },
  language: { allowPhrases: [], extraPhrases: {}, inclusive: true, profanity: false },
  names: { extra: [] },
  summary: { maxSentences: 5 },
  timeline: { requireTimezone: false },
  rootCause: { style: 'contributing-factors' },
  counterfactual: { inActionItems: 'info' },
  followUp: { minDays: 14, maxDays: 60, suggestDays: 28 },
  actions: {
    required: true,
    dueSloDays: { Critical: 15, High: 30, Medium: 56, Low: null },
    requirePreventive: true,
  },
  severity: {
    values: ['Critical', 'High', 'Medium', 'Low'],
    aliases: {
      SEV0: 'Critical', SEV1: 'Critical', SEV2: 'High', SEV3: 'Medium', SEV4: 'Low',
      'Sev-0': 'Critical', 'Sev-1': 'Critical', 'Sev-2': 'High', 'Sev-3': 'Medium', 'Sev-4': 'Low',
      S0: 'Critical', S1: 'Critical', S2: 'High', S3: 'Medium', S4: 'Low',
      P0: 'Critical', P1: 'Critical', P2: 'High', P3: 'Medium', P4: 'Low',
      Major: 'High', Minor: 'Low',
    },
  },
  date: { order: 'month-first' },
  contributingFactors: { subsections: ['Technical', 'Process', 'Communication', 'Environmental'] },
  facilitation: { agendaPreset: 'standard' },
};

export interface ConfigProblem {
  /** Dotted path of the offending key, e.g. "rules.human-eror". */
  path: string;
  message: string;
}

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

type Schema = 'string' | 'number' | 'boolean' | 'string[]' | { enum: string[] } | { record: 'string[]' | 'number|null' | 'string' } | { [key: string]: Schema };

const SCHEMA: { [key: string]: Schema } = {
  files: { include: 'string[]', exclude: 'string[]' },
  language: { allowPhrases: 'string[]', extraPhrases: { record: 'string[]' }, inclusive: 'boolean', profanity: 'boolean' },
  names: { extra: 'string[]' },
  summary: { maxSentences: 'number' },
  timeline: { requireTimezone: 'boolean' },
  rootCause: { style: { enum: ['contributing-factors', 'root-causes'] } },
  counterfactual: { inActionItems: { enum: ['info', 'off'] } },
  followUp: { minDays: 'number', maxDays: 'number', suggestDays: 'number' },
  actions: { required: 'boolean', dueSloDays: { record: 'number|null' }, requirePreventive: 'boolean' },
  severity: { values: 'string[]', aliases: { record: 'string' } },
  date: { order: { enum: ['month-first', 'day-first'] } },
  contributingFactors: { subsections: 'string[]' },
  facilitation: { agendaPreset: { enum: ['standard', 'long', 'short', 'brief'] } },
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkValue(schema: Schema, value: unknown, path: string, problems: ConfigProblem[]): boolean {
  const fail = (what: string) => {
    problems.push({ path, message: `${path} must be ${what}` });
    return false;
  };
  if (schema === 'string') return typeof value === 'string' || fail('a string');
  if (schema === 'number') return (typeof value === 'number' && Number.isFinite(value)) || fail('a number');
  if (schema === 'boolean') return typeof value === 'boolean' || fail('true or false');
  if (schema === 'string[]') return (Array.isArray(value) && value.every((x) => typeof x === 'string')) || fail('a list of strings');
  if ('enum' in schema && Array.isArray(schema.enum)) return schema.enum.includes(value as string) || fail(`one of ${schema.enum.map((e) => `"${e}"`).join(', ')}`);
  if ('record' in schema && typeof schema.record === 'string') {
    if (!isPlainObject(value)) return fail('an object');
    let ok = true;
    for (const [k, v] of Object.entries(value)) {
      const inner = schema.record === 'number|null' ? (v === null ? null : 'number') : schema.record;
      if (inner && !checkValue(inner as Schema, v, `${path}.${k}`, problems)) ok = false;
    }
    return ok;
  }
  if (!isPlainObject(value)) return fail('an object');
  let ok = true;
  for (const [k, v] of Object.entries(value)) {
    const sub = (schema as { [key: string]: Schema })[k];
    if (!sub) {
      problems.push({ path: `${path}.${k}`, message: `unknown setting "${path}.${k}"` });
      ok = false;
      continue;
    }
    if (!checkValue(sub, v, `${path}.${k}`, problems)) ok = false;
  }
  return ok;
}

/** A user-supplied layer of configuration: the shape of `.postmortemrc.json`. */
export type ConfigLayer = Record<string, unknown>;

/**
 * Merges layers (lowest precedence first) over the defaults. Invalid values are reported and
 * skipped, so a typo never takes the linter down; unknown rule ids are reported when
 * `knownRuleIds` is given.
 */
export function resolveConfig(layers: ConfigLayer[], knownRuleIds?: Set<string>): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const config: ResolvedConfig = structuredClone(DEFAULT_CONFIG);
  const problems: ConfigProblem[] = [];
  for (const layer of layers) {
    if (!isPlainObject(layer)) {
      problems.push({ path: '', message: 'configuration must be a JSON object' });
      continue;
    }
    for (const [key, value] of Object.entries(layer)) {
      if (key === '$schema') continue;
      if (key === 'rules') {
        if (!isPlainObject(value)) {
          problems.push({ path: 'rules', message: 'rules must be an object of rule id → severity' });
          continue;
        }
        for (const [id, sev] of Object.entries(value)) {
          if (knownRuleIds && !knownRuleIds.has(id)) {
            problems.push({ path: `rules.${id}`, message: `unknown rule id "${id}"` });
            continue;
          }
          if (typeof sev !== 'string' || !SEVERITIES.includes(sev)) {
            problems.push({ path: `rules.${id}`, message: `rules.${id} must be one of ${SEVERITIES.join(', ')}` });
            continue;
          }
          config.rules[id] = sev as SeveritySetting;
        }
        continue;
      }
      if (key === 'template') {
        if (typeof value !== 'string' || !value.trim()) problems.push({ path: 'template', message: 'template must be "auto" or the id of a template, such as "google-sre"' });
        else config.template = value.trim().toLowerCase();
        continue;
      }
      if (key === 'templates') {
        // A later layer's profile replaces an earlier one of the same id.
        for (const profile of readCustomProfiles(value, problems)) config.templates = [...config.templates.filter((p) => p.id !== profile.id), profile];
        continue;
      }
      const schema = SCHEMA[key];
      if (!schema) {
        problems.push({ path: key, message: `unknown setting "${key}"` });
        continue;
      }
      if (!isPlainObject(value)) {
        problems.push({ path: key, message: `${key} must be an object` });
        continue;
      }
      const target = (config as unknown as Record<string, Record<string, unknown>>)[key];
      for (const [k, v] of Object.entries(value)) {
        const sub = (schema as { [key: string]: Schema })[k];
        if (!sub) {
          problems.push({ path: `${key}.${k}`, message: `unknown setting "${key}.${k}"` });
          continue;
        }
        if (!checkValue(sub, v, `${key}.${k}`, problems)) continue;
        // Records merge key by key, so a layer can change one SLO without restating the rest.
        target[k] = isPlainObject(v) && isPlainObject(target[k]) ? { ...(target[k] as object), ...v } : structuredClone(v);
      }
    }
  }
  // The two language switches are shorthands for the severities of their rules.
  if (!config.language.inclusive && !config.rules['inclusive-language']) config.rules['inclusive-language'] = 'off';
  if (config.language.profanity && !config.rules['profanity']) config.rules['profanity'] = 'warning';
  if (config.template !== AUTO && !findProfile(config.template, config.templates)) {
    const known = [AUTO, ...allProfiles(config.templates).map((p) => p.id)].map((id) => `"${id}"`).join(', ');
    problems.push({ path: 'template', message: `template "${config.template}" is not a known template (known: ${known}); detecting the template per document instead` });
    config.template = AUTO;
  }
  if (config.followUp.minDays > config.followUp.maxDays) {
    problems.push({ path: 'followUp', message: 'followUp.minDays is larger than followUp.maxDays' });
  }
  return { config, problems };
}

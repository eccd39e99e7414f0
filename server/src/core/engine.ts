// The rule engine: model → rules → findings. It applies configured severities, inline
// suppression comments, the allow list and the blame overlap policy (catalogue §1.7), and
// never lets one rule's bug take the others down.
import { buildModel, type ModelReuse, type PostMortem, type ProseUnit, type UnitIdentity } from './model';
import { chunkStarts } from './parse';
import { DEFAULT_CONFIG, type ResolvedConfig } from './config';
import { containsPhrase } from './phrases';
import { gazetteer } from './people';
import { ALL_RULES } from './rules/index';
import type { Finding, Rule, RuleContext, RuleFinding, Severity, SeveritySetting, Span } from './types';
import type { WorkspaceContext } from './workspace';
import { ByteLru } from './lru';
import { ownCopy } from './text';
import { forgetAnalysis } from './analysis';

/** Catalogue §1.7: when spans overlap, the first rule in this order wins ("one span, one finding"). */
export const OVERLAP_ORDER = [
  'person-root-cause',
  'human-error-cause',
  'procedure-violation',
  'hindsight-minimizing',
  'folk-model-label',
  'mechanistic-reasoning',
  'distancing',
  'people-targeted-action',
  'why-who-question',
  'normative-judgment',
  'person-as-failure-subject',
  'counterfactual',
  'animated-language',
  'self-blame',
  // Not blame, but one span still gives one finding: the specific blame finding wins.
  'single-root-cause',
  'inclusive-language',
];

/** Reported by the engine itself for inline comments naming rules that do not exist. */
export const UNKNOWN_RULE_ID: Rule = {
  id: 'unknown-rule-id',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'An inline postmortem-disable/enable comment names a rule that does not exist.',
  explanation:
    'Rule ids are public API: a misspelt id in a suppression comment silently suppresses nothing. Check the id against the rule list in the README.',
  sources: [],
  check: () => [],
};

/** Reported when a rule throws: the document is still linted by every other rule. */
export const INTERNAL_ERROR: Rule = {
  id: 'internal-error',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'A check failed on this document; the other checks still ran.',
  explanation: 'This is a bug in the linter, not in the document. Please report it with the document (or a reduced copy).',
  sources: [],
  check: () => [],
};

/** Reported once when a document is too large to check in full (a hostile size, not a post-mortem). */
export const CHECKS_LIMITED: Rule = {
  id: 'checks-limited',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'The document is too large to check in full; only its beginning was checked.',
  explanation:
    'Documents over 2 MB (a post-mortem is usually under 30 KB, and a 10,000-row timeline under 2 MB) are checked up to a line break near 2 MB, and a single block over 150 KB (a pasted log, a generated file) is checked up to a line break near 150 KB and the document no further, so the editor never stalls. Quick fixes are not offered on such a document. Split it, or move logs and data into attachments.',
  sources: [],
  check: () => [],
};

/**
 * Characters checked at most by default; beyond this a document is checked up to a line break
 * (see CHECKS_LIMITED). It fits a 10,000-row timeline (about 1 to 2 MB, checked in full in about
 * 2 s from the CLI); a pasted 5 MB log is checked only so far, and says so.
 */
export const MAX_CHECKED_CHARS = 2_000_000;

/**
 * Characters of one block (a chunk: a paragraph, a code block, a few table rows) checked at most
 * when the size limit applies. Sentence analysis of one long paragraph grows faster than its
 * length (log lines pasted as one paragraph: 150 KB take about 1.5 s, 600 KB about 9 s), so a
 * longer block is checked up to a line break near this size and the document no further.
 */
export const MAX_BLOCK_CHARS = 150_000;

export interface LintOptions {
  config?: ResolvedConfig;
  /** "Today" as YYYY-MM-DD; defaults to the real date. Tests pass a fixed one. */
  today?: string;
  rules?: Rule[];
  /** Overrides MAX_CHECKED_CHARS (benchmarks measure full documents with Infinity). */
  maxCheckedChars?: number;
  /** The other post-mortems, for rules that look across documents (recurring-condition). */
  workspace?: WorkspaceContext;
  /** The document's model reuse handle (ModelReuse): the model is valid until the next lint with it. */
  reuse?: ModelReuse;
}

export interface LintResult {
  model: PostMortem;
  findings: Finding[];
}

export function allRules(): Rule[] {
  return [...ALL_RULES, UNKNOWN_RULE_ID, INTERNAL_ERROR, CHECKS_LIMITED];
}

export function ruleById(id: string): Rule | undefined {
  return allRules().find((r) => r.id === id);
}

export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function lint(input: string | PostMortem, options: LintOptions = {}): LintResult {
  const limit = options.maxCheckedChars ?? MAX_CHECKED_CHARS;
  if (typeof input === 'string' && input.length > MAX_BLOCK_CHARS) {
    const cut = checkedPart(input, limit).length;
    if (cut < input.length) return lintLimited(input, cut, options);
  }
  const config = options.config ?? DEFAULT_CONFIG;
  const model = typeof input === 'string' ? buildModel(input, { template: config.template, templates: config.templates, reuse: options.reuse }) : input;
  const rules = options.rules ?? ALL_RULES;
  const known = new Set([...allRules(), ...rules].map((r) => r.id));
  const severityOf = (id: string): SeveritySetting => config.rules[id] ?? ruleById(id)?.defaultSeverity ?? 'off';
  const context: RuleContext = { config, today: options.today ?? todayIso(), severityOf, ...(options.workspace ? { workspace: options.workspace } : {}) };

  const findings: Finding[] = [];
  const emit = (rule: Rule, f: RuleFinding) => {
    const configured = config.rules[rule.id];
    // A severity set by the user wins over a rule's section-based adjustment (§1.5).
    const sev: SeveritySetting = configured ?? f.severity ?? rule.defaultSeverity;
    if (sev === 'off' || f.severity === 'off') return;
    findings.push({
      ruleId: rule.id,
      category: rule.category,
      severity: sev as Severity,
      message: f.message,
      start: f.start,
      end: Math.max(f.start, f.end),
      fixes: f.fixes ?? [],
      ...(f.phrase !== undefined ? { phrase: f.phrase } : {}),
      ...(f.prompts ? { prompts: f.prompts } : {}),
      ...(f.related?.length ? { related: f.related } : {}),
    });
  };

  const enabled = rules.filter((rule) => (config.rules[rule.id] ?? rule.defaultSeverity) !== 'off');
  const proseRuns = new ProseRuns(model, config, enabled.filter((r) => r.scope === 'prose'), context);
  for (const rule of enabled) {
    try {
      const found = rule.scope === 'prose' ? proseRuns.run(rule) : rule.check(model, context);
      for (const f of found) emit(rule, f);
    } catch (e) {
      const where = model.title?.span ?? { start: 0, end: 0 };
      emit(INTERNAL_ERROR, { ...where, message: `The check "${rule.id}" failed on this document: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  for (const d of model.directives) {
    for (const id of d.ruleIds) {
      if (!known.has(id)) emit(UNKNOWN_RULE_ID, { ...d.span, message: `Unknown rule id "${id}" in a postmortem-${d.kind} comment.` });
    }
  }

  const kept = resolveOverlaps(findings.filter((f) => !isSuppressed(model, f) && !isAllowed(model, config, f)));
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { model, findings: kept };
}

/**
 * Findings of prose-scoped rules, per prose unit, cached by what they can depend on: the rules
 * and the configuration and the document's people (one table per combination), then the unit —
 * its source text (through its parse identity) and its place (kind, section, column). Offsets
 * are stored relative to the unit, so an edit elsewhere only shifts them.
 */
interface UnitResults {
  /** Per rule (in the table's rule order): its findings in this unit, relative to the unit's start. */
  byRule: (RuleFinding[] | undefined)[];
  /** Every rule's result is cached and none found anything: the unit costs nothing. */
  clean: boolean;
  /** byRule's findings shifted to the unit's offset `placedAt`, per rule as asked for (placedFindings). */
  placedAt?: number;
  placed?: (RuleFinding[] | undefined)[];
}
/**
 * One LRU for every table, bounded by bytes: the key is the table's number × 2^32 + the unit's id.
 * An entry costs about 100 bytes plus 8 per rule, a finding about 300 plus its message and
 * edits (measured with heap snapshots).
 */
const PROSE_CACHE_BYTES = 16 * 1024 * 1024;
const proseCache = new ByteLru<number, UnitResults>(PROSE_CACHE_BYTES);
const tableNumbers = new Map<string, number>();
let nextTableNumber = 0;
/**
 * Unit ids, kept on the parse identity per place (UnitIdentity.unitIds), so no unit text is hashed
 * on a keystroke; a unit with a new identity (its chunk was re-parsed) falls back to its text, so
 * the neighbours of an edit in the same chunk still hit the cache.
 */
const unitIdsByText = new Map<string, number>();
let nextUnitId = 0;
/** The text keys of unitIdsByText are forgotten together once they hold about this many bytes. */
const UNIT_TEXT_BYTES = 8 * 1024 * 1024;
let unitTextBytes = 0;

export function clearRuleCache(): void {
  // Ids kept on parse identities stay valid: ids are never reused, and the tables are empty.
  proseCache.clear();
  tableNumbers.clear();
  unitIdsByText.clear();
  unitTextBytes = 0;
}

/**
 * A rule's cached result where it found nothing, shared: most results are empty, and an empty
 * array each cost 1.1 MB at 50 open post-mortems. Frozen, as the cached results are only read.
 */
const NONE = Object.freeze([]) as unknown as RuleFinding[];
const cleanRows = new Map<number, (RuleFinding[] | undefined)[]>();
/** The byRule of a clean unit (every result cached and empty), one shared array per rule count. */
function cleanByRule(rules: number): (RuleFinding[] | undefined)[] {
  let row = cleanRows.get(rules);
  if (!row) cleanRows.set(rules, (row = Object.freeze(new Array(rules).fill(NONE)) as (RuleFinding[] | undefined)[]));
  return row;
}

/** Every rule's result is cached (byRule is sparse, which `every` would skip). */
function allCached(entry: UnitResults): boolean {
  for (let k = 0; k < entry.byRule.length; k++) if (!entry.byRule[k]) return false;
  return true;
}

function unitResultsBytes(entry: UnitResults): number {
  let bytes = 100 + 8 * entry.byRule.length;
  for (const found of entry.byRule) {
    for (const f of found ?? []) {
      bytes += 300 + 2 * f.message.length;
      for (const fix of f.fixes ?? []) for (const e of fix.edits) bytes += 100 + 2 * e.newText.length;
    }
  }
  return bytes;
}

class ProseRuns {
  private readonly results = new Map<string, RuleFinding[]>();
  private readonly failures = new Map<string, unknown>();

  constructor(model: PostMortem, config: ResolvedConfig, rules: Rule[], context: RuleContext) {
    if (!rules.length) return;
    const people = gazetteer(model, config);
    const tableKey = JSON.stringify([rules.map((r) => r.id), config, people.names]);
    let table = tableNumbers.get(tableKey);
    if (table === undefined) {
      // Entries of forgotten tables are evicted from proseCache in their turn.
      if (tableNumbers.size > 64) tableNumbers.clear();
      table = nextTableNumber++;
      tableNumbers.set(tableKey, table);
    }
    const outs = rules.map((r) => {
      const out: RuleFinding[] = [];
      this.results.set(r.id, out);
      return out;
    });
    // Indexed loops: this one runs over every unit on every keystroke, and an array iterator
    // allocates a result object per step in code that is not optimized yet.
    const units = model.prose;
    for (let u = 0; u < units.length; u++) {
      const unit = units[u];
      const place = placeOf(model, unit);
      // The entry found last time for this place and table, kept on the place: most units are
      // the same parse as in the last lint, and this spares the cache's lookup and reordering.
      let known = place.table === table ? place.entry : undefined;
      if (!known) {
        known = proseCache.get(table * 2 ** 32 + place.id);
        if (known) Object.assign(place, { table, entry: known });
      }
      if (known?.clean) continue;
      const entry = known ?? { byRule: new Array(rules.length), clean: false };
      let filled = false;
      const base = unit.span.start;
      let view: PostMortem | undefined;
      let clean = true;
      for (let k = 0; k < rules.length; k++) {
        const rule = rules[k];
        const out = outs[k];
        const cached = entry.byRule[k];
        if (cached) {
          if (cached.length) {
            clean = false;
            const placed = placedFindings(entry, k, base);
            for (let i = 0; i < placed.length; i++) out.push(placed[i]);
          }
          continue;
        }
        clean = false;
        if (this.failures.has(rule.id)) continue;
        // The rule sees the document with only this unit as its prose.
        view ??= Object.create(model, { prose: { value: [unit] } }) as PostMortem;
        let found: RuleFinding[];
        try {
          found = rule.check(view, context);
        } catch (e) {
          this.failures.set(rule.id, e);
          continue;
        }
        out.push(...found);
        // Only findings that stay inside the unit, fixes included, can move with it.
        if (found.every((f) => staysInside(f, unit.span))) {
          entry.byRule[k] = found.length ? found.map((f) => shiftFinding(f, -base)) : NONE;
          filled = true;
        }
      }
      // Known clean only once every rule's empty result is cached (the next run skips the unit).
      entry.clean = clean;
      if (clean) entry.byRule = cleanByRule(rules.length);
      if (filled) {
        proseCache.set(table * 2 ** 32 + place.id, entry, unitResultsBytes(entry));
        Object.assign(place, { table, entry });
        // No prose rule reads this unit's nlcst tree again while the entry is cached.
        if (allCached(entry)) forgetAnalysis(unit.text);
      }
    }
  }

  /** The rule's findings over every prose unit; throws what the rule threw. */
  run(rule: Rule): RuleFinding[] {
    if (this.failures.has(rule.id)) throw this.failures.get(rule.id);
    return this.results.get(rule.id) ?? [];
  }
}

/**
 * True when a finding and its fixes' edits lie inside the span. (A function of its own: a closure
 * over the unit in ProseRuns' loop would make every iteration allocate a context for it.)
 */
function staysInside(f: RuleFinding, span: Span): boolean {
  const inside = (x: { start: number; end: number }) => x.start >= span.start && x.end <= span.end;
  return inside(f) && (f.fixes ?? []).every((x) => x.edits.every(inside));
}

/** A unit's cache id in one place, with the entry its last lint found (see ProseRuns). */
type Place = NonNullable<UnitIdentity['unitIds']>[number] & { table?: number; entry?: UnitResults };

/**
 * A cached rule's findings in a unit, at the unit's offset `base`: the shifted copies are kept
 * with the entry, so a unit that did not move since the last lint (one before the edit) gives
 * the same finding objects again instead of new ones. The engine only reads them.
 */
function placedFindings(entry: UnitResults, k: number, base: number): RuleFinding[] {
  if (entry.placedAt !== base || !entry.placed) {
    entry.placedAt = base;
    entry.placed = new Array(entry.byRule.length);
  }
  return (entry.placed[k] ??= entry.byRule[k]!.map((f) => shiftFinding(f, base)));
}

function placeOf(model: PostMortem, unit: ProseUnit): Place {
  const column = unit.column as string | undefined;
  // The place this unit object had in the last lint (a unit reused by ModelReuse): a check of the
  // unit's own fields instead of a walk through its identity's places.
  const last = unit.place as Place | undefined;
  if (last && last.context === unit.context && last.column === column && last.kind === unit.kind) return last;
  const places = unit.identity?.unitIds as Place[] | undefined;
  if (places) {
    for (let i = 0; i < places.length; i++) {
      const p = places[i];
      if (p.kind === unit.kind && p.context === unit.context && p.column === column) return (unit.place = p);
    }
  }
  const id = unitId(model, unit);
  const found = unit.identity?.unitIds?.find((p) => p.id === id) as Place | undefined;
  if (found) unit.place = found;
  return found ?? { kind: unit.kind, context: unit.context, column, id };
}

function unitId(model: PostMortem, unit: ProseUnit): number {
  const column = unit.column as string | undefined;
  const identity = unit.identity;
  const places = identity?.unitIds;
  if (places) for (const p of places) if (p.kind === unit.kind && p.context === unit.context && p.column === column) return p.id;
  const textKey = `${unit.kind}\u0000${unit.context}\u0000${column ?? ''}\u0000${model.source.slice(unit.span.start, unit.span.end)}`;
  let id = unitIdsByText.get(textKey);
  if (id === undefined) {
    if (unitTextBytes >= UNIT_TEXT_BYTES) {
      unitIdsByText.clear();
      unitTextBytes = 0;
    }
    id = nextUnitId++;
    // An owned copy: the key as built is a view into this version of the document (text.ts, ownCopy).
    unitIdsByText.set(ownCopy(textKey), id);
    unitTextBytes += 64 + 2 * textKey.length;
  }
  if (identity) {
    const place = { kind: unit.kind, context: unit.context, column, id };
    if (places) places.push(place);
    else identity.unitIds = [place];
  }
  return id;
}

function shiftFinding(f: RuleFinding, by: number): RuleFinding {
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    ...(f.fixes ? { fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })) } : {}),
  };
}

/**
 * The part of a document that is checked: all of it, or up to the last line break before `limit`,
 * or before MAX_BLOCK_CHARS into the first longer block (when a limit applies at all).
 */
export function checkedPart(source: string, limit = MAX_CHECKED_CHARS): string {
  let end = Math.min(source.length, limit);
  if (Number.isFinite(limit) && source.length > MAX_BLOCK_CHARS) {
    const starts = chunkStarts(source);
    for (let i = 0; i < starts.length && starts[i] < end; i++) {
      const next = starts[i + 1] ?? source.length;
      if (next - starts[i] > MAX_BLOCK_CHARS) {
        end = Math.min(end, starts[i] + MAX_BLOCK_CHARS);
        break;
      }
    }
  }
  if (end >= source.length) return source;
  const lastBreak = Math.max(source.lastIndexOf('\n', end - 1), source.lastIndexOf('\r', end - 1));
  return source.slice(0, lastBreak > 0 ? lastBreak + 1 : end);
}

/**
 * A hostile size: check the text up to `cut` (see checkedPart), say so once, and offer no fixes
 * (an edit computed on the beginning, such as "append a section", would land in the middle of the
 * real document).
 */
function lintLimited(source: string, cut: number, options: LintOptions): LintResult {
  const { model, findings } = lint(source.slice(0, cut), { ...options, maxCheckedChars: Infinity });
  const config = options.config ?? DEFAULT_CONFIG;
  const severity = config.rules[CHECKS_LIMITED.id] ?? CHECKS_LIMITED.defaultSeverity;
  const kb = (n: number) => (n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.round(n / 1000)} KB`);
  const limited: Finding[] =
    severity === 'off'
      ? []
      : [
          {
            ruleId: CHECKS_LIMITED.id,
            category: CHECKS_LIMITED.category,
            severity,
            message: `This document is ${kb(source.length)}: only its first ${model.lines.lineCount - 1} lines (${kb(cut)}) were checked, and no quick fixes are offered.`,
            start: 0,
            end: 0,
            fixes: [],
          },
        ];
  return { model, findings: [...limited, ...findings.map((f) => ({ ...f, fixes: [] }))] };
}

function isAllowed(model: PostMortem, config: ResolvedConfig, f: Finding): boolean {
  if (!config.language.allowPhrases.length || (f.category !== 'blame' && f.category !== 'language')) return false;
  const text = f.phrase ?? model.source.slice(f.start, f.end);
  return config.language.allowPhrases.some((p) => containsPhrase(text, p));
}

/** markdownlint-style comments: disable/enable regions, next line, this line, whole file. */
function isSuppressed(model: PostMortem, f: Finding): boolean {
  if (f.ruleId === UNKNOWN_RULE_ID.id || !model.directives.length) return false;
  const line = model.lines.positionAt(f.start).line;
  const applies = (ids: string[]) => ids.length === 0 || ids.includes(f.ruleId);
  let disabled = false;
  for (const d of model.directives) {
    if (!applies(d.ruleIds)) continue;
    switch (d.kind) {
      case 'disable-file':
        return true;
      case 'disable-line':
        if (d.line === line) return true;
        break;
      case 'disable-next-line': {
        const endLine = model.lines.positionAt(d.span.end).line;
        if (line === endLine + 1) return true;
        break;
      }
      case 'disable':
        if (d.span.start <= f.start) disabled = true;
        break;
      case 'enable':
        if (d.span.start <= f.start) disabled = false;
        break;
    }
  }
  return disabled;
}

function resolveOverlaps(findings: Finding[]): Finding[] {
  const rank = (f: Finding) => OVERLAP_ORDER.indexOf(f.ruleId);
  const ranked = findings.filter((f) => rank(f) >= 0).sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const winners: Finding[] = [];
  for (const f of ranked) {
    if (!winners.some((w) => w.start < f.end && f.start < w.end)) winners.push(f);
  }
  return [...findings.filter((f) => rank(f) < 0), ...winners];
}

// The team's post-mortems as a whole: an index of every post-mortem's action items and
// contributing factors, and the conditions that recur across incidents. Pure and editor-agnostic:
// the language server fills it from the workspace (lsp/indexer.ts), the CLI from its paths; the
// Action Items and Patterns views, the CLI's `actions` and `patterns` and the rule
// `recurring-condition` all read it.
//
// A recurring condition is explainable by construction: two contributing factors of different
// post-mortems describe the same condition when they are of the same kind (Technical, Process,
// Communication, Environmental; a factor under no such subsection goes with any) and share at
// least MIN_SHARED_TERMS terms (terms.ts). The condition is named by its kind and the terms
// shared, and holds every factor of that kind that has them all. Of nested term sets only the
// most general is kept ({queue, alert} rather than also {queue, alert, age}), so each condition
// is listed once, with every incident it appears in.
import type { PostMortem } from './model';
import type { ResolvedConfig } from './config';
import type { Range } from './text';
import type { ContributingSubsectionId } from './template';
import { actionItemsOf, type ActionItem } from './action-items';
import { contributingFactors } from './factors';
import { incidentDate } from './rules/actions/items';
import type { Term } from './terms';

export interface IndexedFactor {
  text: string;
  category?: ContributingSubsectionId;
  /** 0-based line of the factor, and its range. */
  line: number;
  range: Range;
  terms: Term[];
}

/** What the index keeps of one post-mortem: plain data, no model (it stays small). */
export interface IndexedPostMortem {
  /** Identity: a URI in the language server, a path in the CLI. */
  key: string;
  /** The path shown to people (workspace-relative, `/`-separated). */
  file: string;
  title?: string;
  /** The incident Date as ISO, when it parses. */
  incidentDate?: string;
  actions: ActionItem[];
  factors: IndexedFactor[];
}

/**
 * Two factors describe one condition when they share at least MIN_SHARED_TERMS terms, and at
 * least MIN_SHARED_PART of the terms of the shorter one: two long paragraphs always share a few
 * words by chance, two bullet points rarely do.
 */
export const MIN_SHARED_TERMS = 2;
export const MIN_SHARED_PART = 0.25;

/** Whether two factors with these many terms, sharing `shared`, are close enough to be one condition. */
export function sharesEnough(shared: number, termsA: number, termsB: number): boolean {
  return shared >= MIN_SHARED_TERMS && shared >= MIN_SHARED_PART * Math.min(termsA, termsB);
}

export interface FactorRef {
  doc: IndexedPostMortem;
  factor: IndexedFactor;
}

export interface RecurringCondition {
  /** The terms every factor of the condition has: its name. */
  terms: Term[];
  /** Those factors, by post-mortem file then line. */
  factors: FactorRef[];
  /** How many post-mortems (incidents) it appears in: at least two. */
  documents: number;
  /** The kind of factor (undefined: factors under no Technical/Process/… subsection). */
  category?: ContributingSubsectionId;
}

/** What a rule may read of the workspace (RuleContext.workspace). */
export interface WorkspaceContext {
  index: WorkspaceIndex;
  /** The key of the document being linted, so its own (saved) entry is not compared with it. */
  self?: string;
}

export function indexPostMortem(key: string, file: string, model: PostMortem, config: ResolvedConfig): IndexedPostMortem {
  const date = incidentDate(model, config);
  return {
    key,
    file,
    ...(model.title?.text ? { title: model.title.text } : {}),
    ...(date ? { incidentDate: date } : {}),
    actions: actionItemsOf(model, config),
    factors: contributingFactors(model).map((f) => {
      const range = model.lines.rangeOf(f.span);
      return { text: f.text, ...(f.category ? { category: f.category } : {}), line: range.start.line, range, terms: f.terms.map(sharedTerm) };
    }),
  };
}

/**
 * The index keeps one object per distinct term, shared by every factor that has it: a team's
 * post-mortems repeat their services and components (the bench's 50 open post-mortems held
 * 18,000 term objects and their key strings, 1.3 MB, of a few hundred distinct terms). Terms are
 * only read. Past SHARED_TERMS distinct terms the table starts over, as memoByText does, so
 * documents long closed do not keep theirs.
 */
const SHARED_TERMS = 20_000;
const sharedTerms = new Map<string, Term>();
function sharedTerm(term: Term): Term {
  const id = `${term.kind}\0${term.key}\0${term.label}`;
  const known = sharedTerms.get(id);
  if (known) return known;
  if (sharedTerms.size >= SHARED_TERMS) sharedTerms.clear();
  sharedTerms.set(id, term);
  return term;
}

/** Two factors can describe one condition when they are of the same kind, or one has no kind. */
export function compatible(a: ContributingSubsectionId | undefined, b: ContributingSubsectionId | undefined): boolean {
  return !a || !b || a === b;
}

/** Whether a factor (its terms and kind) belongs to a condition: it has all its terms, and fits its kind. */
export function belongsTo(condition: Pick<RecurringCondition, 'terms' | 'category'>, factor: { terms: Term[]; category?: ContributingSubsectionId }): boolean {
  const fits = condition.category ? !factor.category || factor.category === condition.category : !factor.category;
  return fits && condition.terms.every((t) => factor.terms.some((x) => x.key === t.key));
}

/** A post-mortem as people name it: its title without the template's "Post-Mortem:" prefix, or its file. */
export function displayTitle(doc: Pick<IndexedPostMortem, 'title' | 'file'>): string {
  const title = doc.title?.replace(/^(?:post[- ]?mortem|incident (?:review|report|post[- ]?mortem)|retrospective|pir)\s*[:—–-]\s*/i, '').trim();
  return title || doc.file.slice(doc.file.lastIndexOf('/') + 1);
}

export class WorkspaceIndex {
  private readonly docs = new Map<string, IndexedPostMortem>();
  private derived?: { sorted: IndexedPostMortem[]; order: Map<string, number>; postings: Map<string, FactorRef[]>; conditions?: RecurringCondition[] };
  /** Bumped on every change. */
  version = 0;

  get size(): number {
    return this.docs.size;
  }

  get(key: string): IndexedPostMortem | undefined {
    return this.docs.get(key);
  }

  has(key: string): boolean {
    return this.docs.has(key);
  }

  /**
   * Whether exactly this entry is stored already. An open document checked again without an edit
   * (the workspace changed) is indexed again to the same entry; setting it would throw away the
   * conditions, which take tens of milliseconds to find again in a workspace of 50.
   */
  holds(doc: IndexedPostMortem): boolean {
    const stored = this.docs.get(doc.key);
    return !!stored && JSON.stringify(stored) === JSON.stringify(doc);
  }

  /** Adds or replaces a post-mortem; true when its factors' terms changed (what patterns depend on). */
  set(doc: IndexedPostMortem): boolean {
    const before = this.docs.get(doc.key);
    this.docs.set(doc.key, doc);
    this.changed();
    return !before || termsKey(before) !== termsKey(doc) || before.incidentDate !== doc.incidentDate || before.title !== doc.title || before.file !== doc.file;
  }

  /** Removes a post-mortem; true when it was there. */
  delete(key: string): boolean {
    if (!this.docs.delete(key)) return false;
    this.changed();
    return true;
  }

  clear(): void {
    this.docs.clear();
    this.changed();
  }

  /** Every post-mortem, by file. */
  documents(): IndexedPostMortem[] {
    return this.state().sorted;
  }

  /** The conditions that appear in two or more post-mortems, most widespread first. */
  conditions(): RecurringCondition[] {
    const state = this.state();
    return (state.conditions ??= findConditions(state.sorted, state.postings, state.order));
  }

  private changed() {
    this.version++;
    this.derived = undefined;
  }

  private state() {
    if (this.derived) return this.derived;
    const sorted = [...this.docs.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.key < b.key ? -1 : 1));
    const order = new Map(sorted.map((d, i) => [d.key, i]));
    const postings = new Map<string, FactorRef[]>();
    for (const doc of sorted) {
      for (const factor of doc.factors) {
        for (const term of factor.terms) {
          const list = postings.get(term.key);
          if (list) list.push({ doc, factor });
          else postings.set(term.key, [{ doc, factor }]);
        }
      }
    }
    // One FactorRef object per factor, so refs compare by identity.
    const canonical = new Map<IndexedFactor, FactorRef>();
    for (const [k, list] of postings) {
      postings.set(
        k,
        list.map((r) => {
          let ref = canonical.get(r.factor);
          if (!ref) canonical.set(r.factor, (ref = r));
          return ref;
        }),
      );
    }
    return (this.derived = { sorted, order, postings });
  }
}

function termsKey(doc: IndexedPostMortem): string {
  return doc.factors.map((f) => `${f.category ?? ''}:${f.line}:${f.terms.map((t) => t.key).join(',')}`).join('|');
}

/** Larger term sets than this are checked for a more general condition by scanning, not by subsets. */
const MAX_SUBSET_TERMS = 12;

function findConditions(docs: IndexedPostMortem[], postings: Map<string, FactorRef[]>, order: Map<string, number>): RecurringCondition[] {
  // 1. The term sets that two factors of different post-mortems and one kind share, by kind.
  const candidates = new Map<string, { category?: ContributingSubsectionId; keys: string[] }>();
  for (const doc of docs) {
    const mine = order.get(doc.key)!;
    for (const factor of doc.factors) {
      if (factor.terms.length < MIN_SHARED_TERMS) continue;
      const shared = new Map<FactorRef, string[]>();
      for (const term of factor.terms) {
        for (const ref of postings.get(term.key)!) {
          // Each pair once, other post-mortems only.
          if (order.get(ref.doc.key)! <= mine || !compatible(factor.category, ref.factor.category)) continue;
          const list = shared.get(ref);
          if (list) list.push(term.key);
          else shared.set(ref, [term.key]);
        }
      }
      for (const [ref, keys] of shared) {
        if (!sharesEnough(keys.length, factor.terms.length, ref.factor.terms.length)) continue;
        const category = factor.category ?? ref.factor.category;
        const sorted = [...keys].sort();
        candidates.set(conditionKey(category, sorted), { ...(category ? { category } : {}), keys: sorted });
      }
    }
  }
  // 2. The most general sets only: drop a set when a strict subset of it is shared too.
  const general = [...candidates.values()].filter((c) => !hasSharedSubset(c.category, c.keys, candidates));
  // 3. Each condition holds every factor of its kind that has all its terms.
  const conditions: RecurringCondition[] = [];
  for (const { category, keys } of general) {
    const lists = keys.map((k) => postings.get(k)!).sort((a, b) => a.length - b.length);
    const shape = { terms: keys.map((key) => ({ key, label: key, kind: 'component' as const })), category };
    const members = lists[0].filter((ref) => belongsTo(shape, ref.factor));
    members.sort((a, b) => order.get(a.doc.key)! - order.get(b.doc.key)! || a.factor.line - b.factor.line);
    const first = members[0].factor;
    const terms = keys
      .map((k) => {
        const t = first.terms.find((x) => x.key === k)!;
        const service = members.some((m) => m.factor.terms.some((x) => x.key === k && x.kind === 'service'));
        return { ...t, kind: service ? ('service' as const) : t.kind };
      })
      // In the order the first factor writes them.
      .sort((a, b) => first.terms.findIndex((t) => t.key === a.key) - first.terms.findIndex((t) => t.key === b.key));
    conditions.push({ terms, factors: members, documents: new Set(members.map((m) => m.doc.key)).size, ...(category ? { category } : {}) });
  }
  return conditions.sort(
    (a, b) => b.documents - a.documents || b.terms.length - a.terms.length || labelOf(a).localeCompare(labelOf(b)),
  );
}

const labelOf = (c: RecurringCondition) => `${c.category ?? ''} ${c.terms.map((t) => t.label).join(' ')}`;

function conditionKey(category: string | undefined, sortedKeys: string[]): string {
  return `${category ?? ''}\u0001${sortedKeys.join('\u0000')}`;
}

function hasSharedSubset(category: string | undefined, keys: string[], candidates: Map<string, { category?: string; keys: string[] }>): boolean {
  if (keys.length <= MIN_SHARED_TERMS) return false;
  if (keys.length <= MAX_SUBSET_TERMS) {
    // Every subset of MIN_SHARED_TERMS … n-1 terms, as a sorted key.
    const n = keys.length;
    for (let mask = 1; mask < (1 << n) - 1; mask++) {
      let bits = 0;
      for (let m = mask; m; m &= m - 1) bits++;
      if (bits < MIN_SHARED_TERMS) continue;
      const subset: string[] = [];
      for (let i = 0; i < n; i++) if (mask & (1 << i)) subset.push(keys[i]);
      if (candidates.has(conditionKey(category, subset))) return true;
    }
    return false;
  }
  const set = new Set(keys);
  for (const other of candidates.values()) if (other.category === category && other.keys.length < keys.length && other.keys.every((k) => set.has(k))) return true;
  return false;
}

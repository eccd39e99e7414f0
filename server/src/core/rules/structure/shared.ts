// Helpers shared by the structure rules: inserting text that keeps the document's line breaks
// and blank-line separation, the header's line style, "None identified" content, and the names
// that appear in the timeline (catalogue §1.6, §4.1).
import type { Block, HeaderField, PostMortem, ProseUnit, Section } from '../../model';
import { memoCellsByRow } from '../../memo';
import { allBlocks, isExempt, offsetIn } from '../../model';
import type { ResolvedConfig } from '../../config';
import { gazetteer, isGivenName, isHandle, isHandRoleNoun, isTeamNoun, splitPeople } from '../../people';
import { monthNumber } from '../../dates';
import type { Span, TextEdit } from '../../types';

// Regexes with \p{…} live at module level: the TypeScript transforms (esbuild, tsx) turn them
// into `new RegExp(…)`, which inside a function is rebuilt on every call.
const NOT_HANDLE_CHARS = /[^\p{L}\p{M}\p{N}_'.-]/gu;
const UPPER_OR_DIGITS = /^[\p{Lu}\d]+$/u;
const NOT_NAME_CHARS = /[^\p{L}\p{M}\p{N}'-]/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** Converts template text (written with `\n`) to the document's line breaks. */
export function withEol(model: PostMortem, text: string): string {
  const eol = model.lines.eol;
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}

/**
 * An edit inserting a markdown block (template text, ending with `\n`) at `offset`, a line start
 * or the end of the file, with one blank line before and after it.
 */
export function insertBlock(model: PostMortem, offset: number, block: string): TextEdit {
  const src = model.source;
  const eol = model.lines.eol;
  let body = withEol(model, block.endsWith('\n') ? block : block + '\n');
  let before = '';
  if (offset > 0) {
    const head = src.slice(Math.max(0, offset - 8), offset);
    if (!endsWithLineBreak(head)) before = eol + eol;
    else if (!endsWithBlankLine(head)) before = eol;
  }
  const rest = src.slice(offset);
  if (rest.trim().length && !/^[ \t]*(\r\n|\n|\r)/.test(rest)) body += eol;
  return { start: offset, end: offset, newText: before + body };
}

export function endsWithLineBreak(text: string): boolean {
  return /[\r\n]$/.test(text);
}

/** True when the text ends with an empty line (CRLF counts as one line break). */
export function endsWithBlankLine(text: string): boolean {
  return /\n[ \t]*\n$/.test(text.replace(/\r\n?/g, '\n'));
}

/**
 * True when text inserted at `offset` would land inside a code block or HTML block (an unclosed
 * fence or comment runs to the end of the file): it would not become a section, so a fix that
 * inserts there must not be applied automatically.
 */
export function insertionSwallowed(model: PostMortem, offset: number): boolean {
  const blocks = [...model.preamble, ...model.sections.flatMap((s) => s.blocks)];
  for (const b of blocks) {
    if (b.kind !== 'code' && b.kind !== 'html') continue;
    if (offset <= b.span.start || offset > b.span.end) continue;
    if (offset < b.span.end) return true;
    const text = model.source.slice(b.span.start, b.span.end).trimEnd();
    if (b.kind === 'code') {
      const fence = /^ {0,3}(`{3,}|~{3,})/.exec(text);
      if (fence && !new RegExp(`(\\r\\n|\\n|\\r) {0,3}${fence[1][0]}{${fence[1].length},}[ \\t]*$`).test(text)) return true;
    } else if (/^ {0,3}<!--/.test(text) && !text.includes('-->')) return true;
  }
  return false;
}

/** The template skeleton re-levelled to the document's section depth (`##` → `#` etc.). */
export function relevel(skeleton: string, depth: number): string {
  const shift = depth - 2;
  if (shift === 0) return skeleton;
  return skeleton.replace(/^(#+)/gm, (m) => '#'.repeat(Math.max(1, Math.min(6, m.length + shift))));
}

/** The depth of the document's top sections (2 unless it uses another level). */
export function sectionDepth(model: PostMortem): number {
  return model.topSections.length ? Math.min(...model.topSections.map((s) => s.depth)) : 2;
}

/** "None", "None identified", "N/A": an explicit absence, which is content (catalogue §4.2, §4.4). */
export function isNoneStatement(text: string): boolean {
  return /^\s*(?:[-*+]\s*)?(?:none(?:\s+(?:identified|found|known|noted|observed|so far))?|n\/a|not applicable|nothing(?:\s+(?:identified|to report))?)\s*[.!]?\s*$/i.test(
    text.replace(/[*_`]/g, ''),
  );
}

/** True when a block carries something a reader sees (HTML comments are guidance, not content). */
export function blockHasContent(model: PostMortem, block: Block): boolean {
  if (block.kind === 'thematicBreak') return false;
  if (block.kind === 'html') return model.source.slice(block.span.start, block.span.end).replace(/<!--[^]*?-->/g, '').trim().length > 0;
  return model.source.slice(block.span.start, block.span.end).trim().length > 0;
}

export function sectionHasContent(model: PostMortem, section: Section): boolean {
  return allBlocks(section).some((b) => blockHasContent(model, b));
}

/** Body header lines (not front matter), in source order. */
export function bodyHeader(model: PostMortem): HeaderField[] {
  return model.header.filter((h) => h.form !== 'frontmatter').sort((a, b) => a.lineSpan.start - b.lineSpan.start);
}

/** Where a header finding about the header as a whole is anchored: its first line, else the title. */
export function headerAnchor(model: PostMortem): Span {
  const first = bodyHeader(model)[0];
  if (first) return first.lineSpan;
  if (model.title) return model.title.span;
  return { start: 0, end: model.lines.lineEnd(0) };
}

/** True for a value that is still the template's (or an unfinished) placeholder. */
export function isPlaceholderValue(value: string): boolean {
  const v = value.replace(/[*_`]/g, '').trim();
  return /^\[[^\]]*\]$/.test(v) || /^<[^<>]*>$/.test(v) || /^(tbd|tba|todo|xxx|\?+|\.\.\.|…)$/i.test(v);
}

/**
 * A new header line for `label`, in the style of the header's existing lines (bold, plain or
 * list item), plus the edits that insert it after `after` (or before `before`). Lines that are
 * not the last of their paragraph keep a Markdown hard break (two trailing spaces), as in the seed.
 */
export function headerLineEdits(model: PostMortem, label: string | [string, string][], value: string, anchor: { after?: HeaderField; before?: HeaderField }): TextEdit[] {
  const eol = model.lines.eol;
  const src = model.source;
  const sample = anchor.after ?? anchor.before ?? bodyHeader(model)[0];
  const one = (l: string, v: string): string => {
    if (!sample) return `**${l}**: ${v}  `;
    const lineText = src.slice(sample.lineSpan.start, sample.lineSpan.end);
    const ls = sample.lineSpan.start;
    const prefix = lineText.slice(0, sample.labelSpan.start - ls);
    const between = lineText.slice(sample.labelSpan.end - ls, sample.valueSpan.start - ls).replace(/[ \t]*$/, '');
    return `${prefix}${l}${between} ${v}` + (sample.form !== 'list' ? '  ' : '');
  };
  // Several lines at once when several fields go to the same place (fix-all then needs one pass).
  const line = (typeof label === 'string' ? [[label, value] as [string, string]] : label).map(([l, v]) => one(l, v)).join(eol);
  if (anchor.after) {
    const a = anchor.after;
    const edits: TextEdit[] = [];
    const aText = src.slice(a.lineSpan.start, a.lineSpan.end);
    if (a.form !== 'list' && a.form !== 'frontmatter' && !/( {2,}|\\)$/.test(aText)) edits.push({ start: a.lineSpan.end, end: a.lineSpan.end, newText: '  ' });
    // Insert at the start of the next line; at end of file, after a new line break.
    const nextLine = model.lines.positionAt(a.lineSpan.end).line + 1;
    if (nextLine < model.lines.lineCount && model.lines.lineStarts[nextLine] > a.lineSpan.end) {
      edits.push({ start: model.lines.lineStarts[nextLine], end: model.lines.lineStarts[nextLine], newText: line + eol });
    } else edits.push({ start: a.lineSpan.end, end: a.lineSpan.end, newText: eol + line });
    return edits;
  }
  if (anchor.before) return [{ start: anchor.before.lineSpan.start, end: anchor.before.lineSpan.start, newText: line + eol }];
  // No header yet: right after the title, else after front matter, else at the top.
  let at = 0;
  if (model.title) at = model.title.span.end;
  else if (model.frontMatter) at = model.frontMatter.span.end;
  if (at === 0) return [{ start: 0, end: 0, newText: line + eol + (src.trim() ? eol : '') }];
  const l = model.lines.positionAt(at).line;
  if (l + 1 < model.lines.lineCount) {
    const next = model.lines.lineStarts[l + 1];
    // A new header block stands as its own paragraph: a following "---" or text line must not
    // turn it into a setext heading or run into it (fix-all would insert it again and again).
    const blankAfter = model.lines.lineText(l + 1).trim() === '';
    return [{ start: next, end: next, newText: line + eol + (blankAfter ? '' : eol) }];
  }
  return [{ start: src.length, end: src.length, newText: eol + line }];
}

// ---------------------------------------------------------------------------------------------
// Names in the timeline (participant-missing, facilitator-involved).

/** Given names that are also ordinary or technical words: a person only when the document names them. */
const AMBIGUOUS_GIVEN = new Set([
  'may', 'june', 'april', 'august', 'jan', 'mark', 'max', 'grace', 'will', 'ruby', 'aurora', 'victoria', 'rosa', 'lily', 'jack',
  'bill', 'pat', 'summer', 'autumn', 'hope', 'faith', 'joy', 'chase', 'art', 'rich', 'sky', 'mina', 'ken', 'lee', 'kim', 'dana',
  'jay', 'chen', 'wang', 'liu', 'zhang', 'kai', 'jun', 'jin', 'ming', 'xin', 'yan', 'wei', 'uma', 'nia', 'roman', 'milan',
  'florian', 'paris', 'sydney', 'georgia', 'carter', 'logan', 'taylor', 'jordan', 'hunter', 'mason', 'cooper', 'bob', 'mika',
]);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** The prose units of the timeline that may name actors: Event / Information / Decision cells, or list items. */
export function timelineUnits(model: PostMortem): ProseUnit[] {
  const tables = model.tables.filter((t) => t.kind === 'timeline');
  if (tables.length) {
    return model.prose.filter((u) => u.kind === 'tableCell' && u.table && tables.includes(u.table) && u.column !== 'time' && !isFirstTimeColumn(u));
  }
  const timeline = model.section('timeline');
  if (!timeline) return [];
  return model.prose.filter((u) => u.kind === 'listItem' && u.section && topOf(u.section) === timeline);
}

function isFirstTimeColumn(u: ProseUnit): boolean {
  // A timeline table without recognised columns: its first column holds times.
  if (!u.table || !u.row || u.table.columns[0] !== undefined) return false;
  return u.row.cells.findIndex((c) => c.prose === u) === 0;
}

function topOf(s: Section): Section {
  let t = s;
  while (t.parent) t = t.parent;
  return t;
}

export interface NameMention {
  /** As written, family name included when it follows ("Hannah Berg"). */
  name: string;
  /** Lower-cased tokens of the name ("hannah", "berg"; handles without their @). */
  tokens: string[];
  span: Span;
  unit: ProseUnit;
}

const TOKEN = /@?[\p{L}\p{N}_][\p{L}\p{M}\p{N}_'’.-]*@?/gu;

/** "platform-alerts@, a list that was archived": group addresses are not people (catalogue §1.6). */
function isMailingList(handle: string, following: string[]): boolean {
  if (following.some((w) => /^(list|lists|alias|group|mailbox|mailing|distribution)$/i.test(w))) return true;
  return /(^|[-_.])(alerts?|lists?|team|group|all|ops|oncall|on-call|notify|notifications|noreply|no-reply|announce|support)([-_.]|@?$)/i.test(handle.replace(/^@|@$/g, ''));
}

function cleanToken(raw: string): string {
  // Most words end in none of . ' ’ - or s: nothing to strip.
  const last = raw.charCodeAt(raw.length - 1);
  if (last !== 0x2e && last !== 0x27 && last !== 0x2019 && last !== 0x2d && last !== 0x73) return raw;
  return raw.replace(/[.'’-]+$/u, '').replace(/['’]s$/u, '');
}

/** Lower-cased name tokens of people fields' values, for "is this name listed?". */
export function peopleTokens(values: string[]): Set<string> {
  const out = new Set<string>();
  for (const v of values) {
    for (const name of splitPeople(v)) {
      for (const part of name.split(/\s+/)) {
        const w = part.toLowerCase().replace(/^@|@$/g, '').replace(NOT_HANDLE_CHARS, '');
        if (w.length >= 2) out.add(w.normalize('NFC'));
      }
    }
  }
  return out;
}

/** The document's personal name tokens, with a key that stands for them (see unitMentions). */
interface Personal {
  tokens: Set<string>;
  key: string;
}

/** Tokens of the document's personal names (Participants, Facilitator, Owners, names.extra), not teams or roles. */
function personalTokens(model: PostMortem, config?: ResolvedConfig): Personal {
  const g = gazetteer(model, config);
  // A function of the names (the gazetteer's tokens are made from them): read once per list of
  // names, not on every keystroke, which repeats the owners of a long action table. The same
  // object for the same names lets every row's remembered mentions be checked at once.
  const names = g.names.join('\u0000');
  let out = personalByNames.get(names);
  if (!out) {
    if (personalByNames.size >= 64) personalByNames.clear();
    const tokens = readPersonalTokens(g);
    personalByNames.set(names, (out = { tokens, key: [...tokens].join('\u0000') }));
  }
  return out;
}

const personalByNames = new Map<string, Personal>();

function readPersonalTokens(g: ReturnType<typeof gazetteer>): Set<string> {
  const out = new Set<string>();
  for (const name of g.names) {
    const parts = name.split(/\s+/).filter(Boolean);
    if (!parts.length) continue;
    if (parts.some((p) => isTeamNoun(p) || isHandRoleNoun(p))) continue;
    // A single upper-case word is a group ("NOC"), not a person.
    if (parts.length === 1 && UPPER_OR_DIGITS.test(parts[0]) && parts[0].length <= 5) continue;
    for (const p of parts) {
      const w = p.toLowerCase().replace(NOT_NAME_CHARS, '');
      // The gazetteer's own filter drops generic words ("Platform Security", "Partner Success").
      if (w.length >= 2 && g.tokens.has(w)) out.add(w.normalize('NFC'));
    }
  }
  return out;
}

function isCapitalised(word: string): boolean {
  return CAPITALISED.test(word);
}

/**
 * People named in the timeline: handles, the document's own personal names and known given names
 * (never capitalisation alone: "Config", "Autumn" and "Postgres" are not people), with a directly
 * following capitalised family name. Mailing lists ("platform-alerts@ list") are not people.
 */
export function timelineMentions(model: PostMortem, config?: ResolvedConfig): NameMention[] {
  // Both header rules read the mentions: computed once per model (and names.extra setting).
  const cached = mentionCache.get(model);
  const key = config?.names.extra.join('\u0000') ?? '';
  if (cached && cached.key === key) return cached.mentions;
  const mentions = findMentions(model, config);
  mentionCache.set(model, { key, mentions });
  return mentions;
}

const mentionCache = new WeakMap<PostMortem, { key: string; mentions: NameMention[] }>();

type Token = { word: string; start: number; end: number };

/**
 * Tokens of a cell's text. Not memoised: each unit's mentions are (unitMentions), and memoised
 * tokens of every timeline cell were hundreds of thousands of objects kept alive for nothing.
 */
function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const word = cleanToken(m[0]);
    if (word) tokens.push({ word, start: m.index, end: m.index + word.length });
  }
  return tokens;
}

function findMentions(model: PostMortem, config?: ResolvedConfig): NameMention[] {
  const personal = personalTokens(model, config);
  const mentions: PlacedMention[] = [];
  const tables = model.tables.filter((t) => t.kind === 'timeline');
  if (tables.length) {
    // Per row (memoCellsByRow): a keystroke reads one remembered value per row, not one per cell.
    for (const table of tables) {
      for (const row of table.rows) {
        for (const { unit, hits: found } of rowMentions(row, personal)) {
          if (unit.column === 'time' || isFirstTimeColumn(unit)) continue;
          for (const m of found) mentions.push(new PlacedMention(m, unit));
        }
      }
    }
  } else {
    for (const unit of timelineUnits(model)) {
      for (const m of unitMentions(unit, personal)) mentions.push(new PlacedMention(m, unit));
    }
  }
  // Units come in document order, so the mentions nearly always do: sorted only when they are not.
  for (let i = 1; i < mentions.length; i++) if (mentions[i].start < mentions[i - 1].start) return mentions.sort((a, b) => a.start - b.start);
  return mentions;
}

/** A row's cells that mention people, whatever their column (the caller skips the time column). */
const rowMentions = memoCellsByRow((unit: ProseUnit, personal: Personal) => {
  const mentions = unitMentions(unit, personal);
  return mentions.length ? mentions : undefined;
});

/**
 * A unit's mention placed in the document. The rules read the span of one mention in a thousand
 * (the one they report): it is made on first read, not for every mention on every keystroke.
 */
class PlacedMention implements NameMention {
  readonly name: string;
  readonly tokens: string[];
  /** The source offset of the mention's first character (the span's start). */
  readonly start: number;
  private placed: Span | undefined = undefined;
  constructor(
    private readonly mention: UnitMention,
    readonly unit: ProseUnit,
  ) {
    this.name = mention.name;
    this.tokens = mention.tokens;
    this.start = offsetIn(unit, mention.start);
  }
  get span(): Span {
    return (this.placed ??= spanOf(this.unit, this.mention.start, this.mention.end));
  }
}

type UnitMention = { name: string; tokens: string[]; start: number; end: number };
const NO_MENTIONS: UnitMention[] = [];

/**
 * A unit's mentions in its own text's coordinates, kept on the unit's parse identity with the
 * document's personal names: a keystroke re-reads the cell it changed, not the whole timeline.
 */
function unitMentions(unit: ProseUnit, personal: Personal): UnitMention[] {
  const identity = unit.identity;
  const memo = identity?.mentions;
  if (memo && memo.personalKey === personal.key) return memo.mentions;
  const found = readMentions(unit, personal.tokens);
  const mentions = found.length ? found : NO_MENTIONS;
  if (identity) identity.mentions = { personalKey: personal.key, mentions };
  return mentions;
}

function readMentions(unit: ProseUnit, personal: Set<string>): UnitMention[] {
  const mentions: UnitMention[] = [];
  const text = unit.text;
  const tokens = tokensOf(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const c = t.word.charCodeAt(0);
    // Cheap pre-filter: names start with a capital (or are handles); most words do not.
    if (c >= 97 && c <= 122 && !t.word.includes('@')) continue;
    if (isExempt(unit, t.start, t.end)) continue;
    const next = tokens[i + 1];
    if (t.word.includes('@')) {
      if (!/^@[\w.-]+$|^[\w.-]+@$/u.test(t.word) || !isHandle(t.word, next?.word) || isMailingList(t.word, tokens.slice(i + 1, i + 4).map((x) => x.word))) continue;
      mentions.push({ name: t.word, tokens: [t.word.replace(/^@|@$/g, '').toLowerCase()], start: t.start, end: t.end });
      continue;
    }
    if (!isCapitalised(t.word)) continue;
    const lower = t.word.toLowerCase().normalize('NFC');
    if ((monthNumber(lower) !== undefined || WEEKDAYS.has(lower)) && !personal.has(lower)) continue;
    const known = personal.has(lower);
    const given = isGivenName(t.word) && !AMBIGUOUS_GIVEN.has(lower);
    // A family name directly after: "Hannah Berg" (same unit, one space between).
    let end = i;
    while (end + 1 < tokens.length && end - i < 2) {
      const n = tokens[end + 1];
      if (text.slice(tokens[end].end, n.start) !== ' ' || !isCapitalised(n.word) || isHandRoleNoun(n.word) || isTeamNoun(n.word) || WEEKDAYS.has(n.word.toLowerCase())) break;
      end++;
    }
    const withFamily = end > i;
    if (!known && !given && !(isGivenName(t.word) && withFamily)) continue;
    const parts = tokens.slice(i, end + 1);
    mentions.push({
      name: text.slice(parts[0].start, parts[parts.length - 1].end),
      tokens: parts.map((p) => p.word.toLowerCase().normalize('NFC')),
      start: parts[0].start,
      end: parts[parts.length - 1].end,
    });
    i = end;
  }
  return mentions;
}

function spanOf(unit: ProseUnit, start: number, end: number): Span {
  const s = offsetIn(unit, start);
  const e = offsetIn(unit, Math.max(start, end - 1)) + 1;
  return { start: s, end: Math.max(s, e) };
}

/** Field values of the people the review lists: Participants and Facilitator. */
export function listedPeopleValues(model: PostMortem): string[] {
  return model.header.filter((h) => h.field === 'participants' || h.field === 'facilitator').map((h) => h.value);
}

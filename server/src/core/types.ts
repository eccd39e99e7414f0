// The vocabulary shared by the parser, the rules and the three faces.
// Everything here is plain data: no LSP, VS Code or Node types.

/** A half-open range of UTF-16 code-unit offsets into the document source (JS string indices). */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export type Category = 'blame' | 'language' | 'structure' | 'timeline' | 'actions' | 'follow-up';

/** A plain text edit on the source, by offsets. */
export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Mechanical and meaning-preserving (renames, normalising, sorting, inserting skeletons):
   *  applied by `--fix` and by fix-all on save. Rewrites of wording are never safe. */
  safe?: boolean;
  /** The best of several fixes; shown first and marked preferred in the editor. */
  preferred?: boolean;
}

/** What a rule reports. The engine fills in category, severity and id from the rule. */
export interface RuleFinding extends Span {
  message: string;
  fixes?: Fix[];
  /** Overrides the rule's configured severity for this finding (section strictness, §1.5/§1.6). */
  severity?: SeveritySetting;
  /** The phrase that triggered it, for "Add to allow list" and hovers. */
  phrase?: string;
  /** Questions to ask instead (hover, sidebar). */
  prompts?: string[];
  /** Places in other documents the finding refers to (shown as related information). */
  related?: RelatedLocation[];
}

/** A place in another post-mortem of the workspace. */
export interface RelatedLocation {
  /** The document as the workspace index knows it: a URI in the language server, a path in the CLI. */
  file: string;
  range: import('./text').Range;
  message: string;
}

export interface Finding extends Span {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  fixes: Fix[];
  phrase?: string;
  prompts?: string[];
  related?: RelatedLocation[];
}

export interface RuleMeta {
  /** Stable kebab-case id: public API. */
  id: string;
  category: Category;
  defaultSeverity: SeveritySetting;
  /** One line, for lists and the SARIF short description. */
  description: string;
  /** Why it matters and what to write instead: hovers, docs, SARIF help. */
  explanation: string;
  /** Source keys from the catalogue §7 (e.g. "PD-W", "seed"). */
  sources: string[];
  /** Facilitation prompts the sidebar and hover show next to its findings. */
  prompts?: string[];
  /**
   * `prose`: the rule reads one prose unit at a time (plus the document's people and the
   * configuration), so the engine may run it per unit and cache its findings by the unit's text.
   * Default `document`: it runs on the whole model every time.
   */
  scope?: 'document' | 'prose';
}

export interface Rule extends RuleMeta {
  check(model: import('./model').PostMortem, context: RuleContext): RuleFinding[];
}

/** What a rule may read besides the model: configuration, a clock (so date rules are testable) and the workspace. */
export interface RuleContext {
  config: import('./config').ResolvedConfig;
  /** "Today", as an ISO date (YYYY-MM-DD), from the engine's clock. */
  today: string;
  /** The configured severity of a rule (after config overrides), for rules that scale it. */
  severityOf(ruleId: string): SeveritySetting;
  /**
   * The other post-mortems, when the face knows them: the server's index of the workspace, or
   * the CLI's of the paths it was given. Absent when a document is linted on its own.
   */
  workspace?: import('./workspace').WorkspaceContext;
}

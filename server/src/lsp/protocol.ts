// The custom messages between the language server and its clients (the VS Code client and its
// sidebar). Plain method names and data types only, so the client can import this file without
// pulling in the server or the core: it is the one thing `client/` shares with `server/`.
import type { DocumentHealth } from '../core/health';
import type { ActionItemRow } from '../core/export';
import type { ActionItem } from '../core/action-items';
import type { TermKind } from '../core/terms';

export type { DocumentHealth, ActionItemRow, ActionItem };

/** Request: the health of a post-mortem (null for a document that is not one, or unknown). */
export const DocumentHealthRequest = 'postmortem/documentHealth';
export interface DocumentHealthParams {
  uri: string;
}
export type DocumentHealthResult = DocumentHealth | null;

/** Request: the action-items table as rows; `text` is used for a file that is not open. */
export const ActionItemsRequest = 'postmortem/actionItems';
export interface ActionItemsParams {
  uri: string;
  text?: string;
}
export type ActionItemsResult = ActionItemRow[];

/** Notification (server → client): a post-mortem was re-linted; its health may have changed. */
export const HealthChangedNotification = 'postmortem/healthChanged';
export interface HealthChangedParams {
  uri: string;
}

/** Request: is this document a post-mortem, why, and how many problems per category. */
export const DocumentStatusRequest = 'postmortem/documentStatus';
export interface DocumentStatusParams {
  uri: string;
}
export interface DocumentStatus {
  isPostMortem: boolean;
  /** Why (detect.ts reason, or "toggle" when the user switched it for this file). */
  reason: string;
  /** Problems per category (only categories with problems). */
  counts: Record<string, number>;
  errors: number;
  warnings: number;
}

/** Request: the template sections a post-mortem lacks, in template order. */
export const MissingSectionsRequest = 'postmortem/missingSections';
export interface MissingSectionsParams {
  uri: string;
}
export interface MissingSection {
  id: string;
  title: string;
}

/** Request: the edit that inserts one template section at its template position. */
export const InsertSectionRequest = 'postmortem/insertSection';
export interface InsertSectionParams {
  uri: string;
  sectionId: string;
}
/** LSP TextEdits (range + newText) for the document's current version, or null. */
export interface InsertSectionResult {
  version: number;
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
}

/** Notification (client → server): per-file override of post-mortem detection; null clears it. */
export const SetFileToggleNotification = 'postmortem/setFileToggle';
export interface SetFileToggleParams {
  uri: string;
  enabled: boolean | null;
}

/** Request (server → client): add a phrase to `postmortem.language.allowPhrases` in the
 *  workspace settings. Clients that handle it say so in initializationOptions. */
export const AddAllowPhraseRequest = 'postmortem/addAllowPhrase';
export interface AddAllowPhraseParams {
  phrase: string;
  uri: string;
}

/** What a client may send as initializationOptions. */
export interface InitializationOptions {
  /** The client handles `postmortem/addAllowPhrase` (writes the workspace setting). */
  allowListRequest?: boolean;
  /** Per-file detection overrides the client remembers (uri → on/off). */
  fileToggles?: Record<string, boolean>;
}

/** Commands the server executes (workspace/executeCommand). */
export const ServerCommands = {
  fixAll: 'postmortem.server.fixAll',
  allowPhrase: 'postmortem.server.allowPhrase',
  sortTimeline: 'postmortem.server.sortTimeline',
} as const;

/** The code action kind of fix-all, for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = 'source.fixAll.postmortem';

/** Request: the text of a new post-mortem from a template, with title and date filled in. */
export const NewDocumentRequest = 'postmortem/newDocument';
export interface NewDocumentParams {
  title: string;
  /** YYYY-MM-DD */
  date: string;
  /** A template id (default: the configured one, else the seed's). */
  template?: string;
  /** Whose configuration (custom templates, `template`) applies: a workspace folder or file URI. */
  uri?: string;
}

/** Request: the templates New Post-Mortem offers, the configured default first. */
export const TemplatesRequest = 'postmortem/templates';
export interface TemplatesParams {
  /** Whose configuration applies (custom templates from its `.postmortemrc.json`). */
  uri?: string;
}
export interface TemplateInfo {
  id: string;
  name: string;
  description: string;
  /** The one the configuration names (or the seed's, with `template: auto`). */
  isDefault: boolean;
}

// ---- the workspace's post-mortems as a whole (the Action Items and Patterns views) ----------

/** Notification (server → client): the workspace index changed; the views ask again. */
export const WorkspaceChangedNotification = 'postmortem/workspaceChanged';
export interface WorkspaceChangedParams {
  /** The server is still scanning the workspace's files. */
  scanning: boolean;
  /** Post-mortems indexed so far. */
  documents: number;
}

/** Request: every action item of every post-mortem the server has indexed. */
export const WorkspaceActionItemsRequest = 'postmortem/workspaceActionItems';
export interface WorkspacePostMortem {
  uri: string;
  /** The path relative to its workspace folder. */
  file: string;
  title?: string;
  incidentDate?: string;
}
export interface WorkspaceActionItemsResult {
  scanning: boolean;
  /** By file; each with its items in document order. */
  documents: (WorkspacePostMortem & { items: ActionItem[] })[];
}

/** Request: the conditions that recur across the indexed post-mortems (core/workspace.ts). */
export const WorkspacePatternsRequest = 'postmortem/workspacePatterns';
export interface WorkspaceConditionFactor extends WorkspacePostMortem {
  text: string;
  line: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
export interface WorkspaceCondition {
  category?: string;
  terms: { label: string; kind: TermKind }[];
  /** Post-mortems it appears in (two or more). */
  documents: number;
  factors: WorkspaceConditionFactor[];
}
export interface WorkspacePatternsResult {
  scanning: boolean;
  /** Post-mortems indexed. */
  documents: number;
  conditions: WorkspaceCondition[];
}

// Keeps the core's WorkspaceIndex filled with the workspace's post-mortems: one bounded scan of
// every workspace folder, then incremental updates (a watched file created, changed or deleted;
// an open document edited, closed). The host reads files (node.ts); in a browser worker there is
// no file system and only open documents are indexed. Nothing here imports Node APIs.
import type { ResolvedConfig } from '../core/config';
import { checkedPart } from '../core/engine';
import { buildModel, type PostMortem } from '../core/model';
import { WorkspaceIndex, indexPostMortem } from '../core/workspace';
import { indexedPart } from '../core/indexed-part';

/** How the host lists and reads the workspace's files (Node: the file system). */
export interface WorkspaceFiles {
  /** Markdown files under a folder (URIs), at most `limit`, skipping dependency and VCS folders. */
  list(folderUri: string, limit: number): Promise<string[]> | string[];
  /** A file's text; undefined when it cannot be read or is larger than MAX_FILE_BYTES. */
  read(uri: string): Promise<string | undefined> | string | undefined;
}

/** Markdown files looked at per workspace folder, at most. */
export const MAX_SCANNED_FILES = 5000;
/** Files larger than this are not indexed (a post-mortem is usually under 30 KB). */
export const MAX_FILE_BYTES = 1_000_000;
/** Files read between two yields to the event loop, so requests are answered while indexing. */
const FILES_PER_SLICE = 4;
/**
 * An open document is re-indexed this long after its last edit, not on every keystroke: its own
 * diagnostics never read its index entry (recurring-condition compares the *other* post-mortems),
 * so indexing waits for a pause in typing. Readers of the index call flush() first.
 */
export const OPEN_INDEX_DELAY_MS = 300;

export interface IndexerDeps {
  files?: WorkspaceFiles;
  folders(): { uri: string }[];
  configFor(uri: string): Promise<ResolvedConfig>;
  /** Whether the text at this URI is a post-mortem (globs, front matter, title, per-file toggles). */
  isPostMortem(uri: string, text: string, config: ResolvedConfig): boolean;
  /** The path people see: relative to its workspace folder. */
  pathOf(uri: string): string;
  /** The text of an open document, which wins over the file on disk. */
  openText(uri: string): string | undefined;
  /** The index changed; `patterns` when contributing factors changed (rules may read differently). */
  changed(patterns: boolean): void;
  maxCheckedChars?: number;
  log(message: string): void;
}

export class WorkspaceIndexer {
  readonly index = new WorkspaceIndex();
  /** True while the initial scan (or a rescan after a configuration change) runs. */
  scanning = false;
  private scan = 0;
  /** Keys by decoded URI: a file listed from disk and the same file opened by the client are one entry. */
  private readonly keys = new Map<string, string>();
  /** Open documents' latest models, not yet indexed (see OPEN_INDEX_DELAY_MS). */
  private readonly pending = new Map<string, { model: PostMortem; config: ResolvedConfig }>();
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: IndexerDeps) {}

  /** Rescans every folder; a newer call supersedes a running one. */
  async rescan(): Promise<void> {
    const run = ++this.scan;
    this.scanning = true;
    this.deps.changed(false);
    const seen = new Set<string>();
    try {
      for (const folder of this.deps.folders()) {
        const files = this.deps.files ? await this.deps.files.list(folder.uri, MAX_SCANNED_FILES) : [];
        for (let i = 0; i < files.length; i++) {
          if (run !== this.scan) return;
          seen.add(this.keyOf(files[i]));
          await this.update(files[i], false);
          if (i % FILES_PER_SLICE === FILES_PER_SLICE - 1) await new Promise((r) => setTimeout(r, 0));
        }
      }
      // Entries of files that are gone (or of folders removed), except open documents.
      for (const doc of this.index.documents()) if (!seen.has(doc.key) && this.deps.openText(doc.key) === undefined) this.index.delete(doc.key);
    } catch (e) {
      this.deps.log(`Indexing the workspace's post-mortems failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (run === this.scan) {
        this.scanning = false;
        this.deps.changed(true);
      }
    }
  }

  /** (Re)indexes one file from its open text or from disk; removes it when it is no post-mortem. */
  async update(uri: string, notify = true): Promise<void> {
    this.pending.delete(uri);
    const key = this.keyOf(uri);
    const text = this.deps.openText(uri) ?? (await this.deps.files?.read(uri));
    if (text === undefined) return this.remove(uri, notify);
    const config = await this.deps.configFor(uri);
    if (!this.deps.isPostMortem(uri, text, config)) return this.remove(uri, notify);
    let model: PostMortem;
    try {
      // An open document is modelled whole (the linter shares the parse); a file only in part.
      const open = this.deps.openText(uri) !== undefined;
      const checked = checkedPart(text, this.deps.maxCheckedChars);
      model = buildModel(open ? checked : indexedPart(checked), { template: config.template, templates: config.templates });
    } catch (e) {
      this.deps.log(`Indexing ${uri} failed: ${e instanceof Error ? e.message : String(e)}`);
      return this.remove(uri, notify);
    }
    this.set(key, model, config, notify);
  }

  /** Indexes an open document from the model the server just built for it, once typing pauses. */
  updateOpen(uri: string, model: PostMortem | undefined, config: ResolvedConfig): void {
    if (!model) return this.remove(uri, true);
    this.pending.set(uri, { model, config });
    clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => this.flush(), OPEN_INDEX_DELAY_MS);
  }

  /**
   * Indexes the open documents' pending models now (before the index is read); `except` stays
   * pending: the document being linted, which never reads its own entry.
   */
  flush(except?: string): void {
    for (const [uri, { model, config }] of this.pending) {
      if (uri === except) continue;
      this.pending.delete(uri);
      this.set(this.keyOf(uri, true), model, config, true);
    }
    if (!this.pending.size) {
      clearTimeout(this.pendingTimer);
      this.pendingTimer = undefined;
    }
  }

  remove(uri: string, notify = true): void {
    this.pending.delete(uri);
    const key = this.keyOf(uri);
    if (this.index.delete(key) && notify) this.deps.changed(true);
  }

  private set(key: string, model: PostMortem, config: ResolvedConfig, notify: boolean) {
    const doc = indexPostMortem(key, this.deps.pathOf(key), model, config);
    if (this.index.holds(doc)) return;
    const patterns = this.index.set(doc);
    if (notify) this.deps.changed(patterns);
  }

  /**
   * The index key of a URI. The client and the host may encode one path differently
   * (`%3A` or `:`); the URI the client uses wins, so links open the editor's document.
   */
  private keyOf(uri: string, fromClient = false): string {
    let decoded: string;
    try {
      decoded = decodeURIComponent(uri);
    } catch {
      decoded = uri;
    }
    const known = this.keys.get(decoded);
    if (known && known !== uri && fromClient) {
      const doc = this.index.get(known);
      if (doc) {
        this.index.delete(known);
        this.index.set({ ...doc, key: uri });
      }
    }
    if (!known || fromClient) this.keys.set(decoded, uri);
    return this.keys.get(decoded)!;
  }
}

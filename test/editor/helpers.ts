// Shared by the in-host suites: opening scratch copies of the examples, waiting for the server's
// diagnostics, the core's own verdict on the same text, and the UI bridge to the harness.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { resolveConfig, type ResolvedConfig } from '../../server/src/core/config';
import { allRules, lint, todayIso } from '../../server/src/core/engine';
import type { Finding } from '../../server/src/core/types';

export const EXTENSION_ID = 'blameless-postmortems.postmortem-lint';
export const SOURCE = 'postmortem';
export const EXAMPLES = ['dns-outage', 'checkout-latency', 'cert-expiry', 'queue-backlog'];

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  return ext;
}

// biome-ignore lint: the manifest is untyped JSON
export function manifest(): any {
  return extension().packageJSON;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `check` until it returns a value other than undefined/false, or fails after `ms`. */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined && v !== false) return v as T;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? `: ${last}` : ''}`);
    await sleep(100);
  }
}

export function exampleText(name: string): string {
  return readFileSync(join(workspaceRoot().fsPath, 'postmortems', `${name}.postmortem.md`), 'utf8');
}

let scratchSeq = 0;
/** Writes `text` to a new file under postmortems/ and opens it in an editor. */
export async function openScratch(text: string, stem = 'scratch'): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), 'postmortems', `${stem}-${++scratchSeq}.postmortem.md`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

export async function openFile(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), relative));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Saves what is dirty (scratch files only: the fixtures are copies) and closes every editor. */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) if (doc.isDirty && doc.uri.scheme === 'file') await doc.save();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

/** Waits until the server has answered for this version: diagnostics that satisfy `ok` and stay put. */
export async function settledDiagnostics(uri: vscode.Uri, ok: (ds: vscode.Diagnostic[]) => boolean, ms = 20_000): Promise<vscode.Diagnostic[]> {
  let lastKey = '';
  let stableSince = 0;
  return waitFor(
    `diagnostics of ${uri.path.split('/').pop()}`,
    () => {
      const ds = ours(uri);
      const key = ds.map((d) => `${ruleOf(d)}@${d.range.start.line}:${d.range.start.character}`).join('|');
      if (key !== lastKey) {
        lastKey = key;
        stableSince = Date.now();
        return undefined;
      }
      return ok(ds) && Date.now() - stableSince >= 600 ? ds : undefined;
    },
    ms,
  );
}

export const KNOWN_RULES = new Set(allRules().map((r) => r.id));

/** What the core itself finds in `text` with the editor's configuration layer on top of the defaults. */
export function coreFindings(text: string, settings: Record<string, unknown> = {}): Finding[] {
  return lint(text, coreOptions(settings)).findings;
}

/** The lint options the server uses: the settings layer over the defaults (no rc file in the workspace), today. */
export function coreOptions(settings: Record<string, unknown> = {}): { config: ResolvedConfig; today: string } {
  const { config } = resolveConfig([settings], KNOWN_RULES);
  return { config, today: todayIso() };
}

export function countByRule(ids: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of [...ids].sort()) out[id] = (out[id] ?? 0) + 1;
  return out;
}

/** Diagnostics and findings as comparable strings: rule, severity and exact range. */
export function diagnosticKeys(ds: vscode.Diagnostic[]): string[] {
  const sev = ['error', 'warning', 'info', 'hint'];
  return ds.map((d) => `${ruleOf(d)} ${sev[d.severity]} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
}
export function findingKeys(doc: vscode.TextDocument, fs: Finding[]): string[] {
  return fs
    .map((f) => {
      const a = doc.positionAt(f.start);
      const b = doc.positionAt(f.end);
      return `${f.ruleId} ${f.severity} ${a.line}:${a.character}-${b.line}:${b.character}`;
    })
    .sort();
}

/**
 * Sets a `postmortem.*` setting in the workspace (undefined removes it) and waits for it to apply.
 * `rules` keeps recurring-condition off, as the profile does (test/e2e/fixture.mjs), unless it is
 * named: a workspace value replaces the user's object.
 */
export async function setSetting(key: string, value: unknown): Promise<void> {
  const v = key === 'rules' && value && typeof value === 'object' && !('recurring-condition' in value) ? { 'recurring-condition': 'off', ...value } : value;
  await vscode.workspace.getConfiguration('postmortem').update(key, v, vscode.ConfigurationTarget.Workspace);
}

// ---- the UI bridge -----------------------------------------------------------------------------
// Some things only the UI can do or show: typing into an input box the extension opened, the rows
// a tree view renders, a screenshot. The test logs a request; test/e2e/run.mjs performs it with
// Playwright and writes the answer into POSTMORTEM_E2E_BRIDGE. Without the harness (desktop VS Code
// through test-electron) there is no bridge and such tests are skipped.

export type UiStep =
  | { wait: string; state?: 'visible' | 'hidden'; timeout?: number }
  | { type: string }
  | { press: string }
  | { click: string }
  | { clickIf: string }
  | { widenSidebar: number }
  | { screenshot: string }
  | { viewRows: string }
  | { texts: string }
  | { sleep: number };

export const bridgeDir = process.env.POSTMORTEM_E2E_BRIDGE || undefined;
let uiSeq = 0;

/** Runs the steps in the browser; resolves with one result per step (rows/texts steps give string[]). */
export async function ui(steps: UiStep[], ms = 30_000): Promise<unknown[]> {
  assert.ok(bridgeDir, 'the UI bridge is only available under test/e2e/run.mjs');
  const id = `${process.pid}-${++uiSeq}`;
  const file = join(bridgeDir, `${id}.json`);
  console.log(`E2E-UI ${id} ${JSON.stringify(steps)}`);
  const answer = await waitFor(`the harness to run ${JSON.stringify(steps)}`, () => existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { ok: boolean; results: unknown[]; error?: string }), ms);
  rmSync(file, { force: true });
  if (!answer.ok) throw new Error(`UI steps failed: ${answer.error}`);
  return answer.results;
}

/** A screenshot of the workbench as it is now, saved by the harness under out/e2e-screenshots/. */
export async function screenshot(name: string): Promise<void> {
  if (!bridgeDir) return;
  await sleep(800); // let squiggles, hovers and views paint
  await ui([{ screenshot: name }]);
}

/** Skips the current test when there is no UI bridge. */
export function needsUi(ctx: Mocha.Context): void {
  if (!bridgeDir) ctx.skip();
}

// ---- commands ----------------------------------------------------------------------------------

/** Contributed commands that a test has run (the last suite checks that none was left out). */
export const exercised = new Set<string>();

/** Runs a command and records it as exercised. */
export function runCommand<T = unknown>(id: string, ...args: unknown[]): Thenable<T> {
  exercised.add(id);
  return vscode.commands.executeCommand<T>(id, ...args);
}

/** Resolves with the value, or rejects after `ms` (commands waiting on a notification never end). */
export function within<T>(p: Thenable<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}

/** Steps that wait for the quick input (pick or input box) whose title contains `title`. */
export function quickInput(title: string): UiStep[] {
  return [{ wait: `.quick-input-widget .quick-input-title:has-text(${JSON.stringify(title)})` }, { wait: '.quick-input-widget input' }];
}

export async function fileText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

// Shared by the web suite: the mounted workspace, waiting for the server's diagnostics, the core's
// own verdict on the same text, and the UI bridge (a fetch to test/web/run.mjs on loopback).
import * as vscode from 'vscode';
import { resolveConfig, type ResolvedConfig } from '../../../server/src/core/config';
import { allRules, lint, todayIso } from '../../../server/src/core/engine';
import type { Finding } from '../../../server/src/core/types';
import * as assert from './assert';

/** The harness's UI bridge (esbuild `define` in run.mjs). */
declare const POSTMORTEM_WEB_BRIDGE: string;

export const EXTENSION_ID = 'blameless-postmortems.postmortem-lint';
export const SOURCE = 'postmortem';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `check` until it returns a value other than undefined/false, or fails after `ms`. */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, ms = 20_000): Promise<T> {
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

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri;
}

export async function openFile(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), relative));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

/** Waits until the server has answered for this version: diagnostics that satisfy `ok` and stay put for 600 ms. */
export async function settledDiagnostics(uri: vscode.Uri, ok: (ds: vscode.Diagnostic[]) => boolean, ms = 25_000): Promise<vscode.Diagnostic[]> {
  let lastKey = '';
  let stableSince = 0;
  return waitFor(
    `diagnostics of ${uri.path.split('/').pop()}`,
    () => {
      const ds = ours(uri);
      const key = diagnosticKeys(ds).join('|');
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

const KNOWN_RULES = new Set(allRules().map((r) => r.id));

/** The options the web server lints with: the settings layer over the defaults (there is no rc file in a browser), today. */
export function coreOptions(settings: Record<string, unknown> = {}): { config: ResolvedConfig; today: string } {
  const { config } = resolveConfig([settings], KNOWN_RULES);
  return { config, today: todayIso() };
}

export function coreFindings(text: string, settings: Record<string, unknown> = {}): Finding[] {
  return lint(text, coreOptions(settings)).findings;
}

const SEVERITIES = ['error', 'warning', 'info', 'hint'];

/** Diagnostics and findings as comparable strings: rule, severity and exact range. */
export function diagnosticKeys(ds: vscode.Diagnostic[]): string[] {
  return ds.map((d) => `${ruleOf(d)} ${SEVERITIES[d.severity]} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
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

export function countByRule(ids: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of [...ids].sort()) out[id] = (out[id] ?? 0) + 1;
  return out;
}

// ---- the UI bridge -----------------------------------------------------------------------------

export type UiStep =
  | { wait: string; state?: 'visible' | 'hidden'; timeout?: number }
  | { press: string }
  | { click: string }
  | { screenshot: string }
  | { viewRows: string }
  | { texts: string }
  | { sleep: number };

/** Runs the steps against the workbench page (Playwright, in the harness); one result per step. */
export async function ui(steps: UiStep[]): Promise<unknown[]> {
  // text/plain keeps it a simple request (no CORS preflight) from the worker's origin.
  const response = await fetch(POSTMORTEM_WEB_BRIDGE, { method: 'POST', body: JSON.stringify(steps), headers: { 'content-type': 'text/plain' } });
  const answer = (await response.json()) as { ok: boolean; results: unknown[]; error?: string };
  if (!answer.ok) throw new Error(`UI steps ${JSON.stringify(steps)} failed: ${answer.error}`);
  return answer.results;
}

/** A screenshot of the workbench as it is now, saved by the harness under out/web-screenshots/. */
export async function screenshot(name: string): Promise<void> {
  await sleep(800); // let squiggles and views paint
  await ui([{ screenshot: name }]);
}

/** The rows a view renders (each row's accessible label), once they satisfy `ok`. */
export async function rowsWhere(view: string, what: string, ok: (rs: string[]) => boolean, ms = 20_000): Promise<string[]> {
  let last: string[] = [];
  try {
    return await waitFor(
      `${view} rows: ${what}`,
      async () => {
        const [r] = await ui([{ viewRows: view }]);
        last = (r as string[] | null) ?? [];
        return ok(last) && last;
      },
      ms,
    );
  } catch (e) {
    throw new Error(`${(e as Error).message}\nrows were:\n  ${last.join('\n  ')}`);
  }
}

// Code actions: a quick fix per fix of each finding (the preferred one marked), "Disable <rule>
// for this line", "Add '<phrase>' to the allow list", and the source.fixAll.postmortem action
// that applies only the safe fixes (core fix.ts) so editor.codeActionsOnSave can run it.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { PostMortem } from '../core/model';
import type { Finding } from '../core/types';
import { DIAGNOSTIC_SOURCE, sameRange, toFixPayload, type FixPayload } from './convert';
import { FIX_ALL_KIND, ServerCommands } from './protocol';

export interface ActionContext {
  uri: string;
  model: PostMortem;
  findings: Finding[];
  /** Builds a WorkspaceEdit in the form the client supports. */
  workspaceEdit(edits: TextEdit[]): WorkspaceEdit;
}

/**
 * The fixes of a diagnostic, from the current version's findings: the one with the diagnostic's
 * rule, range and message. A diagnostic from an older version whose finding is unchanged (an edit
 * elsewhere) gets that finding's fixes, computed for the current text; one that no longer matches
 * a finding gets none, rather than an edit meant for other text.
 */
function fixesOf(ctx: ActionContext, diagnostic: Diagnostic): { ruleId: string; category: string; phrase?: string; fixes: FixPayload[] } | undefined {
  const ruleId = diagnostic.code;
  if (typeof ruleId !== 'string') return undefined;
  const f = ctx.findings.find((x) => x.ruleId === ruleId && x.message === diagnostic.message && sameRange(ctx.model.lines.rangeOf(x), diagnostic.range));
  if (!f) return undefined;
  return { ruleId, category: f.category, phrase: f.phrase, fixes: f.fixes.map((x) => toFixPayload(ctx.model.lines, x)) };
}

/** The edit that suppresses a rule at a line: a comment above it, or around a table. */
export function disableEdits(model: PostMortem, ruleId: string, line: number): { title: string; edits: TextEdit[] } {
  const lines = model.lines;
  const eol = lines.eol;
  const offset = lines.lineStarts[line];
  const table = model.tables.find((t) => t.span.start <= offset && offset <= t.span.end);
  if (table) {
    // A comment line inside a table would end the table: wrap the whole table instead.
    const first = lines.positionAt(table.span.start).line;
    const last = lines.positionAt(table.span.end).line;
    const indent = /^[ \t>]*/.exec(lines.lineText(first))![0];
    const endPos = { line: last, character: lines.lineText(last).length };
    return {
      title: `Disable ${ruleId} for this table`,
      edits: [
        { range: { start: { line: first, character: 0 }, end: { line: first, character: 0 } }, newText: `${indent}<!-- postmortem-disable ${ruleId} -->${eol}` },
        { range: { start: endPos, end: endPos }, newText: `${eol}${indent}<!-- postmortem-enable ${ruleId} -->` },
      ],
    };
  }
  const text = lines.lineText(line);
  // Indent like the line; inside a list item, like the item's text.
  const indent = /^[ \t]*/.exec(text)![0];
  return {
    title: `Disable ${ruleId} for this line`,
    edits: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- postmortem-disable-next-line ${ruleId} -->${eol}` }],
  };
}

export function wants(only: string[] | undefined, kind: string): boolean {
  if (!only) return kind !== FIX_ALL_KIND;
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

export function quickFixes(ctx: ActionContext, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const disabled = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const info = fixesOf(ctx, diagnostic);
    if (!info) continue;
    for (const fix of info.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(fix.preferred ? { isPreferred: true } : {}),
        edit: ctx.workspaceEdit(fix.edits),
      });
    }
    if (info.phrase && (info.category === 'blame' || info.category === 'language')) {
      actions.push({
        title: `Add '${info.phrase}' to the allow list`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: `Add '${info.phrase}' to the allow list`, command: ServerCommands.allowPhrase, arguments: [ctx.uri, info.phrase] },
      });
    }
    const line = diagnostic.range.start.line;
    const key = `${info.ruleId}:${line}`;
    const fm = ctx.model.frontMatter?.span;
    // A comment cannot go inside YAML front matter.
    const inFrontMatter = !!fm && ctx.model.lines.lineStarts[line] < fm.end;
    if (!disabled.has(key) && line < ctx.model.lines.lineCount && !inFrontMatter) {
      disabled.add(key);
      const { title, edits } = disableEdits(ctx.model, info.ruleId, line);
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: ctx.workspaceEdit(edits) });
    }
  }
  return actions;
}

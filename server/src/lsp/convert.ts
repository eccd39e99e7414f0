// Core findings and fixes (UTF-16 offsets) → LSP diagnostics and text edits (line/character).
// Offsets are UTF-16 code units, which is also LSP's default position encoding.
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { LineIndex } from '../core/text';
import type { Finding, Fix, Severity, Span } from '../core/types';

export const RULE_DOCS_BASE = 'https://github.com/blameless-postmortems/postmortem-lint/blob/main/docs/rules/';
export const DIAGNOSTIC_SOURCE = 'postmortem';

/** A fix in LSP terms, built when a code action asks for it (diagnostics carry no fixes). */
export interface FixPayload {
  title: string;
  safe: boolean;
  preferred: boolean;
  edits: TextEdit[];
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(lines: LineIndex, span: Span): Range {
  return lines.rangeOf(span);
}

export function toFixPayload(lines: LineIndex, fix: Fix): FixPayload {
  return {
    title: fix.title,
    safe: !!fix.safe,
    preferred: !!fix.preferred,
    edits: fix.edits.map((e) => ({ range: lines.rangeOf(e), newText: e.newText })),
  };
}

/**
 * A finding as a diagnostic, without `data`: its fixes stay in the server's cached findings, and a
 * code action finds them again by rule, range and message (actions.ts), so a publish carries only
 * what the editor shows.
 */
export function toDiagnostic(lines: LineIndex, finding: Finding): Diagnostic {
  return {
    range: lines.rangeOf(finding),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: `${RULE_DOCS_BASE}${finding.ruleId}.md` },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    // recurring-condition's earlier post-mortems: the index keys them by URI.
    ...(finding.related?.length ? { relatedInformation: finding.related.map((r) => ({ location: { uri: r.file, range: r.range }, message: r.message })) } : {}),
  };
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** One edit turning `from` into `to`: the changed middle only, so the cursor and folds stay put. */
export function minimalEdit(lines: LineIndex, from: string, to: string): TextEdit | undefined {
  if (from === to) return undefined;
  let start = 0;
  while (start < from.length && start < to.length && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let endFrom = from.length;
  let endTo = to.length;
  while (endFrom > start && endTo > start && from.charCodeAt(endFrom - 1) === to.charCodeAt(endTo - 1)) {
    endFrom--;
    endTo--;
  }
  // Never split a surrogate pair or a CRLF.
  while (start > 0 && (isLowSurrogate(from.charCodeAt(start)) || (from[start] === '\n' && from[start - 1] === '\r'))) start--;
  return { range: lines.rangeOf({ start, end: endFrom }), newText: to.slice(start, endTo) };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

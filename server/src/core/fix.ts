// Applying fixes. A fix is a list of text edits on the source; applying one never touches text
// outside its edits. Fix-all applies only safe (mechanical) fixes, re-linting between passes
// because one fix can move the text another fix was computed for.
import { lint, type LintOptions } from './engine';
import { applyEdits } from './text';
import type { Finding, Fix, TextEdit } from './types';

/** The fix fix-all would apply for a finding: the preferred safe one, else the first safe one. */
export function safeFixOf(finding: Finding): Fix | undefined {
  const safe = finding.fixes.filter((f) => f.safe);
  return safe.find((f) => f.preferred) ?? safe[0];
}

/** Edits of the safe fixes of these findings that do not overlap each other, in source order. */
export function nonOverlappingSafeEdits(findings: Finding[]): { edits: TextEdit[]; applied: Finding[] } {
  const edits: TextEdit[] = [];
  const applied: Finding[] = [];
  for (const f of findings) {
    const fix = safeFixOf(f);
    if (!fix || !fix.edits.length) continue;
    const clashes = fix.edits.some((e) => edits.some((x) => x.start < e.end && e.start < x.end || (x.start === e.start && x.end === e.start && e.start === e.end)));
    if (clashes) continue;
    edits.push(...fix.edits);
    applied.push(f);
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  return { edits, applied };
}

export interface FixAllResult {
  text: string;
  /** Findings fixed, over all passes. */
  fixed: Finding[];
  passes: number;
}

/** Applies safe fixes until none applies (at most `maxPasses` rounds). */
export function fixAll(source: string, options: LintOptions = {}, maxPasses = 10): FixAllResult {
  let text = source;
  const fixed: Finding[] = [];
  let passes = 0;
  while (passes < maxPasses) {
    const { findings } = lint(text, options);
    const { edits, applied } = nonOverlappingSafeEdits(findings);
    if (!edits.length) break;
    const next = applyEdits(text, edits);
    passes++;
    if (next === text) break;
    text = next;
    fixed.push(...applied);
  }
  return { text, fixed, passes };
}

// `--format json`: exactly the documented shape, 0-based lines and UTF-16 characters as LSP counts.
import type { FileReport } from './types';

export function toJson(reports: FileReport[]): string {
  const out = reports.map((r) => ({
    file: r.file,
    ...(r.template ? { template: r.template } : {}),
    findings: r.findings.map((f) => ({
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      message: f.message,
      range: r.lines.rangeOf(f),
      fixes: f.fixes.map((fix) => ({
        title: fix.title,
        edits: fix.edits.map((e) => ({ range: r.lines.rangeOf(e), newText: e.newText })),
      })),
    })),
  }));
  return JSON.stringify(out, null, 2);
}

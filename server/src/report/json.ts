// `--format json`: exactly the documented shape, 0-based lines and UTF-16 characters as LSP counts.
// `related` appears only on findings that point into other post-mortems.
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
      // Places in the other post-mortems a finding refers to (recurring-condition), when it has any.
      ...(f.related?.length ? { related: f.related.map((x) => ({ file: x.file, range: x.range, message: x.message })) } : {}),
    })),
  }));
  return JSON.stringify(out, null, 2);
}

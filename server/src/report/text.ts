// `--format text`: one line per finding, like a compiler (`file:line:col severity message [rule-id]`,
// 1-based), then a summary line.
import type { FileReport } from './types';
import type { Severity } from '../core/types';

export function toText(reports: FileReport[]): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of reports) {
    for (const f of r.findings) {
      const p = r.lines.positionAt(f.start);
      lines.push(`${r.file}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.message} [${f.ruleId}]`);
      counts[f.severity]++;
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const files = reports.length;
  const parts = [`${counts.error} error${counts.error === 1 ? '' : 's'}`, `${counts.warning} warning${counts.warning === 1 ? '' : 's'}`, `${counts.info} info`];
  if (counts.hint) parts.push(`${counts.hint} hint${counts.hint === 1 ? '' : 's'}`);
  lines.push(
    total === 0
      ? `${files} post-mortem${files === 1 ? '' : 's'} checked: no problems.`
      : `${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${files} post-mortem${files === 1 ? '' : 's'}.`,
  );
  return lines.join('\n');
}

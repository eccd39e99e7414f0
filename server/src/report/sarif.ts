// `--format sarif`: SARIF 2.1.0, one rule entry per rule (with its help text), one result per
// finding, fixes as SARIF fixes. Columns are UTF-16 code units, SARIF's default column kind.
import type * as Sarif from 'sarif';
import type { FileReport } from './types';
import type { Rule, Severity } from '../core/types';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export const RULE_DOCS_BASE = 'https://github.com/blameless-postmortems/postmortem-lint/blob/main/docs/rules/';

function uriOf(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export function toSarif(reports: FileReport[], rules: Rule[], version: string): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const region = (r: FileReport, span: { start: number; end: number }): Sarif.Region => {
    const range = r.lines.rangeOf(span);
    return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
  };
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'postmortem-lint',
            version,
            informationUri: 'https://github.com/blameless-postmortems/postmortem-lint',
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              fullDescription: { text: r.explanation },
              help: { text: `${r.explanation}${r.sources.length ? `\nSources: ${r.sources.join(', ')}` : ''}` },
              helpUri: `${RULE_DOCS_BASE}${r.id}.md`,
              defaultConfiguration: { level: r.defaultSeverity === 'off' ? 'none' : LEVEL[r.defaultSeverity], enabled: r.defaultSeverity !== 'off' },
              properties: { category: r.category, tags: [r.category] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((r) =>
          r.findings.map((f): Sarif.Result => ({
            ruleId: f.ruleId,
            ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(r.file) }, region: region(r, f) } }],
            ...(f.related?.length
              ? {
                  relatedLocations: f.related.map((x, id) => ({
                    id,
                    physicalLocation: {
                      artifactLocation: { uri: uriOf(x.file) },
                      region: { startLine: x.range.start.line + 1, startColumn: x.range.start.character + 1, endLine: x.range.end.line + 1, endColumn: x.range.end.character + 1 },
                    },
                    message: { text: x.message },
                  })),
                }
              : {}),
            ...(f.fixes.length
              ? {
                  fixes: f.fixes.map((fix) => ({
                    description: { text: fix.title },
                    artifactChanges: [
                      {
                        artifactLocation: { uri: uriOf(r.file) },
                        replacements: fix.edits.map((e) => ({ deletedRegion: region(r, e), insertedContent: { text: e.newText } })),
                      },
                    ],
                  })),
                }
              : {}),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

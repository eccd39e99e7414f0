// Export Action Items, the pure part: formats, file names, and merging the rows of several
// documents (with a `file` column). The command in export-command.ts only asks and writes.
import { FILE_COLUMN, toCsv, toJson, toMarkdownTable } from '../../../server/src/core/export';
import type { ActionItemRow } from './types';

export type ExportFormat = 'csv' | 'json' | 'markdown';

export const EXPORT_FORMATS: { format: ExportFormat; label: string; detail: string; extension: string }[] = [
  { format: 'csv', label: 'CSV', detail: 'Comma-separated values (RFC 4180), for spreadsheets and trackers', extension: 'csv' },
  { format: 'json', label: 'JSON', detail: 'An array of objects, one per action item', extension: 'json' },
  { format: 'markdown', label: 'Markdown table', detail: 'A table to paste into another document', extension: 'md' },
];

export function formatRows(rows: ActionItemRow[], format: ExportFormat): string {
  return format === 'csv' ? toCsv(rows) : format === 'json' ? toJson(rows) : toMarkdownTable(rows);
}

export function extensionOf(format: ExportFormat): string {
  return EXPORT_FORMATS.find((f) => f.format === format)!.extension;
}

/** `incident.postmortem.md` → `incident.postmortem.action-items.csv` (a markdown export gets `.action-items.md`). */
export function exportFileName(documentName: string, format: ExportFormat): string {
  const base = documentName.replace(/\.(md|markdown)$/i, '');
  return `${base}.action-items.${extensionOf(format)}`;
}

/** The rows of several documents, each tagged with its (workspace-relative) file, in file order. */
export function mergeRows(perFile: { file: string; rows: ActionItemRow[] }[]): ActionItemRow[] {
  return [...perFile]
    .sort((a, b) => a.file.localeCompare(b.file))
    .flatMap(({ file, rows }) => rows.map((row) => ({ ...row, [FILE_COLUMN]: file })));
}

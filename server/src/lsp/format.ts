// Document formatting: aligns the pipes of every table; cell text is never changed. The table
// formatter lives in the core (tables.ts) so the CLI and fixes share it; this only translates.
import type { TextEdit } from 'vscode-languageserver';
import type { PostMortem } from '../core/model';
import { formatAllTables } from '../core/tables';

export function formattingEdits(model: PostMortem): TextEdit[] {
  return formatAllTables(model).map((e) => ({ range: model.lines.rangeOf(e), newText: e.newText }));
}

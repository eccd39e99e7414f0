// The workspace index → the answers of the Action Items and Patterns requests (protocol.ts).
import { displayTitle, type IndexedPostMortem, type WorkspaceIndex } from '../core/workspace';
import type { WorkspaceActionItemsResult, WorkspacePatternsResult, WorkspacePostMortem } from './protocol';

/** How the views name a post-mortem: its URI (the index key), path, title and date. */
function postMortemRef(d: IndexedPostMortem): WorkspacePostMortem {
  return { uri: d.key, file: d.file, ...(d.title ? { title: displayTitle(d) } : {}), ...(d.incidentDate ? { incidentDate: d.incidentDate } : {}) };
}

export function actionItemsResult(index: WorkspaceIndex, scanning: boolean): WorkspaceActionItemsResult {
  return { scanning, documents: index.documents().map((d) => ({ ...postMortemRef(d), items: d.actions })) };
}

export function patternsResult(index: WorkspaceIndex, scanning: boolean): WorkspacePatternsResult {
  return {
    scanning,
    documents: index.size,
    conditions: index.conditions().map((c) => ({
      ...(c.category ? { category: c.category } : {}),
      terms: c.terms.map((t) => ({ label: t.label, kind: t.kind })),
      documents: c.documents,
      factors: c.factors.map((f) => ({ ...postMortemRef(f.doc), text: f.factor.text, line: f.factor.line, range: f.factor.range })),
    })),
  };
}

// The data the server sends the sidebar (shared protocol types; type-only, nothing is bundled).
export type { DocumentHealth, HealthActionItem, HealthCategory } from '../../../server/src/core/health';
export type { ActionItemRow } from '../../../server/src/core/export';
export type { ActionItem, WorkspaceActionItemsResult, WorkspacePatternsResult, WorkspaceCondition } from '../../../server/src/lsp/protocol';

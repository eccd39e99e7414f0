// What the sidebar views show, as plain data: the pure modules build trees of these and the VS
// Code adapter (tree.ts) turns them into TreeItems. Keeping this free of `vscode` lets the view
// models be tested without an editor.

export interface RevealTarget {
  /** The document; omitted = the document the view is showing. */
  uri?: string;
  line: number;
  character: number;
  endLine?: number;
  endCharacter?: number;
}

export interface SidebarNode {
  /** Stable within its view: it keys expansion state and checkbox events. */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  /** A codicon id (e.g. "pass", "warning"). */
  icon?: string;
  /** A theme colour id for the icon (e.g. "charts.yellow"). */
  iconColor?: string;
  /** undefined = no checkbox. */
  checked?: boolean;
  /** Clicking reveals this range in the editor. */
  reveal?: RevealTarget;
  /** Clicking runs this command (when there is nothing to reveal). */
  command?: { command: string; title: string; args?: unknown[] };
  children?: SidebarNode[];
  /** Initially expanded (only matters when there are children). */
  expanded?: boolean;
  /** For menus (`viewItem == …`). */
  contextValue?: string;
}

/** Depth-first list of every node, for tests and lookups by id. */
export function flatten(nodes: SidebarNode[]): SidebarNode[] {
  const out: SidebarNode[] = [];
  const walk = (list: SidebarNode[]) => {
    for (const n of list) {
      out.push(n);
      if (n.children) walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

export function findNode(nodes: SidebarNode[], id: string): SidebarNode | undefined {
  return flatten(nodes).find((n) => n.id === id);
}

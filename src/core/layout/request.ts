import type { GraphIndex } from "../graph/indexes.ts";
import { organizations } from "../graph/queries.ts";
import { nodeBoxSize } from "./box-size.ts";
import type { Direction, LayoutMode, LayoutRequest, LayoutTree } from "./types.ts";

/**
 * What to lay out for the current view: one tree group per organization frame, holding only the
 * visible boxes (a collapsed box hides its reports), in pre-order. The layout is compact unless
 * the view asks for the wide one.
 */
export function layoutRequest(
  ix: GraphIndex,
  view: {
    collapsed: ReadonlySet<string>;
    organization: string | null;
    direction: Direction;
    mode?: LayoutMode;
  },
): LayoutRequest {
  const trees: LayoutTree[] = [];
  for (const group of organizations(ix)) {
    if (view.organization !== null && group.label !== view.organization) continue;
    const tree: LayoutTree = { key: group.label, label: group.label, nodes: [], edges: [] };
    if (group.unplaced) tree.unplaced = true;
    for (const root of group.roots) {
      const stack = [root];
      while (stack.length > 0) {
        const id = stack.pop()!;
        const node = ix.byId.get(id)!;
        tree.nodes.push({ id, depth: ix.depthOf.get(id) ?? 0, ...nodeBoxSize(node) });
        if (view.collapsed.has(id)) continue;
        const kids = ix.childrenOf.get(id) ?? [];
        for (let i = kids.length - 1; i >= 0; i--) {
          const kid = kids[i]!;
          tree.edges.push({ id: edgeId(id, kid), source: id, target: kid });
          stack.push(kid);
        }
      }
    }
    // Edges were pushed last-child-first; restore document order for a stable request.
    tree.edges.reverse();
    trees.push(tree);
  }
  return { direction: view.direction, mode: view.mode ?? "compact", trees };
}

/** Layout edge id; graph edge ids may be anything, so the chart keys edges by their endpoints. */
export function edgeId(source: string, target: string): string {
  return `${source}\u2192${target}`;
}

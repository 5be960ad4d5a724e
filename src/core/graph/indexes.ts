import type { GraphDocument, GraphNode, OrgGraph } from "./model.ts";

/**
 * Lookup maps built once per graph so every query is a map read instead of a scan.
 * Children keep the order of `graph.edges`, which is the order the documents list them in.
 */
export interface GraphIndex {
  graph: OrgGraph;
  byId: ReadonlyMap<string, GraphNode>;
  childrenOf: ReadonlyMap<string, readonly string[]>;
  managerOf: ReadonlyMap<string, string>;
  documentsById: ReadonlyMap<string, GraphDocument>;
  /** Nodes that are no edge's target, in node order. */
  roots: readonly string[];
  /** The root of each node's tree. */
  rootOf: ReadonlyMap<string, string>;
  /** Depth below its root (root = 0). */
  depthOf: ReadonlyMap<string, number>;
  /** Number of descendants (not counting the node itself). */
  descendantsCount: ReadonlyMap<string, number>;
}

const EMPTY: readonly string[] = [];

/** The label of a node that names no department, branch or directorate. */
export const UNKNOWN_ORGANIZATION = "Unknown organization";

/** The organization label of one node: department, else branch, else directorate. */
export function organizationLabel(node: GraphNode): string {
  const o = node.organization;
  return o.department ?? o.branch ?? o.directorate ?? UNKNOWN_ORGANIZATION;
}

/**
 * Builds the lookup maps for a validated graph (a forest: the schema rejects cycles and
 * second managers). Iterative walks so a 10,000-deep chain cannot overflow the stack.
 */
export function buildIndex(graph: OrgGraph): GraphIndex {
  const byId = new Map<string, GraphNode>();
  for (const node of graph.nodes) byId.set(node.id, node);
  const childrenOf = new Map<string, string[]>();
  const managerOf = new Map<string, string>();
  for (const edge of graph.edges) {
    managerOf.set(edge.target, edge.source);
    const list = childrenOf.get(edge.source);
    if (list) list.push(edge.target);
    else childrenOf.set(edge.source, [edge.target]);
  }
  const roots = graph.nodes.filter((n) => !managerOf.has(n.id)).map((n) => n.id);
  const rootOf = new Map<string, string>();
  const depthOf = new Map<string, number>();
  const descendantsCount = new Map<string, number>();
  const postOrder: string[] = [];
  for (const root of roots) {
    const stack: string[] = [root];
    depthOf.set(root, 0);
    while (stack.length > 0) {
      const id = stack.pop()!;
      rootOf.set(id, root);
      postOrder.push(id);
      const depth = depthOf.get(id)!;
      for (const child of childrenOf.get(id) ?? EMPTY) {
        depthOf.set(child, depth + 1);
        stack.push(child);
      }
    }
  }
  for (let i = postOrder.length - 1; i >= 0; i--) {
    const id = postOrder[i]!;
    let count = 0;
    for (const child of childrenOf.get(id) ?? EMPTY)
      count += 1 + (descendantsCount.get(child) ?? 0);
    descendantsCount.set(id, count);
  }
  const documentsById = new Map(graph.documents.map((d) => [d.id, d]));
  return {
    graph,
    byId,
    childrenOf,
    managerOf,
    documentsById,
    roots,
    rootOf,
    depthOf,
    descendantsCount,
  };
}

/** Direct reports of a node, in document order. */
export function childrenOf(ix: GraphIndex, id: string): readonly string[] {
  return ix.childrenOf.get(id) ?? EMPTY;
}

import type { ElkNode } from "elkjs/lib/elk-api";
import type { BlockTree } from "./compact.ts";
import type { Box, Direction, LayoutTree, Point } from "./types.ts";
import { SPACING } from "./types.ts";

/**
 * ELK options for one organization's trees. Brandes-Koepf placement is linear-time, unlike
 * network-simplex placement or model-order crossing minimization, which take seconds past a few
 * hundred nodes. INTERACTIVE crossing minimization keeps the order of the input coordinates,
 * which we set from the tree's pre-order, so siblings keep their document order.
 */
export function elkOptions(direction: Direction): Record<string, string> {
  return {
    "elk.algorithm": "layered",
    "elk.direction": direction,
    "elk.edgeRouting": "ORTHOGONAL",
    "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
    "elk.layered.nodePlacement.bk.fixedAlignment": "BALANCED",
    "elk.layered.crossingMinimization.strategy": "INTERACTIVE",
    "elk.layered.layering.strategy": "NETWORK_SIMPLEX",
    "elk.spacing.nodeNode": String(SPACING.sibling),
    "elk.layered.spacing.nodeNodeBetweenLayers": String(SPACING.level),
    "elk.spacing.componentComponent": String(SPACING.sibling * 2),
    "elk.padding": "[top=0,left=0,bottom=0,right=0]",
  };
}

/**
 * One ELK graph for one tree group. Each box gets an input coordinate along the sibling axis
 * equal to its leaf order, which INTERACTIVE crossing minimization reads as the wanted order.
 */
export function toElkGraph(tree: LayoutTree, direction: Direction): ElkNode {
  const order = leafOrder(tree);
  const down = direction === "DOWN";
  return {
    id: `group:${tree.key}`,
    layoutOptions: elkOptions(direction),
    children: tree.nodes.map((n) => {
      const along = (order.get(n.id) ?? 0) * 10;
      const across = n.depth * 100;
      return {
        id: n.id,
        width: n.width,
        height: n.height,
        x: down ? along : across,
        y: down ? across : along,
      };
    }),
    edges: tree.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
}

/** Position of each node along the sibling axis: leaves numbered in pre-order, parents at their first leaf. */
function leafOrder(tree: LayoutTree): Map<string, number> {
  const order = new Map<string, number>();
  const hasChild = new Set(tree.edges.map((e) => e.source));
  let next = 0;
  const firstLeafPending: string[] = [];
  for (const n of tree.nodes) {
    firstLeafPending.push(n.id);
    if (!hasChild.has(n.id)) {
      for (const id of firstLeafPending) order.set(id, next);
      firstLeafPending.length = 0;
      next += 1;
    }
  }
  return order;
}

/** Reads box positions out of a laid-out ELK graph, shifted by `offset`. */
export function fromElkGraph(laidOut: ElkNode, offset: Point): Record<string, Box> {
  const out: Record<string, Box> = {};
  for (const child of laidOut.children ?? []) {
    out[child.id] = {
      x: (child.x ?? 0) + offset.x,
      y: (child.y ?? 0) + offset.y,
      width: child.width ?? 0,
      height: child.height ?? 0,
    };
  }
  return out;
}

/**
 * ELK options for the compact layout's block trees: ELK's tree layout (mrtree), which centres
 * each manager between its first and last report and keeps reports in the given order. The
 * tree is always laid out top-down with the sibling axis as x; compact.ts turns it for a
 * left-to-right chart and sets the levels itself (mrtree centres short boxes in a tall level).
 */
export function treeOptions(): Record<string, string> {
  return {
    "elk.algorithm": "mrtree",
    "elk.direction": "DOWN",
    "elk.mrtree.weighting": "MODEL_ORDER",
    "elk.spacing.nodeNode": String(SPACING.sibling),
    "elk.padding": "[top=0,left=0,bottom=0,right=0]",
  };
}

/** One ELK graph for a block tree: each block's extent along the sibling axis as its width. */
export function blocksToElk(tree: BlockTree): ElkNode {
  const edges: NonNullable<ElkNode["edges"]> = [];
  for (const [source, kids] of tree.children) {
    for (const target of kids)
      edges.push({ id: `${source}>${target}`, sources: [source], targets: [target] });
  }
  return {
    id: "blocks",
    layoutOptions: treeOptions(),
    children: tree.blocks.map((b) => ({
      id: b.id,
      width: b.size.along,
      height: Math.max(1, b.size.across),
    })),
    edges,
  };
}

/** Each block's start along the sibling axis in a laid-out block tree, in whole pixels. */
export function alongFromElk(laidOut: ElkNode): Map<string, number> {
  return new Map((laidOut.children ?? []).map((c) => [c.id, Math.round(c.x ?? 0)]));
}

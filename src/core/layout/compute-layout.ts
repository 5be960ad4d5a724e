import type { ElkNode } from "elkjs/lib/elk-api";
import { compactTree, placeBlocks } from "./compact.ts";
import { alongFromElk, blocksToElk, fromElkGraph, toElkGraph } from "./elk-mapping.ts";
import { packFrames } from "./pack.ts";
import { busRoutes } from "./routes.ts";
import { treeLayout } from "./tree-layout.ts";
import type {
  Box,
  Direction,
  LayoutGroup,
  LayoutRequest,
  LayoutResult,
  LayoutTree,
  Point,
} from "./types.ts";
import { SPACING } from "./types.ts";

/** The part of an ELK instance we use: elkjs in Node, elk-api with its worker in the browser. */
export interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/** Boxes and lines of one tree, in its own coordinates. */
interface Drawn {
  boxes: Record<string, Box>;
  edges: Record<string, Point[]>;
}

/** The trees of a frame one by one: each root with its visible descendants, pre-order. */
export function splitTrees(tree: LayoutTree): LayoutTree[] {
  const out: LayoutTree[] = [];
  const treeOf = new Map<string, LayoutTree>();
  for (const n of tree.nodes) {
    const parent = n.depth === 0 ? undefined : out[out.length - 1];
    const into = parent ?? { key: n.id, label: tree.label, nodes: [], edges: [] };
    if (!parent) out.push(into);
    into.nodes.push(n);
    treeOf.set(n.id, into);
  }
  for (const e of tree.edges) treeOf.get(e.source)?.edges.push(e);
  return out;
}

/** Wide layout's boxes in whole pixels, and its bus lines between them. */
function wideDrawn(tree: LayoutTree, boxes: Record<string, Box>, direction: Direction): Drawn {
  const rounded: Record<string, Box> = {};
  for (const [id, b] of Object.entries(boxes)) {
    rounded[id] = { ...b, x: Math.round(b.x), y: Math.round(b.y) };
  }
  return { boxes: rounded, edges: busRoutes(tree, rounded, direction) };
}

function fallbackTree(tree: LayoutTree, request: LayoutRequest): Drawn {
  if (request.mode === "compact") {
    const { blocks, along } = compactTree(tree, request.direction);
    return placeBlocks(blocks, along, request.direction);
  }
  return wideDrawn(tree, treeLayout(tree, request.direction), request.direction);
}

async function elkTree(elk: ElkLike, tree: LayoutTree, request: LayoutRequest): Promise<Drawn> {
  if (request.mode === "compact") {
    const { blocks } = compactTree(tree, request.direction);
    if (blocks.blocks.length === 1) return placeBlocks(blocks, new Map(), request.direction);
    const along = alongFromElk(await elk.layout(blocksToElk(blocks)));
    return placeBlocks(blocks, along, request.direction);
  }
  if (tree.nodes.length === 1) return fallbackTree(tree, request);
  const laidOut = await elk.layout(toElkGraph(tree, request.direction));
  return wideDrawn(tree, fromElkGraph(laidOut, { x: 0, y: 0 }), request.direction);
}

/**
 * Lays out every organization's trees with ELK, each tree as its own graph, then packs the
 * trees of each frame and the frames (see packFrames) so nothing overlaps.
 */
export async function computeLayout(elk: ElkLike, request: LayoutRequest): Promise<LayoutResult> {
  const frames = await Promise.all(
    request.trees.map((tree) => Promise.all(splitTrees(tree).map((t) => elkTree(elk, t, request)))),
  );
  return assemble(request, frames, "elk");
}

/** The same result shape from the instant layout; synchronous and near-linear. */
export function fallbackLayout(request: LayoutRequest): LayoutResult {
  const frames = request.trees.map((tree) => splitTrees(tree).map((t) => fallbackTree(t, request)));
  return assemble(request, frames, "fallback");
}

/** The smallest box holding every one of `boxes` (all of them non-empty, at least one). */
export function extentOf(boxes: readonly Box[]): Box {
  let x = Infinity;
  let y = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    x = Math.min(x, b.x);
    y = Math.min(y, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  return { x, y, width: right - x, height: bottom - y };
}

/** Copies `drawn` into `into`, moved by (dx, dy). Runs once per box and line of the chart. */
function translate(drawn: Drawn, dx: number, dy: number, into: Drawn): void {
  for (const id in drawn.boxes) {
    const b = drawn.boxes[id]!;
    into.boxes[id] = { x: b.x + dx, y: b.y + dy, width: b.width, height: b.height };
  }
  for (const id in drawn.edges) {
    into.edges[id] = drawn.edges[id]!.map((p) => ({ x: p.x + dx, y: p.y + dy }));
  }
}

/**
 * Where the frame's trees go, packed together (unplaced boxes closer, as a grid): each tree's
 * offset from its own coordinates, and the extent of them all, from (0, 0).
 */
function packTrees(tree: LayoutTree, trees: Drawn[], direction: Direction) {
  const bounds = trees.map((t) => extentOf(Object.values(t.boxes)));
  const gap = tree.unplaced ? SPACING.sibling : 2 * SPACING.sibling;
  // The largest tree first, as frames are ordered (see assemble): a branch's main tree, not a
  // two-box tree beside it, is what the frame and a first view start with. Unplaced boxes keep
  // their order.
  const size = (i: number) => (tree.unplaced ? 0 : Object.keys(trees[i]!.boxes).length);
  const order = trees.map((_, i) => i).sort((a, b) => size(b) - size(a) || a - b);
  const packed = packFrames(
    order.map((i) => bounds[i]!),
    direction,
    gap,
  );
  const places: Point[] = [];
  order.forEach((i, k) => (places[i] = packed[k]!));
  const offsets = places.map((p, i) => ({ x: p.x - bounds[i]!.x, y: p.y - bounds[i]!.y }));
  const inner = extentOf(
    places.map((p, i) => ({ ...p, width: bounds[i]!.width, height: bounds[i]!.height })),
  );
  const boxes = trees.reduce((n, t) => n + Object.keys(t.boxes).length, 0);
  return { offsets, inner, boxes };
}

/** Room for a frame's label: long labels are cut short on screen, so they need not widen it. */
function labelWidth(label: string): number {
  return Math.min(label.length, 48) * 9 + 2 * SPACING.groupPadding;
}

function assemble(
  request: LayoutRequest,
  frames: Drawn[][],
  engine: LayoutResult["engine"],
): LayoutResult {
  const laidOut = request.trees
    .map((tree, i) => ({ tree, trees: frames[i] ?? [] }))
    .filter(({ trees }) => trees.length > 0)
    .map(({ tree, trees }) => {
      const { offsets, inner, boxes } = packTrees(tree, trees, request.direction);
      const width = Math.max(inner.width + 2 * SPACING.groupPadding, labelWidth(tree.label));
      const height = inner.height + 2 * SPACING.groupPadding + SPACING.groupHeader;
      return { tree, trees, offsets, inner, boxes, width, height };
    });
  // The largest organization first: the packing starts top left with it, and so does a first
  // view that cannot show everything; unplaced positions last. The frames keep the request's
  // order (the organizations' order).
  const weight = (i: number) => (laidOut[i]!.tree.unplaced ? -1 : laidOut[i]!.boxes);
  const order = laidOut.map((_, i) => i).sort((a, b) => weight(b) - weight(a) || a - b);
  const packed = packFrames(
    order.map((i) => laidOut[i]!),
    request.direction,
  );
  const places: Point[] = [];
  order.forEach((i, k) => (places[i] = packed[k]!));
  const placed: Drawn = { boxes: {}, edges: {} };
  const groups: LayoutGroup[] = [];
  let width = 0;
  let height = 0;
  laidOut.forEach(({ tree, trees, offsets, inner, width: w, height: h }, i) => {
    const frame: LayoutGroup = {
      key: tree.key,
      label: tree.label,
      ...places[i]!,
      width: w,
      height: h,
    };
    if (tree.unplaced) frame.unplaced = true;
    // Centre narrow trees under a long label; whole pixels keep lines crisp.
    const dx = Math.round(frame.x + (frame.width - inner.width) / 2 - inner.x);
    const dy = frame.y + SPACING.groupHeader + SPACING.groupPadding - inner.y;
    trees.forEach((t, k) => translate(t, dx + offsets[k]!.x, dy + offsets[k]!.y, placed));
    groups.push(frame);
    width = Math.max(width, frame.x + frame.width);
    height = Math.max(height, frame.y + frame.height);
  });
  return {
    positions: placed.boxes,
    edges: placed.edges,
    groups,
    width,
    height,
    engine,
    direction: request.direction,
    mode: request.mode,
  };
}

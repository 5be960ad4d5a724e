import type { ElkNode } from "elkjs/lib/elk-api";
import { fromElkGraph, toElkGraph } from "./elk-mapping.ts";
import { busRoutes } from "./routes.ts";
import { treeLayout } from "./tree-layout.ts";
import type { Box, LayoutGroup, LayoutRequest, LayoutResult, Point } from "./types.ts";
import { SPACING } from "./types.ts";

/** The part of an ELK instance we use: elkjs in Node, elk-api with its worker in the browser. */
export interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/**
 * Lays out every organization's trees with ELK, each as its own graph, then places the groups
 * in rows (top-down) or columns (left-to-right) so trees never overlap (see packFrames).
 */
export async function computeLayout(elk: ElkLike, request: LayoutRequest): Promise<LayoutResult> {
  const local = await Promise.all(
    request.trees.map(async (tree) => {
      if (tree.nodes.length === 0) return {};
      const laidOut = await elk.layout(toElkGraph(tree, request.direction));
      return fromElkGraph(laidOut, { x: 0, y: 0 });
    }),
  );
  return assemble(request, local, "elk");
}

/** The same result shape from the instant tree layout; synchronous and linear-time. */
export function fallbackLayout(request: LayoutRequest): LayoutResult {
  return assemble(
    request,
    request.trees.map((t) => treeLayout(t, request.direction)),
    "fallback",
  );
}

/** The screen the organizations are packed for: wide, as in a meeting room (width / height). */
const TARGET_ASPECT = 16 / 10;

type Size = { width: number; height: number };

/** Frames in rows no longer than `limit` (columns, left to right), in document order. */
function shelves(sizes: Size[], direction: LayoutRequest["direction"], limit: number) {
  const down = direction === "DOWN";
  const along = (f: Size) => (down ? f.width : f.height);
  const across = (f: Size) => (down ? f.height : f.width);
  const gap = SPACING.groupGap;
  const places: Array<{ x: number; y: number }> = [];
  let rowStart = 0;
  let rowDepth = 0;
  let cursor = 0;
  let longest = 0;
  for (const frame of sizes) {
    if (cursor > 0 && cursor + along(frame) > limit) {
      rowStart += rowDepth + gap;
      rowDepth = 0;
      cursor = 0;
    }
    places.push(down ? { x: cursor, y: rowStart } : { x: rowStart, y: cursor });
    longest = Math.max(longest, cursor + along(frame));
    cursor += along(frame) + gap;
    rowDepth = Math.max(rowDepth, across(frame));
  }
  const extent = rowStart + rowDepth;
  return { places, width: down ? longest : extent, height: down ? extent : longest };
}

/**
 * Where each organization's frame goes: in rows (top-down charts) or columns (left to right), in
 * document order, breaking rows where the whole chart, fitted to a wide screen, shows its boxes
 * largest. One wide organization and two small ones then put the small ones under it rather than
 * making one long strip that a fitted view shrinks until titles cannot be read.
 */
export function packFrames(
  sizes: Size[],
  direction: LayoutRequest["direction"],
): Array<{ x: number; y: number }> {
  const along = (f: Size) => (direction === "DOWN" ? f.width : f.height);
  // Every row length worth trying: where a row of consecutive frames would end. Past a few
  // dozen organizations only rows from the first frame are tried, to stay quadratic.
  const limits = new Set<number>();
  const starts = sizes.length <= 40 ? sizes.length : 1;
  for (let start = 0; start < starts; start++) {
    let length = -SPACING.groupGap;
    for (let end = start; end < sizes.length; end++) {
      length += along(sizes[end]!) + SPACING.groupGap;
      limits.add(length);
    }
  }
  let best: ReturnType<typeof shelves> | null = null;
  let bestScale = -1;
  for (const limit of [...limits].sort((a, b) => b - a)) {
    const packed = shelves(sizes, direction, limit);
    const scale = Math.min(TARGET_ASPECT / packed.width, 1 / packed.height);
    // Longer rows first, so a tie keeps the simpler arrangement.
    if (scale > bestScale * 1.0001) {
      best = packed;
      bestScale = scale;
    }
  }
  return best?.places ?? [];
}

function assemble(
  request: LayoutRequest,
  local: Array<Record<string, Box>>,
  engine: LayoutResult["engine"],
): LayoutResult {
  const positions: Record<string, Box> = {};
  const edges: Record<string, Point[]> = {};
  const groups: LayoutGroup[] = [];
  const laidOut = request.trees
    .map((tree, i) => ({ tree, boxes: local[i] ?? {} }))
    .filter(({ boxes }) => Object.keys(boxes).length > 0)
    .map(({ tree, boxes }) => {
      const all = Object.values(boxes);
      const minX = Math.min(...all.map((b) => b.x));
      const minY = Math.min(...all.map((b) => b.y));
      const maxX = Math.max(...all.map((b) => b.x + b.width));
      const maxY = Math.max(...all.map((b) => b.y + b.height));
      const labelWidth = tree.label.length * 9 + 2 * SPACING.groupPadding;
      const width = Math.max(maxX - minX + 2 * SPACING.groupPadding, labelWidth);
      const height = maxY - minY + 2 * SPACING.groupPadding + SPACING.groupHeader;
      return { tree, boxes, minX, minY, treeWidth: maxX - minX, width, height };
    });
  const places = packFrames(laidOut, request.direction);
  let width = 0;
  let height = 0;
  laidOut.forEach(({ tree, boxes, minX, minY, treeWidth, ...size }, i) => {
    const frame: LayoutGroup = { key: tree.key, label: tree.label, ...places[i]!, ...size };
    // Centre narrow trees under a long label.
    const dx = frame.x + (frame.width - treeWidth) / 2 - minX;
    const dy = frame.y + SPACING.groupHeader + SPACING.groupPadding - minY;
    const placed: Record<string, Box> = {};
    for (const [id, b] of Object.entries(boxes)) {
      placed[id] = {
        x: Math.round(b.x + dx),
        y: Math.round(b.y + dy),
        width: b.width,
        height: b.height,
      };
    }
    Object.assign(positions, placed);
    Object.assign(edges, busRoutes(tree, placed, request.direction));
    groups.push(frame);
    width = Math.max(width, frame.x + frame.width);
    height = Math.max(height, frame.y + frame.height);
  });
  return { positions, edges, groups, width, height, engine, direction: request.direction };
}

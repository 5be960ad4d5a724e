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
 * side by side (top-down) or stacked (left-to-right) so trees never overlap.
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

function assemble(
  request: LayoutRequest,
  local: Array<Record<string, Box>>,
  engine: LayoutResult["engine"],
): LayoutResult {
  const down = request.direction === "DOWN";
  const positions: Record<string, Box> = {};
  const edges: Record<string, Point[]> = {};
  const groups: LayoutGroup[] = [];
  let cursor = 0;
  let width = 0;
  let height = 0;
  request.trees.forEach((tree, i) => {
    const boxes = Object.values(local[i] ?? {});
    if (boxes.length === 0) return;
    const minX = Math.min(...boxes.map((b) => b.x));
    const minY = Math.min(...boxes.map((b) => b.y));
    const maxX = Math.max(...boxes.map((b) => b.x + b.width));
    const maxY = Math.max(...boxes.map((b) => b.y + b.height));
    const labelWidth = tree.label.length * 9 + 2 * SPACING.groupPadding;
    const frame: LayoutGroup = {
      key: tree.key,
      label: tree.label,
      x: down ? cursor : 0,
      y: down ? 0 : cursor,
      width: Math.max(maxX - minX + 2 * SPACING.groupPadding, labelWidth),
      height: maxY - minY + 2 * SPACING.groupPadding + SPACING.groupHeader,
    };
    // Centre narrow trees under a long label.
    const dx = frame.x + (frame.width - (maxX - minX)) / 2 - minX;
    const dy = frame.y + SPACING.groupHeader + SPACING.groupPadding - minY;
    const placed: Record<string, Box> = {};
    for (const [id, b] of Object.entries(local[i]!)) {
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
    cursor += (down ? frame.width : frame.height) + SPACING.groupGap;
    width = Math.max(width, frame.x + frame.width);
    height = Math.max(height, frame.y + frame.height);
  });
  return { positions, edges, groups, width, height, engine, direction: request.direction };
}

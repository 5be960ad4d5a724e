import type { Box, Direction, LayoutTree, Point } from "./types.ts";

/**
 * Org-chart edges: down from the manager, along a bus line shared by all its reports, down into
 * each report. The bus runs in the middle of the empty band between two levels, so no line can
 * cross a box. (ELK's own routes spread the start points along the manager's edge, which reads
 * less like an org chart.)
 */
export function busRoutes(
  tree: LayoutTree,
  boxes: Record<string, Box>,
  direction: Direction,
): Record<string, Point[]> {
  const down = direction === "DOWN";
  const depthOf = new Map(tree.nodes.map((n) => [n.id, n.depth]));
  // Band of each level along the flow axis: [start of its nearest box, end of its farthest box].
  const bandEnd = new Map<number, number>();
  const bandStart = new Map<number, number>();
  for (const n of tree.nodes) {
    const b = boxes[n.id];
    if (!b) continue;
    const start = down ? b.y : b.x;
    const end = down ? b.y + b.height : b.x + b.width;
    bandStart.set(n.depth, Math.min(bandStart.get(n.depth) ?? Infinity, start));
    bandEnd.set(n.depth, Math.max(bandEnd.get(n.depth) ?? -Infinity, end));
  }
  const routes: Record<string, Point[]> = {};
  for (const e of tree.edges) {
    const s = boxes[e.source];
    const t = boxes[e.target];
    const depth = depthOf.get(e.source);
    if (!s || !t || depth === undefined) continue;
    const gapStart = bandEnd.get(depth) ?? (down ? s.y + s.height : s.x + s.width);
    const gapEnd = bandStart.get(depth + 1) ?? (down ? t.y : t.x);
    const bus = (gapStart + gapEnd) / 2;
    if (down) {
      const sx = s.x + s.width / 2;
      const tx = t.x + t.width / 2;
      routes[e.id] = [
        { x: sx, y: s.y + s.height },
        { x: sx, y: bus },
        { x: tx, y: bus },
        { x: tx, y: t.y },
      ];
    } else {
      const sy = s.y + s.height / 2;
      const ty = t.y + t.height / 2;
      routes[e.id] = [
        { x: s.x + s.width, y: sy },
        { x: bus, y: sy },
        { x: bus, y: ty },
        { x: t.x, y: ty },
      ];
    }
  }
  return routes;
}

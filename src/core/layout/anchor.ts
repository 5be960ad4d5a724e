import type { LayoutResult } from "./types.ts";

/**
 * `next` moved as a whole so that box `id` stays where `current` drew it: after a box is
 * collapsed or expanded, that box stays under the pointer and the rest of the chart grows or
 * shrinks around it, instead of everything sliding (the box often by thousands of pixels in a
 * wide chart). Returns `next` unchanged when either layout lacks the box.
 *
 * @example anchorLayout(afterCollapse, beforeCollapse, "director") // director keeps its place
 */
export function anchorLayout(next: LayoutResult, current: LayoutResult, id: string): LayoutResult {
  const from = current.positions[id];
  const to = next.positions[id];
  if (!from || !to || current.direction !== next.direction || current.mode !== next.mode) {
    return next;
  }
  const dx = from.x - to.x;
  const dy = from.y - to.y;
  if (dx === 0 && dy === 0) return next;
  const positions: LayoutResult["positions"] = {};
  for (const [key, b] of Object.entries(next.positions)) {
    positions[key] = { ...b, x: b.x + dx, y: b.y + dy };
  }
  const edges: LayoutResult["edges"] = {};
  for (const [key, points] of Object.entries(next.edges)) {
    edges[key] = points.map((p) => ({ x: p.x + dx, y: p.y + dy }));
  }
  const groups = next.groups.map((g) => ({ ...g, x: g.x + dx, y: g.y + dy }));
  return { ...next, positions, edges, groups };
}

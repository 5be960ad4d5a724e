import type { Box, Direction, LayoutTree } from "./types.ts";
import { SPACING } from "./types.ts";

/**
 * A linear-time tidy tree layout: leaves side by side in document order, each manager centred
 * over its reports, one band per level. It is the instant fallback when ELK fails or is slow,
 * and it never overlaps because every box owns its own slot on the sibling axis.
 */
export function treeLayout(tree: LayoutTree, direction: Direction): Record<string, Box> {
  const down = direction === "DOWN";
  const along = (n: { width: number; height: number }) => (down ? n.width : n.height);
  const across = (n: { width: number; height: number }) => (down ? n.height : n.width);
  const children = new Map<string, string[]>();
  for (const e of tree.edges) {
    const list = children.get(e.source);
    if (list) list.push(e.target);
    else children.set(e.source, [e.target]);
  }
  const bandSize = new Map<number, number>();
  for (const n of tree.nodes)
    bandSize.set(n.depth, Math.max(bandSize.get(n.depth) ?? 0, across(n)));
  const bandStart = new Map<number, number>();
  let offset = 0;
  const depths = [...bandSize.keys()].sort((a, b) => a - b);
  for (const d of depths) {
    bandStart.set(d, offset);
    offset += (bandSize.get(d) ?? 0) + SPACING.level;
  }
  const start = new Map<string, number>();
  let cursor = 0;
  for (const n of tree.nodes) {
    if ((children.get(n.id) ?? []).length === 0) {
      start.set(n.id, cursor);
      cursor += along(n) + SPACING.sibling;
    }
  }
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  for (let i = tree.nodes.length - 1; i >= 0; i--) {
    const n = tree.nodes[i]!;
    const kids = children.get(n.id) ?? [];
    if (kids.length === 0) continue;
    const first = kids[0]!;
    const last = kids[kids.length - 1]!;
    const lo = start.get(first) ?? 0;
    const hi = (start.get(last) ?? 0) + along(byId.get(last)!);
    start.set(n.id, (lo + hi) / 2 - along(n) / 2);
  }
  const out: Record<string, Box> = {};
  for (const n of tree.nodes) {
    const a = start.get(n.id) ?? 0;
    const c = bandStart.get(n.depth) ?? 0;
    out[n.id] = { x: down ? a : c, y: down ? c : a, width: n.width, height: n.height };
  }
  return out;
}

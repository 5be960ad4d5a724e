import type { BlockTree } from "./compact.ts";
import { SPACING } from "./types.ts";

/**
 * A subtree's outline, level by level: the first and last coordinate it takes along the sibling
 * axis. Levels are stored deepest first, so a manager adds its own level with a push, and
 * coordinates are stored minus `offset`, so moving a whole outline is one addition.
 */
interface Outline {
  left: number[];
  right: number[];
  offset: number;
}

const levels = (o: Outline) => o.left.length;
const leftAt = (o: Outline, level: number) => o.left[o.left.length - 1 - level]! + o.offset;
const rightAt = (o: Outline, level: number) => o.right[o.right.length - 1 - level]! + o.offset;

/** How far `next` must move right to keep `gap` from `placed` on every level they share. */
function clearance(placed: Outline, next: Outline, gap: number): number {
  let shift = -Infinity;
  const shared = Math.min(levels(placed), levels(next));
  for (let l = 0; l < shared; l++) shift = Math.max(shift, rightAt(placed, l) - leftAt(next, l));
  return shift + gap;
}

/**
 * The outline of `placed` and `next` (moved by `shift`) side by side. The deeper outline's
 * arrays are reused and only the shared levels are written, so building all outlines of a tree
 * costs the sum of the shallower depths at each merge: linear for real charts, and a 10,000-deep
 * chain costs nothing more.
 */
function merge(placed: Outline, next: Outline, shift: number): Outline {
  const shared = Math.min(levels(placed), levels(next));
  if (levels(placed) >= levels(next)) {
    for (let l = 0; l < shared; l++) {
      placed.right[placed.right.length - 1 - l] = rightAt(next, l) + shift - placed.offset;
    }
    return placed;
  }
  const moved = { ...next, offset: next.offset + shift };
  for (let l = 0; l < shared; l++) {
    moved.left[moved.left.length - 1 - l] = leftAt(placed, l) - moved.offset;
  }
  return moved;
}

/**
 * The instant placement of a block tree along the sibling axis, a tidy tree in the manner of
 * Reingold and Tilford: each subtree is pushed against the ones before it as close as their
 * outlines allow level by level, and each manager is centred between its first and last child's
 * centres, as ELK's tree layout (mrtree) does, so both look alike. Returns each block's start.
 */
export function tidyAlong(tree: BlockTree): Map<string, number> {
  const sizeOf = new Map(tree.blocks.map((b) => [b.id, b.size.along]));
  const outline = new Map<string, Outline>();
  const relative = new Map<string, number>();
  for (let i = tree.blocks.length - 1; i >= 0; i--) {
    const block = tree.blocks[i]!;
    const kids = tree.children.get(block.id) ?? [];
    const own = block.size.along;
    if (kids.length === 0) {
      outline.set(block.id, { left: [0], right: [own], offset: 0 });
      continue;
    }
    let acc = outline.get(kids[0]!)!;
    const starts = [0];
    for (const kid of kids.slice(1)) {
      const next = outline.get(kid)!;
      const shift = clearance(acc, next, SPACING.sibling);
      starts.push(shift);
      acc = merge(acc, next, shift);
    }
    const last = kids.length - 1;
    const first = sizeOf.get(kids[0]!)! / 2;
    const end = starts[last]! + sizeOf.get(kids[last]!)! / 2;
    const start = (first + end) / 2 - own / 2;
    kids.forEach((kid, k) => relative.set(kid, starts[k]! - start));
    acc.offset -= start;
    acc.left.push(-acc.offset);
    acc.right.push(own - acc.offset);
    outline.set(block.id, acc);
    for (const kid of kids) outline.delete(kid);
  }
  const parent = new Map<string, string>();
  for (const [id, kids] of tree.children) for (const kid of kids) parent.set(kid, id);
  const along = new Map<string, number>();
  let min = Infinity;
  for (const block of tree.blocks) {
    const above = parent.get(block.id);
    const parentStart = above === undefined ? 0 : along.get(above)!;
    const at = parentStart + (relative.get(block.id) ?? 0);
    along.set(block.id, at);
    min = Math.min(min, at);
  }
  for (const [id, at] of along) along.set(id, Math.round(at - min));
  return along;
}

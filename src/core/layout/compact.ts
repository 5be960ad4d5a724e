import { edgeId } from "./request.ts";
import { TARGET_ASPECT } from "./screen.ts";
import { tidyAlong } from "./tidy.ts";
import type { Box, Direction, LayoutTree, Point, Size } from "./types.ts";
import { SPACING, STACK } from "./types.ts";

/**
 * The compact org-chart layout works on a tree of blocks instead of boxes: a manager's reports
 * that have no reports on screen become one block, a list of one or two columns hanging from a
 * spine under the manager. The block tree is placed by ELK or by the fallback (they only decide
 * where each block goes along the sibling axis); this module builds it and turns the placed
 * blocks back into boxes and lines.
 *
 * Coordinates here are "along" (the sibling axis: x top-down, y left to right) and "across" (the
 * flow axis), so one piece of code serves both directions.
 */

/** A report in a list, with its place inside the list's block. */
export interface ListItem {
  id: string;
  lane: number;
  along: number;
  across: number;
  size: Span;
}

/** Extent of a box along and across. */
export interface Span {
  along: number;
  across: number;
}

export interface Block {
  /** The position's id, `list:<manager id>` for a list of reports, `past:…` for a ghost. */
  id: string;
  /** Level band: the depth of the position, or of the reports in the list. */
  depth: number;
  size: Span;
  /** How deep the block makes its level's band: a list only counts its first row. */
  band: number;
  /**
   * Reserves a long list's room in a deeper level it reaches into, so nothing is placed there;
   * never drawn.
   */
  ghost?: true;
  /** Where the manager's line arrives along the sibling axis, from the block's start. */
  attach: number;
  /** The reports of a list block. */
  items?: ListItem[];
}

/** A tree of blocks: `blocks` in pre-order (a block before its children), its children in order. */
export interface BlockTree {
  blocks: Block[];
  children: Map<string, string[]>;
}

/** A box's extent along and across for a direction. */
export function spanOf(size: Size, direction: Direction): Span {
  return direction === "DOWN"
    ? { along: size.width, across: size.height }
    : { along: size.height, across: size.width };
}

/** A list of reports in `lanes` columns, filled row by row (left, right, then the next row). */
function listBlock(
  managerId: string,
  depth: number,
  reports: Span[],
  ids: string[],
  lanes: number,
) {
  const k = Math.min(lanes, reports.length);
  const laneSize = [0, 0];
  reports.forEach((r, i) => (laneSize[i % k] = Math.max(laneSize[i % k]!, r.along)));
  // Two columns: the spine runs between them. One: a margin on the left holds it, and one as
  // wide on the right keeps the column in the middle, right under its manager.
  const laneStart = k === 2 ? [0, laneSize[0]! + STACK.gutter] : [STACK.margin];
  const along = k === 2 ? laneStart[1]! + laneSize[1]! : 2 * STACK.margin + laneSize[0]!;
  const attach = k === 2 ? laneSize[0]! + STACK.gutter / 2 : STACK.margin / 2;
  const items: ListItem[] = [];
  let across = 0;
  for (let row = 0; row * k < reports.length; row++) {
    const inRow = reports.slice(row * k, row * k + k);
    inRow.forEach((size, lane) => {
      // A narrower box sits against the spine, so every stub has the same length.
      const start = lane === 0 && k === 2 ? laneSize[0]! - size.along : laneStart[lane]!;
      items.push({ id: ids[row * k + lane]!, lane, along: start, across, size });
    });
    across += Math.max(...inRow.map((s) => s.across)) + STACK.rowGap;
  }
  const firstRow = Math.max(...reports.slice(0, k).map((s) => s.across));
  return {
    id: `list:${managerId}`,
    depth,
    size: { along, across: across - STACK.rowGap },
    band: firstRow,
    attach,
    items,
  };
}

/**
 * The block tree of one tree (a root and its visible descendants, pre-order). Each manager's
 * reports without visible reports of their own form one list in `lanes` columns, placed in the
 * middle of the manager's other reports so the manager stays over it; a lone such report stays
 * a box.
 */
export function toBlocks(tree: LayoutTree, direction: Direction, lanes: 1 | 2): BlockTree {
  const kids = new Map<string, string[]>();
  for (const e of tree.edges) {
    const list = kids.get(e.source);
    if (list) list.push(e.target);
    else kids.set(e.source, [e.target]);
  }
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const blocks: Block[] = [];
  const children = new Map<string, string[]>();
  const box = (id: string): Block => {
    const n = byId.get(id)!;
    const size = spanOf(n, direction);
    return { id, depth: n.depth, size, band: size.across, attach: size.along / 2 };
  };
  // Pre-order with an explicit stack: a 10,000-deep chain must not overflow the call stack.
  const stack: Block[] = tree.nodes.length > 0 ? [box(tree.nodes[0]!.id)] : [];
  while (stack.length > 0) {
    const block = stack.pop()!;
    blocks.push(block);
    const reports = block.items ? [] : (kids.get(block.id) ?? []);
    if (reports.length === 0) continue;
    const leaves = reports.filter((id) => !kids.has(id));
    const managers = reports.filter((id) => kids.has(id)).map(box);
    const row = [...managers];
    if (leaves.length === 1) row.splice(Math.floor(row.length / 2), 0, box(leaves[0]!));
    else if (leaves.length > 1) {
      const sizes = leaves.map((id) => spanOf(byId.get(id)!, direction));
      const depth = byId.get(leaves[0]!)!.depth;
      row.splice(Math.floor(row.length / 2), 0, listBlock(block.id, depth, sizes, leaves, lanes));
    }
    children.set(
      block.id,
      row.map((b) => b.id),
    );
    for (let i = row.length - 1; i >= 0; i--) stack.push(row[i]!);
  }
  return reserveOverhangs({ blocks, children });
}

/**
 * A level's band is as deep as its boxes and the first rows of its lists, so a long list hangs
 * on into the levels below instead of pushing them all down (and stretching every line to
 * them). Each level it reaches into, including the gap above it where that level's lines run,
 * gets a ghost block as wide as the list under it, so nothing is placed in its way.
 */
function reserveOverhangs(tree: BlockTree): BlockTree {
  const { start, end } = bandStarts(tree.blocks);
  const blocks: Block[] = [];
  for (const block of tree.blocks) {
    blocks.push(block);
    if (!block.items) continue;
    const bottom = (start[block.depth] ?? 0) + block.size.across;
    let above = block.id;
    for (let d = block.depth + 1; start[d] !== undefined && bottom > end[d - 1]!; d++) {
      const ghost: Block = {
        id: `past:${block.id}:${d}`,
        depth: d,
        size: { along: block.size.along, across: 0 },
        band: 0,
        attach: block.attach,
        ghost: true,
      };
      blocks.push(ghost);
      tree.children.set(above, [ghost.id]);
      above = ghost.id;
    }
  }
  return { blocks, children: tree.children };
}

/** Start of each level band along the flow axis: each band as deep as its deepest block. */
function bandStarts(blocks: readonly Block[]): { start: number[]; end: number[] } {
  const depthSize: number[] = [];
  for (const b of blocks) depthSize[b.depth] = Math.max(depthSize[b.depth] ?? 0, b.band);
  const start: number[] = [];
  const end: number[] = [];
  let offset = 0;
  for (let d = 0; d < depthSize.length; d++) {
    start[d] = offset;
    end[d] = offset + (depthSize[d] ?? 0);
    if (depthSize[d] !== undefined) offset = end[d]! + SPACING.level;
  }
  return { start, end };
}

/** Extent of a placed block tree along and across. */
function extentOf(tree: BlockTree, alongOf: ReadonlyMap<string, number>): Span {
  const { start } = bandStarts(tree.blocks);
  let along = 0;
  let across = 0;
  for (const b of tree.blocks) {
    if (b.ghost) continue;
    along = Math.max(along, (alongOf.get(b.id) ?? 0) + b.size.along);
    across = Math.max(across, (start[b.depth] ?? 0) + b.size.across);
  }
  return { along, across };
}

/**
 * The block tree of `tree` and its instant placement (see tidy.ts), with lists of two columns,
 * or of one when that shows the tree larger in a laptop's chart pane: when the tree is a strip
 * along its sibling axis (many managers side by side), a narrower list helps.
 */
export function compactTree(tree: LayoutTree, direction: Direction) {
  const two = toBlocks(tree, direction, 2);
  const twoAlong = tidyAlong(two);
  const scaleOf = (size: Span) => {
    const [width, height] =
      direction === "DOWN" ? [size.along, size.across] : [size.across, size.along];
    return Math.min(TARGET_ASPECT / width, 1 / height);
  };
  const twoSize = extentOf(two, twoAlong);
  const sibling = direction === "DOWN" ? TARGET_ASPECT : 1 / TARGET_ASPECT;
  if (twoSize.along / twoSize.across <= sibling) return { blocks: two, along: twoAlong };
  const one = toBlocks(tree, direction, 1);
  const oneAlong = tidyAlong(one);
  return scaleOf(extentOf(one, oneAlong)) > scaleOf(twoSize) * 1.0001
    ? { blocks: one, along: oneAlong }
    : { blocks: two, along: twoAlong };
}

interface Placed {
  boxes: Record<string, Box>;
  edges: Record<string, Point[]>;
}

/**
 * Boxes and lines of a placed block tree. `alongOf` gives each block's start along the sibling
 * axis; across, each block starts at the top of its level band. Every line has five points
 * (so a line that moves can glide): down from the manager to the bus in the middle of the gap
 * below its level, along the bus, then into the report's top, or down a list's spine and along
 * a short stub into the report's side.
 */
export function placeBlocks(
  tree: BlockTree,
  alongOf: ReadonlyMap<string, number>,
  direction: Direction,
): Placed {
  const { start, end } = bandStarts(tree.blocks);
  const down = direction === "DOWN";
  const point = (along: number, across: number): Point =>
    down ? { x: along, y: across } : { x: across, y: along };
  const rect = (along: number, across: number, size: Span): Box =>
    down
      ? { x: along, y: across, width: size.along, height: size.across }
      : { x: across, y: along, width: size.across, height: size.along };
  const boxes: Record<string, Box> = {};
  const edges: Record<string, Point[]> = {};
  const blockOf = new Map(tree.blocks.map((b) => [b.id, b]));
  for (const block of tree.blocks) {
    const along = alongOf.get(block.id) ?? 0;
    const across = start[block.depth] ?? 0;
    if (!block.items && !block.ghost) boxes[block.id] = rect(along, across, block.size);
    for (const item of block.items ?? []) {
      boxes[item.id] = rect(along + item.along, across + item.across, item.size);
    }
  }
  for (const [managerId, childIds] of tree.children) {
    const manager = blockOf.get(managerId)!;
    // A list's (or a ghost's) only child is the ghost under it, which has no line.
    if (manager.items || manager.ghost) continue;
    const from = (alongOf.get(managerId) ?? 0) + manager.size.along / 2;
    const bottom = (start[manager.depth] ?? 0) + manager.size.across;
    const bus = ((end[manager.depth] ?? 0) + (start[manager.depth + 1] ?? 0)) / 2;
    const head = [point(from, bottom), point(from, bus)];
    for (const childId of childIds) {
      const child = blockOf.get(childId)!;
      const childStart = alongOf.get(childId) ?? 0;
      const at = childStart + child.attach;
      const top = start[child.depth] ?? 0;
      if (!child.items) {
        // The bend is doubled so every line has five points.
        const bend = point(at, bus);
        edges[edgeId(managerId, childId)] = [...head, bend, bend, point(at, top)];
        continue;
      }
      for (const item of child.items) {
        const middle = top + item.across + item.size.across / 2;
        const itemStart = childStart + item.along;
        // The stub enters the side that faces the spine.
        const side = at > itemStart ? itemStart + item.size.along : itemStart;
        edges[edgeId(managerId, item.id)] = [
          ...head,
          point(at, bus),
          point(at, middle),
          point(side, middle),
        ];
      }
    }
  }
  return { boxes, edges };
}

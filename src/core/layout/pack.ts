import { TARGET_ASPECT } from "./screen.ts";
import type { Direction, Point, Size } from "./types.ts";
import { SPACING } from "./types.ts";

type Orientation = "rows" | "columns";

/** Items in rows no longer than `limit` (or columns no taller), in order. */
function shelves(sizes: readonly Size[], orientation: Orientation, limit: number, gap: number) {
  const rows = orientation === "rows";
  const along = (f: Size) => (rows ? f.width : f.height);
  const across = (f: Size) => (rows ? f.height : f.width);
  const places: Point[] = [];
  let rowStart = 0;
  let rowDepth = 0;
  let cursor = 0;
  let longest = 0;
  for (const item of sizes) {
    if (cursor > 0 && cursor + along(item) > limit) {
      rowStart += rowDepth + gap;
      rowDepth = 0;
      cursor = 0;
    }
    places.push(rows ? { x: cursor, y: rowStart } : { x: rowStart, y: cursor });
    longest = Math.max(longest, cursor + along(item));
    cursor += along(item) + gap;
    rowDepth = Math.max(rowDepth, across(item));
  }
  const extent = rowStart + rowDepth;
  return { places, width: rows ? longest : extent, height: rows ? extent : longest };
}

/** Every row length worth trying: where a row of consecutive items would end. */
function limitsFor(sizes: readonly Size[], orientation: Orientation, gap: number): number[] {
  const along = (f: Size) => (orientation === "rows" ? f.width : f.height);
  const limits = new Set<number>();
  // Past a few dozen items only rows from the first item are tried, to stay quadratic.
  const starts = sizes.length <= 40 ? sizes.length : 1;
  for (let start = 0; start < starts; start++) {
    let length = -gap;
    for (let end = start; end < sizes.length; end++) {
      length += along(sizes[end]!) + gap;
      limits.add(length);
    }
  }
  return [...limits].sort((a, b) => b - a);
}

/**
 * Where each item (organization frames, the trees of one frame, unplaced boxes) goes: in rows
 * or in columns, in order, breaking them where the whole, fitted to a laptop's chart pane (TARGET_ASPECT), is
 * drawn largest. One wide organization and two small ones then put the small ones under it rather
 * than making one long strip that a fitted view shrinks until titles cannot be read. Rows are
 * preferred in a top-down chart and columns left to right when both fit equally well.
 */
export function packFrames(
  sizes: readonly Size[],
  direction: Direction,
  gap: number = SPACING.groupGap,
): Point[] {
  const natural: Orientation = direction === "DOWN" ? "rows" : "columns";
  const other: Orientation = natural === "rows" ? "columns" : "rows";
  let best: Point[] = [];
  let bestScale = -1;
  for (const orientation of [natural, other]) {
    for (const limit of limitsFor(sizes, orientation, gap)) {
      const packed = shelves(sizes, orientation, limit, gap);
      const scale = Math.min(TARGET_ASPECT / packed.width, 1 / packed.height);
      // Longer rows first, and the natural orientation first, so a tie keeps the simpler one.
      if (scale > bestScale * 1.0001) {
        best = packed.places;
        bestScale = scale;
      }
    }
  }
  return best;
}

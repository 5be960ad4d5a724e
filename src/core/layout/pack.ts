import { TARGET_ASPECT } from "./screen.ts";
import type { Direction, Point, Size } from "./types.ts";
import { SPACING } from "./types.ts";

type Orientation = "rows" | "columns";

/** Each item's length along a row (or column) and its depth across it. */
function measures(sizes: readonly Size[], orientation: Orientation) {
  const rows = orientation === "rows";
  return {
    along: sizes.map((f) => (rows ? f.width : f.height)),
    across: sizes.map((f) => (rows ? f.height : f.width)),
  };
}

type Measures = ReturnType<typeof measures>;

/**
 * The extent of items in rows no longer than `limit` (or columns no taller), in order: run for
 * every candidate limit, so it only adds numbers (a few hundred frames make 10^5 runs of it).
 */
function shelfExtent({ along, across }: Measures, limit: number, gap: number) {
  let rowStart = 0;
  let rowDepth = 0;
  let cursor = 0;
  let longest = 0;
  for (let i = 0; i < along.length; i++) {
    const length = along[i]!;
    if (cursor > 0 && cursor + length > limit) {
      rowStart += rowDepth + gap;
      rowDepth = 0;
      cursor = 0;
    }
    if (cursor + length > longest) longest = cursor + length;
    cursor += length + gap;
    if (across[i]! > rowDepth) rowDepth = across[i]!;
  }
  return { long: longest, deep: rowStart + rowDepth };
}

/** Where each item goes in rows no longer than `limit` (or columns no taller), in order. */
function shelves(sizes: readonly Size[], orientation: Orientation, limit: number, gap: number) {
  const rows = orientation === "rows";
  const { along, across } = measures(sizes, orientation);
  const places: Point[] = [];
  let rowStart = 0;
  let rowDepth = 0;
  let cursor = 0;
  sizes.forEach((_item, i) => {
    if (cursor > 0 && cursor + along[i]! > limit) {
      rowStart += rowDepth + gap;
      rowDepth = 0;
      cursor = 0;
    }
    places.push(rows ? { x: cursor, y: rowStart } : { x: rowStart, y: cursor });
    cursor += along[i]! + gap;
    rowDepth = Math.max(rowDepth, across[i]!);
  });
  return places;
}

/** Every row length worth trying: where a row of consecutive items would end. */
function limitsFor({ along }: Measures, gap: number): number[] {
  const limits = new Set<number>();
  // Past a few dozen items only rows from the first item are tried, to stay quadratic.
  const starts = along.length <= 40 ? along.length : 1;
  for (let start = 0; start < starts; start++) {
    let length = -gap;
    for (let end = start; end < along.length; end++) {
      length += along[end]! + gap;
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
  let best = { orientation: natural, limit: Infinity };
  let bestScale = -1;
  for (const orientation of [natural, other]) {
    const measured = measures(sizes, orientation);
    for (const limit of limitsFor(measured, gap)) {
      const { long, deep } = shelfExtent(measured, limit, gap);
      const [width, height] = orientation === "rows" ? [long, deep] : [deep, long];
      const scale = Math.min(TARGET_ASPECT / width, 1 / height);
      // Longer rows first, and the natural orientation first, so a tie keeps the simpler one.
      if (scale > bestScale * 1.0001) {
        best = { orientation, limit };
        bestScale = scale;
      }
    }
  }
  return shelves(sizes, best.orientation, best.limit, gap);
}

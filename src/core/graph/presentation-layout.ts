import type { GraphIndex } from "./indexes.ts";
import { childrenOf } from "./indexes.ts";
import { chainOfCommand } from "./queries.ts";
import { boxSize, nodeBoxSize } from "../layout/box-size.ts";
import { edgeId } from "../layout/request.ts";
import type { Box, LayoutResult, Point, Size } from "../layout/types.ts";

/** The boxes of one presentation step: managers from the top down, the focus, its reports. */
export interface StepBoxes {
  chain: readonly string[];
  focus: string;
  reports: readonly string[];
}

/** What a step shows for a position: its whole chain of command and all its direct reports. */
export function stepBoxes(ix: GraphIndex, id: string): StepBoxes {
  return {
    chain: chainOfCommand(ix, id).slice(1).reverse(),
    focus: id,
    reports: childrenOf(ix, id),
  };
}

/** A step laid out for the screen, centred on (0, 0), and the zoom at which it fills it. */
export interface StepPlan {
  layout: LayoutResult;
  zoom: number;
}

/** Free screen space for the step, in pixels (above the caption, inside the margins). */
export interface StepArea {
  width: number;
  height: number;
}

// Gaps between boxes, in chart units (as the chart's own spacing, a little airier).
const GAP = {
  /** Between boxes side by side. */
  sibling: 28,
  /** Between rows; the line that feeds a row runs in the middle of this band. */
  row: 56,
  /** From the spine that feeds the second and later rows of reports to the rows' left edge. */
  spine: 24,
  /** Around the step, inside its (invisible) frame. */
  frame: 24,
} as const;

// Beyond these, more columns only make a step too wide to read anyway.
const MAX_COLUMNS = 12;

interface Rows {
  rows: string[][];
  width: number;
  height: number;
}

/** Boxes in rows of `perRow`, each row as wide as its boxes; the size of the whole block. */
function measureRows(ids: readonly string[], perRow: number, sizeOf: (id: string) => Size): Rows {
  const rows: string[][] = [];
  for (let i = 0; i < ids.length; i += perRow) rows.push(ids.slice(i, i + perRow));
  let width = 0;
  let height = 0;
  for (const row of rows) {
    const sizes = row.map(sizeOf);
    width = Math.max(
      width,
      sizes.reduce((w, s) => w + s.width, 0) + GAP.sibling * (row.length - 1),
    );
    height += Math.max(...sizes.map((s) => s.height));
  }
  height += GAP.row * Math.max(0, rows.length - 1);
  return { rows, width, height };
}

interface Candidate {
  chain: Rows;
  reports: Rows;
  width: number;
  height: number;
}

function candidate(
  step: StepBoxes,
  chainPerRow: number,
  columns: number,
  sizeOf: (id: string) => Size,
): Candidate {
  const chain = measureRows(step.chain, chainPerRow, sizeOf);
  const reports = measureRows(step.reports, columns, sizeOf);
  const focus = sizeOf(step.focus);
  // Every row is centred on one axis; a second row of reports is fed by a spine on their left.
  const spine = reports.rows.length > 1 ? GAP.spine : 0;
  const right = Math.max(chain.width, focus.width, reports.width) / 2;
  const left = Math.max(right, reports.width / 2 + spine);
  const width = left + right + 2 * GAP.frame;
  const blocks = [chain.height, focus.height, reports.height].filter((h) => h > 0);
  const height = blocks.reduce((a, b) => a + b, 0) + GAP.row * (blocks.length - 1) + 2 * GAP.frame;
  return { chain, reports, width, height };
}

/** The arrangement of a step drawn largest in `area` (up to `maxZoom`), and that zoom. */
function bestArrangement(
  step: StepBoxes,
  area: StepArea,
  maxZoom: number,
  sizeOf: (id: string) => Size,
): { c: Candidate; zoom: number } {
  let best: { c: Candidate; zoom: number } | null = null;
  const chainOptions = Math.max(1, step.chain.length);
  const columnOptions = Math.max(1, Math.min(step.reports.length, MAX_COLUMNS));
  // Fewest chain rows first, then most columns: ties keep the familiar org-chart shape.
  for (let perRow = 1; perRow <= chainOptions; perRow++) {
    let rowBest: { c: Candidate; zoom: number } | null = null;
    for (let columns = columnOptions; columns >= 1; columns--) {
      const c = candidate(step, perRow, columns, sizeOf);
      const zoom = Math.min(maxZoom, area.width / c.width, area.height / c.height);
      if (!rowBest || zoom > rowBest.zoom * 1.001) rowBest = { c, zoom };
    }
    // Each row more of the chain makes the step lower and wider: past the best, it only worsens.
    if (best && rowBest!.zoom < best.zoom * 0.999) break;
    if (!best || rowBest!.zoom > best.zoom * 1.001) best = rowBest!;
    if (best.zoom >= maxZoom) break;
  }
  return best!;
}

/** Each box's size, worked out once for a step (its arrangements measure boxes many times). */
function sizesOf(step: StepBoxes, measure: (id: string) => Size): (id: string) => Size {
  const sizes = new Map(
    [...step.chain, step.focus, ...step.reports].map((id) => [id, measure(id)]),
  );
  return (id) => sizes.get(id)!;
}

/**
 * Lays out one presentation step so it fills `area` as large as possible, up to `maxZoom`: the
 * chain of command stacked above the focus (in rows when it is deep), the direct reports below
 * in as many columns as read largest, wrapping into rows fed by one spine. Lines are right-angled
 * and never cross a box; every report of a row hangs from that row's bus line.
 * @example planStep(stepBoxes(ix, "ceo"), { width: 1300, height: 600 }, 1.2, boxSizeIn(ix)).zoom // 1.2
 */
export function planStep(
  step: StepBoxes,
  area: StepArea,
  maxZoom: number,
  measure: (id: string) => Size,
): StepPlan {
  const sizeOf = sizesOf(step, measure);
  const { c, zoom } = bestArrangement(step, area, maxZoom, sizeOf);
  return { layout: arrange(step, c, sizeOf), zoom };
}

/** Places one row centred on x = 0 from `top`; returns the row's height. */
function placeRow(
  row: readonly string[],
  top: number,
  sizeOf: (id: string) => Size,
  boxes: Record<string, Box>,
): number {
  const sizes = row.map(sizeOf);
  const width = sizes.reduce((w, s) => w + s.width, 0) + GAP.sibling * (row.length - 1);
  let x = -width / 2;
  row.forEach((id, i) => {
    const s = sizes[i]!;
    boxes[id] = { x, y: top, width: s.width, height: s.height };
    x += s.width + GAP.sibling;
  });
  return Math.max(...sizes.map((s) => s.height));
}

const bottomOf = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height });
const topOf = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y });

/** Down from `from`, across at `y`, down into `to`: the org chart's elbow. */
function elbow(from: Box, to: Box, y: number): Point[] {
  const a = bottomOf(from);
  const b = topOf(to);
  return [a, { x: a.x, y }, { x: b.x, y }, b];
}

function arrange(step: StepBoxes, c: Candidate, sizeOf: (id: string) => Size): LayoutResult {
  const boxes: Record<string, Box> = {};
  const edges: Record<string, Point[]> = {};
  const rowTops: number[] = [];
  let y = 0;
  for (const row of c.chain.rows) {
    y += placeRow(row, y, sizeOf, boxes) + GAP.row;
  }
  placeRow([step.focus], y, sizeOf, boxes);
  y += sizeOf(step.focus).height + GAP.row;
  for (const row of c.reports.rows) {
    rowTops.push(y);
    y += placeRow(row, y, sizeOf, boxes) + GAP.row;
  }
  // The chain: side by side within a row, elbows between rows and down to the focus.
  const chain = [...step.chain, step.focus];
  for (let i = 1; i < chain.length; i++) {
    const a = boxes[chain[i - 1]!]!;
    const b = boxes[chain[i]!]!;
    const id = edgeId(chain[i - 1]!, chain[i]!);
    if (a.y === b.y) {
      const mid = a.y + Math.min(a.height, b.height) / 2;
      edges[id] = [
        { x: a.x + a.width, y: mid },
        { x: b.x, y: mid },
      ];
    } else edges[id] = elbow(a, b, b.y - GAP.row / 2);
  }
  // The reports: the first row from a bus under the focus, later rows from the spine.
  const focus = boxes[step.focus]!;
  const left = Math.min(...step.reports.map((id) => boxes[id]!.x));
  const spineX = left - GAP.spine;
  c.reports.rows.forEach((row, r) => {
    const bus = rowTops[r]! - GAP.row / 2;
    for (const id of row) {
      const to = boxes[id]!;
      if (r === 0) edges[edgeId(step.focus, id)] = elbow(focus, to, bus);
      else {
        const firstBus = rowTops[0]! - GAP.row / 2;
        const from = bottomOf(focus);
        edges[edgeId(step.focus, id)] = [
          from,
          { x: from.x, y: firstBus },
          { x: spineX, y: firstBus },
          { x: spineX, y: bus },
          { x: to.x + to.width / 2, y: bus },
          topOf(to),
        ];
      }
    }
  });
  return centred(boxes, edges);
}

/** Moves the step so the middle of its frame is at (0, 0), and frames it. */
function centred(boxes: Record<string, Box>, edges: Record<string, Point[]>): LayoutResult {
  const all = Object.values(boxes);
  const points = Object.values(edges).flat();
  const left = Math.min(...all.map((b) => b.x), ...points.map((p) => p.x)) - GAP.frame;
  const right = Math.max(...all.map((b) => b.x + b.width)) + GAP.frame;
  const top = Math.min(...all.map((b) => b.y)) - GAP.frame;
  const bottom = Math.max(...all.map((b) => b.y + b.height)) + GAP.frame;
  const width = right - left;
  const height = bottom - top;
  const dx = -(left + width / 2);
  const dy = -(top + height / 2);
  for (const b of all) {
    b.x += dx;
    b.y += dy;
  }
  for (const p of points) {
    p.x += dx;
    p.y += dy;
  }
  return {
    positions: boxes,
    edges,
    groups: [{ key: "", label: "", x: -width / 2, y: -height / 2, width, height }],
    width,
    height,
    engine: "fallback",
    direction: "DOWN",
    mode: "compact",
  };
}

/** Box sizes as the chart draws them, each worked out once. */
export function boxSizeIn(ix: GraphIndex): (id: string) => Size {
  const sizes = new Map<string, Size>();
  return (id) => {
    let size = sizes.get(id);
    if (!size) {
      const node = ix.byId.get(id);
      size = node ? nodeBoxSize(node) : boxSize("");
      sizes.set(id, size);
    }
    return size;
  };
}

/** How large the presentation may draw boxes: as large as `preferred`, never below `readable`. */
export interface ZoomRange {
  preferred: number;
  readable: number;
}

/**
 * One zoom for the whole presentation, so boxes keep their size from step to step: the largest
 * at which every step fits the area, within `range`. A step too crowded for it (one with dozens
 * of reports) is then drawn smaller on its own.
 */
export function presentationZoom(
  ix: GraphIndex,
  order: readonly string[],
  area: StepArea,
  range: ZoomRange,
  sizeOf: (id: string) => Size = boxSizeIn(ix),
): number {
  let zoom = range.preferred;
  // Steps of the same shape (box heights) fit alike: each shape is planned once.
  const seen = new Set<string>();
  for (const id of order) {
    const step = stepBoxes(ix, id);
    const shape = [step.chain, [step.focus], step.reports]
      .map((ids) => ids.map((b) => sizeOf(b).height).join())
      .join("|");
    if (seen.has(shape)) continue;
    seen.add(shape);
    zoom = Math.min(zoom, bestArrangement(step, area, range.preferred, sizesOf(step, sizeOf)).zoom);
    if (zoom <= range.readable) return range.readable;
  }
  return zoom;
}

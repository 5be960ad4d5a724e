import type { GraphIndex } from "../../../src/core/graph/indexes.ts";
import { organizationOf } from "../../../src/core/graph/queries.ts";
import type { Box, LayoutResult } from "../../../src/core/layout/types.ts";

/** Checks on a laid-out chart, each returning what is wrong (an empty list when all is well). */

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Pairs of boxes that overlap. */
export function boxOverlaps(result: LayoutResult): string[] {
  const boxes = Object.entries(result.positions);
  // Sweep by x so thousands of boxes stay fast.
  boxes.sort((a, b) => a[1].x - b[1].x);
  const bad: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    const [id, a] = boxes[i]!;
    for (let j = i + 1; j < boxes.length && boxes[j]![1].x < a.x + a.width; j++) {
      if (overlaps(a, boxes[j]![1])) bad.push(`${id} overlaps ${boxes[j]![0]}`);
    }
  }
  return bad;
}

/** Frames that overlap, and boxes outside their organization's frame. */
export function framesWrong(ix: GraphIndex, result: LayoutResult): string[] {
  const bad: string[] = [];
  for (const [i, a] of result.groups.entries()) {
    for (const b of result.groups.slice(i + 1)) {
      if (overlaps(a, b)) bad.push(`${a.key} overlaps ${b.key}`);
    }
  }
  for (const [id, box] of Object.entries(result.positions)) {
    const frame = result.groups.find((g) => g.key === organizationOf(ix, id));
    const inside =
      frame !== undefined &&
      box.x >= frame.x &&
      box.y >= frame.y &&
      box.x + box.width <= frame.x + frame.width &&
      box.y + box.height <= frame.y + frame.height;
    if (!inside) bad.push(`${id} outside its frame`);
  }
  return bad;
}

/** Lines that pass through a box (touching a box at a line's ends is fine), or bend at an angle. */
export function routesWrong(result: LayoutResult): string[] {
  const boxes = Object.values(result.positions);
  const bad: string[] = [];
  for (const [id, points] of Object.entries(result.edges)) {
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      if (a.x !== b.x && a.y !== b.y) bad.push(`edge ${id} is not right-angled`);
      const seg = {
        x: Math.min(a.x, b.x) + 0.5,
        y: Math.min(a.y, b.y) + 0.5,
        width: Math.max(Math.abs(a.x - b.x) - 1, 0.01),
        height: Math.max(Math.abs(a.y - b.y) - 1, 0.01),
      };
      if (boxes.some((box) => overlaps(seg, box))) bad.push(`edge ${id} crosses a box`);
    }
  }
  return bad;
}

/** Lines that do not start at their manager's box and end on their report's box. */
export function routesDetached(result: LayoutResult): string[] {
  const touches = (p: { x: number; y: number }, b: Box) =>
    p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;
  const bad: string[] = [];
  for (const [id, points] of Object.entries(result.edges)) {
    const [source, target] = id.split("\u2192") as [string, string];
    if (!touches(points[0]!, result.positions[source]!)) bad.push(`${id} starts off its manager`);
    if (!touches(points.at(-1)!, result.positions[target]!)) bad.push(`${id} ends off its report`);
  }
  return bad;
}

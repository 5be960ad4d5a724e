import type { Box, Point } from "../core/layout/types.ts";

/** Rectangle and route arithmetic for building an export scene. */

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether any segment of a route passes through a rectangle. */
export function routeMeets(points: readonly Point[], rect: Box): boolean {
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const r = {
      x: Math.min(a.x, b.x),
      y: Math.min(a.y, b.y),
      width: Math.max(Math.abs(b.x - a.x), 1e-6),
      height: Math.max(Math.abs(b.y - a.y), 1e-6),
    };
    if (intersects(r, rect)) return true;
  }
  return false;
}

/** A line from manager to report when the layout has no route for it (a layout still on its way). */
export function elbow(s: Box, t: Box, down: boolean): Point[] {
  if (down) {
    const mid = (s.y + s.height + t.y) / 2;
    const sx = s.x + s.width / 2;
    const tx = t.x + t.width / 2;
    return [
      { x: sx, y: s.y + s.height },
      { x: sx, y: mid },
      { x: tx, y: mid },
      { x: tx, y: t.y },
    ];
  }
  const mid = (s.x + s.width + t.x) / 2;
  const sy = s.y + s.height / 2;
  const ty = t.y + t.height / 2;
  return [
    { x: s.x + s.width, y: sy },
    { x: mid, y: sy },
    { x: mid, y: ty },
    { x: t.x, y: ty },
  ];
}

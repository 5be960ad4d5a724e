import type { LayoutResult, Point } from "../core/layout/types.ts";
import type { FirstFit } from "./first-viewport.ts";
import { FIT, READABLE_ZOOM } from "../core/layout/screen.ts";
import { frameBounds } from "./flow-elements.ts";

/** The first fit of a layout; null for an empty one. */
export function firstFit(layout: LayoutResult): FirstFit | null {
  const bounds = frameBounds(layout);
  if (!bounds) return null;
  const frame = layout.groups.reduce((a, b) => (b.y < a.y || (b.y === a.y && b.x < a.x) ? b : a));
  const down = layout.direction === "DOWN";
  let focus: Point = { x: frame.x + frame.width / 2, y: frame.y };
  let best = Infinity;
  let tie = Infinity;
  for (const b of Object.values(layout.positions)) {
    const inside =
      b.x >= frame.x &&
      b.x < frame.x + frame.width &&
      b.y >= frame.y &&
      b.y < frame.y + frame.height;
    if (!inside) continue;
    const [first, second] = down ? [b.y, b.x] : [b.x, b.y];
    if (first < best || (first === best && second < tie)) {
      best = first;
      tie = second;
      focus = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }
  }
  return {
    bounds,
    focus,
    minZoom: FIT.minZoom,
    maxZoom: FIT.maxZoom,
    padding: FIT.padding,
    readableZoom: READABLE_ZOOM,
  };
}

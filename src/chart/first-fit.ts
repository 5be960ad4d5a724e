import { getViewportForBounds } from "@xyflow/react";
import type { LayoutResult, Point } from "../core/layout/types.ts";
import { FIT, READABLE_ZOOM } from "../core/layout/screen.ts";
import { frameBounds } from "./flow-elements.ts";

/** What the first view needs to frame a layout in a pane of any size. */
export interface FirstFit {
  /** Around every organization frame. */
  bounds: { x: number; y: number; width: number; height: number };
  /** The top box of the frame at the top left (the largest): the part shown when not all can be. */
  focus: Point;
  minZoom: number;
  maxZoom: number;
  padding: number;
  /** The smallest zoom at which titles are readable. */
  readableZoom: number;
}

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

/**
 * Along one axis: the chart centred when it fits, else the focus centred, but never leaving
 * more than the margin empty before the chart's start or after its end.
 */
function place(
  size: number,
  pad: number,
  start: number,
  length: number,
  focus: number,
  zoom: number,
) {
  if (length * zoom <= size - 2 * pad) return size / 2 - (start + length / 2) * zoom;
  const centred = size / 2 - focus * zoom;
  return Math.min(pad - start * zoom, Math.max(size - pad - (start + length) * zoom, centred));
}

/**
 * The first view of a chart in a `width` x `height` pane: the whole chart fitted, as the Fit
 * view button shows it, when its titles are then readable; otherwise, at the readable size,
 * the top of the largest organization, and the rest one click away (Fit view, the overview, or
 * scrolling). Mirrored by first-view.inline.js for the prerendered page.
 */
export function firstViewport(fit: FirstFit, width: number, height: number) {
  const { bounds: b, padding } = fit;
  const whole = getViewportForBounds(b, width, height, fit.minZoom, fit.maxZoom, padding);
  if (whole.zoom >= fit.readableZoom) return whole;
  const zoom = fit.readableZoom;
  const padX = Math.floor((width - width / (1 + padding)) * 0.5);
  const padY = Math.floor((height - height / (1 + padding)) * 0.5);
  return {
    x: place(width, padX, b.x, b.width, fit.focus.x, zoom),
    y: place(height, padY, b.y, b.height, fit.focus.y, zoom),
    zoom,
  };
}

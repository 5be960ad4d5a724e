import type { Point } from "../core/layout/types.ts";

// Kept apart from first-fit.ts and free of React Flow: the page's first-view script
// (src/app/first-view.boot.ts) is built from this module too, so it frames the prerendered chart
// exactly as the app does, without carrying React Flow's code (46 KB, d3 included) inline.

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

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * React Flow's getViewportForBounds with a numeric padding (what its fitView does), rounding
 * included; a test holds the two equal.
 */
export function fitViewport(
  b: Bounds,
  width: number,
  height: number,
  minZoom: number,
  maxZoom: number,
  padding: number,
) {
  const padX = Math.floor((width - width / (1 + padding)) * 0.5);
  const padY = Math.floor((height - height / (1 + padding)) * 0.5);
  const fitted = Math.min((width - 2 * padX) / b.width, (height - 2 * padY) / b.height);
  const zoom = Math.min(Math.max(fitted, minZoom), maxZoom);
  const x = width / 2 - (b.x + b.width / 2) * zoom;
  const y = height / 2 - (b.y + b.height / 2) * zoom;
  const left = Math.floor(b.x * zoom + x);
  const top = Math.floor(b.y * zoom + y);
  const right = Math.floor(width - ((b.x + b.width) * zoom + x));
  const bottom = Math.floor(height - ((b.y + b.height) * zoom + y));
  return {
    x: x - Math.min(left - padX, 0) + Math.min(right - padX, 0),
    y: y - Math.min(top - padY, 0) + Math.min(bottom - padY, 0),
    zoom,
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
 * scrolling). The prerendered page's script uses this very function.
 */
export function firstViewport(fit: FirstFit, width: number, height: number) {
  const { bounds: b, padding } = fit;
  const whole = fitViewport(b, width, height, fit.minZoom, fit.maxZoom, padding);
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

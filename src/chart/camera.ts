import { getViewportForBounds } from "@xyflow/react";
import type { Viewport } from "@xyflow/react";
import type { LayoutResult } from "../core/layout/types.ts";
import { FIT_VIEW, FLOW_SETTINGS } from "./ChartProvider.tsx";
import { firstFit } from "./first-fit.ts";
import { firstViewport } from "./first-viewport.ts";
import { frameBounds } from "./flow-elements.ts";

export interface PaneSize {
  width: number;
  height: number;
}

/**
 * The viewport that shows the whole chart (every frame) in the pane, exactly as Fit view frames
 * it; null before the pane is measured or for a chart with no frame.
 */
export function fitViewport(layout: LayoutResult, pane: PaneSize): Viewport | null {
  const bounds = frameBounds(layout);
  if (!bounds || pane.width === 0 || pane.height === 0) return null;
  return getViewportForBounds(
    bounds,
    pane.width,
    pane.height,
    FLOW_SETTINGS.minZoom,
    FIT_VIEW.maxZoom,
    FIT_VIEW.padding,
  );
}

/**
 * How the camera frames a chart's first view: the whole chart when its titles are then
 * readable, else a readable part, the rest one click away (first-fit.ts). Later refits, and Fit
 * view, show the whole chart.
 */
export function readableFit(layout: LayoutResult, pane: PaneSize): Viewport | null {
  const fit = firstFit(layout);
  if (!fit || pane.width === 0 || pane.height === 0) return null;
  return firstViewport(fit, pane.width, pane.height);
}

/** Within a pixel and half a percent of zoom: what the eye cannot tell apart. */
export function sameViewport(a: Viewport, b: Viewport): boolean {
  return (
    Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1 && Math.abs(a.zoom - b.zoom) < a.zoom * 0.005
  );
}

/** Whether any box of the layout is at least partly inside the pane at this viewport. */
export function anyBoxInView(layout: LayoutResult, viewport: Viewport, pane: PaneSize): boolean {
  const left = -viewport.x / viewport.zoom;
  const top = -viewport.y / viewport.zoom;
  const right = left + pane.width / viewport.zoom;
  const bottom = top + pane.height / viewport.zoom;
  for (const id in layout.positions) {
    const b = layout.positions[id]!;
    if (b.x < right && b.x + b.width > left && b.y < bottom && b.y + b.height > top) return true;
  }
  return false;
}

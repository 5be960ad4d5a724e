import { BOX } from "./box-size.ts";
import type { Size } from "./types.ts";

/** How a view is fitted to the screen (first view, Fit view): a margin, never larger than life. */
export const FIT = { padding: 0.08, maxZoom: 1, minZoom: 0.05 } as const;

/** The smallest title size, in screen pixels, that the first view shows. */
export const READABLE_TITLE_PX = 11;

/** The zoom at which box titles are READABLE_TITLE_PX on screen. */
export const READABLE_ZOOM = READABLE_TITLE_PX / BOX.titleSize;

/** The chart's pane on a 1,366 x 768 laptop screen (under the header), the size views are made for. */
export const REFERENCE_PANE: Size = { width: 1366, height: 664 };

/** The margin React Flow's fit leaves on each side of a pane, in whole pixels. */
export function fitMargin(pane: Size): { x: number; y: number } {
  return {
    x: Math.floor((pane.width - pane.width / (1 + FIT.padding)) * 0.5),
    y: Math.floor((pane.height - pane.height / (1 + FIT.padding)) * 0.5),
  };
}

/** The zoom at which `bounds` fits `pane` with FIT's margin, as React Flow's fitView computes it. */
export function fitZoom(bounds: Size, pane: Size): number {
  const pad = fitMargin(pane);
  const zoom = Math.min(
    (pane.width - 2 * pad.x) / bounds.width,
    (pane.height - 2 * pad.y) / bounds.height,
  );
  return Math.min(Math.max(zoom, FIT.minZoom), FIT.maxZoom);
}

/**
 * The shape (width / height) that frames and trees are packed for: the fitted area of the
 * reference pane, about 2:1 (a laptop's chart pane; a 16:9 slide is a little taller).
 */
export const TARGET_ASPECT = (() => {
  const pad = fitMargin(REFERENCE_PANE);
  return (REFERENCE_PANE.width - 2 * pad.x) / (REFERENCE_PANE.height - 2 * pad.y);
})();

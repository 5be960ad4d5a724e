import type { GraphIndex } from "./indexes.ts";
import { childrenOf } from "./indexes.ts";
import type { VisibilityOptions } from "./queries.ts";
import { chainOfCommand, visibleNodes } from "./queries.ts";

/**
 * What focus mode shows for a position: its chain of command from the top down to it, then its
 * direct reports.
 * @example focusSet(ix, "director") // ["ceo", "director", "manager-a", "manager-b"]
 */
export function focusSet(ix: GraphIndex, id: string): string[] {
  if (!ix.byId.has(id)) return [];
  return [...chainOfCommand(ix, id).reverse(), ...childrenOf(ix, id)];
}

/**
 * The order presentation steps through: the boxes of the current view depth-first (a manager
 * before its reports, trees in organization order), as a reader goes down the chart.
 */
export function readingOrder(ix: GraphIndex, view: VisibilityOptions): string[] {
  return visibleNodes(ix, view);
}

/** Where a presentation starts: the selected box when it is in the order, else the first root. */
export function startIndex(order: readonly string[], selectedId: string | null): number {
  const i = selectedId === null ? -1 : order.indexOf(selectedId);
  return Math.max(0, i);
}

/** One step from `index` by `delta`, stopping at both ends (a clicker does not wrap). */
export function stepIndex(order: readonly string[], index: number, delta: number): number {
  if (order.length === 0) return 0;
  return Math.min(order.length - 1, Math.max(0, index + delta));
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CameraOptions {
  /** Screen pixels kept free on every side. */
  margin: number;
  minZoom: number;
  maxZoom: number;
}

/**
 * The camera for focus mode: centred on `focus`, zoomed so the rects in `shown` fit in a `width` x
 * `height` screen (as far as `minZoom` allows), and the rects in `above` fit vertically. The chain
 * of command goes in `above`: a distant manager may sit far to the side once the boxes between are
 * hidden, and fitting it would shrink the type below reading size. Centring on the focus, not on
 * the group, keeps the current box at the same place from one step to the next.
 * @example presentationCamera(box, [box, ...reports], [chief], 1600, 900, { margin: 60, minZoom: 0.5, maxZoom: 1.6 })
 */
export function presentationCamera(
  focus: Rect,
  shown: readonly Rect[],
  above: readonly Rect[],
  width: number,
  height: number,
  options: CameraOptions,
): { x: number; y: number; zoom: number } {
  const cx = focus.x + focus.width / 2;
  const cy = focus.y + focus.height / 2;
  let halfW = focus.width / 2;
  let halfH = focus.height / 2;
  for (const r of shown) {
    halfW = Math.max(halfW, Math.abs(r.x - cx), Math.abs(r.x + r.width - cx));
    halfH = Math.max(halfH, Math.abs(r.y - cy), Math.abs(r.y + r.height - cy));
  }
  for (const r of above) halfH = Math.max(halfH, Math.abs(r.y - cy), Math.abs(r.y + r.height - cy));
  const freeW = Math.max(1, width - 2 * options.margin);
  const freeH = Math.max(1, height - 2 * options.margin);
  const fit = Math.min(freeW / (2 * halfW), freeH / (2 * halfH));
  const zoom = Math.min(options.maxZoom, Math.max(options.minZoom, fit));
  return { x: cx, y: cy, zoom };
}

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

import { hash32 } from "../core/extract/ids.ts";
import type { LayoutResult } from "../core/layout/types.ts";
import type { AtlasState } from "../store/atlas-store.ts";

/** A fingerprint of a layout's JSON (as read from layout.json: the same at build time and here). */
export function layoutFingerprint(layout: LayoutResult): string {
  return hash32(JSON.stringify(layout));
}

/**
 * True when the prerendered first view that first-view.boot.ts put in `container` shows what
 * the app is about to render from `state`, so React can hydrate it instead of rendering afresh.
 * The script already checked graph.json, the language and the URL; the layout is checked here
 * (layout.json may have failed to load, or not match the graph).
 */
export function firstViewMatches(
  container: HTMLElement,
  state: Pick<AtlasState, "status" | "layout" | "language" | "selectedId">,
): boolean {
  const { firstView, firstViewLayout } = container.dataset;
  return (
    firstView === state.language &&
    state.status === "ready" &&
    state.selectedId === null &&
    state.layout !== null &&
    layoutFingerprint(state.layout) === firstViewLayout
  );
}

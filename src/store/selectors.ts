import type { AtlasState } from "./atlas-store.ts";

/** How a box is emphasised; a string so a node re-renders only when its own state changes. */
export type Emphasis = "selected" | "chain" | "report" | "dim" | "none";

export function emphasisOf(state: AtlasState, id: string): Emphasis {
  if (state.selectedId === null) return "none";
  if (state.selectedId === id) return "selected";
  if (state.highlight.chain.has(id)) return "chain";
  if (state.highlight.reports.has(id)) return "report";
  return "dim";
}

export function edgeEmphasisOf(state: AtlasState, source: string, target: string): Emphasis {
  if (state.selectedId === null) return "none";
  const { chain } = state.highlight;
  if (chain.has(source) && chain.has(target)) return "chain";
  if (source === state.selectedId) return "report";
  return "dim";
}

export const selectStatus = (s: AtlasState) => s.status;
export const selectIndex = (s: AtlasState) => s.index;
export const selectLayout = (s: AtlasState) => s.layout;
export const selectCollapsed = (s: AtlasState) => s.collapsed;
export const selectDirection = (s: AtlasState) => s.direction;
export const selectLayoutMode = (s: AtlasState) => s.layoutMode;
export const selectOrganization = (s: AtlasState) => s.organization;
export const selectSelectedId = (s: AtlasState) => s.selectedId;
/** The box Tab reaches in the chart and the outline: the selection, else the last one. */
export const selectTabStopId = (s: AtlasState) => s.selectedId ?? s.lastSelectedId;
export const selectPanelOpen = (s: AtlasState) => s.panelOpen;
export const selectOrgs = (s: AtlasState) => s.orgs;
export const selectTotals = (s: AtlasState) => s.totals;
export const selectFocusRequest = (s: AtlasState) => s.focusRequest;
export const selectLoadError = (s: AtlasState) => s.loadError;
export const selectLayoutPending = (s: AtlasState) => s.layoutPending;
export const selectPresenting = (s: AtlasState) => s.presenting;
/** The box in focus while presenting, or null. */
export const selectPresentFocus = (s: AtlasState) =>
  s.presenting ? (s.presentOrder[s.presentIndex] ?? null) : null;
export const selectPresentIndex = (s: AtlasState) => s.presentIndex;
export const selectPresentCount = (s: AtlasState) => s.presentOrder.length;
/** The current presentation step as laid out for the screen, or null. */
export const selectPresentStep = (s: AtlasState) => (s.presenting ? s.presentStep : null);

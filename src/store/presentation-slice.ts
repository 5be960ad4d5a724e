import { readingOrder, startIndex, stepIndex } from "../core/graph/presentation.ts";
import type { Slice } from "./slice.ts";

/** A React Flow viewport, kept as plain data. */
export interface SavedViewport {
  x: number;
  y: number;
  zoom: number;
}

/** What presentation mode changes, to put back when it ends. */
export interface PresentationSnapshot {
  collapsed: ReadonlySet<string>;
  organization: string | null;
  selectedId: string | null;
  panelOpen: boolean;
  viewport: SavedViewport | null;
}

export interface PresentationSlice {
  presenting: boolean;
  /** Boxes in the order the presentation steps through them (fixed when it starts). */
  presentOrder: readonly string[];
  /** Position of the box in focus within `presentOrder`. */
  presentIndex: number;
  presentSaved: PresentationSnapshot | null;
  /** Starts at the selected box (or the first root), showing it with its chain and reports. */
  startPresentation: (viewport: SavedViewport | null) => void;
  /** Moves the focus `delta` boxes along the order; stops at both ends. */
  stepPresentation: (delta: number) => void;
  /** Moves the focus to the box at `index` in the order (Home / End). */
  presentAt: (index: number) => void;
  /** Ends the presentation and restores the view; returns what was restored. */
  stopPresentation: () => PresentationSnapshot | null;
}

function sameMembers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

export const createPresentationSlice: Slice<PresentationSlice> = (set, get) => {
  /** Selects the box at `index` and opens it, so its direct reports are on show. */
  const focusOn = (index: number) => {
    const { presentOrder, collapsed } = get();
    const id = presentOrder[index];
    if (id === undefined) return;
    if (collapsed.has(id)) {
      const next = new Set(collapsed);
      next.delete(id);
      get().setCollapsed(next);
    }
    set({ presentIndex: index });
    get().select(id, { openPanel: false });
  };

  return {
    presenting: false,
    presentOrder: [],
    presentIndex: 0,
    presentSaved: null,
    startPresentation: (viewport) => {
      const s = get();
      if (s.presenting || !s.index) return;
      const order = readingOrder(s.index, {
        collapsed: s.collapsed,
        organization: s.organization,
      });
      if (order.length === 0) return;
      set({
        presenting: true,
        presentOrder: order,
        presentSaved: {
          collapsed: s.collapsed,
          organization: s.organization,
          selectedId: s.selectedId,
          panelOpen: s.panelOpen,
          viewport,
        },
      });
      focusOn(startIndex(order, s.selectedId));
    },
    stepPresentation: (delta) => {
      const { presenting, presentOrder, presentIndex } = get();
      if (!presenting) return;
      const next = stepIndex(presentOrder, presentIndex, delta);
      if (next !== presentIndex) focusOn(next);
    },
    presentAt: (index) => {
      const { presenting, presentOrder, presentIndex } = get();
      if (!presenting) return;
      const next = stepIndex(presentOrder, index, 0);
      if (next !== presentIndex) focusOn(next);
    },
    stopPresentation: () => {
      const saved = get().presentSaved;
      if (!get().presenting || !saved) return null;
      set({ presenting: false, presentOrder: [], presentIndex: 0, presentSaved: null });
      const s = get();
      // Same members keep the set's identity, so the chart is not laid out again for nothing.
      if (!sameMembers(saved.collapsed, s.collapsed)) s.setCollapsed(saved.collapsed);
      if (saved.organization !== s.organization) s.setOrganization(saved.organization);
      if (saved.selectedId === null) s.select(null);
      else s.select(saved.selectedId, { openPanel: saved.panelOpen });
      return saved;
    },
  };
};

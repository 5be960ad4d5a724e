import { childrenOf } from "../core/graph/indexes.ts";
import { chainOfCommand } from "../core/graph/queries.ts";
import type { Slice } from "./slice.ts";

export interface Highlight {
  /** Selected node and its managers up to the top. */
  chain: ReadonlySet<string>;
  /** Direct reports of the selected node. */
  reports: ReadonlySet<string>;
}

export interface SelectOptions {
  openPanel?: boolean;
  /** Pan the chart so the box is in view (search, keyboard, panel links). */
  center?: boolean;
}

export interface SelectionSlice {
  selectedId: string | null;
  /**
   * The box selected last, kept when the selection is cleared: the chart's and the outline's
   * Tab stop stay on it, so a keyboard user who closes the panel goes on from that box.
   */
  lastSelectedId: string | null;
  panelOpen: boolean;
  highlight: Highlight;
  /** Increments on each centring request so the same box can be centred twice. */
  focusRequest: { id: string; nonce: number } | null;
  /** Selects a box, opening its collapsed ancestors so it is visible; null clears. */
  select: (id: string | null, options?: SelectOptions) => void;
  openPanel: () => void;
  /** Closes the panel and ends the selection: no box stays highlighted, none greyed. */
  closePanel: () => void;
}

const EMPTY_HIGHLIGHT: Highlight = { chain: new Set(), reports: new Set() };

export const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  selectedId: null,
  lastSelectedId: null,
  panelOpen: false,
  highlight: EMPTY_HIGHLIGHT,
  focusRequest: null,
  select: (id, options = {}) => {
    const { index, revealNode, focusRequest, selectedId } = get();
    if (id === null || !index || !index.byId.has(id)) {
      set({
        selectedId: null,
        lastSelectedId: selectedId ?? get().lastSelectedId,
        panelOpen: false,
        highlight: EMPTY_HIGHLIGHT,
      });
      return;
    }
    revealNode(id);
    set({
      selectedId: id,
      lastSelectedId: id,
      panelOpen: options.openPanel ?? get().panelOpen,
      highlight: {
        chain: new Set(chainOfCommand(index, id)),
        reports: new Set(childrenOf(index, id)),
      },
      focusRequest: options.center ? { id, nonce: (focusRequest?.nonce ?? 0) + 1 } : focusRequest,
    });
  },
  openPanel: () => set({ panelOpen: get().selectedId !== null }),
  closePanel: () => get().select(null),
});

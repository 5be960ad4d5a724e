import type { Direction, LayoutMode } from "../core/layout/types.ts";
import { collapsedBeyondLevel, hiddenBy, organizationOf, subtree } from "../core/graph/queries.ts";
import type { AtlasState } from "./atlas-store.ts";
import type { Slice } from "./slice.ts";

export interface ViewSlice {
  collapsed: ReadonlySet<string>;
  /** The box whose toggle produced `collapsed`: the next layout keeps it in place. */
  toggledId: string | null;
  /** Organization label shown alone, or null for all. */
  organization: string | null;
  direction: Direction;
  /** Compact (reports without reports in lists under their manager) or wide (one row per level). */
  layoutMode: LayoutMode;
  toggleCollapsed: (id: string) => void;
  expandAll: () => void;
  collapseAll: () => void;
  /** Shows `levels` levels of every tree (1 = roots only). */
  showLevels: (levels: number) => void;
  setOrganization: (organization: string | null) => void;
  setDirection: (direction: Direction) => void;
  setLayoutMode: (mode: LayoutMode) => void;
  setCollapsed: (collapsed: ReadonlySet<string>) => void;
  /** Opens collapsed ancestors and clears an organization filter that hides the node. */
  revealNode: (id: string) => void;
}

/** Whether the view (collapsed boxes, organization filter) draws the selected box. */
function selectionShown(s: AtlasState): boolean {
  const { index, selectedId, collapsed, organization } = s;
  if (!index || selectedId === null) return true;
  if (hiddenBy(index, selectedId, collapsed).length > 0) return false;
  return organization === null || organizationOf(index, selectedId) === organization;
}

export const createViewSlice: Slice<ViewSlice> = (set, get) => {
  /**
   * A selection the new view no longer draws is ended (panel closed, nothing greyed): a panel
   * beside a chart that does not show its position, or an empty chart, helps nobody.
   */
  const dropHiddenSelection = () => {
    if (!selectionShown(get())) get().select(null);
  };
  return {
    collapsed: new Set(),
    toggledId: null,
    organization: null,
    direction: "DOWN",
    layoutMode: "compact",
    toggleCollapsed: (id) => {
      const { index, collapsed, selectedId } = get();
      const next = new Set(collapsed);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      set({ collapsed: next, toggledId: id });
      // A selection hidden inside the closed subtree moves to the box that hides it.
      if (index && selectedId !== null && selectedId !== id && next.has(id)) {
        if (subtree(index, id).includes(selectedId)) get().select(id);
      }
    },
    expandAll: () => set({ collapsed: new Set(), toggledId: null }),
    collapseAll: () => get().showLevels(1),
    showLevels: (levels) => {
      const { index } = get();
      if (!index) return;
      set({ collapsed: collapsedBeyondLevel(index, Math.max(1, levels)), toggledId: null });
      dropHiddenSelection();
    },
    setOrganization: (organization) => {
      set({ organization });
      dropHiddenSelection();
    },
    setDirection: (direction) => set({ direction }),
    setLayoutMode: (layoutMode) => set({ layoutMode }),
    setCollapsed: (collapsed) => {
      set({ collapsed, toggledId: null });
      dropHiddenSelection();
    },
    revealNode: (id) => {
      const { index, collapsed, organization, orgs } = get();
      if (!index) return;
      const closed = hiddenBy(index, id, collapsed);
      if (closed.length > 0) {
        const next = new Set(collapsed);
        for (const a of closed) next.delete(a);
        set({ collapsed: next, toggledId: null });
      }
      if (organization !== null) {
        const root = index.rootOf.get(id);
        const group = orgs.find((g) => g.label === organization);
        if (!group || root === undefined || !group.roots.includes(root))
          set({ organization: null });
      }
    },
  };
};

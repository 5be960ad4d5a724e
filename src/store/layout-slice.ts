import type { LayoutResult } from "../core/layout/types.ts";
import type { Slice } from "./slice.ts";

export interface LayoutSlice {
  layout: LayoutResult | null;
  layoutPending: boolean;
  /** Installs a layout; `pending` says whether a better one (ELK's) is still on its way. */
  setLayout: (layout: LayoutResult, pending?: boolean) => void;
  setLayoutPending: (pending: boolean) => void;
}

export const createLayoutSlice: Slice<LayoutSlice> = (set) => ({
  layout: null,
  layoutPending: false,
  setLayout: (layout, pending = false) => set({ layout, layoutPending: pending }),
  setLayoutPending: (layoutPending) => set({ layoutPending }),
});

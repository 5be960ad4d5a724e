import type { LayoutResult } from "../core/layout/types.ts";
import type { Slice } from "./slice.ts";

export interface LayoutSlice {
  layout: LayoutResult | null;
  layoutPending: boolean;
  setLayout: (layout: LayoutResult) => void;
  setLayoutPending: (pending: boolean) => void;
}

export const createLayoutSlice: Slice<LayoutSlice> = (set) => ({
  layout: null,
  layoutPending: false,
  setLayout: (layout) => set({ layout, layoutPending: false }),
  setLayoutPending: (layoutPending) => set({ layoutPending }),
});

import { createStore } from "zustand/vanilla";
import type { StoreApi } from "zustand/vanilla";
import type { DetailsSlice } from "./details-slice.ts";
import { createDetailsSlice } from "./details-slice.ts";
import type { DocumentSlice } from "./document-slice.ts";
import { createDocumentSlice } from "./document-slice.ts";
import type { ImportSlice } from "./import-slice.ts";
import { createImportSlice } from "./import-slice.ts";
import type { GraphSlice } from "./graph-slice.ts";
import { createGraphSlice } from "./graph-slice.ts";
import type { LanguageSlice } from "./language-slice.ts";
import { createLanguageSlice } from "./language-slice.ts";
import type { LayoutSlice } from "./layout-slice.ts";
import { createLayoutSlice } from "./layout-slice.ts";
import type { PresentationSlice } from "./presentation-slice.ts";
import { createPresentationSlice } from "./presentation-slice.ts";
import type { SelectionSlice } from "./selection-slice.ts";
import { createSelectionSlice } from "./selection-slice.ts";
import type { ViewSlice } from "./view-slice.ts";
import { createViewSlice } from "./view-slice.ts";

export type AtlasState = GraphSlice &
  DetailsSlice &
  DocumentSlice &
  SelectionSlice &
  ViewSlice &
  LayoutSlice &
  PresentationSlice &
  LanguageSlice &
  ImportSlice;
export type AtlasStore = StoreApi<AtlasState>;

/** One store made of slices; a factory so each test and each app instance gets a fresh one. */
export function createAtlasStore(): AtlasStore {
  return createStore<AtlasState>()((...a) => ({
    ...createGraphSlice(...a),
    ...createDetailsSlice(...a),
    ...createDocumentSlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
    ...createLayoutSlice(...a),
    ...createPresentationSlice(...a),
    ...createLanguageSlice(...a),
    ...createImportSlice(...a),
  }));
}

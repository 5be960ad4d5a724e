import type { GraphIndex } from "../core/graph/indexes.ts";
import { buildIndex } from "../core/graph/indexes.ts";
import type { OrganizationGroup } from "../core/graph/queries.ts";
import { organizations } from "../core/graph/queries.ts";
import { defaultCollapsed } from "../core/layout/readable.ts";
import type { OrgGraph } from "../core/graph/model.ts";
import type { DocumentTextSource } from "../core/graph/document-texts.ts";
import { DocumentTextError } from "../core/graph/document-texts.ts";
import type { DetailsSource } from "../core/graph/details-loader.ts";
import { createDetailsLoader } from "../core/graph/details-loader.ts";
import { unitTotals } from "../core/graph/totals.ts";
import type { UnitTotal } from "../core/graph/totals.ts";
import type { LoadError } from "../core/graph/read-graph-file.ts";
import type { Slice } from "./slice.ts";

export type LoadStatus = "loading" | "ready" | "empty" | "error";

export type { LoadError };

export interface GraphSlice {
  status: LoadStatus;
  loadError: LoadError | null;
  index: GraphIndex | null;
  orgs: OrganizationGroup[];
  /** Each position's unit total (itself and everything below), computed once per graph. */
  totals: ReadonlyMap<string, UnitTotal>;
  /** Collapsed set a fresh view starts with: none, or a few levels for a large graph. */
  defaultCollapsed: ReadonlySet<string>;
  /**
   * Installs a graph already checked against the contract (readGraphFile), with where its
   * documents' text is read from (none: every text is reported missing) and, for a split graph,
   * where its details files are read from.
   */
  installGraph: (
    graph: OrgGraph,
    textSource?: DocumentTextSource,
    detailsSource?: DetailsSource | null,
  ) => void;
  setLoadError: (error: LoadError) => void;
}

const NONE: ReadonlySet<string> = new Set();
const NO_TEXTS: DocumentTextSource = () => Promise.reject(new DocumentTextError("missing"));
const NO_TOTALS: ReadonlyMap<string, UnitTotal> = new Map();

export const createGraphSlice: Slice<GraphSlice> = (set) => ({
  status: "loading",
  loadError: null,
  index: null,
  orgs: [],
  totals: NO_TOTALS,
  defaultCollapsed: NONE,
  installGraph: (graph, textSource = NO_TEXTS, detailsSource = null) => {
    const index = buildIndex(graph);
    const collapsed = defaultCollapsed(index);
    set({
      status: graph.nodes.length === 0 ? "empty" : "ready",
      loadError: null,
      index,
      orgs: organizations(index),
      totals: unitTotals(index),
      defaultCollapsed: collapsed,
      collapsed,
      toggledId: null,
      selectedId: null,
      panelOpen: false,
      layout: null,
      texts: {},
      textSource,
      detailsLoader: detailsSource && createDetailsLoader(index, detailsSource),
      detailParts: {},
    });
  },
  setLoadError: (loadError) => set({ status: "error", loadError }),
});

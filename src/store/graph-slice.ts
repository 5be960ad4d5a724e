import type { GraphIndex } from "../core/graph/indexes.ts";
import { buildIndex } from "../core/graph/indexes.ts";
import type { OrganizationGroup } from "../core/graph/queries.ts";
import { organizations } from "../core/graph/queries.ts";
import { defaultCollapsed } from "../core/layout/readable.ts";
import type { OrgGraph } from "../core/graph/schema.ts";
import { checkGraph } from "../core/graph/check-graph.ts";
import { NOT_THE_FORMAT } from "../core/graph/read-graph-file.ts";
import type { LoadError } from "../core/graph/read-graph-file.ts";
import type { Slice } from "./slice.ts";

export type LoadStatus = "loading" | "ready" | "empty" | "error";

export type { LoadError };

export interface GraphSlice {
  status: LoadStatus;
  loadError: LoadError | null;
  index: GraphIndex | null;
  orgs: OrganizationGroup[];
  /** Collapsed set a fresh view starts with: none, or a few levels for a large graph. */
  defaultCollapsed: ReadonlySet<string>;
  /** Validates and installs a graph; invalid data becomes an error state, never an exception. */
  loadGraph: (data: unknown) => void;
  /** Installs a graph already validated against the contract (readGraphFile). */
  installGraph: (graph: OrgGraph) => void;
  setLoadError: (error: LoadError) => void;
}

const NONE: ReadonlySet<string> = new Set();

export const createGraphSlice: Slice<GraphSlice> = (set, get) => ({
  status: "loading",
  loadError: null,
  index: null,
  orgs: [],
  defaultCollapsed: NONE,
  loadGraph: (data) => {
    const parsed = checkGraph(data);
    if (!parsed.ok) {
      set({
        status: "error",
        loadError: {
          summary: NOT_THE_FORMAT,
          problems: parsed.problems,
        },
      });
      return;
    }
    get().installGraph(parsed.graph);
  },
  installGraph: (graph) => {
    const index = buildIndex(graph);
    const collapsed = defaultCollapsed(index);
    set({
      status: graph.nodes.length === 0 ? "empty" : "ready",
      loadError: null,
      index,
      orgs: organizations(index),
      defaultCollapsed: collapsed,
      collapsed,
      toggledId: null,
      selectedId: null,
      panelOpen: false,
      layout: null,
    });
  },
  setLoadError: (loadError) => set({ status: "error", loadError }),
});

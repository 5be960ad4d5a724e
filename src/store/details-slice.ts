import type { DetailsLoader, DetailsPart, DetailsProblem } from "../core/graph/details-loader.ts";
import { DetailsError } from "../core/graph/details-loader.ts";
import type { Slice } from "./slice.ts";

/** One details file as the panel sees it. */
export type PartState =
  { status: "loading" } | { status: "ready" } | { status: "failed"; problem: DetailsProblem };

export interface DetailsSlice {
  /** Reads the installed graph's details files; null when the graph holds its details itself. */
  detailsLoader: DetailsLoader | null;
  /** Details files asked for so far ("documents", "0", "1"…); files nobody needed are not read. */
  detailParts: Readonly<Record<string, PartState>>;
  /**
   * Reads these positions' details files not read yet; resolves when they are in or failed
   * (failures become a state, never a rejection).
   */
  requestDetails: (nodeIds: readonly string[]) => Promise<void>;
  /**
   * Reads the documents (a CSV names each position's files) or every details file (an export
   * of the graph); the first problem, or null.
   */
  loadDetails: (scope: "documents" | "all") => Promise<DetailsProblem | null>;
}

export const createDetailsSlice: Slice<DetailsSlice> = (set, get) => {
  /** Reads the files not read yet and records each outcome, unless another graph came meanwhile. */
  const load = (loader: DetailsLoader, parts: readonly DetailsPart[]) => {
    const wanted = parts.filter((p) => get().detailParts[String(p)] === undefined);
    if (wanted.length > 0) {
      const loading: Record<string, PartState> = {};
      for (const part of wanted) loading[String(part)] = { status: "loading" };
      set({ detailParts: { ...get().detailParts, ...loading } });
    }
    const settle = (part: DetailsPart, state: PartState) => {
      if (get().detailsLoader !== loader) return;
      set({ detailParts: { ...get().detailParts, [String(part)]: state } });
    };
    return Promise.all(
      parts.map((part) =>
        loader.load(part).then(
          (): DetailsProblem | null => {
            if (wanted.includes(part)) settle(part, { status: "ready" });
            return null;
          },
          (error: unknown): DetailsProblem => {
            const problem = error instanceof DetailsError ? error.problem : "unreachable";
            if (wanted.includes(part)) settle(part, { status: "failed", problem });
            return problem;
          },
        ),
      ),
    );
  };
  return {
    detailsLoader: null,
    detailParts: {},
    requestDetails: async (nodeIds) => {
      const loader = get().detailsLoader;
      if (loader) await load(loader, loader.partsFor(nodeIds));
    },
    loadDetails: async (scope) => {
      const loader = get().detailsLoader;
      if (!loader) return null;
      const problems = await load(loader, scope === "all" ? loader.allParts() : ["documents"]);
      return problems.find((p) => p !== null) ?? null;
    },
  };
};

/**
 * Whether a position's details are in the graph: "ready" when its graph holds them or its files
 * were read, else the state of the first file not read.
 */
export function detailsState(
  state: Pick<DetailsSlice, "detailsLoader" | "detailParts">,
  nodeId: string,
): PartState {
  const loader = state.detailsLoader;
  if (!loader) return { status: "ready" };
  for (const part of loader.partsFor([nodeId])) {
    const s = state.detailParts[String(part)];
    if (s?.status !== "ready") return s ?? { status: "loading" };
  }
  return { status: "ready" };
}

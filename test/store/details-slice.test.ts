import { decodeGraph, encodeGraph } from "../../src/core/graph/graph-file.ts";
import { detailsChunkPath } from "../../src/core/graph/details-paths.ts";
import { splitGraphFile } from "../../src/core/graph/graph-parts.ts";
import { createAtlasStore } from "../../src/store/atlas-store.ts";
import { detailsState } from "../../src/store/details-slice.ts";
import { seedLike, servedDetails } from "../support.ts";

/** A store holding the seed-like graph split in chunks of two, its files served from memory. */
function splitStore(missing: string[] = []) {
  const whole = seedLike();
  const split = splitGraphFile(encodeGraph(whole), 2);
  const { files, source } = servedDetails(split);
  for (const path of missing) files.delete(path);
  const store = createAtlasStore();
  store.getState().installGraph(decodeGraph(split.start), undefined, source);
  return { store, whole };
}

/** Resolves when the position's details are no longer being read. */
function settled(store: ReturnType<typeof createAtlasStore>, id: string) {
  return new Promise<ReturnType<typeof detailsState>>((resolve) => {
    const check = () => {
      const state = detailsState(store.getState(), id);
      if (state.status === "loading") return false;
      resolve(state);
      return true;
    };
    if (check()) return;
    const stop = store.subscribe(() => {
      if (check()) stop();
    });
  });
}

describe("the details slice", () => {
  it("reads a position's details when asked, into the installed graph", async () => {
    const { store, whole } = splitStore();
    const id = whole.nodes.find((n) => n.facts.length > 0)!.id;
    expect(detailsState(store.getState(), id)).toEqual({ status: "loading" });
    expect(store.getState().index!.byId.get(id)!.facts).toEqual([]);
    store.getState().requestDetails([id]);
    expect(await settled(store, id)).toEqual({ status: "ready" });
    expect(store.getState().index!.byId.get(id)).toEqual(whole.nodes.find((n) => n.id === id));
    expect(store.getState().index!.documentsById.size).toBe(whole.documents.length);
  });

  it("records a missing file as the position's problem, and loads everything for an export", async () => {
    const { store, whole } = splitStore([detailsChunkPath(0)]);
    const first = whole.nodes[0]!.id;
    const last = whole.nodes.at(-1)!.id;
    store.getState().requestDetails([first, last]);
    expect(await settled(store, first)).toEqual({ status: "failed", problem: "missing" });
    expect(await settled(store, last)).toEqual({ status: "ready" });
    expect(await store.getState().loadDetails("all")).toBe("missing");
    expect(await store.getState().loadDetails("documents")).toBeNull();
  });

  it("has nothing to read for a graph that holds its details", async () => {
    const store = createAtlasStore();
    const graph = seedLike();
    store.getState().installGraph(graph);
    expect(detailsState(store.getState(), graph.nodes[0]!.id)).toEqual({ status: "ready" });
    expect(await store.getState().loadDetails("all")).toBeNull();
  });
});

import ELK from "elkjs";
import type { ElkNode } from "elkjs/lib/elk-api";
import { buildIndex } from "../../src/core/graph/indexes.ts";
import { fallbackLayout } from "../../src/core/layout/compute-layout.ts";
import { layoutKey } from "../../src/core/layout/layout-key.ts";
import { layoutRequest } from "../../src/core/layout/request.ts";
import type { LayoutRequest } from "../../src/core/layout/types.ts";
import { createLayoutClient } from "../../src/worker/layout-client.ts";
import { seedLike } from "../support.ts";

const ix = buildIndex(seedLike());
const view = { collapsed: new Set<string>(), organization: null, direction: "DOWN" as const };
const open = layoutRequest(ix, view);
const closed = layoutRequest(ix, { ...view, collapsed: new Set(["cds-ed-service"]) });

/** Real ELK in Node, counting the graphs it lays out; `hold` delays every answer. */
function countingElk(hold = 0) {
  const elk = new ELK();
  const counter = {
    graphs: 0,
    layout: async (graph: ElkNode) => {
      counter.graphs += 1;
      if (hold > 0) await new Promise((r) => setTimeout(r, hold));
      return elk.layout(graph);
    },
  };
  return counter;
}

const trees = (request: LayoutRequest) => request.trees.length;

describe("layout client", () => {
  it("lays out with ELK once per view and answers a repeated view from memory", async () => {
    const elk = countingElk();
    const client = createLayoutClient({ createElk: () => elk });
    const first = await client.layout(open);
    expect(first?.engine).toBe("elk");
    expect(elk.graphs).toBe(trees(open));
    await client.layout(closed);
    // Expanding again is the view of a moment ago: no ELK run, the same layout at once.
    expect(client.known(open)).toBe(first);
    expect(await client.layout(open)).toBe(first);
    expect(elk.graphs).toBe(trees(open) + trees(closed));
  });

  it("forgets the least recently used layouts beyond its size", async () => {
    const elk = countingElk();
    const client = createLayoutClient({ createElk: () => elk, cacheSize: 1 });
    await client.layout(open);
    await client.layout(closed);
    expect(client.known(open)).toBeNull();
    expect(client.known(closed)).not.toBeNull();
  });

  it("uses precomputed layouts that answer the request and ignores others", () => {
    const client = createLayoutClient({ createElk: () => countingElk() });
    const good = fallbackLayout(open);
    const wrong = fallbackLayout(closed);
    client.seed([
      { key: layoutKey(open), layout: { ...good, engine: "elk" } },
      // A layout filed under a key it does not answer (a corrupt or hand-edited file).
      { key: layoutKey(layoutRequest(ix, { ...view, direction: "RIGHT" })), layout: wrong },
    ]);
    expect(client.known(open)?.positions).toEqual(good.positions);
    expect(client.known(layoutRequest(ix, { ...view, direction: "RIGHT" }))).toBeNull();
  });

  it("drops a slow answer once a newer request was made, also a known one", async () => {
    const client = createLayoutClient({ createElk: () => countingElk(30) });
    client.seed([{ key: layoutKey(closed), layout: fallbackLayout(closed) }]);
    const slow = client.layout(open);
    expect(client.known(closed)).not.toBeNull();
    expect(await slow).toBeNull();
  });

  it("falls back to the tree layout when ELK fails", async () => {
    const client = createLayoutClient({
      createElk: () => ({ layout: () => Promise.reject(new Error("boom")) }),
    });
    expect((await client.layout(open))?.engine).toBe("fallback");
  });
});

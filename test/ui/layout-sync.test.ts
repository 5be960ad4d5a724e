import { startLayoutSync } from "../../src/app/layout-sync.ts";
import { fallbackLayout } from "../../src/core/layout/compute-layout.ts";
import type { LayoutRequest, LayoutResult } from "../../src/core/layout/types.ts";
import { createAtlasStore } from "../../src/store/atlas-store.ts";
import type { LayoutClient } from "../../src/worker/layout-client.ts";
import { heldIdleCallbacks, seedLike } from "../support.ts";

/** A layout client that knows every view (as layout.json would) and counts its warm-ups. */
function knowingClient() {
  const calls = { warmUp: 0, layout: 0 };
  const client: LayoutClient = {
    known: (request: LayoutRequest): LayoutResult => fallbackLayout(request),
    layout: async (request) => {
      calls.layout += 1;
      return fallbackLayout(request);
    },
    seed: () => undefined,
    warmUp: () => void (calls.warmUp += 1),
    dispose: () => undefined,
  };
  return { client, calls };
}

describe("ELK's worker warm-up", () => {
  const idle = heldIdleCallbacks();

  it("starts the worker once the page is first idle after a known view is drawn, and only once", () => {
    const store = createAtlasStore();
    const { client, calls } = knowingClient();
    const stop = startLayoutSync(store, client);
    expect(idle).toHaveLength(0);

    store.getState().installGraph(seedLike());
    expect(store.getState().layout).not.toBeNull();
    // Not inside the task that draws the first view: that would compete with it.
    expect(calls.warmUp).toBe(0);
    expect(idle).toHaveLength(1);
    idle.shift()!();
    expect(calls.warmUp).toBe(1);

    const manager = [...store.getState().index!.childrenOf.keys()][0]!;
    store.getState().toggleCollapsed(manager);
    expect(idle).toHaveLength(0);
    expect(calls).toEqual({ warmUp: 1, layout: 0 });
    stop();
  });
});

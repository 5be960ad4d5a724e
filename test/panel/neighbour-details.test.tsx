// @vitest-environment jsdom
import { act, render, screen, waitFor } from "@testing-library/react";
import { decodeGraph, encodeGraph } from "../../src/core/graph/graph-file.ts";
import { DOCUMENTS_PART, detailsChunkPath } from "../../src/core/graph/details-paths.ts";
import { splitGraphFile } from "../../src/core/graph/graph-parts.ts";
import { DetailPanel } from "../../src/panel/DetailPanel.tsx";
import { createAtlasStore } from "../../src/store/atlas-store.ts";
import { StoreProvider } from "../../src/store/StoreProvider.tsx";
import { heldIdleCallbacks, seedLike, servedDetails } from "../support.ts";

/** The seed-like graph split in files of two positions each, every file read recorded. */
function splitStore() {
  const split = splitGraphFile(encodeGraph(seedLike()), 2);
  const { requests: read, source } = servedDetails(split);
  const store = createAtlasStore();
  store.getState().installGraph(decodeGraph(split.start), undefined, source);
  return { store, read };
}

describe("a panel on a split graph", () => {
  const idle = heldIdleCallbacks();

  /** Runs the idle callbacks asked for so far and lets what they asked for be read. */
  const idleMoment = async () => {
    const due = idle.splice(0);
    await act(async () => due.forEach((fn) => fn()));
  };

  it("reads its manager's and reports' files one at a time, in idle moments, until it closes", async () => {
    const { store, read } = splitStore();
    const index = store.getState().index!;
    const id = [...index.childrenOf.keys()].find((m) => index.childrenOf.get(m)!.length >= 5)!;
    const { partsFor } = store.getState().detailsLoader!;
    const own = partsFor([id]).map(String);
    const near = partsFor([index.managerOf.get(id)!, ...index.childrenOf.get(id)!]).map(String);
    const others = near.filter((p) => !own.includes(p));
    expect(others.length).toBeGreaterThanOrEqual(2);

    store.getState().select(id, { openPanel: true });
    const view = render(
      <StoreProvider store={store}>
        <DetailPanel onClose={() => undefined} />
      </StoreProvider>,
    );
    await screen.findByRole("status");
    await waitFor(() => expect(idle.length).toBeGreaterThan(0));
    // Its own files first, and nothing else until the page is idle.
    expect(read).toEqual([DOCUMENTS_PART, detailsChunkPath(Number(own[1]))]);

    await idleMoment();
    expect(read.slice(2)).toEqual([detailsChunkPath(Number(others[0]))]);
    await waitFor(() => expect(idle.length).toBeGreaterThan(0));
    await idleMoment();
    expect(read.slice(2)).toEqual(others.slice(0, 2).map((p) => detailsChunkPath(Number(p))));

    // Closed: the files not read yet stay unread.
    await waitFor(() => expect(idle.length).toBeGreaterThan(0));
    view.unmount();
    await idleMoment();
    expect(read).toHaveLength(4);
  });
});

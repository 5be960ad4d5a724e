import MiniSearch from "minisearch";
import { buildIndex } from "../../src/core/graph/indexes.ts";
import { createPositionSearch, searchEntries } from "../../src/core/graph/search.ts";
import type { SearchReply, SearchRequest } from "../../src/worker/search-client.ts";
import { searchClientOf, workerSearch } from "../../src/worker/search-client.ts";
import { seedLike } from "../support.ts";

/** A stand-in for the worker: the same search, answering each message in a later task. */
class FakeWorker {
  onmessage: ((event: MessageEvent<SearchReply>) => void) | null = null;
  received: SearchRequest[] = [];
  terminated = false;
  private search: ReturnType<typeof createPositionSearch> | null = null;
  postMessage(request: SearchRequest) {
    this.received.push(request);
    setTimeout(() => {
      let reply: SearchReply;
      if (request.type === "build") {
        this.search = createPositionSearch(MiniSearch, request.entries);
        reply = { type: "ready" };
      } else {
        reply = { type: "results", seq: request.seq, ids: this.search!.search(request.query) };
      }
      this.onmessage?.({ data: reply } as MessageEvent<SearchReply>);
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

describe("search client", () => {
  const ix = buildIndex(seedLike());

  it("answers only the newest of queries typed faster than the index answers", async () => {
    const worker = new FakeWorker();
    const client = workerSearch(searchEntries(ix), worker as unknown as Worker);
    await client.ready;
    const first = client.search("h");
    // "h" is now being answered; two more keystrokes arrive meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const answers = await Promise.all([
      first,
      client.search("he"),
      client.search("head of design r"),
    ]);
    expect(answers[0]).toBeNull();
    expect(answers[1]).toBeNull();
    expect(answers[2]).toEqual(["cds-head-design-research"]);
    // "he" was never sent: it was replaced while "h" was being answered.
    const sent = worker.received.filter((r) => r.type === "search").map((r) => r.query);
    expect(sent).toEqual(["h", "head of design r"]);
  });

  it("searches on the main thread where there are no workers, one client per graph", async () => {
    const client = searchClientOf(ix);
    expect(searchClientOf(ix)).toBe(client);
    await client.ready;
    expect(await client.search("Head of Product")).toEqual(["cds-head-product"]);
  });
});

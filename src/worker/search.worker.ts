/// <reference lib="webworker" />
import { createPositionSearch, loadSearchCode } from "../core/graph/search.ts";
import type { PositionSearch } from "../core/graph/search.ts";
import type { SearchReply, SearchRequest } from "./search-client.ts";

// The shell around core/graph/search.ts: the index lives here, off the page's main thread.
let search: PositionSearch | null = null;

self.onmessage = async (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === "build") {
    search = createPositionSearch(await loadSearchCode(), request.entries);
    self.postMessage({ type: "ready" } satisfies SearchReply);
  } else if (search) {
    const ids = search.search(request.query, request.limit);
    self.postMessage({ type: "results", seq: request.seq, ids } satisfies SearchReply);
  }
};

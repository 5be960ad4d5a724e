import type { GraphIndex } from "../core/graph/indexes.ts";
import { markStartup } from "../core/marks.ts";
import type { PositionSearch, SearchEntry } from "../core/graph/search.ts";
import { createPositionSearch, loadSearchCode, searchEntries } from "../core/graph/search.ts";

export type SearchRequest =
  | { type: "build"; entries: SearchEntry[] }
  | { type: "search"; seq: number; query: string; limit: number };

export type SearchReply = { type: "ready" } | { type: "results"; seq: number; ids: string[] };

export interface SearchClient {
  /** Settles when the index is built and every keystroke gets an answer. */
  ready: Promise<void>;
  /** Ids of the best matches; null when a newer query made this one moot. */
  search(query: string, limit?: number): Promise<string[] | null>;
  dispose(): void;
}

/** A search index in a Web Worker: building it for 100,000 positions takes seconds. */
export function workerSearch(entries: SearchEntry[], worker: Worker): SearchClient {
  let seq = 0;
  let inFlight = false;
  // Only the newest query waits: typing faster than the index answers skips the ones between.
  let waiting: { seq: number; query: string; limit: number } | null = null;
  const answers = new Map<number, (ids: string[] | null) => void>();
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const send = () => {
    if (inFlight || waiting === null) return;
    inFlight = true;
    worker.postMessage({ type: "search", ...waiting } satisfies SearchRequest);
    waiting = null;
  };
  worker.onmessage = (event: MessageEvent<SearchReply>) => {
    const reply = event.data;
    if (reply.type === "ready") {
      markReady();
      return;
    }
    inFlight = false;
    answers.get(reply.seq)?.(reply.seq === seq ? reply.ids : null);
    answers.delete(reply.seq);
    send();
  };
  worker.postMessage({ type: "build", entries } satisfies SearchRequest);
  return {
    ready,
    search(query, limit = 12) {
      seq += 1;
      // The query it replaces will never be sent: it has its answer now.
      if (waiting) answers.get(waiting.seq)?.(null);
      waiting = { seq, query, limit };
      const answer = new Promise<string[] | null>((resolve) => answers.set(seq, resolve));
      void ready.then(send);
      return answer;
    },
    dispose: () => worker.terminate(),
  };
}

/** The same on the main thread, where there are no workers (tests, very old browsers). */
function localSearch(entries: SearchEntry[]): SearchClient {
  let search: PositionSearch | null = null;
  const ready = loadSearchCode().then((MiniSearch) => {
    search = createPositionSearch(MiniSearch, entries);
  });
  return {
    ready,
    search: async (query, limit = 12) => {
      await ready;
      return search!.search(query, limit);
    },
    dispose: () => undefined,
  };
}

let current: { ix: GraphIndex; client: SearchClient } | null = null;

/**
 * The search of the graph on screen, started on first use and kept while that graph is shown:
 * the app starts it when the chart is drawn and the page is idle, so it is ready before anyone
 * types. Another graph's search replaces it (and its worker is stopped).
 */
export function searchClientOf(ix: GraphIndex): SearchClient {
  if (current?.ix === ix) return current.client;
  current?.client.dispose();
  const entries = searchEntries(ix);
  const client =
    typeof Worker === "function"
      ? workerSearch(
          entries,
          new Worker(new URL("./search.worker.ts", import.meta.url), { type: "module" }),
        )
      : localSearch(entries);
  current = { ix, client };
  void client.ready.then(() => markStartup("search-ready"));
  return client;
}

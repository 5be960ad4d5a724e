/** A fetched file as the app needs it: the status line and the whole body. */
export interface FetchedFile {
  ok: boolean;
  status: number;
  statusText: string;
  text: string;
}

/** The data files, requested early by early-requests.inline.js (inlined into index.html). */
export interface EarlyRequests {
  graph: Promise<FetchedFile>;
  layouts: Promise<FetchedFile>;
}

/** Fetches a file and reads its body; what early-requests.inline.js does too. */
export function fetchFile(url: string): Promise<FetchedFile> {
  return fetch(url, { cache: "no-cache" }).then((r) =>
    r.text().then((text) => ({ ok: r.ok, status: r.status, statusText: r.statusText, text })),
  );
}

/**
 * The requests early-requests.inline.js started, or new ones when it did not (tests, another host
 * page). Starting them in the page's head lets the response and its body arrive while the app's
 * code downloads: a fetch started from the app, even one served from a preload, resolved 40-60 ms
 * later in traces, with the main thread idle and waiting.
 */
export function earlyRequests(base: string): EarlyRequests {
  const early = (globalThis as { __atlasEarly?: EarlyRequests }).__atlasEarly;
  return (
    early ?? { graph: fetchFile(`${base}graph.json`), layouts: fetchFile(`${base}layout.json`) }
  );
}

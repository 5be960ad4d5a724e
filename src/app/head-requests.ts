import type { FetchedFile } from "../core/graph/read-graph-file.ts";

/**
 * What the page's head script (early-requests.boot.ts) leaves on `window.__atlasEarly` for the
 * first-view script and the app: the two data requests, unread, and the remembered settings.
 */
export interface HeadRequests {
  graph: Promise<FetchedFile>;
  layouts: Promise<FetchedFile>;
  /** The remembered theme and language as localStorage held them (null: none or no storage). */
  theme: string | null;
  language: string | null;
  /** Set once the app renders: the first-view script then leaves the page to it. */
  appStarted?: boolean;
  /** Set by the first-view script when it may show the first view once the data has arrived. */
  firstViewPending?: boolean;
}

export const headRequests = () => (globalThis as { __atlasEarly?: HeadRequests }).__atlasEarly;

/** Fetches a file and reads its body (the head script and the app alike). */
export function fetchFile(url: string): Promise<FetchedFile> {
  return fetch(url, { cache: "no-cache" }).then((r) =>
    r.text().then((text) => ({ ok: r.ok, status: r.status, statusText: r.statusText, text })),
  );
}

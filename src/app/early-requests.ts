import validateShape from "virtual:graph-shape-validator";
import type { FetchedFile, GraphFileResult } from "../core/graph/read-graph-file.ts";
import { fetchFailure, readGraphFile } from "../core/graph/read-graph-file.ts";
import { fetchFile, headRequests } from "./head-requests.ts";

/** The data files, requested early by early-requests.boot.ts (inlined into index.html). */
export interface EarlyRequests {
  /** graph.json read and validated against the contract. */
  graph: Promise<GraphFileResult>;
  layouts: Promise<FetchedFile>;
  /** Where graph.json came from: document texts are read beside it. */
  base: string;
}

/**
 * The remembered setting the inline script read, or `read()` when the script did not run
 * (tests, another host page).
 */
export function rememberedEarly(setting: "theme" | "language", read: () => string | null) {
  const head = headRequests();
  return head === undefined ? read() : head[setting];
}

/** True when first-view.boot.ts may show the prerendered first view once the data arrives. */
export function firstViewPending(): boolean {
  return headRequests()?.firstViewPending === true;
}

/** Tells first-view.boot.ts that the app now renders the page. */
export function markAppStarted(): void {
  const head = headRequests();
  if (head) head.appStarted = true;
}

/**
 * The requests early-requests.boot.ts started, or new ones when it did not (tests, another host
 * page). Starting them in the page's head lets the response and its body arrive while the app's
 * code downloads: a fetch started from the app, even one served from a preload, resolved 40-60 ms
 * later in traces, with the main thread idle and waiting.
 *
 * graph.json is validated on the main thread. Validating it in a worker started from the head
 * was tried and measured slower on two cores (the worker competed with the app's compilation and
 * its result arrived ~90 ms after the main thread was ready for it).
 */
export function earlyRequests(base: string): EarlyRequests {
  const head = headRequests();
  const graph = head?.graph ?? fetchFile(`${base}graph.json`);
  return {
    graph: graph.then((file) => readGraphFile(file, validateShape), fetchFailure),
    layouts: head?.layouts ?? fetchFile(`${base}layout.json`),
    base,
  };
}

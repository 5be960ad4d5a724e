import ELK from "elkjs/lib/elk-api";
import elkWorkerUrl from "elkjs/lib/elk-worker.min.js?url";
import type { TerminableElk } from "./layout-client.ts";

/**
 * ELK for the browser: the API on the main thread, the algorithm in elkjs's own worker
 * (elk-worker.min.js is that worker's onmessage shell), so ELK never runs on the main thread.
 */
export function createBrowserElk(): TerminableElk {
  return new ELK({ workerUrl: elkWorkerUrl });
}

import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * A full garbage collection, now. The prebuild's live memory falls sharply between its steps
 * (the documents' readings once the graph is assembled, the version 1 graph once migrated), but
 * V8 sizes its heap from the largest live set it has seen, so each later step would fill the
 * heap with garbage up to that size before collecting. Collecting at those points lowers the
 * peak by about a third (docs/performance.md); each collection costs a fraction of a second.
 */
export const collectGarbage: () => void = exposeGc();

/** `gc()` without restarting node with --expose-gc (as bench-extract does). */
function exposeGc(): () => void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as unknown;
  if (typeof gc !== "function") return () => {};
  return () => (gc as () => void)();
}

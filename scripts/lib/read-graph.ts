import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { zodShapeValidator } from "../../src/core/graph/parse-graph-file.ts";
import { readGraphFile } from "../../src/core/graph/read-graph-file.ts";
import type { OrgGraph } from "../../src/core/graph/model.ts";

/**
 * A graph.json of any version this Org Atlas reads (version 1 is migrated), as the tools use it;
 * throws one readable line when the file cannot be used.
 */
export async function readGraphJson(path: string): Promise<OrgGraph> {
  const text = await readFile(resolve(path), "utf8");
  const read = await readGraphFile(
    { ok: true, status: 200, statusText: "OK", text },
    zodShapeValidator,
  );
  if (!read.ok) {
    const details = read.error.problems.length > 0 ? `: ${read.error.problems.join("; ")}` : "";
    throw new Error(`${path}: ${read.error.summary}${details}`);
  }
  return read.graph;
}

import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { zodShapeValidator } from "../../src/core/graph/parse-graph-file.ts";
import { readGraphFile } from "../../src/core/graph/read-graph-file.ts";
import type { OrgGraph } from "../../src/core/graph/model.ts";
import { createDetailsLoader, DetailsError } from "../../src/core/graph/details-loader.ts";
import { buildIndex } from "../../src/core/graph/indexes.ts";

/**
 * A graph.json of any version this Org Atlas reads (version 1 is migrated), as the tools use it;
 * throws one readable line when the file cannot be used. A split graph's details (documents,
 * diagnostics, facts and sources) are read too when `details` is asked for; the layout needs
 * none of them.
 */
export async function readGraphJson(
  path: string,
  { details = false }: { details?: boolean } = {},
): Promise<OrgGraph> {
  const text = await readFile(resolve(path), "utf8");
  const read = await readGraphFile(
    { ok: true, status: 200, statusText: "OK", text },
    zodShapeValidator,
  );
  if (!read.ok) {
    const problems = read.error.problems.length > 0 ? `: ${read.error.problems.join("; ")}` : "";
    throw new Error(`${path}: ${read.error.summary}${problems}`);
  }
  if (!details || read.details === null) return read.graph;
  const dir = dirname(resolve(path));
  const loader = createDetailsLoader(buildIndex(read.graph), {
    ref: read.details,
    fetchJson: async (file) => JSON.parse(await readFile(join(dir, file), "utf8")) as unknown,
  });
  for (const part of loader.allParts()) {
    await loader.load(part).catch((error: unknown) => {
      const why = error instanceof DetailsError ? `${error.problem}: ` : "";
      throw new Error(`${dir}: details file ${part} cannot be used: ${why}${String(error)}`);
    });
  }
  return read.graph;
}

import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { zodShapeValidator } from "../../src/core/graph/parse-graph-file.ts";
import { readGraphFile } from "../../src/core/graph/read-graph-file.ts";
import type { OrgGraph } from "../../src/core/graph/model.ts";
import {
  applyDetailsChunk,
  applyDocumentsPart,
  chunkCount,
  DOCUMENTS_PART,
  detailsChunkPath,
  type PartRead,
  readDetailsChunk,
  readDocumentsPart,
} from "../../src/core/graph/graph-parts.ts";
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
  const { key, chunkSize } = read.details;
  const dir = dirname(resolve(path));
  const part = async <T>(file: string, check: (data: unknown) => PartRead<T>): Promise<T> => {
    const checked = check(JSON.parse(await readFile(join(dir, file), "utf8")));
    if (!checked.ok) throw new Error(`${join(dir, file)}: ${checked.problem}`);
    return checked.part;
  };
  const ix = buildIndex(read.graph);
  const documents = await part(DOCUMENTS_PART, (d) => readDocumentsPart(d, key));
  applyDocumentsPart(ix, documents);
  const nodes = read.graph.nodes.length;
  for (let chunk = 0; chunk < chunkCount(nodes, chunkSize); chunk++) {
    const count = Math.min(chunkSize, nodes - chunk * chunkSize);
    const expected = { key, chunk, count };
    const file = await part(detailsChunkPath(chunk), (d) =>
      readDetailsChunk(d, expected, documents.documents),
    );
    applyDetailsChunk(ix, file, chunkSize);
  }
  return read.graph;
}

import { DOCUMENTS_PART, detailsChunkPath } from "./details-paths.ts";
import type { DetailsRef } from "./file-schema.ts";
import type { PartValidators } from "./graph-parts.ts";
import type { GraphIndex } from "./indexes.ts";

/** Why a details file is not in the graph: as for a document's text, plus a broken file. */
export type DetailsProblem = "missing" | "mismatch" | "unreachable" | "invalid";

export class DetailsError extends Error {
  constructor(
    readonly problem: DetailsProblem,
    detail: string = problem,
  ) {
    super(detail);
  }
}

/** Where a split graph's details files are read from: parsed JSON by path, or a DetailsError. */
export interface DetailsSource {
  ref: DetailsRef;
  fetchJson: (path: string) => Promise<unknown>;
  /** The compiled checks of the files' shapes (the app's); without them zod checks. */
  validators?: () => Promise<PartValidators>;
}

/** A details file: the documents, or the chunk of positions with that number. */
export type DetailsPart = "documents" | number;

export interface DetailsLoader {
  /** The files that hold these positions' details: the documents, then their chunks. */
  partsFor(nodeIds: readonly string[]): DetailsPart[];
  /** Every details file of the graph. */
  allParts(): DetailsPart[];
  /** Reads a file into the graph once (the documents first); rejects with a DetailsError. */
  load(part: DetailsPart): Promise<void>;
}

/**
 * Reads a split graph's details files into its index as they are asked for, each once, every
 * file checked against the graph before anything of it is used.
 */
export function createDetailsLoader(ix: GraphIndex, source: DetailsSource): DetailsLoader {
  const { key, chunkSize } = source.ref;
  const nodeCount = ix.graph.nodes.length;
  const started = new Map<DetailsPart, Promise<void>>();
  let positionOf: Map<string, number> | null = null;

  const read = async (part: DetailsPart): Promise<void> => {
    // The file is requested at once; the code that checks it (not needed at start-up) loads
    // meanwhile, and a chunk waits for the documents only to be checked against them.
    const data = source.fetchJson(part === "documents" ? DOCUMENTS_PART : detailsChunkPath(part));
    data.catch(() => undefined);
    const [validators, parts] = await Promise.all([
      source.validators?.(),
      import("./graph-parts.ts"),
    ]);
    if (part === "documents") {
      const checked = await parts.readDocumentsPart(await data, key, validators?.documents);
      if (!checked.ok) throw new DetailsError(checked.kind, checked.problem);
      parts.applyDocumentsPart(ix, checked.part);
      return;
    }
    await load("documents");
    const count = Math.min(chunkSize, nodeCount - part * chunkSize);
    const expected = { key, chunk: part, count };
    const checked = await parts.readDetailsChunk(
      await data,
      expected,
      ix.graph.documents,
      validators?.chunk,
    );
    if (!checked.ok) throw new DetailsError(checked.kind, checked.problem);
    parts.applyDetailsChunk(ix, checked.part, chunkSize);
  };
  const load = (part: DetailsPart): Promise<void> => {
    let promise = started.get(part);
    if (!promise) {
      promise = read(part);
      started.set(part, promise);
    }
    return promise;
  };
  return {
    partsFor(nodeIds) {
      positionOf ??= new Map(ix.graph.nodes.map((n, i) => [n.id, i]));
      const chunks = new Set<number>();
      for (const id of nodeIds) {
        const at = positionOf.get(id);
        if (at !== undefined) chunks.add(Math.floor(at / chunkSize));
      }
      return ["documents", ...chunks];
    },
    allParts() {
      const chunks = Array.from({ length: Math.ceil(nodeCount / chunkSize) }, (_v, i) => i);
      return ["documents", ...chunks];
    },
    load,
  };
}

import { checkGraphFile, type ShapeValidator } from "./check-graph.ts";
import { GRAPH_FILE_VERSION } from "./file-version.ts";
import type { DetailsRef } from "./file-schema.ts";
import { decodeGraph } from "./graph-file.ts";
import type { GraphWithTexts } from "./migrations.ts";

/** A fetched file as the app needs it: the status line and the whole body. */
export interface FetchedFile {
  ok: boolean;
  status: number;
  statusText: string;
  text: string;
}

/** Why graph.json cannot be shown, for the error screen. */
export interface LoadError {
  /** One sentence: what went wrong. */
  summary: string;
  /** Field-level problems, e.g. "nodes.3.title: Too small". */
  problems: string[];
  /** "newer": made by a newer Org Atlas (the fix is to update, not to rebuild). */
  kind?: "newer";
}

/** The error screen's summary for a graph that breaks the contract. */
export const NOT_THE_FORMAT = "graph.json does not match the expected format.";

/**
 * A graph ready to install. `texts` holds the documents' text when the file carried it
 * (version 1); null means each text is read from its own file when needed. `details` names the
 * details files of a split graph (graph-parts.ts); null when the file held everything.
 */
export type GraphFileResult =
  | {
      ok: true;
      graph: GraphWithTexts["graph"];
      texts: GraphWithTexts["texts"] | null;
      details: DetailsRef | null;
    }
  | { ok: false; error: LoadError };

/**
 * graph.json as fetched, read and checked against the contract; never rejects. Version 2 is
 * checked with `validateShape` (compiled from the schema at build time) and the integrity rules;
 * version 1 is migrated on read; a later version gets its own message. A file that fails is run
 * through zod itself (loaded only then), whose messages name every problem.
 */
export async function readGraphFile(
  file: FetchedFile,
  validateShape: ShapeValidator,
): Promise<GraphFileResult> {
  if (!file.ok) {
    return failure(
      `graph.json could not be loaded: the server answered ${file.status} ${file.statusText}.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    return failure("graph.json is not valid JSON; the file may be cut short or corrupt.", [
      String(error instanceof Error ? error.message : error),
    ]);
  }
  return readGraphData(data, validateShape);
}

/** The same for data already parsed (a file a person opened, a test's graph). */
export async function readGraphData(
  data: unknown,
  validateShape: ShapeValidator,
): Promise<GraphFileResult> {
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === "number" && version > GRAPH_FILE_VERSION) {
    return {
      ok: false,
      error: {
        kind: "newer",
        summary: `graph.json was made by a newer version of Org Atlas (graph schema version ${version}; this version reads up to ${GRAPH_FILE_VERSION}).`,
        problems: [],
      },
    };
  }
  if (version === 1) {
    const [{ parseGraph }, { fromVersion1 }] = await Promise.all([
      import("./schema.ts"),
      import("./migrations.ts"),
    ]);
    const parsed = parseGraph(data);
    if (!parsed.ok) return failure(NOT_THE_FORMAT, parsed.problems);
    const { graph, texts } = fromVersion1(parsed.graph);
    return { ok: true, graph, texts, details: null };
  }
  const checked = checkGraphFile(data, validateShape);
  if (checked.ok) {
    const details = checked.file.details ?? null;
    return { ok: true, graph: decodeGraph(checked.file), texts: null, details };
  }
  const { parseGraphFile } = await import("./parse-graph-file.ts");
  const parsed = parseGraphFile(data);
  return failure(NOT_THE_FORMAT, parsed.ok ? checked.problems : parsed.problems);
}

/** The error for a request that got no answer at all. */
export function fetchFailure(error: unknown): GraphFileResult {
  return failure(`graph.json could not be fetched (${String(error)}).`);
}

function failure(summary: string, problems: string[] = []): GraphFileResult {
  return { ok: false, error: { summary, problems } };
}

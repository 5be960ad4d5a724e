import { checkGraph } from "./check-graph.ts";
import type { OrgGraph } from "./schema.ts";

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
}

/** The error screen's summary for a graph that breaks the contract. */
export const NOT_THE_FORMAT = "graph.json does not match the expected format.";

export type GraphFileResult = { ok: true; graph: OrgGraph } | { ok: false; error: LoadError };

/**
 * graph.json as fetched, read and validated against the contract; never rejects. A file that
 * fails is run through zod itself (loaded only then), whose messages name every problem.
 */
export async function readGraphFile(file: FetchedFile): Promise<GraphFileResult> {
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
  const checked = checkGraph(data);
  if (checked.ok) return checked;
  const { parseGraph } = await import("./schema.ts");
  const parsed = parseGraph(data);
  return failure(NOT_THE_FORMAT, parsed.ok ? checked.problems : parsed.problems);
}

/** The error for a request that got no answer at all. */
export function fetchFailure(error: unknown): GraphFileResult {
  return failure(`graph.json could not be fetched (${String(error)}).`);
}

function failure(summary: string, problems: string[] = []): GraphFileResult {
  return { ok: false, error: { summary, problems } };
}

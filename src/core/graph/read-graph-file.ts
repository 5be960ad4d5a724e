import validateShape from "virtual:graph-shape-validator";
import type { OrgGraph } from "./schema.ts";
import { graphIntegrityIssues, parseGraph } from "./schema.ts";

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

export type GraphFileResult = { ok: true; graph: OrgGraph } | { ok: false; error: LoadError };

/** graph.json as fetched, read and validated against the contract; never throws. */
export function readGraphFile(file: FetchedFile): GraphFileResult {
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
  // The shape is checked by code compiled from the schema (virtual:graph-shape-validator); only
  // a file that fails is run through zod itself, whose messages name every problem.
  if (validateShape(data) && graphIntegrityIssues(data as OrgGraph).length === 0) {
    return { ok: true, graph: data as OrgGraph };
  }
  const parsed = parseGraph(data);
  if (parsed.ok) {
    const where = validateShape.errors?.[0];
    const problem = where ? `${where.instancePath || "(root)"}: ${where.message ?? "invalid"}` : "";
    return failure("graph.json does not match the expected format.", [problem]);
  }
  return failure("graph.json does not match the expected format.", parsed.problems);
}

/** The error for a request that got no answer at all. */
export function fetchFailure(error: unknown): GraphFileResult {
  return failure(`graph.json could not be fetched (${String(error)}).`);
}

function failure(summary: string, problems: string[] = []): GraphFileResult {
  return { ok: false, error: { summary, problems } };
}

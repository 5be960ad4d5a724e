import validateShape from "virtual:graph-shape-validator";
import { graphIntegrityIssues } from "./integrity.ts";
import type { OrgGraph } from "./schema.ts";

export type GraphCheck = { ok: true; graph: OrgGraph } | { ok: false; problems: string[] };

/**
 * The app's check of a graph against the contract: the shape with the validator compiled from
 * the schema at build time (scripts/lib/graph-validator-plugin.ts), then the integrity rules.
 * Synchronous and free of zod; readGraphFile still asks zod for its (clearer) messages when a
 * file fails.
 */
export function checkGraph(data: unknown): GraphCheck {
  if (!validateShape(data)) {
    const problems = (validateShape.errors ?? []).slice(0, 20).map((error) => {
      const path = error.instancePath.split("/").filter(Boolean).join(".") || "(root)";
      return `${path}: ${error.message ?? "does not match the schema"}`;
    });
    return { ok: false, problems };
  }
  const graph = data as OrgGraph;
  const issues = graphIntegrityIssues(graph);
  if (issues.length === 0) return { ok: true, graph };
  return {
    ok: false,
    problems: issues.slice(0, 20).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`),
  };
}

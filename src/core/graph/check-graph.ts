import type { GraphFile } from "./file-schema.ts";
import { graphFileIssues } from "./integrity.ts";

/** A validation function compiled from the file schema (Ajv's standalone code, see docs). */
export interface ShapeValidator {
  (data: unknown): boolean;
  errors?: Array<{ instancePath: string; message?: string }> | null;
}

export type GraphFileCheck = { ok: true; file: GraphFile } | { ok: false; problems: string[] };

/**
 * The app's check of graph.json (version 2): the shape with a validator compiled from the
 * schema at build time, then the integrity rules. Synchronous and free of zod; the validator is
 * passed in, so this runs wherever core runs (the app passes the one Vite compiles,
 * scripts/lib/graph-validator-plugin.ts; tools may pass zod's).
 */
export function checkGraphFile(data: unknown, validateShape: ShapeValidator): GraphFileCheck {
  if (!validateShape(data)) {
    const problems = (validateShape.errors ?? []).slice(0, 20).map((error) => {
      const path = error.instancePath.split("/").filter(Boolean).join(".") || "(root)";
      return `${path}: ${error.message ?? "does not match the schema"}`;
    });
    return { ok: false, problems };
  }
  const file = data as GraphFile;
  const issues = graphFileIssues(file);
  if (issues.length === 0) return { ok: true, file };
  return {
    ok: false,
    problems: issues.slice(0, 20).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`),
  };
}

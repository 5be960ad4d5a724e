import { z } from "zod/mini";
import { en } from "zod/locales";
import { type GraphFile, graphFileShapeSchema } from "./file-schema.ts";
import { graphFileIssues } from "./integrity.ts";

z.config(en());

/** graph.json version 2 with its integrity rules: what the prebuild writes and tools read. */
export const graphFileSchema = graphFileShapeSchema.check(
  z.superRefine((file, ctx) => {
    for (const issue of graphFileIssues(file)) ctx.addIssue({ code: "custom", ...issue });
  }),
);

export type GraphFileParse = { ok: true; file: GraphFile } | { ok: false; problems: string[] };

/** Validates data against the version 2 contract; problems name the field path. */
export function parseGraphFile(data: unknown): GraphFileParse {
  const result = graphFileSchema.safeParse(data);
  if (result.success) return { ok: true, file: result.data };
  return {
    ok: false,
    problems: result.error.issues.slice(0, 20).map((issue) => {
      const path = issue.path.length > 0 ? issue.path.join(".") : "(root)";
      return `${path}: ${issue.message}`;
    }),
  };
}

/** A zod-backed ShapeValidator, for tools and tests that run without Vite's compiled one. */
export function zodShapeValidator(data: unknown): boolean {
  return graphFileShapeSchema.safeParse(data).success;
}

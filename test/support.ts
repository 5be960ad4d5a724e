import fs from "node:fs";
import path from "node:path";
import { parseGraph } from "../src/core/graph/schema.ts";
import type { OrgGraph } from "../src/core/graph/schema.ts";

/** The hand-written seed-like graph, validated. */
export function seedLike(): OrgGraph {
  const file = path.resolve(import.meta.dirname, "fixtures/graphs/seed-like.json");
  const parsed = parseGraph(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
  return parsed.graph;
}

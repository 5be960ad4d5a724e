import fs from "node:fs";
import path from "node:path";
import type { DetailsSource } from "../src/core/graph/details-loader.ts";
import { DetailsError } from "../src/core/graph/details-loader.ts";
import { memoryTextSource } from "../src/core/graph/document-texts.ts";
import { DOCUMENTS_PART, detailsChunkPath } from "../src/core/graph/details-paths.ts";
import type { SplitGraph } from "../src/core/graph/graph-parts.ts";
import type { DocumentTextSource } from "../src/core/graph/document-texts.ts";
import { fromVersion1, type GraphWithTexts } from "../src/core/graph/migrations.ts";
import type { OrgGraph } from "../src/core/graph/model.ts";
import { parseGraph } from "../src/core/graph/schema.ts";

/** A version 1 graph file of test/fixtures/graphs, validated and migrated, with its texts. */
export function fixtureGraph(name: string): GraphWithTexts & { source: DocumentTextSource } {
  const file = path.resolve(import.meta.dirname, "fixtures/graphs", name);
  const parsed = parseGraph(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
  const migrated = fromVersion1(parsed.graph);
  return { ...migrated, source: memoryTextSource(migrated.texts) };
}

/** The hand-written seed-like graph, as the app holds it. */
export function seedLike(): OrgGraph {
  return fixtureGraph("seed-like.json").graph;
}

/** A split graph's details files by path, served from memory; each request is recorded. */
export function servedDetails(split: SplitGraph) {
  const files = new Map<string, unknown>([[DOCUMENTS_PART, split.documents]]);
  for (const c of split.chunks) files.set(detailsChunkPath(c.chunk), c);
  const requests: string[] = [];
  const source: DetailsSource = {
    ref: split.start.details!,
    fetchJson: async (path) => {
      requests.push(path);
      if (!files.has(path)) throw new DetailsError("missing", path);
      // As over the network: a copy, never the object the test holds.
      return structuredClone(files.get(path));
    },
  };
  return { files, requests, source };
}

/**
 * The page's idle moments, held back: every requestIdleCallback of the test's code waits in the
 * returned queue until the test runs it. Call inside a describe block.
 */
export function heldIdleCallbacks(): (() => void)[] {
  const idle: (() => void)[] = [];
  beforeEach(() => {
    idle.length = 0;
    vi.stubGlobal("requestIdleCallback", (fn: () => void) => idle.push(fn));
  });
  afterEach(() => vi.unstubAllGlobals());
  return idle;
}

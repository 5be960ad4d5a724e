import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractGraph } from "../../../src/core/extract/index.ts";
import { positionDetails } from "../../../src/core/graph/details.ts";
import { buildIndex } from "../../../src/core/graph/indexes.ts";
import { fromVersion1 } from "../../../src/core/graph/migrations.ts";

const seeds = ["001_820152e02375ec20.txt", "003_a0d9a25676ab9a92.txt"].map((file) => ({
  file,
  bytes: readFileSync(new URL(`../../../seeds/${file}`, import.meta.url)),
}));

describe("position details", () => {
  it("lists each sentence about a position without its own document once", () => {
    const { graph, texts } = fromVersion1(extractGraph(seeds));
    const team = graph.nodes.find(
      (n) => n.aliases.includes("Policy Team") || n.title === "Policy Team",
    );
    expect(team).toBeDefined();
    const details = positionDetails(buildIndex(graph), team!.id)!;
    const keys = details.otherSources.map(
      (s) => `${s.documentId}|${texts.get(s.documentId)!.slice(s.start, s.end)}`,
    );
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(keys.length);
    expect(details.otherSources.map((s) => s.file).sort()).toEqual(seeds.map((s) => s.file).sort());
  });
});

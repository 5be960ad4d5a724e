import fs from "node:fs";
import path from "node:path";
import { extractGraph } from "../../../src/core/extract/index.ts";
import { decodeGraph, encodeGraph } from "../../../src/core/graph/graph-file.ts";
import { fromVersion1 } from "../../../src/core/graph/migrations.ts";
import { parseGraphFile } from "../../../src/core/graph/parse-graph-file.ts";
import { graphSchema, type OrgGraph as GraphV1 } from "../../../src/core/graph/schema.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");
/** Every document the tests have: the seeds and the fixtures, in both languages and styles. */
function allDocuments() {
  const dirs = ["seeds", "test/fixtures/docs", "test/fixtures/docs-fr"];
  return dirs.flatMap((dir) =>
    fs
      .readdirSync(path.join(ROOT, dir))
      .filter((f) => /\.(md|txt)$/.test(f))
      .map((f) => ({ file: `${dir}/${f}`, bytes: fs.readFileSync(path.join(ROOT, dir, f)) })),
  );
}

describe("graph version 2: sources by offset", () => {
  const v1 = graphSchema.parse(extractGraph(allDocuments()));
  const { graph, texts } = fromVersion1(v1);
  const slice = (s: { documentId: string; start: number; end: number }) =>
    texts.get(s.documentId)!.slice(s.start, s.end);

  it("points every fact, size, mention and reporting line at its quoted sentence", () => {
    expect(v1.nodes.length).toBeGreaterThan(40);
    let checked = 0;
    v1.nodes.forEach((node, i) => {
      const lean = graph.nodes[i]!;
      expect(lean.facts.map((f) => slice(f.source))).toEqual(node.facts.map((f) => f.quote));
      expect(lean.dimensions.map((d) => slice(d.source))).toEqual(
        node.dimensions.map((d) => d.quote),
      );
      expect(lean.mentions.map(slice)).toEqual(node.mentions.map((m) => m.quote));
      checked += lean.facts.length + lean.dimensions.length + lean.mentions.length;
    });
    v1.edges.forEach((edge, i) => {
      expect(graph.edges[i]!.evidence.map(slice)).toEqual(edge.evidence.map((e) => e.quote));
      checked += edge.evidence.length;
    });
    expect(checked).toBeGreaterThan(500);
    expect(graph.diagnostics.some((d) => d.code === "quote-not-in-document")).toBe(false);
  });

  it("keeps every other field, and no text, in graph.json", () => {
    const file = encodeGraph(graph);
    expect(parseGraphFile(file).ok).toBe(true);
    expect(decodeGraph(file)).toEqual(graph);
    const json = JSON.stringify(file);
    for (const doc of v1.documents.filter((d) => d.text.length > 200))
      expect(json).not.toContain(doc.text.slice(100, 200));
    v1.nodes.forEach((node, i) => {
      const { facts, dimensions, mentions, ...rest } = node;
      const lean = graph.nodes[i]!;
      expect({ ...lean, facts: [], dimensions: [], mentions: [] }).toEqual({
        ...rest,
        facts: [],
        dimensions: [],
        mentions: [],
      });
      expect(lean.facts.map((f) => [f.field, f.value])).toEqual(
        facts.map((f) => [f.field, f.value]),
      );
      expect(lean.dimensions.length + lean.mentions.length).toBe(
        dimensions.length + mentions.length,
      );
    });
  });

  it("records each document's text length and fingerprint, so a changed text file is noticed", () => {
    for (const doc of graph.documents) {
      expect(doc.textLength).toBe(texts.get(doc.id)!.length);
      expect(doc.textHash).toMatch(/^[0-9a-z]{7}$/);
    }
    const hashes = new Set(graph.documents.map((d) => d.textHash));
    expect(hashes.size).toBe(graph.documents.length);
  });

  it("leaves out, and says so, a quote a hand-edited version 1 file has that its document lacks", () => {
    const edited: GraphV1 = structuredClone(v1);
    const node = edited.nodes.find((n) => n.facts.length > 1)!;
    node.facts[0]!.quote = "A sentence in no document.";
    const migrated = fromVersion1(edited);
    const lean = migrated.graph.nodes.find((n) => n.id === node.id)!;
    expect(lean.facts).toHaveLength(node.facts.length - 1);
    const warning = migrated.graph.diagnostics.find((d) => d.code === "quote-not-in-document");
    expect(warning?.message).toMatch(/^1 quoted sentence\(s\)/);
  });
});

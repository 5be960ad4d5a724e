import validateChunk from "virtual:details-chunk-validator";
import validateDocuments from "virtual:documents-part-validator";
import validateShape from "virtual:graph-shape-validator";
import { detailsChunkSchema, documentsPartSchema } from "../../../src/core/graph/file-schema.ts";
import { checkGraphFile } from "../../../src/core/graph/check-graph.ts";
import { createDetailsLoader } from "../../../src/core/graph/details-loader.ts";
import { decodeGraph, encodeGraph } from "../../../src/core/graph/graph-file.ts";
import { DOCUMENTS_PART, detailsChunkPath } from "../../../src/core/graph/details-paths.ts";
import {
  readDetailsChunk,
  readDocumentsPart,
  splitGraphFile,
  type SplitGraph,
} from "../../../src/core/graph/graph-parts.ts";
import { buildIndex } from "../../../src/core/graph/indexes.ts";
import type { OrgGraph } from "../../../src/core/graph/model.ts";
import { seedLike, servedDetails as served } from "../../support.ts";

/** The split graph read back as the app reads it: graph.json, then every details file. */
async function readBack(split: SplitGraph): Promise<OrgGraph> {
  const graph = decodeGraph(split.start);
  const loader = createDetailsLoader(buildIndex(graph), served(split).source);
  for (const part of loader.allParts()) await loader.load(part);
  return graph;
}

describe("a graph split into graph.json and its details files", () => {
  it("reads back as the graph it was split from, whatever the chunk size", async () => {
    const graph = seedLike();
    for (const chunkSize of [1, 2, 3, 1000]) {
      const split = splitGraphFile(encodeGraph(graph), chunkSize);
      expect(split.chunks).toHaveLength(Math.ceil(graph.nodes.length / chunkSize));
      expect(await readBack(split)).toEqual(graph);
    }
  });

  it("keeps in graph.json only what the chart needs, and that passes the app's checks", () => {
    const split = splitGraphFile(encodeGraph(seedLike()), 2);
    expect(split.start.documents).toBeUndefined();
    expect(split.start.diagnostics).toBeUndefined();
    for (const node of split.start.nodes)
      for (const field of ["facts", "dimensions", "mentions", "sameAs", "evidence"])
        expect(node).not.toHaveProperty(field);
    expect(checkGraphFile(split.start, validateShape)).toMatchObject({ ok: true });
    expect(JSON.stringify(split.start).length).toBeLessThan(
      JSON.stringify(encodeGraph(seedLike())).length / 2,
    );
  });

  it("fingerprints the whole: changing any detail changes the key every file repeats", () => {
    const graph = seedLike();
    const before = splitGraphFile(encodeGraph(graph));
    const fact = graph.nodes.find((n) => n.facts.length > 0)!.facts[0]!;
    fact.source = { ...fact.source, end: fact.source.end - 1 };
    const after = splitGraphFile(encodeGraph(graph));
    expect(after.start.details!.key).not.toBe(before.start.details!.key);
    expect(after.documents.key).toBe(after.start.details!.key);
    expect(after.chunks.every((c) => c.key === after.start.details!.key)).toBe(true);
  });

  it("refuses a graph.json that is split yet carries documents, or whole yet lacks them", () => {
    const whole = encodeGraph(seedLike());
    const split = splitGraphFile(whole);
    const both = { ...split.start, documents: whole.documents };
    expect(checkGraphFile(both, validateShape)).toMatchObject({
      ok: false,
      problems: ["documents: documents belong in the details files"],
    });
    const noDocuments: Partial<typeof whole> = { ...whole };
    delete noDocuments.documents;
    expect(checkGraphFile(noDocuments, validateShape)).toMatchObject({
      ok: false,
      problems: expect.arrayContaining(["documents: documents are missing"]),
    });
  });

  it("refuses details files from another build, of another chunk, or with a source outside its text", async () => {
    const split = splitGraphFile(encodeGraph(seedLike()), 2);
    const { key } = split.start.details!;
    const docs = split.documents.documents;
    expect(await readDocumentsPart({ ...split.documents, key: "0000000" }, key)).toMatchObject({
      ok: false,
      kind: "mismatch",
    });
    expect(await readDocumentsPart({ documents: "?" }, key)).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    const chunk = split.chunks[0]!;
    const expected = { key, chunk: 0, count: chunk.nodes.length };
    expect(await readDetailsChunk(chunk, expected, docs)).toMatchObject({ ok: true });
    expect(await readDetailsChunk(chunk, { ...expected, chunk: 1 }, docs)).toMatchObject({
      ok: false,
      kind: "mismatch",
    });
    const withFacts = split.chunks.find((c) => c.nodes.some((n) => n.facts))!;
    const broken = structuredClone(withFacts);
    const fact = broken.nodes.find((n) => n.facts)!.facts![0]!;
    fact[4] = docs[fact[2]]!.textLength + 1;
    const check = { key, chunk: broken.chunk, count: broken.nodes.length };
    expect(await readDetailsChunk(broken, check, docs)).toMatchObject({
      ok: false,
      kind: "invalid",
      problem: expect.stringMatching(/is outside .*'s text/),
    });
  });
});

describe("createDetailsLoader", () => {
  it("reads the documents once, then only the chunk a position is in", async () => {
    const graph = seedLike();
    const split = splitGraphFile(encodeGraph(graph), 2);
    const { source, requests } = served(split);
    const lean = decodeGraph(split.start);
    const loader = createDetailsLoader(buildIndex(lean), source);
    const last = lean.nodes.at(-1)!;
    const parts = loader.partsFor([last.id]);
    expect(parts).toEqual(["documents", Math.floor((lean.nodes.length - 1) / 2)]);
    await Promise.all([...parts, ...parts].map((p) => loader.load(p)));
    expect(requests.sort()).toEqual([DOCUMENTS_PART, detailsChunkPath(parts[1] as number)].sort());
    expect(lean.nodes.at(-1)).toEqual(graph.nodes.at(-1));
    expect(lean.documents).toEqual(graph.documents);
    // Nodes of chunks not read have no details yet.
    const first = graph.nodes.findIndex((n) => n.facts.length > 0);
    if (Math.floor(first / 2) !== parts[1]) expect(lean.nodes[first]!.facts).toEqual([]);
  });

  it("rejects with the problem when a file is missing or from another build", async () => {
    const split = splitGraphFile(encodeGraph(seedLike()), 2);
    const missing = served(split);
    missing.files.delete(detailsChunkPath(0));
    const loader = createDetailsLoader(buildIndex(decodeGraph(split.start)), missing.source);
    await expect(loader.load(0)).rejects.toMatchObject({ problem: "missing" });

    const stale = served(split);
    stale.files.set(DOCUMENTS_PART, { ...split.documents, key: "0000000" });
    const other = createDetailsLoader(buildIndex(decodeGraph(split.start)), stale.source);
    await expect(other.load(1)).rejects.toMatchObject({ problem: "mismatch" });
  });
});

describe("the details files' compiled checks (what the app runs)", () => {
  it("give zod's verdict on sound and broken files", () => {
    const split = splitGraphFile(encodeGraph(seedLike()), 2);
    const chunk = split.chunks.find((c) => c.nodes.some((n) => n.facts))!;
    const documents: unknown[] = [
      split.documents,
      { ...split.documents, schemaVersion: 3 },
      { ...split.documents, documents: "?" },
      { ...split.documents, documents: [{ ...split.documents.documents[0], id: "" }] },
      { ...split.documents, diagnostics: [{ severity: "loud" }] },
    ];
    for (const data of documents)
      expect(validateDocuments(data)).toBe(documentsPartSchema.safeParse(data).success);
    const broken = structuredClone(chunk);
    broken.nodes.find((n) => n.facts)!.facts![0]![2] = -1;
    const chunks: unknown[] = [chunk, broken, { ...chunk, nodes: [{ facts: [["title"]] }] }];
    for (const data of chunks)
      expect(validateChunk(data)).toBe(detailsChunkSchema.safeParse(data).success);
    expect(documents.map((d) => validateDocuments(d))).toEqual([true, false, false, false, false]);
    expect(chunks.map((c) => validateChunk(c))).toEqual([true, false, false]);
  });
});

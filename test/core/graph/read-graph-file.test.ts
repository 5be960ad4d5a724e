import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import validateShape from "virtual:graph-shape-validator";
import { checkGraphFile } from "../../../src/core/graph/check-graph.ts";
import { encodeGraph } from "../../../src/core/graph/graph-file.ts";
import { parseGraphFile } from "../../../src/core/graph/parse-graph-file.ts";
import { fetchFailure, readGraphFile } from "../../../src/core/graph/read-graph-file.ts";
import { fixtureGraph, seedLike } from "../../support.ts";

const file = (text: string, status = 200) => ({
  ok: status >= 200 && status < 300,
  status,
  statusText: status === 404 ? "Not Found" : "OK",
  text,
});
const read = (text: string, status = 200) => readGraphFile(file(text, status), validateShape);
/** graph.json version 2 of the seed-like graph, as the prebuild writes it. */
const version2 = () => encodeGraph(seedLike());

describe("readGraphFile", () => {
  it("reads version 2 and decodes it to the graph the app holds", async () => {
    const graph = seedLike();
    const result = await read(JSON.stringify(encodeGraph(graph)));
    expect(result.ok && result.graph).toEqual(graph);
    // Version 2 carries no text: each text is read from its own file.
    expect(result.ok && result.texts).toBeNull();
  });

  it("keeps a box's count of positions, its undescribed reports and why names were merged", async () => {
    const graph = seedLike();
    const [first, second] = graph.nodes;
    const documentId = graph.documents[1]!.id;
    first!.positionCount = 6;
    first!.undescribedReports = 2;
    first!.sameAs = [{ name: "Director, SLMI", documentId, reason: "defined-abbreviation" }];
    second!.positionCount = "several";
    const encoded = encodeGraph(graph);
    expect(encoded.nodes[0]!.sameAs).toEqual([
      { name: "Director, SLMI", document: 1, reason: "defined-abbreviation" },
    ]);
    expect(encoded.nodes[2]).not.toHaveProperty("positionCount");
    const result = await read(JSON.stringify(encoded));
    expect(result.ok && result.graph).toEqual(graph);
    encoded.nodes[0]!.sameAs![0]!.document = 99;
    const broken = await read(JSON.stringify(encoded));
    expect(!broken.ok && broken.error.problems.join("\n")).toMatch(
      /nodes\.0\.sameAs\.0\.document: no document number 99/,
    );
  });

  it("migrates version 1 on read, keeping each document's text in memory", async () => {
    const v1 = fs.readFileSync(
      path.resolve(import.meta.dirname, "../../fixtures/graphs/seed-like.json"),
      "utf8",
    );
    const result = await read(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.schemaVersion).toBe(2);
    expect(result.graph).toEqual(fixtureGraph("seed-like.json").graph);
    expect(result.texts?.get("doc-cds-ed-service")).toMatch(
      /^I ESDC Job code: IO42I7 EXECUTIVE GROUP POSITION DESCRIPTION/,
    );
  });

  it("says a version 3 file was made by a newer Org Atlas", async () => {
    const result = await read(JSON.stringify({ ...version2(), schemaVersion: 3 }));
    expect(!result.ok && result.error).toEqual({
      kind: "newer",
      summary:
        "graph.json was made by a newer version of Org Atlas (graph schema version 3; this version reads up to 2).",
      problems: [],
    });
  });

  it("names the server's answer when the file is missing", async () => {
    const result = await read("", 404);
    expect(!result.ok && result.error.summary).toBe(
      "graph.json could not be loaded: the server answered 404 Not Found.",
    );
  });

  it("says a cut-short file is not valid JSON, with the parser's message", async () => {
    const text = JSON.stringify(version2());
    const result = await read(text.slice(0, text.length / 2));
    expect(!result.ok && result.error.summary).toMatch(/not valid JSON/);
    expect(!result.ok && result.error.problems).toHaveLength(1);
  });

  it("lists every field that breaks the contract, in zod's words, in both versions", async () => {
    const v2 = version2() as unknown as { nodes: Array<Record<string, unknown>> };
    v2.nodes[2]!.title = 42;
    v2.nodes[4]!.kind = "robot";
    const result = await read(JSON.stringify(v2));
    expect(!result.ok && result.error.summary).toBe(
      "graph.json does not match the expected format.",
    );
    expect(!result.ok && result.error.problems.join("\n")).toMatch(/^nodes\.2\.title: /m);
    expect(!result.ok && result.error.problems.join("\n")).toMatch(/^nodes\.4\.kind: /m);
    const v1 = JSON.parse(
      fs.readFileSync(
        path.resolve(import.meta.dirname, "../../fixtures/graphs/seed-like.json"),
        "utf8",
      ),
    );
    v1.nodes[1].fte = "many";
    const old = await read(JSON.stringify(v1));
    expect(!old.ok && old.error.problems.join("\n")).toMatch(/^nodes\.1\.fte: /m);
  });

  it("refuses a source that points outside its document's text", async () => {
    const v2 = version2();
    const fact = v2.nodes.find((n) => n.facts !== undefined)!.facts![0]!;
    fact[4] = v2.documents[fact[2]]!.textLength + 1;
    const result = await read(JSON.stringify(v2));
    expect(!result.ok && result.error.problems.join("\n")).toMatch(/is outside .*'s text/);
  });

  it("turns a failed request into a readable error", () => {
    const result = fetchFailure(new TypeError("Failed to fetch"));
    expect(!result.ok && result.error.summary).toBe(
      "graph.json could not be fetched (TypeError: Failed to fetch).",
    );
  });

  it("names broken integrity rules without zod", () => {
    const v2 = version2();
    v2.edges[0]![1] = v2.nodes.length;
    const result = checkGraphFile(v2, validateShape);
    expect(!result.ok && result.problems[0]).toBe(`edges.0.1: no node number ${v2.nodes.length}`);
  });

  it("accepts exactly what the schema accepts (compiled validator vs zod)", () => {
    const base = version2();
    const values = [null, 42, -1, 1.5, "", "x", true, [], {}, [""], [{}], [1, 2, 3], undefined];
    const sections = ["organizations", "documents", "nodes", "edges", "diagnostics"] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...sections),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...values),
        fc.boolean(),
        (section, at, fieldAt, value, nested) => {
          const graph = structuredClone(base) as unknown as Record<string, unknown[]>;
          const items = graph[section]!;
          if (items.length === 0) return;
          const item = items[at % items.length] as Record<string, unknown>;
          const keys = Object.keys(item);
          const key = keys[fieldAt % keys.length]!;
          const target = nested && typeof item[key] === "object" && item[key] !== null;
          if (target) {
            const inner = item[key] as Record<string, unknown>;
            const innerKeys = Object.keys(inner);
            if (innerKeys.length > 0) inner[innerKeys[fieldAt % innerKeys.length]!] = value;
          } else if (value === undefined) delete item[key];
          else item[key] = value;
          const text = JSON.stringify(graph);
          expect(checkGraphFile(JSON.parse(text), validateShape).ok).toBe(
            parseGraphFile(JSON.parse(text)).ok,
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});

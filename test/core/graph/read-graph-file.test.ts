import fc from "fast-check";
import { checkGraph } from "../../../src/core/graph/check-graph.ts";
import { fetchFailure, readGraphFile } from "../../../src/core/graph/read-graph-file.ts";
import { parseGraph } from "../../../src/core/graph/schema.ts";
import { seedLike } from "../../support.ts";

const file = (text: string, status = 200) => ({
  ok: status >= 200 && status < 300,
  status,
  statusText: status === 404 ? "Not Found" : "OK",
  text,
});

describe("readGraphFile", () => {
  it("returns the validated graph", async () => {
    const graph = seedLike();
    const result = await readGraphFile(file(JSON.stringify(graph)));
    expect(result.ok && result.graph.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
  });

  it("names the server's answer when the file is missing", async () => {
    const result = await readGraphFile(file("", 404));
    expect(!result.ok && result.error.summary).toBe(
      "graph.json could not be loaded: the server answered 404 Not Found.",
    );
  });

  it("says a cut-short file is not valid JSON, with the parser's message", async () => {
    const text = JSON.stringify(seedLike());
    const result = await readGraphFile(file(text.slice(0, text.length / 2)));
    expect(!result.ok && result.error.summary).toMatch(/not valid JSON/);
    expect(!result.ok && result.error.problems).toHaveLength(1);
  });

  it("lists every field that breaks the contract, in zod's words", async () => {
    const graph = seedLike();
    (graph.nodes[2] as { title: unknown }).title = 42;
    (graph.nodes[4] as { kind: unknown }).kind = "robot";
    const result = await readGraphFile(file(JSON.stringify(graph)));
    expect(!result.ok && result.error.summary).toBe(
      "graph.json does not match the expected format.",
    );
    expect(!result.ok && result.error.problems.join("\n")).toMatch(/^nodes\.2\.title: /m);
    expect(!result.ok && result.error.problems.join("\n")).toMatch(/^nodes\.4\.kind: /m);
  });

  it("turns a failed request into a readable error", () => {
    const result = fetchFailure(new TypeError("Failed to fetch"));
    expect(!result.ok && result.error.summary).toBe(
      "graph.json could not be fetched (TypeError: Failed to fetch).",
    );
  });

  it("names broken integrity rules without zod", () => {
    const graph = seedLike();
    graph.edges[0]!.target = "nobody";
    const result = checkGraph(graph);
    expect(!result.ok && result.problems[0]).toBe(
      'edges.0.target: edge target "nobody" is not a node',
    );
  });

  it("accepts exactly what the schema accepts (compiled validator vs zod)", () => {
    const base = seedLike();
    const values = [null, 42, -1, 1.5, "", "x", true, [], {}, [""], [{}], undefined];
    const sections = ["documents", "nodes", "edges", "diagnostics"] as const;
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
          expect(checkGraph(JSON.parse(text)).ok).toBe(parseGraph(JSON.parse(text)).ok);
        },
      ),
      { numRuns: 400 },
    );
  });
});

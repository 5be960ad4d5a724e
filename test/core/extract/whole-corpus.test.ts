import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractGraph } from "../../../src/core/extract/index.ts";
import { titleKey } from "../../../src/core/extract/titles.ts";
import { graphSchema, type GraphNode } from "../../../src/core/graph/schema.ts";

/*
 * The whole real corpus (the 92 documents of ../shared/corpus, in test/fixtures/corpus) as one
 * graph, checked without its labels: every box is a position or a team, no position is drawn
 * twice, organizations are names, and positions hang under their managers rather than float.
 */

const DIR = new URL("../../fixtures/corpus/", import.meta.url);
const files = ["md", "ocr"].flatMap((sub) =>
  readdirSync(new URL(`${sub}/`, DIR)).map((name) => ({
    file: `${sub}/${name}`,
    bytes: new Uint8Array(readFileSync(new URL(`${sub}/${name}`, DIR))),
  })),
);
const graph = extractGraph(files);
const managerOf = new Map(graph.edges.map((e) => [e.target, e.source]));
const hasReports = new Set(graph.edges.map((e) => e.source));

/** Words that only sentences, list scaffolding or cut-off text put in a "title". */
const NOT_A_TITLE =
  /\b(?:also reports?|reports? to|is|are|responsible for|accountable for|the following|staff of|FTEs?|include)\b|[[\]():;]|\.\.|…|^(?:The|Accountability|Relations)$|\s\p{Lu}\.?$/u;
/** A position whose title is still to be determined is named by its function. */
const UNTITLED = / \(title TBD\)$/;

describe("the whole corpus as one graph", () => {
  it("is a valid graph with every document read, and the two pages of OCR noise set aside", () => {
    expect(graphSchema.safeParse(graph).success).toBe(true);
    expect(graph.documents).toHaveLength(files.length);
    const unparsed = graph.documents.filter((d) => d.status === "unparsed");
    expect(unparsed.map((d) => d.file).sort()).toEqual([
      "ocr/EX-01 Dir, Bilateral & Rgn Labr Aff 103385 - JD (Signed).txt",
      "ocr/EX-01 Dir, Policy FWCS 103684 - JD.txt",
    ]);
    expect(unparsed.every((d) => d.reason)).toBe(true);
  });

  it("draws positions and teams only: no sentence, count, code or fragment as a title", () => {
    const junk = graph.nodes.filter(
      (n) =>
        NOT_A_TITLE.test(n.title.replace(UNTITLED, "")) ||
        !/^\p{Lu}/u.test(n.title) ||
        n.title.split(/\s+/).length > 16,
    );
    expect(junk.map((n) => n.title)).toEqual([]);
  });

  it("draws each position once: no two boxes of one title in one organization under one manager", () => {
    const numberOf = (n: GraphNode) => n.facts.find((f) => f.field === "positionNumber")?.value;
    const seen = new Map<string, GraphNode>();
    const twice: string[] = [];
    for (const node of graph.nodes) {
      const org = node.organization;
      const key = [titleKey(node.title), org.department, org.branch, managerOf.get(node.id)].join(
        "|",
      );
      const other = seen.get(key);
      // Two descriptions giving different position numbers are two positions (the house rule).
      const numbered =
        other && numberOf(other) && numberOf(node) && numberOf(other) !== numberOf(node);
      if (other && !numbered) twice.push(node.title);
      seen.set(key, node);
    }
    expect(twice).toEqual([]);
  });

  it("never draws one position number on two boxes, nor two numbers on one box", () => {
    const byNumber = new Map<string, Set<string>>();
    for (const node of graph.nodes) {
      const numbers = new Set(
        node.facts.filter((f) => f.field === "positionNumber").map((f) => f.value),
      );
      expect([...numbers].length, node.title).toBeLessThanOrEqual(1);
      for (const n of numbers) byNumber.set(n, new Set([...(byNumber.get(n) ?? []), node.id]));
    }
    expect([...byNumber.values()].filter((ids) => ids.size > 1)).toEqual([]);
  });

  it("names organizations, not sentences", () => {
    const values = graph.nodes.flatMap((n) =>
      [n.organization.department, n.organization.branch, n.organization.directorate].filter(
        (v): v is string => v !== null,
      ),
    );
    const odd = values.filter(
      (v) =>
        v.split(/\s+/).length > 12 || /\b(?:is|are|Is)\s+\p{Ll}/u.test(v) || !/^\p{Lu}/u.test(v),
    );
    expect([...new Set(odd)]).toEqual([]);
  });

  it("hangs positions under their managers: a lone box is a position whose document names no manager", () => {
    const lone = graph.nodes.filter((n) => !managerOf.has(n.id) && !hasReports.has(n.id));
    for (const node of lone) expect(node.documentIds.length, node.title).toBeGreaterThan(0);
    const described = graph.nodes.filter((n) => n.documentIds.length > 0);
    // Most described positions are placed in a tree with their manager or their reports.
    expect(lone.length / described.length).toBeLessThan(0.25);
  });
});

import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { extractGraph } from "../../../src/core/extract/index.ts";
import type { SourceFile } from "../../../src/core/extract/index.ts";
import { graphSchema } from "../../../src/core/graph/schema.ts";
import type { GraphDocument, GraphNode, OrgGraph } from "../../../src/core/graph/schema.ts";

/*
 * Checks the extractor against hand-written fixtures in test/fixtures/docs (English) and
 * test/fixtures/docs-fr (French). What each fixture says is recorded in
 * test/fixtures/expected.json, written from the documents themselves, not from extractor output.
 */

const FIXTURES = new URL("../../fixtures/", import.meta.url);
const DOCS_DIR = new URL("docs/", FIXTURES);
const DOCS_FR_DIR = new URL("docs-fr/", FIXTURES);

// ---------------------------------------------------------------------------------------------
// Expected data (validated, so a typo in expected.json fails loudly instead of passing quietly)
// ---------------------------------------------------------------------------------------------

const reportSchema = z.object({
  title: z.string().min(1),
  kind: z.enum(["position", "team"]),
  classification: z.string().nullable(),
  fte: z.number().nullable(),
  planned: z.boolean(),
});

const fixtureSchema = z.object({
  format: z.enum(["markdown", "ocr-text"]),
  subject: z.object({
    title: z.string().min(1),
    classification: z.string().nullable(),
    department: z.string().nullable(),
  }),
  reportsTo: z.string().nullable(),
  reports: z.array(reportSchema),
  peers: z.object({ manager: z.string().min(1), titles: z.array(z.string()).min(1) }).nullable(),
  diagnostics: z.array(z.string()),
  documentDate: z.string().optional(),
  mojibake: z.boolean().optional(),
  note: z.string().optional(),
});

const crossDocumentSchema = z.object({
  merges: z.array(
    z.object({
      titles: z.array(z.string()).min(2),
      files: z.array(z.string()).min(2),
      note: z.string().optional(),
    }),
  ),
  links: z.array(
    z.object({
      names: z.array(z.string()).min(1),
      managerFile: z.string(),
      reportFile: z.string(),
      note: z.string().optional(),
    }),
  ),
  nonMerges: z.array(
    z.object({
      title: z.string(),
      positions: z.array(z.object({ file: z.string(), department: z.string() })).min(2),
    }),
  ),
});

type ExpectedFixture = z.infer<typeof fixtureSchema>;

const rawExpected = JSON.parse(readFileSync(new URL("expected.json", FIXTURES), "utf8")) as Record<
  string,
  unknown
>;
const crossDocument = crossDocumentSchema.parse(rawExpected.crossDocument);
const frenchExpected = z.record(z.string(), fixtureSchema).parse(rawExpected.frenchLater);
const expectedByFile = new Map<string, ExpectedFixture>(
  Object.entries(rawExpected)
    .filter(([key]) => key !== "crossDocument" && key !== "frenchLater")
    .map(([file, value]) => [file, fixtureSchema.parse(value)]),
);

function readDir(dir: URL): SourceFile[] {
  return readdirSync(dir)
    .filter((name) => /\.(md|txt)$/.test(name))
    .sort()
    .map((name) => ({ file: name, bytes: new Uint8Array(readFileSync(new URL(name, dir))) }));
}

const englishFiles = readDir(DOCS_DIR);
const frenchFiles = readDir(DOCS_FR_DIR);

// ---------------------------------------------------------------------------------------------
// Title matching: case-insensitive, "X of Y" == "X, Y", whitespace and dashes ignored
// ---------------------------------------------------------------------------------------------

function normalizeTitle(raw: string): string {
  return raw
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2010-\u2015-]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "")
    .replace(/ of (the )?/g, ", ")
    .replace(/\s*,\s*/g, ", ")
    .replace(/(, )+/g, ", ")
    .replace(/^[\s,.;:]+|[\s,.;:]+$/g, "");
}

function sameTitle(a: string, b: string): boolean {
  return normalizeTitle(a) === normalizeTitle(b);
}

function namesOf(node: GraphNode): string[] {
  return [node.title, ...node.aliases];
}

function isNamed(node: GraphNode, title: string): boolean {
  return namesOf(node).some((name) => sameTitle(name, title));
}

function describeNode(node: GraphNode | undefined): string {
  return node === undefined ? "(none)" : `"${node.title}" [${node.aliases.join(" | ")}]`;
}

// ---------------------------------------------------------------------------------------------
// Graph helpers
// ---------------------------------------------------------------------------------------------

/** Runs the extractor once per input set; a throw is rethrown in every test that needs it. */
function memoGraph(files: readonly SourceFile[]): () => OrgGraph {
  let result: { ok: true; graph: OrgGraph } | { ok: false; error: unknown } | undefined;
  return () => {
    if (result === undefined) {
      try {
        result = { ok: true, graph: extractGraph(files) };
      } catch (error) {
        result = { ok: false, error };
      }
    }
    if (!result.ok) throw result.error;
    return result.graph;
  };
}

function documentFor(graph: OrgGraph, file: string): GraphDocument {
  const matches = graph.documents.filter((d) => d.file === file);
  expect(matches, `documents for ${file}`).toHaveLength(1);
  return matches[0]!;
}

function nodeById(graph: OrgGraph, id: string): GraphNode {
  const node = graph.nodes.find((n) => n.id === id);
  expect(node, `node ${id}`).toBeDefined();
  return node!;
}

/** The position a document describes: its positionId, which must list the document. */
function subjectOf(graph: OrgGraph, file: string): GraphNode {
  const doc = documentFor(graph, file);
  expect(doc.status, `${file} status (reason: ${doc.reason ?? "none"})`).toBe("parsed");
  expect(doc.positionId, `${file} positionId`).not.toBeNull();
  const node = nodeById(graph, doc.positionId!);
  expect(node.documentIds, `documentIds of the position described by ${file}`).toContain(doc.id);
  return node;
}

function managerOf(graph: OrgGraph, nodeId: string): GraphNode | undefined {
  const edge = graph.edges.find((e) => e.target === nodeId);
  return edge === undefined ? undefined : graph.nodes.find((n) => n.id === edge.source);
}

function reportsOf(graph: OrgGraph, nodeId: string): GraphNode[] {
  const ids = new Set(graph.edges.filter((e) => e.source === nodeId).map((e) => e.target));
  return graph.nodes.filter((n) => ids.has(n.id));
}

function totalDiagnosticsFor(graph: OrgGraph, documentId: string, nodeId: string) {
  return graph.diagnostics.filter(
    (d) =>
      /total/i.test(d.code) && (d.documentId === documentId || (d.nodeIds ?? []).includes(nodeId)),
  );
}

function expectValidGraph(graph: OrgGraph): void {
  const parsed = graphSchema.safeParse(graph);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  expect(problems).toEqual([]);
}

function expectEvidenceQuotesInText(graph: OrgGraph): void {
  const textById = new Map(graph.documents.map((d) => [d.id, d.text]));
  for (const edge of graph.edges) {
    for (const evidence of edge.evidence) {
      const text = textById.get(evidence.documentId);
      expect(text, `document ${evidence.documentId} of edge ${edge.id}`).toBeDefined();
      expect(text!.includes(evidence.quote), `quote of edge ${edge.id}: "${evidence.quote}"`).toBe(
        true,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Per-fixture checks, run both on each fixture alone and on all fixtures together
// ---------------------------------------------------------------------------------------------

function fixtureChecks(file: string, exp: ExpectedFixture, getGraph: () => OrgGraph): void {
  it(`is read as ${exp.format} and parsed`, () => {
    const doc = documentFor(getGraph(), file);
    expect(doc.format).toBe(exp.format);
    expect(doc.status).toBe("parsed");
  });

  it(`describes "${exp.subject.title}" (${exp.subject.classification ?? "no level"}, ${exp.subject.department ?? "no department"})`, () => {
    const subject = subjectOf(getGraph(), file);
    expect(isNamed(subject, exp.subject.title), describeNode(subject)).toBe(true);
    expect(subject.kind).toBe("position");
    expect(subject.classification).toBe(exp.subject.classification);
    if (exp.subject.department !== null) {
      const department = subject.organization.department;
      expect(department, "organization.department").not.toBeNull();
      expect(normalizeTitle(department!)).toBe(normalizeTitle(exp.subject.department));
    }
  });

  if (exp.reportsTo !== null) {
    const reportsTo = exp.reportsTo;
    it(`reports to "${reportsTo}"`, () => {
      const graph = getGraph();
      const subject = subjectOf(graph, file);
      const manager = managerOf(graph, subject.id);
      expect(manager, `manager of ${describeNode(subject)}`).toBeDefined();
      expect(isNamed(manager!, reportsTo), `manager is ${describeNode(manager)}`).toBe(true);
    });
  }

  it(`has exactly ${exp.reports.length} direct reports`, () => {
    const graph = getGraph();
    const subject = subjectOf(graph, file);
    const reports = reportsOf(graph, subject.id);
    expect(reports.map((n) => n.title).sort()).toHaveLength(exp.reports.length);
  });

  for (const report of exp.reports) {
    const size =
      report.fte === null ? "no FTEs" : `${report.planned ? "planned " : ""}${report.fte} FTEs`;
    it(`manages ${report.kind} "${report.title}" (${report.classification ?? "no level"}, ${size})`, () => {
      const graph = getGraph();
      const subject = subjectOf(graph, file);
      const reports = reportsOf(graph, subject.id);
      const node = reports.find((n) => isNamed(n, report.title));
      expect(node, `reports found: ${reports.map(describeNode).join(", ")}`).toBeDefined();
      expect(node!.kind, "kind").toBe(report.kind);
      expect(node!.classification, "classification").toBe(report.classification);
      expect(node!.fte, "fte").toBe(report.fte);
      expect(node!.ftePlanned, "ftePlanned").toBe(report.planned);
    });
  }

  if (exp.peers !== null) {
    const peers = exp.peers;
    it(`puts its peers ${peers.titles.map((t) => `"${t}"`).join(", ")} under "${peers.manager}"`, () => {
      const graph = getGraph();
      const subject = subjectOf(graph, file);
      const manager = managerOf(graph, subject.id);
      expect(manager, `manager of ${describeNode(subject)}`).toBeDefined();
      expect(isNamed(manager!, peers.manager), `manager is ${describeNode(manager)}`).toBe(true);
      const siblings = reportsOf(graph, manager!.id);
      for (const title of peers.titles) {
        const peer = siblings.find((n) => isNamed(n, title));
        expect(
          peer,
          `peer "${title}" among ${siblings.map(describeNode).join(", ")}`,
        ).toBeDefined();
      }
      // The subject plus its named peers, each exactly once.
      expect(siblings).toHaveLength(peers.titles.length + 1);
    });
  }

  const wantsTotal = exp.diagnostics.includes("total-mismatch");
  it(wantsTotal ? "reports a total FTE mismatch" : "reports no total FTE mismatch", () => {
    const graph = getGraph();
    const doc = documentFor(graph, file);
    const subject = subjectOf(graph, file);
    const found = totalDiagnosticsFor(graph, doc.id, subject.id);
    if (wantsTotal) {
      expect(found.length, JSON.stringify(graph.diagnostics)).toBeGreaterThan(0);
    } else {
      expect(found).toEqual([]);
    }
  });

  if (exp.documentDate !== undefined) {
    const date = exp.documentDate;
    it(`takes the document date ${date} from its page footers`, () => {
      expect(documentFor(getGraph(), file).documentDate).toBe(date);
    });
  }

  if (exp.mojibake === true) {
    it("repairs mojibake in the document text", () => {
      const text = documentFor(getGraph(), file).text;
      expect(text).not.toContain("\u00e2\u20ac");
      expect(text).toContain("\u2019");
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe("fixture title matcher (local helper)", () => {
  it('treats "X of Y" and "X, Y" as the same title', () => {
    expect(sameTitle("Director of Data Services", "Director, Data Services")).toBe(true);
    expect(sameTitle("  director,  DATA services ", "Director, Data Services")).toBe(true);
    expect(sameTitle("Manager of Change Management", "Manager, Change Management")).toBe(true);
  });

  it("keeps different titles apart", () => {
    expect(sameTitle("Director, Data Services", "Director, Dissemination Systems")).toBe(false);
    expect(sameTitle("President", "Vice-President, Digital Academy")).toBe(false);
  });
});

describe("fixture inventory", () => {
  it("has an expectation for every English fixture and a fixture for every expectation", () => {
    expect(englishFiles.map((f) => f.file).sort()).toEqual([...expectedByFile.keys()].sort());
  });

  it("has expectations for every French fixture", () => {
    expect(frenchFiles.map((f) => f.file).sort()).toEqual(Object.keys(frenchExpected).sort());
  });

  it("covers both document styles and the required cases", () => {
    const all = [...expectedByFile.values()];
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(all.filter((e) => e.format === "markdown").length).toBeGreaterThanOrEqual(5);
    expect(all.filter((e) => e.format === "ocr-text").length).toBeGreaterThanOrEqual(5);
    expect(all.some((e) => e.diagnostics.includes("total-mismatch"))).toBe(true);
    expect(all.some((e) => e.reports.some((r) => r.planned && r.kind === "team"))).toBe(true);
    expect(crossDocument.merges.length).toBeGreaterThan(0);
    expect(crossDocument.nonMerges.length).toBeGreaterThan(0);
  });
});

describe("extractGraph on each fixture alone", () => {
  for (const source of englishFiles) {
    const exp = expectedByFile.get(source.file);
    if (exp === undefined) continue; // reported by the inventory test
    describe(source.file, () => {
      const getGraph = memoGraph([source]);
      it("gives a valid graph whose edge quotes come from the document", () => {
        const graph = getGraph();
        expectValidGraph(graph);
        expect(graph.documents).toHaveLength(1);
        expectEvidenceQuotesInText(graph);
      });
      fixtureChecks(source.file, exp, getGraph);
    });
  }
});

describe("extractGraph on all English fixtures together", () => {
  const getGraph = memoGraph(englishFiles);

  it("gives a valid graph with one document per file and quotes from the documents", () => {
    const graph = getGraph();
    expectValidGraph(graph);
    expect(graph.documents.map((d) => d.file).sort()).toEqual(
      englishFiles.map((f) => f.file).sort(),
    );
    expectEvidenceQuotesInText(graph);
  });

  for (const source of englishFiles) {
    const exp = expectedByFile.get(source.file);
    if (exp === undefined) continue;
    describe(source.file, () => {
      fixtureChecks(source.file, exp, getGraph);
    });
  }

  describe("merges", () => {
    for (const merge of crossDocument.merges) {
      it(`merges ${merge.titles.map((t) => `"${t}"`).join(" and ")} from ${merge.files.join(" and ")} into one node`, () => {
        const graph = getGraph();
        const docs = merge.files.map((file) => documentFor(graph, file));
        const positionIds = new Set(docs.map((d) => d.positionId));
        expect(positionIds.size, "documents point at one position").toBe(1);
        const node = subjectOf(graph, merge.files[0]!);
        for (const doc of docs) expect(node.documentIds).toContain(doc.id);
        for (const title of merge.titles) {
          expect(isNamed(node, title), `${describeNode(node)} named "${title}"`).toBe(true);
          const named = graph.nodes.filter((n) => isNamed(n, title));
          expect(
            named.map((n) => n.id),
            `nodes named "${title}"`,
          ).toEqual([node.id]);
        }
      });
    }
  });

  describe("links between documents", () => {
    for (const link of crossDocument.links) {
      it(`the position of ${link.managerFile} manages the position of ${link.reportFile}`, () => {
        const graph = getGraph();
        const manager = subjectOf(graph, link.managerFile);
        const report = subjectOf(graph, link.reportFile);
        expect(managerOf(graph, report.id)?.id, describeNode(managerOf(graph, report.id))).toBe(
          manager.id,
        );
        // Every name used for the linked position resolves to one of the two described nodes.
        for (const name of link.names) {
          const named = graph.nodes.filter((n) => isNamed(n, name));
          expect(
            named,
            `nodes named "${name}": ${named.map(describeNode).join(", ")}`,
          ).toHaveLength(1);
          expect([manager.id, report.id]).toContain(named[0]!.id);
        }
      });
    }
  });

  describe("non-merges", () => {
    for (const nonMerge of crossDocument.nonMerges) {
      it(`keeps "${nonMerge.title}" in ${nonMerge.positions.map((p) => p.department).join(" and ")} as separate nodes`, () => {
        const graph = getGraph();
        const nodes = nonMerge.positions.map((p) => subjectOf(graph, p.file));
        expect(new Set(nodes.map((n) => n.id)).size).toBe(nonMerge.positions.length);
        nonMerge.positions.forEach((position, index) => {
          const node = nodes[index]!;
          expect(isNamed(node, nonMerge.title), describeNode(node)).toBe(true);
          expect(normalizeTitle(node.organization.department ?? "")).toBe(
            normalizeTitle(position.department),
          );
        });
        const named = graph.nodes.filter((n) => isNamed(n, nonMerge.title));
        expect(named).toHaveLength(nonMerge.positions.length);
      });
    }
  });
});

describe("French fixtures", () => {
  for (const source of frenchFiles) {
    const exp = frenchExpected[source.file];
    if (exp === undefined) continue;
    describe(source.file, () => {
      fixtureChecks(source.file, exp, memoGraph([source]));
    });
  }

  it("extracting English and French fixtures together never throws and stays valid", () => {
    const graph = extractGraph([...englishFiles, ...frenchFiles]);
    expectValidGraph(graph);
    expect(graph.documents.map((d) => d.file).sort()).toEqual(
      [...englishFiles, ...frenchFiles].map((f) => f.file).sort(),
    );
  });
});

import { describe, expect, it } from "vitest";
import { extractGraph } from "../../src/core/extract/index.ts";
import { graphSchema, type OrgGraph } from "../../src/core/graph/schema.ts";
import { createRandom, generateCorpus } from "../../scripts/lib/corpus.ts";

/*
 * The synthetic corpus behind `npm run bench:extract`: deterministic, realistic in both styles,
 * and its ground truth (who reports to whom) is found by the extractor.
 */

describe("createRandom", () => {
  it("is deterministic per seed and stays in range", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const ints = Array.from({ length: 1000 }, () => a.int(2, 6));
    expect(new Set(ints)).toEqual(new Set([2, 3, 4, 5, 6]));
  });
});

describe("generateCorpus", () => {
  it("gives the same documents for the same seed and different ones for another seed", () => {
    const first = generateCorpus({ documents: 40, seed: 5 });
    const again = generateCorpus({ documents: 40, seed: 5 });
    const other = generateCorpus({ documents: 40, seed: 6 });
    expect(again.documents.map((d) => [d.file, d.text])).toEqual(
      first.documents.map((d) => [d.file, d.text]),
    );
    expect(again.relations).toEqual(first.relations);
    expect(other.documents.map((d) => d.text)).not.toEqual(first.documents.map((d) => d.text));
  });

  it("writes realistic documents in both styles, 2-15 KB, each naming its manager and 2-6 reports", () => {
    const corpus = generateCorpus({ documents: 200, seed: 11 });
    expect(corpus.documents).toHaveLength(200);
    expect(new Set(corpus.documents.map((d) => d.file)).size).toBe(200);
    expect(corpus.totalBytes).toBe(corpus.documents.reduce((n, d) => n + d.bytes.byteLength, 0));
    const styles = new Set(corpus.documents.map((d) => d.style));
    expect(styles).toEqual(new Set(["markdown", "ocr"]));
    for (const doc of corpus.documents) {
      expect(doc.bytes.byteLength).toBeGreaterThanOrEqual(2_000);
      expect(doc.bytes.byteLength).toBeLessThanOrEqual(16_500);
      expect(new TextDecoder().decode(doc.bytes)).toBe(doc.text);
      expect(doc.reports.length).toBeGreaterThanOrEqual(2);
      expect(doc.reports.length).toBeLessThanOrEqual(6);
      expect(doc.text).toContain(doc.title);
      expect(doc.text).toContain(doc.manager);
      for (const report of doc.reports) {
        expect(doc.text).toContain(report.title);
        expect(report.fte).toBeGreaterThan(0);
        if (report.kind === "position") expect(report.classification).toMatch(/^[A-Z]{2}-\d{2}$/);
      }
      if (doc.style === "ocr") {
        expect(doc.text).toContain("--- Full Extracted Text ---");
        expect(doc.text).toContain("POSITION TITLE: ");
        expect(doc.text).not.toMatch(/^\s*(#|\*\*|[*-] \*\*)/m);
      } else {
        expect(doc.text).toContain("**Position Title:**");
      }
    }
    const ocr = corpus.documents.filter((d) => d.style === "ocr");
    // OCR exports read 0 as O and 1 as I in codes and numbers, and run over several pages.
    expect(ocr.some((d) => /\b[A-Z]{2}-(?:O\d|\dI|OI|IO)\b/.test(d.text))).toBe(true);
    expect(ocr.some((d) => /\b[\dOI]*[OI][\dOI]* FTEs\b/.test(d.text))).toBe(true);
    expect(ocr.some((d) => d.text.trim().split("\n").length > 5)).toBe(true);
    // Hierarchies, not flat lists: some positions are both a manager and a report.
    const managers = new Set(corpus.relations.map((r) => `${r.department}|${r.manager}`));
    expect(corpus.relations.some((r) => managers.has(`${r.department}|${r.report}`))).toBe(true);
  });

  describe("a small generated corpus extracts to its ground truth", () => {
    const corpus = generateCorpus({ documents: 30, seed: 7 });
    let graph: OrgGraph;
    const run = () =>
      (graph ??= extractGraph(corpus.documents.map((d) => ({ file: d.file, bytes: d.bytes }))));

    it("every document is parsed as the position it describes", () => {
      const g = run();
      expect(graphSchema.safeParse(g).success).toBe(true);
      for (const doc of corpus.documents) {
        const extracted = g.documents.find((d) => d.file === doc.file);
        expect(extracted?.status, doc.file).toBe("parsed");
        expect(extracted?.title, doc.file).toBe(doc.title);
      }
    });

    it("every generated manager -> report line is an edge", () => {
      const g = run();
      const byName = new Map<string, string[]>();
      for (const node of g.nodes) {
        for (const name of [node.title, ...node.aliases]) {
          const key = `${node.organization.department}|${name.toLowerCase()}`;
          byName.set(key, [...(byName.get(key) ?? []), node.id]);
        }
      }
      const edges = new Set(g.edges.map((e) => `${e.source}>${e.target}`));
      const missing = corpus.relations.filter((r) => {
        const managers = byName.get(`${r.department}|${r.manager.toLowerCase()}`) ?? [];
        const reports = byName.get(`${r.department}|${r.report.toLowerCase()}`) ?? [];
        return !managers.some((m) => reports.some((t) => edges.has(`${m}>${t}`)));
      });
      expect(missing.map((r) => `${r.manager} -> ${r.report} (${r.department})`)).toEqual([]);
      expect(corpus.relations.length).toBeGreaterThan(60);
    });

    it("distinct generated positions stay distinct nodes", () => {
      const g = run();
      const described = new Map<string, string>();
      for (const doc of corpus.documents) {
        const id = g.documents.find((d) => d.file === doc.file)?.positionId ?? "";
        const other = described.get(id);
        expect(other, `${doc.title} and ${other} share node ${id}`).toBeUndefined();
        described.set(id, doc.title);
      }
      expect(g.diagnostics.filter((d) => d.code === "reporting-cycle")).toEqual([]);
    });
  });
});

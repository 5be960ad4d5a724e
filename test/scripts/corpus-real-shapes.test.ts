import { describe, expect, it } from "vitest";
import { extractGraph } from "../../src/core/extract/index.ts";
import { graphSchema, type OrgGraph } from "../../src/core/graph/schema.ts";
import { type Corpus, generateCorpus } from "../../scripts/lib/corpus.ts";

/*
 * The benchmark corpus's share of documents written the way the real collection writes them
 * (scripts/lib/corpus-real.ts, corpus-real-fr.ts), in English and French, and the extractor's
 * reading of them: every stated line, nothing else, one node per position.
 */

function exactness(corpus: Corpus, graph: OrgGraph) {
  const key = (department: string | null, name: string) => `${department}|${name.toLowerCase()}`;
  const names = (id: string) => {
    const n = graph.nodes.find((x) => x.id === id);
    return n ? [n.title, ...n.aliases].map((a) => key(n.organization.department, a)) : [];
  };
  const lines = new Set(
    corpus.relations.map((r) => `${key(r.department, r.manager)}>${key(r.department, r.report)}`),
  );
  const edges = graph.edges.map((e) => ({ from: names(e.source), to: names(e.target) }));
  const stated = (from: string[], to: string[]) =>
    from.some((a) => to.some((b) => lines.has(`${a}>${b}`)));
  const missing = corpus.relations.filter((r) => {
    const from = key(r.department, r.manager);
    const to = key(r.department, r.report);
    return !edges.some((e) => e.from.includes(from) && e.to.includes(to));
  });
  const extra = edges.filter((e) => !stated(e.from, e.to));
  const positions = new Set(
    corpus.relations.flatMap((r) => [key(r.department, r.manager), key(r.department, r.report)]),
  );
  return { missing, extra, positions: positions.size, nodes: graph.nodes.length };
}

const extract = (corpus: Corpus) =>
  extractGraph(corpus.documents.map((d) => ({ file: d.file, bytes: d.bytes })));

describe("the benchmark corpus's real-document shapes", () => {
  const corpus = generateCorpus({ documents: 1_000, seed: 1 });
  const share = (pick: (d: Corpus["documents"][number]) => boolean) =>
    corpus.documents.filter(pick).length / corpus.documents.length;

  it("writes a share of the documents in the collection's shapes and a share in French", () => {
    expect(share((d) => d.shape === "real")).toBeGreaterThan(0.4);
    expect(share((d) => d.language === "fr")).toBeGreaterThan(0.1);
    for (const style of ["markdown", "ocr"] as const)
      for (const language of ["en", "fr"] as const)
        expect(corpus.documents.some((d) => d.style === style && d.language === language)).toBe(
          true,
        );
    // A French department is French throughout, and written in the collection's shapes.
    const french = corpus.documents.filter((d) => d.language === "fr");
    expect(french.every((d) => d.shape === "real")).toBe(true);
    expect(french.every((d) => /[éèà]/.test(d.text))).toBe(true);
  });

  it("uses the phrasings met in the real documents", () => {
    const text = (language: string, shape: string) =>
      corpus.documents
        .filter((d) => d.language === language && d.shape === shape)
        .map((d) => d.text)
        .join("\n");
    const english = text("en", "real");
    for (const phrase of [
      /\*\*Supervisor's Position Title:\*\*/,
      /\*\*(?:Group\/Level|Class\/Level):\*\* EX-O/,
      /\(\w\w-\w\w\) staff of \d+:\*\*/,
      /, staff of \d+ FTE \(/,
      /These Executives include the following:\n\n\* {3}/,
      /The other \w+ are: [^.]+; and /,
      /A \*\*[^*]+\*\* \(\w\w-\d\d\) also reports to the /,
      /### Reporting to the Director, [A-Z]{3,} are /,
      /This is one of \w+ \(\w+\) positions reporting to the /,
      /DIMENSIONS: [\dOI]+ FTEs, Budget/,
    ])
      expect(english).toMatch(phrase);
    const french = text("fr", "real");
    for (const phrase of [
      /\*\*Titre du Poste:\*\* Directeur\/directrice, /,
      /rend compte au directeur général ou à la directrice générale, /,
      /occupe l'un des \w+ postes qui relèvent du /,
      /Ce poste est l'un des \w+ postes qui relèvent du /,
      /Les autres postes sont ceux du directeur ou de la directrice, [^.]+, et du /,
      /### Relèvent du directeur ou de la directrice :/,
      /\(effectif de \w+ employés\)/,
      /\(\w\w-\d\d, \d+ ETP\)/,
      /TITRE DU POSTE : .* DIRECTION GENERALE \| /,
      /directeur g n ral ou de la directrice g n rale/,
    ])
      expect(french).toMatch(phrase);
  });

  it("gives every position one number, so no two descriptions are merged by it", () => {
    const numbers = corpus.documents.map(
      (d) => /(?:Position Number|Job Code|Numéro du Poste)[:*\s]+(\d{6})/.exec(d.text)?.[1],
    );
    const stated = numbers.filter((n): n is string => n !== undefined);
    expect(stated.length).toBeGreaterThan(300);
    expect(new Set(stated).size).toBe(stated.length);
  });
});

describe("the extractor reads the generated real shapes exactly", () => {
  it.each([
    ["English", { frenchShare: 0, realShare: 1 }],
    ["French", { frenchShare: 1 }],
  ])("%s: every stated line, no other, one node per position", (_language, options) => {
    const corpus = generateCorpus({ documents: 120, seed: 3, ...options });
    const graph = extract(corpus);
    expect(graphSchema.safeParse(graph).success).toBe(true);
    const result = exactness(corpus, graph);
    expect(result.missing).toEqual([]);
    expect(result.extra).toEqual([]);
    expect(result.nodes).toBe(result.positions);
    expect(corpus.relations.length).toBeGreaterThan(300);
  });
});

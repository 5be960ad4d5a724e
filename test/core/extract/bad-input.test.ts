import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractGraph, type SourceFile } from "../../../src/core/extract/index.ts";
import { graphSchema, type OrgGraph } from "../../../src/core/graph/schema.ts";

/*
 * Inputs a folder of job descriptions really contains: empty files, images saved with a .md
 * name, Latin-1 French, Windows line endings, notes with no position, contradictory documents,
 * huge exports and markup in titles. The extractor keeps every file, says what went wrong in
 * a diagnostic that names the file, and still returns a valid graph.
 */

const encoder = new TextEncoder();
const SEEDS = new URL("../../../seeds/", import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, SEEDS), "utf8");
const MARKDOWN_SEED = "001_820152e02375ec20.txt";
const OCR_SEED = "002_0159ec8070dfa34c.txt";

function utf8(file: string, text: string): SourceFile {
  return { file, bytes: encoder.encode(text) };
}

function extract(files: SourceFile[]): OrgGraph {
  const graph = extractGraph(files);
  expect(graphSchema.safeParse(graph).success).toBe(true);
  expect(graph.documents.map((d) => d.file).sort()).toEqual(files.map((f) => f.file).sort());
  return graph;
}

function documentOf(graph: OrgGraph, file: string) {
  const doc = graph.documents.find((d) => d.file === file);
  if (!doc) throw new Error(`${file} is not in documents`);
  return doc;
}

/** The diagnostic with this code; its message must name the file and point at its document. */
function diagnosticFor(graph: OrgGraph, code: string, file: string) {
  const found = graph.diagnostics.filter((d) => d.code === code && d.message.includes(file));
  expect(found, `a "${code}" diagnostic naming ${file}`).toHaveLength(1);
  const diagnostic = found[0];
  if (!diagnostic) throw new Error("unreachable");
  expect(diagnostic.documentId).toBe(documentOf(graph, file).id);
  return diagnostic;
}

function titleOf(graph: OrgGraph, id: string): string {
  return graph.nodes.find((n) => n.id === id)?.title ?? id;
}

function relations(graph: OrgGraph): string[] {
  return graph.edges
    .map((e) => `${titleOf(graph, e.source)} -> ${titleOf(graph, e.target)}`)
    .sort();
}

/** A small deterministic PRNG so the "random" bytes are the same in every run. */
function pseudoRandomBytes(length: number, seedValue: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seedValue >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = (x >>> 0) & 0xff;
  }
  return bytes;
}

/** Windows-1252 bytes for text that only uses Latin-1 characters. */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((ch) => {
      const code = ch.charCodeAt(0);
      if (code > 0xff) throw new Error(`not Latin-1: ${ch}`);
      return code;
    }),
  );
}

const FRENCH_MARKDOWN = `# Description de travail

## Renseignements sur le poste

*   **Titre du poste :** Directeur, Opérations régionales
*   **Niveau :** EX-01
*   **Ministère :** Emploi et Développement social Canada
*   **Relève du :** Directeur général, Prestation des services
*   **Lieu :** Montréal (Québec)

## Responsabilité générale

Le directeur, Opérations régionales, est responsable de la prestation des services dans la région, de la qualité et de l'amélioration continue des opérations.

## Structure organisationnelle

### Relèvent du directeur :

*   **Équipe de la qualité (CS-03, 7 ETP) :** gère la qualité des décisions.
*   **Gestionnaire, Données régionales (EC-06, 4 ETP) :** gère les données et les rapports.
`;

describe("bad input never costs the graph", () => {
  it("an empty file is listed, unparsed, with an empty-file diagnostic", () => {
    const graph = extract([utf8("empty.md", ""), utf8("blank.txt", "  \n\n\t\n")]);
    for (const file of ["empty.md", "blank.txt"]) {
      const doc = documentOf(graph, file);
      expect(doc.status).toBe("unparsed");
      expect(doc.reason).toEqual(expect.any(String));
      expect(doc.positionId).toBeNull();
      diagnosticFor(graph, "empty-file", file);
    }
    expect(graph.nodes).toEqual([]);
    expect(graph.edges).toEqual([]);
  });

  it("a binary file (PNG header and random bytes with NULs) is listed but not read", () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const noise = pseudoRandomBytes(4096, 42);
    noise[100] = 0;
    noise[2000] = 0;
    const bytes = new Uint8Array(png.length + noise.length);
    bytes.set(png);
    bytes.set(noise, png.length);
    const graph = extract([
      { file: "org-chart.md", bytes },
      utf8("director.md", seed(MARKDOWN_SEED)),
    ]);
    const doc = documentOf(graph, "org-chart.md");
    expect(doc.status).toBe("unparsed");
    expect(doc.reason).toMatch(/binary/i);
    expect(doc.text).toBe("");
    expect(doc.bytes).toBe(bytes.byteLength);
    diagnosticFor(graph, "binary-file", "org-chart.md");
    // The other document is unaffected.
    expect(documentOf(graph, "director.md").status).toBe("parsed");
  });

  it("a Latin-1 (Windows-1252) French description is decoded, with a not-utf8 diagnostic", () => {
    const bytes = latin1(FRENCH_MARKDOWN);
    // é and è are single bytes, so this is not valid UTF-8.
    expect(bytes.includes(0xe9)).toBe(true);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const graph = extract([{ file: "directeur-operations.md", bytes }]);
    const doc = documentOf(graph, "directeur-operations.md");
    expect(doc.text).toContain("é");
    expect(doc.text).toContain("Opérations régionales");
    expect(doc.text).not.toContain("\uFFFD");
    expect(doc.status).toBe("parsed");
    expect(doc.title).toBe("Directeur, Opérations régionales");
    diagnosticFor(graph, "not-utf8", "directeur-operations.md");
    // Same graph as the UTF-8 version of the same text.
    const utf8Graph = extract([utf8("directeur-operations.md", FRENCH_MARKDOWN)]);
    expect(relations(graph)).toEqual(relations(utf8Graph));
    expect(relations(graph)).toContain(
      "Directeur général, Prestation des services -> Directeur, Opérations régionales",
    );
  });

  it("CRLF line endings and a UTF-8 BOM give the same graph as LF", () => {
    const names = [MARKDOWN_SEED, OCR_SEED, "004_1d59c65a56009fa8.txt"];
    const lf = extract(names.map((n) => utf8(n, seed(n))));
    const crlf = extract(names.map((n) => utf8(n, `\uFEFF${seed(n).replace(/\n/g, "\r\n")}`)));
    expect(crlf.nodes).toEqual(lf.nodes);
    expect(crlf.edges).toEqual(lf.edges);
    expect(crlf.diagnostics).toEqual(lf.diagnostics);
    expect(crlf.documents.map((d) => d.text)).toEqual(lf.documents.map((d) => d.text));
    for (const doc of crlf.documents) {
      expect(doc.text).not.toContain("\r");
      expect(doc.text.startsWith("\uFEFF")).toBe(false);
    }
    expect(lf.edges.length).toBeGreaterThan(5);
  });

  it("a document with no recognizable title is kept for reading, with a no-title diagnostic", () => {
    const notes =
      "Meeting notes\n\nWe talked about the budget and the move to the new building.\nNext meeting on Tuesday.\n";
    const graph = extract([
      utf8("meeting-notes.md", notes),
      utf8("director.md", seed(MARKDOWN_SEED)),
    ]);
    const doc = documentOf(graph, "meeting-notes.md");
    expect(doc.status).toBe("unparsed");
    expect(doc.reason).toMatch(/title/i);
    expect(doc.text).toBe(notes);
    expect(doc.title).toBeNull();
    expect(doc.positionId).toBeNull();
    diagnosticFor(graph, "no-title", "meeting-notes.md");
  });

  it('a title field that names no title ("(TBD)", "-") does not break the extraction', () => {
    // Regression: the header value cleans to "" and became a node with an empty title,
    // which made extractGraph throw a ZodError for the whole folder.
    for (const value of ["(TBD)", "-"]) {
      const files = [
        utf8(
          "placeholder.md",
          `# Job Description\n\n**Position Title:** ${value}\n**Reports To:** Chief Executive Officer\n`,
        ),
        utf8("director.md", seed(MARKDOWN_SEED)),
      ];
      let graph: OrgGraph | undefined;
      expect(() => (graph = extractGraph(files))).not.toThrow();
      if (!graph) continue;
      expect(graphSchema.safeParse(graph).success).toBe(true);
      expect(graph.nodes.every((n) => n.title.trim() !== "")).toBe(true);
      expect(documentOf(graph, "director.md").status).toBe("parsed");
    }
  });

  describe("a reporting cycle across two documents (A reports to B, B reports to A)", () => {
    const a =
      "# Job Description\n\n**Position Title:** Director, Alpha Operations\n**Reports To:** Director, Beta Programs\n\n## General Accountability\n\nThe Director, Alpha Operations is accountable for alpha operations.\n";
    const b =
      "# Job Description\n\n**Position Title:** Director, Beta Programs\n**Reports To:** Director, Alpha Operations\n\n## General Accountability\n\nThe Director, Beta Programs is accountable for beta programs.\n";
    const graph = () => extract([utf8("alpha.md", a), utf8("beta.md", b)]);

    it("keeps a forest and names both positions in a reporting-cycle diagnostic", () => {
      const g = graph();
      expect(g.nodes.map((n) => n.title).sort()).toEqual([
        "Director, Alpha Operations",
        "Director, Beta Programs",
      ]);
      expect(g.edges).toHaveLength(1);
      const cycle = g.diagnostics.filter((d) => d.code === "reporting-cycle");
      expect(cycle).toHaveLength(1);
      expect(cycle[0]?.message).toContain("Director, Alpha Operations");
      expect(cycle[0]?.message).toContain("Director, Beta Programs");
      expect(new Set(cycle[0]?.nodeIds)).toEqual(new Set(g.nodes.map((n) => n.id)));
    });

    it("says which files make the conflicting claims", () => {
      const cycle = graph().diagnostics.find((d) => d.code === "reporting-cycle");
      expect(cycle?.message).toContain("alpha.md");
      expect(cycle?.message).toContain("beta.md");
    });
  });

  it("a ~3 MB document (a real description followed by filler) is processed and its subject found", () => {
    const filler =
      "The incumbent works with partners across government to improve services, reviews the quarterly results with the teams and prepares briefing material for senior management as required.\n\n";
    const parts = [seed(MARKDOWN_SEED), "\n## Annex\n\n"];
    let size = parts.join("").length;
    while (size < 3_000_000) {
      parts.push(filler);
      size += filler.length;
    }
    const text = parts.join("");
    const ocrText =
      seed(OCR_SEED) +
      " " +
      filler.replace(/\n/g, " ").repeat(Math.ceil(3_000_000 / filler.length));
    const graph = extract([
      utf8("huge-director.md", text),
      utf8("huge-executive-director.txt", ocrText),
    ]);

    const doc = documentOf(graph, "huge-director.md");
    expect(doc.status).toBe("parsed");
    expect(doc.title).toBe("Director, Engagement");
    // The seed's one garbled "â€™" is repaired to "’"; everything else is kept.
    expect(doc.text.length).toBeGreaterThan(2_990_000);
    expect(doc.text.endsWith(filler)).toBe(true);
    expect(doc.bytes).toBeGreaterThan(2_900_000);
    diagnosticFor(graph, "large-file", "huge-director.md");

    const ocr = documentOf(graph, "huge-executive-director.txt");
    expect(ocr.status).toBe("parsed");
    expect(ocr.title).toBe("Executive Director, Service");
    diagnosticFor(graph, "large-file", "huge-executive-director.txt");
    expect(relations(graph)).toEqual(
      expect.arrayContaining([
        "Chief Executive Officer -> Director, Engagement",
        "Executive Director, Service -> Head of Product",
      ]),
    );
  }, 30_000);

  describe("markup in titles and text is kept as text", () => {
    const document = (title: string) =>
      "# Job Description\n\n" +
      `**Position Title:** ${title}\n` +
      "**Reports To:** Chief Executive Officer\n\n" +
      "## General Accountability\n\n" +
      "The incumbent is accountable for policy advice. <script>alert('owned')</script> & <b>bold</b> &amp; more.\n\n" +
      "### Reporting to the Director are:\n\n" +
      "*   **Policy Team (4 FTEs):** writes <script>document.cookie</script> policy.\n";
    const IMG_TITLE = "<img src=x onerror=alert(1)>Director, Policy";
    const BOLD_TITLE = "<b onmouseover=alert>Director</b>, Policy";
    const graph = () =>
      extract([
        utf8("img-title.md", document(IMG_TITLE)),
        utf8("bold-title.md", document(BOLD_TITLE)),
      ]);
    const subjectOf = (g: OrgGraph, file: string) => {
      const doc = documentOf(g, file);
      const node = g.nodes.find((n) => n.documentIds.includes(doc.id));
      if (!node) throw new Error(`no node for ${file}`);
      return { doc, node };
    };

    it("keeps the document text verbatim, without stripping tags or escaping entities", () => {
      const g = graph();
      for (const [file, title] of [
        ["img-title.md", IMG_TITLE],
        ["bold-title.md", BOLD_TITLE],
      ] as const) {
        const doc = documentOf(g, file);
        expect(doc.text).toBe(document(title));
        expect(doc.text).toContain("<script>alert('owned')</script>");
        expect(doc.status).toBe("parsed");
      }
    });

    it("keeps tags in node titles as written (no entities, no stripping of tags)", () => {
      const g = graph();
      const bold = subjectOf(g, "bold-title.md");
      expect(bold.node.title).toBe(BOLD_TITLE);
      expect(bold.doc.title).toBe(BOLD_TITLE);
      // Parentheticals are dropped from every title ("(D/E)", "(CS-05)"), so "(1)" goes too,
      // but the tag itself stays as text.
      const img = subjectOf(g, "img-title.md");
      expect(img.node.title).toContain("<img src=x onerror=alert");
      expect(img.node.title).toMatch(/>Director, Policy$/);
      expect(img.doc.title).toBe(img.node.title);
      for (const node of g.nodes) {
        expect(node.title).not.toMatch(/&(?:lt|gt|amp|quot|#\d+);/);
      }
      const quotes = g.edges.flatMap((e) => e.evidence.map((q) => q.quote));
      expect(quotes).toContain(
        "*   **Policy Team (4 FTEs):** writes <script>document.cookie</script> policy.",
      );
    });
  });
});

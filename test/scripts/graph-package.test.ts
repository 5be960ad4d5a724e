import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { buildGraph } from "../../scripts/build-graph.ts";
import type { WholeGraphFile } from "../../src/core/graph/file-schema.ts";
import { PACKAGE_FILE, packageFiles } from "../../src/core/graph/graph-package.ts";
import { runImport } from "../../src/convert/import-session.ts";

const IMPORT = join(import.meta.dirname, "../fixtures/import");
const bytesOf = (path: string) => new Uint8Array(readFileSync(join(IMPORT, path)));

/** "Download graph" as the browser makes it, from files read by the browser's own code. */
async function downloadedPackage(files: Record<string, string>): Promise<Uint8Array> {
  const outcome = await runImport({
    files: Object.entries(files).map(([name, path]) => {
      const bytes = bytesOf(path);
      return { name, size: bytes.byteLength, bytes: async () => bytes };
    }),
    kept: [],
  });
  if (outcome.cancelled) throw new Error("cancelled");
  const graph = JSON.parse(outcome.graphJson) as WholeGraphFile;
  const texts = new Map(outcome.texts);
  const sources = outcome.kept.map((k) => ({ file: k.file, sha256: k.sha256, bytes: k.size }));
  const zipped = packageFiles(graph, texts, sources);
  return zipSync(Object.fromEntries(Object.entries(zipped).map(([p, t]) => [p, strToU8(t)])));
}

describe("the prebuild reads a downloaded graph package beside the documents", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reuses the texts of unchanged files, keeps packaged documents, and reads changed ones again", async () => {
    dir = mkdtempSync(join(tmpdir(), "org-atlas-package-"));
    const seeds = join(dir, "seeds");
    const out = join(dir, "public", "graph.json");
    const zip = await downloadedPackage({
      "manager.docx": "docx/cra-manager-domestic-collections.docx",
      "director.pdf": "pdf/cra-director-collections-operations.pdf",
      "ei.docx": "docx/esdc-director-ei-processing.docx",
    });
    mkdirSync(seeds);
    writeFileSync(join(seeds, PACKAGE_FILE), zip);
    // The Word file as it was; the PDF replaced by another document; ei.docx not committed.
    copyFileSync(
      join(IMPORT, "docx/cra-manager-domestic-collections.docx"),
      join(seeds, "manager.docx"),
    );
    copyFileSync(
      join(IMPORT, "pdf/statcan-director-data-services.pdf"),
      join(seeds, "director.pdf"),
    );

    const { graph, summary } = await buildGraph({ seeds, out, strict: false });
    expect(summary).toMatch(/3 documents read \(1 PDF, 2 from org-atlas-graph\.zip\)/);
    const titles = graph.nodes.map((n) => n.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        "Manager, Domestic Collections",
        "Director, Employment Insurance Processing",
        "Director, Data Services",
      ]),
    );
    const byFile = new Map(graph.documents.map((d) => [d.file, d]));
    expect(byFile.get("manager.docx")?.sourceFormat).toBe("docx");
    expect(byFile.get("manager.docx")?.bytes).toBe(
      bytesOf("docx/cra-manager-domestic-collections.docx").byteLength,
    );
    expect(byFile.get("ei.docx")?.bytes).toBe(
      bytesOf("docx/esdc-director-ei-processing.docx").byteLength,
    );
    expect(byFile.get("director.pdf")?.pageStarts).toHaveLength(2);
    // The package itself is not read as a document.
    expect(byFile.has(PACKAGE_FILE)).toBe(false);
  });

  it("says so when the package cannot be read, and charts the folder without it", async () => {
    dir = mkdtempSync(join(tmpdir(), "org-atlas-package-"));
    const seeds = join(dir, "seeds");
    mkdirSync(seeds);
    writeFileSync(join(seeds, PACKAGE_FILE), zipSync({ "something/else.txt": strToU8("hi") }));
    copyFileSync(
      join(IMPORT, "docx/cra-manager-domestic-collections.docx"),
      join(seeds, "manager.docx"),
    );
    const { graph, warnings } = await buildGraph({
      seeds,
      out: join(dir, "graph.json"),
      strict: false,
    });
    expect(graph.nodes.map((n) => n.title)).toContain("Manager, Domestic Collections");
    expect(warnings.join("\n")).toMatch(
      /org-atlas-graph\.zip could not be opened \(it has no graph\.json\)/,
    );
  });
});

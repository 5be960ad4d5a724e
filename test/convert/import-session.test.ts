import { readFileSync } from "node:fs";
import validateShape from "virtual:graph-shape-validator";
import { readGraphFile } from "../../src/core/graph/read-graph-file.ts";
import type { InputFile, KeptSource } from "../../src/convert/import-session.ts";
import { runImport } from "../../src/convert/import-session.ts";

const IMPORT = new URL("../fixtures/import/", import.meta.url);
const DOCS = new URL("../fixtures/docs/", import.meta.url);

function input(url: URL, name = url.pathname.split("/").pop()!): InputFile {
  const bytes = new Uint8Array(readFileSync(url));
  return { name, size: bytes.byteLength, bytes: async () => bytes };
}

async function imported(files: InputFile[], kept: KeptSource[] = []) {
  const outcome = await runImport({ files, kept });
  if (outcome.cancelled) throw new Error("cancelled");
  const read = await readGraphFile(
    { ok: true, status: 200, statusText: "OK", text: outcome.graphJson },
    validateShape,
  );
  if (!read.ok) throw new Error(read.error.problems.join("\n"));
  return { ...outcome, graph: read.graph };
}

describe("runImport", () => {
  it("charts Word, PDF and text files together and lists each bad file with its reason", async () => {
    const result = await imported([
      input(new URL("docx/cra-manager-domestic-collections.docx", IMPORT)),
      input(new URL("pdf/cra-director-collections-operations.pdf", IMPORT)),
      input(new URL("esdc-director-ei-processing.txt", DOCS)),
      input(new URL("bad/corrupt.docx", IMPORT)),
      input(new URL("bad/legacy-word.doc", IMPORT)),
      { name: "unplugged.pdf", size: 10, bytes: () => Promise.reject(new Error("NotReadable")) },
    ]);
    expect(result.problems).toEqual([
      { file: "corrupt.docx", code: "corrupt-docx" },
      { file: "legacy-word.doc", code: "legacy-word" },
      { file: "unplugged.pdf", code: "unreadable" },
    ]);
    expect(result.read).toBe(3);
    // The file that could not be read from the disk is not kept; the refused ones are listed.
    expect(result.kept.map((k) => k.file).sort()).toEqual([
      "corrupt.docx",
      "cra-director-collections-operations.pdf",
      "cra-manager-domestic-collections.docx",
      "esdc-director-ei-processing.txt",
      "legacy-word.doc",
    ]);
    const titles = result.graph.nodes.map((n) => n.title);
    expect(titles).toContain("Manager, Domestic Collections");
    expect(titles).toContain("Director, Collections Operations");
    // The Word file's manager reports to the PDF's director: matched across documents.
    const id = (title: string) => result.graph.nodes.find((n) => n.title === title)!.id;
    expect(result.graph.edges.map((e) => [e.source, e.target])).toContainEqual([
      id("Director, Collections Operations"),
      id("Manager, Domestic Collections"),
    ]);
    const pdf = result.graph.documents.find((d) => d.file.endsWith(".pdf"))!;
    expect(pdf.sourceFormat).toBe("pdf");
    expect(pdf.pageStarts).toEqual([0]);
    // Converted files are kept as text, never as their original bytes; text files as bytes.
    const docx = result.kept.find((k) => k.file === "cra-manager-domestic-collections.docx")!;
    expect(docx.bytes).toBeUndefined();
    expect(docx.converted && "text" in docx.converted && docx.converted.text).toMatch(
      /Manager, Domestic Collections/,
    );
    expect(result.kept.find((k) => k.file.endsWith(".txt"))!.bytes?.byteLength).toBeGreaterThan(0);
    // The graph gives each file's real size, and each text is the one the graph points into.
    const original = readFileSync(new URL("docx/cra-manager-domestic-collections.docx", IMPORT));
    const docxEntry = result.graph.documents.find((d) => d.file.startsWith("cra-manager"))!;
    expect(docxEntry.bytes).toBe(original.byteLength);
    const texts = new Map(result.texts);
    for (const doc of result.graph.documents)
      expect(texts.get(doc.id)?.length).toBe(doc.textLength);
  });

  it("adds files to the kept ones, a file of the same name replacing the old", async () => {
    const first = await imported([
      input(new URL("docx/cra-manager-domestic-collections.docx", IMPORT)),
      input(new URL("bad/corrupt.docx", IMPORT), "director.docx"),
    ]);
    expect(first.problems).toEqual([{ file: "director.docx", code: "corrupt-docx" }]);
    const second = await imported(
      [input(new URL("docx/cra-director-collections-operations.docx", IMPORT), "director.docx")],
      first.kept,
    );
    expect(second.problems).toEqual([]);
    expect(second.kept.map((k) => k.file).sort()).toEqual([
      "cra-manager-domestic-collections.docx",
      "director.docx",
    ]);
    expect(second.graph.nodes.map((n) => n.title)).toContain("Director, Collections Operations");
  });

  it("refuses a file over 50 MB without reading it, and says when a file describes no position", async () => {
    let read = false;
    const huge: InputFile = {
      name: "binder.pdf",
      size: 60_000_000,
      bytes: async () => {
        read = true;
        return new Uint8Array(0);
      },
    };
    const note = new TextEncoder().encode("Meeting notes\n\nNothing about positions here.");
    const result = await imported([
      huge,
      { name: "notes.txt", size: note.byteLength, bytes: async () => note },
      input(new URL("esdc-director-ei-processing.txt", DOCS)),
    ]);
    expect(read).toBe(false);
    expect(result.problems).toEqual([
      { file: "binder.pdf", code: "too-large" },
      { file: "notes.txt", code: "no-title" },
    ]);
    expect(result.graph.documents.find((d) => d.file === "binder.pdf")!.bytes).toBe(60_000_000);
  });

  it("reads 500 files at once, listing each bad one and charting the rest", async () => {
    const { readdirSync } = await import("node:fs");
    const docs = readdirSync(DOCS).sort();
    const legacy = input(new URL("bad/legacy-word.doc", IMPORT));
    const files = Array.from({ length: 500 }, (_, i): InputFile => {
      const name = `${String(i).padStart(3, "0")}_${docs[i % docs.length]}`;
      return i % 50 === 7
        ? { ...legacy, name: `${name}.doc` }
        : input(new URL(docs[i % docs.length]!, DOCS), name);
    });
    const result = await imported(files);
    expect(result.problems.filter((p) => p.code === "legacy-word")).toHaveLength(10);
    expect(result.read).toBe(490);
    expect(result.graph.documents).toHaveLength(500);
    expect(result.positions).toBeGreaterThan(0);
  });

  it("stops when cancelled, and reports progress file by file", async () => {
    const controller = new AbortController();
    const steps: string[] = [];
    const outcome = await runImport({
      files: [
        input(new URL("docx/cra-manager-domestic-collections.docx", IMPORT)),
        input(new URL("pdf/cra-director-collections-operations.pdf", IMPORT)),
      ],
      kept: [],
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === "reading") steps.push(`${p.index + 1}/${p.count} ${p.step.step}`);
        if (p.stage === "reading" && p.index === 1) controller.abort();
      },
    });
    expect(outcome).toEqual({ cancelled: true });
    expect(steps[0]).toBe("1/2 reading");
    expect(steps).toContain("2/2 reading");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { convertFile, toSourceFile } from "../../src/convert/index.ts";
import type { ConvertResult } from "../../src/convert/index.ts";
import { chartFacts, graphOf, readFixture, sourceDocuments } from "./helpers.ts";

/*
 * The Word and PDF files in test/fixtures/import were made from the test documents by
 * scripts/make-import-fixtures.sh (pandoc, LibreOffice). Read back, each must give the chart its
 * source gives: the same positions, reporting lines, classifications and sizes.
 */

const documents = sourceDocuments();
const converted = new Map<string, ConvertResult>();

beforeAll(async () => {
  for (const doc of documents) {
    for (const format of ["docx", "pdf"]) {
      const name = `${doc.base}.${format}`;
      converted.set(name, await convertFile(name, readFixture(`${format}/${name}`)));
    }
  }
}, 120_000);

describe.each(documents)("$file", (doc) => {
  const expected = chartFacts(graphOf({ file: doc.file, bytes: doc.bytes }));

  it.each(["docx", "pdf"])("as .%s gives the same chart as its source", (format) => {
    const name = `${doc.base}.${format}`;
    const result = converted.get(name);
    if (!result?.ok) throw new Error(`${name} was not read: ${JSON.stringify(result)}`);
    expect(result.format).toBe(format);
    expect(expected.positions.length).toBeGreaterThan(0);
    const graph = graphOf(toSourceFile(readFixture(`${format}/${name}`), result));
    expect(chartFacts(graph)).toEqual(expected);
    const [document] = graph.documents;
    expect(document?.sourceFormat).toBe(format);
    if (format === "pdf") expect(document?.pageStarts).toEqual(result.pageOffsets);
    else expect(document?.pageStarts).toBeUndefined();
  });
});

describe("a PDF's pages", () => {
  const pageOf = (offsets: readonly number[], at: number) =>
    offsets.filter((start) => start <= at).length;

  it("says which page a sentence is on and leaves out running headers and page numbers", () => {
    const result = converted.get("cra-manager-domestic-collections.pdf");
    if (!result?.ok) throw new Error("not read");
    expect(result.pages).toBe(2);
    expect(result.pageOffsets[0]).toBe(0);
    const { text, pageOffsets } = result;
    expect(pageOf(pageOffsets, text.indexOf("Team Leader, Trust Accounts"))).toBe(1);
    expect(pageOf(pageOffsets, text.indexOf("Accounts in inventory"))).toBe(2);
    expect(text).not.toMatch(/PROTECTED A|Page \d of \d/);
  });

  it("keeps an OCR-style document's page lines as they were", () => {
    const result = converted.get("cra-director-collections-operations.pdf");
    if (!result?.ok) throw new Error("not read");
    const source = documents.find((d) => d.base === "cra-director-collections-operations");
    const lines = new TextDecoder().decode(source?.bytes).split("\n").filter(Boolean);
    expect(result.text.split("\n")).toEqual(lines);
  });

  it("keeps Word's headings, bold labels and lists as markdown", () => {
    const result = converted.get("cra-manager-domestic-collections.docx");
    if (!result?.ok) throw new Error("not read");
    expect(result.text).toContain("## Manager, Domestic Collections");
    expect(result.text).toContain("**Reports To:** Director, Collections Operations");
    expect(result.text).toMatch(/^- \*\*Team Leader, Trust Accounts \(AS-04, 22 FTEs\):\*\*/m);
    expect(result.text).toMatch(/^1\. Setting workload priorities/m);
  });
});

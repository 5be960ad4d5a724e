import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeOcr } from "../../scripts/lib/node-ocr.ts";
import { convertFile, toSourceFile } from "../../src/convert/index.ts";
import type { ConvertProgress, ConvertResult } from "../../src/convert/index.ts";
import { factItems, graphOf, readFixture, sourceDocuments } from "./helpers.ts";

/*
 * Scans made from the test documents (150 dpi, grey, noise, turned 0.6°, JPEG; see
 * scripts/make-import-fixtures.sh) read by OCR in English and French: at least 95% of the source's
 * reporting lines and attributes must come back.
 */

const SCANS = [
  ["scan/cra-manager-domestic-collections.scan.pdf", "pdf-scan"],
  ["scan/cra-director-collections-operations.scan.pdf", "pdf-scan"],
  ["scan/esdc-director-ei-processing.scan.pdf", "pdf-scan"],
  ["scan/aac-directeur-services-numeriques-producteurs.scan.pdf", "pdf-scan"],
  ["image/cra-manager-domestic-collections.jpg", "image"],
  ["image/cra-manager-domestic-collections.png", "image"],
  ["image/cra-manager-domestic-collections.tif", "image"],
] as const;

// Two workers: a scanned PDF's pages are read side by side, as in the prebuild.
const ocr = await createNodeOcr(2);
const results = new Map<string, { result: ConvertResult; progress: ConvertProgress[] }>();

beforeAll(async () => {
  for (const [path] of SCANS) {
    const progress: ConvertProgress[] = [];
    const name = path.split("/").pop() ?? path;
    const result = await convertFile(name, readFixture(path), {
      ocr,
      onProgress: (p) => progress.push(p),
    });
    results.set(path, { result, progress });
  }
}, 300_000);

afterAll(() => ocr.terminate());

describe.each(SCANS)("%s", (path, format) => {
  const base = (path.split("/").pop() ?? "").replace(/\.(scan\.pdf|jpg|png|tif)$/, "");
  const source = sourceDocuments().find((d) => d.base === base);

  it("gives at least 95% of its source's reporting lines and attributes", () => {
    const read = results.get(path);
    if (!source || !read?.result.ok) throw new Error(`${path} was not read`);
    expect(read.result.format).toBe(format);
    const expected = factItems(graphOf({ file: source.file, bytes: source.bytes }));
    const found = new Set(factItems(graphOf(toSourceFile(readFixture(path), read.result))));
    const hits = expected.filter((item) => found.has(item));
    expect(expected.length).toBeGreaterThan(10);
    expect(
      hits.length / expected.length,
      JSON.stringify(expected.filter((i) => !found.has(i))),
    ).toBeGreaterThanOrEqual(0.95);
    // An image is its first page only: a scanned PDF has every page.
    if (format === "pdf-scan") expect(found.size).toBeLessThanOrEqual(expected.length + 2);
  });

  it("reports each page it reads by OCR", () => {
    const read = results.get(path);
    const ocrSteps = read?.progress.filter((p) => p.step === "ocr") ?? [];
    const pages = read?.result.ok ? read.result.pages : 0;
    expect(ocrSteps.map((p) => (p.step === "ocr" ? p.page : 0))).toEqual(
      Array.from({ length: pages ?? 0 }, (_, i) => i + 1),
    );
  });
});

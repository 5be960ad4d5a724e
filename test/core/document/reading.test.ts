import {
  displayQuote,
  quoteRanges,
  readingView,
  splitRun,
} from "../../../src/core/document/reading.ts";
import { fixtureGraph } from "../../support.ts";

const { graph, texts } = fixtureGraph("seed-like.json");
const withText = (id: string) => {
  const doc = graph.documents.find((d) => d.id === id)!;
  return { ...doc, text: texts.get(id)! };
};
const ocrDoc = withText("doc-cds-ed-service");
const mdDoc = withText("doc-esdc-client-relations");

describe("reading view", () => {
  it("renders markdown as headings, lists and bold runs with exact source offsets", () => {
    const view = readingView(mdDoc);
    expect(view.blocks[0]).toMatchObject({ kind: "heading", level: 1 });
    const list = view.blocks.find((b) => b.kind === "list")!;
    expect(list.kind === "list" && list.items[0]![0]).toMatchObject({
      text: "Title:",
      strong: true,
    });
    for (const block of view.blocks) {
      const runs =
        block.kind === "list" ? block.items.flat() : block.kind === "fields" ? [] : block.runs;
      for (const r of runs) expect(mdDoc.text.slice(r.start, r.end)).toBe(r.text);
    }
  });

  it("splits one-line OCR text at ALL-CAPS headings and drops running footers", () => {
    expect(ocrDoc.text.includes("\n")).toBe(false);
    const view = readingView(ocrDoc);
    const headings = view.blocks
      .filter((b) => b.kind === "heading")
      .map((b) => b.kind === "heading" && b.runs[0]!.text);
    expect(headings).toEqual(
      expect.arrayContaining([
        "GENERAL ACCOUNTABILITY",
        "ORGANIZATION STRUCTURE",
        "NATURE AND SCOPE",
        "DIMENSIONS",
      ]),
    );
    expect(view.removed.length).toBeGreaterThanOrEqual(4);
    expect(
      view.removed.every((r) => r.text.startsWith("OG. Business Enablement and Services")),
    ).toBe(true);
    const fields = view.blocks.find((b) => b.kind === "fields");
    expect(fields?.kind === "fields" && fields.items.map((i) => i.label.text)).toContain(
      "REPORTS TO",
    );
  });

  it("keeps an ALL-CAPS value with its own label in the OCR preamble's fields", () => {
    const view = readingView({
      format: "ocr-text",
      text:
        "POSITION TITLE: Director, Data Platforms POSITION NUMBER: TBD LEVEL: EX-O2 " +
        "REPORTS TO: Chief Data Officer GENERAL ACCOUNTABILITY The Director leads the platform.",
    });
    const fields = view.blocks.find((b) => b.kind === "fields");
    expect(
      fields?.kind === "fields" &&
        fields.items.map((i) => [i.label.text, i.value.map((v) => v.text).join("")]),
    ).toEqual([
      ["POSITION TITLE", "Director, Data Platforms"],
      ["POSITION NUMBER", "TBD"],
      ["LEVEL", "EX-O2"],
      ["REPORTS TO", "Chief Data Officer"],
    ]);
  });

  it("removes 'Page N of M' markers", () => {
    const view = readingView({
      format: "ocr-text",
      text: "GENERAL ACCOUNTABILITY Leads the team. Page 2 of 3 More text.",
    });
    expect(view.removed.map((r) => r.text)).toEqual(["Page 2 of 3"]);
  });

  it("finds quotes and splits runs for highlighting", () => {
    const text = "one two three two";
    expect(quoteRanges(text, ["two"])).toEqual([
      [4, 7],
      [14, 17],
    ]);
    expect(splitRun({ text: "two three", start: 4, end: 13 }, [[4, 7]])).toEqual([
      { text: "two", marked: true },
      { text: " three", marked: false },
    ]);
    expect(displayQuote("*   **Title:** Director")).toBe("Title: Director");
  });
});

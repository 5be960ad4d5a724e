import { describe, expect, it } from "vitest";
import { readingView } from "../../../src/core/document/reading.ts";
import { textPageNoise } from "../../../src/core/extract/page-noise.ts";
import { parseStructure } from "../../../src/core/extract/structure.ts";

const FOOTER = "OG. Business Enablement and Services";
/** A page's own words: over 400 characters in one line, as OCR gives, none repeated elsewhere. */
const body = (n: number) =>
  `${Array.from({ length: 30 }, (_, k) => `task${n}x${k} is led`).join(" ")} by unit ${n * 13}.`;
/** Pages as the seed scans read: a page number opens every page after the first, a footer ends each. */
const pages = [1, 2, 3].map((n) => `${n > 1 ? `${n} ` : ""}${body(n)} ${FOOTER}`);

describe("textPageNoise: one page-noise detector for the extractor and the reading view", () => {
  it("finds a running footer with its page number on OCR pages given one per line", () => {
    const text = pages.join("\n");
    const { spans } = textPageNoise(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      `${FOOTER}\n2 `,
      `${FOOTER}\n3 `,
      FOOTER,
    ]);
  });

  it("finds the same footers in a text whose pages were joined into one line", () => {
    const text = pages.join(" ");
    const { spans } = textPageNoise(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      `${FOOTER} 2`,
      `${FOOTER} 3`,
      FOOTER,
    ]);
  });

  it("hides in the reading view exactly what the extractor blanks", () => {
    const text = `POSITION TITLE: Director GENERAL ACCOUNTABILITY ${pages.join("\n")}`;
    const removed = readingView({ format: "ocr-text", text }).removed;
    const { format, clean } = parseStructure(text);
    expect(format).toBe("ocr-text");
    expect(removed.length).toBe(3);
    for (const r of removed) expect(clean.slice(r.start, r.end).trim()).toBe("");
    const kept = clean.slice(removed[0]!.end, removed[1]!.start).trim();
    expect(kept).toBe(body(2));
  });
});

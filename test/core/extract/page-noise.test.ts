import { describe, expect, it } from "vitest";
import { findPageNoise } from "../../../src/core/extract/page-noise.ts";

const masked = (pages: string[], style: Parameters<typeof findPageNoise>[1]) =>
  findPageNoise(pages, style).masks.map((spans, i) =>
    spans.map((s) => (pages[i] ?? "").slice(s.start, s.end).trim()),
  );

describe("findPageNoise", () => {
  it("laid-out pages: 'Page n of m' footers and a running header, by their repetition", () => {
    const pages = [1, 2, 3].map((n) => `PROTECTED A (when completed)\nText ${n}.\nPage ${n} of 3`);
    expect(masked(pages, "laid-out-pages")).toEqual(
      [1, 2, 3].map((n) => ["PROTECTED A (when completed)", `Page ${n} of 3`, `Page ${n} of 3`]),
    );
  });

  it("laid-out pages: a lone page number at the top or bottom, not a number inside the page", () => {
    expect(masked(["Title\nItems:\n3\nmore text\n1"], "laid-out-pages")).toEqual([["1"]]);
    expect(masked(["Page 1 of 1\nContent"], "laid-out-pages")).toEqual([["Page 1 of 1"]]);
  });

  it("one-line pages (OCR'd text): footers compared exactly, page headers and page dates", () => {
    const pages = [
      "POSITION TITLE: Director CVB - Collections",
      "2 NATURE AND SCOPE text March 18, 2019 CVB - Collections",
    ];
    const noise = findPageNoise(pages, "one-line-pages");
    expect(masked(pages, "one-line-pages")).toEqual([
      ["CVB - Collections"],
      ["CVB - Collections", "2"],
    ]);
    expect(noise.pageDate).toBeNull();
    const dated = findPageNoise(["Text one March 18, 2019", "Text two"], "one-line-pages");
    expect(dated.pageDate).toBe("2019-03-18");
  });
});

import { pageAt, pageCount } from "../../../src/core/graph/pages.ts";

describe("pages of a document", () => {
  it("names the page a place in the text is on, from where each page starts", () => {
    const doc = { pageStarts: [0, 1200, 2600] };
    expect(pageAt(doc, 0)).toBe(1);
    expect(pageAt(doc, 1199)).toBe(1);
    expect(pageAt(doc, 1200)).toBe(2);
    expect(pageAt(doc, 5000)).toBe(3);
    expect(pageCount(doc)).toBe(3);
  });

  it("has no pages for Word and text documents", () => {
    expect(pageAt({}, 10)).toBeNull();
    expect(pageCount({})).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { layOut } from "../../src/convert/layout.ts";
import type { PageLine, PageLines } from "../../src/convert/types.ts";

/** Lines 14 pt apart, 11 pt text, left margin 72 pt; `width` in characters of about 6 pt. */
function page(
  rows: (string | { text: string; size?: number; font?: string; indent?: number })[],
): PageLines {
  let top = 72;
  const lines: PageLine[] = rows.map((row) => {
    const r = typeof row === "string" ? { text: row } : row;
    const size = r.size ?? 11;
    const x0 = 72 + (r.indent ?? 0);
    const line = {
      text: r.text,
      x0,
      x1: x0 + r.text.length * 6,
      top,
      bottom: top + size,
      size,
      font: r.font ?? "body",
    };
    top += size + 5;
    return line;
  });
  return { lines };
}

const FULL = "x".repeat(70); // reaches the right margin: the paragraph wrapped

describe("layOut", () => {
  it("joins wrapped lines, keeps short ones apart, marks larger text as headings", () => {
    const { text, pageOffsets } = layOut([
      page([
        { text: "Director, Data Services", size: 16 },
        `The Director leads ${FULL}`,
        "the data services of the branch.",
        "Reports To: Chief Data Officer",
      ]),
    ]);
    expect(text).toBe(
      `# Director, Data Services\nThe Director leads ${FULL} the data services of the branch.\nReports To: Chief Data Officer`,
    );
    expect(pageOffsets).toEqual([0]);
  });

  it("carries a paragraph across a page break and says where the second page starts", () => {
    const first = page(["Start of the description.", `A long sentence ${FULL}`]);
    const second = page(["that ends on the next page.", "Next paragraph."]);
    const { text, pageOffsets } = layOut([first, second]);
    expect(text).toBe(
      `Start of the description.\nA long sentence ${FULL} that ends on the next page.\nNext paragraph.`,
    );
    expect(text.slice(pageOffsets[1])).toBe("that ends on the next page.\nNext paragraph.");
  });

  it("leaves out running headers and page numbers repeated on every page", () => {
    const pages = [1, 2, 3].map((n) =>
      page([
        "PROTECTED A (when completed)",
        ...(n === 1 ? [FULL] : []),
        `Content of page ${n}.`,
        `Page ${n} of 3`,
      ]),
    );
    const { text, pageOffsets } = layOut(pages);
    expect(text).toBe(`${FULL} Content of page 1.\nContent of page 2.\nContent of page 3.`);
    expect(pageOffsets.map((o) => text.slice(o, o + 4))).toEqual(["xxxx", "Cont", "Cont"]);
    expect(text.slice(pageOffsets[2])).toBe("Content of page 3.");
  });

  it("bullets, OCR'd bullets, an indented item that lost its bullet, numbered items", () => {
    const { text } = layOut([
      page([
        "Reporting to the Director are:",
        { text: "Manager, Data (EC-07, 5 FTEs)", indent: 20 },
        "• Data Section (EC-06, 12 FTEs)",
        "+ Policy Team (4 FTEs)",
        "1. Leads the data strategy.",
        "2. Manages the budget.",
      ]),
    ]);
    expect(text).toBe(
      "Reporting to the Director are:\n- Manager, Data (EC-07, 5 FTEs)\n- Data Section (EC-06, 12 FTEs)\n- Policy Team (4 FTEs)\n1. Leads the data strategy.\n2. Manages the budget.",
    );
  });

  it("a short line in another font at body size is a heading; a known section name is one too", () => {
    const { text } = layOut([
      page([
        { text: "General Accountability", font: "bold" },
        "The Director is accountable for data.",
        { text: "Dimensions", font: "body" },
        "Budget: $1M",
      ]),
    ]);
    expect(text).toBe(
      "# General Accountability\nThe Director is accountable for data.\n\n# Dimensions\nBudget: $1M",
    );
  });
});

import { extractText, getDocumentProxy } from "unpdf";
import { buildIndex } from "../../src/core/graph/indexes.ts";
import { syntheticOrg } from "../../src/core/graph/synthetic.ts";
import type { PlanScene } from "../../src/export/pdf-plan.ts";
import { OVERLAP, READABLE_PT, planPdf } from "../../src/export/pdf-plan.ts";
import { toPdf } from "../../src/export/pdf.ts";
import { buildExportScene } from "../../src/export/scene.ts";
import type { SceneBox } from "../../src/export/types.ts";
import { seedLike } from "../support.ts";
import { fixture, nodeFonts } from "./helpers.ts";

async function read(blob: Blob) {
  const pdf = await getDocumentProxy(new Uint8Array(await blob.arrayBuffer()));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  // Font size of every piece of text, from its transformation matrix.
  const sizes: number[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    for (const item of content.items as Array<{ str: string; transform: number[] }>)
      if (item.str.trim() !== "") sizes.push(Math.hypot(item.transform[2]!, item.transform[3]!));
  }
  return { totalPages, text: text as string[], sizes };
}

/** A chart of `n` boxes side by side (a strip), for the page planners. */
function strip(n: number): PlanScene {
  const boxes = Array.from({ length: n }, (_, i) => ({
    id: `b${i}`,
    x: 24 + i * 268,
    y: 24,
    width: 240,
    height: 92,
  }));
  return { width: 48 + n * 268 - 28, height: 140, boxes: boxes as SceneBox[], edges: [] };
}

const LETTER = { paper: "letter", orientation: "landscape" } as const;

describe("planPdf", () => {
  it("puts a chart that is readable on one page on one page, whatever the layout", () => {
    for (const layout of ["branches", "poster", "fit"] as const) {
      const plan = planPdf(strip(3), { ...LETTER, layout });
      expect(plan.pages).toHaveLength(1);
      expect(plan.pages[0]!.scale).toBe(0.75);
      expect(plan.message).toBe(null);
    }
  });

  it("fits one page when asked, and says how small its text gets", () => {
    const plan = planPdf(strip(40), { ...LETTER, layout: "fit" });
    expect(plan.pages).toHaveLength(1);
    expect(plan.pages[0]!.view.width * plan.pages[0]!.scale).toBeCloseTo(plan.area.width, 5);
    expect(plan.message).toMatch(/^On one page the smallest text is \d+(\.\d)? pt/);
  });

  it("prints a poster at a readable size, pages overlapping and naming their neighbours", () => {
    const scene = strip(12);
    const plan = planPdf(scene, { ...LETTER, layout: "poster" });
    expect(plan.pages.length).toBeGreaterThan(1);
    for (const page of plan.pages)
      expect(12 * page.scale).toBeGreaterThanOrEqual(READABLE_PT - 1e-9);
    const [first, second] = plan.pages;
    // The second page starts OVERLAP points before the first ends.
    expect((first!.view.x + first!.view.width - second!.view.x) * first!.scale).toBeCloseTo(
      OVERLAP,
      5,
    );
    expect(first!.label).toBe(`Page 1 of ${plan.pages.length} — row 1, column 1`);
    expect(first!.notes).toEqual([
      expect.objectContaining({ side: "right", text: "continues on page 2" }),
    ]);
    expect(second!.notes.map((n) => [n.side, n.text])).toContainEqual([
      "left",
      "continues on page 1",
    ]);
    const last = plan.pages.at(-1)!;
    expect(last.view.x + last.view.width).toBeGreaterThanOrEqual(scene.width);
  });

  it("leaves out poster pages with nothing on them", () => {
    const scene = strip(6);
    // One more box far below the first: the pages under the others would be empty.
    scene.boxes.push({ id: "low", x: 24, y: 2000, width: 240, height: 92 } as SceneBox);
    scene.height = 2120;
    const plan = planPdf(scene, { ...LETTER, layout: "poster" });
    for (const page of plan.pages)
      expect(
        scene.boxes.some(
          (b) =>
            b.x < page.view.x + page.view.width &&
            page.view.x < b.x + b.width &&
            b.y < page.view.y + page.view.height &&
            page.view.y < b.y + b.height,
        ),
      ).toBe(true);
  });

  it("prints a huge poster smaller rather than on hundreds of pages", () => {
    const plan = planPdf(strip(800), { paper: "a4", orientation: "landscape", layout: "poster" });
    expect(plan.pages.length).toBeLessThanOrEqual(100);
    expect(plan.message).toMatch(/more than 100 pages/);
  });

  it("puts lone positions that fit together on one page", () => {
    const scene = strip(12);
    const plan = planPdf(scene, { ...LETTER, layout: "branches" });
    expect(plan.pages.length).toBeGreaterThan(1);
    expect(plan.pages.length).toBeLessThan(6);
    expect(plan.pages.flatMap((p) => [...p.ids!]).sort()).toEqual(
      scene.boxes.map((b) => b.id).sort(),
    );
    for (const p of plan.pages) expect(12 * p.scale).toBeGreaterThanOrEqual(READABLE_PT - 1e-9);
  });

  it("gives each branch a readable page, saying where the rest continues", () => {
    const ix = buildIndex(syntheticOrg(120, { orgs: 1, fanout: 5 }));
    const f = fixture({}, ix);
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    const plan = planPdf(scene, { ...LETTER, layout: "branches" });
    expect(plan.pages.length).toBeGreaterThan(1);
    const pageOf = new Map<string, number>();
    plan.pages.forEach((p, i) => {
      expect(12 * p.scale).toBeGreaterThanOrEqual(READABLE_PT - 1e-9);
      for (const id of p.ids!) if (!pageOf.has(id)) pageOf.set(id, i + 1);
      // Everything on a page is inside the page.
      for (const id of p.ids!) {
        const b = p.layout?.boxes.get(id) ?? scene.boxes.find((x) => x.id === id)!;
        expect(b.x).toBeGreaterThanOrEqual(p.view.x);
        expect((b.x + b.width - p.view.x) * p.scale).toBeLessThanOrEqual(plan.area.width + 1e-6);
        expect((b.y + b.height - p.view.y) * p.scale).toBeLessThanOrEqual(plan.area.height + 1e-6);
      }
    });
    // Every box is on a page, and every box whose reports are elsewhere says where.
    expect(new Set(pageOf.keys())).toEqual(new Set(scene.boxes.map((b) => b.id)));
    for (const [i, page] of plan.pages.entries()) {
      for (const note of page.notes) {
        const n = Number(/page (\d+)/.exec(note.text)![1]);
        expect(n).toBeGreaterThan(i + 1);
        expect(n).toBeLessThanOrEqual(plan.pages.length);
      }
    }
  });
});

describe("toPdf", () => {
  it("embeds a Unicode font: accents, quotes, Greek and syllabics come out as written", async () => {
    const graph = seedLike();
    graph.nodes[0]!.title = "ᐃᓄᒃᑎᑐᑦ Ελληνικά — « Opérations » ’s";
    const f = fixture({}, buildIndex(graph));
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    const { blob } = await toPdf(scene, { ...LETTER, layout: "fit", fonts: nodeFonts });
    const bytes = new TextDecoder("latin1").decode(new Uint8Array(await blob.arrayBuffer()));
    expect(bytes).toMatch(/\/FontFile2/);
    expect(bytes).toMatch(/\/BaseFont \/DejaVu#20Sans#20Condensed/);
    const { text } = await read(blob);
    expect(text[0]!.replace(/\s+/g, " ")).toContain("ᐃᓄᒃᑎᑐᑦ Ελληνικά — « Opérations » ’s");
  });

  it("by default prints every title, and no text below 8 pt", async () => {
    const f = fixture();
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    const { blob } = await toPdf(scene, {
      ...LETTER,
      layout: "branches",
      date: "2026-11-23",
      fonts: nodeFonts,
    });
    const { totalPages, text, sizes } = await read(blob);
    expect(totalPages).toBeGreaterThan(1);
    const all = text.join("\n");
    for (const b of scene.boxes) expect(all).toContain(b.titleLines[0]);
    expect(text[0]).toContain("2026-11-23");
    expect(text[1]).toContain(`Page 2 of ${totalPages}`);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(READABLE_PT - 0.01);
  });

  it("writes a poster with the planned number of labelled pages", async () => {
    const f = fixture();
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    const options = { paper: "letter", orientation: "portrait", layout: "poster" } as const;
    const plan = planPdf(scene, options);
    expect(plan.pages.length).toBeGreaterThan(1);
    const { totalPages, text } = await read(
      (await toPdf(scene, { ...options, fonts: nodeFonts })).blob,
    );
    expect(totalPages).toBe(plan.pages.length);
    expect(text[0]).toContain(`Page 1 of ${plan.pages.length} — row 1, column 1`);
    expect(text[0]).toContain("continues on page 2");
    const all = text.join("\n");
    for (const b of scene.boxes) expect(all).toContain(b.titleLines[0]);
  });
});

import { extractText, getDocumentProxy } from "unpdf";
import { buildExportScene } from "../../src/export/scene.ts";
import { planPdf } from "../../src/export/pdf-plan.ts";
import { toPdf, winAnsi } from "../../src/export/pdf.ts";
import { fixture } from "./helpers.ts";

async function read(blob: Blob) {
  const pdf = await getDocumentProxy(new Uint8Array(await blob.arrayBuffer()));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  return { totalPages, text: text as string[] };
}

describe("planPdf", () => {
  it("fits one page, never past the chart's own size", () => {
    const wide = planPdf(4000, 600, { paper: "letter", orientation: "landscape", layout: "fit" });
    expect(wide.pages).toHaveLength(1);
    expect([wide.pageWidth, wide.pageHeight]).toEqual([792, 612]);
    expect(4000 * wide.scale).toBeCloseTo(wide.area.width, 5);
    const small = planPdf(300, 200, { paper: "a4", orientation: "portrait", layout: "fit" });
    expect(small.scale).toBe(0.75);
  });

  it("labels each poster page with its place", () => {
    const plan = planPdf(3000, 1000, {
      paper: "letter",
      orientation: "landscape",
      layout: "poster",
    });
    expect(plan.columns).toBe(Math.ceil((3000 * 0.6) / 720));
    expect(plan.rows).toBe(Math.ceil((1000 * 0.6) / 506));
    expect(plan.pages).toHaveLength(plan.columns * plan.rows);
    expect(plan.pages[1]!.label).toBe(`Page 2 of ${plan.pages.length} — row 1, column 2`);
    // The pages cover the chart.
    const last = plan.pages.at(-1)!;
    expect(last.view.x + last.view.width).toBeGreaterThanOrEqual(3000);
    expect(last.view.y + last.view.height).toBeGreaterThanOrEqual(1000);
  });

  it("prints a huge poster smaller rather than on hundreds of pages", () => {
    const plan = planPdf(200_000, 3000, {
      paper: "a4",
      orientation: "landscape",
      layout: "poster",
    });
    expect(plan.pages.length).toBeLessThanOrEqual(100);
    expect(plan.message).toMatch(/more than 100 pages/);
  });
});

describe("toPdf", () => {
  it("writes one fitted page whose text holds every title", async () => {
    const f = fixture();
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    const { blob, extension } = await toPdf(scene, {
      paper: "a4",
      orientation: "landscape",
      layout: "fit",
      date: "2026-11-23",
    });
    expect(extension).toBe("pdf");
    const { totalPages, text } = await read(blob);
    expect(totalPages).toBe(1);
    for (const b of scene.boxes) for (const line of b.titleLines) expect(text[0]).toContain(line);
    expect(text[0]).toContain("Organization chart");
    expect(text[0]).toContain("2026-11-23");
  });

  it("writes a poster with the planned number of labelled pages", async () => {
    const f = fixture();
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    const options = { paper: "letter", orientation: "portrait", layout: "poster" } as const;
    const plan = planPdf(scene.width, scene.height, options);
    expect(plan.pages.length).toBeGreaterThan(1);
    const { totalPages, text } = await read((await toPdf(scene, options)).blob);
    expect(totalPages).toBe(plan.pages.length);
    expect(text[1]).toContain(`Page 2 of ${plan.pages.length} — row 1, column 2`);
    // Every title is on some page.
    const all = text.join("\n");
    for (const b of scene.boxes) expect(all).toContain(b.titleLines[0]);
  });

  it("keeps accents and replaces what the built-in font cannot show", () => {
    expect(winAnsi("Directeur général — “Opérations”")).toBe("Directeur général — “Opérations”");
    expect(winAnsi("Ŝef → 東京")).toBe("Sef ? ??");
  });
});

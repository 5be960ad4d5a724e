import { DEFAULT_EXPORT_OPTIONS, exportChart } from "../../src/export/export-chart.ts";
import { imageFrame } from "../../src/export/image-frame.ts";
import { legendEntries } from "../../src/export/legend.ts";
import { buildExportScene } from "../../src/export/scene.ts";
import { toSvg } from "../../src/export/svg.ts";
import { fixture, highlightOf } from "./helpers.ts";

describe("the export legend", () => {
  it("explains what the export shows, and the selection only when it is drawn", () => {
    const f = fixture();
    const plain = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    expect(legendEntries(plain).map((e) => e.kind)).toEqual([
      "position",
      "team",
      "document",
      "unit",
    ]);
    const lit = buildExportScene(
      f.ix,
      f.layout,
      { ...f.view, highlight: highlightOf(f.ix, "cds-head-design") },
      { kind: "all" },
      { language: "fr" },
    );
    const entries = legendEntries(lit);
    expect(entries.map((e) => e.kind)).toEqual([
      "position",
      "team",
      "document",
      "unit",
      "selected",
      "greyed",
    ]);
    expect(entries.at(-1)!.label).toBe("Grisé : hors de la sélection");
  });

  it("is drawn under the chart in an SVG, its samples drawn as the boxes are", () => {
    const f = fixture();
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    const svg = toSvg(scene, { legend: true });
    const legend = svg.slice(svg.indexOf('<g class="legend">'));
    for (const e of legendEntries(scene)) expect(legend).toContain(`>${e.label}</text>`);
    expect(legend).toContain('stroke-dasharray="6 4"');
    expect(Number(/height="(\d+)"/.exec(svg)![1])).toBeGreaterThan(scene.height);
    expect(toSvg(scene)).not.toContain('class="legend"');
  });
});

describe("image shapes", () => {
  const f = fixture();
  const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });

  it("frames the chart in a 16:9 slide or a page, centred and never cropped", () => {
    const slide = imageFrame(scene, { shape: "slide" });
    expect(slide.width / slide.height).toBeCloseTo(16 / 9, 2);
    expect(slide.width).toBeGreaterThanOrEqual(scene.width);
    expect(slide.height).toBeGreaterThanOrEqual(scene.height);
    expect(slide.dx).toBeCloseTo((slide.width - scene.width) / 2, 0);
    expect(slide.dy).toBeCloseTo((slide.height - scene.height) / 2, 0);
    const page = imageFrame(scene, { shape: "page" });
    const ratio = scene.width >= scene.height ? 11 / 8.5 : 8.5 / 11;
    expect(page.width / page.height).toBeCloseTo(ratio, 2);
    expect(imageFrame(scene, {})).toMatchObject({
      width: scene.width,
      height: scene.height,
      dx: 0,
      dy: 0,
    });
  });

  it("puts the chart in its frame in the SVG", () => {
    const svg = toSvg(scene, { shape: "slide" });
    const frame = imageFrame(scene, { shape: "slide" });
    expect(svg).toContain(`width="${frame.width}" height="${frame.height}"`);
    expect(svg).toMatch(/<g transform="translate\([\d.]+ [\d.]+\)">/);
  });
});

describe("the highlight in an export", () => {
  it("is left out unless asked for", async () => {
    const f = fixture({});
    const input = {
      ix: f.ix,
      layout: f.layout,
      view: { ...f.view, highlight: highlightOf(f.ix, "cds-head-design") },
      scope: { kind: "all" } as const,
    };
    const svg = (o: Partial<typeof DEFAULT_EXPORT_OPTIONS>) =>
      exportChart(input, { ...DEFAULT_EXPORT_OPTIONS, format: "svg", ...o }).then((r) =>
        r.blob.text(),
      );
    expect(await svg({})).not.toContain("opacity=");
    expect(await svg({ highlight: true })).toContain('opacity="0.4"');
  });
});

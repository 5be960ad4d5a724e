// @vitest-environment jsdom
import { buildIndex } from "../../src/core/graph/indexes.ts";
import { buildExportScene } from "../../src/export/scene.ts";
import { toSvg } from "../../src/export/svg.ts";
import { seedLike } from "../support.ts";
import { fixture, highlightOf } from "./helpers.ts";

const parse = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml");
const squash = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();

describe("toSvg", () => {
  it("has one <text> per visible title and one <path> per reporting line", () => {
    const f = fixture({ collapsed: new Set(["cds-director-engagement"]) });
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    const doc = parse(toSvg(scene));
    expect(doc.querySelector("parsererror")).toBeNull();
    const titles = [...doc.querySelectorAll("text.title")].map((t) => squash(t.textContent));
    expect(titles.sort()).toEqual(scene.boxes.map((b) => b.title).sort());
    expect(titles).not.toContain("Outreach Team");
    const edges = [...doc.querySelectorAll("path.edge")];
    expect(edges).toHaveLength(scene.edges.length);
    expect(edges.map((e) => e.parentElement!.getAttribute("data-id")).sort()).toEqual(
      scene.edges.map((e) => e.id).sort(),
    );
    // Wrapped titles keep one <tspan> per line inside their one <text>.
    const long = [...doc.querySelectorAll("text.title")].find((t) =>
      squash(t.textContent).startsWith("Head of Security"),
    )!;
    expect(long.querySelectorAll("tspan")).toHaveLength(2);
    expect(doc.querySelectorAll("g.frame")).toHaveLength(3);
    expect(squash(doc.querySelector("g.frame text")!.textContent)).toBe(
      "Treasury Board Secretariat 16 positions · 46+ FTEs · 3 planned",
    );
  });

  it("is plain, self-contained SVG: sizes, a safe font stack, no foreignObject, nothing remote", () => {
    const f = fixture();
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    const svg = toSvg(scene);
    const root = parse(svg).documentElement;
    expect(root.getAttribute("viewBox")).toBe(`0 0 ${scene.width} ${scene.height}`);
    expect(root.getAttribute("width")).toBe(String(scene.width));
    expect(root.getAttribute("font-family")).toMatch(/"Noto Sans".*sans-serif$/);
    expect(svg).not.toMatch(/foreignObject|@import|@font-face|url\(|href=/);
    expect(parse(svg).querySelector("title")!.textContent).toBe("Organization chart");
  });

  it("paints the background only when asked", () => {
    const f = fixture();
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    expect(
      parse(toSvg(scene, { background: "white" }))
        .querySelector("rect.background")!
        .getAttribute("fill"),
    ).toBe("#ffffff");
    expect(
      parse(toSvg(scene, { background: "transparent" })).querySelector("rect.background"),
    ).toBeNull();
  });

  it("dims what is off the selected chain, as the chart does", () => {
    const f = fixture();
    const view = { ...f.view, highlight: highlightOf(f.ix, "cds-ed-service") };
    const doc = parse(toSvg(buildExportScene(f.ix, f.layout, view, { kind: "all" })));
    expect(doc.querySelector('g.box[data-id="cds-coo"]')!.getAttribute("opacity")).toBe("0.4");
    expect(
      doc.querySelector('g.box[data-id="cds-ed-service"]')!.getAttribute("opacity"),
    ).toBeNull();
  });

  it("escapes markup in titles", () => {
    const graph = seedLike();
    graph.nodes[0]!.title = 'R&D <Lab> "North"';
    const f = fixture({}, buildIndex(graph));
    const doc = parse(toSvg(buildExportScene(f.ix, f.layout, f.view, { kind: "all" })));
    expect(doc.querySelector("parsererror")).toBeNull();
    const titles = [...doc.querySelectorAll("text.title")].map((t) => squash(t.textContent));
    expect(titles).toContain('R&D <Lab> "North"');
  });
});

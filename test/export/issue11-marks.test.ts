// @vitest-environment jsdom
import { buildIndex } from "../../src/core/graph/indexes.ts";
import { buildExportScene } from "../../src/export/scene.ts";
import { legendEntries } from "../../src/export/legend.ts";
import { boxItems } from "../../src/export/paint-box.ts";
import type { DrawItem } from "../../src/export/draw-items.ts";
import { toSvg } from "../../src/export/svg.ts";
import { corpusGraph } from "../ui/corpus-support.ts";
import { fixture } from "./helpers.ts";

const { graph } = corpusGraph(["md/Director-Dispute-Resolution-Services-EX-01-103209.md"]);
const ix = buildIndex(graph);
const idOf = (title: string) => graph.nodes.find((n) => n.title === title)!.id;
const DG = idOf("Director General, Dispute Resolution Services");
const ADVISOR = idOf("Senior Advisor, Dispute Resolution Services");
const parse = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml");

function scene(language: "en" | "fr" = "en") {
  const f = fixture({}, ix);
  return buildExportScene(f.ix, f.layout, f.view, { kind: "all" }, { language });
}

const texts = (item: DrawItem): DrawItem[] =>
  item.type === "group" ? item.items.flatMap(texts) : [item];

describe("exports of a chart with identical positions and reports not described", () => {
  it("the SVG draws '+1 not described' in the manager's box and '3 positions' on the advisors' box", () => {
    const doc = parse(toSvg(scene()));
    const box = (id: string) => doc.querySelector(`g.box[data-id="${id}"]`)!;
    expect(box(DG).textContent).toContain("+1 not described");
    expect(box(ADVISOR).textContent).toContain("3 positions");
    expect(box(ADVISOR).textContent).not.toContain("not described");
  });

  it("in French", () => {
    const doc = parse(toSvg(scene("fr")));
    expect(doc.querySelector(`g.box[data-id="${DG}"]`)!.textContent).toContain("+1 non décrit");
    expect(doc.querySelector(`g.box[data-id="${ADVISOR}"]`)!.textContent).toContain("3 postes");
  });

  it("the marker lies inside the box, below its FTE line, and the box is drawn taller for it", () => {
    const s = scene();
    const dg = s.boxes.find((b) => b.id === DG)!;
    const items = texts(boxItems(dg, s));
    const marker = items.find((i) => i.type === "text" && i.role === "undescribed")!;
    const fte = items.find((i) => i.type === "text" && i.role === "fte")!;
    if (marker.type !== "text" || fte.type !== "text") throw new Error("not text");
    expect(marker.y).toBeGreaterThan(fte.y);
    expect(marker.y).toBeLessThan(dg.y + dg.height);
    // No other box and no line meets the manager's box, marker included.
    for (const other of s.boxes.filter((b) => b.id !== DG)) {
      const apart =
        other.x >= dg.x + dg.width ||
        dg.x >= other.x + other.width ||
        other.y >= dg.y + dg.height ||
        dg.y >= other.y + other.height;
      expect(apart).toBe(true);
    }
    for (const e of s.edges.filter((e) => e.source === DG))
      expect(e.points[0]!.y).toBeCloseTo(dg.y + dg.height);
  });

  it("the legend explains both marks when the chart has them, and not otherwise", () => {
    const kinds = legendEntries(scene()).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["count", "undescribed"]));
    const seeds = fixture();
    const plain = buildExportScene(seeds.ix, seeds.layout, seeds.view, { kind: "all" });
    expect(legendEntries(plain).map((e) => e.kind)).not.toContain("undescribed");
    expect(legendEntries(plain).map((e) => e.kind)).not.toContain("count");
  });
});

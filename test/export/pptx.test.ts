import { strFromU8, unzipSync } from "fflate";
import { syntheticOrg } from "../../src/core/graph/synthetic.ts";
import { buildIndex } from "../../src/core/graph/indexes.ts";
import { planDeck } from "../../src/export/deck-plan.ts";
import { connectorGeometry } from "../../src/export/pptx-connectors.ts";
import { toPptx } from "../../src/export/pptx.ts";
import { buildExportScene } from "../../src/export/scene.ts";
import { fixture } from "./helpers.ts";

async function slidesOf(blob: Blob): Promise<string[]> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.keys(files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]))
    .map((name) => strFromU8(files[name]!));
}

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Checks what PowerPoint's schema and its repair step care about on one slide. */
function checkSlide(xml: string) {
  const ids = [...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]));
  expect(new Set(ids).size).toBe(ids.length);
  const shapes = new Map<number, string>();
  for (const m of xml.matchAll(/<p:sp>.*?<\/p:sp>/gs)) {
    const id = Number(/<p:cNvPr id="(\d+)"/.exec(m[0])![1]);
    shapes.set(id, /prst="(\w+)"/.exec(m[0])?.[1] ?? "");
  }
  const connectors = [...xml.matchAll(/<p:cxnSp>.*?<\/p:cxnSp>/gs)].map((m) => m[0]);
  for (const c of connectors) {
    const st = /<a:stCxn id="(\d+)" idx="(\d+)"\/>/.exec(c)!;
    const end = /<a:endCxn id="(\d+)" idx="(\d+)"\/>/.exec(c)!;
    for (const [, id, idx] of [st, end]) {
      // Each end is glued to a rounded box on this slide, at one of its four sites.
      expect(shapes.get(Number(id))).toBe("roundRect");
      expect(Number(idx)).toBeGreaterThanOrEqual(0);
      expect(Number(idx)).toBeLessThanOrEqual(3);
    }
    expect(c).toMatch(/prst="(straightConnector1|bentConnector2|bentConnector3)"/);
    // CT_Connector's children in schema order.
    expect(c).toMatch(
      /^<p:cxnSp><p:nvCxnSpPr><p:cNvPr [^>]*\/><p:cNvCxnSpPr><a:stCxn [^>]*\/><a:endCxn [^>]*\/><\/p:cNvCxnSpPr><p:nvPr\/><\/p:nvCxnSpPr><p:spPr><a:xfrm/,
    );
  }
  const sizes = [...xml.matchAll(/<a:rPr [^>]*sz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
  return { connectors: connectors.length, sizes };
}

describe("PowerPoint deck", () => {
  it("has a title slide, an overview, then one slide per manager with its reports", async () => {
    const f = fixture();
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    const plan = planDeck(scene);
    const managers = f.ix.graph.nodes.filter((n) => (f.ix.childrenOf.get(n.id) ?? []).length > 0);
    expect(plan.map((s) => s.kind)).toEqual([
      "title",
      "overview",
      ...managers.map(() => "manager"),
    ]);
    const slides = await slidesOf((await toPptx(scene)).blob);
    expect(slides).toHaveLength(plan.length);
    slides.forEach((xml, i) => {
      expect(xml).toMatch(/<p:ph[^>]*type="title"/);
      expect(xml).toContain(`<a:t>${xmlText(plan[i]!.title)}</a:t>`);
    });
    // Every manager slide shows the manager and each of its direct reports, joined by lines.
    for (const m of managers) {
      const slide = plan.find((s) => s.kind === "manager" && s.title === m.title)!;
      const reports = f.ix.childrenOf.get(m.id)!;
      expect(slide.boxes.map((b) => b.id).sort()).toEqual([m.id, ...reports].sort());
      expect(slide.lines.map((l) => l.to).sort()).toEqual([...reports].sort());
      for (const l of slide.lines) expect(l.from).toBe(m.id);
    }
    expect(plan[0]!.body.map((l) => l.text)).toEqual([
      "Treasury Board Secretariat — 16 positions",
      "Service Canada — 2 positions",
      "Employment and Social Development Canada — 4 positions",
    ]);
  });

  it("glues each reporting line to its two boxes, with text at 12 pt or more", async () => {
    const f = fixture();
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    const plan = planDeck(scene);
    const slides = await slidesOf((await toPptx(scene)).blob);
    slides.forEach((xml, i) => {
      const { connectors, sizes } = checkSlide(xml);
      expect(connectors).toBe(plan[i]!.lines.length);
      for (const s of sizes) expect(s).toBeGreaterThanOrEqual(12);
    });
    expect(slides.slice(1).some((xml) => xml.includes("<p:cxnSp>"))).toBe(true);
    expect(slides.join("").match(/<p:cxnSp>/g)).toHaveLength(
      plan.reduce((n, s) => n + s.lines.length, 0),
    );
  });

  it("continues a manager with many reports on further slides, and boxes never overlap", () => {
    const ix = buildIndex(syntheticOrg(60, { orgs: 1, fanout: 40 }));
    const f = fixture({}, ix);
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    const plan = planDeck(scene);
    const big = ix.roots.map((r) => ({ id: r, n: ix.childrenOf.get(r)?.length ?? 0 }))[0]!;
    expect(big.n).toBeGreaterThan(20);
    const parts = plan.filter((s) => s.kind === "manager" && s.boxes[0]!.id === big.id);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[1]!.title).toMatch(/\(continued, 2 of \d+\)$/);
    // Each report appears once across the manager's slides.
    const shown = parts.flatMap((s) => s.boxes.slice(1).map((b) => b.id));
    expect(shown.sort()).toEqual([...ix.childrenOf.get(big.id)!].sort());
    for (const slide of plan) {
      for (const [i, a] of slide.boxes.entries()) {
        expect(a.x).toBeGreaterThanOrEqual(0);
        expect(a.x + a.width).toBeLessThanOrEqual(13.34);
        expect(a.y + a.height).toBeLessThanOrEqual(7.5);
        for (const b of slide.boxes.slice(i + 1)) {
          const apart =
            a.x + a.width <= b.x ||
            b.x + b.width <= a.x ||
            a.y + a.height <= b.y ||
            b.y + b.height <= a.y;
          expect(apart).toBe(true);
        }
      }
    }
  });

  it("links a box to its manager slide", () => {
    const f = fixture();
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    const plan = planDeck(scene);
    const ceoSlide = plan.findIndex((s) => s.kind === "manager" && s.boxes[0]!.id === "cds-ceo");
    const service = plan[ceoSlide]!.boxes.find((b) => b.id === "cds-ed-service")!;
    const link = service.paragraphs.find((p) => p.slide !== undefined)!;
    expect(plan[link.slide! - 1]!.boxes[0]!.id).toBe("cds-ed-service");
    expect(link.text).toBe(`6 reports → slide ${link.slide}`);
    expect(plan[link.slide! - 1]!.subtitle[0]!.slide).toBe(ceoSlide + 1);
  });

  it("turns a down-then-across line into a rotated connector whose box spans its ends", () => {
    // Down 1 in, right 2 in, turning halfway.
    const right = connectorGeometry([
      { x: 1, y: 1 },
      { x: 1, y: 1.5 },
      { x: 3, y: 1.5 },
      { x: 3, y: 2 },
    ]);
    expect(right).toMatchObject({
      prst: "bentConnector3",
      rot: 16_200_000,
      flipH: true,
      adj: 50_000,
    });
    // Turned a quarter about its centre (2, 1.5), a 1 x 2 in box covers x 1..3, y 1..2.
    expect(right.ext).toEqual({ cx: 914_400, cy: 1_828_800 });
    expect(right.off).toEqual({ x: 1_371_600, y: 457_200 });
    const left = connectorGeometry([
      { x: 3, y: 1 },
      { x: 3, y: 2 },
      { x: 2, y: 2 },
    ]);
    expect(left).toMatchObject({ prst: "bentConnector2", rot: 5_400_000, flipH: false });
    expect(
      connectorGeometry([
        { x: 1, y: 1 },
        { x: 1, y: 1.5 },
        { x: 1, y: 1.5 },
        { x: 1, y: 2 },
      ]),
    ).toMatchObject({ prst: "straightConnector1", rot: 0, ext: { cx: 0, cy: 914_400 } });
  });
});

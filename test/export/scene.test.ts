import { subtree, visibleNodes } from "../../src/core/graph/queries.ts";
import { edgeId } from "../../src/core/layout/request.ts";
import { buildExportScene, titleLines, titleWidth } from "../../src/export/scene.ts";
import { textWidth } from "../../src/export/text-metrics.ts";
import type { ExportScene } from "../../src/export/types.ts";
import { fixture, highlightOf } from "./helpers.ts";

/** Reporting lines among `ids` whose manager is open. */
function expectedEdges(f: ReturnType<typeof fixture>, ids: readonly string[]): string[] {
  const set = new Set(ids);
  return ids
    .filter((id) => {
      const m = f.ix.managerOf.get(id);
      return m !== undefined && set.has(m) && !f.view.collapsed.has(m);
    })
    .map((id) => edgeId(f.ix.managerOf.get(id)!, id))
    .sort();
}

function expectInside(scene: ExportScene) {
  for (const b of scene.boxes) {
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(scene.width);
    expect(b.y + b.height).toBeLessThanOrEqual(scene.height);
  }
}

describe("buildExportScene", () => {
  it("draws one box per visible position and one line per visible reporting line", () => {
    const f = fixture();
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    const visible = visibleNodes(f.ix, f.view);
    expect(scene.boxes.map((b) => b.id)).toEqual(visible);
    expect(scene.edges.map((e) => e.id).sort()).toEqual(expectedEdges(f, visible));
    expect(scene.edges).toHaveLength(f.ix.graph.edges.length);
    expect(scene.frames.map((fr) => fr.label)).toEqual(f.layout.groups.map((g) => g.label));
    expect(scene.subject).toBe("org-chart");
    expectInside(scene);
  });

  it("keeps boxes and routes where the layout put them, shifted by one offset", () => {
    const f = fixture();
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    const first = scene.boxes[0]!;
    const dx = first.x - f.layout.positions[first.id]!.x;
    const dy = first.y - f.layout.positions[first.id]!.y;
    for (const b of scene.boxes) {
      const src = f.layout.positions[b.id]!;
      expect([b.x - src.x, b.y - src.y, b.width, b.height]).toEqual([
        dx,
        dy,
        src.width,
        src.height,
      ]);
    }
    for (const e of scene.edges) {
      const route = f.layout.edges[e.id]!;
      expect(e.points).toEqual(route.map((p) => ({ x: p.x + dx, y: p.y + dy })));
    }
  });

  it("leaves out what collapsed boxes hide and says how many are hidden", () => {
    const f = fixture({ collapsed: new Set(["cds-ed-service"]) });
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    const ids = scene.boxes.map((b) => b.id);
    const hidden = subtree(f.ix, "cds-ed-service").slice(1);
    expect(hidden.length).toBeGreaterThan(0);
    for (const id of hidden) expect(ids).not.toContain(id);
    expect(scene.edges.some((e) => e.source === "cds-ed-service")).toBe(false);
    const box = scene.boxes.find((b) => b.id === "cds-ed-service")!;
    expect(box.hiddenText).toBe(`+${hidden.length} hidden`);
    expect(scene.edges.map((e) => e.id).sort()).toEqual(expectedEdges(f, ids));
  });

  it("follows the collapsed set even when the layout is one step behind", () => {
    const stale = fixture();
    const view = { ...stale.view, collapsed: new Set(["cds-ed-service"]) };
    const scene = buildExportScene(stale.ix, stale.layout, view, { kind: "all" });
    expect(scene.boxes.map((b) => b.id)).toEqual(visibleNodes(stale.ix, view));
  });

  it("shows only the filtered organization", () => {
    const f = fixture({ organization: "Service Canada" });
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    expect(scene.boxes.map((b) => b.id).sort()).toEqual([
      "sc-ed-citizen-services",
      "sc-sector-director",
    ]);
    expect(scene.frames.map((fr) => fr.label)).toEqual(["Service Canada"]);
    expect(scene.subject).toBe("sc-org-chart");
  });

  it("exports the selected position and everything shown under it", () => {
    const f = fixture({ collapsed: new Set(["cds-director-engagement"]) });
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "subtree", rootId: "cds-ceo" });
    const ids = scene.boxes.map((b) => b.id);
    expect(ids).toContain("cds-director-engagement");
    expect(ids).not.toContain("cds-outreach-team");
    expect(ids).not.toContain("sc-ed-citizen-services");

    const sub = buildExportScene(f.ix, f.layout, f.view, {
      kind: "subtree",
      rootId: "cds-ed-service",
    });
    expect(sub.boxes.map((b) => b.id)).toEqual(subtree(f.ix, "cds-ed-service"));
    // No line into the subtree's top box, no frames, and a name that says which position.
    expect(sub.edges.some((e) => e.target === "cds-ed-service")).toBe(false);
    expect(sub.edges.map((e) => e.id).sort()).toEqual(
      expectedEdges(f, subtree(f.ix, "cds-ed-service")),
    );
    expect(sub.frames).toEqual([]);
    expect(sub.title).toBe("Executive Director, Service and reports");
    expect(sub.subject).toBe("cds-executive-director-service");
    expect(sub.singleSlide).toBe(true);
    expectInside(sub);
    const minX = Math.min(...sub.boxes.map((b) => b.x));
    expect(minX).toBe(24);
  });

  it("exports what is on screen: the rectangle asked, with the boxes that meet it", () => {
    const f = fixture();
    const head = f.layout.positions["cds-head-design"]!;
    const rect = {
      x: head.x - 10,
      y: head.y - 10,
      width: head.width + 20,
      height: head.height + 20,
    };
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "viewport", rect });
    expect(scene.boxes.map((b) => b.id)).toEqual(["cds-head-design"]);
    expect([scene.width, scene.height]).toEqual([Math.ceil(rect.width), Math.ceil(rect.height)]);
    expect(scene.boxes[0]!.x).toBe(10);
    // Its line up to the manager is drawn, and so is any other line crossing the rectangle.
    expect(scene.edges.map((e) => e.target)).toContain("cds-head-design");
    for (const e of scene.edges) {
      const inside = e.points.some((p, i) => {
        const q = e.points[i + 1] ?? p;
        return (
          Math.max(p.x, q.x) >= 0 &&
          Math.min(p.x, q.x) <= scene.width &&
          Math.max(p.y, q.y) >= 0 &&
          Math.min(p.y, q.y) <= scene.height
        );
      });
      expect(inside).toBe(true);
    }
    expect(scene.subject).toBe("org-chart-view");
  });

  it("carries the highlight: selection, chain of command, reports, the rest dimmed", () => {
    const f = fixture();
    const view = { ...f.view, highlight: highlightOf(f.ix, "cds-ed-service") };
    const scene = buildExportScene(f.ix, f.layout, view, { kind: "all" });
    const emphasis = (id: string) => scene.boxes.find((b) => b.id === id)!.emphasis;
    expect(emphasis("cds-ed-service")).toBe("selected");
    expect(emphasis("cds-ceo")).toBe("chain");
    expect(emphasis("cds-head-design")).toBe("report");
    expect(emphasis("cds-coo")).toBe("dim");
    const line = (source: string, target: string) =>
      scene.edges.find((e) => e.id === edgeId(source, target))!;
    expect(line("cds-ceo", "cds-ed-service").emphasis).toBe("chain");
    expect(line("cds-ed-service", "cds-head-design").emphasis).toBe("report");
    expect(line("cds-ceo", "cds-coo").emphasis).toBe("dim");
  });

  it("uses the theme's organization colours in chart order", () => {
    const f = fixture();
    const theme = {
      ...buildExportScene(f.ix, f.layout, f.view, { kind: "all" }).theme,
      orgColors: ["#111111", "#222222"],
    };
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" }, { theme });
    expect(scene.frames.map((fr) => fr.color)).toEqual(["#111111", "#222222", "#111111"]);
  });

  it("wraps titles as the chart does and shrinks only a line that would not fit", () => {
    expect(titleLines("Head of Security and Reliability Engineering")).toEqual([
      "Head of Security and",
      "Reliability Engineering",
    ]);
    expect(titleLines("Superintendentofoperationsandmaintenance")).toEqual([
      "Superintendentofoperatio",
      "nsandmaintenance",
    ]);
    const f = fixture();
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    for (const b of scene.boxes) {
      for (const line of b.titleLines)
        expect(textWidth(line, b.titleSize, true)).toBeLessThanOrEqual(titleWidth(b.width) + 0.5);
    }
  });
});

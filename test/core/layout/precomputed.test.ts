import ELK from "elkjs";
import { buildIndex } from "../../../src/core/graph/indexes.ts";
import { defaultCollapsed } from "../../../src/core/layout/readable.ts";
import { syntheticOrg } from "../../../src/core/graph/synthetic.ts";
import { anchorLayout } from "../../../src/core/layout/anchor.ts";
import { fallbackLayout } from "../../../src/core/layout/compute-layout.ts";
import { layoutKey } from "../../../src/core/layout/layout-key.ts";
import { likelyViews, precomputeLayouts } from "../../../src/core/layout/precompute.ts";
import {
  layoutAnswers,
  parseLayoutFile,
  readLayoutFile,
} from "../../../src/core/layout/precomputed.ts";
import { layoutRequest } from "../../../src/core/layout/request.ts";
import { seedLike } from "../../support.ts";

const elk = new ELK();
const ix = buildIndex(seedLike());
const view = { collapsed: new Set<string>(), organization: null, direction: "DOWN" as const };

describe("layout key", () => {
  it("is the same for equal requests and differs when anything drawn differs", () => {
    const key = layoutKey(layoutRequest(ix, view));
    expect(layoutKey(layoutRequest(buildIndex(seedLike()), view))).toBe(key);
    expect(layoutKey(layoutRequest(ix, { ...view, direction: "RIGHT" }))).not.toBe(key);
    expect(layoutKey(layoutRequest(ix, { ...view, mode: "wide" }))).not.toBe(key);
    const collapsed = { ...view, collapsed: new Set(["cds-ed-service"]) };
    expect(layoutKey(layoutRequest(ix, collapsed))).not.toBe(key);
    const renamed = seedLike();
    // A longer title makes a taller box: the old layout no longer fits.
    renamed.nodes[0]!.title += " and Acting Head of Everything Else in the Division";
    expect(layoutKey(layoutRequest(buildIndex(renamed), view))).not.toBe(key);
  });
});

describe("layout.json", () => {
  it("reads only well-formed entries and never throws", () => {
    expect(readLayoutFile(null)).toEqual([]);
    expect(readLayoutFile({ version: 2, layouts: [] })).toEqual([]);
    expect(readLayoutFile({ version: 1, layouts: [{ key: 1 }, "x"] })).toEqual([]);
    const layout = fallbackLayout(layoutRequest(ix, view));
    expect(readLayoutFile({ version: 1, layouts: [{ key: "k", layout }] })).toHaveLength(1);
    // From the file's text: a server's HTML error page or a cut-off file gives no entries.
    expect(parseLayoutFile("<!doctype html><title>Not found</title>")).toEqual([]);
    expect(parseLayoutFile('{"version":1,"layouts":[')).toEqual([]);
    const text = JSON.stringify({ version: 1, layouts: [{ key: "k", layout }] });
    expect(parseLayoutFile(text)).toEqual([{ key: "k", layout }]);
  });

  it("accepts a layout only for the exact boxes, routes and frames of a request", () => {
    const request = layoutRequest(ix, view);
    const layout = fallbackLayout(request);
    expect(layoutAnswers(layout, request)).toBe(true);
    expect(layoutAnswers(layout, layoutRequest(ix, { ...view, direction: "RIGHT" }))).toBe(false);
    const fewer = layoutRequest(ix, { ...view, collapsed: new Set(["cds-ed-service"]) });
    expect(layoutAnswers(layout, fewer)).toBe(false);
    const broken = structuredClone(layout);
    broken.positions["cds-ceo"]!.x = Number.NaN;
    expect(layoutAnswers(broken, request)).toBe(false);
  });

  it("precomputes the views the app asks for first, keyed as the app keys them", async () => {
    const file = await precomputeLayouts(ix, elk);
    const keys = new Set(file.layouts.map((l) => l.key));
    const collapsed = defaultCollapsed(ix);
    const first = layoutRequest(ix, { ...view, collapsed });
    expect(keys.has(layoutKey(first))).toBe(true);
    // Expand all, left to right, the wide layout.
    expect(keys.has(layoutKey(layoutRequest(ix, view)))).toBe(true);
    const right = layoutRequest(ix, { ...view, collapsed, direction: "RIGHT" });
    expect(keys.has(layoutKey(right))).toBe(true);
    const wide = layoutRequest(ix, { ...view, collapsed, mode: "wide" });
    expect(keys.has(layoutKey(wide))).toBe(true);
    // A first click: opening a box of the default view.
    expect(collapsed.has("cds-ed-service")).toBe(true);
    const opened = new Set([...collapsed].filter((id) => id !== "cds-ed-service"));
    const open = layoutRequest(ix, { ...view, collapsed: opened });
    expect(keys.has(layoutKey(open))).toBe(true);
    for (const { layout } of file.layouts) expect(layout.engine).toBe("elk");
    const entry = file.layouts.find((l) => l.key === layoutKey(open))!;
    expect(layoutAnswers(entry.layout, open)).toBe(true);
  });

  it("stays within its budget for a large graph", { timeout: 60_000 }, async () => {
    const big = buildIndex(syntheticOrg(2_000, { orgs: 1, fanout: 8 }));
    expect(likelyViews(big).length).toBeGreaterThan(6);
    const file = await precomputeLayouts(big, elk, { layouts: 6, boxes: 400 });
    expect(file.layouts.length).toBeLessThanOrEqual(6);
    const boxes = file.layouts.reduce((n, l) => n + Object.keys(l.layout.positions).length, 0);
    expect(boxes).toBeLessThanOrEqual(400);
  });
});

describe("anchoring a re-layout", () => {
  it("keeps the toggled box in place and the rest of the chart in the same shape", () => {
    const before = fallbackLayout(layoutRequest(ix, view));
    const closed = { ...view, collapsed: new Set(["cds-ed-service"]) };
    const after = fallbackLayout(layoutRequest(ix, closed));
    const anchored = anchorLayout(after, before, "cds-ed-service");
    const a = anchored.positions["cds-ed-service"]!;
    const b = before.positions["cds-ed-service"]!;
    expect([a.x, a.y]).toEqual([b.x, b.y]);
    const dx = anchored.positions["cds-ceo"]!.x - after.positions["cds-ceo"]!.x;
    expect(anchored.groups[0]!.x - after.groups[0]!.x).toBe(dx);
    const edge = Object.keys(after.edges)[0]!;
    expect(anchored.edges[edge]![0]!.x - after.edges[edge]![0]!.x).toBe(dx);
    expect(anchorLayout(after, before, "no-such-box")).toBe(after);
  });
});

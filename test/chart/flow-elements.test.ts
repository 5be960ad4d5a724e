import { createFlowDeriver, toFlowElements, withTabStop } from "../../src/chart/flow-elements.ts";
import type { FlowNode } from "../../src/chart/flow-elements.ts";
import { Revealer } from "../../src/chart/reveal.ts";
import { buildIndex } from "../../src/core/graph/indexes.ts";
import { organizations } from "../../src/core/graph/queries.ts";
import { anchorLayout } from "../../src/core/layout/anchor.ts";
import { fallbackLayout } from "../../src/core/layout/compute-layout.ts";
import { layoutRequest } from "../../src/core/layout/request.ts";
import { seedLike } from "../support.ts";

const ix = buildIndex(seedLike());
const orgs = organizations(ix);
const open = {
  collapsed: new Set<string>(),
  organization: null,
  direction: "DOWN" as "DOWN" | "RIGHT",
};
const closed = { ...open, collapsed: new Set(["cds-ed-service"]) };
const layoutOf = (v: typeof open) => fallbackLayout(layoutRequest(ix, v));
const byId = (nodes: FlowNode[]) => new Map(nodes.map((n) => [n.id, n]));

describe("chart elements", () => {
  it("draws every box with its size known, and one route per reporting line", () => {
    const layout = layoutOf(open);
    const { nodes, routes } = toFlowElements(ix, layout, { collapsed: open.collapsed, orgs });
    const boxes = nodes.filter((n) => n.type === "position");
    expect(boxes).toHaveLength(ix.graph.nodes.length);
    for (const n of boxes) expect(n.measured).toEqual({ width: n.width, height: n.height });
    expect(routes).toHaveLength(ix.graph.edges.length);
    // Compact layout: every line has five points (so a line that moves can glide).
    expect(routes[0]!.points).toHaveLength(5);
  });

  it("keeps unchanged boxes identical, and a moved box's data, between derivations", () => {
    const before = layoutOf(open);
    const first = toFlowElements(ix, before, { collapsed: open.collapsed, orgs });
    const again = toFlowElements(ix, before, { collapsed: open.collapsed, orgs }, first);
    expect(again.nodes.every((n, i) => n === first.nodes[i])).toBe(true);
    expect(again.routes.every((r, i) => r === first.routes[i])).toBe(true);

    // Collapse with the toggled box anchored: boxes move, only the toggled box's data changes.
    const after = anchorLayout(layoutOf(closed), before, "cds-ed-service");
    const next = toFlowElements(ix, after, { collapsed: closed.collapsed, orgs }, again);
    const old = byId(again.nodes);
    const changedData = next.nodes.filter((n) => n.data !== old.get(n.id)?.data).map((n) => n.id);
    expect(changedData).toEqual(["cds-ed-service"]);
    expect(byId(next.nodes).get("cds-ed-service")!.position).toEqual(
      old.get("cds-ed-service")!.position,
    );
  });
});

describe("one Tab stop (roving tabindex)", () => {
  const { nodes } = toFlowElements(ix, layoutOf(open), { collapsed: open.collapsed, orgs });
  const stops = (ns: FlowNode[]) =>
    ns.filter((n) => n.type === "position" && n.domAttributes?.tabIndex !== -1).map((n) => n.id);

  it("is the first top box when nothing is selected, else the selected box", () => {
    expect(stops(withTabStop(nodes, null, ix.roots))).toEqual([ix.roots[0]]);
    expect(stops(withTabStop(nodes, "cds-head-design", ix.roots))).toEqual(["cds-head-design"]);
  });

  it("falls back to a drawn top box when the selection is hidden, and marks the stop's data", () => {
    const shown = nodes.filter((n) => n.id !== "cds-head-design");
    const result = withTabStop(shown, "cds-head-design", ix.roots);
    expect(stops(result)).toEqual([ix.roots[0]]);
    const stop = result.find((n) => n.id === ix.roots[0])!;
    expect(stop.type === "position" && stop.data.tabStop).toBe(true);
  });

  it("keeps every other node identical", () => {
    const result = withTabStop(nodes, "cds-head-design", ix.roots);
    const changed = result.filter((n, i) => n !== nodes[i]).map((n) => n.id);
    expect(changed).toEqual(["cds-head-design"]);
  });
});

describe("flow deriver", () => {
  it("returns the same elements for the same inputs, and shares unchanged ones otherwise", () => {
    const derive = createFlowDeriver();
    const layout = layoutOf(open);
    const view = { collapsed: open.collapsed, orgs };
    const first = derive(ix, layout, view);
    expect(derive(ix, layout, { ...view })).toBe(first);
    const other = derive(ix, layout, { ...view, language: "fr" });
    expect(other).not.toBe(first);
  });

  it("words the boxes anew when the language changes, and keeps them across layouts", () => {
    const derive = createFlowDeriver();
    const view = { collapsed: open.collapsed, orgs };
    const label = (els: ReturnType<typeof derive>, id: string) => {
      const node = els.nodes.find((n) => n.id === id)!;
      return node.type === "position" ? [node.data.label, node.data.fteText] : [];
    };
    const english = derive(ix, layoutOf(open), view);
    expect(label(english, "cds-head-design")).toEqual([
      expect.stringContaining("reports to Executive Director, Service"),
      "13 FTEs",
    ]);
    const french = derive(ix, layoutOf(open), { ...view, language: "fr" });
    expect(label(french, "cds-head-design")).toEqual([
      expect.stringContaining("relève de Executive Director, Service"),
      "13 ETP",
    ]);
    // A new layout of the same graph in the same language says the same.
    const relaid = derive(ix, layoutOf({ ...open, direction: "RIGHT" }), {
      ...view,
      language: "fr",
    });
    expect(label(relaid, "cds-head-design")).toEqual(label(french, "cds-head-design"));
    expect(label(derive(ix, layoutOf(open), view), "cds-head-design")).toEqual(
      label(english, "cds-head-design"),
    );
  });
});

describe("Revealer", () => {
  const nodes = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `n${i}` }));

  it("draws the first set whole, then adds new boxes a chunk per commit", () => {
    const revealer = new Revealer<{ id: string }>(3);
    const first = nodes(2);
    expect(revealer.pick(first)).toEqual({ nodes: first, complete: true });
    revealer.commit(first);

    const expanded = nodes(9);
    const step1 = revealer.pick(expanded);
    expect(step1.nodes.map((n) => n.id)).toEqual(["n0", "n1", "n2", "n3", "n4"]);
    expect(step1.complete).toBe(false);
    // Asking again before anything was drawn gives the same answer (render may run twice).
    expect(revealer.pick(expanded)).toBe(step1);
    revealer.commit(step1.nodes);
    const step2 = revealer.pick(expanded);
    expect(step2.nodes).toHaveLength(8);
    revealer.commit(step2.nodes);
    expect(revealer.pick(expanded)).toEqual({ nodes: expanded, complete: true });
  });

  it("removes boxes at once", () => {
    const revealer = new Revealer<{ id: string }>(3);
    revealer.commit(nodes(9));
    expect(revealer.pick(nodes(1))).toEqual({ nodes: nodes(1), complete: true });
  });
});

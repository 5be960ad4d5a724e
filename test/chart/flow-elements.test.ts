import { toFlowElements } from "../../src/chart/flow-elements.ts";
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
const open = { collapsed: new Set<string>(), organization: null, direction: "DOWN" as const };
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
    expect(routes[0]!.points).toHaveLength(4);
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

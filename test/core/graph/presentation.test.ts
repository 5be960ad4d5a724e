import { buildIndex } from "../../../src/core/graph/indexes.ts";
import {
  focusSet,
  readingOrder,
  startIndex,
  stepIndex,
} from "../../../src/core/graph/presentation.ts";
import { visibleNodes } from "../../../src/core/graph/queries.ts";
import { seedLike } from "../../support.ts";

const ix = buildIndex(seedLike());
const all = { collapsed: new Set<string>(), organization: null };

describe("presentation: focus set", () => {
  it("is the chain of command from the top, then the direct reports", () => {
    const reports = ix.childrenOf.get("cds-ed-service") ?? [];
    expect(reports.length).toBeGreaterThan(0);
    expect(focusSet(ix, "cds-ed-service")).toEqual(["cds-ceo", "cds-ed-service", ...reports]);
  });

  it("for a root is the root and its reports; for a leaf, its chain only", () => {
    expect(focusSet(ix, "cds-ceo")).toEqual(["cds-ceo", ...(ix.childrenOf.get("cds-ceo") ?? [])]);
    expect(focusSet(ix, "cds-head-design-research")).toEqual([
      "cds-ceo",
      "cds-ed-service",
      "cds-head-design-research",
    ]);
    expect(focusSet(ix, "missing")).toEqual([]);
  });
});

describe("presentation: step order", () => {
  it("reads the visible tree depth-first, a manager before its reports", () => {
    const order = readingOrder(ix, all);
    expect(order).toHaveLength(ix.graph.nodes.length);
    expect(order[0]).toBe("cds-ceo");
    for (const [i, id] of order.entries()) {
      const manager = ix.managerOf.get(id);
      if (manager !== undefined) expect(order.indexOf(manager)).toBeLessThan(i);
    }
    // Depth-first: a subtree is contiguous, so Executive Director, Service's reports follow it.
    const at = order.indexOf("cds-ed-service");
    expect(order[at + 1]).toBe(ix.childrenOf.get("cds-ed-service")![0]);
  });

  it("skips what is collapsed or filtered out", () => {
    const collapsed = new Set(["cds-ceo"]);
    const order = readingOrder(ix, { collapsed, organization: null });
    expect(order).toContain("cds-ceo");
    expect(order).not.toContain("cds-ed-service");
    expect(order).toEqual(visibleNodes(ix, { collapsed, organization: null }));
  });

  it("starts at the selection or the first root and stops at both ends", () => {
    const order = ["a", "b", "c"];
    expect(startIndex(order, "b")).toBe(1);
    expect(startIndex(order, null)).toBe(0);
    expect(startIndex(order, "hidden")).toBe(0);
    expect(stepIndex(order, 1, 1)).toBe(2);
    expect(stepIndex(order, 2, 1)).toBe(2);
    expect(stepIndex(order, 0, -1)).toBe(0);
    expect(stepIndex([], 0, 1)).toBe(0);
  });
});

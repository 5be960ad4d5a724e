import ELK from "elkjs";
import { buildIndex } from "../../../src/core/graph/indexes.ts";
import type { GraphIndex } from "../../../src/core/graph/indexes.ts";
import { organizationOf } from "../../../src/core/graph/queries.ts";
import { syntheticOrg } from "../../../src/core/graph/synthetic.ts";
import { boxSize, wrapTitle } from "../../../src/core/layout/box-size.ts";
import { computeLayout, fallbackLayout } from "../../../src/core/layout/compute-layout.ts";
import { elkOptions, toElkGraph } from "../../../src/core/layout/elk-mapping.ts";
import { layoutRequest } from "../../../src/core/layout/request.ts";
import type { Box, Direction, LayoutMode, LayoutResult } from "../../../src/core/layout/types.ts";
import { seedLike } from "../../support.ts";

const elk = new ELK();

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function expectNoOverlap(result: LayoutResult) {
  const boxes = Object.entries(result.positions);
  // Sweep by x so 300+ boxes stay fast.
  boxes.sort((a, b) => a[1].x - b[1].x);
  const bad: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (
      let j = i + 1;
      j < boxes.length && boxes[j]![1].x < boxes[i]![1].x + boxes[i]![1].width;
      j++
    ) {
      if (overlaps(boxes[i]![1], boxes[j]![1]))
        bad.push(`${boxes[i]![0]} overlaps ${boxes[j]![0]}`);
    }
  }
  expect(bad).toEqual([]);
}

function expectTreesSeparate(ix: GraphIndex, result: LayoutResult) {
  for (const [i, a] of result.groups.entries()) {
    for (const b of result.groups.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  }
  const outside: string[] = [];
  for (const [id, box] of Object.entries(result.positions)) {
    const frame = result.groups.find((g) => g.key === organizationOf(ix, id))!;
    const inside =
      box.x >= frame.x &&
      box.y >= frame.y &&
      box.x + box.width <= frame.x + frame.width &&
      box.y + box.height <= frame.y + frame.height;
    if (!inside) outside.push(id);
  }
  expect(outside).toEqual([]);
}

/** No segment of any route passes through a box (other than touching its own ends). */
function expectRoutesAvoidBoxes(result: LayoutResult) {
  const boxes = Object.values(result.positions);
  const bad: string[] = [];
  for (const [id, points] of Object.entries(result.edges)) {
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      const seg = {
        x: Math.min(a.x, b.x) + 0.5,
        y: Math.min(a.y, b.y) + 0.5,
        width: Math.max(Math.abs(a.x - b.x) - 1, 0.01),
        height: Math.max(Math.abs(a.y - b.y) - 1, 0.01),
      };
      if (boxes.some((box) => overlaps(seg, box))) bad.push(`edge ${id} crosses a box`);
    }
  }
  expect(bad).toEqual([]);
}

async function layOut(ix: GraphIndex, direction: Direction = "DOWN", mode?: LayoutMode) {
  return computeLayout(
    elk,
    layoutRequest(ix, { collapsed: new Set(), organization: null, direction, mode }),
  );
}

const MODES = ["compact", "wide"] as const;

describe("box size", () => {
  it("wraps titles at word boundaries", () => {
    expect(wrapTitle("Head of Security and Reliability Engineering")).toEqual([
      "Head of Security and",
      "Reliability Engineering",
    ]);
    expect(boxSize("Chief of Staff").height).toBeLessThan(
      boxSize("Head of Security and Reliability Engineering").height,
    );
  });
});

describe("ELK mapping", () => {
  it("asks for layered, orthogonal, Brandes-Koepf, order-keeping layout", () => {
    const options = elkOptions("DOWN");
    expect(options["elk.algorithm"]).toBe("layered");
    expect(options["elk.edgeRouting"]).toBe("ORTHOGONAL");
    expect(options["elk.layered.nodePlacement.strategy"]).toBe("BRANDES_KOEPF");
    expect(Object.keys(options).some((k) => k.includes("considerModelOrder"))).toBe(false);
  });

  it("maps one organization's visible boxes and edges to one ELK graph", () => {
    const ix = buildIndex(seedLike());
    const request = layoutRequest(ix, {
      collapsed: new Set(["cds-ed-service"]),
      organization: null,
      direction: "DOWN",
    });
    const elkGraph = toElkGraph(request.trees[0]!, "DOWN");
    expect(elkGraph.children).toHaveLength(10);
    expect(elkGraph.edges).toHaveLength(9);
    expect(elkGraph.children!.every((c) => c.width === 240 && (c.height ?? 0) > 0)).toBe(true);
  });
});

describe("layout with ELK in Node", () => {
  it.each(MODES)(
    "lays out the seed-like graph without overlaps, one frame per organization (%s)",
    async (mode) => {
      const ix = buildIndex(seedLike());
      const result = await layOut(ix, "DOWN", mode);
      expect(result.engine).toBe("elk");
      expect(result.mode).toBe(mode);
      expect(Object.keys(result.positions)).toHaveLength(ix.graph.nodes.length);
      expect(result.groups.map((g) => g.label)).toEqual([
        "Treasury Board Secretariat",
        "Service Canada",
        "Employment and Social Development Canada",
      ]);
      expectNoOverlap(result);
      expectTreesSeparate(ix, result);
      expectRoutesAvoidBoxes(result);
    },
  );

  it("keeps siblings in document order and managers above their reports (wide)", async () => {
    const ix = buildIndex(seedLike());
    const result = await layOut(ix, "DOWN", "wide");
    const xs = ix.childrenOf.get("cds-ed-service")!.map((id) => result.positions[id]!.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    const head = result.positions["cds-head-design"]!;
    const manager = result.positions["cds-ed-service"]!;
    expect(head.y).toBeGreaterThan(manager.y + manager.height);
  });

  it.each(MODES)(
    "lays out a generated 300-position org, also left to right (%s)",
    { timeout: 30_000 },
    async (mode) => {
      const ix = buildIndex(syntheticOrg(300, { orgs: 3, fanout: 6 }));
      for (const direction of ["DOWN", "RIGHT"] as const) {
        const result = await layOut(ix, direction, mode);
        expect(Object.keys(result.positions)).toHaveLength(300);
        expectNoOverlap(result);
        expectTreesSeparate(ix, result);
        expectRoutesAvoidBoxes(result);
      }
    },
  );

  it.each(MODES)("has an instant fallback with the same guarantees (%s)", (mode) => {
    const ix = buildIndex(syntheticOrg(300, { orgs: 2, fanout: 5 }));
    for (const direction of ["DOWN", "RIGHT"] as const) {
      const view = { collapsed: new Set<string>(), organization: null, direction, mode };
      const result = fallbackLayout(layoutRequest(ix, view));
      expect(result.engine).toBe("fallback");
      expectNoOverlap(result);
      expectTreesSeparate(ix, result);
      expectRoutesAvoidBoxes(result);
    }
  });
});

import ELK from "elkjs";
import { buildIndex } from "../../../src/core/graph/indexes.ts";
import type { GraphIndex } from "../../../src/core/graph/indexes.ts";
import { syntheticOrg } from "../../../src/core/graph/synthetic.ts";
import { boxSize, wrapTitle } from "../../../src/core/layout/box-size.ts";
import { computeLayout, fallbackLayout } from "../../../src/core/layout/compute-layout.ts";
import { elkOptions, toElkGraph } from "../../../src/core/layout/elk-mapping.ts";
import { layoutRequest } from "../../../src/core/layout/request.ts";
import type { Direction, LayoutMode, LayoutResult } from "../../../src/core/layout/types.ts";
import { seedLike } from "../../support.ts";
import { boxOverlaps, framesWrong, routesDetached, routesWrong } from "./geometry.ts";

const elk = new ELK();

function expectNoOverlap(result: LayoutResult) {
  expect(boxOverlaps(result)).toEqual([]);
}

function expectTreesSeparate(ix: GraphIndex, result: LayoutResult) {
  expect(framesWrong(ix, result)).toEqual([]);
}

function expectRoutesAvoidBoxes(result: LayoutResult) {
  expect(routesWrong(result)).toEqual([]);
  expect(routesDetached(result)).toEqual([]);
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

import ELK from "elkjs";
import fc from "fast-check";
import { buildIndex } from "../../../src/core/graph/indexes.ts";
import type { GraphIndex } from "../../../src/core/graph/indexes.ts";
import { collapsedBeyondLevel, organizations } from "../../../src/core/graph/queries.ts";
import type { OrgGraph } from "../../../src/core/graph/model.ts";
import { computeLayout, fallbackLayout } from "../../../src/core/layout/compute-layout.ts";
import { defaultCollapsed } from "../../../src/core/layout/readable.ts";
import { layoutRequest } from "../../../src/core/layout/request.ts";
import {
  READABLE_ZOOM,
  REFERENCE_PANE,
  TARGET_ASPECT,
  fitZoom,
} from "../../../src/core/layout/screen.ts";
import type { Direction, LayoutResult } from "../../../src/core/layout/types.ts";
import { seedLike } from "../../support.ts";
import { arbitraryOrg } from "./arbitrary-org.ts";
import { centringErrors } from "../../../scripts/lib/layout-quality.ts";
import { boxOverlaps, framesWrong, routesDetached, routesWrong } from "./geometry.ts";

const elk = new ELK();
const DIRECTIONS = ["DOWN", "RIGHT"] as const;

function request(ix: GraphIndex, direction: Direction = "DOWN", collapsed = new Set<string>()) {
  return layoutRequest(ix, { collapsed, organization: null, direction });
}

/**
 * Reports out of document order: a manager's reports that have reports of their own must stand
 * in order along the sibling axis, and its list must read in order (across, then down).
 */
function orderWrong(ix: GraphIndex, result: LayoutResult): string[] {
  const down = result.direction === "DOWN";
  const along = (id: string) => (down ? result.positions[id]!.x : result.positions[id]!.y);
  const across = (id: string) => (down ? result.positions[id]!.y : result.positions[id]!.x);
  const managers = new Set(Object.keys(result.edges).map((id) => id.split("\u2192")[0]!));
  const bad: string[] = [];
  for (const manager of managers) {
    const kids = (ix.childrenOf.get(manager) ?? []).filter((k) => result.positions[k]);
    const heads = kids.filter((k) => managers.has(k)).map(along);
    if (heads.some((x, i) => i > 0 && x <= heads[i - 1]!))
      bad.push(`${manager}: reports out of order`);
    const list = kids.filter((k) => !managers.has(k));
    const reading = [...list].sort((a, b) => across(a) - across(b) || along(a) - along(b));
    if (list.length > 1 && reading.join() !== list.join())
      bad.push(`${manager}: list out of order`);
  }
  return bad;
}

function problems(ix: GraphIndex, result: LayoutResult): string[] {
  return [
    ...orderWrong(ix, result),
    ...boxOverlaps(result),
    ...framesWrong(ix, result),
    ...routesWrong(result),
    ...routesDetached(result),
    ...centringErrors(result)
      .filter((e) => e > 1)
      .map((e) => `a manager is ${e} px off the middle of its reports`),
  ];
}

describe("compact layout", () => {
  const ix = buildIndex(seedLike());

  it("hangs reports without reports in two columns under their manager, in reading order", async () => {
    const result = await computeLayout(elk, request(ix));
    const heads = ix.childrenOf.get("cds-ed-service")!;
    const boxes = heads.map((id) => result.positions[id]!);
    const manager = result.positions["cds-ed-service"]!;
    expect(new Set(boxes.map((b) => b.x)).size).toBe(2);
    expect(new Set(boxes.map((b) => b.y)).size).toBe(3);
    for (const b of boxes) expect(b.y).toBeGreaterThan(manager.y + manager.height);
    // Document order reads left to right, then down.
    const reading = [...heads].sort((a, b) => {
      const p = result.positions[a]!;
      const q = result.positions[b]!;
      return p.y - q.y || p.x - q.x;
    });
    expect(reading).toEqual(heads);
    // One spine down the middle, right under the manager; a stub into the side of each box.
    const spines = heads.map((id) => result.edges[`cds-ed-service\u2192${id}`]!);
    const spineX = manager.x + manager.width / 2;
    for (const [i, line] of spines.entries()) {
      expect(line[3]!.x).toBe(spineX);
      const end = line.at(-1)!;
      const box = boxes[i]!;
      expect([box.x, box.x + box.width]).toContain(end.x);
      expect(end.y).toBe(box.y + box.height / 2);
    }
  });

  it("centres each manager over its reports within a pixel, with ELK and the fallback", async () => {
    for (const direction of DIRECTIONS) {
      const elkResult = await computeLayout(elk, request(ix, direction));
      const quick = fallbackLayout(request(ix, direction));
      expect(problems(ix, elkResult)).toEqual([]);
      expect(problems(ix, quick)).toEqual([]);
      // The CEO sits over the middle of its reports' row, not pulled aside by a wide subtree.
      expect(Math.max(...centringErrors(elkResult))).toBeLessThanOrEqual(1);
    }
  });

  it("draws the seed-like chart the same with ELK and with the instant fallback", async () => {
    for (const direction of DIRECTIONS) {
      const elkResult = await computeLayout(elk, request(ix, direction));
      const quick = fallbackLayout(request(ix, direction));
      expect(quick.positions).toEqual(elkResult.positions);
      expect(quick.edges).toEqual(elkResult.edges);
    }
  });

  it("gives the whole chart about the shape of a laptop's chart pane, where the wide layout is a strip", () => {
    const compact = fallbackLayout(request(ix));
    const wide = fallbackLayout({ ...request(ix), mode: "wide" });
    const aspect = compact.width / compact.height;
    expect(aspect).toBeGreaterThan(TARGET_ASPECT * 0.75);
    expect(aspect).toBeLessThan(TARGET_ASPECT * 1.25);
    expect(wide.width / wide.height).toBeGreaterThan(TARGET_ASPECT * 1.25);
    expect(fitZoom(compact, REFERENCE_PANE)).toBeGreaterThan(fitZoom(wide, REFERENCE_PANE) * 1.2);
  });

  it("opens on as many levels as a 1,366 x 768 laptop shows with readable titles", () => {
    const collapsed = defaultCollapsed(ix);
    expect([...collapsed].sort()).toEqual([...collapsedBeyondLevel(ix, 2)].sort());
    const opened = fallbackLayout(request(ix, "DOWN", collapsed));
    expect(fitZoom(opened, REFERENCE_PANE)).toBeGreaterThanOrEqual(READABLE_ZOOM);
    // One more level would not be readable whole.
    const more = fallbackLayout(request(ix, "DOWN", collapsedBeyondLevel(ix, 3)));
    expect(fitZoom(more, REFERENCE_PANE)).toBeLessThan(READABLE_ZOOM);
  });

  it("puts a strip of managers' lists in one column when that shows the chart larger", () => {
    const graph = structuredClone(seedLike());
    // Eight directors under the CEO, each with six reports without reports.
    const template = graph.nodes.find((n) => n.id === "cds-ed-service")!;
    const edge = graph.edges[0]!;
    for (let d = 0; d < 8; d++) {
      graph.nodes.push({ ...template, id: `dir${d}`, title: `Director ${d}` });
      graph.edges.push({ ...edge, id: `e-dir${d}`, source: "cds-ceo", target: `dir${d}` });
      for (let r = 0; r < 6; r++) {
        graph.nodes.push({ ...template, id: `dir${d}-r${r}`, title: `Analyst ${r}` });
        graph.edges.push({
          ...edge,
          id: `e-dir${d}-${r}`,
          source: `dir${d}`,
          target: `dir${d}-r${r}`,
        });
      }
    }
    const big = buildIndex(graph);
    const result = fallbackLayout(request(big));
    const xs = new Set([0, 1, 2, 3, 4, 5].map((r) => result.positions[`dir0-r${r}`]!.x));
    expect(xs.size).toBe(1);
    expect(problems(big, result)).toEqual([]);
  });

  it("never overlaps boxes, never crosses a box with a line and centres managers (fallback)", () => {
    fc.assert(
      fc.property(
        arbitraryOrg(),
        fc.constantFrom(...DIRECTIONS),
        fc.nat(),
        (graph, direction, seed) => {
          const org = buildIndex(graph);
          const managers = [...org.childrenOf.keys()];
          const collapsed = new Set(managers.filter((_, i) => (seed >> (i % 30)) & 1));
          expect(problems(org, fallbackLayout(request(org, direction, collapsed)))).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("keeps the same guarantees with ELK", { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryOrg(25),
        fc.constantFrom(...DIRECTIONS),
        async (graph, direction) => {
          const org = buildIndex(graph);
          const result = await computeLayout(elk, request(org, direction));
          expect(result.engine).toBe("elk");
          expect(problems(org, result)).toEqual([]);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("lays out a 10,000-deep chain", () => {
    const graph = structuredClone(seedLike()) as OrgGraph;
    const template = graph.nodes[0]!;
    const edge = graph.edges[0]!;
    graph.nodes = [];
    graph.edges = [];
    for (let i = 0; i < 10_000; i++) {
      graph.nodes.push({ ...template, id: `n${i}`, title: `Level ${i}` });
      if (i > 0) graph.edges.push({ ...edge, id: `e${i}`, source: `n${i - 1}`, target: `n${i}` });
    }
    const chain = buildIndex(graph);
    const result = fallbackLayout(request(chain));
    expect(Object.keys(result.positions)).toHaveLength(10_000);
    expect(result.positions.n9999!.y).toBeGreaterThan(result.positions.n9998!.y);
  });
});

describe("organization frames", () => {
  function withOrgs(orgs: Array<{ department: string | null; branch: string | null }>): OrgGraph {
    const graph = structuredClone(seedLike());
    const template = graph.nodes[0]!;
    const edge = graph.edges[0]!;
    graph.nodes = [];
    graph.edges = [];
    orgs.forEach((organization, i) => {
      // Each organization: a manager with one report, and a position with neither.
      for (const [suffix, title] of [
        ["m", "Manager"],
        ["r", "Report"],
        ["alone", "Analyst"],
      ] as const) {
        const id = `o${i}-${suffix}`;
        graph.nodes.push({
          ...template,
          id,
          title,
          organization: { ...organization, directorate: null },
        });
      }
      graph.edges.push({ ...edge, id: `e${i}`, source: `o${i}-m`, target: `o${i}-r` });
    });
    return graph;
  }

  it("gathers positions with no manager and no reports in one Unplaced frame, as a grid", () => {
    const graph = withOrgs(
      Array.from({ length: 12 }, (_, i) => ({ department: `D${i}`, branch: null })),
    );
    const org = buildIndex(graph);
    const groups = organizations(org);
    expect(groups.at(-1)).toMatchObject({ label: "Unplaced", unplaced: true, size: 12 });
    expect(groups.filter((g) => !g.unplaced)).toHaveLength(12);
    const result = fallbackLayout(request(org));
    const frame = result.groups.find((g) => g.unplaced)!;
    expect(frame.key).toBe("Unplaced");
    // The largest frame, yet not the one the chart starts with at the top left.
    expect(result.groups.filter((g) => g.x === 0 && g.y === 0)).not.toContain(frame);
    const alone = Object.entries(result.positions).filter(([id]) => id.endsWith("-alone"));
    expect(new Set(alone.map(([, b]) => b.y)).size).toBeGreaterThan(1);
    expect(new Set(alone.map(([, b]) => b.x)).size).toBeGreaterThan(1);
    expect(problems(org, result)).toEqual([]);
  });

  it("makes one frame per branch when a department's trees sit in several branches", () => {
    const org = buildIndex(
      withOrgs([
        { department: "Employment and Social Development Canada", branch: "Learning" },
        { department: "Employment and Social Development Canada", branch: "Skills and Employment" },
        { department: "Service Canada", branch: "Citizen Services" },
      ]),
    );
    expect(organizations(org).map((g) => g.label)).toEqual([
      "Learning \u2014 Employment and Social Development Canada",
      "Skills and Employment \u2014 Employment and Social Development Canada",
      "Service Canada",
      "Unplaced",
    ]);
  });
});

import { readdirSync } from "node:fs";
import path from "node:path";
import { buildIndex } from "../../../src/core/graph/indexes.ts";
import type { OrgGraph } from "../../../src/core/graph/model.ts";
import { UNPLACED, organizations } from "../../../src/core/graph/queries.ts";
import { unitTotals } from "../../../src/core/graph/totals.ts";
import { seedLike } from "../../support.ts";
import { corpusGraph } from "../../ui/corpus-support.ts";

const withNode = (graph: OrgGraph, id: string, patch: object): OrgGraph => ({
  ...graph,
  nodes: graph.nodes.map((n) => (n.id === id ? { ...n, ...patch } : n)),
});

describe("unit totals with identical positions and reports not described (decision 0111)", () => {
  const seeds = seedLike();

  it("a box standing for several positions counts its stated size once, never multiplied", () => {
    const before = unitTotals(buildIndex(seeds));
    const after = unitTotals(buildIndex(withNode(seeds, "cds-head-design", { positionCount: 3 })));
    expect(after.get("cds-head-design")).toEqual(before.get("cds-head-design"));
    expect(after.get("cds-ed-service")).toEqual(before.get("cds-ed-service"));
  });

  it("reports no document names make a manager's sum a lower bound ('50+ FTEs')", () => {
    // The Executive Director, Service's unit as the sum of its reports, all of known size.
    const summed = withNode(
      withNode(seeds, "cds-ed-service", { fte: null }),
      "cds-manager-delivery",
      {
        fte: 0,
      },
    );
    const before = unitTotals(buildIndex(summed)).get("cds-ed-service")!;
    expect(before).toMatchObject({ basis: "sum", complete: true });
    const after = unitTotals(
      buildIndex(withNode(summed, "cds-ed-service", { undescribedReports: 2 })),
    ).get("cds-ed-service")!;
    expect(after).toEqual({ ...before, complete: false });
  });

  it("a manager's own stated unit size stays as stated", () => {
    const after = unitTotals(
      buildIndex(withNode(seeds, "cds-director-engagement", { undescribedReports: 1 })),
    );
    expect(after.get("cds-director-engagement")).toMatchObject({
      current: 15,
      basis: "stated",
      complete: true,
    });
  });
});

describe("the whole corpus in frames", () => {
  const dir = path.resolve(import.meta.dirname, "../../fixtures/corpus");
  const files = ["md", "ocr"].flatMap((sub) =>
    readdirSync(path.join(dir, sub)).map((name) => `${sub}/${name}`),
  );
  const ix = buildIndex(corpusGraph(files).graph);
  const groups = organizations(ix);

  it("draws one branch in one frame, never as 'Branch' beside 'Branch — Department'", () => {
    const labels = groups.map((g) => g.label);
    for (const label of labels) {
      const [branch, department] = label.split(" \u2014 ");
      if (department === undefined) continue;
      expect(labels, `"${branch}" drawn apart from "${label}"`).not.toContain(branch);
    }
    expect(labels).toContain(
      "Skills and Employment \u2014 Employment and Social Development Canada",
    );
  });

  it("gathers positions with no known manager and no reports in one Unplaced frame", () => {
    const unplaced = groups.filter((g) => g.unplaced);
    expect(unplaced).toHaveLength(1);
    expect(unplaced[0]!.label).toBe(UNPLACED);
    for (const id of unplaced[0]!.roots) {
      expect(ix.managerOf.has(id)).toBe(false);
      expect(ix.childrenOf.get(id) ?? []).toEqual([]);
    }
  });

  it("has no frame of lone boxes: every other frame's trees have a manager and reports", () => {
    for (const group of groups.filter((g) => !g.unplaced))
      for (const root of group.roots) expect(ix.childrenOf.get(root)?.length).toBeGreaterThan(0);
  });

  it("frames a tree whose top has no stated organization where its reports' documents put it", () => {
    const labelled = groups.filter((g) => !g.unplaced).flatMap((g) => g.roots);
    const top = [...ix.byId.values()].find(
      (n) =>
        n.title ===
        "Director General, Integrated Corporate Accounting and Accountability Directorate",
    )!;
    expect(labelled).toContain(top.id);
    expect(groups.find((g) => g.roots.includes(top.id))!.label).toBe("Chief Financial Officer");
  });
});

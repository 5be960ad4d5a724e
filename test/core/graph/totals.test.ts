import { buildIndex } from "../../../src/core/graph/indexes.ts";
import { organizationTotal, unitTotals } from "../../../src/core/graph/totals.ts";
import { syntheticOrg } from "../../../src/core/graph/synthetic.ts";
import { seedLike } from "../../support.ts";

describe("unit totals", () => {
  const ix = buildIndex(seedLike());
  const totals = unitTotals(ix);

  it("takes a unit size the position's own document states, and counts planned FTEs apart", () => {
    expect(totals.get("cds-director-engagement")).toEqual({
      current: 15,
      planned: 3,
      basis: "stated",
      complete: true,
    });
    expect(totals.get("cds-consulting-team")).toEqual({
      current: null,
      planned: 3,
      basis: "none",
      complete: true,
    });
  });

  it("adds up reports when a manager states no size, and says when some are unknown", () => {
    // CEO: ED Service 31 + Director Engagement 15; COO, Chief of Staff, … state no size.
    expect(totals.get("cds-ceo")).toEqual({
      current: 46,
      planned: 3,
      basis: "sum",
      complete: false,
    });
    expect(totals.get("esdc-dg-cslp")).toMatchObject({ current: null, basis: "none" });
  });

  it("totals an organization from its top positions", () => {
    expect(organizationTotal(totals, ["cds-ceo"])).toMatchObject({ current: 46, planned: 3 });
    expect(organizationTotal(totals, ["cds-ceo", "esdc-dg-cslp"])).toMatchObject({
      current: 46,
      complete: false,
    });
  });

  it("handles a chain deeper than the call stack", () => {
    const deep = buildIndex(syntheticOrg(20_000, { fanout: 1 }));
    const t = unitTotals(deep);
    expect(t.size).toBe(20_000);
  });
});

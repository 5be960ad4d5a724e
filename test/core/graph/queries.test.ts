import { buildIndex, organizationLabel } from "../../../src/core/graph/indexes.ts";
import {
  chainOfCommand,
  collapsedBeyondLevel,
  defaultLevels,
  hiddenBy,
  navigate,
  organizations,
  subtree,
  visibleNodes,
} from "../../../src/core/graph/queries.ts";
import { encodeGraph } from "../../../src/core/graph/graph-file.ts";
import { parseGraphFile } from "../../../src/core/graph/parse-graph-file.ts";
import { syntheticOrg } from "../../../src/core/graph/synthetic.ts";
import { seedLike } from "../../support.ts";

const ix = buildIndex(seedLike());

describe("graph index and queries", () => {
  it("finds roots, managers and reports in document order", () => {
    expect(ix.roots).toEqual(["cds-ceo", "sc-ed-citizen-services", "esdc-dg-cslp"]);
    expect(ix.managerOf.get("cds-head-design-research")).toBe("cds-ed-service");
    expect(ix.childrenOf.get("cds-director-engagement")).toEqual([
      "cds-outreach-team",
      "cds-policy-team",
      "cds-consulting-team",
    ]);
    expect(ix.descendantsCount.get("cds-ceo")).toBe(15);
  });

  it("walks the chain of command to the top", () => {
    expect(chainOfCommand(ix, "cds-head-design-research")).toEqual([
      "cds-head-design-research",
      "cds-ed-service",
      "cds-ceo",
    ]);
    expect(chainOfCommand(ix, "missing")).toEqual([]);
  });

  it("lists a subtree in pre-order", () => {
    expect(subtree(ix, "esdc-dg-cslp")).toEqual([
      "esdc-dg-cslp",
      "esdc-director-client-relations",
      "esdc-manager-escalation",
      "esdc-manager-briefing",
    ]);
  });

  it("groups trees by their root's organization even when reports name another", () => {
    const node = ix.byId.get("esdc-manager-briefing")!;
    expect(node.organization.department).toBeNull();
    expect(organizationLabel(node)).toBe("Learning");
    expect(organizations(ix).map((g) => [g.label, g.size])).toEqual([
      ["Treasury Board Secretariat", 16],
      ["Service Canada", 2],
      ["Employment and Social Development Canada", 4],
    ]);
  });

  it("hides the reports of collapsed boxes and filters by organization", () => {
    const collapsed = new Set(["cds-ed-service", "cds-director-engagement"]);
    const shown = visibleNodes(ix, { collapsed, organization: "Treasury Board Secretariat" });
    expect(shown).toContain("cds-ed-service");
    expect(shown).not.toContain("cds-head-design");
    expect(shown).not.toContain("sc-sector-director");
    expect(hiddenBy(ix, "cds-head-design", collapsed)).toEqual(["cds-ed-service"]);
  });

  it("collapses to N levels", () => {
    const two = collapsedBeyondLevel(ix, 2);
    expect(two.has("cds-ed-service")).toBe(true);
    expect(two.has("cds-ceo")).toBe(false);
    expect(
      visibleNodes(ix, { collapsed: collapsedBeyondLevel(ix, 1), organization: null }).sort(),
    ).toEqual([...ix.roots].sort());
  });

  it("moves with the keyboard: manager, first report, siblings", () => {
    const none = new Set<string>();
    expect(navigate(ix, "cds-ed-service", "manager", none)).toBe("cds-ceo");
    expect(navigate(ix, "cds-ed-service", "firstReport", none)).toBe("cds-manager-delivery");
    expect(navigate(ix, "cds-ed-service", "firstReport", new Set(["cds-ed-service"]))).toBeNull();
    expect(navigate(ix, "cds-head-design", "previousSibling", none)).toBe(
      "cds-head-design-research",
    );
    expect(navigate(ix, "cds-head-design", "nextSibling", none)).toBe("cds-head-product");
    expect(navigate(ix, "cds-ceo", "manager", none)).toBeNull();
  });

  it("opens a large graph at a few levels only", () => {
    const big = buildIndex(syntheticOrg(10_000));
    const levels = defaultLevels(big)!;
    expect(levels).toBeGreaterThanOrEqual(2);
    const shown = visibleNodes(big, {
      collapsed: collapsedBeyondLevel(big, levels),
      organization: null,
    });
    expect(shown.length).toBeLessThanOrEqual(300);
    expect(defaultLevels(ix)).toBeNull();
  });

  it("generates schema-valid synthetic orgs", () => {
    const g = syntheticOrg(1000);
    expect(parseGraphFile(encodeGraph(g)).ok).toBe(true);
    expect(g.nodes).toHaveLength(1000);
  });
});

// @vitest-environment jsdom
import { render, screen, waitFor, within } from "@testing-library/react";
import { toFlowElements } from "../../src/chart/flow-elements.ts";
import type { GroupFlowNode, PositionFlowNode } from "../../src/chart/flow-elements.ts";
import { describePosition, unitDescription, unitFigures } from "../../src/ui-support/describe.ts";
import { buildIndex } from "../../src/core/graph/indexes.ts";
import { organizations } from "../../src/core/graph/queries.ts";
import { unitTotals } from "../../src/core/graph/totals.ts";
import { fallbackLayout } from "../../src/core/layout/compute-layout.ts";
import { layoutRequest } from "../../src/core/layout/request.ts";
import { DetailPanel } from "../../src/panel/DetailPanel.tsx";
import { createAtlasStore } from "../../src/store/atlas-store.ts";
import { StoreProvider } from "../../src/store/StoreProvider.tsx";
import { seedLike } from "../support.ts";

const ix = buildIndex(seedLike());
const totals = unitTotals(ix);
const orgs = organizations(ix);
const layout = fallbackLayout(
  layoutRequest(ix, { collapsed: new Set(), organization: null, direction: "DOWN" }),
);

describe("unit totals in words", () => {
  it("says a unit's size compactly, planned apart, '+' when some sizes are unknown", () => {
    // CEO: 31 + 15 stated below, others unknown; the Consulting Team's 3 are planned.
    expect(unitFigures(totals.get("cds-ceo"), "en")).toBe("46+ FTEs · 3 planned");
    expect(unitFigures(totals.get("cds-ceo"), "fr")).toBe("46+ ETP · 3 prévus");
    expect(unitFigures(totals.get("cds-ed-service"), "en")).toBe("31 FTEs");
    expect(unitFigures({ current: null, planned: 1, basis: "none", complete: true }, "fr")).toBe(
      "1 ETP prévus",
    );
    expect(unitFigures(totals.get("sc-ed-citizen-services"), "en")).toBeNull();
  });

  it("says it in full for assistive technology", () => {
    expect(unitDescription(totals.get("cds-ceo"), "en")).toBe(
      "unit of at least 46 FTEs, plus 3 planned",
    );
    expect(unitDescription(totals.get("cds-ceo"), "fr")).toBe(
      "unité d’au moins 46 ETP, plus 3 prévus",
    );
    expect(unitDescription(totals.get("cds-director-engagement"), "en")).toBe(
      "unit of 15 FTEs, plus 3 planned",
    );
    expect(
      describePosition(ix, "cds-ceo", { manager: true, unit: totals.get("cds-ceo") }, "en"),
    ).toBe("Chief Executive Officer, unit of at least 46 FTEs, plus 3 planned");
    // A position with no reports keeps its own FTEs.
    expect(
      describePosition(ix, "cds-head-design", { unit: totals.get("cds-head-design") }, "en"),
    ).toMatch(/, 13 FTEs$/);
  });
});

describe("unit totals on the chart", () => {
  const { nodes } = toFlowElements(ix, layout, { collapsed: new Set(), orgs, totals });
  const box = (id: string) => nodes.find((n) => n.id === id) as PositionFlowNode;

  it("a manager's FTE line and accessible name give its unit's total", () => {
    expect(box("cds-ceo").data.fteText).toBe("Unit 46+ FTEs · 3 planned");
    expect(box("cds-ceo").data.label).toMatch(/unit of at least 46 FTEs, plus 3 planned/);
    expect(box("cds-ed-service").data.fteText).toBe("Unit 31 FTEs");
    expect(box("cds-head-design").data.fteText).toBe("13 FTEs");
    expect(box("cds-consulting-team").data.fteText).toBe("3 FTEs planned");
  });

  it("each organization's frame gives its total", () => {
    const frames = nodes.filter((n): n is GroupFlowNode => n.type === "org");
    const cds = frames.find((f) => f.data.label === orgs[0]!.label)!;
    expect(cds.data.figures).toBe("46+ FTEs · 3 planned");
    expect(frames.some((f) => f.data.figures === null)).toBe(true);
  });

  it("in French too", () => {
    const fr = toFlowElements(ix, layout, { collapsed: new Set(), orgs, totals, language: "fr" });
    const ceo = fr.nodes.find((n) => n.id === "cds-ceo") as PositionFlowNode;
    expect(ceo.data.fteText).toBe("Unité 46+ ETP · 3 prévus");
  });
});

describe("unit totals in the panel", () => {
  it("a manager's panel gives the unit total and how it was found", async () => {
    const store = createAtlasStore();
    store.getState().installGraph(seedLike());
    store.getState().select("cds-ceo", { openPanel: true });
    render(
      <StoreProvider store={store}>
        <DetailPanel onClose={() => undefined} />
      </StoreProvider>,
    );
    const panel = screen.getByRole("complementary", { name: "Position details" });
    const row = within(panel).getByText("Unit total").closest("div")!;
    expect(row).toHaveTextContent(
      "46+ FTEs · 3 planned — the sum of its reports; some state no size",
    );
    // Its quotes' documents are then read; this graph has no texts, and the panel says so.
    expect(
      await within(panel).findAllByText(
        "(the sentence is in a document whose text could not be loaded)",
      ),
    ).toHaveLength(2);
    // When idle, it reads ahead the documents of its manager and reports.
    await waitFor(() =>
      expect(Object.values(store.getState().texts).map((t) => t.status)).toEqual([
        "failed",
        "failed",
        "failed",
      ]),
    );
  });
});

// @vitest-environment jsdom
import { ReactFlowProvider } from "@xyflow/react";
import type { NodeProps } from "@xyflow/react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { toFlowElements } from "../../src/chart/flow-elements.ts";
import type { PositionFlowNode } from "../../src/chart/flow-elements.ts";
import { PositionNode } from "../../src/chart/PositionNode.tsx";
import { buildIndex } from "../../src/core/graph/indexes.ts";
import type { OrgGraph } from "../../src/core/graph/model.ts";
import { organizations } from "../../src/core/graph/queries.ts";
import { unitTotals } from "../../src/core/graph/totals.ts";
import { fallbackLayout } from "../../src/core/layout/compute-layout.ts";
import { BOX, boxSize } from "../../src/core/layout/box-size.ts";
import { layoutRequest } from "../../src/core/layout/request.ts";
import { toCsv } from "../../src/export/data.ts";
import type { Language } from "../../src/i18n/messages.ts";
import { DetailPanel } from "../../src/panel/DetailPanel.tsx";
import { createAtlasStore } from "../../src/store/atlas-store.ts";
import { StoreProvider } from "../../src/store/StoreProvider.tsx";
import { corpusGraph } from "./corpus-support.ts";

// Real documents: "Senior Advisor, Dispute Resolution Services [3]" under a Director General
// one of whose reports no document names; two descriptions of one Labour Program position whose
// documents name the same people differently.
const DISPUTES = "md/Director-Dispute-Resolution-Services-EX-01-103209.md";
const LABOUR_A = "md/Director-Labour-Program-EX-01-103217.md";
const LABOUR_B = "md/Director-Labour-Program-EX-01-103336.md";
const corpus = corpusGraph([DISPUTES, LABOUR_A, LABOUR_B]);
const ix = buildIndex(corpus.graph);
const idOf = (title: string) => corpus.graph.nodes.find((n) => n.title === title)!.id;
const ADVISOR = idOf("Senior Advisor, Dispute Resolution Services");
const DG = idOf("Director General, Dispute Resolution Services");

function boxes(language: Language) {
  const layout = fallbackLayout(
    layoutRequest(ix, { collapsed: new Set(), organization: null, direction: "DOWN" }),
  );
  const view = { collapsed: new Set<string>(), orgs: organizations(ix), language };
  const { nodes } = toFlowElements(ix, layout, { ...view, totals: unitTotals(ix) });
  return (id: string) => nodes.find((n) => n.id === id) as PositionFlowNode;
}

function renderBox(node: PositionFlowNode, graph: OrgGraph = corpus.graph) {
  const store = createAtlasStore();
  store.getState().installGraph(graph, corpus.source);
  render(
    <StoreProvider store={store}>
      <ReactFlowProvider>
        <PositionNode {...({ id: node.id, data: node.data } as NodeProps<PositionFlowNode>)} />
      </ReactFlowProvider>
    </StoreProvider>,
  );
}

/**
 * Opens a position's panel and waits until the documents it reads (its quotes', then, when idle,
 * its manager's and reports') are read, so no update lands after the test.
 */
async function openPanel(id: string, language: Language = "en") {
  const store = createAtlasStore();
  store.getState().installGraph(corpus.graph, corpus.source);
  store.getState().setLanguage(language);
  store.getState().select(id, { openPanel: true });
  render(
    <StoreProvider store={store}>
      <DetailPanel onClose={() => undefined} />
    </StoreProvider>,
  );
  const index = store.getState().index!;
  const near = [index.managerOf.get(id), ...(index.childrenOf.get(id) ?? [])];
  const readAhead = near.flatMap((n) => (n === undefined ? [] : index.byId.get(n)!.documentIds));
  await waitFor(() => {
    const texts = store.getState().texts;
    expect(readAhead.every((d) => texts[d] !== undefined)).toBe(true);
    expect(Object.values(texts).every((t) => t.status === "ready" || t.status === "failed")).toBe(
      true,
    );
  });
  return screen.getByRole("complementary");
}

describe("a box standing for several identical positions", () => {
  it("carries a '3 positions' badge, and says '3 identical positions' in its name", () => {
    const advisor = boxes("en")(ADVISOR);
    expect(advisor.data.countBadge).toBe("3 positions");
    expect(advisor.data.label).toMatch(
      /^Senior Advisor, Dispute Resolution Services, 3 identical positions,/,
    );
    renderBox(advisor);
    expect(screen.getByText("3 positions")).toHaveClass("count-badge");
  });

  it("in French: '3 postes', '3 postes identiques'", () => {
    const advisor = boxes("fr")(ADVISOR);
    expect(advisor.data.countBadge).toBe("3 postes");
    expect(advisor.data.label).toContain("3 postes identiques");
  });

  it("a box for one position has no badge", () => {
    expect(boxes("en")(DG).data.countBadge).toBeNull();
  });
});

describe("reports a document mentions that no document names", () => {
  it("are a muted row at the foot of the manager's box, said in its accessible name, not a box", () => {
    const dg = boxes("en")(DG);
    expect(dg.data.undescribed).toBe("+1 not described");
    expect(dg.data.label).toMatch(/, 1 more report a document mentions but none describes$/);
    renderBox(dg);
    const marker = screen.getByText("+1 not described");
    expect(marker).toHaveClass("box__undescribed");
    // Not focusable, not read twice: the box's name says it.
    expect(marker).toHaveAttribute("aria-hidden", "true");
    expect(marker.closest("button, [tabindex]")).toBeNull();
  });

  it("make room in the layout: the box is one marker row taller", () => {
    const dgNode = ix.byId.get(DG)!;
    const layout = fallbackLayout(
      layoutRequest(ix, { collapsed: new Set(), organization: null, direction: "DOWN" }),
    );
    expect(layout.positions[DG]!.height).toBe(boxSize(dgNode.title).height + BOX.markerRow);
  });

  it("in French: '+1 non décrit', '+2 non décrits'", () => {
    expect(boxes("fr")(DG).data.undescribed).toBe("+1 non décrit");
    const graph = {
      ...corpus.graph,
      nodes: corpus.graph.nodes.map((n) => (n.id === DG ? { ...n, undescribedReports: 2 } : n)),
    };
    const fr = toFlowElements(
      buildIndex(graph),
      fallbackLayout(
        layoutRequest(buildIndex(graph), {
          collapsed: new Set(),
          organization: null,
          direction: "DOWN",
        }),
      ),
      { collapsed: new Set(), orgs: organizations(buildIndex(graph)), language: "fr" },
    );
    const box = fr.nodes.find((n) => n.id === DG) as PositionFlowNode;
    expect(box.data.undescribed).toBe("+2 non décrits");
    expect(box.data.label).toContain("2 autres subordonnés qu’un document mentionne");
  });
});

describe("the panel", () => {
  // jsdom has no scrollIntoView; showing a quote scrolls to it.
  const scrolled: Element[] = [];
  beforeEach(() => {
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
  });
  afterEach(() => {
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  it("says how many identical positions and how many reports are not described", async () => {
    const advisor = await openPanel(ADVISOR);
    expect(within(advisor).getByText("Positions").closest("div")).toHaveTextContent(
      "3 identical positions",
    );
  });

  it("gives the manager's reports no document names", async () => {
    const panel = await openPanel(DG, "fr");
    expect(within(panel).getByText("Non décrits").closest("div")).toHaveTextContent(
      "1 autre subordonné qu’un document mentionne mais qu’aucun ne décrit",
    );
  });

  it("says, one line per name, what was taken to be the same position and why", async () => {
    const user = userEvent.setup();
    const id = idOf("Regional Director for the Quebec Region");
    const panel = await openPanel(id);
    const section = within(panel).getByRole("heading", {
      name: "Taken to be the same position",
    }).parentElement!;
    const file = "Director-Labour-Program-EX-01-103336.md";
    expect(within(section).getAllByRole("listitem")).toHaveLength(1);
    expect(within(section).getByRole("listitem")).toHaveTextContent(
      `Taken to be the same position as Regional Director for Quebec (md/${file}) because it has the same title in the same organization.`,
    );
    // The document's name shows that document at the sentence naming the position.
    await user.click(within(section).getByRole("button", { name: `Show in document: md/${file}` }));
    await waitFor(() =>
      expect(
        within(panel).getByRole("article", { name: `Job description md/${file}` }),
      ).toBeVisible(),
    );
    // It is shown at the highlighted sentence that names the position.
    await waitFor(() => expect(scrolled.at(-1)).toHaveTextContent(/Regional Director for Quebec/));
  });

  it("in French, with the reason in plain words", async () => {
    const panel = await openPanel(idOf("Associate Director General"), "fr");
    const section = within(panel).getByRole("heading", {
      name: "Considéré comme le même poste",
    }).parentElement!;
    expect(within(section).getByRole("listitem")).toHaveTextContent(
      "Considéré comme le même poste que Associate Director General (md/Director-Labour-Program-EX-01-103336.md) parce qu’il porte le même titre et relève du même gestionnaire.",
    );
  });

  it("has no such section for a position taken from one mention", async () => {
    const panel = await openPanel(DG);
    expect(
      within(panel).queryByRole("heading", { name: "Taken to be the same position" }),
    ).toBeNull();
  });
});

describe("the CSV", () => {
  it("has a column of identical positions and one of reports not described", () => {
    // RFC 4180 cells: quoted when they hold a comma.
    const cells = (row: string) =>
      [...row.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
        .map((m) => m[1]!.replace(/^"|"$/g, ""))
        .slice(0, -1);
    const [header, ...rows] = toCsv(ix, [ADVISOR, DG], "en").slice(1).trim().split("\r\n");
    const columns = cells(header!);
    const at = (row: string, name: string) => cells(row)[columns.indexOf(name)];
    expect(columns).toContain("Identical positions");
    expect(at(rows[0]!, "Identical positions")).toBe("3");
    expect(at(rows[1]!, "Identical positions")).toBe("");
    expect(at(rows[1]!, "Reports not described")).toBe("1");
  });
});

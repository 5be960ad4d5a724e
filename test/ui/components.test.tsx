// @vitest-environment jsdom
import { ReactFlowProvider } from "@xyflow/react";
import type { NodeProps } from "@xyflow/react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { SearchBox } from "../../src/app/SearchBox.tsx";
import { ErrorScreen } from "../../src/app/ErrorScreen.tsx";
import type { PositionFlowNode } from "../../src/chart/flow-elements.ts";
import { PositionNode } from "../../src/chart/PositionNode.tsx";
import { DetailPanel } from "../../src/panel/DetailPanel.tsx";
import { createAtlasStore } from "../../src/store/atlas-store.ts";
import type { AtlasStore } from "../../src/store/atlas-store.ts";
import { StoreProvider } from "../../src/store/StoreProvider.tsx";
import { fixtureGraph, seedLike } from "../support.ts";

function setup(ui: ReactNode): { store: AtlasStore } {
  const store = createAtlasStore();
  store.getState().installGraph(seedLike());
  render(
    <StoreProvider store={store}>
      <ReactFlowProvider>{ui}</ReactFlowProvider>
    </StoreProvider>,
  );
  return { store };
}

function nodeProps(data: Partial<PositionFlowNode["data"]>): NodeProps<PositionFlowNode> {
  return {
    id: "cds-consulting-team",
    data: {
      id: "cds-consulting-team",
      title: "Consulting Team",
      kind: "team",
      classification: null,
      fteText: "3 FTEs planned",
      hasDocument: false,
      reportCount: 0,
      hiddenCount: 0,
      collapsed: false,
      color: "#1d4e89",
      direction: "DOWN",
      ...data,
    },
  } as unknown as NodeProps<PositionFlowNode>;
}

describe("PositionNode", () => {
  it("shows title, team marker and planned FTEs", () => {
    setup(<PositionNode {...nodeProps({})} />);
    expect(screen.getByTitle("Consulting Team")).toHaveTextContent("Consulting Team");
    expect(screen.getByText("Team")).toBeInTheDocument();
    expect(screen.getByText("3 FTEs planned")).toBeInTheDocument();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("shows classification, the document mark and a collapse toggle that works", async () => {
    const { store } = setup(
      <PositionNode
        {...nodeProps({
          id: "cds-ed-service",
          title: "Executive Director, Service",
          kind: "position",
          classification: "EX-03",
          fteText: "31 FTEs",
          hasDocument: true,
          reportCount: 6,
          hiddenCount: 6,
          collapsed: true,
        })}
      />,
    );
    expect(screen.getByText("EX-03")).toBeInTheDocument();
    expect(screen.getByText("Has a job description")).toBeInTheDocument();
    const toggle = screen.getByRole("button", {
      name: "Show 6 hidden under Executive Director, Service",
    });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    const before = store.getState().collapsed.has("cds-ed-service");
    await userEvent.click(toggle);
    expect(store.getState().collapsed.has("cds-ed-service")).toBe(!before);
  });
});

describe("DetailPanel", () => {
  it("shows facts, relations, diagnostics and the highlighted document", async () => {
    const onClose = vi.fn();
    const store = createAtlasStore();
    const { graph, source } = fixtureGraph("seed-like.json");
    store.getState().installGraph(graph, source);
    store.getState().select("cds-director-engagement", { openPanel: true });
    render(
      <StoreProvider store={store}>
        <DetailPanel onClose={onClose} />
      </StoreProvider>,
    );
    const panel = screen.getByRole("complementary", { name: "Position details" });
    expect(
      within(panel).getByRole("heading", { level: 2, name: "Director, Engagement" }),
    ).toBeInTheDocument();
    expect(within(panel).getAllByText("104211").length).toBeGreaterThan(0);
    expect(
      within(panel).getByText(
        "Treasury Board Secretariat › Canadian Digital Service › Engagement Division",
      ),
    ).toBeInTheDocument();
    expect(within(panel).getByText(/EX-01 and EX-01\(P\)/)).toBeInTheDocument();
    const doc = within(panel).getByRole("article", {
      name: "Job description 001_820152e02375ec20.txt",
    });
    // The text is read when the panel needs it.
    expect(
      await within(doc).findByRole("heading", { name: "General Accountability" }),
    ).toBeInTheDocument();
    expect(doc.querySelectorAll("mark").length).toBeGreaterThan(0);
    await userEvent.click(within(doc).getByRole("button", { name: "Show raw text" }));
    expect(doc.querySelector("pre")).toHaveTextContent("## General Accountability");

    await userEvent.click(within(panel).getByRole("button", { name: "Outreach Team" }));
    expect(store.getState().selectedId).toBe("cds-outreach-team");
    await userEvent.keyboard("{Escape}");
    expect(onClose).toHaveBeenCalledWith("cds-outreach-team");
  });

  it("shows quotes that mention a position without its own document", async () => {
    const store = createAtlasStore();
    const { graph, source } = fixtureGraph("seed-like.json");
    store.getState().installGraph(graph, source);
    store.getState().select("cds-head-design-research", { openPanel: true });
    render(
      <StoreProvider store={store}>
        <DetailPanel onClose={() => undefined} />
      </StoreProvider>,
    );
    expect(
      screen.getByText("This position has no job description of its own."),
    ).toBeInTheDocument();
    expect(
      (await screen.findAllByText(/Head of Design Research, \(CS-O5, 9 FTEs\)/)).length,
    ).toBeGreaterThan(0);
    expect(screen.getAllByText("002_0159ec8070dfa34c.txt").length).toBeGreaterThan(0);
  });
});

describe("SearchBox", () => {
  it("says it is searching until the fuzzy index is ready", async () => {
    setup(<SearchBox onChosen={() => undefined} />);
    const input = screen.getByRole("combobox", { name: "Search positions" });
    fireEvent.change(input, { target: { value: "zzzz" } });
    expect(screen.getByText("Searching…")).toBeInTheDocument();
    expect(await screen.findByText("No position matches")).toBeInTheDocument();
  });

  it("finds a position by fuzzy title and selects it", async () => {
    const { store } = setup(<SearchBox onChosen={() => undefined} />);
    const input = screen.getByRole("combobox", { name: "Search positions" });
    await userEvent.type(input, "design reserch");
    const option = await screen.findByRole("option", { name: /Head of Design Research/ });
    await userEvent.click(option);
    expect(store.getState().selectedId).toBe("cds-head-design-research");
    expect(store.getState().focusRequest?.id).toBe("cds-head-design-research");
  });

  it("chooses with the keyboard", async () => {
    const { store } = setup(<SearchBox onChosen={() => undefined} />);
    const input = screen.getByRole("combobox", { name: "Search positions" });
    await userEvent.type(input, "EX-03");
    const [first] = await screen.findAllByRole("option");
    await userEvent.type(input, "{Enter}");
    const { selectedId, index } = store.getState();
    expect(selectedId).not.toBeNull();
    expect(first!.textContent).toContain(index!.byId.get(selectedId!)!.title);
  });
});

describe("ErrorScreen", () => {
  it("says what is wrong and how to rebuild", () => {
    render(
      <ErrorScreen
        error={{ summary: "graph.json is not valid JSON.", problems: ["nodes.0.title: Too small"] }}
      />,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("graph.json is not valid JSON.");
    expect(screen.getByText("nodes.0.title: Too small")).toBeInTheDocument();
    expect(screen.getByText("npm run graph")).toBeInTheDocument();
  });
});

// @vitest-environment jsdom
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SelectionAnnouncer } from "../../src/app/SelectionAnnouncer.tsx";
import { OutlineTree } from "../../src/outline/OutlineTree.tsx";
import { outlineItems, treeKeyAction } from "../../src/outline/outline-items.ts";
import { buildIndex } from "../../src/core/graph/indexes.ts";
import { describePosition, selectionAnnouncement } from "../../src/ui-support/describe.ts";
import { createAtlasStore } from "../../src/store/atlas-store.ts";
import { StoreProvider } from "../../src/store/StoreProvider.tsx";
import { seedLike } from "../support.ts";

const graph = seedLike();
const ix = buildIndex(graph);
const idOf = (title: string) => graph.nodes.find((n) => n.title === title)!.id;

function setup(onOpen = vi.fn()) {
  const store = createAtlasStore();
  store.getState().installGraph(graph);
  // The seed-like graph opens on its top levels (readable at 1,366 x 768); these tests use all.
  store.getState().expandAll();
  render(
    <StoreProvider store={store}>
      <OutlineTree onOpen={onOpen} />
      <SelectionAnnouncer />
    </StoreProvider>,
  );
  return { store, onOpen, tree: screen.getByRole("tree", { name: "Outline" }) };
}

describe("outline helpers", () => {
  it("reads title, classification and FTEs, and the manager when asked", () => {
    expect(describePosition(ix, idOf("Head of Design"))).toBe("Head of Design, CS-05, 13 FTEs");
    expect(describePosition(ix, idOf("Head of Design"), { manager: true })).toBe(
      "Head of Design, CS-05, 13 FTEs, reports to Executive Director, Service",
    );
  });

  it("announces the place among siblings", () => {
    expect(selectionAnnouncement(ix, idOf("Head of Design"))).toMatch(
      /^Selected Head of Design, \d of \d under Executive Director, Service$/,
    );
  });

  it("hides the reports of a collapsed row and maps keys to tree moves", () => {
    const ed = idOf("Executive Director, Service");
    const open = outlineItems(ix, { collapsed: new Set(), organization: null });
    const closed = outlineItems(ix, { collapsed: new Set([ed]), organization: null });
    expect(open.length - closed.length).toBe(ix.descendantsCount.get(ed));
    const row = closed.find((i) => i.id === ed)!;
    expect(row).toMatchObject({ hasChildren: true, expanded: false, level: 2 });
    expect(treeKeyAction(closed, ed, "ArrowRight")).toEqual({ kind: "toggle", id: ed });
    expect(treeKeyAction(open, ed, "ArrowRight")).toEqual({
      kind: "focus",
      id: ix.childrenOf.get(ed)![0],
    });
    expect(treeKeyAction(open, ed, "ArrowLeft")).toEqual({ kind: "toggle", id: ed });
    expect(treeKeyAction(closed, ed, "ArrowLeft")).toEqual({
      kind: "focus",
      id: ix.managerOf.get(ed),
    });
    expect(treeKeyAction(open, ed, "Home")).toEqual({ kind: "focus", id: open[0]!.id });
    expect(treeKeyAction(open, ed, "End")).toEqual({ kind: "focus", id: open.at(-1)!.id });
    expect(treeKeyAction(open, ed, "Enter")).toEqual({ kind: "open", id: ed });
  });
});

describe("OutlineTree", () => {
  it("is a tree with one tab stop and ARIA levels, sizes and positions", () => {
    const { tree } = setup();
    const rows = within(tree).getAllByRole("treeitem");
    expect(rows.length).toBe(graph.nodes.length);
    expect(rows.filter((r) => r.tabIndex === 0)).toHaveLength(1);
    const design = within(tree).getByRole("treeitem", { name: /^Head of Design, CS-05/ });
    expect(design).toHaveAttribute("aria-level", "3");
    expect(design).toHaveAttribute("aria-selected", "false");
    expect(Number(design.getAttribute("aria-posinset"))).toBeGreaterThan(0);
    expect(design.getAttribute("aria-setsize")).toBe(
      String(ix.childrenOf.get(idOf("Executive Director, Service"))!.length),
    );
    const ed = within(tree).getByRole("treeitem", { name: /^Executive Director, Service/ });
    expect(ed).toHaveAttribute("aria-expanded", "true");
  });

  it("moves with arrows, collapses with Left, expands with Right, opens with Enter", async () => {
    const user = userEvent.setup();
    const { store, tree, onOpen } = setup();
    const first = within(tree).getAllByRole("treeitem")[0]!;
    first.focus();
    await user.keyboard("{ArrowDown}");
    const second = within(tree).getAllByRole("treeitem")[1]!;
    expect(second).toHaveFocus();
    expect(second).toHaveAttribute("aria-selected", "true");
    expect(store.getState().selectedId).toBe(second.dataset.id);
    expect(screen.getByRole("status")).toHaveTextContent(/^Selected /);

    const ed = idOf("Executive Director, Service");
    act(() => store.getState().select(ed));
    const edRow = () =>
      within(tree).getByRole("treeitem", { name: /^Executive Director, Service/ });
    edRow().focus();
    await user.keyboard("{ArrowLeft}");
    expect(edRow()).toHaveAttribute("aria-expanded", "false");
    expect(store.getState().collapsed.has(ed)).toBe(true);
    expect(within(tree).queryByRole("treeitem", { name: /^Head of Design,/ })).toBeNull();
    await user.keyboard("{ArrowRight}");
    expect(edRow()).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{ArrowRight}");
    expect(store.getState().selectedId).toBe(ix.childrenOf.get(ed)![0]);
    await user.keyboard("{Enter}");
    expect(onOpen).toHaveBeenCalledWith(ix.childrenOf.get(ed)![0]);
    expect(store.getState().panelOpen).toBe(true);
  });

  it("follows the chart's selection, collapsed set and organization filter", () => {
    const { store, tree } = setup();
    const design = idOf("Head of Design");
    act(() => store.getState().select(design));
    const row = within(tree).getByRole("treeitem", { name: /^Head of Design,/ });
    expect(row).toHaveAttribute("aria-selected", "true");
    expect(row.tabIndex).toBe(0);
    const other = store.getState().orgs.find((o) => !o.roots.includes(ix.rootOf.get(design)!))!;
    act(() => store.getState().setOrganization(other.label));
    expect(within(tree).queryByRole("treeitem", { name: /^Head of Design,/ })).toBeNull();
    expect(within(tree).getAllByRole("treeitem")).toHaveLength(other.size);
  });
});

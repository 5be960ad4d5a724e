import { createAtlasStore } from "../../src/store/atlas-store.ts";
import { emphasisOf } from "../../src/store/selectors.ts";
import { seedLike } from "../support.ts";

function freshStore() {
  const store = createAtlasStore();
  store.getState().installGraph(seedLike());
  return store;
}

/** The label of an organization that does not hold `id`. */
function otherOrganization(store: ReturnType<typeof freshStore>, id: string): string {
  const { orgs, index } = store.getState();
  const root = index!.rootOf.get(id)!;
  return orgs.find((o) => !o.roots.includes(root))!.label;
}

describe("a selection never outlives the view that shows it", () => {
  it("closing the panel ends the selection: nothing highlighted or greyed", () => {
    const store = freshStore();
    store.getState().select("cds-ed-service", { openPanel: true });
    expect(emphasisOf(store.getState(), "cds-coo")).toBe("dim");
    store.getState().closePanel();
    const s = store.getState();
    expect(s.panelOpen).toBe(false);
    expect(s.selectedId).toBeNull();
    expect(s.highlight.chain.size + s.highlight.reports.size).toBe(0);
    expect(emphasisOf(s, "cds-coo")).toBe("none");
    // The box stays the keyboard's place in the chart.
    expect(s.lastSelectedId).toBe("cds-ed-service");
  });

  it("choosing an organization that does not hold the selection ends it", () => {
    const store = freshStore();
    store.getState().select("cds-head-product", { openPanel: true });
    store.getState().setOrganization(otherOrganization(store, "cds-head-product"));
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().panelOpen).toBe(false);
  });

  it("choosing the selection's own organization keeps it", () => {
    const store = freshStore();
    const { orgs, index } = store.getState();
    const own = orgs.find((o) => o.roots.includes(index!.rootOf.get("cds-head-product")!))!;
    store.getState().select("cds-head-product", { openPanel: true });
    store.getState().setOrganization(own.label);
    expect(store.getState().selectedId).toBe("cds-head-product");
    expect(store.getState().panelOpen).toBe(true);
  });

  it("showing fewer levels than the selection's depth ends it; enough levels keep it", () => {
    const store = freshStore();
    store.getState().select("cds-head-product", { openPanel: true });
    store.getState().showLevels(3);
    expect(store.getState().selectedId).toBe("cds-head-product");
    store.getState().showLevels(2);
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().panelOpen).toBe(false);
  });

  it("Collapse all keeps a top position selected and ends a deeper selection", () => {
    const store = freshStore();
    store.getState().select("cds-ceo", { openPanel: true });
    store.getState().collapseAll();
    expect(store.getState().selectedId).toBe("cds-ceo");
    store.getState().expandAll();
    store.getState().select("cds-head-design", { openPanel: true });
    store.getState().collapseAll();
    expect(store.getState().selectedId).toBeNull();
  });

  it("a collapsed set (from the URL, or a presentation's end) that hides the selection ends it", () => {
    const store = freshStore();
    store.getState().select("cds-head-design");
    store.getState().setCollapsed(new Set(["cds-ed-service"]));
    expect(store.getState().selectedId).toBeNull();
  });
});

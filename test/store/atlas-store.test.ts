import { createAtlasStore } from "../../src/store/atlas-store.ts";
import { syntheticOrg } from "../../src/core/graph/synthetic.ts";
import { seedLike } from "../support.ts";

function freshStore() {
  const store = createAtlasStore();
  store.getState().installGraph(seedLike());
  return store;
}

describe("atlas store", () => {
  it("installs a graph, says when it is empty, and keeps a load error as data", () => {
    expect(freshStore().getState().status).toBe("ready");
    const empty = createAtlasStore();
    empty
      .getState()
      .installGraph({ schemaVersion: 2, documents: [], nodes: [], edges: [], diagnostics: [] });
    expect(empty.getState().status).toBe("empty");
    const bad = createAtlasStore();
    bad.getState().setLoadError({ summary: "graph.json is broken.", problems: ["nodes: nope"] });
    expect(bad.getState().status).toBe("error");
    expect(bad.getState().loadError?.problems).toEqual(["nodes: nope"]);
  });

  it("selecting highlights the chain of command and direct reports", () => {
    const store = freshStore();
    store.getState().select("cds-ed-service", { openPanel: true });
    const s = store.getState();
    expect(s.selectedId).toBe("cds-ed-service");
    expect(s.panelOpen).toBe(true);
    expect([...s.highlight.chain]).toEqual(["cds-ed-service", "cds-ceo"]);
    expect(s.highlight.reports.has("cds-head-design-research")).toBe(true);
  });

  it("selecting a hidden box opens its collapsed ancestors and clears a hiding filter", () => {
    const store = freshStore();
    store.getState().showLevels(1);
    store.getState().setOrganization("Service Canada");
    store.getState().select("cds-head-design-research", { center: true });
    const s = store.getState();
    expect(s.collapsed.has("cds-ceo")).toBe(false);
    expect(s.collapsed.has("cds-ed-service")).toBe(false);
    expect(s.organization).toBeNull();
    expect(s.focusRequest?.id).toBe("cds-head-design-research");
  });

  it("collapsing a subtree moves a hidden selection to the collapsed box", () => {
    const store = freshStore();
    store.getState().select("cds-head-design");
    store.getState().toggleCollapsed("cds-ed-service");
    expect(store.getState().selectedId).toBe("cds-ed-service");
    store.getState().toggleCollapsed("cds-ed-service");
    expect(store.getState().collapsed.has("cds-ed-service")).toBe(false);
  });

  it("remembers which box a toggle came from, so the next layout can keep it in place", () => {
    const store = freshStore();
    store.getState().toggleCollapsed("cds-ed-service");
    expect(store.getState().toggledId).toBe("cds-ed-service");
    store.getState().expandAll();
    expect(store.getState().toggledId).toBeNull();
  });

  it("expand all, collapse all, direction", () => {
    const store = freshStore();
    store.getState().collapseAll();
    expect(store.getState().collapsed.has("cds-ceo")).toBe(true);
    store.getState().expandAll();
    expect(store.getState().collapsed.size).toBe(0);
    store.getState().setDirection("RIGHT");
    expect(store.getState().direction).toBe("RIGHT");
  });

  it("opens a 10,000-position graph collapsed to a few levels", () => {
    const store = createAtlasStore();
    store.getState().installGraph(syntheticOrg(10_000));
    expect(store.getState().collapsed.size).toBeGreaterThan(0);
    expect(store.getState().defaultCollapsed).toBe(store.getState().collapsed);
  });
});

import { createAtlasStore } from "../../src/store/atlas-store.ts";
import { selectPresentFocus } from "../../src/store/selectors.ts";
import { seedLike } from "../support.ts";

function freshStore() {
  const store = createAtlasStore();
  store.getState().installGraph(seedLike());
  return store;
}

describe("presentation slice", () => {
  it("starts at the first root when nothing is selected, and steps in reading order", () => {
    const store = freshStore();
    store.getState().startPresentation(null);
    let s = store.getState();
    expect(s.presenting).toBe(true);
    expect(selectPresentFocus(s)).toBe("cds-ceo");
    expect(s.selectedId).toBe("cds-ceo");
    expect(s.panelOpen).toBe(false);
    s.stepPresentation(1);
    s = store.getState();
    expect(selectPresentFocus(s)).toBe(s.presentOrder[1]);
    expect(s.selectedId).toBe(s.presentOrder[1]);
    s.stepPresentation(-5);
    expect(selectPresentFocus(store.getState())).toBe("cds-ceo");
    s.presentAt(s.presentOrder.length - 1);
    expect(store.getState().presentIndex).toBe(s.presentOrder.length - 1);
  });

  it("starts at the selected box and highlights its chain and reports", () => {
    const store = freshStore();
    store.getState().select("cds-ed-service", { openPanel: true });
    store.getState().startPresentation({ x: 1, y: 2, zoom: 0.5 });
    const s = store.getState();
    expect(selectPresentFocus(s)).toBe("cds-ed-service");
    expect(s.highlight.chain.has("cds-ceo")).toBe(true);
    expect(s.highlight.reports.size).toBeGreaterThan(0);
    expect(s.panelOpen).toBe(false);
  });

  it("opens a collapsed focus box, and stopping restores the view it started from", () => {
    const store = freshStore();
    const collapsed = new Set(["cds-ed-service"]);
    store.getState().setCollapsed(collapsed);
    store.getState().select("cds-ed-service", { openPanel: true });
    store.getState().startPresentation({ x: 1, y: 2, zoom: 0.5 });
    expect(store.getState().collapsed.has("cds-ed-service")).toBe(false);
    const saved = store.getState().stopPresentation();
    const s = store.getState();
    expect(saved?.viewport).toEqual({ x: 1, y: 2, zoom: 0.5 });
    expect(s.presenting).toBe(false);
    expect(s.collapsed).toBe(collapsed);
    expect(s.selectedId).toBe("cds-ed-service");
    expect(s.panelOpen).toBe(true);
    expect(s.stopPresentation()).toBeNull();
  });

  it("stepping does nothing when not presenting", () => {
    const store = freshStore();
    store.getState().stepPresentation(1);
    expect(store.getState().selectedId).toBeNull();
  });
});

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

  it("leaves the chart's view alone, shows all of a collapsed box's reports, and restores the selection", () => {
    const store = freshStore();
    const collapsed = new Set(["cds-ed-service"]);
    store.getState().setCollapsed(collapsed);
    store.getState().select("cds-ed-service", { openPanel: true });
    store.getState().setPresentScreen({ width: 1300, height: 620, preferred: 1.2, readable: 0.9 });
    store.getState().startPresentation({ x: 1, y: 2, zoom: 0.5 });
    expect(store.getState().collapsed).toBe(collapsed);
    const step = store.getState().presentStep!;
    const reports = store.getState().index!.childrenOf.get("cds-ed-service")!;
    for (const id of ["cds-ceo", "cds-ed-service", ...reports])
      expect(step.layout.positions[id]).toBeDefined();
    expect(Object.keys(step.layout.positions)).toHaveLength(2 + reports.length);
    const saved = store.getState().stopPresentation();
    const s = store.getState();
    expect(saved?.viewport).toEqual({ x: 1, y: 2, zoom: 0.5 });
    expect(s.presenting).toBe(false);
    expect(s.presentStep).toBeNull();
    expect(s.collapsed).toBe(collapsed);
    expect(s.selectedId).toBe("cds-ed-service");
    expect(s.panelOpen).toBe(true);
    expect(s.stopPresentation()).toBeNull();
  });

  it("lays each step out for the screen it is given, at one zoom while the steps fit it", () => {
    const store = freshStore();
    store.getState().startPresentation(null);
    expect(store.getState().presentStep).toBeNull();
    const screen = { width: 1300, height: 620, preferred: 1.2, readable: 14 / 15 };
    store.getState().setPresentScreen(screen);
    const zooms = new Set<number>();
    for (let i = 0; i < store.getState().presentOrder.length; i++) {
      store.getState().presentAt(i);
      const { presentStep, presentZoom } = store.getState();
      expect(presentStep!.layout.width * presentStep!.zoom).toBeLessThanOrEqual(
        screen.width + 1e-6,
      );
      expect(presentStep!.layout.height * presentStep!.zoom).toBeLessThanOrEqual(
        screen.height + 1e-6,
      );
      zooms.add(presentStep!.zoom);
      expect(presentStep!.zoom).toBe(presentZoom);
    }
    expect(zooms.size).toBe(1);
    // Reports that lead others say so on the step ("+6").
    store.getState().presentAt(0);
    expect(store.getState().presentStep!.collapsed.has("cds-ed-service")).toBe(true);
  });

  it("stepping does nothing when not presenting", () => {
    const store = freshStore();
    store.getState().stepPresentation(1);
    expect(store.getState().selectedId).toBeNull();
  });
});

import { anyBoxInView, fitViewport, sameViewport } from "../../src/chart/camera.ts";
import type { LayoutResult } from "../../src/core/layout/types.ts";

const layout: LayoutResult = {
  positions: {
    a: { x: 100, y: 100, width: 240, height: 92 },
    b: { x: 1100, y: 400, width: 240, height: 92 },
  },
  edges: {},
  groups: [{ key: "o", label: "O", x: 60, y: 40, width: 1320, height: 500 }],
  width: 1380,
  height: 540,
  engine: "elk",
  direction: "DOWN",
  mode: "compact",
};

describe("the chart's camera", () => {
  it("fits the frames in the pane, centred, never larger than life", () => {
    const vp = fitViewport(layout, { width: 1000, height: 800 })!;
    expect(vp.zoom).toBeLessThan(1);
    // The frames' middle lands in the pane's middle (React Flow rounds to whole pixels).
    expect(Math.abs((60 + 1320 / 2) * vp.zoom + vp.x - 500)).toBeLessThanOrEqual(1);
    expect(Math.abs((40 + 500 / 2) * vp.zoom + vp.y - 400)).toBeLessThanOrEqual(1);
    expect(fitViewport(layout, { width: 4000, height: 3000 })!.zoom).toBe(1);
    expect(fitViewport(layout, { width: 0, height: 800 })).toBeNull();
    expect(fitViewport({ ...layout, groups: [] }, { width: 1000, height: 800 })).toBeNull();
  });

  it("tells whether any box is on screen", () => {
    const pane = { width: 400, height: 300 };
    expect(anyBoxInView(layout, { x: 0, y: 0, zoom: 1 }, pane)).toBe(true);
    // Looking at the empty middle of the chart.
    expect(anyBoxInView(layout, { x: -500, y: -150, zoom: 1 }, pane)).toBe(false);
    // Only the corner of b shows.
    expect(anyBoxInView(layout, { x: -1330, y: -480, zoom: 1 }, pane)).toBe(true);
    expect(anyBoxInView(layout, { x: -1345, y: -480, zoom: 1 }, pane)).toBe(false);
  });

  it("treats viewports within a pixel and half a percent of zoom as the same", () => {
    const a = { x: 10, y: 20, zoom: 0.5 };
    expect(sameViewport(a, { x: 10.6, y: 19.5, zoom: 0.501 })).toBe(true);
    expect(sameViewport(a, { x: 12, y: 20, zoom: 0.5 })).toBe(false);
    expect(sameViewport(a, { x: 10, y: 20, zoom: 0.51 })).toBe(false);
  });
});

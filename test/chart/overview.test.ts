import {
  overviewKeyAction,
  overviewShapes,
  overviewViewBox,
  visibleRect,
} from "../../src/chart/overview.ts";
import type { FlowNode } from "../../src/chart/flow-elements.ts";

const frame = (id: string, x: number, y: number, width: number, height: number): FlowNode => ({
  id,
  type: "org",
  position: { x, y },
  width,
  height,
  data: { label: id, color: "#1d4e89", count: 0, figures: null },
});

const box = (id: string, x: number, y: number, color: string): FlowNode => ({
  id,
  type: "position",
  position: { x, y },
  width: 100,
  height: 40,
  data: {
    id,
    title: id,
    label: id,
    kind: "position",
    classification: null,
    fteText: null,
    countBadge: null,
    undescribed: null,
    hasDocument: false,
    reportCount: 0,
    hiddenCount: 0,
    collapsed: false,
    color,
  },
});

describe("large-chart overview", () => {
  it("draws frames as rectangles and boxes as one path per colour, whatever their number", () => {
    const boxes = Array.from({ length: 500 }, (_, i) =>
      box(`b${i}`, i * 120, 100, i % 2 ? "#1d4e89" : "#8a3b12"),
    );
    const shapes = overviewShapes([frame("org:a", -10, 0, 60_000, 200), ...boxes]);
    expect(shapes.frames).toHaveLength(1);
    expect(shapes.boxes.map((b) => b.color).sort()).toEqual(["#1d4e89", "#8a3b12"]);
    expect(shapes.boxes[0]!.d.match(/M/g)).toHaveLength(250);
    expect(
      shapes.boxes.find((b) => b.color === "#8a3b12")!.d.startsWith("M0 100h100v40h-100z"),
    ).toBe(true);
    expect(shapes.bounds).toEqual({ x: -10, y: 0, width: 60_000, height: 200 });
    expect(overviewShapes([]).bounds).toBeNull();
  });

  it("frames the chart and the visible part together, centred, with React Flow's margin", () => {
    const view = visibleRect([-100, -50, 0.5], { width: 800, height: 600 });
    expect(view).toEqual({ x: 200, y: 100, width: 1600, height: 1200 });
    const content = { x: 0, y: 0, width: 4000, height: 1000 };
    const vb = overviewViewBox(content, view, { width: 200, height: 150 });
    // 4,000 wide in 200 px: 20 units per pixel; the 1,300-unit-high union is centred vertically.
    expect(vb.scale).toBe(20);
    expect(vb.width).toBe(4000 + 2 * 5 * 20);
    expect(vb.height).toBe(3000 + 2 * 5 * 20);
    expect(vb.x).toBe(-100);
    expect(vb.y + vb.height / 2).toBeCloseTo(1300 / 2);
  });
});

describe("the overview's keys", () => {
  const view = { x: 100, y: 50, width: 1000, height: 600 };

  it("move the view a fifth of what is visible, or a whole view with Shift", () => {
    expect(overviewKeyAction("ArrowRight", false, view)).toEqual({ kind: "pan", x: 200, y: 0 });
    expect(overviewKeyAction("ArrowUp", false, view)).toEqual({ kind: "pan", x: 0, y: -120 });
    expect(overviewKeyAction("ArrowLeft", true, view)).toEqual({ kind: "pan", x: -1000, y: 0 });
    expect(overviewKeyAction("ArrowDown", true, view)).toEqual({ kind: "pan", x: 0, y: 600 });
  });

  it("zoom in and out, and show the whole chart; other keys do nothing", () => {
    expect(overviewKeyAction("+", false, view)).toEqual({ kind: "zoom", factor: 1.25 });
    expect(overviewKeyAction("-", false, view)).toEqual({ kind: "zoom", factor: 0.8 });
    expect(overviewKeyAction("0", false, view)).toEqual({ kind: "fit" });
    expect(overviewKeyAction("Home", false, view)).toEqual({ kind: "fit" });
    for (const key of ["Enter", " ", "a", "Tab", "Escape"]) {
      expect(overviewKeyAction(key, false, view)).toBeNull();
    }
  });
});

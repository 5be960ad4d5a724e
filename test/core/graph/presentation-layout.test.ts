import fc from "fast-check";
import { buildIndex } from "../../../src/core/graph/indexes.ts";
import {
  boxSizeIn,
  planStep,
  presentationZoom,
  stepBoxes,
} from "../../../src/core/graph/presentation-layout.ts";
import type { StepBoxes } from "../../../src/core/graph/presentation-layout.ts";
import { readingOrder } from "../../../src/core/graph/presentation.ts";
import type { Box, LayoutResult, Point } from "../../../src/core/layout/types.ts";
import { seedLike } from "../../support.ts";

const ix = buildIndex(seedLike());
const sizeOf = boxSizeIn(ix);
/** A 1366 x 768 laptop in full screen, less the caption and margins. */
const LAPTOP = { width: 1302, height: 622 };
const READABLE = 14 / 15;

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether a right-angled segment passes through the inside of a box. */
function crosses(p: Point, q: Point, b: Box): boolean {
  const [x1, x2] = [Math.min(p.x, q.x), Math.max(p.x, q.x)];
  const [y1, y2] = [Math.min(p.y, q.y), Math.max(p.y, q.y)];
  return x1 < b.x + b.width - 0.5 && x2 > b.x + 0.5 && y1 < b.y + b.height - 0.5 && y2 > b.y + 0.5;
}

/** What is wrong with a step's layout (nothing, for a sound one), whatever its shape. */
function problems(layout: LayoutResult, step: StepBoxes): string[] {
  const out: string[] = [];
  const ids = [...step.chain, step.focus, ...step.reports];
  if (Object.keys(layout.positions).sort().join() !== [...ids].sort().join()) out.push("boxes");
  const frame = layout.groups[0]!;
  // Centred on (0, 0), so the camera need not move from step to step.
  if (Math.abs(frame.x + frame.width / 2) > 1e-6 || Math.abs(frame.y + frame.height / 2) > 1e-6)
    out.push("not centred");
  const focus = layout.positions[step.focus]!;
  for (const [i, id] of ids.entries()) {
    const a = layout.positions[id]!;
    if (a.x < frame.x || a.x + a.width > frame.x + frame.width + 1e-6) out.push(`${id} out`);
    for (const other of ids.slice(i + 1)) {
      if (overlap(a, layout.positions[other]!)) out.push(`${id} overlaps ${other}`);
    }
  }
  for (const id of step.reports) if (layout.positions[id]!.y <= focus.y) out.push(`${id} up`);
  for (const id of step.chain) if (layout.positions[id]!.y >= focus.y) out.push(`${id} down`);
  for (const [id, points] of Object.entries(layout.edges)) {
    const [source, target] = id.split("\u2192") as [string, string];
    for (let i = 1; i < points.length; i++) {
      const p = points[i - 1]!;
      const q = points[i]!;
      if (p.x !== q.x && p.y !== q.y) out.push(`${id} slants`);
      for (const other of ids) {
        if (other !== source && other !== target && crosses(p, q, layout.positions[other]!))
          out.push(`${id} crosses ${other}`);
      }
    }
  }
  if (Object.keys(layout.edges).length !== ids.length - 1) out.push("lines");
  return out;
}

describe("presentation: a step laid out for the screen", () => {
  it("frames the CEO and all its reports on a laptop, titles at 14 px or more", () => {
    const step = stepBoxes(ix, "cds-ceo");
    expect(step.reports.length).toBeGreaterThanOrEqual(6);
    const plan = planStep(step, LAPTOP, 1.2, sizeOf);
    expect(problems(plan.layout, step)).toEqual([]);
    expect(plan.zoom).toBeGreaterThanOrEqual(READABLE);
    expect(plan.layout.width * plan.zoom).toBeLessThanOrEqual(LAPTOP.width + 1e-6);
    expect(plan.layout.height * plan.zoom).toBeLessThanOrEqual(LAPTOP.height + 1e-6);
    // Six reports in one row would draw them at 0.8: they wrap into two rows.
    const rows = new Set(step.reports.map((id) => plan.layout.positions[id]!.y));
    expect(rows.size).toBe(2);
  });

  it("stacks the chain of command above the focus, straight down", () => {
    const step = stepBoxes(ix, "cds-head-design");
    expect(step.chain).toEqual(["cds-ceo", "cds-ed-service"]);
    const plan = planStep(step, LAPTOP, 1.2, sizeOf);
    expect(problems(plan.layout, step)).toEqual([]);
    const xs = ["cds-ceo", "cds-ed-service", "cds-head-design"].map(
      (id) => plan.layout.positions[id]!.x,
    );
    expect(new Set(xs).size).toBe(1);
    expect(plan.zoom).toBe(1.2);
  });

  it("wraps many reports into rows that fit, and a deep chain into rows when that reads larger", () => {
    const reports = Array.from({ length: 23 }, (_, i) => `r${i}`);
    const chain = Array.from({ length: 7 }, (_, i) => `m${i}`);
    const size = () => ({ width: 240, height: 92 });
    const step = { chain, focus: "f", reports };
    const plan = planStep(step, LAPTOP, 1.2, size);
    expect(problems(plan.layout, step)).toEqual([]);
    expect(plan.layout.width * plan.zoom).toBeLessThanOrEqual(LAPTOP.width + 1e-6);
    expect(plan.layout.height * plan.zoom).toBeLessThanOrEqual(LAPTOP.height + 1e-6);
    const chainRows = new Set(chain.map((id) => plan.layout.positions[id]!.y));
    expect(chainRows.size).toBeLessThan(chain.length);
  });

  it("is sound for any number of managers and reports (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 40 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 50, maxLength: 50 }),
        fc.record({
          width: fc.integer({ min: 300, max: 2400 }),
          height: fc.integer({ min: 200, max: 1400 }),
        }),
        (depth, count, lines, area) => {
          const chain = Array.from({ length: depth }, (_, i) => `m${i}`);
          const reports = Array.from({ length: count }, (_, i) => `r${i}`);
          const heights = new Map(
            [...chain, "f", ...reports].map((id, i) => [id, 72 + 20 * lines[i]!]),
          );
          const step = { chain, focus: "f", reports };
          const plan = planStep(step, area, 1.5, (id) => ({
            width: 240,
            height: heights.get(id)!,
          }));
          expect(problems(plan.layout, step)).toEqual([]);
          expect(plan.zoom).toBeLessThanOrEqual(1.5);
          expect(plan.layout.width * plan.zoom).toBeLessThanOrEqual(area.width + 1e-6);
          expect(plan.layout.height * plan.zoom).toBeLessThanOrEqual(area.height + 1e-6);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("presentation: one zoom for every step", () => {
  const order = readingOrder(ix, { collapsed: new Set(), organization: null });
  const range = { preferred: 1.2, readable: READABLE };

  it("is the largest at which every seed step fits, readable and no larger than preferred", () => {
    const zoom = presentationZoom(ix, order, LAPTOP, range);
    expect(zoom).toBeGreaterThanOrEqual(READABLE);
    expect(zoom).toBeLessThanOrEqual(1.2);
    for (const id of order) {
      expect(planStep(stepBoxes(ix, id), LAPTOP, zoom, sizeOf).zoom).toBeCloseTo(zoom, 6);
    }
  });

  it("never drops below readable for one crowded step", () => {
    expect(presentationZoom(ix, order, { width: 500, height: 300 }, range)).toBe(READABLE);
  });
});

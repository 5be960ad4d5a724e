import { planPrint } from "../../src/chart/print-plan.ts";
import type { Rect } from "../../src/chart/print-plan.ts";

const PAGE = { width: 976, height: 690 };
const OPTIONS = { readable: 0.8, overlap: 36, maxPages: 20 };
const box = (x: number, y: number): Rect => ({ x, y, width: 240, height: 92 });

/** Boxes in `rows` rows of `columns`, 28 apart side by side and 64 between rows. */
function grid(columns: number, rows: number): Rect[] {
  const out: Rect[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) out.push(box(c * 268, r * 156));
  return out;
}
const boundsOf = (boxes: Rect[]): Rect => ({
  x: 0,
  y: 0,
  width: Math.max(...boxes.map((b) => b.x + b.width)),
  height: Math.max(...boxes.map((b) => b.y + b.height)),
});
const inside = (b: Rect, t: Rect) =>
  b.x >= t.x && b.x + b.width <= t.x + t.width && b.y >= t.y && b.y + b.height <= t.y + t.height;

describe("printing plan", () => {
  it("a chart that fits one page readably prints on one, never larger than life", () => {
    const boxes = grid(3, 2);
    const plan = planPrint(boundsOf(boxes), boxes, PAGE, OPTIONS);
    expect(plan.tiles).toHaveLength(1);
    expect(plan.scale).toBe(1);
    const wide = grid(4, 2);
    expect(planPrint(boundsOf(wide), wide, PAGE, OPTIONS).scale).toBeCloseTo(976 / 1044, 6);
  });

  it("a wide chart becomes pages cut between boxes, each page within the paper, titles readable", () => {
    const boxes = grid(14, 3);
    const plan = planPrint(boundsOf(boxes), boxes, PAGE, OPTIONS);
    expect(plan.tiles.length).toBeGreaterThan(1);
    expect(plan.scale).toBeGreaterThanOrEqual(0.8);
    for (const t of plan.tiles) {
      expect(t.width * plan.scale).toBeLessThanOrEqual(PAGE.width + 1e-6);
      expect(t.height * plan.scale).toBeLessThanOrEqual(PAGE.height + 1e-6);
    }
    // There are gaps between the columns, so no box is cut: each lies whole on a page.
    for (const b of boxes) expect(plan.tiles.some((t) => inside(b, t))).toBe(true);
  });

  it("leaves out pages with no box, and shrinks below readable only past the page budget", () => {
    const corners = [box(0, 0), box(6000, 4000)];
    const plan = planPrint(boundsOf(corners), corners, PAGE, OPTIONS);
    expect(plan.tiles).toHaveLength(2);
    const huge = grid(120, 40);
    const big = planPrint(boundsOf(huge), huge, PAGE, OPTIONS);
    expect(big.tiles.length).toBeLessThanOrEqual(20);
    expect(big.scale).toBeLessThan(0.8);
  });
});

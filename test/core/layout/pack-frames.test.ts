import fc from "fast-check";
import { packFrames } from "../../../src/core/layout/pack.ts";
import { SPACING } from "../../../src/core/layout/types.ts";

type Size = { width: number; height: number };

function overlaps(a: Size & { x: number; y: number }, b: Size & { x: number; y: number }) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe("packing organization frames", () => {
  it("puts small organizations under a wide one instead of beside it", () => {
    const sizes = [
      { width: 2400, height: 450 },
      { width: 450, height: 500 },
      { width: 450, height: 350 },
    ];
    const [wide, a, b] = packFrames(sizes, "DOWN");
    expect(wide).toEqual({ x: 0, y: 0 });
    expect(a).toEqual({ x: 0, y: 450 + SPACING.groupGap });
    expect(b).toEqual({ x: 450 + SPACING.groupGap, y: 450 + SPACING.groupGap });
  });

  it("keeps organizations side by side when that shows them largest", () => {
    const two = [0, 1].map(() => ({ width: 600, height: 400 }));
    expect(packFrames(two, "DOWN").map((p) => p.y)).toEqual([0, 0]);
    // Three equal frames: two and one (1,272 x 872) fit a 16:10 screen larger than a row of
    // three (1,944 x 400) or a column.
    const three = [0, 1, 2].map(() => ({ width: 600, height: 400 }));
    expect(packFrames(three, "DOWN").map((p) => p.y)).toEqual([0, 0, 400 + SPACING.groupGap]);
  });

  it("stacks columns the same way in a left-to-right chart", () => {
    const sizes = [
      { width: 450, height: 2400 },
      { width: 500, height: 450 },
      { width: 350, height: 450 },
    ];
    const [tall, a, b] = packFrames(sizes, "RIGHT");
    expect(tall).toEqual({ x: 0, y: 0 });
    expect(a).toEqual({ x: 450 + SPACING.groupGap, y: 0 });
    expect(b).toEqual({ x: 450 + SPACING.groupGap, y: 450 + SPACING.groupGap });
  });

  it("never overlaps frames, keeps them in order and leaves a gap between them", () => {
    const size = fc.record({
      width: fc.integer({ min: 100, max: 5000 }),
      height: fc.integer({ min: 100, max: 3000 }),
    });
    fc.assert(
      fc.property(
        fc.array(size, { minLength: 1, maxLength: 12 }),
        fc.constantFrom("DOWN" as const, "RIGHT" as const),
        (sizes, direction) => {
          const placed = packFrames(sizes, direction).map((p, i) => ({ ...p, ...sizes[i]! }));
          const gap = SPACING.groupGap - 1;
          for (let i = 0; i < placed.length; i++) {
            for (let j = i + 1; j < placed.length; j++) {
              const a = placed[i]!;
              const grown = { ...a, width: a.width + gap, height: a.height + gap };
              expect(overlaps(grown, placed[j]!)).toBe(false);
            }
          }
        },
      ),
    );
  });

  it("packs hundreds of organizations quickly and keeps them apart", () => {
    const sizes = Array.from({ length: 600 }, (_, i) => ({
      width: 300 + (i % 7) * 90,
      height: 200 + (i % 5) * 60,
    }));
    const placed = packFrames(sizes, "DOWN").map((p, i) => ({ ...p, ...sizes[i]! }));
    const rows = new Set(placed.map((p) => p.y));
    expect(rows.size).toBeGreaterThan(5);
    expect(rows.size).toBeLessThan(placed.length);
  });
});

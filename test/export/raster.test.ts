import fc from "fast-check";
import {
  MAX_CANVAS_AREA,
  MAX_CANVAS_SIDE,
  MAX_TILES,
  MAX_TOTAL_PIXELS,
  planRaster,
} from "../../src/export/raster.ts";

describe("planRaster", () => {
  it("draws one image at the scale asked when it fits, 2x twice the size of 1x", () => {
    const one = planRaster(1200, 800, 1);
    const two = planRaster(1200, 800, 2);
    expect(one).toMatchObject({ kind: "single", width: 1200, height: 800, message: null });
    expect(two).toMatchObject({ kind: "single", width: 2400, height: 1600, scale: 2 });
    expect(planRaster(1200.4, 800.2, 4)).toMatchObject({ width: 4802, height: 3201 });
  });

  it("scales down, and says so, when the image would pass a side limit but stays readable", () => {
    const plan = planRaster(10_000, 2_000, 2);
    expect(plan.kind).toBe("scaled");
    expect(plan.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(plan.scale).toBeCloseTo(1.638, 3);
    expect(plan.message).toMatch(/20,000 × 4,000 px.*16,384 px per side.*scaled down to 1\.63x/);
  });

  it("splits into tiles at the scale asked when scaling would make text unreadable", () => {
    const plan = planRaster(40_000, 3_000, 1);
    expect(plan).toMatchObject({
      kind: "tiles",
      scale: 1,
      cols: 3,
      rows: 1,
      width: 40_000,
      height: 3_000,
    });
    expect(plan.tiles.map((t) => t.width)).toEqual([13_334, 13_334, 13_332]);
    expect(plan.message).toMatch(/split into 3 images \(3 across, 1 down\).*\.zip/);
  });

  it("respects an area limit such as Safari's", () => {
    const plan = planRaster(5_000, 5_000, 1, 16_384, 16_777_216);
    expect(plan.kind).toBe("scaled");
    expect(plan.width * plan.height).toBeLessThanOrEqual(16_777_216);
    const tiles = planRaster(20_000, 20_000, 1, 16_384, 16_777_216);
    expect(tiles.kind).toBe("tiles");
    for (const t of tiles.tiles) expect(t.width * t.height).toBeLessThanOrEqual(16_777_216);
  });

  it("never crops: tiles cover the image exactly, each within the limits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200_000 }),
        fc.integer({ min: 1, max: 60_000 }),
        fc.constantFrom(1, 2, 4),
        fc.constantFrom(MAX_CANVAS_AREA, 16_777_216),
        (w, h, scale, maxArea) => {
          const plan = planRaster(w, h, scale, MAX_CANVAS_SIDE, maxArea);
          let area = 0;
          let within = true;
          for (const t of plan.tiles) {
            within &&=
              t.width > 0 &&
              t.height > 0 &&
              t.width <= MAX_CANVAS_SIDE &&
              t.height <= MAX_CANVAS_SIDE &&
              t.width * t.height <= maxArea &&
              t.x + t.width <= plan.width &&
              t.y + t.height <= plan.height;
            area += t.width * t.height;
          }
          expect(within).toBe(true);
          expect(area).toBe(plan.width * plan.height);
          expect(plan.tiles.length).toBeLessThanOrEqual(MAX_TILES);
          expect(plan.width).toBe(Math.max(1, Math.ceil(w * plan.scale)));
          expect(plan.kind === "single").toBe(plan.message === null);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("keeps the download to about 200 million pixels, never below a readable scale", () => {
    const plan = planRaster(232_640, 772, 2);
    expect(plan.kind).toBe("tiles");
    expect(plan.scale).toBeCloseTo(1.055, 3);
    expect(plan.width * plan.height).toBeLessThanOrEqual(MAX_TOTAL_PIXELS * 1.001);
    expect(plan.message).toMatch(/split into \d+ images .* drawn at 1\.05x/);
    expect(planRaster(1_000_000, 1_000, 1).scale).toBe(0.5);
  });

  it("keeps a huge chart to a bounded number of tiles, smaller, and says so", () => {
    const plan = planRaster(300_000, 2_000, 4);
    expect(plan.kind).toBe("tiles");
    expect(plan.tiles.length).toBeLessThanOrEqual(MAX_TILES);
    expect(plan.scale).toBeLessThan(4);
    expect(plan.message).toMatch(/drawn at 0\.\d+x .* million pixels/);
  });
});

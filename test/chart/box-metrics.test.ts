import fs from "node:fs";
import path from "node:path";
import { boxMetricsCss } from "../../scripts/lib/box-metrics-plugin.ts";
import { BOX, boxSize } from "../../src/core/layout/box-size.ts";
import { titleWidth } from "../../src/export/scene.ts";

const SHEET = fs.readFileSync(
  path.resolve(import.meta.dirname, "../../src/chart/position-node.css"),
  "utf8",
);
/** Colour tokens that happen to start with --box- (theme/tokens.ts), not metrics. */
const COLOURS = new Set(["--box-bg", "--box-border"]);

describe("box metrics: one module for the layout, the CSS and the exports", () => {
  const generated = new Map(
    [...boxMetricsCss().matchAll(/(--box-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!]),
  );

  it("generates the CSS variables from box-size.ts", () => {
    expect(generated.get("--box-title-size")).toBe(`${BOX.titleSize}px`);
    expect(generated.get("--box-line-height")).toBe(`${BOX.lineHeight}px`);
    expect(generated.get("--box-accent")).toBe(`${BOX.accent}px`);
    expect(generated.get("--box-pad-left")).toBe(`${BOX.padLeft}px`);
    expect(generated.get("--box-footer-row")).toBe(`${BOX.footerRow}px`);
  });

  it("the boxes' stylesheet reads every generated variable and writes none of its own", () => {
    const used = new Set(
      [...SHEET.matchAll(/var\((--box-[\w-]+)\)/g)]
        .map((m) => m[1]!)
        .filter((n) => !COLOURS.has(n)),
    );
    expect([...used].sort()).toEqual([...generated.keys()].sort());
    expect(SHEET).not.toMatch(/--box-[\w-]+\s*:/);
    // No box metric written out as a number beside the variables.
    expect(SHEET).not.toMatch(/\.box[^{]*\{[^}]*\b(?:15|20|22|24)px/);
  });

  it("the exports draw with the same metrics the layout sizes boxes by", () => {
    expect(titleWidth(BOX.width)).toBe(
      BOX.width - BOX.accent - BOX.borderWidth - BOX.padLeft - BOX.padRight,
    );
    expect(boxSize("Director").height).toBe(BOX.chrome + BOX.lineHeight);
  });
});

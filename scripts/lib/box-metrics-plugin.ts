import type { Plugin } from "vite";
import { boxCssDeclarations } from "../../src/core/layout/box-size.ts";

export const BOX_METRICS_MODULE = "virtual:box-metrics.css";
// A ".css" ending keeps the id a stylesheet to Vite's CSS pipeline (bundled, hashed, linked).
const RESOLVED = `\0${BOX_METRICS_MODULE}`;

/** The box metrics of src/core/layout/box-size.ts as CSS custom properties on :root. */
export function boxMetricsCss(): string {
  const lines = boxCssDeclarations().map(([name, value]) => `  ${name}: ${value};`);
  return `:root {\n${lines.join("\n")}\n}\n`;
}

/**
 * Serves `virtual:box-metrics.css`, generated from the one module that holds the box metrics,
 * so the stylesheet that draws boxes cannot disagree with the layout and the exports.
 */
export function boxMetricsPlugin(): Plugin {
  return {
    name: "org-atlas:box-metrics",
    resolveId: (id) => (id === BOX_METRICS_MODULE ? RESOLVED : null),
    load: (id) => (id === RESOLVED ? boxMetricsCss() : null),
  };
}

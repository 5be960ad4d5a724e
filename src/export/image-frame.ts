import type { DrawItem } from "./draw-items.ts";
import { legendEntries, legendItems, legendSize } from "./legend.ts";
import type { ImageShape } from "./options.ts";
import type { ExportScene } from "./types.ts";

/** Room between the chart and its legend, and around the legend. */
const LEGEND_PAD = 24;

/** Width over height of each shape; "page" turns to match the chart. */
const SLIDE_RATIO = 16 / 9;
const PAGE_RATIO = 11 / 8.5;

/** Where the chart and its legend go in a picture of the chosen shape. */
export interface ImageFrame {
  width: number;
  height: number;
  /** Where the scene's origin lands. */
  dx: number;
  dy: number;
  /** The legend's items, already placed; empty without a legend. */
  legend: DrawItem[];
}

/**
 * The picture around a scene: the chart (with its legend underneath when asked), centred in a
 * 16:9 slide or a page when one is chosen, the rest left as background. The chart keeps its size:
 * a slide-shaped image is only wider or taller than the chart, never a cropped or stretched one.
 */
export function imageFrame(
  scene: ExportScene,
  options: { shape?: ImageShape; legend?: boolean },
): ImageFrame {
  const entries = options.legend ? legendEntries(scene) : [];
  const size = legendSize(entries, Math.max(scene.width - 2 * LEGEND_PAD, 480));
  const band = entries.length > 0 ? size.height + LEGEND_PAD : 0;
  const contentWidth = Math.max(scene.width, entries.length > 0 ? size.width + 2 * LEGEND_PAD : 0);
  const contentHeight = scene.height + band;
  let width = contentWidth;
  let height = contentHeight;
  const shape = options.shape ?? "chart";
  if (shape !== "chart") {
    const ratio =
      shape === "slide" ? SLIDE_RATIO : contentWidth >= contentHeight ? PAGE_RATIO : 1 / PAGE_RATIO;
    width = Math.max(contentWidth, contentHeight * ratio);
    height = width / ratio;
  }
  width = Math.ceil(width);
  height = Math.ceil(height);
  const dx = (width - contentWidth) / 2 + (contentWidth - scene.width) / 2;
  const dy = (height - contentHeight) / 2;
  const legend =
    entries.length > 0
      ? legendItems(
          scene,
          entries,
          (width - contentWidth) / 2 + LEGEND_PAD,
          dy + scene.height,
          contentWidth - 2 * LEGEND_PAD,
        )
      : [];
  return { width, height, dx, dy, legend };
}

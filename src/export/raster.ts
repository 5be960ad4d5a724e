import { formatNumber, translate } from "../i18n/format.ts";
import type { Language } from "../i18n/messages.ts";

/** Largest side a canvas may have in Chromium and Firefox. */
export const MAX_CANVAS_SIDE = 16_384;
/** Largest canvas area (16,384²): Chromium's limit; Safari's is far lower on phones. */
export const MAX_CANVAS_AREA = 268_435_456;
/** Below this, 15 px titles would be smaller than 7 px: split into tiles instead of shrinking. */
export const MIN_READABLE_SCALE = 0.5;
/**
 * Past this many pixels in all (about two seconds of PNG encoding in Chromium), tiles are drawn at
 * a lower scale, though not below MIN_READABLE_SCALE for this reason alone.
 */
export const MAX_TOTAL_PIXELS = 200_000_000;
/** More tiles than this would be a download of gigabytes: the scale is lowered to stay within it. */
export const MAX_TILES = 36;

export interface RasterTile {
  /** Column and row, from 0. */
  col: number;
  row: number;
  /** Pixel rectangle of the full image this tile covers. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RasterPlan {
  /** "single": one image at the scale asked; "scaled": one image, scaled down; "tiles": several images at the scale asked. */
  kind: "single" | "scaled" | "tiles";
  /** Pixels per scene px actually used. */
  scale: number;
  /** Size of the full image in pixels. */
  width: number;
  height: number;
  cols: number;
  rows: number;
  tiles: RasterTile[];
  /** Says what was changed and why; null when the image is exactly what was asked. */
  message: string | null;
}

const fmt = (lang: Language, v: number) => formatNumber(lang, Math.round(v), 0);
const fmtScale = (lang: Language, s: number) =>
  `${formatNumber(lang, Math.floor(s * 100) / 100, 2)}x`;

/**
 * How to draw a `width` x `height` scene at `scale` within the browser's canvas limits: as one
 * image, as one image scaled down (when it stays readable), or split into tiles at the scale
 * asked. Never crops: the tiles cover the whole image.
 *
 * @example planRaster(40_000, 3_000, 1) // { kind: "tiles", cols: 3, rows: 1, ... }
 */
export function planRaster(
  width: number,
  height: number,
  scale: number,
  maxSide: number = MAX_CANVAS_SIDE,
  maxArea: number = MAX_CANVAS_AREA,
  minScale: number = MIN_READABLE_SCALE,
  maxTotal: number = MAX_TOTAL_PIXELS,
  lang: Language = "en",
): RasterPlan {
  const w = Math.max(1, Math.ceil(width * scale));
  const h = Math.max(1, Math.ceil(height * scale));
  if (w <= maxSide && h <= maxSide && w * h <= maxArea) {
    return {
      kind: "single",
      scale,
      width: w,
      height: h,
      cols: 1,
      rows: 1,
      tiles: [{ col: 0, row: 0, x: 0, y: 0, width: w, height: h }],
      message: null,
    };
  }
  const limit = translate(lang, "exportFile.limit", {
    side: fmt(lang, maxSide),
    area: fmt(lang, maxArea / 1e6),
  });
  // Floor to 1/1000 so the rounded-up image size never lands one pixel over the limit.
  const fit =
    Math.floor(
      Math.min(maxSide / width, maxSide / height, Math.sqrt(maxArea / (width * height))) * 1000,
    ) / 1000;
  const fits = (s: number) => {
    const fw = Math.ceil(width * s);
    const fh = Math.ceil(height * s);
    return fw <= maxSide && fh <= maxSide && fw * fh <= maxArea;
  };
  if (fit >= minScale && fits(fit)) {
    const sw = Math.ceil(width * fit);
    const sh = Math.ceil(height * fit);
    return {
      kind: "scaled",
      scale: fit,
      width: sw,
      height: sh,
      cols: 1,
      rows: 1,
      tiles: [{ col: 0, row: 0, x: 0, y: 0, width: sw, height: sh }],
      message: translate(lang, "exportFile.scaled", {
        scale: fmtScale(lang, scale),
        w: fmt(lang, w),
        h: fmt(lang, h),
        limit,
        fit: fmtScale(lang, fit),
        sw: fmt(lang, sw),
        sh: fmt(lang, sh),
      }),
    };
  }
  // Tiles at the scale asked, unless that makes a huge download (MAX_TOTAL_PIXELS) or more than
  // MAX_TILES images: then smaller.
  const budget = Math.floor(Math.sqrt(maxTotal / (width * height)) * 1000) / 1000;
  let tileScale = Math.min(scale, Math.max(budget, minScale));
  let grid = tileGrid(width, height, tileScale, maxSide, maxArea);
  while (grid.cols * grid.rows > MAX_TILES) {
    tileScale = Math.floor(tileScale * 0.9 * 1000) / 1000;
    grid = tileGrid(width, height, tileScale, maxSide, maxArea);
  }
  const { w: tw, h: th, cols, rows } = grid;
  const tileW = Math.ceil(tw / cols);
  const tileH = Math.ceil(th / rows);
  const tiles: RasterTile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const x = col * tileW;
      const y = row * tileH;
      // Rounding up the tile size can leave nothing for a last column or row.
      if (x < tw && y < th)
        tiles.push({
          col,
          row,
          x,
          y,
          width: Math.min(tileW, tw - x),
          height: Math.min(tileH, th - y),
        });
    }
  }
  let reduced = "";
  if (tileScale < scale) {
    const why =
      grid.cols * grid.rows >= MAX_TILES && tileScale < Math.max(budget, minScale)
        ? translate(lang, "exportFile.whyTiles", { max: fmt(lang, MAX_TILES) })
        : tileScale === minScale && budget < minScale
          ? translate(lang, "exportFile.whyReadable")
          : translate(lang, "exportFile.whyBudget", { mp: fmt(lang, maxTotal / 1e6) });
    reduced = translate(lang, "exportFile.reduced", {
      scale: fmtScale(lang, tileScale),
      w: fmt(lang, tw),
      h: fmt(lang, th),
      why,
    });
  }
  return {
    kind: "tiles",
    scale: tileScale,
    width: tw,
    height: th,
    cols,
    rows,
    tiles,
    message: translate(lang, "exportFile.tiles", {
      scale: fmtScale(lang, scale),
      w: fmt(lang, w),
      h: fmt(lang, h),
      limit,
      count: fmt(lang, tiles.length),
      cols: fmt(lang, cols),
      rows: fmt(lang, rows),
      reduced,
    }),
  };
}

/** As few columns and rows as keep each tile within both limits. */
function tileGrid(width: number, height: number, scale: number, maxSide: number, maxArea: number) {
  const w = Math.max(1, Math.ceil(width * scale));
  const h = Math.max(1, Math.ceil(height * scale));
  let cols = Math.ceil(w / maxSide);
  let rows = Math.ceil(h / maxSide);
  while (Math.ceil(w / cols) * Math.ceil(h / rows) > maxArea) {
    if (Math.ceil(w / cols) >= Math.ceil(h / rows)) cols += 1;
    else rows += 1;
  }
  return { w, h, cols, rows };
}

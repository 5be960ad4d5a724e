import type { Box } from "../core/layout/types.ts";
import { translate } from "../i18n/format.ts";
import type { Language } from "../i18n/messages.ts";

export type Paper = "letter" | "a4";
export type Orientation = "portrait" | "landscape";

/** Page sizes in PDF points (1/72 in), portrait. */
export const PAPER_SIZES: Record<Paper, { width: number; height: number }> = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
};

/** Half an inch of margin, plus a line for the title above and the page label below. */
export const PAGE_MARGIN = 36;
export const HEADER = 18;
export const FOOTER = 16;
/** Points per chart px on a poster: 15 px titles print at 9 pt. */
export const POSTER_SCALE = 0.6;
/** Never more than 3/4 pt per px (the chart's own size on paper at 96 dpi). */
export const MAX_FIT_SCALE = 0.75;
/** A poster larger than this is printed smaller so it keeps to this many pages. */
export const MAX_POSTER_PAGES = 100;

export interface PdfPage {
  /** From 1. */
  row: number;
  column: number;
  /** The part of the scene on this page, in scene px. */
  view: Box;
  /** "Page 2 of 6 — row 1, column 2"; "" on a one-page PDF. */
  label: string;
}

export interface PdfPlan {
  pageWidth: number;
  pageHeight: number;
  /** Where the chart is drawn on each page, in pt. */
  area: Box;
  /** pt per scene px. */
  scale: number;
  rows: number;
  columns: number;
  pages: PdfPage[];
  message: string | null;
}

/**
 * How a `width` x `height` scene goes on paper: fitted to one page, or as a poster of pages at a
 * readable size, each labelled with its place ("Page 2 of 6 — row 1, column 2").
 */
export function planPdf(
  width: number,
  height: number,
  options: {
    paper: Paper;
    orientation: Orientation;
    layout: "fit" | "poster";
    /** The language of the page labels and message; English by default. */
    language?: Language;
  },
): PdfPlan {
  const lang = options.language ?? "en";
  const size = PAPER_SIZES[options.paper];
  const landscape = options.orientation === "landscape";
  const pageWidth = landscape ? size.height : size.width;
  const pageHeight = landscape ? size.width : size.height;
  const area = {
    x: PAGE_MARGIN,
    y: PAGE_MARGIN + HEADER,
    width: pageWidth - 2 * PAGE_MARGIN,
    height: pageHeight - 2 * PAGE_MARGIN - HEADER - FOOTER,
  };
  if (options.layout === "fit") {
    const scale = Math.min(area.width / width, area.height / height, MAX_FIT_SCALE);
    return {
      pageWidth,
      pageHeight,
      area,
      scale,
      rows: 1,
      columns: 1,
      pages: [{ row: 1, column: 1, view: { x: 0, y: 0, width, height }, label: "" }],
      message: null,
    };
  }
  let scale = POSTER_SCALE;
  let columns = Math.max(1, Math.ceil((width * scale) / area.width - 1e-9));
  let rows = Math.max(1, Math.ceil((height * scale) / area.height - 1e-9));
  let message: string | null = null;
  if (columns * rows > MAX_POSTER_PAGES) {
    // The largest scale at which the grid of pages stays within the limit.
    let best = 0;
    for (let c = 1; c <= MAX_POSTER_PAGES; c++) {
      const r = Math.floor(MAX_POSTER_PAGES / c);
      best = Math.max(best, Math.min((c * area.width) / width, (r * area.height) / height));
    }
    scale = best;
    columns = Math.max(1, Math.ceil((width * scale) / area.width - 1e-9));
    rows = Math.max(1, Math.ceil((height * scale) / area.height - 1e-9));
    message = translate(lang, "exportFile.poster", {
      max: MAX_POSTER_PAGES,
      pct: Math.round((scale / POSTER_SCALE) * 100),
      pages: columns * rows,
    });
  }
  const total = rows * columns;
  const viewW = area.width / scale;
  const viewH = area.height / scale;
  const pages: PdfPage[] = [];
  for (let row = 1; row <= rows; row++) {
    for (let column = 1; column <= columns; column++) {
      const n = pages.length + 1;
      pages.push({
        row,
        column,
        view: { x: (column - 1) * viewW, y: (row - 1) * viewH, width: viewW, height: viewH },
        label: translate(lang, "exportFile.pageLabel", { n, total, row, column }),
      });
    }
  }
  return { pageWidth, pageHeight, area, scale, rows, columns, pages, message };
}

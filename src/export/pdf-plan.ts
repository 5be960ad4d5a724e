import type { Box } from "../core/layout/types.ts";
import { translate } from "../i18n/format.ts";
import type { Language } from "../i18n/messages.ts";
import { planBranches } from "./pdf-branches.ts";
import type { ExportScene } from "./types.ts";

export type Paper = "letter" | "a4";
export type Orientation = "portrait" | "landscape";
/** Readable pages per branch (the default), a poster of pages, or everything on one page. */
export type PdfLayout = "branches" | "poster" | "fit";

/** Page sizes in PDF points (1/72 in), portrait. */
export const PAPER_SIZES: Record<Paper, { width: number; height: number }> = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
};

/** Half an inch of margin, plus a line for the title above and the page label below. */
export const PAGE_MARGIN = 36;
export const HEADER = 18;
export const FOOTER = 16;
/** Room kept at the foot of each page for the legend (two rows at 9 pt) when it is drawn. */
export const LEGEND_BAND = 56;
/** No text smaller than this on a readable page (poster or branches), in points. */
export const READABLE_PT = 8;
/** Never more than 3/4 pt per px (the chart's own size on paper at 96 dpi). */
export const MAX_FIT_SCALE = 0.75;
/** What neighbouring poster pages repeat of each other, in points, so nothing is lost at a cut. */
export const OVERLAP = 24;
/** A poster larger than this is printed smaller so it keeps to this many pages. */
export const MAX_POSTER_PAGES = 100;

/** "continues on page 3" beside the part of the chart that goes on there. */
export interface PageNote {
  /** Where the note is anchored, in scene px. */
  x: number;
  y: number;
  /** Which side of the page (poster) or "below" a box (branches). */
  side: "right" | "bottom" | "left" | "top" | "below";
  text: string;
}

/** Boxes and lines placed for one page when the chart's own layout does not fit it (scene px). */
export interface PageLayout {
  boxes: ReadonlyMap<string, Box>;
  edges: Array<{ source: string; target: string; points: Array<{ x: number; y: number }> }>;
}

export interface PdfPage {
  /** The part of the scene on this page, in scene px. */
  view: Box;
  /** pt per scene px on this page. */
  scale: number;
  /** Boxes drawn on this page; null draws everything in the view (with the frames). */
  ids: ReadonlySet<string> | null;
  /** Where this page puts its boxes, when not where the chart has them. */
  layout?: PageLayout;
  /** Printed after the chart's title in the header: the branch's top position, or "". */
  heading: string;
  /** "Page 2 of 6 — row 1, column 2", "Page 2 of 6"; "" on a one-page PDF. */
  label: string;
  notes: PageNote[];
}

export interface PdfPlan {
  pageWidth: number;
  pageHeight: number;
  /** Where the chart is drawn on each page, in pt. */
  area: Box;
  pages: PdfPage[];
  message: string | null;
}

export interface PlanOptions {
  paper: Paper;
  orientation: Orientation;
  layout: PdfLayout;
  /** Keeps a band at the foot of each page for the legend. */
  legend?: boolean;
  /** The smallest text of the scene in px; 12 (the classification badges) by default. */
  minTextPx?: number;
  /** The language of the page labels and message; English by default. */
  language?: Language;
}

export type PlanScene = Pick<ExportScene, "width" | "height" | "boxes" | "edges">;

function pageGeometry(options: PlanOptions) {
  const size = PAPER_SIZES[options.paper];
  const landscape = options.orientation === "landscape";
  const pageWidth = landscape ? size.height : size.width;
  const pageHeight = landscape ? size.width : size.height;
  const legend = options.legend ? LEGEND_BAND : 0;
  const area = {
    x: PAGE_MARGIN,
    y: PAGE_MARGIN + HEADER,
    width: pageWidth - 2 * PAGE_MARGIN,
    height: pageHeight - 2 * PAGE_MARGIN - HEADER - FOOTER - legend,
  };
  return { pageWidth, pageHeight, area };
}

/** The scale at which a `width` x `height` part fills the area, never past MAX_FIT_SCALE. */
export const fitScale = (area: Box, width: number, height: number) =>
  Math.min(area.width / width, area.height / height, MAX_FIT_SCALE);

function posterPages(scene: PlanScene, area: Box, readable: number, lang: Language) {
  let scale = readable;
  const step = (s: number) => ({ w: (area.width - OVERLAP) / s, h: (area.height - OVERLAP) / s });
  const grid = (s: number) => ({
    columns: Math.max(1, Math.ceil((scene.width - OVERLAP / s) / step(s).w - 1e-9)),
    rows: Math.max(1, Math.ceil((scene.height - OVERLAP / s) / step(s).h - 1e-9)),
  });
  let { columns, rows } = grid(scale);
  let message: string | null = null;
  if (columns * rows > MAX_POSTER_PAGES) {
    let low = 0;
    let high = scale;
    for (let i = 0; i < 40; i++) {
      const mid = (low + high) / 2;
      const g = grid(mid);
      if (g.columns * g.rows <= MAX_POSTER_PAGES) low = mid;
      else high = mid;
    }
    scale = low;
    ({ columns, rows } = grid(scale));
    message = translate(lang, "exportFile.poster", {
      max: MAX_POSTER_PAGES,
      pct: Math.round((scale / readable) * 100),
      pages: columns * rows,
    });
  }
  const { w, h } = step(scale);
  const viewOf = (row: number, column: number) => ({
    x: (column - 1) * w,
    y: (row - 1) * h,
    width: area.width / scale,
    height: area.height / scale,
  });
  // Pages with no box on them are left out; the others are numbered in reading order.
  const number = new Map<string, number>();
  for (let row = 1; row <= rows; row++)
    for (let column = 1; column <= columns; column++) {
      const v = viewOf(row, column);
      if (scene.boxes.some((b) => meets(b, v))) number.set(`${row},${column}`, number.size + 1);
    }
  const total = number.size;
  const pages: PdfPage[] = [];
  for (let row = 1; row <= rows; row++) {
    for (let column = 1; column <= columns; column++) {
      const n = number.get(`${row},${column}`);
      if (n === undefined) continue;
      const view = viewOf(row, column);
      const notes: PageNote[] = [];
      const note = (side: PageNote["side"], r: number, c: number, x: number, y: number) => {
        const to = number.get(`${r},${c}`);
        if (to !== undefined)
          notes.push({ side, x, y, text: translate(lang, "exportFile.continuesOn", { n: to }) });
      };
      const midX = view.x + view.width / 2;
      const midY = view.y + view.height / 2;
      note("right", row, column + 1, view.x + view.width, midY);
      note("bottom", row + 1, column, midX, view.y + view.height);
      note("left", row, column - 1, view.x, midY);
      note("top", row - 1, column, midX, view.y);
      pages.push({
        view,
        scale,
        ids: null,
        heading: "",
        label: translate(lang, "exportFile.pageLabel", { n, total, row, column }),
        notes,
      });
    }
  }
  return { pages, message };
}

/** Whether a box and a view share any area. */
const meets = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * How a scene goes on paper:
 * - "branches" (the default): the whole chart on one page when its smallest text stays at
 *   READABLE_PT or more, else one page per branch at a readable size, each box whose reports go
 *   on another page saying which ("continues on page 4");
 * - "poster": pages at a readable size that overlap by OVERLAP, each edge saying which page
 *   continues it, and labelled with its place ("Page 2 of 6 — row 1, column 2");
 * - "fit": everything on one page, whatever the size of its text.
 */
export function planPdf(scene: PlanScene, options: PlanOptions): PdfPlan {
  const lang = options.language ?? "en";
  const { pageWidth, pageHeight, area } = pageGeometry(options);
  const readable = READABLE_PT / (options.minTextPx ?? 12);
  const whole = fitScale(area, scene.width, scene.height);
  const onePage = (message: string | null): PdfPlan => ({
    pageWidth,
    pageHeight,
    area,
    pages: [
      {
        view: { x: 0, y: 0, width: scene.width, height: scene.height },
        scale: whole,
        ids: null,
        heading: "",
        label: "",
        notes: [],
      },
    ],
    message,
  });
  if (options.layout === "fit" || whole >= readable - 1e-9) {
    const smallest = Math.round((options.minTextPx ?? 12) * whole * 10) / 10;
    return onePage(
      whole < readable - 1e-9 ? translate(lang, "exportFile.smallText", { pt: smallest }) : null,
    );
  }
  if (options.layout === "poster") {
    const { pages, message } = posterPages(scene, area, readable, lang);
    return { pageWidth, pageHeight, area, pages, message };
  }
  const pages = planBranches(scene, area, readable, lang);
  return { pageWidth, pageHeight, area, pages, message: null };
}

import type { Point } from "../core/layout/types.ts";
import { textWidth } from "./text-metrics.ts";

/**
 * Geometry of a PowerPoint deck, in inches on a 16:9 slide (13.333 x 7.5 in). Text sizes are
 * points and never change with the chart's size: titles 14 pt, everything else 12 pt.
 */
export const SLIDE = { width: 13.333, height: 7.5 } as const;
export const DECK = {
  margin: 0.5,
  titleTop: 0.3,
  titleHeight: 0.7,
  subtitleHeight: 0.4,
  /** Where the boxes start, under the title and subtitle. */
  areaTop: 1.55,
  areaBottom: 7.15,
  /** Room kept under the boxes for the legend (two rows) when it is drawn. */
  legendHeight: 0.85,
  boxWidth: 2.2,
  padX: 0.1,
  padY: 0.08,
  titlePt: 14,
  textPt: 12,
  lineHeight: 1.2,
  /** Between boxes of a row, between a manager and its reports, between rows of a list. */
  gapX: 0.3,
  level: 0.45,
  rowGap: 0.18,
  /** Between the two columns of a list hanging from a spine (the spine runs in the middle). */
  spine: 0.5,
  /** From the spine to a one-column list. */
  indent: 0.3,
  /** Between clusters on an overview slide. */
  clusterGap: 0.45,
  /** Reports shown as one row under their manager, at most; more hang in two columns. */
  rowMax: 5,
} as const;

export const DECK_METRICS: ClusterMetrics = DECK;

/** One paragraph of a box; long ones wrap inside the box as PowerPoint wraps them. */
export interface DeckParagraph {
  text: string;
  size: number;
  bold: boolean;
  /** "ink", "accent" (the organization's colour), "muted" or "link". */
  tone: "ink" | "accent" | "muted" | "link";
  /** 1-based slide this paragraph links to. */
  slide?: number;
}

/** Connection sites of PowerPoint's rectangle presets (rect, roundRect): top, left, bottom, right. */
export const SITE = { top: 0, left: 1, bottom: 2, right: 3 } as const;
export type Site = (typeof SITE)[keyof typeof SITE];

export interface PlacedBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A reporting line from a manager's site to a report's site, with the path it draws. */
export interface DeckLine {
  from: string;
  to: string;
  fromSite: Site;
  toSite: Site;
  points: Point[];
}

export interface Cluster {
  width: number;
  height: number;
  boxes: PlacedBox[];
  lines: DeckLine[];
}

export type ClusterStyle = "row" | "hang1" | "hang2";

/** The spacing a cluster is laid out with, in the unit of its boxes (inches on a slide). */
export interface ClusterMetrics {
  boxWidth: number;
  gapX: number;
  level: number;
  rowGap: number;
  spine: number;
  indent: number;
}

const inchesPerPt = 1 / 72;

/** Greedy word wrap at a width in points; a word longer than the line is broken. */
export function wrapAt(text: string, widthPt: number, size: number, bold: boolean): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line === "" ? word : `${line} ${word}`;
    if (textWidth(next, size, bold) <= widthPt) {
      line = next;
      continue;
    }
    if (line !== "") lines.push(line);
    line = word;
    while (textWidth(line, size, bold) > widthPt && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), size, bold) > widthPt) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line !== "") lines.push(line);
  return lines.length > 0 ? lines : [""];
}

// A deck measures each title several times (overview, its manager's slide, its own): line
// counts are kept for the deck being planned (planDeck clears them).
const lineCounts = new Map<string, number>();
export const clearMeasures = () => lineCounts.clear();

/** Height in inches of a box holding these paragraphs at the deck's box width. */
export function boxHeight(paragraphs: readonly DeckParagraph[]): number {
  const widthPt = (DECK.boxWidth - 2 * DECK.padX) / inchesPerPt;
  let height = 2 * DECK.padY + 0.04;
  for (const p of paragraphs) {
    const key = `${p.size}|${p.bold ? 1 : 0}|${p.text}`;
    let lines = lineCounts.get(key);
    if (lines === undefined) {
      lines = wrapAt(p.text, widthPt, p.size, p.bold).length;
      lineCounts.set(key, lines);
    }
    height += lines * p.size * DECK.lineHeight * inchesPerPt;
  }
  return Math.round(height * 1000) / 1000;
}

const bottomOf = (b: PlacedBox): Point => ({ x: b.x + b.width / 2, y: b.y + b.height });

/**
 * A manager and its reports, with the lines between them:
 * - "row": the reports side by side under the manager, on one bus;
 * - "hang2": two columns hanging from a spine under the manager's middle;
 * - "hang1": one column hanging to the right of the spine.
 * Coordinates start at the cluster's top-left corner. No line crosses a box.
 */
export function cluster(
  manager: { id: string; height: number },
  reports: ReadonlyArray<{ id: string; height: number }>,
  style: ClusterStyle,
  metrics: ClusterMetrics = DECK_METRICS,
): Cluster {
  const M = metrics;
  const W = M.boxWidth;
  const n = reports.length;
  let width: number;
  let mx: number;
  if (n === 0) {
    const box = { id: manager.id, x: 0, y: 0, width: W, height: manager.height };
    return { width: W, height: manager.height, boxes: [box], lines: [] };
  }
  if (style === "row") {
    width = Math.max(W, n * W + (n - 1) * M.gapX);
    mx = (width - W) / 2;
  } else if (style === "hang2") {
    width = 2 * W + M.spine;
    mx = (width - W) / 2;
  } else {
    width = W / 2 + M.indent + W;
    mx = 0;
  }
  const m: PlacedBox = { id: manager.id, x: mx, y: 0, width: W, height: manager.height };
  const start = bottomOf(m);
  const boxes: PlacedBox[] = [m];
  const lines: DeckLine[] = [];
  if (style === "row") {
    const top = m.height + M.level;
    const bus = m.height + M.level / 2;
    let height = top;
    reports.forEach((r, i) => {
      const b = { id: r.id, x: i * (W + M.gapX), y: top, width: W, height: r.height };
      boxes.push(b);
      height = Math.max(height, top + r.height);
      const end = { x: b.x + W / 2, y: top };
      lines.push({
        from: m.id,
        to: r.id,
        fromSite: SITE.bottom,
        toSite: SITE.top,
        points: [start, { x: start.x, y: bus }, { x: end.x, y: bus }, end],
      });
    });
    return { width, height, boxes, lines };
  }
  const columns = style === "hang2" ? 2 : 1;
  let top = m.height + M.level * 0.6;
  for (let i = 0; i < n; i += columns) {
    const row = reports.slice(i, i + columns);
    const rowHeight = Math.max(...row.map((r) => r.height));
    row.forEach((r, c) => {
      // Two columns: left of the spine, then right of it. One column: right of the spine.
      const right = columns === 1 || c === 1;
      const x = columns === 1 ? start.x + M.indent : right ? width - W : 0;
      const b = { id: r.id, x, y: top, width: W, height: r.height };
      boxes.push(b);
      const end = { x: right ? b.x : b.x + W, y: top + r.height / 2 };
      lines.push({
        from: m.id,
        to: r.id,
        fromSite: SITE.bottom,
        toSite: right ? SITE.left : SITE.right,
        points: [start, { x: start.x, y: end.y }, end],
      });
    });
    top += rowHeight + M.rowGap;
  }
  return { width, height: top - M.rowGap, boxes, lines };
}

/**
 * How many of `heights` (in order) fit as a cluster of `style` in `available` inches of height,
 * at least one.
 */
export function fitting(
  managerHeight: number,
  heights: readonly number[],
  style: ClusterStyle,
  available: number,
  metrics: ClusterMetrics = DECK_METRICS,
): number {
  if (style === "row") return heights.length;
  const columns = style === "hang2" ? 2 : 1;
  let top = managerHeight + metrics.level * 0.6;
  let count = 0;
  for (let i = 0; i < heights.length; i += columns) {
    const rowHeight = Math.max(...heights.slice(i, i + columns));
    if (top + rowHeight > available && count > 0) break;
    top += rowHeight + metrics.rowGap;
    count = Math.min(heights.length, i + columns);
  }
  return Math.max(1, count);
}

import type { PageLine, PageLines } from "./types.ts";

/** The part of a pdf.js text item this module reads. */
export interface TextItemLike {
  str: string;
  /** [a, b, c, d, x, y]: y is the baseline, from the bottom of the page. */
  transform: number[];
  width: number;
  fontName: string;
}

interface Placed {
  str: string;
  x0: number;
  x1: number;
  baseline: number;
  size: number;
  font: string;
}

function place(item: TextItemLike, pageTop: number): Placed | null {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  // Rotated or vertical text is not part of a job description's reading order.
  if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || item.str === "") return null;
  const size = Math.hypot(c, d) || Math.abs(a);
  return {
    str: item.str,
    x0: x,
    x1: x + item.width,
    baseline: pageTop - y,
    size,
    font: item.fontName,
  };
}

function joinLine(items: readonly Placed[]): PageLine | null {
  let text = "";
  let prev: Placed | null = null;
  for (const item of items) {
    const gap = prev ? item.x0 - prev.x1 : 0;
    // A visible gap between pieces is a space the PDF did not write as a character.
    const needsSpace = prev && gap > item.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str);
    text += (needsSpace ? " " : "") + item.str;
    prev = item;
  }
  const inked = items.filter((i) => i.str.trim() !== "");
  const first = inked[0];
  if (!first) return null;
  const size = Math.max(...inked.map((i) => i.size));
  const baseline = first.baseline;
  const fonts = new Set(inked.map((i) => i.font));
  return {
    text: text.replace(/\s+/g, " ").trim(),
    x0: first.x0,
    x1: Math.max(...inked.map((i) => i.x1)),
    top: baseline - size * 0.8,
    bottom: baseline + size * 0.2,
    size,
    font: fonts.size === 1 ? first.font : null,
  };
}

/**
 * A page's text items grouped into lines by baseline, each line's pieces left to right and the
 * lines top to bottom: the reading order of a single-column page, whatever order the PDF drew it in.
 */
export function linesOfPage(items: readonly TextItemLike[], pageTop: number): PageLines {
  const placed = items
    .map((item) => place(item, pageTop))
    .filter((p): p is Placed => p !== null)
    .sort((p, q) => p.baseline - q.baseline || p.x0 - q.x0);
  const rows: Placed[][] = [];
  for (const item of placed) {
    const row = rows[rows.length - 1];
    const anchor = row?.[0];
    if (row && anchor && Math.abs(item.baseline - anchor.baseline) <= anchor.size * 0.35)
      row.push(item);
    else rows.push([item]);
  }
  const lines = rows
    .map((row) => joinLine([...row].sort((p, q) => p.x0 - q.x0)))
    .filter((l): l is PageLine => l !== null && l.text !== "");
  return { lines };
}

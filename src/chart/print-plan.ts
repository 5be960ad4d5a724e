/** A rectangle in chart units. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One printed page: which part of the chart it shows, and where it sits in the poster. */
export interface PrintTile extends Rect {
  row: number;
  column: number;
}

export interface PrintPlan {
  /** Paper pixels per chart unit (1: as on screen at 100 %). */
  scale: number;
  /** The pages to print, in reading order; parts of the chart with no box are left out. */
  tiles: PrintTile[];
}

export interface PrintOptions {
  /** The smallest scale at which box titles stay readable on paper. */
  readable: number;
  /** Paper pixels each page repeats of its neighbours, to line the pages up. */
  overlap: number;
  /** Past this many pages the chart is printed smaller instead. */
  maxPages: number;
}

const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Spans of the boxes along one axis. */
type Spans = ReadonlyArray<readonly [number, number]>;

/**
 * Cuts [start, end] into pieces no longer than `max`, each cut where no box is (a gap between
 * columns or rows) when there is one in the piece's second half; otherwise it cuts through and
 * the next piece repeats `overlap` of it, to line the pages up.
 */
function cuts(spans: Spans, start: number, end: number, max: number, overlap: number) {
  const pieces: Array<[number, number]> = [];
  let from = start;
  while (end - from > max + 1e-6) {
    const limit = from + max;
    let at = limit;
    // Move the cut back out of every box it would split, as long as it stays past half a page.
    for (let moved = true; moved;) {
      moved = false;
      for (const [a, b] of spans) {
        if (a < at && at < b && a > from + max / 2) {
          at = a - 1;
          moved = true;
        }
      }
    }
    const clean = spans.every(([a, b]) => !(a < at && at < b));
    pieces.push([from, clean ? at : limit]);
    from = clean ? at : limit - overlap;
  }
  pieces.push([from, end]);
  return pieces;
}

/** The pages for the chart at `scale`: rows of pages, each row cut around its own boxes. */
function tilesAt(
  bounds: Rect,
  boxes: readonly Rect[],
  page: { width: number; height: number },
  scale: number,
  overlap: number,
): PrintTile[] {
  const ys = cuts(
    boxes.map((b) => [b.y, b.y + b.height] as const),
    bounds.y,
    bounds.y + bounds.height,
    page.height / scale,
    overlap / scale,
  );
  const tiles: PrintTile[] = [];
  ys.forEach(([y0, y1], r) => {
    const band = { x: bounds.x, y: y0, width: bounds.width, height: y1 - y0 };
    const inBand = boxes.filter((b) => intersects(b, band));
    const xs = cuts(
      inBand.map((b) => [b.x, b.x + b.width] as const),
      bounds.x,
      bounds.x + bounds.width,
      page.width / scale,
      overlap / scale,
    );
    xs.forEach(([x0, x1], c) => {
      const tile = { x: x0, y: y0, width: x1 - x0, height: y1 - y0, row: r + 1, column: c + 1 };
      if (inBand.some((b) => intersects(b, tile))) tiles.push(tile);
    });
  });
  return tiles;
}

/**
 * How to print the chart: on one page when it fits there with readable titles, else as a
 * poster of pages cut between boxes where it can (through them, with an overlap, where it
 * cannot), at the largest scale that needs no more pages than the readable scale. Never larger
 * than life (scale 1); past `maxPages` pages, smaller than readable.
 * @example planPrint(bounds, boxes, { width: 976, height: 690 }, { readable: 0.8, overlap: 36, maxPages: 20 })
 */
export function planPrint(
  bounds: Rect,
  boxes: readonly Rect[],
  page: { width: number; height: number },
  options: PrintOptions,
): PrintPlan {
  const fit = Math.min(1, page.width / bounds.width, page.height / bounds.height);
  if (fit >= options.readable) {
    return { scale: fit, tiles: [{ ...bounds, row: 1, column: 1 }] };
  }
  let scale = options.readable;
  let tiles = tilesAt(bounds, boxes, page, scale, options.overlap);
  while (tiles.length > options.maxPages && scale > 0.05) {
    scale *= 0.9;
    tiles = tilesAt(bounds, boxes, page, scale, options.overlap);
  }
  // Larger, as long as that takes no more pages.
  for (let larger = scale * 1.05; larger <= 1; larger *= 1.05) {
    const more = tilesAt(bounds, boxes, page, larger, options.overlap);
    if (more.length > tiles.length) break;
    scale = larger;
    tiles = more;
  }
  return { scale, tiles };
}

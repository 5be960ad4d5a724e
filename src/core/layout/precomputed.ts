import type { Box, LayoutRequest, LayoutResult, Point } from "./types.ts";

/**
 * layout.json: ELK layouts the prebuild computed for the default views of graph.json, so the
 * first paint needs neither ELK nor the fallback layout. Each layout is stored under the
 * `layoutKey` of the request it answers; a graph that changed simply stops matching.
 */
export const LAYOUT_FILE_VERSION = 1 as const;

/**
 * layout.json holds the default view only (it is on the start-up path); the other likely views
 * are in this file beside it, read when the page is idle.
 */
export const MORE_LAYOUTS_FILE = "layouts.json";

export interface PrecomputedLayout {
  key: string;
  layout: LayoutResult;
}

export interface LayoutFile {
  version: typeof LAYOUT_FILE_VERSION;
  layouts: PrecomputedLayout[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isPoint = (p: unknown): p is Point => isObject(p) && isNum(p.x) && isNum(p.y);
const isBox = (b: unknown): b is Box =>
  isPoint(b) && isNum((b as Box).width) && isNum((b as Box).height);

/**
 * The entries of a fetched layout.json. The file is only an optimization, so anything that is
 * not the expected shape yields no entries rather than an error; `layoutAnswers` checks each
 * layout against the request before use.
 */
export function readLayoutFile(data: unknown): PrecomputedLayout[] {
  if (!isObject(data) || data.version !== LAYOUT_FILE_VERSION || !Array.isArray(data.layouts)) {
    return [];
  }
  return data.layouts.filter(
    (e): e is PrecomputedLayout =>
      isObject(e) &&
      typeof e.key === "string" &&
      isObject(e.layout) &&
      isObject(e.layout.positions) &&
      isObject(e.layout.edges) &&
      Array.isArray(e.layout.groups) &&
      (e.layout.engine === "elk" || e.layout.engine === "fallback"),
  );
}

/** The entries of layout.json's text; none when it is not JSON (the file is optional). */
export function parseLayoutFile(text: string): PrecomputedLayout[] {
  try {
    return readLayoutFile(JSON.parse(text));
  } catch {
    return [];
  }
}

/**
 * True when `layout` has a box for exactly the boxes of `request`, a route for every edge and a frame for
 * every tree, all with finite numbers, in the request's direction: safe to draw for it.
 */
export function layoutAnswers(layout: LayoutResult, request: LayoutRequest): boolean {
  const trees = request.trees.filter((t) => t.nodes.length > 0);
  const boxes = trees.reduce((sum, t) => sum + t.nodes.length, 0);
  if (layout.direction !== request.direction || layout.groups.length !== trees.length) return false;
  if (!layout.groups.every(isBox) || Object.keys(layout.positions).length !== boxes) return false;
  for (const tree of trees) {
    for (const n of tree.nodes) if (!isBox(layout.positions[n.id])) return false;
    for (const e of tree.edges) {
      const route = layout.edges[e.id];
      if (!Array.isArray(route) || !route.every(isPoint)) return false;
    }
  }
  return true;
}

import type { GraphIndex } from "../graph/indexes.ts";
import { organizations, visibleNodes } from "../graph/queries.ts";
import type { ElkLike } from "./compute-layout.ts";
import { computeLayout } from "./compute-layout.ts";
import { layoutKey } from "./layout-key.ts";
import type { LayoutFile, PrecomputedLayout } from "./precomputed.ts";
import { LAYOUT_FILE_VERSION } from "./precomputed.ts";
import { defaultCollapsed } from "./readable.ts";
import { layoutRequest } from "./request.ts";
import type { Direction, LayoutMode } from "./types.ts";

/** One view of the chart: which boxes are collapsed, which organization, direction and layout. */
export interface ChartView {
  collapsed: ReadonlySet<string>;
  organization: string | null;
  direction: Direction;
  mode: LayoutMode;
}

export interface PrecomputeLimits {
  /** At most this many layouts. */
  layouts: number;
  /** At most this many boxes over all layouts, which bounds layout.json's size. */
  boxes: number;
}

/**
 * The views a visitor most likely sees first, most likely first: the default view (compact,
 * top-down), the whole chart opened (Expand all), left to right, the wide layout, each
 * organization alone, then the default view with one box opened or closed (every box with
 * reports, managers first), so the first clicks need no ELK run either.
 */
export function likelyViews(ix: GraphIndex): ChartView[] {
  const collapsed = defaultCollapsed(ix);
  const base = { collapsed, organization: null, direction: "DOWN", mode: "compact" } as const;
  const views: ChartView[] = [
    base,
    ...(collapsed.size > 0 ? [{ ...base, collapsed: new Set<string>() }] : []),
    { ...base, direction: "RIGHT" },
    { ...base, mode: "wide" },
    ...organizations(ix).map((g) => ({ ...base, organization: g.label })),
  ];
  for (const id of visibleNodes(ix, { collapsed, organization: null })) {
    if ((ix.childrenOf.get(id)?.length ?? 0) === 0) continue;
    const toggled = new Set(collapsed);
    if (toggled.has(id)) toggled.delete(id);
    else toggled.add(id);
    views.push({ ...base, collapsed: toggled });
  }
  return views;
}

/**
 * ELK layouts of the likely views, within `limits`; the prebuild writes them to layout.json.
 * A view that would pass the box budget is skipped, and a smaller one after it may still fit.
 */
export async function precomputeLayouts(
  ix: GraphIndex,
  elk: ElkLike,
  limits: PrecomputeLimits = { layouts: 64, boxes: 6000 },
): Promise<LayoutFile> {
  const layouts: PrecomputedLayout[] = [];
  let boxes = 0;
  for (const view of likelyViews(ix)) {
    if (layouts.length >= limits.layouts) break;
    const request = layoutRequest(ix, view);
    const size = request.trees.reduce((sum, t) => sum + t.nodes.length, 0);
    if (boxes + size > limits.boxes) continue;
    boxes += size;
    layouts.push({ key: layoutKey(request), layout: await computeLayout(elk, request) });
  }
  return { version: LAYOUT_FILE_VERSION, layouts };
}

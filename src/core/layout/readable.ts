import type { GraphIndex } from "../graph/indexes.ts";
import { collapsedBeyondLevel, defaultLevels } from "../graph/queries.ts";
import { fallbackLayout } from "./compute-layout.ts";
import { layoutRequest } from "./request.ts";
import { READABLE_ZOOM, REFERENCE_PANE, fitZoom } from "./screen.ts";

/**
 * The collapsed set a fresh view starts with: as many levels as a 1,366 x 768 laptop shows
 * whole with readable titles (in the compact layout), so a chart that cannot be read whole
 * opens on its top levels, with the rest one click away (each box's "+N hidden", Expand all).
 * When not even two levels can be read whole, it shows every level up to about 300 boxes
 * (`defaultLevels`), and the first view shows a readable part of it (see chart/first-fit.ts).
 */
export function defaultCollapsed(ix: GraphIndex): Set<string> {
  let maxDepth = 0;
  for (const d of ix.depthOf.values()) maxDepth = Math.max(maxDepth, d);
  const most = defaultLevels(ix) ?? maxDepth + 1;
  const at = (levels: number) =>
    levels > maxDepth ? new Set<string>() : collapsedBeyondLevel(ix, levels);
  for (let levels = most; levels >= 2; levels--) {
    const collapsed = at(levels);
    const view = { collapsed, organization: null, direction: "DOWN" as const };
    const layout = fallbackLayout(layoutRequest(ix, view));
    if (layout.groups.length === 0 || fitZoom(layout, REFERENCE_PANE) >= READABLE_ZOOM) {
      return collapsed;
    }
  }
  return at(most);
}

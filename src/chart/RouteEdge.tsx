import type { EdgeProps } from "@xyflow/react";
import { memo } from "react";
import type { Point } from "../core/layout/types.ts";
import { useAtlas } from "../store/StoreProvider.tsx";
import { edgeEmphasisOf } from "../store/selectors.ts";
import type { RouteFlowEdge } from "./flow-elements.ts";

/** SVG path through the layout's orthogonal route; always M + 3 L so CSS can animate `d`. */
export function routePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? "M" : "L"} ${p.x} ${p.y}`).join(" ");
}

/** A reporting line drawn from the layout's route, not from React Flow's own edge paths. */
export const RouteEdge = memo(function RouteEdge({
  source,
  target,
  data,
}: EdgeProps<RouteFlowEdge>) {
  const emphasis = useAtlas((s) => edgeEmphasisOf(s, source, target));
  if (!data) return null;
  const d = routePath(data.points);
  return (
    <path
      className={`route route--${emphasis}`}
      d={d}
      style={{ d: `path("${d}")` } as React.CSSProperties}
      fill="none"
    />
  );
});

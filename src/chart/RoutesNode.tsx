import type { NodeProps } from "@xyflow/react";
import { createContext, memo, useContext, useMemo } from "react";
import type { Point } from "../core/layout/types.ts";
import { useAtlas } from "../store/StoreProvider.tsx";
import type { AtlasState } from "../store/atlas-store.ts";
import { edgeEmphasisOf } from "../store/selectors.ts";
import type { ChartRoute, RoutesFlowNode } from "./flow-elements.ts";
import "./routes-node.css";

/**
 * SVG path through the layout's orthogonal route. Every line of a layout has as many points
 * (five compact, four wide), so CSS can animate `d` when a re-layout moves it.
 */
export function routePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? "M" : "L"} ${p.x} ${p.y}`).join(" ");
}

/** One reporting line; re-renders only when its route or its own emphasis changes. */
const RoutePath = memo(function RoutePath({ route }: { route: ChartRoute }) {
  const emphasis = useAtlas((s) => edgeEmphasisOf(s, route.source, route.target));
  const d = routePath(route.points);
  return (
    <path
      className={`route route--${emphasis}`}
      d={d}
      style={{ d: `path("${d}")` } as React.CSSProperties}
      fill="none"
    />
  );
});

// Past this many lines, one path draws them all (React Flow then culls boxes to the view too).
const BULK = 400;

const selectSelection = (s: AtlasState) => s.selectedId;
// While presenting, each step draws its lines afresh (they fade in as its boxes settle).
const selectStepKey = (s: AtlasState) => (s.presenting ? `step-${s.presentIndex}` : "chart");
const selectHighlight = (s: AtlasState) => s.highlight;

/**
 * Thousands of lines as one path, without one component each; only the selection's chain of
 * command and reports are drawn on top as lines of their own.
 */
function BulkRoutes({ routes }: { routes: readonly ChartRoute[] }) {
  const selectedId = useAtlas(selectSelection);
  const highlight = useAtlas(selectHighlight);
  const d = useMemo(() => routes.map((r) => routePath(r.points)).join(" "), [routes]);
  const marked = useMemo(
    () =>
      selectedId === null
        ? []
        : routes.filter(
            (r) =>
              r.source === selectedId ||
              (highlight.chain.has(r.source) && highlight.chain.has(r.target)),
          ),
    [routes, selectedId, highlight],
  );
  return (
    <>
      <path className={`route route--${selectedId === null ? "none" : "dim"}`} d={d} fill="none" />
      {marked.map((route) => (
        <RoutePath key={route.id} route={route} />
      ))}
    </>
  );
}

/** The reporting lines to draw, given by the chart to its lines node. */
export const RoutesContext = createContext<readonly ChartRoute[]>([]);

/**
 * The reporting lines, drawn from the layout's routes in one SVG in the chart's lines node (see
 * flow-elements.ts), in chart coordinates: the SVG is shifted back by the node's own place. They
 * are not React Flow edges: an edge costs an edge wrapper plus two measured handles per box,
 * and waits for the boxes to be measured before it can draw, while the layout already knows
 * every line.
 */
export const RoutesNode = memo(function RoutesNode({
  positionAbsoluteX,
  positionAbsoluteY,
}: NodeProps<RoutesFlowNode>) {
  const routes = useContext(RoutesContext);
  const stepKey = useAtlas(selectStepKey);
  return (
    <svg
      key={stepKey}
      className="routes"
      aria-hidden="true"
      style={{ left: -positionAbsoluteX, top: -positionAbsoluteY }}
    >
      {routes.length > BULK ? (
        <BulkRoutes routes={routes} />
      ) : (
        routes.map((route) => <RoutePath key={route.id} route={route} />)
      )}
    </svg>
  );
});

import { useEffect, useMemo, useState } from "react";
import type { ChartRoute, FlowNode } from "./flow-elements.ts";
import { Revealer } from "./reveal.ts";

// New boxes mounted per frame after the first paint: about 15 ms of React Flow work, which
// leaves room for the frame's style, layout and paint within 50 ms on a slow machine.
const REVEAL_CHUNK = 24;

/**
 * The boxes and lines to draw this frame: all of them, except after a re-layout that opens many
 * boxes, which are then added over a few frames (see Revealer). `complete` is false meanwhile.
 * With `culled` (React Flow draws only the boxes in view) everything is passed at once.
 */
export function useRevealed(
  nodes: FlowNode[],
  routes: ChartRoute[],
  culled: boolean,
): { nodes: FlowNode[]; routes: ChartRoute[]; complete: boolean } {
  const [revealer] = useState(() => new Revealer<FlowNode>(REVEAL_CHUNK));
  const [, setFrame] = useState(0);
  const picked = revealer.pick(nodes);
  const shown = useMemo(
    () => (culled ? { nodes, complete: true } : picked),
    [culled, nodes, picked],
  );
  const shownRoutes = useMemo(() => {
    if (shown.complete) return routes;
    const ids = new Set(shown.nodes.map((n) => n.id));
    return routes.filter((r) => ids.has(r.source) && ids.has(r.target));
  }, [shown, routes]);
  useEffect(() => {
    revealer.commit(shown.nodes);
    if (shown.complete) return;
    const frame = requestAnimationFrame(() => setFrame((f) => f + 1));
    return () => cancelAnimationFrame(frame);
  }, [shown, revealer]);
  return { nodes: shown.nodes, routes: shownRoutes, complete: shown.complete };
}

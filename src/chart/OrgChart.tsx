import { Background, Controls, ReactFlow } from "@xyflow/react";
import type { NodeMouseHandler, OnMoveEnd } from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import { navigate } from "../core/graph/queries.ts";
import { useAtlas, useAtlasStore } from "../store/StoreProvider.tsx";
import {
  selectCollapsed,
  selectIndex,
  selectLayout,
  selectLayoutPending,
  selectOrgs,
  selectPresentStep,
  selectTabStopId,
  selectTotals,
} from "../store/selectors.ts";
import { nodeTypes } from "./flow-types.ts";
import { Legend } from "./Legend.tsx";
import { OverviewMap } from "./OverviewMap.tsx";
import { RoutesContext } from "./RoutesNode.tsx";
import type { FlowNode } from "./flow-elements.ts";
import { FIT_VIEW, FLOW_SETTINGS, useFlowDeriver } from "./ChartProvider.tsx";
import { withTabStop } from "./flow-elements.ts";
import { useLanguage, useT } from "../ui-support/useT.ts";
import { moveForKey } from "./keys.ts";
import { whenIdle } from "../ui-support/schedule.ts";
import { useQuietTransitions } from "./useQuietTransitions.ts";
import { useSettledMarker } from "./useSettledMarker.ts";
import { useCamera } from "./useCamera.ts";
import { usePrintPages } from "./usePrintPages.ts";
import { useRevealed } from "./useRevealed.ts";
import { markStartup } from "../core/marks.ts";

/** Focuses a box's element (React Flow marks each node wrapper with data-id). */
export function focusBox(id: string): void {
  const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  el?.focus({ preventScroll: true });
}

const PRO_OPTIONS = { hideAttribution: true };

/** The chart: derives React Flow elements from the store and turns input into store actions. */
export function OrgChart() {
  const store = useAtlasStore();
  const index = useAtlas(selectIndex);
  const layout = useAtlas(selectLayout);
  const collapsed = useAtlas(selectCollapsed);
  const orgs = useAtlas(selectOrgs);
  const totals = useAtlas(selectTotals);
  // While presenting, the chart draws the step laid out for the screen instead.
  const step = useAtlas(selectPresentStep);
  const drawn = step?.layout ?? layout;
  const drawnCollapsed = step?.collapsed ?? collapsed;
  const pending = useAtlas(selectLayoutPending);
  const language = useLanguage();
  const t = useT();
  usePrintPages();
  const container = useRef<HTMLDivElement>(null);
  useQuietTransitions(container);
  // The overview map, zoom buttons and dotted background are not needed for the first paint;
  // they mount once the main thread is idle (the boxes are drawn ~10 ms sooner without them).
  const [showExtras, setShowExtras] = useState(false);
  useEffect(() => {
    whenIdle(() => setShowExtras(true));
  }, []);

  // Remembers the last elements, so a re-derivation keeps unchanged nodes (and data) identical.
  const derive = useFlowDeriver();
  const { nodes, routes } = useMemo(
    () =>
      index && drawn
        ? derive(index, drawn, { collapsed: drawnCollapsed, orgs, language, totals })
        : { nodes: [], routes: [] },
    [index, drawn, drawnCollapsed, orgs, language, totals, derive],
  );
  const boxCount = useMemo(() => nodes.filter((n) => n.type === "position").length, [nodes]);
  // Past a few hundred boxes React Flow draws only those in view. Boxes, not frames: a large
  // graph's default view has hundreds of organizations' frames, and culling would leave its
  // prerendered first view (rendered with no window to cull against) empty.
  const large = boxCount > 400;
  const revealed = useRevealed(nodes, routes, large);
  const tabStopId = useAtlas(selectTabStopId);
  const shownNodes = useMemo(
    () => withTabStop(revealed.nodes, tabStopId, index?.roots ?? []),
    [revealed.nodes, tabStopId, index],
  );
  const shown = { ...revealed, nodes: shownNodes };
  const layoutPending = pending || !shown.complete;
  useSettledMarker(container, layoutPending, shownNodes);

  const committed = useRef(false);
  useEffect(() => {
    if (committed.current || nodes.length === 0) return;
    committed.current = true;
    markStartup("chart-committed");
  }, [nodes]);

  const cameraMoved = useCamera(layout, large);
  const onMoveEnd = useCallback<OnMoveEnd>(
    (_event, viewport) => cameraMoved(viewport),
    [cameraMoved],
  );

  // Stable handlers: React Flow passes them to every box, and a new function would re-render all
  // boxes whenever the chart re-renders (e.g. when its pane is first measured).
  const onNodeClick = useCallback<NodeMouseHandler<FlowNode>>(
    (_event, node) => {
      if (node.type !== "position") return;
      const state = store.getState();
      // While presenting, a click on a box steps the presentation there.
      if (!state.presenting) state.select(node.id, { openPanel: true, center: true });
      else if (state.presentOrder.includes(node.id)) {
        state.presentAt(state.presentOrder.indexOf(node.id));
      }
    },
    [store],
  );
  const onPaneClick = useCallback(() => {
    if (!store.getState().presenting) store.getState().select(null);
  }, [store]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const id = target.closest<HTMLElement>(".react-flow__node")?.dataset.id;
    const state = store.getState();
    if (!id || !state.index || id.startsWith("org:")) return;
    if (event.key === "Enter") {
      if ((target as HTMLElement).tagName === "BUTTON") return;
      event.preventDefault();
      state.select(id, { openPanel: true });
      // Keyboard users go on reading in the panel; Escape brings them back to the box.
      requestAnimationFrame(() => document.getElementById("panel-title")?.focus());
      return;
    }
    const move = moveForKey(event.key, state.direction);
    if (!move) return;
    event.preventDefault();
    const next = navigate(state.index, id, move, state.collapsed);
    if (next === null) return;
    state.select(next, { center: true });
    requestAnimationFrame(() => focusBox(next));
  };

  return (
    <div
      ref={container}
      className="chart"
      onKeyDown={onKeyDown}
      data-engine={layout?.engine ?? "none"}
      data-pending={layoutPending ? "true" : "false"}
      // Boxes in the view, drawn or not: past a few hundred only those on screen are in the page.
      data-boxes={boxCount}
    >
      <RoutesContext.Provider value={shown.routes}>
        <ReactFlow<FlowNode>
          nodes={shown.nodes}
          nodeTypes={nodeTypes}
          onNodeClick={onNodeClick}
          onPaneClick={onPaneClick}
          onMoveEnd={onMoveEnd}
          {...FLOW_SETTINGS}
          disableKeyboardA11y
          onlyRenderVisibleElements={large}
          proOptions={PRO_OPTIONS}
          aria-label="Organization chart"
        >
          <Legend />
          {showExtras && <Background gap={24} color="var(--grid)" />}
          {showExtras && (
            <Controls showInteractive={false} position="bottom-left" fitViewOptions={FIT_VIEW} />
          )}
          {showExtras && (
            <OverviewMap
              nodes={nodes}
              label={t("chart.overview")}
              keysHint={t("chart.overviewKeys")}
            />
          )}
        </ReactFlow>
      </RoutesContext.Provider>
    </div>
  );
}

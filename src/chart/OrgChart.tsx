import {
  Background,
  Controls,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
} from "@xyflow/react";
import type { NodeMouseHandler } from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import { navigate } from "../core/graph/queries.ts";
import { useAtlas, useAtlasStore } from "../store/StoreProvider.tsx";
import {
  selectCollapsed,
  selectFocusRequest,
  selectIndex,
  selectLayout,
  selectLayoutPending,
  selectOrgs,
  selectSelectedId,
} from "../store/selectors.ts";
import { nodeTypes } from "./flow-types.ts";
import { OverviewMap } from "./OverviewMap.tsx";
import { RoutesContext } from "./RoutesNode.tsx";
import type { FlowNode } from "./flow-elements.ts";
import { FLOW_SETTINGS, useFlowDeriver } from "./ChartProvider.tsx";
import { firstFit, firstViewport } from "./first-fit.ts";
import { withTabStop } from "./flow-elements.ts";
import { useLanguage, useT } from "../i18n/useT.ts";
import { moveForKey } from "./keys.ts";
import { motionMs } from "./motion.ts";
import { whenIdle } from "./schedule.ts";
import { useQuietTransitions } from "./useQuietTransitions.ts";
import { usePrintFit } from "./usePrintFit.ts";
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
  const focusRequest = useAtlas(selectFocusRequest);
  const pending = useAtlas(selectLayoutPending);
  const language = useLanguage();
  const t = useT();
  const flow = useReactFlow();
  usePrintFit(flow);
  const fitted = useRef(0);
  const container = useRef<HTMLDivElement>(null);
  useQuietTransitions(container);
  // The overview map, zoom buttons and dotted background are not needed for the first paint;
  // they mount once the main thread is idle (the boxes are drawn ~10 ms sooner without them).
  const [showExtras, setShowExtras] = useState(false);
  useEffect(() => {
    whenIdle(() => setShowExtras(true));
  }, []);
  // The chart narrows when the panel opens; centring again then keeps the selection in view.
  const chartWidth = useStore((s) => s.width);
  const flowStore = useStoreApi();

  // Remembers the last elements, so a re-derivation keeps unchanged nodes (and data) identical.
  const derive = useFlowDeriver();
  const { nodes, routes } = useMemo(
    () =>
      index && layout
        ? derive(index, layout, { collapsed, orgs, language })
        : { nodes: [], routes: [] },
    [index, layout, collapsed, orgs, language, derive],
  );
  // Past a few hundred boxes React Flow draws only those in view.
  const large = nodes.length > 400;
  const revealed = useRevealed(nodes, routes, large);
  const selectedId = useAtlas(selectSelectedId);
  const shownNodes = useMemo(
    () => withTabStop(revealed.nodes, selectedId, index?.roots ?? []),
    [revealed.nodes, selectedId, index],
  );
  const shown = { ...revealed, nodes: shownNodes };

  // Centre a box once it is in the layout (it may only appear after its ancestors open).
  useEffect(() => {
    if (!focusRequest || !layout) return;
    const box = layout.positions[focusRequest.id];
    if (!box) return;
    const zoom = Math.max(flow.getZoom(), 0.8);
    void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, {
      zoom,
      // Past a few hundred boxes each frame of a glide repaints the whole chart: jump instead.
      duration: large ? 0 : motionMs(300),
    });
  }, [focusRequest, layout, flow, chartWidth, large]);

  const committed = useRef(false);
  useEffect(() => {
    if (committed.current || nodes.length === 0) return;
    committed.current = true;
    markStartup("chart-committed");
  }, [nodes]);

  // Fit the first layout into view, and again when ELK's layout replaces the instant first paint;
  // later layouts keep the user's viewport. Computed here and set directly, before the first
  // paint: React Flow's own fitView goes through a node update that re-renders every box again.
  // A chart that would be unreadable whole opens on a readable part (see firstViewport).
  useEffect(() => {
    if (!layout || store.getState().focusRequest) return;
    const stage = layout.engine === "elk" ? 2 : 1;
    // The pane's size as React Flow measured it: asking the DOM again would force a layout.
    const pane = flowStore.getState();
    if (fitted.current >= stage || pane.width === 0 || pane.height === 0) return;
    const fit = firstFit(layout);
    if (!fit) return;
    fitted.current = stage;
    void flow.setViewport(firstViewport(fit, pane.width, pane.height));
  }, [layout, flow, store, flowStore, chartWidth]);

  // Stable handlers: React Flow passes them to every box, and a new function would re-render all
  // boxes whenever the chart re-renders (e.g. when its pane is first measured).
  const onNodeClick = useCallback<NodeMouseHandler<FlowNode>>(
    (_event, node) => {
      if (node.type === "position")
        store.getState().select(node.id, { openPanel: true, center: true });
    },
    [store],
  );
  const onPaneClick = useCallback(() => store.getState().select(null), [store]);

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
      data-pending={pending || !shown.complete ? "true" : "false"}
    >
      <RoutesContext.Provider value={shown.routes}>
        <ReactFlow<FlowNode>
          nodes={shown.nodes}
          nodeTypes={nodeTypes}
          onNodeClick={onNodeClick}
          onPaneClick={onPaneClick}
          {...FLOW_SETTINGS}
          disableKeyboardA11y
          onlyRenderVisibleElements={large}
          proOptions={PRO_OPTIONS}
          aria-label="Organization chart"
        >
          {showExtras && <Background gap={24} color="var(--grid)" />}
          {showExtras && <Controls showInteractive={false} position="bottom-left" />}
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

import { ReactFlowProvider, useStoreApi } from "@xyflow/react";
import { createContext, useContext, useState } from "react";
import type { ReactNode } from "react";
import { FIT } from "../core/layout/screen.ts";
import { useAtlasStore } from "../store/StoreProvider.tsx";
import { createFlowDeriver, withTabStop } from "./flow-elements.ts";
import type { FlowDeriver } from "./flow-elements.ts";

const DeriverContext = createContext<FlowDeriver | null>(null);

/** How the chart uses React Flow: a read-only chart whose boxes are focusable, not editable. */
export const FLOW_SETTINGS = {
  nodesDraggable: false,
  nodesConnectable: false,
  elementsSelectable: false,
  edgesFocusable: false,
  nodesFocusable: true,
  minZoom: FIT.minZoom,
  maxZoom: 2,
} as const;

/** How "fit" frames the chart, on first view and from the Fit view button: a margin, and never
 * larger than life. */
export const FIT_VIEW = { padding: FIT.padding, maxZoom: FIT.maxZoom } as const;

/**
 * Puts FLOW_SETTINGS in React Flow's store when it is created. <ReactFlow> copies its props into
 * the store from an effect, after the first render; every box receives some of these settings,
 * so starting from React Flow's defaults (draggable, selectable, …) re-rendered every box once
 * before the first paint.
 */
function FlowSettings({ children }: { children: ReactNode }) {
  const flowStore = useStoreApi();
  useState(() => flowStore.setState(FLOW_SETTINGS));
  return children;
}

/**
 * React Flow's context for the chart and the controls around it. When the graph and its first
 * layout are already in the store, React Flow starts with their boxes: otherwise it would render
 * empty and receive them from an effect, a second render pass over every box before the first
 * paint (about 70 ms at 1,000 positions on two cores).
 */
export function ChartProvider({ children }: { children: ReactNode }) {
  const store = useAtlasStore();
  const [derive] = useState(createFlowDeriver);
  const [initialNodes] = useState(() => {
    const { index, layout, collapsed, orgs, language, totals, selectedId, lastSelectedId } =
      store.getState();
    if (!index || !layout) return undefined;
    const { nodes } = derive(index, layout, { collapsed, orgs, language, totals });
    return withTabStop(nodes, selectedId ?? lastSelectedId, index.roots);
  });
  return (
    <DeriverContext.Provider value={derive}>
      <ReactFlowProvider initialNodes={initialNodes}>
        <FlowSettings>{children}</FlowSettings>
      </ReactFlowProvider>
    </DeriverContext.Provider>
  );
}

/** The chart's element deriver, shared with the provider so the first elements are one object. */
export function useFlowDeriver(): FlowDeriver {
  const derive = useContext(DeriverContext);
  if (!derive) throw new Error("useFlowDeriver needs a <ChartProvider>");
  return derive;
}

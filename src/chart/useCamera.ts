import { useReactFlow, useStore, useStoreApi } from "@xyflow/react";
import type { Viewport } from "@xyflow/react";
import { useCallback, useEffect, useRef } from "react";
import type { Box, LayoutResult } from "../core/layout/types.ts";
import type { AtlasState } from "../store/atlas-store.ts";
import { useAtlas, useAtlasStore } from "../store/StoreProvider.tsx";
import { anyBoxInView, fitViewport, readableFit, sameViewport } from "./camera.ts";
import type { PaneSize } from "./camera.ts";
import { motionMs } from "../ui-support/motion.ts";

/**
 * Where the view rests: the first view (the whole chart when readable, else a readable part),
 * the whole chart, a box the app centred, or where the user took it.
 */
type Mode =
  | { kind: "first" }
  | { kind: "fit" }
  | { kind: "centre"; id: string; zoom: number }
  | { kind: "free" };

const selectFocusRequest = (s: AtlasState) => s.focusRequest;
const selectPresenting = (s: AtlasState) => s.presenting;

/**
 * The chart's camera. It frames the first layout (whole when readable, else a readable part); centres a box the app asks for (search, keys,
 * panel links); and after a change of view (filter, levels, Collapse all, Expand all,
 * direction) it fits the whole chart again when the view was fitted before, and always when no
 * box would be left on screen. Opening or closing a branch keeps its box in place instead
 * (see anchorLayout). Returns the handler for React Flow's onMoveEnd, which tells it when the
 * user (or the overview, the zoom buttons, Fit view) has moved the view.
 */
export function useCamera(layout: LayoutResult | null, jump: boolean): (vp: Viewport) => void {
  const store = useAtlasStore();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const focusRequest = useAtlas(selectFocusRequest);
  const presenting = useAtlas(selectPresenting);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const mode = useRef<Mode>({ kind: "free" });
  /** The viewport the camera last asked for, to tell its own moves from the user's. */
  const target = useRef<Viewport | null>(null);
  /** Until when a move of the camera's own is under way (its start ends the previous one). */
  const movingUntil = useRef(0);
  const handledRequest = useRef<number | null>(null);
  const seen = useRef<{ layout: LayoutResult | null; collapsed: unknown; pane: PaneSize }>({
    layout: null,
    collapsed: null,
    pane: { width: 0, height: 0 },
  });

  useEffect(() => {
    if (!layout || presenting || width === 0 || height === 0) return;
    const pane = { width, height };
    const state = store.getState();
    const previous = seen.current;
    // The collapsed set a layout was made for: noted when the layout changes, not on every run
    // (a run for the pane or a focus request may come between a change of view and its layout).
    const collapsed = layout === previous.layout ? previous.collapsed : state.collapsed;
    seen.current = { layout, collapsed, pane };
    const move = (viewport: Viewport, next: Mode, animate: boolean) => {
      const duration = animate && !jump ? motionMs(300) : 0;
      mode.current = next;
      target.current = viewport;
      movingUntil.current = performance.now() + duration + 100;
      void flow.setViewport(viewport, { duration });
    };
    const fit = (animate: boolean) => {
      const viewport = fitViewport(layout, pane);
      if (viewport) move(viewport, { kind: "fit" }, animate);
    };
    const first = () => {
      const viewport = readableFit(layout, pane);
      if (viewport) move(viewport, { kind: "first" }, false);
    };

    const request = state.focusRequest;
    if (request && request.nonce !== handledRequest.current) {
      const box = layout.positions[request.id];
      // The box may appear only once its collapsed managers have been laid out again.
      if (!box) return;
      handledRequest.current = request.nonce;
      const zoom = Math.max(flow.getZoom(), CENTRE_MIN_ZOOM);
      move(centred(box, pane, zoom), { kind: "centre", id: request.id, zoom }, true);
      return;
    }
    if (previous.layout === null) return first();
    const resized = previous.pane.width !== width || previous.pane.height !== height;
    if (previous.layout === layout) {
      // The pane changed size (the panel, the outline, the window): keep what was framed.
      if (!resized) return;
      const framed = mode.current;
      if (framed.kind === "first") first();
      else if (framed.kind === "fit") fit(false);
      else if (framed.kind === "centre" && framed.id === state.selectedId) {
        const box = layout.positions[framed.id];
        // The zoom it was centred at: a glide there may still be under way.
        if (box) move(centred(box, pane, framed.zoom), framed, true);
      }
      return;
    }
    // The same view laid out anew (ELK's layout replacing the instant first one) keeps the
    // first view's framing.
    if (mode.current.kind === "first" && state.collapsed === previous.collapsed) return first();
    // A toggle keeps its box where it was; every other change of view may refit.
    const toggled = state.toggledId !== null && state.collapsed !== previous.collapsed;
    if ((mode.current.kind === "fit" || mode.current.kind === "first") && !toggled)
      return fit(true);
    if (!anyBoxInView(layout, flow.getViewport(), pane)) return fit(true);
    const fitted = fitViewport(layout, pane);
    if (fitted && sameViewport(flow.getViewport(), fitted)) mode.current = { kind: "fit" };
  }, [layout, presenting, width, height, focusRequest, store, flow, jump]);

  return useCallback(
    (viewport: Viewport) => {
      if (store.getState().presenting) return;
      if (target.current && sameViewport(viewport, target.current)) return;
      // A glide of the camera's own interrupts the move before it, which reports its end.
      if (performance.now() < movingUntil.current) return;
      target.current = null;
      const { width: w, height: h } = flowStore.getState();
      const { layout: drawn } = store.getState();
      const fitted = drawn ? fitViewport(drawn, { width: w, height: h }) : null;
      mode.current = fitted && sameViewport(viewport, fitted) ? { kind: "fit" } : { kind: "free" };
    },
    [store, flowStore],
  );
}

/** A box the app centres is shown at least this large (its title at 12 px). */
const CENTRE_MIN_ZOOM = 0.8;

/** The viewport that puts the middle of `box` in the middle of the pane. */
function centred(box: Box, pane: PaneSize, zoom: number): Viewport {
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  return { x: pane.width / 2 - x * zoom, y: pane.height / 2 - y * zoom, zoom };
}

import { anchorLayout } from "../core/layout/anchor.ts";
import { fallbackLayout } from "../core/layout/compute-layout.ts";
import { layoutRequest } from "../core/layout/request.ts";
import type { LayoutRequest, LayoutResult } from "../core/layout/types.ts";
import type { LayoutClient } from "../worker/layout-client.ts";
import type { AtlasStore } from "../store/atlas-store.ts";
import { afterNextPaint, nextTask, whenIdle } from "../ui-support/schedule.ts";

/**
 * Re-lays out whenever the graph or the view's shape (collapsed, filter, direction, layout) changes;
 * returns the unsubscribe. A plain subscription rather than a hook: started before React renders,
 * the first layout is in the store as soon as the graph is, and the first render draws the chart.
 */
export function startLayoutSync(store: AtlasStore, client: LayoutClient): () => void {
  let generation = 0;
  // ELK's worker spends 130-180 ms of a core loading and compiling, so it is started as soon as
  // the page is idle after the first view is drawn, before a view that layout.json lacks is asked
  // for: at 100,000 positions, opening a box with 500 reports took 270-295 ms with the worker
  // started on that click and 150-200 ms with it warm; search was ready no later.
  let warming = false;
  const warmUpLater = () => {
    if (warming) return;
    warming = true;
    whenIdle(() => client.warmUp());
  };
  // After a toggle, the toggled box keeps its place on screen (see anchorLayout).
  const install = (layout: LayoutResult, anchor: string | null) => {
    const { layout: current, setLayout } = store.getState();
    setLayout(anchor !== null && current ? anchorLayout(layout, current, anchor) : layout);
  };
  const requestElk = (request: LayoutRequest, anchor: string | null) => {
    store.getState().setLayoutPending(true);
    void client.layout(request).then((result) => {
      if (result) install(result, anchor);
    });
  };
  const run = (anchor: string | null) => {
    const s = store.getState();
    if (!s.index || s.status !== "ready") return;
    const current = ++generation;
    const request = layoutRequest(s.index, {
      collapsed: s.collapsed,
      organization: s.organization,
      direction: s.direction,
      mode: s.layoutMode,
    });
    // A layout known for exactly this view (the prebuild's layout.json, or one computed earlier
    // this session, e.g. before a collapse that is now undone) is drawn at once.
    const known = client.known(request);
    if (known) {
      warmUpLater();
      if (!s.layout) {
        install(known, anchor);
        return;
      }
      // After a click, moving and removing boxes happens in a task of its own: done inside the
      // click's task as well, it made one task of 40-55 ms in traces; split, each is about half.
      s.setLayoutPending(true);
      nextTask(() => {
        if (current === generation) install(known, anchor);
      });
      return;
    }
    if (s.layout) {
      requestElk(request, anchor);
      return;
    }
    // First paint without a precomputed layout: the linear-time tree layout, so it never waits
    // for ELK. ELK starts only after that frame is painted: on two cores its worker's start-up
    // would otherwise compete with the first render. Its result then glides the boxes into place.
    s.setLayout(fallbackLayout(request), true);
    afterNextPaint(() => {
      if (current === generation) requestElk(request, null);
    });
  };
  run(null);
  return store.subscribe((state, previous) => {
    if (
      state.index !== previous.index ||
      state.collapsed !== previous.collapsed ||
      state.organization !== previous.organization ||
      state.direction !== previous.direction ||
      state.layoutMode !== previous.layoutMode
    ) {
      run(state.collapsed !== previous.collapsed ? state.toggledId : null);
    }
  });
}

import { useEffect } from "react";
import { fallbackLayout } from "../core/layout/compute-layout.ts";
import { layoutRequest } from "../core/layout/request.ts";
import type { LayoutClient } from "../worker/layout-client.ts";
import type { AtlasStore } from "../store/atlas-store.ts";

/** Re-lays out whenever the graph or the view's shape (collapsed, filter, direction) changes. */
export function useLayoutSync(store: AtlasStore, client: LayoutClient): void {
  useEffect(() => {
    const run = () => {
      const s = store.getState();
      if (!s.index || s.status !== "ready") return;
      s.setLayoutPending(true);
      const request = layoutRequest(s.index, {
        collapsed: s.collapsed,
        organization: s.organization,
        direction: s.direction,
      });
      // First paint uses the linear-time tree layout so it never waits for ELK's worker to start
      // (about a second to load and initialise); ELK's result then glides the boxes into place.
      if (!s.layout) s.setLayout(fallbackLayout(request));
      s.setLayoutPending(true);
      void client.layout(request).then((result) => {
        if (result) store.getState().setLayout(result);
      });
    };
    run();
    return store.subscribe((state, previous) => {
      if (
        state.index !== previous.index ||
        state.collapsed !== previous.collapsed ||
        state.organization !== previous.organization ||
        state.direction !== previous.direction
      ) {
        run();
      }
    });
  }, [store, client]);
}

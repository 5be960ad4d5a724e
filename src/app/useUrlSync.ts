import { useEffect } from "react";
import type { AtlasState, AtlasStore } from "../store/atlas-store.ts";
import { applyCollapsedDiff, diffCollapsed, readUrlState, writeUrlState } from "./url-state.ts";

function urlFor(s: AtlasState): string {
  return writeUrlState({
    selected: s.selectedId,
    ...diffCollapsed(s.collapsed, s.defaultCollapsed),
    org: s.organization,
    dir: s.direction,
  });
}

function applyUrl(store: AtlasStore, search: string): void {
  const url = readUrlState(search);
  const s = store.getState();
  if (!s.index) return;
  const known = (id: string) => s.index!.byId.has(id);
  s.setCollapsed(
    applyCollapsedDiff(s.defaultCollapsed, {
      collapsed: url.collapsed.filter(known),
      expanded: url.expanded.filter(known),
    }),
  );
  s.setOrganization(url.org !== null && s.orgs.some((o) => o.label === url.org) ? url.org : null);
  s.setDirection(url.dir);
  s.select(url.selected !== null && known(url.selected) ? url.selected : null, {
    center: true,
    openPanel: url.selected !== null,
  });
}

/**
 * Keeps the query string and the view in step: a new selection is a history entry (Back steps
 * through selections), other view changes replace the current entry, popstate restores.
 */
export function useUrlSync(store: AtlasStore, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    applyUrl(store, window.location.search);
    let applying = false;
    const onPop = () => {
      applying = true;
      applyUrl(store, window.location.search);
      applying = false;
    };
    window.addEventListener("popstate", onPop);
    const unsubscribe = store.subscribe((state, previous) => {
      if (applying) return;
      const next = urlFor(state);
      if (next === urlFor(previous)) return;
      const href = `${window.location.pathname}${next}${window.location.hash}`;
      if (state.selectedId !== previous.selectedId && state.selectedId !== null) {
        window.history.pushState(null, "", href);
      } else {
        window.history.replaceState(null, "", href);
      }
    });
    return () => {
      window.removeEventListener("popstate", onPop);
      unsubscribe();
    };
  }, [store, ready]);
}

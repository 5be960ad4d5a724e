import { useEffect } from "react";
import type { AtlasState, AtlasStore } from "../store/atlas-store.ts";
import type { MyDocuments } from "../import/my-documents.ts";
import { nextTask } from "../ui-support/schedule.ts";
import { applyCollapsedDiff, diffCollapsed, readUrlState, writeUrlState } from "./url-state.ts";

function urlFor(s: AtlasState): string {
  return writeUrlState({
    chart: s.chartSource === "local" ? "local" : null,
    selected: s.selectedId,
    ...diffCollapsed(s.collapsed, s.defaultCollapsed),
    org: s.organization,
    dir: s.direction,
    layout: s.layoutMode,
    lang: s.language,
  });
}

function sameMembers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/**
 * Brings the view to what the URL says, touching only what differs: an unchanged collapsed set
 * keeps its identity, so opening the plain URL does not lay the chart out a second time.
 */
function applyUrl(store: AtlasStore, search: string): void {
  const url = readUrlState(search);
  const s = store.getState();
  if (!s.index) return;
  const known = (id: string) => s.index!.byId.has(id);
  const collapsed = applyCollapsedDiff(s.defaultCollapsed, {
    collapsed: url.collapsed.filter(known),
    expanded: url.expanded.filter(known),
  });
  if (!sameMembers(collapsed, s.collapsed)) s.setCollapsed(collapsed);
  const org = url.org !== null && s.orgs.some((o) => o.label === url.org) ? url.org : null;
  if (org !== s.organization) s.setOrganization(org);
  if (url.dir !== s.direction) s.setDirection(url.dir);
  const layout = url.layout ?? "compact";
  if (layout !== s.layoutMode) s.setLayoutMode(layout);
  if (url.lang !== undefined && url.lang !== s.language) s.setLanguage(url.lang);
  const selected = url.selected !== null && known(url.selected) ? url.selected : null;
  if (selected !== null || s.selectedId !== null) {
    s.select(selected, { center: true, openPanel: url.selected !== null });
  }
}

/**
 * Keeps the query string and the view in step: a new selection or another chart (one's own
 * documents or the site's) is a history entry (Back steps through them), other view changes
 * replace the current entry, popstate restores.
 */
export function useUrlSync(
  store: AtlasStore,
  ready: boolean,
  documents: MyDocuments | null = null,
): void {
  useEffect(() => {
    if (!ready) return;
    applyUrl(store, window.location.search);
    // The query string of the state last written or applied, so a change is diffed only once.
    let written = urlFor(store.getState());
    let applying = false;
    const onPop = async () => {
      applying = true;
      const search = window.location.search;
      const local = readUrlState(search).chart === "local";
      if (documents && local !== (store.getState().chartSource === "local")) {
        await (local ? documents.showLocal() : documents.showBuiltIn());
      }
      applyUrl(store, search);
      applying = false;
      written = urlFor(store.getState());
    };
    const popped = () => void onPop();
    window.addEventListener("popstate", popped);
    const write = (push: boolean) => {
      const next = urlFor(store.getState());
      if (next === written) return;
      written = next;
      const href = `${window.location.pathname}${next}${window.location.hash}`;
      if (push) window.history.pushState(null, "", href);
      else window.history.replaceState(null, "", href);
    };
    // A view change (opening a box, a filter…) is written a task later, once: diffing the
    // collapsed set of 100,000 positions took ~20 ms inside the click that opened a box.
    let viewWriteScheduled = false;
    const unsubscribe = store.subscribe((state, previous) => {
      if (applying) return;
      const newChart = state.chartSource !== previous.chartSource;
      const selection = state.selectedId !== previous.selectedId;
      if (newChart || selection) {
        write(newChart || (selection && state.selectedId !== null));
        return;
      }
      // Most store changes (layout, pending, highlight) do not touch the URL.
      if (
        state.collapsed === previous.collapsed &&
        state.defaultCollapsed === previous.defaultCollapsed &&
        state.organization === previous.organization &&
        state.direction === previous.direction &&
        state.layoutMode === previous.layoutMode &&
        state.language === previous.language
      ) {
        return;
      }
      if (viewWriteScheduled) return;
      viewWriteScheduled = true;
      nextTask(() => {
        viewWriteScheduled = false;
        if (!applying) write(false);
      });
    });
    return () => {
      window.removeEventListener("popstate", popped);
      unsubscribe();
    };
  }, [store, ready, documents]);
}

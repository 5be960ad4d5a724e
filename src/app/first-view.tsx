import validateShape from "virtual:graph-shape-validator";
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { firstFit } from "../chart/first-fit.ts";
import type { FirstFit } from "../chart/first-viewport.ts";
import { hash32 } from "../core/extract/ids.ts";
import { layoutRequest } from "../core/layout/request.ts";
import { parseLayoutFile } from "../core/layout/precomputed.ts";
import { readGraphFile } from "../core/graph/read-graph-file.ts";
import type { Language } from "../i18n/messages.ts";
import { createAtlasStore } from "../store/atlas-store.ts";
import { createLayoutClient } from "../worker/layout-client.ts";
import { App } from "./App.tsx";
import { layoutFingerprint } from "./first-view-match.ts";

/** What first-view.boot.ts needs to show the prerendered chart fitted to the window. */
export type FirstViewFit = FirstFit;

export interface FirstView {
  /** The app's markup for the default view of the graph, in `language`. */
  html: string;
  language: Language;
  /** hash32 of graph.json's text: the page shows the markup only with this very file… */
  graphHash: string;
  /** …and this very layout.json (hash32 of its text). */
  layoutsHash: string;
  /** layoutFingerprint of the layout drawn: the app hydrates only with the very same. */
  layoutHash: string;
  fit: FirstViewFit;
}

const noElk = () => {
  throw new Error("the first view is drawn from layout.json only");
};

/**
 * The app's first screen rendered to HTML at build time (scripts/prerender.ts), so the browser
 * draws the chart before the app's code has loaded and then hydrates it. The store is built
 * exactly as the browser builds it (same graph file, same precomputed layout, default view), so
 * the browser's first render matches this markup. Null when there is nothing to prerender: a
 * graph that does not load, an empty graph, or a default view that layout.json does not hold.
 */
export async function renderFirstView(
  graphText: string,
  layoutsText: string,
  language: Language,
): Promise<FirstView | null> {
  const read = await readGraphFile(
    { ok: true, status: 200, statusText: "OK", text: graphText },
    validateShape,
  );
  if (!read.ok) return null;
  const store = createAtlasStore();
  store.getState().setLanguage(language);
  store.getState().installGraph(read.graph);
  const state = store.getState();
  if (state.status !== "ready" || !state.index) return null;
  const client = createLayoutClient({ createElk: noElk });
  client.seed(parseLayoutFile(layoutsText));
  const layout = client.known(
    layoutRequest(state.index, {
      collapsed: state.collapsed,
      organization: state.organization,
      direction: state.direction,
      mode: state.layoutMode,
    }),
  );
  const fit = layout && firstFit(layout);
  if (!layout || !fit) return null;
  state.setLayout(layout);
  const html = renderToString(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
  return {
    html,
    language,
    graphHash: hash32(graphText),
    layoutsHash: hash32(layoutsText),
    layoutHash: layoutFingerprint(layout),
    fit,
  };
}

import { StrictMode } from "react";
import { flushSync } from "react-dom";
import { createRoot, hydrateRoot } from "react-dom/client";
import "@xyflow/react/dist/base.css";
import "./styles.css";
import "./theme/themes.css";
import "./theme/print.css";
import { App } from "./app/App.tsx";
import {
  earlyRequests,
  firstViewPending,
  markAppStarted,
  rememberedEarly,
} from "./app/early-requests.ts";
import { firstViewMatches } from "./app/first-view-match.ts";
import { startLayoutSync } from "./app/layout-sync.ts";
import { loadGraphInto, readLayoutsFile } from "./app/load-graph.ts";
import { readUrlState } from "./app/url-state.ts";
import { whenIdle } from "./ui-support/schedule.ts";
import { MORE_LAYOUTS_FILE } from "./core/layout/precomputed.ts";
import { createMyDocuments } from "./import/my-documents.ts";
import { markStartup } from "./core/marks.ts";
import { parseLanguage } from "./i18n/format.ts";
import { initialLanguage, readStoredLanguage } from "./ui-support/useT.ts";
import { createAtlasStore } from "./store/atlas-store.ts";
import { applyTheme, readStoredTheme, resolveTheme, systemPreference } from "./theme/theme.ts";
import { createBrowserElk } from "./worker/browser-elk.ts";
import { createLayoutClient } from "./worker/layout-client.ts";

markStartup("script");
// The head script (early-requests.boot.ts) has put the theme in force; this is for pages
// without it. Before anything renders, so the first paint is already in the chosen theme.
if (!document.documentElement.dataset.theme) {
  applyTheme(resolveTheme(rememberedEarly("theme", readStoredTheme), systemPreference()));
}

const store = createAtlasStore();
const rememberedLanguage = parseLanguage(rememberedEarly("language", readStoredLanguage));
store.getState().setLanguage(initialLanguage(window.location.search, rememberedLanguage));
document.documentElement.lang = store.getState().language;
// ELK's worker is started later (startLayoutSync): after the first paint, or when idle if the
// prebuild's layout.json already answers the first view.
const client = createLayoutClient({ createElk: createBrowserElk });
// Subscribed before the graph arrives, so its first layout is ready for React's first render.
startLayoutSync(store, client);
const requests = earlyRequests(import.meta.env.BASE_URL);
const loadBuiltIn = () => loadGraphInto(store, requests, (layouts) => client.seed(layouts));
// A person's own documents: the reader (a worker with pdf.js, mammoth and tesseract.js) loads
// only when someone opens documents.
const documents = createMyDocuments(store, {
  loadBuiltIn,
  makeClient: () => import("./worker/import-client.ts").then((m) => m.createImportClient()),
});
// `?chart=local`: the chart of documents opened in this browser, kept in IndexedDB.
const local = readUrlState(window.location.search).chart === "local";
// The bar saying where a local chart came from is fetched alongside it, not after.
if (local) void import("./import/ImportBars.tsx");
const loaded = local ? documents.showLocal() : loadBuiltIn();
// The other likely views' layouts of the built-in chart (a box opened or closed, an organization
// alone) are not on the start-up path: read once the chart is drawn and the page idle.
if (!local)
  void loaded.then(() =>
    whenIdle(
      () =>
        void readLayoutsFile(`${import.meta.env.BASE_URL}${MORE_LAYOUTS_FILE}`).then(client.seed),
    ),
  );

/** How long the app leaves the page blank on a slow network, waiting to show the first view. */
const FIRST_VIEW_PATIENCE_MS = 3000;

const container = document.getElementById("root")!;
const app = (
  <StrictMode>
    <App store={store} documents={documents} />
  </StrictMode>
);

/**
 * Hydrates the prerendered first view when first-view.boot.ts has shown it: this store then
 * holds what the markup was rendered from (the same graph.json, its default view and layout, in
 * the markup's language). React compares as it hydrates; had anything differed, it would render
 * the page afresh (reported as a recoverable error).
 */
function hydrateFirstView(): boolean {
  if (!firstViewMatches(container, store.getState())) return false;
  markStartup("hydrate");
  hydrateRoot(container, app, {
    onRecoverableError: (error) =>
      console.warn("Org Atlas: the first view was re-rendered:", error),
  });
  return true;
}

function start(): void {
  markAppStarted();
  if (hydrateFirstView()) return;
  markStartup("render");
  // Replaces a first view that does not fit what the app will show (in its commit, no gap).
  const root = createRoot(container);
  // One task from render to effects: React Flow sizes its pane and sets up zooming in effects,
  // and a paint between the commit and those effects would show the boxes before they are fitted.
  flushSync(() => root.render(app));
}

// index.html requests graph.json while this code downloads, so the graph is usually in by now:
// waiting for it (briefly) lets React render the chart in one pass, without first rendering and
// painting a loading screen that would be replaced a few milliseconds later. When the page has a
// first view to show once the data is in (or shows it already), the app waits longer: a loading
// screen would stop the first view from being shown.
const patience = firstViewPending() ? FIRST_VIEW_PATIENCE_MS : 100;
void Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, patience))]).then(() =>
  container.dataset.firstView ? loaded.then(start) : start(),
);

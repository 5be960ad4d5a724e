import { StrictMode } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/base.css";
import "./styles.css";
import "./theme/themes.css";
import "./theme/print.css";
import { App } from "./app/App.tsx";
import { earlyRequests, rememberedEarly } from "./app/early-requests.ts";
import { startLayoutSync } from "./app/layout-sync.ts";
import { loadGraphInto } from "./app/load-graph.ts";
import { markStartup } from "./core/marks.ts";
import { parseLanguage } from "./i18n/format.ts";
import { initialLanguage, readStoredLanguage } from "./i18n/useT.ts";
import { createAtlasStore } from "./store/atlas-store.ts";
import { applyTheme, readStoredTheme, resolveTheme, systemPreference } from "./theme/theme.ts";
import { createBrowserElk } from "./worker/browser-elk.ts";
import { createLayoutClient } from "./worker/layout-client.ts";

markStartup("script");
// Before anything renders, so the first paint is already in the chosen theme.
applyTheme(resolveTheme(rememberedEarly("theme", readStoredTheme), systemPreference()));

const store = createAtlasStore();
const rememberedLanguage = parseLanguage(rememberedEarly("language", readStoredLanguage));
store.getState().setLanguage(initialLanguage(window.location.search, rememberedLanguage));
document.documentElement.lang = store.getState().language;
// ELK's worker is started later (startLayoutSync): after the first paint, or when idle if the
// prebuild's layout.json already answers the first view.
const client = createLayoutClient({ createElk: createBrowserElk });
// Subscribed before the graph arrives, so its first layout is ready for React's first render.
startLayoutSync(store, client);
const loaded = loadGraphInto(store, earlyRequests(import.meta.env.BASE_URL), (layouts) =>
  client.seed(layouts),
);

// index.html requests graph.json while this code downloads, so the graph is usually in by now:
// waiting for it (briefly) lets React render the chart in one pass, without first rendering and
// painting a loading screen that would be replaced a few milliseconds later.
const briefly = new Promise((resolve) => setTimeout(resolve, 100));
void Promise.race([loaded, briefly]).then(() => {
  markStartup("render");
  const root = createRoot(document.getElementById("root")!);
  // One task from render to effects: React Flow sizes its pane and sets up zooming in effects,
  // and a paint between the commit and those effects would show the boxes before they are fitted.
  flushSync(() =>
    root.render(
      <StrictMode>
        <App store={store} />
      </StrictMode>,
    ),
  );
});

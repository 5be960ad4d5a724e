// The page's head script: vite.config.ts builds this file into one inline script (allowed by its
// hash in the Content-Security-Policy), so it shares its keys and rules with the app's own code.
import { CHART_CHOICE_KEY } from "../import/chart-choice.ts";
import { LANGUAGE_STORAGE_KEY } from "../i18n/format.ts";
import { resolveTheme, systemPreference, THEME_STORAGE_KEY } from "../theme/theme.ts";
import { fetchFile } from "./head-requests.ts";
import type { HeadRequests } from "./head-requests.ts";

declare const __ATLAS_BASE__: string;

// The page's first storage read blocks for several milliseconds; here the page is only waiting
// for its code, so the app's first render does not pay for it.
function remembered(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

// The plain address opens the chart last shown here: a person's own documents' chart when they
// were last looking at it. Said in the address before anything reads it, so the built-in chart's
// first view is not shown for a moment first.
if (remembered(CHART_CHOICE_KEY) === "local" && !location.search && !location.hash) {
  history.replaceState(null, "", location.pathname + "?chart=local");
}
const theme = remembered(THEME_STORAGE_KEY);
// Applied here, so that the prerendered first view is painted in the chosen theme before the
// app's code runs.
document.documentElement.setAttribute("data-theme", resolveTheme(theme, systemPreference()));
const early: HeadRequests = {
  graph: fetchFile(__ATLAS_BASE__ + "graph.json"),
  layouts: fetchFile(__ATLAS_BASE__ + "layout.json"),
  theme,
  language: remembered(LANGUAGE_STORAGE_KEY),
};
(window as { __atlasEarly?: HeadRequests }).__atlasEarly = early;

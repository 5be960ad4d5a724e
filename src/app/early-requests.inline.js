/* global window, document, fetch, location, history */
// Requests the data while the app's code downloads (see early-requests.ts). vite.config.ts inlines
// this file into index.html's head (without these comments), puts in the app's base URL, and allows
// exactly this script in the Content-Security-Policy by its hash: no inline script else can run.
(function () {
  // eslint-disable-next-line no-undef -- vite.config.ts puts the base URL in its place
  var base = __ATLAS_BASE__;
  function fetchFile(url) {
    return fetch(url, { cache: "no-cache" }).then(function (r) {
      return r.text().then(function (text) {
        return { ok: r.ok, status: r.status, statusText: r.statusText, text: text };
      });
    });
  }
  // The page's first storage read blocks for several milliseconds; here the page is only waiting
  // for its code, so the app's first render does not pay for it.
  function remembered(key) {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  }
  // The plain address opens the chart last shown here: a person's own documents' chart when they
  // were last looking at it (src/import/chart-choice.ts). Said in the address before anything
  // reads it, so the built-in chart's first view is not shown for a moment first.
  if (remembered("org-atlas:chart") === "local" && !location.search && !location.hash) {
    history.replaceState(null, "", location.pathname + "?chart=local");
  }
  var theme = remembered("org-atlas.theme");
  // As resolveTheme (src/theme/theme.ts): applied here, so that the prerendered first view is
  // painted in the chosen theme before the app's code runs.
  function prefers(query) {
    return typeof window.matchMedia === "function" && window.matchMedia(query).matches;
  }
  var themes = ["light", "dark", "high-contrast"];
  document.documentElement.setAttribute(
    "data-theme",
    themes.indexOf(theme) >= 0
      ? theme
      : prefers("(prefers-contrast: more)")
        ? "high-contrast"
        : prefers("(prefers-color-scheme: dark)")
          ? "dark"
          : "light",
  );
  window.__atlasEarly = {
    graph: fetchFile(base + "graph.json"),
    layouts: fetchFile(base + "layout.json"),
    theme: theme,
    language: remembered("org-atlas:language"),
  };
})();

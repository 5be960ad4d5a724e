// Shows the prerendered first view (first-view.tsx, put in index.html by scripts/prerender.ts)
// as soon as graph.json and layout.json have arrived, while the app's code is still loading; the
// app then hydrates it. vite.config.ts builds this file into one inline script after
// <div id="root"> (allowed by its hash in the Content-Security-Policy), from the app's own
// hash, framing and language rules.
//
// The markup is shown only for the view it was rendered for: the default view (no URL state), in
// the language the app will start in, of the very graph.json and layout.json it was rendered
// from, and only if the app has not rendered yet. Otherwise the app renders the page itself.
import { firstViewport } from "../chart/first-viewport.ts";
import type { FirstFit } from "../chart/first-viewport.ts";
import type { FetchedFile } from "../core/graph/read-graph-file.ts";
import { hash32 } from "../core/hash.ts";
import { parseLanguage, preferredLanguage } from "../i18n/format.ts";
import { headRequests } from "./head-requests.ts";

function showFirstView(): void {
  const early = headRequests();
  const root = document.getElementById("root");
  if (!early || !root || location.search || location.hash) return;
  // As initialLanguage (src/ui-support/useT.ts) decides when the URL has no `lang`.
  const lang = parseLanguage(early.language) ?? preferredLanguage(navigator.language);
  const template = document.querySelector<HTMLTemplateElement>(
    `template[data-first-view="${lang}"]`,
  );
  if (!template) return;
  const same = (file: FetchedFile, attribute: string) =>
    file.ok && hash32(file.text) === template.getAttribute(attribute);

  // The app waits for the data rather than render a loading screen that this would then replace.
  early.firstViewPending = true;
  void Promise.all([early.graph, early.layouts]).then(([graph, layouts]) => {
    if (early.appStarted || root.firstChild) return;
    if (!same(graph, "data-graph") || !same(layouts, "data-layouts")) return;
    const content = document.importNode(template.content, true);
    // The Content-Security-Policy forbids style attributes; styles set through the DOM are allowed.
    for (const styled of content.querySelectorAll<HTMLElement>("[data-first-view-style]")) {
      styled.style.cssText = styled.getAttribute("data-first-view-style") ?? "";
      styled.removeAttribute("data-first-view-style");
    }
    // The markup was rendered in the light theme; the page may already be in another.
    const themeSelect = content.querySelector<HTMLSelectElement>("[data-theme-select]");
    if (themeSelect) themeSelect.value = document.documentElement.getAttribute("data-theme") ?? "";
    root.appendChild(content);
    const flow = root.querySelector<HTMLElement>(".react-flow");
    const viewport = root.querySelector<HTMLElement>(".react-flow__viewport");
    if (!flow || !viewport) {
      root.textContent = "";
      return;
    }
    const fit = JSON.parse(template.getAttribute("data-fit") ?? "null") as FirstFit;
    const v = firstViewport(fit, flow.offsetWidth, flow.offsetHeight);
    viewport.style.transform = `translate(${v.x}px, ${v.y}px) scale(${v.zoom})`;
    root.setAttribute("data-first-view-layout", template.getAttribute("data-layout") ?? "");
    root.setAttribute("data-first-view", lang);
  });
}

showFirstView();

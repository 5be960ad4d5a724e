// Shows the prerendered first view (first-view.tsx, put in index.html by scripts/prerender.ts)
// as the page is first painted, while graph.json, layout.json and the app's code are still
// loading; the app then hydrates it. vite.config.ts builds this file into one inline script after
// <div id="root"> (allowed by its hash in the Content-Security-Policy), from the app's own
// hash, framing and language rules.
//
// The markup is shown only for the view it was rendered for: the default view (no URL state), in
// the language the app will start in. The prebuild wrote it with the graph.json and layout.json
// beside this page; when they arrive and are not the very files it was rendered from (a file
// replaced without a rebuild, a stale cache), it is taken down before the app starts, and the
// app renders the page itself.
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
  if (root.firstChild || early.appStarted) return;
  show(root, template, lang);
  // Registered before the app's own reading of the data, so this runs before the app starts.
  void Promise.all([early.graph, early.layouts]).then(([graph, layouts]) => {
    if (early.appStarted || (same(graph, "data-graph") && same(layouts, "data-layouts"))) return;
    root.textContent = "";
    delete root.dataset.firstView;
    delete root.dataset.firstViewLayout;
  });
}

function show(root: HTMLElement, template: HTMLTemplateElement, lang: string): void {
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
}

showFirstView();

/**
 * The build's last step: renders the app's default view of the built graph.json (with its
 * layout.json) to HTML, in English and in French, and puts both in the built index.html as
 * templates. src/app/first-view.boot.ts shows the one for the reader's language as soon as
 * graph.json and layout.json have arrived (and are the files it was rendered from), and the app
 * hydrates it: the chart is drawn before the app's code has loaded (see README, Performance).
 * Without a layout for the default view it leaves the page as it is, and the app renders the
 * chart itself.
 *
 *   tsx scripts/prerender.ts [--dist <dir>]
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createServer } from "vite";
import type { FirstView, renderFirstView } from "../src/app/first-view.tsx";
import { xmlEscape } from "../src/export/svg.ts";
import { FIRST_VIEW_MARKER } from "./lib/first-view-marker.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const LANGUAGES = ["en", "fr"] as const;

/**
 * One view as a <template>. Style attributes become data attributes that the inline script
 * applies through the DOM: the Content-Security-Policy (`style-src 'self'`) blocks style
 * attributes in markup. React escapes `"` in text and attribute values, so ` style="` is only
 * ever an attribute.
 */
export function firstViewTemplate(view: FirstView): string {
  const html = view.html.replaceAll(' style="', ' data-first-view-style="');
  return (
    `<template data-first-view="${view.language}" data-graph="${view.graphHash}" ` +
    `data-layouts="${view.layoutsHash}" data-layout="${view.layoutHash}" ` +
    `data-fit="${xmlEscape(JSON.stringify(view.fit))}">${html}</template>`
  );
}

const FIRST_VIEW_END = "<!-- /first-view-markup -->";

/** `html` with `markup` after the marker, in place of any markup an earlier run put there. */
export function withFirstView(html: string, markup: string): string {
  const start = html.indexOf(FIRST_VIEW_MARKER) + FIRST_VIEW_MARKER.length;
  const end = html.indexOf(FIRST_VIEW_END, start);
  const rest = end < 0 ? html.slice(start) : html.slice(end + FIRST_VIEW_END.length);
  return `${html.slice(0, start)}${markup}${FIRST_VIEW_END}${rest}`;
}

/**
 * Prerenders `dist`'s first view into its index.html (again, if it already has one); returns a
 * line for the build log.
 */
export async function prerender(dist: string): Promise<string> {
  const started = performance.now();
  const page = path.join(dist, "index.html");
  const html = fs.readFileSync(page, "utf8");
  if (!html.includes(FIRST_VIEW_MARKER)) throw new Error(`${page} lacks ${FIRST_VIEW_MARKER}`);
  const read = (file: string) =>
    fs.existsSync(path.join(dist, file)) ? fs.readFileSync(path.join(dist, file), "utf8") : null;
  const graphText = read("graph.json");
  const layoutsText = read("layout.json");
  const views = graphText && layoutsText ? await renderViews(graphText, layoutsText) : [];
  fs.writeFileSync(page, withFirstView(html, views.map(firstViewTemplate).join("")));
  if (views.length === 0) {
    const why = !graphText
      ? "no graph.json"
      : !layoutsText
        ? "no layout.json"
        : "layout.json lacks the default view, or the graph does not load";
    return `prerender: ${why}, the app renders the page itself`;
  }
  const kb = Math.round(views.reduce((sum, v) => sum + v.html.length, 0) / 1024);
  const ms = Math.round(performance.now() - started);
  return `prerender: first view in ${views.map((v) => v.language).join(", ")} (${kb} KB) in ${ms} ms`;
}

/** The first view in each language, rendered by the app's own modules. */
async function renderViews(graphText: string, layoutsText: string): Promise<FirstView[]> {
  // The app's modules as Vite serves them (CSS imports, the graph validator's virtual module),
  // with React's production build.
  process.env.NODE_ENV = "production";
  const server = await createServer({
    root: ROOT,
    logLevel: "error",
    appType: "custom",
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { renderFirstView: render } = (await server.ssrLoadModule("/src/app/first-view.tsx")) as {
      renderFirstView: typeof renderFirstView;
    };
    const views: FirstView[] = [];
    for (const language of LANGUAGES) {
      const view = await render(graphText, layoutsText, language);
      if (view) views.push(view);
    }
    return views;
  } finally {
    await server.close();
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const at = args.indexOf("--dist");
  const dist = path.resolve(ROOT, at >= 0 && args[at + 1] ? args[at + 1]! : "dist");
  try {
    console.log(await prerender(dist));
    return 0;
  } catch (error) {
    console.error(`prerender: ${(error as Error).stack ?? error}`);
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  process.exitCode = await main();
}

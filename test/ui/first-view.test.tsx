// @vitest-environment jsdom
import fs from "node:fs";
import { getViewportForBounds } from "@xyflow/react";
import { act, fireEvent, waitFor } from "@testing-library/react";
import ELK from "elkjs";
import fc from "fast-check";
import { StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import { App } from "../../src/app/App.tsx";
import { renderFirstView } from "../../src/app/first-view.tsx";
import type { FirstView } from "../../src/app/first-view.tsx";
import { firstViewMatches } from "../../src/app/first-view-match.ts";
import { firstViewport, fitViewport } from "../../src/chart/first-viewport.ts";
import type { FirstFit } from "../../src/chart/first-viewport.ts";
import { startLayoutSync } from "../../src/app/layout-sync.ts";
import { loadSearchCode } from "../../src/core/graph/search.ts";
import { extractGraph } from "../../src/core/extract/index.ts";
import { decodeGraph, encodeGraph } from "../../src/core/graph/graph-file.ts";
import type { GraphFile } from "../../src/core/graph/file-schema.ts";
import { fromVersion1 } from "../../src/core/graph/migrations.ts";
import { buildIndex } from "../../src/core/graph/indexes.ts";
import { precomputeLayouts } from "../../src/core/layout/precompute.ts";
import type { PrecomputedLayout } from "../../src/core/layout/precomputed.ts";
import { createAtlasStore } from "../../src/store/atlas-store.ts";
import { createLayoutClient } from "../../src/worker/layout-client.ts";
import { firstViewTemplate } from "../../scripts/prerender.ts";
import { bundleInlineScript } from "../../scripts/lib/inline-scripts.ts";
import { hash32 } from "../../src/core/hash.ts";

/** The page's first-view script, built as vite.config.ts builds it into index.html. */
let INLINE = "";
const PANE = { width: 1200, height: 700 };

// Documents in both styles, written for the tests: markdown and one-line OCR text.
const FILES = [
  "hc-director-strategic-planning.md",
  "cra-manager-domestic-collections.md",
  "cra-director-collections-operations.txt",
  "esdc-director-ei-processing.txt",
];

let graphText = "";
let layoutsText = "";
let layouts: PrecomputedLayout[] = [];
let views: FirstView[] = [];

beforeAll(async () => {
  INLINE = await bundleInlineScript("src/app/first-view.boot.ts", "/");
  const { graph } = fromVersion1(
    extractGraph(
      FILES.map((file) => ({ file, bytes: fs.readFileSync(`test/fixtures/docs/${file}`) })),
    ),
  );
  graphText = JSON.stringify(encodeGraph(graph));
  const file = await precomputeLayouts(buildIndex(graph), new ELK());
  layouts = file.layouts;
  layoutsText = JSON.stringify(file);
  views = (
    await Promise.all([
      renderFirstView(graphText, layoutsText, "en"),
      renderFirstView(graphText, layoutsText, "fr"),
    ])
  ).filter((v): v is FirstView => v !== null);
  // jsdom lays nothing out: React Flow's pane gets the size a browser would give it.
  for (const [prop, size] of [
    ["offsetWidth", PANE.width],
    ["offsetHeight", PANE.height],
  ] as const) {
    Object.defineProperty(HTMLElement.prototype, prop, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains("react-flow") ? size : 0;
      },
    });
  }
  // d3-zoom glides within the pane's client rectangle: jsdom's is empty, and a glide across
  // an empty pane computes NaN (which React reports on the background's dots).
  const clientRect = HTMLElement.prototype.getBoundingClientRect;
  Object.defineProperty(HTMLElement.prototype, "getBoundingClientRect", {
    configurable: true,
    value(this: HTMLElement) {
      if (!this.classList.contains("react-flow__renderer")) return clientRect.call(this);
      const { width, height } = PANE;
      return { x: 0, y: 0, left: 0, top: 0, width, height, right: width, bottom: height };
    },
  });
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

interface PageOptions {
  text?: string;
  layoutsText?: string;
  ok?: boolean;
  url?: string;
  language?: string | null;
  browserLanguage?: string;
  appStarted?: boolean;
}

/** index.html as built, then its inline script run once graph.json has "arrived". */
async function openPage(options: PageOptions = {}): Promise<HTMLElement> {
  document.body.innerHTML = `<div id="root"></div>${views.map(firstViewTemplate).join("")}`;
  window.history.replaceState(null, "", options.url ?? "/");
  Object.defineProperty(window.navigator, "language", {
    configurable: true,
    value: options.browserLanguage ?? "en-CA",
  });
  const graph = Promise.resolve({
    ok: options.ok ?? true,
    status: 200,
    statusText: "OK",
    text: options.text ?? graphText,
  });
  const layoutsFile = Promise.resolve({
    ok: true,
    status: 200,
    statusText: "OK",
    text: options.layoutsText ?? layoutsText,
  });
  Object.assign(window, {
    __atlasEarly: {
      graph,
      layouts: layoutsFile,
      language: options.language ?? null,
      appStarted: options.appStarted,
    },
  });
  new Function(INLINE)();
  await Promise.all([graph, layoutsFile]);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return document.getElementById("root")!;
}

describe("the prerendered first view", () => {
  it("renders the default view of a graph from both document styles, in both languages", () => {
    expect(views.map((v) => v.language)).toEqual(["en", "fr"]);
    const [en, fr] = views;
    expect(en!.html).toContain('aria-label="Search positions"');
    expect(fr!.html).toContain('aria-label="Rechercher des postes"');
    expect(en!.graphHash).toBe(hash32(graphText));
    // Every box of the default view is in the markup, by its title.
    const layout = layouts[0]!.layout;
    expect(Object.keys(layout.positions).length).toBeGreaterThan(3);
    const boxes = (en!.html.match(/react-flow__node-position/g) ?? []).length;
    expect(boxes).toBe(Object.keys(layout.positions).length);
  });

  it("is not rendered without the prebuild's layout for the default view, or for a bad graph", async () => {
    expect(await renderFirstView(graphText, '{"version":1,"layouts":[]}', "en")).toBeNull();
    expect(await renderFirstView(graphText, "<html>", "en")).toBeNull();
    expect(await renderFirstView("{", layoutsText, "en")).toBeNull();
  });

  it("is shown fitted to the pane, with its styles set through the DOM", async () => {
    const root = await openPage();
    expect(root.dataset.firstView).toBe("en");
    expect(root.querySelectorAll(".react-flow__node-position").length).toBeGreaterThan(3);
    expect(root.querySelector("[data-first-view-style]")).toBeNull();
    const box = root.querySelector<HTMLElement>(".react-flow__node-position")!;
    expect(box.style.transform).toMatch(/^translate\(/);
    const { fit } = views[0]!;
    const v = getViewportForBounds(
      fit.bounds,
      PANE.width,
      PANE.height,
      fit.minZoom,
      fit.maxZoom,
      fit.padding,
    );
    const viewport = root.querySelector<HTMLElement>(".react-flow__viewport")!;
    expect(viewport.style.transform).toBe(`translate(${v.x}px, ${v.y}px) scale(${v.zoom})`);
  });

  it("is shown as the page is first painted, before graph.json and layout.json have arrived", () => {
    document.body.innerHTML = `<div id="root"></div>${views.map(firstViewTemplate).join("")}`;
    window.history.replaceState(null, "", "/");
    const never = new Promise<never>(() => undefined);
    Object.assign(window, { __atlasEarly: { graph: never, layouts: never, language: null } });
    new Function(INLINE)();
    const root = document.getElementById("root")!;
    expect(root.dataset.firstView).toBe("en");
    expect(root.querySelectorAll(".react-flow__node-position").length).toBeGreaterThan(3);
  });

  it("shows the theme in force in its theme select, though rendered in the light theme", async () => {
    document.documentElement.setAttribute("data-theme", "high-contrast");
    const root = await openPage();
    expect(root.querySelector<HTMLSelectElement>("[data-theme-select]")!.value).toBe(
      "high-contrast",
    );
    document.documentElement.removeAttribute("data-theme");
  });

  it("is shown in the language the app will start in", async () => {
    expect((await openPage({ browserLanguage: "fr-CA" })).dataset.firstView).toBe("fr");
    expect((await openPage({ browserLanguage: "fr-CA", language: "en" })).dataset.firstView).toBe(
      "en",
    );
    expect((await openPage({ language: "fr" })).textContent).toContain("Tout déplier");
  });

  it("is taken down for another graph.json or layout.json or a failed request, and not shown for a URL with a view or once the app renders", async () => {
    for (const options of [
      { text: graphText.replace("Director", "Directrice") },
      { layoutsText: layoutsText.replace('"x":', '"x": ') },
      { ok: false },
      { url: "/?selected=x" },
      { url: "/#top" },
      { appStarted: true },
    ]) {
      const root = await openPage(options);
      const { firstViewPending } = (
        window as unknown as { __atlasEarly: { firstViewPending?: boolean } }
      ).__atlasEarly;
      // A URL with a view is never prerendered: the app need not wait for the data to render.
      expect(firstViewPending, JSON.stringify(options)).toBe(options.url ? undefined : true);
      expect(root.childNodes.length, JSON.stringify(options)).toBe(0);
      expect(root.dataset.firstView).toBeUndefined();
    }
  });

  it("is hydrated by the app: the same elements, now answering clicks", async () => {
    const root = await openPage();
    const app = await startApp();
    const state = app.store.getState();
    expect(firstViewMatches(root, state)).toBe(true);
    expect(firstViewMatches(root, { ...state, language: "fr" })).toBe(false);
    expect(firstViewMatches(root, { ...state, layout: { ...state.layout!, positions: {} } })).toBe(
      false,
    );
    const box = root.querySelector<HTMLElement>(".react-flow__node-position")!;
    const { recoverable } = await app.hydrate(root);
    expect(recoverable).not.toHaveBeenCalled();
    expect(root.contains(box)).toBe(true);
    act(() => {
      fireEvent.click(box);
    });
    expect(app.store.getState().selectedId).toBe(box.dataset.id);
    await app.stop(root);
  });

  it("is exactly what the app renders: its development build finds no difference to report", async () => {
    // The markup as rendered, style attributes included (the page moves them out of the
    // markup for its Content-Security-Policy, and the browser rewrites them as it parses
    // them, which React's check would report although nothing differs).
    const root = document.createElement("div");
    root.innerHTML = views[0]!.html;
    document.body.replaceChildren(root);
    const app = await startApp();
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { recoverable } = await app.hydrate(root);
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError.mock.calls.map((call) => String(call[0]).slice(0, 120))).toEqual([]);
    consoleError.mockRestore();
    await app.stop(root);
  });
});

/** The app as main.tsx starts it, in English: its store, its layouts, its hydration. */
async function startApp() {
  const store = createAtlasStore();
  store.getState().setLanguage("en");
  // layout.json has the default view; ELK's worker is only warmed up, later.
  const client = createLayoutClient({
    createElk: () => ({ layout: () => Promise.reject(new Error("no ELK in this test")) }),
  });
  client.seed(layouts);
  const stopSync = startLayoutSync(store, client);
  store.getState().installGraph(decodeGraph(JSON.parse(graphText) as GraphFile));
  let root: Root | undefined;
  return {
    store,
    async hydrate(container: HTMLElement) {
      const recoverable = vi.fn();
      await act(async () => {
        root = hydrateRoot(
          container,
          <StrictMode>
            <App store={store} />
          </StrictMode>,
          { onRecoverableError: recoverable },
        );
      });
      return { recoverable };
    },
    async stop(container: HTMLElement) {
      // When idle, the app mounts the overview and background and loads the panel's, dialog's
      // and search's code: that work ends here, inside act.
      await waitFor(() =>
        expect(container.querySelector(".react-flow__background")).not.toBeNull(),
      );
      await act(() =>
        Promise.all([
          import("../../src/panel/DetailPanel.tsx"),
          import("../../src/app/ShortcutsDialog.tsx"),
          loadSearchCode(),
        ]),
      );
      act(() => root?.unmount());
      stopSync();
      client.dispose();
    },
  };
}

describe("framing the first view", () => {
  it("fits as React Flow's getViewportForBounds does", () => {
    const size = fc.integer({ min: 1, max: 5000 });
    fc.assert(
      fc.property(
        size,
        size,
        size,
        size,
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (bw, bh, w, h, padding) => {
          const bounds = { x: -bw / 3, y: 17, width: bw, height: bh };
          const mine = fitViewport(bounds, w, h, 0.05, 1, padding);
          const flow = getViewportForBounds(bounds, w, h, 0.05, 1, padding);
          expect(mine.zoom).toBeCloseTo(flow.zoom, 9);
          expect(mine.x).toBeCloseTo(flow.x, 6);
          expect(mine.y).toBeCloseTo(flow.y, 6);
        },
      ),
    );
  });

  it("shows the whole chart when readable, else a readable part", () => {
    const size = fc.integer({ min: 1, max: 8000 });
    fc.assert(
      fc.property(
        size,
        size,
        size,
        size,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (bw, bh, w, h, fx, fy) => {
          const bounds = { x: -bw / 3, y: 17, width: bw, height: bh };
          const fit: FirstFit = {
            bounds,
            focus: { x: bounds.x + fx * bw, y: bounds.y + fy * bh },
            minZoom: 0.05,
            maxZoom: 1,
            padding: 0.08,
            readableZoom: 11 / 15,
          };
          const view = firstViewport(fit, w, h);
          const whole = fitViewport(bounds, w, h, 0.05, 1, 0.08);
          if (whole.zoom >= fit.readableZoom) expect(view).toEqual(whole);
          else expect(view.zoom).toBe(fit.readableZoom);
        },
      ),
    );
  });
});

import { encodeGraph } from "../../src/core/graph/graph-file.ts";
import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { buildIndex } from "../../src/core/graph/indexes.ts";
import { visibleNodes } from "../../src/core/graph/queries.ts";
import { defaultCollapsed } from "../../src/core/layout/readable.ts";
import { ROOT, chartReady, serveBuiltApp } from "./server.ts";

const OUT = path.join(ROOT, "test-output", "screenshots");
const app = serveBuiltApp({ outputs: [OUT] });

// Installed before the page's scripts: tags the boxes as the first view puts them in the page,
// so a test can tell whether the app kept those very elements (hydrated) or drew new ones.
const TAG_FIRST_BOXES = `
  new MutationObserver((_, observer) => {
    const boxes = document.querySelectorAll("#root .react-flow__node-position");
    if (boxes.length === 0) return;
    for (const box of boxes) box.__fromFirstView = true;
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });`;

const defaultBoxCount = () => {
  const ix = buildIndex(app.graph);
  return visibleNodes(ix, { collapsed: defaultCollapsed(ix), organization: null }).length;
};

async function openPage(
  options: { locale?: string } = {},
): Promise<{ page: Page; logs: string[] }> {
  const context = await app.browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: options.locale ?? "en-CA",
  });
  const page = await context.newPage();
  const logs: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "warning" || m.type() === "error") logs.push(m.text());
  });
  page.on("pageerror", (e) => logs.push(e.message));
  await page.addInitScript(TAG_FIRST_BOXES);
  return { page, logs };
}

const firstViewOf = (page: Page) =>
  page.evaluate(() => document.getElementById("root")!.dataset.firstView ?? null);

/**
 * Waits for the app, then checks that it hydrated the first view in `language`: the hydrate
 * mark, and the very box elements the first view put in the page.
 */
async function assertHydrated(page: Page, language: "en" | "fr"): Promise<void> {
  await chartReady(page);
  assert.equal(await firstViewOf(page), language);
  const marks = await page.evaluate(() => performance.getEntriesByType("mark").map((m) => m.name));
  assert.ok(marks.includes("atlas:hydrate"), marks.join(", "));
  const kept = await page.evaluate(() =>
    [...document.querySelectorAll(".react-flow__node-position")].every(
      (box) => (box as unknown as { __fromFirstView?: boolean }).__fromFirstView,
    ),
  );
  assert.ok(kept, "the boxes were drawn anew instead of hydrated");
}

describe("the prerendered first view", () => {
  it("draws every box of the default view before the app's code or any stylesheet file has loaded", async () => {
    const { page } = await openPage();
    // The start-up styles are in the page itself: its first paint waits for no request.
    await page.route("**/assets/*.{js,css}", (route) => route.abort());
    await page.goto(app.preview.url);
    await page.locator("#root[data-first-view=en]").waitFor({ timeout: 10_000 });
    assert.equal(await page.locator(".react-flow__node-position").count(), defaultBoxCount());
    await page.getByRole("group", { name: /^Director, Client Relations,/ }).waitFor();
    // Fitted to the window: every box lies inside the chart's pane.
    const outside = await page.evaluate(() => {
      const pane = document.querySelector(".react-flow")!.getBoundingClientRect();
      return [...document.querySelectorAll(".react-flow__node-position")].filter((box) => {
        const r = box.getBoundingClientRect();
        return (
          r.left < pane.left || r.right > pane.right || r.top < pane.top || r.bottom > pane.bottom
        );
      }).length;
    });
    assert.equal(outside, 0);
    await page.screenshot({ path: path.join(OUT, "first-view-before-app.png") });
    await page.context().close();
  });

  it("is hydrated by the app: the same elements, no re-render, and they answer at once", async () => {
    const { page, logs } = await openPage();
    await page.goto(app.preview.url);
    await assertHydrated(page, "en");
    await page.getByRole("group", { name: /^Director, Client Relations,/ }).click();
    await page.getByRole("heading", { name: "Director, Client Relations", level: 2 }).waitFor();
    assert.deepEqual(logs, []);
    await page.context().close();
  });

  it("is shown when graph.json arrives well after the app's code, instead of a loading screen", async () => {
    const { page, logs } = await openPage();
    await page.route("**/graph.json", async (route) => {
      // Held until the app's module has run (main.tsx marks its start).
      await page.waitForFunction(() => performance.getEntriesByName("atlas:script").length > 0);
      await route.continue();
    });
    await page.goto(app.preview.url);
    await assertHydrated(page, "en");
    assert.deepEqual(logs, []);
    await page.context().close();
  });

  it("is in French for a French browser, and hydrated as such", async () => {
    const { page, logs } = await openPage({ locale: "fr-CA" });
    await page.goto(app.preview.url);
    await assertHydrated(page, "fr");
    assert.equal(await page.locator("html").getAttribute("lang"), "fr");
    await page.getByRole("button", { name: "Tout déplier" }).waitFor();
    assert.deepEqual(logs, []);
    await page.context().close();
  });

  it("is taken down for a graph.json other than the one it was built from, and not shown for a URL with a view", async () => {
    const changed = structuredClone(app.graph);
    const renamed = changed.nodes.find((n) => n.title === "Director, Client Relations")!;
    renamed.title = "Directrice, Relations avec la clientèle";
    const { page } = await openPage();
    await page.route("**/graph.json", (route) =>
      route.fulfill({
        contentType: "application/json",
        body: JSON.stringify(encodeGraph(changed)),
      }),
    );
    await page.goto(app.preview.url);
    await chartReady(page);
    assert.equal(await firstViewOf(page), null);
    await page.getByRole("group", { name: /^Directrice, Relations avec la clientèle,/ }).waitFor();
    assert.equal(
      await page.getByRole("group", { name: /^Director, Client Relations,/ }).count(),
      0,
    );
    await page.unrouteAll();
    await page.goto(`${app.preview.url}?selected=${encodeURIComponent(renamed.id)}`);
    await chartReady(page);
    assert.equal(await firstViewOf(page), null);
    await page.getByRole("heading", { name: "Director, Client Relations", level: 2 }).waitFor();
    await page.context().close();
  });
});

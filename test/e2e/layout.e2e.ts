import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { chartReady, expandAll, serveBuiltApp } from "./server.ts";

const app = serveBuiltApp();

// Installed before the app: what the chart said about its layout in the first frame with boxes.
const FIRST_FRAME = `
  window.__first = null;
  (function watch() {
    const chart = document.querySelector(".chart");
    if (chart && document.querySelector(".react-flow__node-position")) {
      window.__first = { engine: chart.dataset.engine, pending: chart.dataset.pending };
    } else requestAnimationFrame(watch);
  })();`;

async function open(setup?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.on("pageerror", (e) => console.error("pageerror:", e.message));
  await page.addInitScript(FIRST_FRAME);
  await setup?.(page);
  await page.goto(app.preview.url);
  await page.waitForFunction(() => (window as unknown as { __first: unknown }).__first);
  await chartReady(page);
  return page;
}

// Every layout engine the chart says it drew with, in order (the prerendered first view's too).
const ENGINES = `
  window.__engines = [];
  (function watch() {
    const engine = document.querySelector(".chart")?.dataset.engine;
    if (engine && window.__engines.at(-1) !== engine) window.__engines.push(engine);
    requestAnimationFrame(watch);
  })();`;

const firstFrame = (page: Page) =>
  page.evaluate(() => (window as unknown as { __first: Record<string, string> }).__first);

const settled = (page: Page) =>
  page.waitForFunction(() => document.querySelector(".chart[data-pending=false]"));

describe("layout in Chromium", () => {
  it("draws the first chart from the prebuild's layout.json, without waiting for ELK", async () => {
    const page = await open();
    assert.deepEqual(await firstFrame(page), { engine: "elk", pending: "false" });
    await page.close();
  });

  it("reads only the default view's layout at start, and the likely next views' when idle", async () => {
    let moreLayouts: Promise<unknown> = Promise.resolve();
    const page = await open(async (p) => {
      moreLayouts = p.waitForResponse((r) => r.url().endsWith("/layouts.json"));
      // Without ELK, only a layout computed ahead of time can be an ELK layout.
      await p.route("**/elk-worker*", (route) => route.abort());
    });
    await moreLayouts;
    // Its timing entry is written once its body is in, which can be after the response event.
    await page.waitForFunction(
      () =>
        performance.getEntriesByType("resource").some((e) => e.name.endsWith("/layouts.json")) &&
        performance.getEntriesByName("atlas:chart-committed").length > 0,
    );
    // In the page's own clock: layouts.json was asked for only after the chart was committed.
    const [asked, committed] = await page.evaluate(() => [
      performance.getEntriesByType("resource").find((e) => e.name.endsWith("/layouts.json"))!
        .startTime,
      performance.getEntriesByName("atlas:chart-committed")[0]!.startTime,
    ]);
    assert.ok(asked! > committed!, `layouts.json asked at ${asked} ms, chart at ${committed} ms`);
    const start = await (await fetch(`${app.preview.url}layout.json`)).json();
    const more = await (await fetch(`${app.preview.url}layouts.json`)).json();
    assert.equal(start.layouts.length, 1, "layout.json holds the default view alone");
    assert.ok(more.layouts.length > 1, "layouts.json holds the other likely views");
    // A likely next view (a closed box opened) is then drawn from it, by ELK ahead of time.
    const before = await page.locator(".react-flow__node-position").count();
    await page
      .getByRole("button", { name: /^Show \d+ hidden under / })
      .first()
      .click();
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll(".react-flow__node-position").length > n &&
        document.querySelector(".chart[data-pending=false]"),
      before,
    );
    assert.equal(await page.locator(".chart").getAttribute("data-engine"), "elk");
    await page.close();
  });

  it("ignores a layout.json that does not match the graph and lays out itself", async () => {
    const page = await open(async (p) => {
      await p.addInitScript(ENGINES);
      await p.route("**/layout.json", (route) =>
        route.fulfill({
          contentType: "application/json",
          body: JSON.stringify({ version: 1, layouts: [{ key: "0", layout: {} }] }),
        }),
      );
    });
    await page.waitForFunction(() => document.querySelector(".chart[data-engine=elk]"), null, {
      timeout: 15_000,
    });
    // The prerendered first view (made with the real layout.json) was taken down; the app drew
    // the chart with its instant layout, then with ELK's.
    assert.equal(
      await page.evaluate(() => document.getElementById("root")!.dataset.firstView),
      undefined,
    );
    const engines = await page.evaluate(
      () => (window as unknown as { __engines: string[] }).__engines,
    );
    assert.deepEqual(engines.slice(-2), ["fallback", "elk"]);
    await page.close();
  });

  it("keeps a box in place when its reports are hidden and shown again", async () => {
    const page = await open();
    // Without motion the camera and the boxes jump, so each position read is final.
    await page.emulateMedia({ reducedMotion: "reduce" });
    await settled(page);
    await expandAll(page);
    const title = "Executive Director, Service";
    const { graph } = app;
    const id = graph.nodes.find((n) => n.title === title)!.id;
    const box = page.locator(`.react-flow__node[data-id="${id}"]`);
    const start = (await box.boundingBox())!;
    const count = () => document.querySelectorAll(".react-flow__node-position").length;
    const all = await page.evaluate(count);
    await page.getByRole("button", { name: `Hide reports of ${title}` }).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll(".react-flow__node-position").length < n,
      all,
    );
    await settled(page);
    const closed = (await box.boundingBox())!;
    assert.ok(Math.abs(closed.x - start.x) < 1 && Math.abs(closed.y - start.y) < 1, "stays put");
    await page
      .getByRole("button", { name: new RegExp(`^Show \\d+ hidden under ${title}$`) })
      .click();
    await settled(page);
    const reopened = (await box.boundingBox())!;
    assert.ok(Math.abs(reopened.x - start.x) < 1 && Math.abs(reopened.y - start.y) < 1);
    await page.close();
  });
});

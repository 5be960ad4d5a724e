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

  it("ignores a layout.json that does not match the graph and lays out itself", async () => {
    const page = await open((p) =>
      p.route("**/layout.json", (route) =>
        route.fulfill({
          contentType: "application/json",
          body: JSON.stringify({ version: 1, layouts: [{ key: "0", layout: {} }] }),
        }),
      ),
    );
    assert.equal((await firstFrame(page)).engine, "fallback");
    await page.waitForFunction(() => document.querySelector(".chart[data-engine=elk]"), null, {
      timeout: 15_000,
    });
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

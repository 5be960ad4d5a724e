import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { buildIndex } from "../../src/core/graph/indexes.ts";
import { encodeGraph } from "../../src/core/graph/graph-file.ts";
import { syntheticOrg } from "../../src/core/graph/synthetic.ts";
import { outlineItems } from "../../src/outline/outline-items.ts";
import { ROOT, openChartPage, serveBuiltApp } from "./server.ts";
import { settleAfter, settledNow } from "./settled.ts";

const SHOTS = path.join(ROOT, "test-output", "screenshots");

const app = serveBuiltApp({ outputs: [SHOTS] });

const idOf = (title: string) => {
  const node = app.graph.nodes.find((n) => n.title === title);
  assert.ok(node, `graph.json has a node titled "${title}"`);
  return node.id;
};

// Most tests use every position of the seeds, which open on their top levels.
const openChart = (query = "", expandAll = true): Promise<Page> =>
  openChartPage(app.browser, app.preview.url, { query, expandAll });

// A box's accessible name starts with its title, then classification, FTEs and manager.
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const box = (page: Page, title: string) =>
  page.getByRole("group", { name: new RegExp(`^${escapeRe(title)}(,|$)`) });

const LARGE = syntheticOrg(1_000, { orgs: 1, fanout: 8 });

/** A generated org of 1,000 positions, every box expanded and laid out by ELK. */
async function openLargeExpanded(): Promise<Page> {
  const body = JSON.stringify(encodeGraph(LARGE));
  const page = await app.browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.route("**/graph.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body }),
  );
  await page.goto(app.preview.url);
  await page.getByRole("button", { name: "Expand all" }).click();
  await page.waitForFunction(
    () => document.querySelector(".chart")?.getAttribute("data-pending") === "false",
    null,
    { timeout: 60_000 },
  );
  return page;
}

/** The viewport's translation and scale, as React Flow sets them. */
function viewOf(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.evaluate(() => {
    const m = new DOMMatrix(
      getComputedStyle(document.querySelector(".react-flow__viewport")!).transform,
    );
    return { x: m.e, y: m.f, zoom: m.a };
  });
}

/** Waits until the keyboard focus is on a box other than `id` (the arrow keys move it). */
function focusLeaves(page: Page, id: string): Promise<unknown> {
  return page.waitForFunction((from) => {
    const node = document.activeElement?.closest<HTMLElement>(".react-flow__node");
    return !!node && node.dataset.id !== from;
  }, id);
}

/** Operates the overview from the keyboard: move, zoom, and back to the whole chart. */
async function overviewKeys(page: Page): Promise<void> {
  const overview = page.getByRole("application", { name: "Chart overview" });
  assert.match(
    (await overview.getAttribute("aria-describedby")) ?? "",
    /./,
    "the overview describes its keys",
  );
  await overview.focus();
  const fitted = await viewOf(page);
  await settleAfter(page, () => page.keyboard.press("ArrowRight"));
  const moved = await viewOf(page);
  assert.ok(moved.x < fitted.x - 10, `the view moved right (${fitted.x} -> ${moved.x})`);
  assert.equal(moved.zoom.toFixed(3), fitted.zoom.toFixed(3));
  await settleAfter(page, () => page.keyboard.press("+"));
  assert.ok((await viewOf(page)).zoom > moved.zoom * 1.2, "zoomed in");
  await settleAfter(page, () => page.keyboard.press("0"));
  const back = await viewOf(page);
  assert.equal(back.zoom.toFixed(3), fitted.zoom.toFixed(3), "the whole chart again");
}

describe("org chart in Chromium", () => {
  it("draws every position in graph.json, one frame per organization", async () => {
    const page = await openChart();
    // The whole chart, fitted at once (without the glide).
    await page.emulateMedia({ reducedMotion: "reduce" });
    await settleAfter(page, () =>
      page.getByRole("button", { name: "Fit view", exact: true }).click(),
    );
    for (const node of app.graph.nodes) {
      const count = await page.locator(`.react-flow__node[data-id="${node.id}"]`).count();
      assert.equal(count, 1, `box for "${node.title}"`);
    }
    const frames = await page.locator(".react-flow__node-org").count();
    assert.ok(frames >= 2);
    // The overview outlines each organization's frame.
    const overview = page.getByRole("application", { name: "Chart overview" });
    await overview.waitFor();
    assert.equal(await overview.locator("rect").count(), frames);
    await page.screenshot({ path: path.join(SHOTS, "chart.png") });
    await overviewKeys(page);
    await page.close();
  });

  it("clicking Director, Client Relations shows its description", async () => {
    const page = await openChart();
    await box(page, "Director, Client Relations").click();
    const panel = page.getByRole("complementary", { name: "Position details" });
    await panel.getByRole("heading", { level: 2, name: "Director, Client Relations" }).waitFor();
    // The description's text is read when the panel opens.
    await panel.getByRole("article").first().locator(".doc__body").waitFor({ state: "attached" });
    assert.match(await panel.innerText(), /client relations plan/i);
    await settledNow(page);
    await page.screenshot({ path: path.join(SHOTS, "selected-with-panel.png") });
    await page.close();
  });

  it("search finds Head of Design Research and centres it", async () => {
    const page = await openChart();
    await page.keyboard.press("/");
    await page.keyboard.type("Head of Design Research");
    await settleAfter(page, () =>
      page
        .getByRole("option", { name: /Head of Design Research/ })
        .first()
        .click(),
    );
    const chart = (await page.locator(".react-flow").boundingBox())!;
    const target = (await box(page, "Head of Design Research").boundingBox())!;
    const dx = Math.abs(target.x + target.width / 2 - (chart.x + chart.width / 2));
    const dy = Math.abs(target.y + target.height / 2 - (chart.y + chart.height / 2));
    assert.ok(dx < 60 && dy < 60, `centred (off by ${dx.toFixed(0)}, ${dy.toFixed(0)})`);
    assert.match(
      page.url(),
      new RegExp(`selected=${encodeURIComponent(idOf("Head of Design Research"))}`),
    );
    await page.close();
  });

  it("arrow keys move from a manager to its report and back", async () => {
    const page = await openChart();
    const managerId = idOf("Executive Director, Service");
    const firstReport = app.graph.edges.find((e) => e.source === managerId)!.target;
    await box(page, "Executive Director, Service").click();
    await page.keyboard.press("ArrowDown");
    await focusLeaves(page, managerId);
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id);
    assert.equal(focused, firstReport);
    assert.match(page.url(), new RegExp(`selected=${encodeURIComponent(firstReport)}`));
    await page.keyboard.press("ArrowUp");
    await focusLeaves(page, firstReport);
    assert.equal(
      await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id),
      managerId,
    );
    await page.close();
  });

  it("Tab enters the chart at one box, then its button, then leaves the chart", async () => {
    const page = await openChart();
    const stops = () =>
      page.evaluate(
        () => document.querySelectorAll('.react-flow__node-position[tabindex="0"]').length,
      );
    assert.equal(await stops(), 1);
    const inBox = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const node = el.closest<HTMLElement>(".react-flow__node");
        return node ? { id: node.dataset.id, tag: el.tagName } : null;
      });
    // The toolbar's last control comes just before the chart in Tab order.
    await page.getByRole("button", { name: "Keyboard shortcuts" }).focus();
    let reached = null;
    for (let i = 0; i < 10 && reached === null; i++) {
      await page.keyboard.press("Tab");
      reached = await inBox();
    }
    assert.ok(reached, "Tab reaches a box");
    const roots = new Set(app.graph.nodes.map((n) => n.id));
    for (const e of app.graph.edges) roots.delete(e.target);
    assert.ok(roots.has(reached.id!), `the first stop is a top box, not ${reached.id}`);
    await page.keyboard.press("Tab");
    assert.deepEqual(await inBox(), { id: reached.id, tag: "BUTTON" });
    await page.keyboard.press("Tab");
    assert.equal(await inBox(), null, "the next Tab leaves the chart's boxes");

    // After an arrow key, the selected box is the chart's one Tab stop.
    await box(page, "Executive Director, Service").click();
    await page.keyboard.press("ArrowDown");
    await focusLeaves(page, idOf("Executive Director, Service"));
    const focused = await inBox();
    assert.equal(await stops(), 1);
    assert.equal(
      await page.evaluate(
        () =>
          document.querySelector<HTMLElement>('.react-flow__node-position[tabindex="0"]')?.dataset
            .id,
      ),
      focused?.id,
    );
    await page.close();
  });

  it("a deep link restores the selection, and Back steps through selections", async () => {
    const id = idOf("Head of Design Research");
    const page = await openChart(`?selected=${encodeURIComponent(id)}`, false);
    const panel = page.getByRole("complementary", { name: "Position details" });
    await panel.getByRole("heading", { level: 2, name: "Head of Design Research" }).waitFor();
    await box(page, "Executive Director, Service").click();
    await panel.getByRole("heading", { level: 2, name: "Executive Director, Service" }).waitFor();
    await page.goBack();
    await panel.getByRole("heading", { level: 2, name: "Head of Design Research" }).waitFor();
    await page.close();
  });

  it("a large chart centres a chosen box in one step, without a glide that repaints it each frame", async () => {
    const page = await openLargeExpanded();
    const target = LARGE.nodes.at(-1)!;
    await page.keyboard.press("/");
    await page.keyboard.type(target.title);
    const option = page.getByRole("option", { name: new RegExp(`^${target.title}`) }).first();
    await option.waitFor();
    // Every distinct viewport transform from the choice on, one per frame.
    await page.evaluate(`(() => {
      const seen = (window.__views = []);
      (function watch() {
        const t = document.querySelector(".react-flow__viewport").style.transform;
        if (seen[seen.length - 1] !== t) seen.push(t);
        if (seen.length < 50) requestAnimationFrame(watch);
      })();
    })()`);
    await settleAfter(page, () => option.click(), 30_000);
    const views = await page.evaluate(() => (window as unknown as { __views: string[] }).__views);
    // A glide from the whole chart to the box would pass through zooms in between.
    const zooms = views.map((v) => Number(/scale\(([\d.]+)\)/.exec(v)![1]));
    assert.ok(
      zooms.every((z) => z === zooms[0] || z === zooms.at(-1)),
      `jumps, not a glide: ${views.join(" → ")}`,
    );
    assert.ok(zooms.at(-1)! > zooms[0]!);
    const chart = (await page.locator(".react-flow").boundingBox())!;
    const placed = (await box(page, target.title).boundingBox())!;
    const dx = Math.abs(placed.x + placed.width / 2 - (chart.x + chart.width / 2));
    const dy = Math.abs(placed.y + placed.height / 2 - (chart.y + chart.height / 2));
    assert.ok(dx < 60 && dy < 60, `centred (off by ${dx.toFixed(0)}, ${dy.toFixed(0)})`);
    await page.close();
  });

  it("a large chart's overview is a few shapes, and pressing it moves the view there", async () => {
    const page = await openLargeExpanded();
    const overview = page.getByRole("application", { name: "Chart overview" });
    await overview.waitFor();
    // One path per organization colour, one frame per organization, the mask: not one per box.
    assert.ok((await overview.locator("path, rect").count()) <= 4);
    const transform = () =>
      page.evaluate(
        () => document.querySelector<HTMLElement>(".react-flow__viewport")!.style.transform,
      );
    const before = await transform();
    const bounds = (await overview.boundingBox())!;
    await page.mouse.click(bounds.x + bounds.width * 0.1, bounds.y + bounds.height / 2);
    await page.waitForFunction(
      (b) => document.querySelector<HTMLElement>(".react-flow__viewport")!.style.transform !== b,
      before,
    );
    assert.notEqual(await transform(), before);
    await page.screenshot({ path: path.join(SHOTS, "overview-large.png") });
    await page.close();
  });

  it("a large outline draws the rows in view, and End still reaches and shows the last one", async () => {
    const page = await openLargeExpanded();
    await page.getByRole("button", { name: "Outline" }).click();
    const tree = page.getByRole("tree");
    await tree.waitFor();
    const rows = tree.getByRole("treeitem");
    const drawn = await rows.count();
    assert.ok(drawn > 10 && drawn < 200, `${drawn} rows drawn of 1,000`);
    await rows.first().focus();
    await page.keyboard.press("End");
    const last = tree.locator('[role="treeitem"][tabindex="0"]');
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("role") === "treeitem",
      null,
      { timeout: 5_000 },
    );
    assert.equal(await last.getAttribute("aria-selected"), "true");
    // The focused row is the outline's last row, the last of its siblings, and in view.
    const expected = outlineItems(buildIndex(LARGE), { collapsed: new Set(), organization: null });
    assert.equal(await last.getAttribute("data-id"), expected.at(-1)!.id);
    assert.equal(await last.getAttribute("aria-posinset"), await last.getAttribute("aria-setsize"));
    const [row, scroller] = await page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect();
      const s = document.querySelector(".outline")!.getBoundingClientRect();
      return [
        [r.top, r.bottom],
        [s.top, s.bottom],
      ];
    });
    assert.ok(row[0]! >= scroller[0]! && row[1]! <= scroller[1]!, `row ${row} in ${scroller}`);
    await page.screenshot({ path: path.join(SHOTS, "outline-large-end.png") });
    await page.close();
  });

  it("a corrupt graph.json shows the error screen", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.route("**/graph.json", (route) =>
      route.fulfill({
        status: 200,
        contentType: "application/json",
        body: '{"schemaVersion":1,"nodes":[{"id":',
      }),
    );
    await page.goto(app.preview.url);
    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: 10_000 });
    assert.match(await alert.innerText(), /not valid JSON/);
    assert.match(await alert.innerText(), /npm run graph/);
    await page.unroute("**/graph.json");
    await page.route("**/graph.json", (route) =>
      route.fulfill({
        status: 200,
        contentType: "application/json",
        body: JSON.stringify({
          schemaVersion: 1,
          documents: [],
          nodes: [{ id: "x" }],
          edges: [],
          diagnostics: [],
        }),
      }),
    );
    await page.reload();
    await alert.waitFor();
    assert.match(await alert.innerText(), /nodes\.0\.title/);
    await page.screenshot({ path: path.join(SHOTS, "error-screen.png") });
    await page.close();
  });
});

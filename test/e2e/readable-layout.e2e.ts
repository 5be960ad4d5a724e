import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { ROOT, chartReady, serveBuiltApp } from "./server.ts";

const SHOTS = path.join(ROOT, "test-output", "screenshots");
const app = serveBuiltApp({ outputs: [SHOTS] });

/** The seeds' chart as a 1,366 x 768 laptop shows it, waited until its layout is final. */
async function openLaptop(query = ""): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on("pageerror", (e) => console.error("pageerror:", e.message));
  await page.goto(app.preview.url + query);
  await chartReady(page);
  await settled(page);
  return page;
}

const settled = (page: Page) =>
  page.waitForFunction(
    () => document.querySelector(".chart")?.getAttribute("data-pending") === "false",
  );

interface Shown {
  title: string;
  /** The title's font size times the chart's zoom: its size on screen, in CSS pixels. */
  px: number;
  /** Whether the whole box is inside the chart's pane. */
  whole: boolean;
}

/** Every box drawn: its title's size on screen and whether it is wholly visible. */
function shownBoxes(page: Page): Promise<Shown[]> {
  return page.evaluate(() => {
    const viewport = document.querySelector(".react-flow__viewport")!;
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    const pane = document.querySelector(".react-flow")!.getBoundingClientRect();
    return [...document.querySelectorAll(".react-flow__node-position")].map((node) => {
      const title = node.querySelector(".box__title")!;
      const r = node.getBoundingClientRect();
      return {
        title: title.textContent ?? "",
        px: parseFloat(getComputedStyle(title).fontSize) * zoom,
        whole:
          r.left >= pane.left &&
          r.right <= pane.right &&
          r.top >= pane.top &&
          r.bottom <= pane.bottom,
      };
    });
  });
}

describe("a chart people can read on a laptop", () => {
  it("opens the seeds at 1,366 x 768 with every box whole and titles of 11 px or more", async () => {
    const page = await openLaptop();
    const boxes = await shownBoxes(page);
    assert.ok(boxes.length >= 10, `the first view shows the top levels (${boxes.length} boxes)`);
    const small = boxes.filter((b) => b.px < 11);
    assert.deepEqual(small, [], "no title below 11 px on screen");
    assert.deepEqual(
      boxes.filter((b) => !b.whole).map((b) => b.title),
      [],
      "no box cut off",
    );
    // The rest is one click away: the top boxes say how many reports they hide.
    await page
      .getByRole("button", { name: /^Show 6 hidden under Executive Director, Service$/ })
      .waitFor();
    await page.screenshot({ path: path.join(SHOTS, "laptop-first-view.png") });
    await page.close();
  });

  it("switches between the compact and the wide layout, and keeps the choice in the URL", async () => {
    const page = await openLaptop();
    await page.getByRole("button", { name: "Expand all" }).click();
    await settled(page);
    const compact = page.getByRole("button", { name: "Compact", exact: true });
    const wide = page.getByRole("button", { name: "Wide", exact: true });
    assert.equal(await compact.getAttribute("aria-pressed"), "true");
    const heads = [
      "Head of Design",
      "Head of Design Research",
      "Head of Development",
      "Head of Product",
    ];
    const tops = async () =>
      new Set(
        await Promise.all(
          heads.map(async (t) => {
            const node = page.locator(".react-flow__node-position", { hasText: t }).first();
            return Math.round((await node.boundingBox())!.y);
          }),
        ),
      ).size;
    // Compact: the reports of the Executive Director hang in two columns, so in several rows.
    assert.ok((await tops()) > 1);
    await wide.click();
    await page.waitForFunction(() => location.search.includes("layout=wide"));
    await settled(page);
    assert.equal(await wide.getAttribute("aria-pressed"), "true");
    // Wide: one row per level.
    await page.waitForFunction((titles) => {
      const ys = titles.map((t) => {
        const node = [...document.querySelectorAll(".react-flow__node-position")].find(
          (n) => n.querySelector(".box__title")?.textContent === t,
        )!;
        return Math.round(node.getBoundingClientRect().y);
      });
      return new Set(ys).size === 1;
    }, heads);
    await page.reload();
    await chartReady(page);
    assert.equal(
      await page.getByRole("button", { name: "Wide", exact: true }).getAttribute("aria-pressed"),
      "true",
    );
    await page.getByRole("button", { name: "Compact", exact: true }).click();
    await page.waitForFunction(() => !location.search.includes("layout="));
    await page.close();
  });

  it("names the layout choice in French", async () => {
    const page = await openLaptop("?lang=fr");
    const group = page.getByRole("group", { name: "Disposition" });
    await group.getByRole("button", { name: "Compacte" }).waitFor();
    await group.getByRole("button", { name: "Large" }).waitFor();
    await page.close();
  });
});

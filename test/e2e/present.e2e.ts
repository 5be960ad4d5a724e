import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { THEMES } from "../../src/theme/tokens.ts";
import type { ThemeName } from "../../src/theme/tokens.ts";
import { ROOT, chartReady, expandAll, serveBuiltApp } from "./server.ts";
import { settleAfter, settledNow, transitionsDone } from "./settled.ts";

const SHOTS = path.join(ROOT, "test-output", "screenshots");
const EXPORTS = path.join(ROOT, "test-output", "exports");

const app = serveBuiltApp({ outputs: [SHOTS, EXPORTS] });

async function openChart(page?: Page): Promise<Page> {
  const p =
    page ??
    (await app.browser.newPage({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true }));
  p.on("pageerror", (e) => console.error("pageerror:", e.message));
  await p.goto(app.preview.url);
  await chartReady(p);
  await p.waitForFunction(() => !document.querySelector(".chart[data-pending=true]"), null, {
    timeout: 30_000,
  });
  // These tests use every position of the seeds, which open on their top levels.
  await expandAll(p);
  return p;
}

const toolbar = (page: Page) => page.getByRole("toolbar", { name: "Chart tools" });
const caption = (page: Page) => page.getByRole("region", { name: "Presentation" });

/** How far the selected box sticks out of the screen above the caption, in pixels (0: inside). */
async function outsideFrame(page: Page): Promise<number> {
  const chart = (await page.locator(".react-flow").boundingBox())!;
  const bar = (await caption(page).boundingBox())!;
  const target = (await page.locator(".react-flow__node:has(.box--selected)").boundingBox())!;
  return Math.max(
    0,
    chart.x - target.x,
    target.x + target.width - (chart.x + chart.width),
    chart.y - target.y,
    target.y + target.height - bar.y,
  );
}

const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

describe("presentation mode in Chromium", () => {
  it("F presents, Page Down steps to the next position and shows it, Escape leaves", async () => {
    const page = await openChart();
    const before = await page.evaluate(() => {
      const v = document.querySelector<HTMLElement>(".react-flow__viewport")!;
      return v.style.transform;
    });
    await settleAfter(page, async () => {
      await page.keyboard.press("f");
      await caption(page).waitFor();
    });
    assert.equal(await toolbar(page).isVisible(), false, "toolbar hidden");
    assert.equal(await page.locator(".react-flow__minimap").isVisible(), false);
    const total = app.graph.nodes.length;
    const first = await caption(page).innerText();
    assert.match(first, new RegExp(`1 of ${total}`));
    const off0 = await outsideFrame(page);
    await page.screenshot({ path: path.join(SHOTS, "presentation.png") });
    assert.equal(off0, 0, "first position on screen, above the caption");
    // Only the focus set is visible: the others are hidden.
    const visible = await page.locator(".react-flow__node-position:visible").count();
    assert.ok(visible < total, `${visible} of ${total} boxes shown`);
    await page.screenshot({ path: path.join(SHOTS, "presentation.png") });

    await settleAfter(page, async () => {
      await page.keyboard.press("PageDown");
      await page.waitForFunction(
        (t) => document.querySelector(".present-caption")?.textContent?.includes(`2 of ${t}`),
        total,
      );
    });
    const second = await caption(page).innerText();
    assert.notEqual(second, first);
    assert.equal(await outsideFrame(page), 0, "the selected box is on screen");
    await settleAfter(page, () => page.keyboard.press("PageDown"));
    await settleAfter(page, () => page.keyboard.press("PageDown"));
    await page.screenshot({ path: path.join(SHOTS, "presentation-step.png") });

    await settleAfter(page, async () => {
      await page.keyboard.press("Escape");
      await toolbar(page).waitFor();
    });
    assert.equal(await caption(page).count(), 0);
    const restored = await page.evaluate(
      () => document.querySelector<HTMLElement>(".react-flow__viewport")!.style.transform,
    );
    assert.equal(restored, before, "the previous viewport is back");
    await page.close();
  });

  it("the theme select changes the colours and is remembered after a reload", async () => {
    const page = await openChart();
    const background = () =>
      page.evaluate(() => getComputedStyle(document.querySelector(".react-flow")!).backgroundColor);
    assert.equal(await background(), rgb(THEMES.light.bg));
    const select = page.getByRole("combobox", { name: "Theme" });
    for (const theme of ["light", "dark", "high-contrast"] as ThemeName[]) {
      await select.selectOption(theme);
      assert.equal(await background(), rgb(THEMES[theme].bg), `${theme} background`);
      await transitionsDone(page);
      await page.screenshot({ path: path.join(SHOTS, `theme-${theme}.png`) });

      // The export draws in the theme in force.
      await page.locator('button[aria-haspopup="dialog"]', { hasText: "Export" }).click();
      const dialog = page.getByRole("dialog", { name: "Export the chart" });
      await dialog.getByRole("radio", { name: /PNG image/ }).check();
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 60_000 }),
        dialog.getByRole("button", { name: "Export", exact: true }).click(),
      ]);
      await download.saveAs(path.join(EXPORTS, `theme-${theme}.png`));
      await dialog.getByRole("status").filter({ hasText: "Saved" }).waitFor();
      await dialog.getByRole("button", { name: "Close" }).click();
    }
    // Close up, with a selection and the panel, in each theme.
    await page
      .locator(".react-flow__node-position", { hasText: "Executive Director, Service" })
      .first()
      .click();
    await page.getByRole("complementary", { name: "Position details" }).waitFor();
    for (const theme of ["light", "dark", "high-contrast"] as ThemeName[]) {
      await select.selectOption(theme);
      await settledNow(page);
      await transitionsDone(page);
      await page.screenshot({ path: path.join(SHOTS, `theme-${theme}-detail.png`) });
    }
    await select.selectOption("dark");
    await page.reload();
    await page.locator(".react-flow__node-position").first().waitFor();
    assert.equal(await select.inputValue(), "dark");
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
    assert.equal(await background(), rgb(THEMES.dark.bg));
    await settleAfter(page, async () => {
      await page.keyboard.press("f");
      await caption(page).waitFor();
    });
    await page.screenshot({ path: path.join(SHOTS, "presentation-dark.png") });
    await page.close();
  });

  it("printing hides the toolbar, minimap and controls on a white page", async () => {
    const page = await openChart();
    await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
    await page.emulateMedia({ media: "print" });
    assert.equal(await toolbar(page).isVisible(), false);
    assert.equal(await page.locator(".react-flow__minimap").isVisible(), false);
    assert.equal(await page.locator(".react-flow__controls").isVisible(), false);
    const bg = await page.evaluate(
      () => getComputedStyle(document.querySelector(".react-flow")!).backgroundColor,
    );
    assert.equal(bg, "rgb(255, 255, 255)");
    await page.screenshot({ path: path.join(SHOTS, "print.png") });
    await page.emulateMedia({ media: "screen" });
    assert.equal(await toolbar(page).isVisible(), true);
    await page.close();
  });
});

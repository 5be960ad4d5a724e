import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { THEME_STORAGE_KEY } from "../../src/theme/theme.ts";
import { runAxe, serious } from "./axe.ts";
import { ROOT, chartReady, serveBuiltApp } from "./server.ts";

const SHOTS = path.join(ROOT, "test-output", "screenshots");
const app = serveBuiltApp({ outputs: [SHOTS] });
const PHONE = { width: 390, height: 844 };

/** A phone: touch, small screen; axe needs the CSP bypassed to inject its script. */
async function phone(query = "", theme?: string): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: PHONE,
    hasTouch: true,
    isMobile: true,
    bypassCSP: true,
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error("pageerror:", e.message));
  if (theme) await page.addInitScript(`localStorage.setItem("${THEME_STORAGE_KEY}", "${theme}")`);
  await page.goto(app.preview.url + query);
  await chartReady(page);
  await page.waitForFunction(() => document.querySelector(".chart[data-pending=false]"));
  return page;
}

const menuButton = (page: Page) => page.getByRole("button", { name: "Menu" });
const panel = (page: Page) =>
  page.getByRole("complementary", { name: /^(Position details|Détails du poste)$/ });

describe("on a phone (390 x 844)", () => {
  it("the tools fold into a menu: the chart keeps the screen", async () => {
    const page = await phone();
    const header = (await page.locator(".app__header").boundingBox())!;
    assert.ok(header.height <= 64, `header ${header.height}px high`);
    assert.equal(await menuButton(page).getAttribute("aria-expanded"), "false");
    assert.equal(await page.getByRole("toolbar", { name: "Chart tools" }).isVisible(), false);
    await page.screenshot({ path: path.join(SHOTS, "phone-chart.png") });

    await menuButton(page).tap();
    assert.equal(await menuButton(page).getAttribute("aria-expanded"), "true");
    const menu = page.locator(`#${await menuButton(page).getAttribute("aria-controls")}`);
    for (const name of ["Expand all", "Collapse all", "Present", "Print", "Export", "Français"]) {
      const b = (await menu.getByRole("button", { name, exact: true }).boundingBox())!;
      assert.ok(b.x >= 0 && b.x + b.width <= PHONE.width, `${name} fits the width`);
      assert.ok(b.height >= 40, `${name} is a 40 px touch target`);
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, "no sideways scrolling");
    assert.deepEqual(serious(await runAxe(page)), [], "axe, menu open");
    await page.screenshot({ path: path.join(SHOTS, "phone-menu.png") });

    // A choice folds the menu away; Escape does too, and gives focus back to the button.
    await menu.getByRole("button", { name: "Show 2 levels" }).tap();
    await menu.waitFor({ state: "hidden" });
    await menuButton(page).tap();
    await menu.waitFor();
    await page.keyboard.press("Escape");
    await menu.waitFor({ state: "hidden" });
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Menu");
    // "/" opens it on the search box.
    await page.keyboard.press("/");
    await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "combobox");
    await page.context().close();
  });

  for (const [theme, query] of [
    ["light", ""],
    ["dark", "?lang=fr"],
    ["high-contrast", ""],
  ] as const) {
    it(`a tapped box opens its details as a sheet on screen (${theme}${query})`, async () => {
      const page = await phone(query, theme);
      const target = page.locator(".react-flow__node-position", {
        hasText: "Executive Director, Service",
      });
      await target.first().tap();
      await panel(page).waitFor();
      const sheet = (await panel(page).boundingBox())!;
      assert.ok(sheet.y > 100 && sheet.y < PHONE.height * 0.6, `the sheet starts at ${sheet.y}px`);
      assert.ok(sheet.y + sheet.height <= PHONE.height + 1, "and ends on screen");
      // The title has focus (a screen reader reads the details), inside the visible sheet.
      await page.waitForFunction(() => document.activeElement?.id === "panel-title");
      const title = (await page.locator("#panel-title").boundingBox())!;
      assert.ok(title.y >= sheet.y && title.y + title.height <= PHONE.height);
      // The chosen box stays in view above the sheet.
      await page.waitForFunction((top) => {
        const el = document.querySelector(".react-flow__node-position:has(.box--selected)");
        const r = el?.getBoundingClientRect();
        return !!r && r.top >= 50 && r.bottom <= top;
      }, sheet.y);
      assert.deepEqual(serious(await runAxe(page)), [], "axe, sheet open");
      await page.screenshot({ path: path.join(SHOTS, `phone-sheet-${theme}.png`) });
      await panel(page)
        .getByRole("button", { name: /Close details|Fermer/ })
        .tap();
      await panel(page).waitFor({ state: "detached" });
      assert.equal(await page.locator(".box--dim").count(), 0);
      await page.waitForFunction(() =>
        document.activeElement
          ?.closest(".react-flow__node")
          ?.textContent?.includes("Executive Director, Service"),
      );
      await page.context().close();
    });
  }
});

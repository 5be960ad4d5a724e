import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { ROOT, chartReady, openChartPage, serveBuiltApp } from "./server.ts";
import { settledNow } from "./settled.ts";

const SHOTS = path.join(ROOT, "test-output", "screenshots");

const app = serveBuiltApp({ outputs: [SHOTS] });

const openChart = (query = ""): Promise<Page> =>
  openChartPage(app.browser, app.preview.url, { query });

describe("English and French in Chromium", () => {
  it("opens in English by default", async () => {
    const page = await openChart();
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    await page.getByRole("combobox", { name: "Search positions" }).waitFor();
    await page.close();
  });

  it("opens ?lang=fr in French and switches back to English", async () => {
    const page = await openChart("?lang=fr");
    await page.locator("html[lang=fr]").waitFor();
    await page.getByRole("combobox", { name: "Rechercher des postes" }).waitFor();
    await page.getByRole("button", { name: "Tout déplier" }).waitFor();
    const ftes = await page.locator(".react-flow__node-position .fte").allInnerTexts();
    assert.ok(
      ftes.some((t) => /\d ETP/.test(t)),
      `a box's FTEs in French: ${ftes.join(" | ")}`,
    );
    assert.ok(!ftes.some((t) => /FTE/.test(t)), "no English FTE text left");
    await settledNow(page);
    await page.screenshot({ path: path.join(SHOTS, "french.png") });

    await page.getByRole("button", { name: "English" }).click();
    await page.locator("html[lang=en]").waitFor();
    await page.getByRole("combobox", { name: "Search positions" }).waitFor();
    await page.getByRole("button", { name: "Expand all" }).waitFor();
    assert.ok(!new URL(page.url()).searchParams.has("lang"), `URL ${page.url()}`);
    const english = await page.locator(".react-flow__node-position .fte").allInnerTexts();
    assert.ok(english.some((t) => /\d FTEs?/.test(t)));
    await page.close();
  });

  it("writes lang=fr into the URL and remembers the choice", async () => {
    const page = await openChart();
    await page.getByRole("button", { name: "Français" }).click();
    await page.locator("html[lang=fr]").waitFor();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("lang") === "fr");
    await page.goto(app.preview.url);
    await chartReady(page);
    assert.equal(await page.locator("html").getAttribute("lang"), "fr");
    await page.close();
  });
});

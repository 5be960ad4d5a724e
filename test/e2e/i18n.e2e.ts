import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { ROOT, launchChromium, openChartPage, startPreview } from "./server.ts";
import type { Preview } from "./server.ts";

const SHOTS = path.join(ROOT, "test-output", "screenshots");

let preview: Preview;
let browser: Browser;

const openChart = (query = ""): Promise<Page> => openChartPage(browser, preview.url, { query });

before(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  preview = await startPreview();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await preview?.stop();
});

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
    await page.waitForTimeout(400);
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
    await page.goto(preview.url);
    await page.locator(".react-flow__node-position").first().waitFor({ timeout: 15_000 });
    assert.equal(await page.locator("html").getAttribute("lang"), "fr");
    await page.close();
  });
});

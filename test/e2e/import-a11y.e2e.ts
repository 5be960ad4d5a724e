import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { ROOT, chartReady, serveBuiltApp } from "./server.ts";
import { fixture, importOutcome, pickFiles } from "./import-helpers.ts";

const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");
const SHOTS = path.join(ROOT, "test-output", "screenshots");
const app = serveBuiltApp({ outputs: [SHOTS] });

/** axe-core's serious and critical findings (WCAG 2.0/2.1 A and AA and best practices). */
async function seriousFindings(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            d: Document,
          ) => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe("the import's screens, for everyone", () => {
  it("menu, progress, report, source bar and the local-link screen have no serious axe finding", async () => {
    // axe is injected as a script, which the CSP refuses: the audited pages bypass it.
    const context = await app.browser.newContext({
      bypassCSP: true,
      viewport: { width: 1366, height: 768 },
    });
    const page = await context.newPage();
    await page.goto(app.preview.url);
    await chartReady(page);
    const found: Record<string, string[]> = {};

    await page.getByRole("button", { name: "Open documents…" }).click();
    await page.getByRole("dialog", { name: "Chart your own job descriptions" }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "import-menu.png") });
    found["menu"] = await seriousFindings(page);
    await page.keyboard.press("Escape");
    assert.equal(await page.getByRole("dialog").count(), 0, "Escape closes the menu");

    await pickFiles(page, [
      fixture("scan/seed-003-four-pages.scan.pdf"),
      fixture("bad/legacy-word.doc"),
      fixture("docx/cra-manager-domestic-collections.docx"),
    ]);
    const region = page.getByRole("region", { name: "Opening documents" });
    await region.getByText(/OCR page \d of 4/).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(SHOTS, "import-progress.png") });
    found["progress"] = await seriousFindings(page);

    await importOutcome(page, 240_000);
    // The outcome takes the focus, so a keyboard user is where the news is.
    await page.waitForFunction(() => document.activeElement?.classList.contains("import-report"));
    await page.screenshot({ path: path.join(SHOTS, "import-report.png") });
    found["report and source bar"] = await seriousFindings(page);

    await page.evaluate(() => document.documentElement.setAttribute("data-theme", "dark"));
    await page.screenshot({ path: path.join(SHOTS, "import-report-dark.png") });
    found["report, dark"] = await seriousFindings(page);
    await page.evaluate(() => document.documentElement.setAttribute("data-theme", "high-contrast"));
    found["report, high contrast"] = await seriousFindings(page);
    await page.evaluate(() => document.documentElement.setAttribute("data-theme", "light"));

    // At 200 % zoom (640 x 400 CSS pixels) the bars wrap and nothing is cut off.
    await page.setViewportSize({ width: 640, height: 400 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px too wide)`);
    for (const name of [
      "Download graph",
      "Remove my documents",
      "Show the built-in chart",
      "Close",
    ]) {
      const box = (await page.getByRole("button", { name, exact: true }).boundingBox())!;
      assert.ok(box.x >= 0 && box.x + box.width <= 640, `${name} is within the page width`);
    }
    await page.screenshot({ path: path.join(SHOTS, "import-zoom-200.png"), fullPage: true });
    await page.close();

    // A fresh profile is another computer: it keeps no documents.
    const fresh = await app.browser.newContext({
      bypassCSP: true,
      viewport: { width: 1366, height: 768 },
    });
    const elsewhere = await fresh.newPage();
    await elsewhere.goto(`${app.preview.url}?chart=local&lang=fr`);
    await elsewhere
      .getByRole("heading", {
        level: 1,
        name: "Ce lien renvoie à des documents sur un autre ordinateur",
      })
      .waitFor();
    await elsewhere.screenshot({ path: path.join(SHOTS, "import-link-elsewhere-fr.png") });
    found["local link elsewhere"] = await seriousFindings(elsewhere);
    await fresh.close();
    await context.close();

    assert.deepEqual(found, {
      menu: [],
      progress: [],
      "report and source bar": [],
      "report, dark": [],
      "report, high contrast": [],
      "local link elsewhere": [],
    });
  });
});

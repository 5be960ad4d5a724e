import assert from "node:assert/strict";
import path from "node:path";
import { after, describe, it } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { IMPACTS, runAxe } from "./axe.ts";
import type { Impact, Violation } from "./axe.ts";
import { ROOT, chartReady, expandAll, serveBuiltApp } from "./server.ts";
import { settleAfter } from "./settled.ts";

const SHOTS = path.join(ROOT, "test-output", "screenshots");

const app = serveBuiltApp({ outputs: [SHOTS] });

const table: Array<{ screen: string; counts: Record<Impact, number>; ids: string[] }> = [];

/** Runs axe-core on the page as it is now, and notes the result for the summary table. */
async function axe(page: Page, screen: string): Promise<Violation[]> {
  const violations = await runAxe(page);
  const counts = { minor: 0, moderate: 0, serious: 0, critical: 0 } as Record<Impact, number>;
  for (const v of violations) if (v.impact) counts[v.impact] += v.nodes;
  table.push({ screen, counts, ids: violations.map((v) => `${v.id}(${v.impact})`) });
  return violations;
}

function assertNoSerious(screen: string, violations: Violation[]): void {
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(
    bad.map((v) => `${v.id} [${v.impact}] ${v.help}: ${v.targets.join(" ")}`),
    [],
    `${screen}: serious or critical axe violations`,
  );
}

async function ready(page: Page): Promise<void> {
  await chartReady(page);
  await page.waitForFunction(() => document.querySelector(".chart[data-pending=false]"), null, {
    timeout: 15_000,
  });
}

// axe is injected as a script element, which the app's CSP (rightly) refuses: the audited
// pages bypass CSP; "the app works under its CSP" below runs without the bypass.
async function auditContext(): Promise<BrowserContext> {
  return app.browser.newContext({ bypassCSP: true, viewport: { width: 1400, height: 900 } });
}

after(async () => {
  if (table.length > 0) {
    const rows = table.map(
      (r) =>
        `| ${r.screen.padEnd(18)} | ${IMPACTS.map((i) => String(r.counts[i]).padStart(8)).join(" | ")} | ${r.ids.join(", ") || "-"}`,
    );
    console.log(
      [
        "",
        "axe-core violations per screen (elements affected, by impact)",
        `| ${"screen".padEnd(18)} | ${IMPACTS.map((i) => i.padStart(8)).join(" | ")} | rules`,
        ...rows,
        "",
      ].join("\n"),
    );
  }
});

/** Types into the search box and waits for its first result. */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.getByRole("combobox", { name: "Search positions" }).fill(query);
  await page
    .getByRole("listbox", { name: "Matching positions" })
    .getByRole("option")
    .first()
    .waitFor();
}

describe("accessibility", () => {
  it("axe finds no serious or critical problem on any screen", async () => {
    const context = await auditContext();
    const page = await context.newPage();
    page.on("pageerror", (e) => console.error("pageerror:", e.message));
    await page.goto(app.preview.url);
    await ready(page);
    const results: Array<[string, Violation[]]> = [];
    results.push(["chart", await axe(page, "chart")]);

    await page.getByRole("group", { name: /^Director, Client Relations,/ }).click();
    await page
      .getByRole("complementary", { name: "Position details" })
      .getByRole("article")
      .first()
      .waitFor();
    results.push(["panel open", await axe(page, "panel open")]);
    await page.keyboard.press("Escape");

    await searchFor(page, "Head");
    results.push(["search results", await axe(page, "search results")]);
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: "Outline" }).click();
    await page.getByRole("tree", { name: "Outline" }).waitFor();
    results.push(["outline open", await axe(page, "outline open")]);
    await page.screenshot({ path: path.join(SHOTS, "outline.png") });

    // Presentation mode is another engineer's feature: audited when its button exists.
    const present = page.getByRole("button", { name: /^Present/ });
    if ((await present.count()) > 0) {
      await settleAfter(page, async () => {
        await present.first().click();
        await page.locator(".present-caption").waitFor();
      });
      results.push(["presentation", await axe(page, "presentation")]);
      await page.keyboard.press("Escape");
    }
    await page.close();

    const error = await context.newPage();
    await error.route("**/graph.json", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: '{"nodes":[' }),
    );
    await error.goto(app.preview.url);
    await error.getByRole("alert").waitFor({ timeout: 10_000 });
    results.push(["error screen", await axe(error, "error screen")]);
    await context.close();

    for (const [screen, violations] of results) assertNoSerious(screen, violations);
  });

  it("the app works under its Content-Security-Policy, with no violation reported", async () => {
    const context = await app.browser.newContext({
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(app.preview.url);
    await ready(page);
    // ELK's worker is the layout engine of record: its layout replaces the first paint.
    await page.waitForFunction(
      () => document.querySelector(".chart")?.getAttribute("data-engine") === "elk",
      null,
      { timeout: 20_000 },
    );
    await expandAll(page);
    assert.equal(
      await page.evaluate(() => Boolean((window as { __atlasEarly?: unknown }).__atlasEarly)),
      true,
      "the early requests script ran",
    );
    await page.getByRole("group", { name: /^Head of Design,/ }).click();
    await page.getByRole("heading", { level: 2, name: "Head of Design" }).waitFor();
    await page.getByRole("button", { name: "Outline" }).click();
    await page.getByRole("tree").waitFor();
    // Every other way the page draws: search results, presenting, and each export format (the
    // export libraries load their own code and may add styles).
    await searchFor(page, "design");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Present" }).click();
    await page.getByRole("region", { name: "Presentation" }).waitFor();
    await page.keyboard.press("Escape");
    await page.locator('button[aria-haspopup="dialog"]', { hasText: "Export" }).click();
    const dialog = page.getByRole("dialog", { name: "Export the chart" });
    for (const format of [/^PNG/, /^SVG/, /^PDF/, /^PowerPoint/, /^CSV/]) {
      await dialog.getByRole("radio", { name: format }).check();
      await Promise.all([
        page.waitForEvent("download", { timeout: 60_000 }),
        dialog.getByRole("button", { name: "Export", exact: true }).click(),
      ]);
      await dialog.getByRole("status").filter({ hasText: "Saved" }).waitFor();
    }
    const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    assert.deepEqual([...csp, ...problems], []);
    await context.close();
  });

  it("the outline works from the keyboard alone, and selection is announced", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(app.preview.url);
    await ready(page);
    await expandAll(page);
    await page.getByRole("button", { name: "Outline" }).click();
    const tree = page.getByRole("tree", { name: "Outline" });
    // One tab stop: Tab from the Outline button's row lands on the tree's active row.
    await tree.getByRole("treeitem").first().focus();
    await page.keyboard.press("ArrowDown");
    const focused = () =>
      page.evaluate(
        () =>
          document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent,
      );
    const second = await focused();
    assert.notEqual(second, null);
    const status = page.locator("[role=status][aria-live=polite]").last();
    await page.waitForFunction(() =>
      /^Selected /.test(
        document.querySelector("[aria-atomic=true][role=status]")?.textContent ?? "",
      ),
    );
    assert.match(await status.innerText(), /^Selected .+, \d+ of \d+ (under|at the top)/);

    // Find Executive Director, Service by type-ahead-free moves: Home, then down to it.
    await page.keyboard.press("Home");
    for (let i = 0; i < 30; i++) {
      const text = (await focused()) ?? "";
      if (text.includes("Executive Director, Service")) break;
      await page.keyboard.press("ArrowDown");
    }
    const ed = tree.getByRole("treeitem", { name: /^Executive Director, Service/ });
    assert.equal(await ed.getAttribute("aria-expanded"), "true");
    await page.keyboard.press("ArrowLeft");
    assert.equal(await ed.getAttribute("aria-expanded"), "false");
    await page.keyboard.press("ArrowRight");
    assert.equal(await ed.getAttribute("aria-expanded"), "true");
    await page.keyboard.press("ArrowRight");
    assert.match((await focused()) ?? "", /^Manager of Delivery|^Head of/);
    await page.keyboard.press("Enter");
    const panel = page.getByRole("complementary", { name: "Position details" });
    await panel.getByRole("heading", { level: 2 }).waitFor();
    assert.match(await panel.innerText(), /Reports to\s+Executive Director, Service/);
    await page.waitForFunction(() => document.activeElement?.id === "panel-title");
    assert.match(
      await status.innerText(),
      /^Selected .+, \d+ of 6 under Executive Director, Service$/,
    );
    // Escape returns to the row the panel was opened from.
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "treeitem");
    await page.close();
  });

  it("boxes are named title first, with classification, FTEs and manager", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(app.preview.url);
    await ready(page);
    await expandAll(page);
    const name = await page
      .getByRole("group", { name: /^Head of Design,/ })
      .getAttribute("aria-label");
    assert.equal(name, "Head of Design, CS-05, 13 FTEs, reports to Executive Director, Service");
    await page.close();
  });

  it("at 200 % zoom (640 x 400 CSS pixels) nothing is cut off: tools in a menu, panel scrolls", async () => {
    const page = await app.browser.newPage({ viewport: { width: 640, height: 400 } });
    await page.goto(app.preview.url);
    await ready(page);
    await page.getByRole("group", { name: /^Director, Client Relations,/ }).click();
    const panel = page.getByRole("complementary", { name: "Position details" });
    await panel.getByRole("article").first().locator(".doc__body").waitFor({ state: "attached" });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px too wide)`);
    // The tools fold into a menu at this width (the phone layout).
    await page.getByRole("button", { name: "Menu" }).click();
    for (const name of ["Expand all", "Collapse all", "Fit view", "Outline"]) {
      const b = (await page.getByRole("button", { name, exact: true }).boundingBox())!;
      assert.ok(b.x >= 0 && b.x + b.width <= 640, `${name} is within the page width`);
    }
    await page.keyboard.press("Escape");
    await page.locator(".app__menu").waitFor({ state: "hidden" });
    // The end of the panel can be reached by scrolling.
    const last = panel.locator("section").last();
    await last.scrollIntoViewIfNeeded();
    const box = (await last.boundingBox())!;
    assert.ok(box.y < 400 && box.y + 1 > -box.height, "last panel section scrolled into view");
    await page.screenshot({ path: path.join(SHOTS, "zoom-200.png"), fullPage: true });
    await page.close();
  });

  it("with reduced motion, boxes do not glide and the view does not animate", async () => {
    const context = await app.browser.newContext({
      reducedMotion: "reduce",
      viewport: { width: 1400, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(app.preview.url);
    await ready(page);
    const durations = await page.evaluate(() =>
      [".react-flow__node", ".box", ".route", ".react-flow__viewport"].map((s) => {
        const el = document.querySelector(s);
        return el ? getComputedStyle(el).transitionDuration : "0s";
      }),
    );
    for (const d of durations) assert.match(d, /^0s(, 0s)*$/);
    await context.close();
  });
});

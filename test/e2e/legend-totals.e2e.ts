import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { buildIndex } from "../../src/core/graph/indexes.ts";
import { organizations } from "../../src/core/graph/queries.ts";
import { organizationTotal, unitTotals } from "../../src/core/graph/totals.ts";
import { THEME_STORAGE_KEY } from "../../src/theme/theme.ts";
import { runAxe, serious } from "./axe.ts";
import { ROOT, chartReady, serveBuiltApp } from "./server.ts";

const SHOTS = path.join(ROOT, "test-output", "screenshots");
const app = serveBuiltApp({ outputs: [SHOTS] });

async function open(query = "", theme = "light"): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: { width: 1366, height: 768 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error("pageerror:", e.message));
  await page.addInitScript(`localStorage.setItem("${THEME_STORAGE_KEY}", "${theme}")`);
  await page.goto(app.preview.url + query);
  await chartReady(page);
  await page.waitForFunction(() => document.querySelector(".chart[data-pending=false]"));
  return page;
}

describe("totals on the chart", () => {
  it("every manager's box and every organization's frame give the totals unitTotals finds", async () => {
    const page = await open();
    const ix = buildIndex(app.graph);
    const totals = unitTotals(ix);
    for (const [id, kids] of ix.childrenOf) {
      const total = totals.get(id)!;
      if (kids.length === 0 || total.current === null) continue;
      const line = await page.locator(`.react-flow__node[data-id="${id}"] .fte`).textContent();
      const want = `Unit ${total.current}${total.complete ? "" : "+"} FTE`;
      assert.ok(line?.startsWith(want), `${ix.byId.get(id)!.title}: "${line}"`);
      if (total.planned > 0) assert.match(line!, new RegExp(`· ${total.planned} planned$`));
      const name = await page
        .locator(`.react-flow__node[data-id="${id}"]`)
        .getAttribute("aria-label");
      assert.match(name!, /unit of (at least )?\d+ FTEs/);
    }
    for (const org of organizations(ix)) {
      const total = organizationTotal(totals, org.roots);
      const label = await page
        .locator(".org-frame__label", { hasText: org.label })
        .first()
        .innerText();
      if (total.current !== null) assert.match(label, new RegExp(`${total.current}\\+? FTEs`));
    }
    await page.context().close();
  });
});

describe("the legend", () => {
  for (const [theme, query] of [
    ["light", ""],
    ["dark", "?lang=fr"],
    ["high-contrast", ""],
  ] as const) {
    it(`opens in the chart's corner, over nothing it hides for good (${theme}${query})`, async () => {
      const page = await open(query, theme);
      const button = page.getByRole("button", { name: /^(Legend|Légende)$/ });
      await button.click();
      const legend = page.getByRole("region", {
        name: /^(What the chart shows|Ce que montre l’organigramme)$/,
      });
      await legend.waitFor();
      const box = (await legend.boundingBox())!;
      const chart = (await page.locator(".react-flow").boundingBox())!;
      assert.ok(
        box.y >= chart.y && box.y + box.height <= chart.y + chart.height + 1,
        "in the chart",
      );
      assert.ok(box.x + box.width <= chart.x + chart.width + 1);
      assert.deepEqual(serious(await runAxe(page)), [], "axe, legend open");
      await page.screenshot({ path: path.join(SHOTS, `legend-${theme}.png`) });
      await page.keyboard.press("Escape");
      await legend.waitFor({ state: "detached" });
      await page.context().close();
    });
  }
});

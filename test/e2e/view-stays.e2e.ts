import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { chartReady, expandAll, ROOT, serveBuiltApp } from "./server.ts";

const SHOTS = path.join(ROOT, "test-output", "screenshots");
const app = serveBuiltApp({ outputs: [SHOTS] });

/** A laptop screen; moves jump (reduced motion), so each state is final once it is drawn. */
async function open(): Promise<Page> {
  const page = await app.browser.newPage({
    viewport: { width: 1366, height: 768 },
    reducedMotion: "reduce",
  });
  page.on("pageerror", (e) => console.error("pageerror:", e.message));
  await page.goto(app.preview.url);
  await chartReady(page);
  await settled(page);
  // The seeds open on their top levels; these scenarios start from the whole chart.
  await expandAll(page);
  return page;
}

const settled = (page: Page) =>
  page.waitForFunction(() => document.querySelector(".chart[data-pending=false]"), null, {
    timeout: 30_000,
  });

const box = (page: Page, title: string) =>
  page.locator(".react-flow__node-position", { hasText: title }).first();
const panel = (page: Page) => page.getByRole("complementary", { name: "Position details" });
const organization = (page: Page) => page.getByRole("combobox", { name: "Organization" });

/** How the boxes sit in the chart's pane: how many are drawn, how many are inside it. */
function boxesInPane(page: Page): Promise<{ drawn: number; inside: number; centreOff: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector(".react-flow")!.getBoundingClientRect();
    let inside = 0;
    let left = Infinity;
    let right = -Infinity;
    let top = Infinity;
    let bottom = -Infinity;
    const boxes = document.querySelectorAll(".react-flow__node-position");
    for (const el of boxes) {
      const r = el.getBoundingClientRect();
      if (
        r.left >= pane.left &&
        r.right <= pane.right &&
        r.top >= pane.top &&
        r.bottom <= pane.bottom
      )
        inside += 1;
    }
    for (const el of document.querySelectorAll(".react-flow__node-org")) {
      const r = el.getBoundingClientRect();
      left = Math.min(left, r.left);
      right = Math.max(right, r.right);
      top = Math.min(top, r.top);
      bottom = Math.max(bottom, r.bottom);
    }
    // A fitted chart is centred in the pane: how far the frames' middle is from the pane's.
    const centreOff = Math.hypot(
      (left + right) / 2 - (pane.left + pane.right) / 2,
      (top + bottom) / 2 - (pane.top + pane.bottom) / 2,
    );
    return { drawn: boxes.length, inside, centreOff };
  });
}

/** Waits until every drawn box is inside the pane and the chart is centred (fitted). */
async function fittedWhole(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const pane = document.querySelector(".react-flow")!.getBoundingClientRect();
    const boxes = [...document.querySelectorAll(".react-flow__node-position")];
    const frames = [...document.querySelectorAll(".react-flow__node-org")].map((f) =>
      f.getBoundingClientRect(),
    );
    if (boxes.length === 0 || frames.length === 0) return false;
    const l = Math.min(...frames.map((r) => r.left));
    const r = Math.max(...frames.map((f) => f.right));
    const t = Math.min(...frames.map((f) => f.top));
    const b = Math.max(...frames.map((f) => f.bottom));
    const centred =
      Math.abs((l + r) / 2 - (pane.left + pane.right) / 2) < 2 &&
      Math.abs((t + b) / 2 - (pane.top + pane.bottom) / 2) < 2;
    return (
      centred &&
      boxes.every((el) => {
        const q = el.getBoundingClientRect();
        return q.left >= pane.left && q.right <= pane.right && q.top >= pane.top;
      })
    );
  });
}

const viewportOf = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.querySelector(".react-flow__viewport")!).transform);

describe("views that never go blank", () => {
  it("choosing an organization without the selected box ends the selection and shows the organization", async () => {
    const page = await open();
    await box(page, "Head of Product").click();
    await panel(page).waitFor();
    await organization(page).selectOption({ label: "Service Canada (3)" });
    await panel(page).waitFor({ state: "detached" });
    await settled(page);
    await fittedWhole(page);
    const view = await boxesInPane(page);
    assert.equal(view.drawn, 3);
    assert.equal(view.inside, 3, "every Service Canada box on screen");
    assert.equal(await page.locator(".box--dim").count(), 0, "nothing greyed");
    assert.doesNotMatch(page.url(), /selected=/);
    await page.screenshot({ path: path.join(SHOTS, "view-filter-after-selection.png") });
    await page.close();
  });

  it("Show 1 level after selecting a deep box leaves the top boxes on screen", async () => {
    const page = await open();
    await box(page, "Head of Product").click();
    await panel(page).waitFor();
    await page.getByRole("button", { name: "Show 1 level" }).click();
    await panel(page).waitFor({ state: "detached" });
    await settled(page);
    await fittedWhole(page);
    const view = await boxesInPane(page);
    assert.equal(view.inside, view.drawn);
    assert.ok(view.drawn >= 3);
    await page.close();
  });

  for (const [what, act] of [
    ["Collapse all", (p: Page) => p.getByRole("button", { name: "Collapse all" }).click()],
    ["Show 1 level", (p: Page) => p.getByRole("button", { name: "Show 1 level" }).click()],
    ["an organization", (p: Page) => organization(p).selectOption({ label: "Learning (4)" })],
  ] as const) {
    it(`${what} from the fitted view fits the new chart (no small chart in a corner)`, async () => {
      const page = await open();
      await fittedWhole(page);
      const before = await viewportOf(page);
      await act(page);
      await settled(page);
      await page.waitForFunction((b) => {
        const now = getComputedStyle(document.querySelector(".react-flow__viewport")!).transform;
        return now !== b;
      }, before);
      await fittedWhole(page);
      const zoom = await page.evaluate(
        () =>
          new DOMMatrix(
            getComputedStyle(document.querySelector(".react-flow__viewport")!).transform,
          ).a,
      );
      assert.ok(zoom > 0.6, `the smaller chart is shown larger (zoom ${zoom.toFixed(2)})`);
      if (what === "Collapse all") {
        await page.screenshot({ path: path.join(SHOTS, "view-collapse-all.png") });
        // And back: Expand all from this fitted view fits the whole chart again.
        await page.getByRole("button", { name: "Expand all" }).click();
        await settled(page);
        await page.waitForFunction(
          () => document.querySelectorAll(".react-flow__node-position").length > 20,
        );
        await fittedWhole(page);
      }
      await page.close();
    });
  }

  it("a view the user has moved is kept when boxes stay on screen", async () => {
    const page = await open();
    await box(page, "Head of Product").click();
    await panel(page).waitFor();
    await page.keyboard.press("Escape");
    await panel(page).waitFor({ state: "detached" });
    // Wait for the pane to take the panel's room back, then note the view.
    await page.waitForFunction(
      () => document.querySelector(".react-flow")!.getBoundingClientRect().width > 1300,
    );
    const before = await viewportOf(page);
    const own = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLOptionElement>("select option")]
        .map((o) => o.textContent ?? "")
        .find((t) => t.startsWith("Treasury Board")),
    );
    await organization(page).selectOption({ label: own! });
    await settled(page);
    await page.waitForFunction(
      () => document.querySelectorAll(".react-flow__node-org").length === 1,
    );
    assert.equal(await viewportOf(page), before, "the view did not jump");
    assert.ok((await boxesInPane(page)).inside > 0);
    await page.close();
  });
});

describe("closing the panel ends the selection", () => {
  for (const how of ["Escape", "the close button"]) {
    it(`${how}: no greyed box, no selected= in the URL, focus back on the box`, async () => {
      const page = await open();
      await box(page, "Executive Director, Service").click();
      await panel(page).waitFor();
      await page.waitForFunction(() => location.search.includes("selected="));
      assert.ok((await page.locator(".box--dim").count()) > 0, "others greyed while selected");
      if (how === "Escape") await page.keyboard.press("Escape");
      else await panel(page).getByRole("button", { name: "Close details" }).click();
      await panel(page).waitFor({ state: "detached" });
      await page.waitForFunction(() => !location.search.includes("selected="));
      assert.equal(await page.locator(".box--dim").count(), 0);
      assert.equal(await page.locator(".box--selected, .box--chain, .box--report").count(), 0);
      await page.waitForFunction(
        () =>
          document.activeElement?.closest(".react-flow__node")?.getAttribute("data-id") ===
          document
            .querySelector(".react-flow__node-position[tabindex='0']")
            ?.getAttribute("data-id"),
      );
      const focused = await page.evaluate(
        () => document.activeElement?.closest(".react-flow__node")?.textContent ?? "",
      );
      assert.match(focused, /Executive Director, Service/);
      await page.close();
    });
  }

  it("Escape after moving with the arrow keys ends the highlight too", async () => {
    const page = await open();
    await box(page, "Chief Executive Officer").click();
    await panel(page).waitFor();
    await page.keyboard.press("Escape");
    await panel(page).waitFor({ state: "detached" });
    await page.keyboard.press("ArrowDown");
    await page.locator(".box--selected").waitFor();
    assert.ok((await page.locator(".box--dim").count()) > 0);
    await page.keyboard.press("Escape");
    await page.locator(".box--selected").waitFor({ state: "detached" });
    assert.equal(await page.locator(".box--dim").count(), 0);
    await page.close();
  });
});

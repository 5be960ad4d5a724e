import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { buildIndex } from "../../src/core/graph/indexes.ts";
import { stepBoxes } from "../../src/core/graph/presentation-layout.ts";
import { readingOrder } from "../../src/core/graph/presentation.ts";
import { chartReady, expandAll, ROOT, serveBuiltApp } from "./server.ts";
import { settleAfter, settledNow } from "./settled.ts";

const SHOTS = path.join(ROOT, "test-output", "screenshots");
const app = serveBuiltApp({ outputs: [SHOTS] });

async function present(motion: "reduce" | "no-preference", lang = ""): Promise<Page> {
  const page = await app.browser.newPage({
    viewport: { width: 1366, height: 768 },
    reducedMotion: motion,
  });
  page.on("pageerror", (e) => console.error("pageerror:", e.message));
  await page.addInitScript(GLIDES);
  await page.goto(app.preview.url + lang);
  await chartReady(page);
  await page.waitForFunction(() => document.querySelector(".chart[data-pending=false]"));
  // The seeds open on their top levels; these scenarios start from the whole chart.
  await expandAll(page, lang.includes("fr") ? "Tout déplier" : "Expand all");
  await page.keyboard.press("f");
  await page.locator(".present-caption").waitFor();
  return page;
}

/**
 * What is wrong with the step on screen (nothing when it is framed): each of `ids` drawn, inside
 * the screen and above the caption, its title at 14 px or more; no other box drawn.
 */
function framingProblems(page: Page, ids: string[]): Promise<string[]> {
  return page.evaluate((expected) => {
    const out: string[] = [];
    const bar = document.querySelector(".present-caption")!.getBoundingClientRect();
    const zoom = new DOMMatrix(
      getComputedStyle(document.querySelector(".react-flow__viewport")!).transform,
    ).a;
    const drawn = [...document.querySelectorAll<HTMLElement>(".react-flow__node-position")];
    if (drawn.length !== expected.length) out.push(`${drawn.length} boxes drawn`);
    for (const id of expected) {
      const el = drawn.find((d) => d.dataset.id === id);
      if (!el) {
        out.push(`${id} not drawn`);
        continue;
      }
      const r = el.getBoundingClientRect();
      if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > bar.top)
        out.push(`${id} outside`);
      const title = el.querySelector(".box__title")!;
      const px = parseFloat(getComputedStyle(title).fontSize) * zoom;
      if (px < 14) out.push(`${id} title ${px.toFixed(1)} px`);
    }
    return out;
  }, ids);
}

/**
 * Notes which boxes start a transform transition (a glide), before the app's own listener
 * (useQuietTransitions) stops those events: registered first, on the window, capturing.
 */
const GLIDES = `
  window.__glides = new Set();
  addEventListener("transitionrun", (e) => {
    const node = e.target.closest && e.target.closest(".react-flow__node-position");
    if (node && e.propertyName === "transform") window.__glides.add(node.dataset.id);
  }, true);`;

/** Samples, each frame, the viewport's zoom and each box's place into window.__frames. */
const SAMPLER = `
  window.__frames = [];
  (function sample() {
    const at = {};
    for (const el of document.querySelectorAll(".react-flow__node-position")) {
      const r = el.getBoundingClientRect();
      at[el.dataset.id] = [r.x, r.y];
    }
    const m = new DOMMatrix(getComputedStyle(document.querySelector(".react-flow__viewport")).transform);
    window.__frames.push({ zoom: m.a, at });
    if (window.__frames.length < 400) requestAnimationFrame(sample);
  })();`;

describe("presentation frames each step", () => {
  it("every step shows its position, chain and all direct reports above the caption, titles at 14 px or more (1366 x 768)", async () => {
    const page = await present("reduce");
    const ix = buildIndex(app.graph);
    const order = readingOrder(ix, { collapsed: new Set(), organization: null });
    for (const [n, id] of order.entries()) {
      const step = stepBoxes(ix, id);
      const ids = [...step.chain, id, ...step.reports];
      await page.waitForFunction(
        (want) => document.querySelector(".present-caption__count")?.textContent === want,
        `${n + 1} of ${order.length}`,
      );
      try {
        await page.waitForFunction(
          (expected) => {
            const bar = document.querySelector(".present-caption")!.getBoundingClientRect();
            const drawn = [...document.querySelectorAll<HTMLElement>(".react-flow__node-position")];
            return (
              drawn.length === expected.length &&
              expected.every((want) => {
                const el = drawn.find((d) => d.dataset.id === want);
                const r = el?.getBoundingClientRect();
                return (
                  !!r && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= bar.top
                );
              })
            );
          },
          ids,
          { timeout: 5_000 },
        );
      } catch {
        // The reason, rather than a bare timeout.
      }
      assert.deepEqual(
        await framingProblems(page, ids),
        [],
        `step ${n + 1}: ${ix.byId.get(id)?.title}`,
      );
      if (n === 0) await page.screenshot({ path: path.join(SHOTS, "present-step-1.png") });
      if (step.chain.length > 0 && step.reports.length > 0)
        await page.screenshot({ path: path.join(SHOTS, `present-step-${n + 1}.png`) });
      await page.keyboard.press("PageDown");
    }
    await page.close();
  });

  it("steps glide: one zoom throughout, every box that stays moves by a transition", async () => {
    const page = await present("no-preference");
    const zoomNow = () =>
      page.evaluate(
        () =>
          new DOMMatrix(
            getComputedStyle(document.querySelector(".react-flow__viewport")!).transform,
          ).a,
      );
    const places = () =>
      page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>(".react-flow__node-position")].map((el) => [
            el.dataset.id!,
            el.style.transform,
          ]),
        ),
      );
    // Record, every frame, the zoom (and where each box is), while stepping forward.
    await page.evaluate(SAMPLER);
    await settledNow(page);
    await page.evaluate("window.__frames = []");
    const start = await zoomNow();
    let moved = 0;
    for (const n of [2, 3, 4, 5]) {
      const before = await places();
      await page.evaluate("window.__glides.clear()");
      await settleAfter(page, async () => {
        await page.keyboard.press("PageDown");
        await page.waitForFunction(
          (want) =>
            document.querySelector(".present-caption__count")?.textContent?.startsWith(want),
          `${n} of`,
        );
      });
      const after = await places();
      const glided = new Set((await page.evaluate("[...window.__glides]")) as string[]);
      for (const [id, place] of Object.entries(after)) {
        if (before[id] === undefined || before[id] === place) continue;
        moved += 1;
        assert.ok(glided.has(id), `step ${n}: ${id} glided to its new place`);
      }
    }
    assert.ok(moved > 0, "some boxes stayed from one step to the next and moved");
    const frames = await page.evaluate(
      () => (window as unknown as { __frames: Array<{ zoom: number }> }).__frames,
    );
    await page.screenshot({ path: path.join(SHOTS, "present-glide-end.png") });
    const zooms = new Set(frames.map((f) => f.zoom.toFixed(3)));
    assert.deepEqual([...zooms], [start.toFixed(3)], "the zoom never changed between these steps");
    await page.close();
  });

  it("a click on a box steps there; Escape brings the chart back", async () => {
    const page = await present("reduce", "?lang=fr");
    const before = await page.locator(".present-caption__count").textContent();
    assert.match(before ?? "", /^1 sur \d+/);
    await page
      .locator(".react-flow__node-position", { hasText: "Executive Director, Service" })
      .click();
    await page.waitForFunction(
      () =>
        document.querySelector(".present-caption__title")?.textContent ===
        "Executive Director, Service",
    );
    await page.screenshot({ path: path.join(SHOTS, "present-fr-click.png") });
    await page.keyboard.press("Escape");
    await page.locator(".present-caption").waitFor({ state: "detached" });
    await page.waitForFunction(
      (n) => document.querySelectorAll(".react-flow__node-position").length === n,
      app.graph.nodes.length,
    );
    await page.close();
  });
});

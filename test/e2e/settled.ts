import type { Page } from "playwright-core";

/**
 * How many times the chart has come to rest: the app counts them in `.chart[data-settled-count]`
 * (src/chart/useSettledMarker.ts: layout in, camera still, no box gliding).
 */
export function settles(page: Page): Promise<number> {
  return page.evaluate(() =>
    Number(document.querySelector<HTMLElement>(".chart")?.dataset.settledCount ?? 0),
  );
}

/** Waits until the chart has come to rest again since it had `before` times. */
export async function settledAfter(page: Page, before: number, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const chart = document.querySelector<HTMLElement>(".chart");
      return chart?.dataset.settled === "true" && Number(chart.dataset.settledCount) > n;
    },
    before,
    { timeout },
  );
}

/** Does `action`, then waits until the view it moves (or lays out anew) has come to rest. */
export async function settleAfter(
  page: Page,
  action: () => Promise<unknown>,
  timeout = 15_000,
): Promise<void> {
  const before = await settles(page);
  await action();
  await settledAfter(page, before, timeout);
}

/** Waits until the chart is at rest now (no move under way, whether or not one happened). */
export async function settledNow(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>(".chart")?.dataset.settled === "true",
    null,
    { timeout },
  );
}

/** Waits until no CSS transition or finite animation runs in the page (a theme's colours). */
export async function transitionsDone(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Infinity,
        ),
    null,
    { timeout },
  );
}

import type { Page } from "playwright-core";

// What bench:chart installs in, or waits for in, the pages it times: small and free of the
// harness's own code, so the measured frames hold nothing but the page's work.

export const APP_BOX = ".react-flow__node-position";

/** Installed before a page's scripts: every long task, as [start, duration]. */
export const LONGTASKS = `
  window.__longtasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]); })
    .observe({ type: "longtask", buffered: true });`;

/**
 * Installed before a page's scripts: `window.__drawn` is the time of the first animation frame in
 * which `want` boxes matching `selector` are in the document and fully shown. With `counted`, the
 * page says how many boxes its view holds (the app draws only those on screen past a few
 * hundred): that element must say `want`, and every box drawn must be shown.
 */
export function frameWatcher(selector: string, want: number, counted?: string): string {
  const complete = counted
    ? `boxes.length > 0 && document.querySelector(${JSON.stringify(counted)})`
    : `boxes.length === ${want}`;
  return `
  window.__drawn = null;
  (function watch() {
    const boxes = document.querySelectorAll(${JSON.stringify(selector)});
    const shown = (b) => { const s = getComputedStyle(b); return !b.__transition && s.opacity === "1" && s.visibility !== "hidden"; };
    if (${complete} && Array.prototype.every.call(boxes, shown)) window.__drawn = performance.now();
    else requestAnimationFrame(watch);
  })();`;
}

export async function waitForDrawn(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as { __drawn: number | null }).__drawn ?? false,
    null,
    { timeout: 120_000, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

export async function waitForBoxes(page: Page, n: number): Promise<number> {
  const handle = await page.waitForFunction(
    ({ want, box }) => {
      // Past a few hundred boxes the app draws only those on screen: the chart says how many
      // the view holds, and at least one of them must be drawn.
      const chart = document.querySelector(`.chart[data-pending=false][data-boxes="${want}"]`);
      return chart && document.querySelector(box) ? performance.now() : false;
    },
    { want: n, box: APP_BOX },
    { timeout: 120_000, polling: "raf" },
  );
  return (await handle.jsonValue()) as number;
}

export const mark = (page: Page, name: string, timeout = 120_000) =>
  page
    .waitForFunction((n) => performance.getEntriesByName(n)[0]?.startTime ?? false, name, {
      timeout,
    })
    .then((h) => h.jsonValue() as Promise<number>);

/**
 * Types `query` into the search box one key at a time and returns, for each keystroke, the time
 * until the list shows that query's results. A string: tsx's helpers must not reach the page.
 */
export const KEYSTROKES = `async (query) => {
  const input = document.querySelector('input[role="combobox"]');
  const list = document.getElementById(input.getAttribute("aria-controls"));
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  input.focus();
  const times = [];
  for (let i = 1; i <= query.length; i++) {
    const q = query.slice(0, i);
    if (q.endsWith(" ")) continue;
    const t0 = performance.now();
    setValue.call(input, q);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((resolve) => {
      (function check() {
        if (list.dataset.resultsFor === q.trim()) resolve();
        else requestAnimationFrame(check);
      })();
    });
    times.push(performance.now() - t0);
  }
  return times;
}`;

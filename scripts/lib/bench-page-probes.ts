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
 * The page's own signals, as console messages ("bench:drawn 123.4", "bench:mark name 456.7"):
 * the harness listens to them rather than poll the page. Polling with Playwright's
 * waitForFunction injects its script bundle into the page (about 40 ms of this machine's main
 * thread), in the very frames being timed.
 */
const SIGNAL = "bench:";

/**
 * Installed before a page's scripts: signals the time of the first animation frame in which
 * `want` boxes matching `selector` are in the document and fully shown. With `counted`, the page
 * says how many boxes its view holds (the app draws only those on screen past a few hundred):
 * that element must say `want`, and every box drawn must be shown.
 */
export function frameWatcher(selector: string, want: number, counted?: string): string {
  const complete = counted
    ? `boxes.length > 0 && document.querySelector(${JSON.stringify(counted)})`
    : `boxes.length === ${want}`;
  return `
  (function watch() {
    const boxes = document.querySelectorAll(${JSON.stringify(selector)});
    const shown = (b) => { const s = getComputedStyle(b); return !b.__transition && s.opacity === "1" && s.visibility !== "hidden"; };
    if (${complete} && Array.prototype.every.call(boxes, shown)) console.debug("${SIGNAL}drawn " + performance.now());
    else requestAnimationFrame(watch);
  })();`;
}

/** Installed before a page's scripts: signals every performance mark the page makes. */
export const MARKS = `
  new PerformanceObserver((list) => { for (const e of list.getEntries()) console.debug("${SIGNAL}mark " + e.name + " " + e.startTime); })
    .observe({ type: "mark", buffered: true });`;

export interface PageSignals {
  /** The time the frame watcher saw every box drawn (ms from navigation). */
  drawn: () => Promise<number>;
  /** The time of the page's first performance mark of this name (ms from navigation). */
  mark: (name: string) => Promise<number>;
}

/** Listens to a page's signals: call before navigating, with frameWatcher and MARKS installed. */
export function pageSignals(page: Page, timeout = 120_000): PageSignals {
  const seen = new Map<string, number>();
  const waiting = new Map<string, (t: number) => void>();
  page.on("console", (message) => {
    const text = message.text();
    if (!text.startsWith(SIGNAL)) return;
    const at = text.lastIndexOf(" ");
    const name = text.slice(SIGNAL.length, at);
    const time = Number(text.slice(at + 1));
    if (seen.has(name)) return;
    seen.set(name, time);
    waiting.get(name)?.(time);
  });
  const signal = (name: string) =>
    new Promise<number>((resolve, reject) => {
      const known = seen.get(name);
      if (known !== undefined) return resolve(known);
      const timer = setTimeout(() => reject(new Error(`no "${name}" from the page`)), timeout);
      waiting.set(name, (t) => {
        clearTimeout(timer);
        resolve(t);
      });
    });
  return { drawn: () => signal("drawn"), mark: (name) => signal(`mark ${name}`) };
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

/**
 * Keeps, from the page's next Enter key, the time until the panel is shown and until its
 * position's details (facts' sources) are in: `window.__panel = [shown, sourcesIn]`.
 */
export const WATCH_PANEL = `addEventListener("keydown", (e) => {
  if (e.key !== "Enter") return;
  const t0 = e.timeStamp;
  let shown = null;
  (function check() {
    if (shown === null && document.querySelector("aside.panel")) shown = performance.now() - t0;
    if (document.querySelector("aside.panel .panel__status")) window.__panel = [shown, performance.now() - t0];
    else requestAnimationFrame(check);
  })();
}, { capture: true, once: true })`;

/** Keeps the time of the page's next click, as the event gives it. */
export const RECORD_CLICK = `addEventListener("click", (e) => { window.__clicked = e.timeStamp; }, { capture: true, once: true })`;

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

/**
 * Chart benchmark. For about 1,000, 10,000 and 100,000 positions it writes generated job
 * descriptions of real length (5-15 KB each), builds the app on them as `npm run build` does
 * (graph.json, document texts, layout.json, prerendered first view), serves the build and a
 * d3-org-chart page from bare static servers, and in headless Chromium measures, run after run:
 *
 * - the time from navigation to a drawn chart: the first frame in which every box of the default
 *   view is in the page and shown; the same frame watcher times d3-org-chart, which draws exactly
 *   those boxes from a JSON file of its own, in its fastest configuration (`duration(0)`: no
 *   fly-in, no fade);
 * - the time to interactive (the chart's effects have run) and the JS heap after start-up;
 * - opening the closed box with the most reports (at 100,000 a manager with 500 reports is added)
 *   and the longest main-thread task meanwhile;
 * - the first panel opened with Enter: until it is shown, and until its position's details are in;
 * - when the search index is ready, and the time from each keystroke of a query to its results;
 * - at 1,000 positions (BENCH_FIRST_VIEW_SIZES), the same build without the prerendered first view.
 *
 * The pages report their own times (bench-page-probes.ts): nothing of the harness runs in them
 * while they load. Prints medians and each figure's spread (min-max over the runs).
 *
 *   npm run bench:chart        (BENCH_SIZES=1000,10000,100000 BENCH_RUNS=5)
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { ROOT, launchChromium } from "../test/e2e/server.ts";
import { D3_BOX, startD3Server } from "./bench-chart-d3.ts";
import {
  APP_BOX,
  KEYSTROKES,
  LONGTASKS,
  MARKS,
  RECORD_CLICK,
  WATCH_PANEL,
  frameWatcher,
  pageSignals,
  waitForBoxes,
} from "./lib/bench-page-probes.ts";
import { buildOrg, type Org } from "./lib/bench-chart-org.ts";
import { startStaticServer } from "./lib/static-server.ts";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const FIRST_VIEW_SIZES = (process.env.BENCH_FIRST_VIEW_SIZES ?? "1000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const OUT = path.join(ROOT, "test-output", "bench");
const QUERY = "director pol";

const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor(s.length / 2)]!;
};
/** "412 (380-455)": the median and the spread over the runs. */
const fig = (xs: number[], digits = 0) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return "–";
  return `${median(s).toFixed(digits)} (${s[0]!.toFixed(digits)}-${s.at(-1)!.toFixed(digits)})`;
};

interface AppRun {
  drawn: number;
  interactive: number;
  heapMb: number;
  open: number;
  openLongest: number;
  searchReady: number;
  keystroke: number[];
  /** The same, from before Playwright's click call (its checks included). */
  openFromCall: number;
  /** A panel opened on the first box with Enter: until it is shown, until its details (facts'
   * sources) are in. */
  panelShown: number;
  panel: number;
  panelLongest: number;
}

/** The page's long tasks that started between two times, the longest (0 when none). */
async function longestTask(page: Page, t0: number, t1: number): Promise<number> {
  const tasks = (await page.evaluate(
    () => (window as unknown as { __longtasks: number[][] }).__longtasks,
  )) as number[][];
  return Math.max(0, ...tasks.filter(([s]) => s! >= t0 && s! <= t1).map(([, d]) => d!));
}

async function benchApp(browser: Browser, url: string, org: Org, full: boolean): Promise<AppRun> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.addInitScript(LONGTASKS);
  await page.addInitScript(MARKS);
  await page.addInitScript(
    frameWatcher(APP_BOX, org.visible, `.chart[data-boxes="${org.visible}"]`),
  );
  const signals = pageSignals(page);
  await page.goto(url, { waitUntil: "commit" });
  const drawn = await signals.drawn();
  const interactive = await signals.mark("atlas:chart-committed");
  const run: AppRun = {
    drawn,
    interactive,
    heapMb: NaN,
    open: NaN,
    openLongest: NaN,
    searchReady: NaN,
    keystroke: [],
    panelShown: NaN,
    panel: NaN,
    panelLongest: NaN,
    openFromCall: NaN,
  };
  if (!full) {
    await page.close();
    return run;
  }
  run.searchReady = await signals.mark("atlas:search-ready");
  await waitForBoxes(page, org.visible);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  run.heapMb = ((await cdp.send("Runtime.getHeapUsage")) as { usedSize: number }).usedSize / 1e6;
  if (org.open) {
    // Titles repeat (a generic manager in several organizations): the count tells them apart.
    const hidden = org.open.hidden.toLocaleString("en-CA");
    const button = page
      .getByRole("button", { name: `Show ${hidden} hidden under ${org.open.title}`, exact: true })
      .first();
    await button.scrollIntoViewIfNeeded();
    await page.evaluate(RECORD_CLICK);
    const t0 = await page.evaluate(() => performance.now());
    await button.click();
    const t1 = await waitForBoxes(page, org.open.after);
    // Timed from the click as the page received it: Playwright's checks before it (~30 ms:
    // scrolling, hit tests, waiting for the button to be still) are no part of opening a box.
    const clicked = await page.evaluate(
      () => (window as unknown as { __clicked: number }).__clicked,
    );
    run.open = t1 - clicked;
    run.openFromCall = t1 - t0;
    run.openLongest = await longestTask(page, t0, t1);
  }
  // The first panel reads the details files (documents, then its position's chunk). Timed in the
  // page, frame by frame from the key's event: Playwright's own waiting polls at growing intervals
  // (up to 500 ms apart).
  await page.locator(".react-flow__node-position").first().focus();
  await page.evaluate(WATCH_PANEL);
  const p0 = await page.evaluate(() => performance.now());
  await page.keyboard.press("Enter");
  const panel = (await (
    await page.waitForFunction(() => (window as unknown as { __panel?: number[] }).__panel, null, {
      timeout: 60_000,
      polling: "raf",
    })
  ).jsonValue()) as number[];
  run.panelShown = panel[0]!;
  run.panel = panel[1]!;
  run.panelLongest = await longestTask(page, p0, p0 + panel[1]! + 50);
  await page.keyboard.press("Escape");
  run.keystroke = (await page.evaluate(`(${KEYSTROKES})(${JSON.stringify(QUERY)})`)) as number[];
  await page.close();
  return run;
}

async function benchD3(browser: Browser, url: string, boxes: number) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.addInitScript(frameWatcher(D3_BOX, boxes));
  const signals = pageSignals(page);
  await page.goto(url, { waitUntil: "commit" });
  const drawn = await signals.drawn();
  await page.close();
  return drawn;
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const bundle = path.join(OUT, "dist");
  console.log("Building the app…");
  execFileSync(
    path.join(ROOT, "node_modules", ".bin", "vite"),
    ["build", "--outDir", bundle, "--emptyOutDir"],
    {
      cwd: ROOT,
      stdio: "ignore",
    },
  );
  fs.rmSync(path.join(bundle, "documents"), { recursive: true, force: true });
  const d3 = await startD3Server();
  const browser = await launchChromium();
  const drawnRows: string[][] = [];
  const scaleRows: string[][] = [];
  try {
    for (const size of SIZES) {
      const org = await buildOrg(bundle, size, {
        out: OUT,
        wide: size === Math.max(...SIZES) && size >= 10_000,
        plainCopy: FIRST_VIEW_SIZES.includes(size),
      });
      const d3Boxes = (JSON.parse(org.d3Rows) as { rows: unknown[] }).rows.length;
      d3.setRows(org.d3Rows);
      const app = await startStaticServer({ "/": org.withFirstView });
      const plain = org.withoutFirstView
        ? await startStaticServer({ "/": org.withoutFirstView })
        : null;
      const runs: AppRun[] = [];
      const plainRuns: AppRun[] = [];
      const d3Runs: number[] = [];
      try {
        for (let r = 0; r < RUNS; r++) {
          // Interleaved, so a change in the machine's load touches every page alike.
          runs.push(await benchApp(browser, app.url, org, true));
          if (plain) plainRuns.push(await benchApp(browser, plain.url, org, false));
          d3Runs.push(await benchD3(browser, d3.url, d3Boxes));
        }
      } finally {
        app.stop();
        plain?.stop();
      }
      const ratios = runs.map((a, i) => a.drawn / d3Runs[i]!);
      drawnRows.push([
        org.label,
        `${org.visible} / ${d3Boxes}`,
        fig(runs.map((a) => a.drawn)),
        fig(runs.map((a) => a.interactive)),
        fig(d3Runs),
        fig(ratios, 2),
        plain ? fig(plainRuns.map((a) => a.drawn)) : "–",
        plain ? fig(plainRuns.map((a) => a.interactive)) : "–",
      ]);
      scaleRows.push([
        org.label,
        `${(org.graphBytes / 1e6).toFixed(1)} / ${(org.graphGzip / 1e6).toFixed(1)}`,
        fig(runs.map((a) => a.heapMb)),
        org.open
          ? `${org.open.reports}: ${fig(runs.map((a) => a.open))}; ${fig(runs.map((a) => a.openFromCall))}`
          : "–",
        fig(runs.map((a) => a.openLongest)),
        fig(runs.map((a) => a.searchReady)),
        fig(
          runs.map((a) => median(a.keystroke)),
          1,
        ),
        fig(
          runs.map((a) => Math.max(...a.keystroke)),
          1,
        ),
        `${(org.detailsBytes / 1e6).toFixed(1)}`,
        `${fig(runs.map((a) => a.panelShown))}; ${fig(runs.map((a) => a.panel))}; ${fig(runs.map((a) => a.panelLongest))}`,
      ]);
      console.log(`measured ${org.label}: app/d3 drawn ${fig(ratios, 2)}`);
    }
  } finally {
    await browser.close();
    d3.stop();
  }
  const table = (header: string[], rows: string[][]) =>
    [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
  const drawn = table(
    [
      "positions",
      "boxes (app / d3)",
      "app: drawn (ms)",
      "app: interactive (ms)",
      "d3-org-chart, duration(0): drawn (ms)",
      "app / d3 (drawn)",
      "without first view: drawn (ms)",
      "without first view: interactive (ms)",
    ],
    drawnRows,
  );
  const scale = table(
    [
      "positions",
      "graph.json MB (raw / gzip)",
      "JS heap after start-up (MB)",
      "open the widest closed box: reports: ms from the click; from before Playwright's click",
      "longest task while opening (ms)",
      "search index ready (ms from navigation)",
      `search: median ms per keystroke ("${QUERY}")`,
      "search: slowest keystroke (ms)",
      "details files MB (read on demand)",
      "first panel (Enter): shown (ms); its sources in (ms); longest task (ms)",
    ],
    scaleRows,
  );
  const out = `Medians of ${RUNS} runs (min-max), headless Chromium at 1366x768, ms from navigation:\n\n${drawn}\n\n${scale}\n`;
  console.log(`\n${out}`);
  fs.writeFileSync(path.join(OUT, "results.md"), out);
}

await main();

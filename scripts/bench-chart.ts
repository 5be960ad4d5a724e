/**
 * Chart benchmark: builds the app for the seeds' graph (public/graph.json with its layout.json,
 * as built by the prebuild) and for generated orgs of 100, 1,000 and 10,000 positions (the
 * bundle once; per org its graph.json, layout.json and prerendered index.html, as `npm run build`
 * makes them), serves each build and the d3-org-chart page from bare static servers (no
 * compression: neither page is helped by its server), and in headless Chromium measures the time
 * to a drawn chart, the time until the app is interactive (hydrated, its chart's effects run),
 * the time to re-layout after collapsing and expanding the largest top box (layout.json has
 * those views) and after closing two boxes under it (the second needs ELK's worker), and the
 * longest main-thread task during those re-layouts; then draws the same org with d3-org-chart
 * 3.1.1 in a plain page. Prints medians of RUNS runs.
 *
 * "Drawn" is timed the same way on both pages, by a frame watcher installed before the page's
 * own scripts: the first animation frame in which all the expected boxes are in the document and
 * fully shown (opacity 1, not hidden, not still in an entry transition). d3-org-chart fades its
 * boxes in while they fly out from the root over 400 ms, so the table also gives the frame its
 * boxes were inserted in, as the app's first version of this benchmark measured it.
 *
 *   npm run bench:chart
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { GraphIndex } from "../src/core/graph/indexes.ts";
import { buildIndex } from "../src/core/graph/indexes.ts";
import { collapsedBeyondLevel, defaultLevels, visibleNodes } from "../src/core/graph/queries.ts";
import type { OrgGraph } from "../src/core/graph/model.ts";
import { encodeGraph } from "../src/core/graph/graph-file.ts";
import { readGraphJson } from "./lib/read-graph.ts";
import { syntheticOrg } from "../src/core/graph/synthetic.ts";
import { ROOT, launchChromium } from "../test/e2e/server.ts";
import { D3_BOX, startD3Server } from "./bench-chart-d3.ts";
import { startStaticServer } from "./lib/static-server.ts";
import { buildLayouts } from "./build-layout.ts";
import { prerender } from "./prerender.ts";

const SIZES = (process.env.BENCH_SIZES ?? "100,1000,10000").split(",").map(Number);
// Nine runs: on a shared machine five left the 1,000-position ratio anywhere in 0.49-0.62.
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const OUT = path.join(ROOT, "test-output", "bench");
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

const LONGTASKS = `
  window.__longtasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]); })
    .observe({ type: "longtask", buffered: true });`;

/**
 * Installed before the page's scripts: records in `window.__drawn` the time of the first
 * animation frame in which `want` boxes matching `selector` are in the document and fully shown:
 * opacity 1, not hidden, no transition still moving or fading them.
 * The same watcher times both pages, so neither side pays for the harness's polling latency.
 */
function frameWatcher(selector: string, want: number): string {
  return `
  window.__drawn = null;
  (function watch() {
    const boxes = document.querySelectorAll(${JSON.stringify(selector)});
    // d3 keeps __transition on an element until its transitions end (the fade-in and fly-out).
    const shown = (b) => { const s = getComputedStyle(b); return !b.__transition && s.opacity === "1" && s.visibility !== "hidden"; };
    if (boxes.length === ${want} && Array.prototype.every.call(boxes, shown)) window.__drawn = performance.now();
    else requestAnimationFrame(watch);
  })();`;
}

/**
 * The in-page watcher's time. Polled every 50 ms, not every frame: the harness should not add
 * work to the frames it measures (the watcher itself already records the exact frame).
 */
async function waitForDrawn(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as { __drawn: number | null }).__drawn ?? false,
    null,
    { timeout: 120_000, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

const APP_BOX = ".react-flow__node-position";

async function waitForBoxes(page: Page, n: number): Promise<number> {
  const handle = await page.waitForFunction(
    ({ want, box }) => {
      const busy = document.querySelector("[aria-busy=true], .chart[data-pending=true]");
      const count = document.querySelectorAll(box).length;
      return !busy && count === want ? performance.now() : false;
    },
    { want: n, box: APP_BOX },
    { timeout: 60_000, polling: "raf" },
  );
  return (await handle.jsonValue()) as number;
}

/** One org to measure: what the app is given, what it should show, and the box to toggle. */
interface Case {
  label: string;
  /** The org's graph.json; null for the seeds, whose build already holds theirs. */
  graphJson: string | null;
  visible: number;
  toggleTitle: string;
  /** Boxes left after collapsing the toggled box. */
  afterCollapse: number;
  /**
   * Two open boxes under the toggled one, closed one after the other: layout.json holds the
   * default view with any one box toggled, so the second needs ELK's worker. Null when the org
   * has no two such boxes.
   */
  elkToggles: { first: string; second: string; afterFirst: number; afterBoth: number } | null;
  /** d3-org-chart's input, or null when it cannot draw this org (several top boxes). */
  d3Rows: string | null;
}

function caseFor(label: string, graph: OrgGraph, graphJson: string | null): Case {
  const ix = buildIndex(graph);
  const levels = defaultLevels(ix);
  const collapsed = levels === null ? new Set<string>() : collapsedBeyondLevel(ix, levels);
  const view = { collapsed, organization: null };
  const visible = visibleNodes(ix, view).length;
  const root = largestRoot(ix);
  const afterCollapse = visibleNodes(ix, { ...view, collapsed: new Set([...collapsed, root]) });
  const open = (ix.childrenOf.get(root) ?? []).filter(
    (id) => !collapsed.has(id) && (ix.childrenOf.get(id)?.length ?? 0) > 0,
  );
  const without = (...ids: string[]) =>
    visibleNodes(ix, { ...view, collapsed: new Set([...collapsed, ...ids]) }).length;
  return {
    label,
    graphJson,
    visible,
    toggleTitle: ix.byId.get(root)!.title,
    afterCollapse: afterCollapse.length,
    elkToggles:
      open.length < 2
        ? null
        : {
            first: ix.byId.get(open[0]!)!.title,
            second: ix.byId.get(open[1]!)!.title,
            afterFirst: without(open[0]!),
            afterBoth: without(open[0]!, open[1]!),
          },
    d3Rows:
      ix.roots.length !== 1
        ? null
        : JSON.stringify({
            levels: levels === null ? 99 : Math.max(1, levels - 1),
            rows: graph.nodes.map((n) => ({
              id: n.id,
              parentId: ix.managerOf.get(n.id) ?? "",
              title: n.title,
            })),
          }),
  };
}

function largestRoot(ix: GraphIndex): string {
  const count = (id: string) => ix.descendantsCount.get(id) ?? 0;
  return ix.roots.reduce((best, id) => (count(id) > count(best) ? id : best));
}

async function benchApp(browser: Browser, baseUrl: string, c: Case) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.addInitScript(LONGTASKS);
  await page.addInitScript(frameWatcher(APP_BOX, c.visible));
  if (process.env.BENCH_REDUCED_MOTION) await page.emulateMedia({ reducedMotion: "reduce" });
  // Navigation returns at once: waiting for "load" would inject the harness's script while the
  // page is still starting. Both pages are opened this way.
  await page.goto(baseUrl, { waitUntil: "commit" });
  // First paint (the prebuild's layout, or the instant tree layout); then ELK's layout.
  const drawn = await waitForDrawn(page);
  await waitForBoxes(page, c.visible);
  const interactive = await page
    .waitForFunction(() => performance.getEntriesByName("atlas:chart-committed")[0]?.startTime)
    .then((h) => h.jsonValue() as Promise<number>);
  const t0 = await page.evaluate(() => performance.now());
  await page.getByRole("button", { name: `Hide reports of ${c.toggleTitle}` }).click();
  const collapsedAt = await waitForBoxes(page, c.afterCollapse);
  const t1 = await page.evaluate(() => performance.now());
  await page
    .getByRole("button", { name: new RegExp(`^Show [\\d,]+ hidden under ${c.toggleTitle}$`) })
    .click();
  const expandedAt = await waitForBoxes(page, c.visible);
  let elk = NaN;
  let elkFrom = Infinity;
  if (c.elkToggles) {
    // layout-sync starts ELK's worker ~2 s after the first view; a reader's second click
    // usually comes later than that.
    await page.waitForTimeout(2500);
    const hide = (title: string) =>
      page.getByRole("button", { name: `Hide reports of ${title}` }).click();
    await hide(c.elkToggles.first);
    await waitForBoxes(page, c.elkToggles.afterFirst);
    elkFrom = await page.evaluate(() => performance.now());
    await hide(c.elkToggles.second);
    elk = (await waitForBoxes(page, c.elkToggles.afterBoth)) - elkFrom;
  }
  await page.waitForTimeout(100);
  const tasks = (await page.evaluate(
    () => (window as unknown as { __longtasks: number[][] }).__longtasks,
  )) as number[][];
  // Only the tasks that start while a re-layout is under way (the wait in between has the app's
  // idle-time loading of the panel's code and ELK's worker).
  const during = tasks
    .filter(([start]) => start! >= t0 && (start! <= expandedAt || start! >= elkFrom))
    .map(([, d]) => d!);
  const result = {
    drawn,
    interactive,
    collapse: collapsedAt - t0,
    expand: expandedAt - t1,
    elk,
    longest: during.length > 0 ? Math.max(...during) : 0,
  };
  await page.close();
  return result;
}

async function benchD3(browser: Browser, url: string, visible: number) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.addInitScript(frameWatcher(D3_BOX, visible));
  await page.goto(url, { waitUntil: "commit" });
  const drawn = await waitForDrawn(page);
  const { inserted, count } = await page.evaluate(() => {
    const w = window as unknown as { __inserted: number; __count: number };
    return { inserted: w.__inserted, count: w.__count };
  });
  await page.close();
  return { drawn, inserted, count };
}

async function casesToMeasure(): Promise<Case[]> {
  const cases: Case[] = [];
  const seeds = path.join(ROOT, "public", "graph.json");
  if (fs.existsSync(seeds)) {
    const graph = await readGraphJson(seeds);
    cases.push(caseFor(`seeds (${graph.nodes.length})`, graph, null));
  } else {
    console.log("No public/graph.json (run `npm run graph && npm run layout`): no seeds row.");
  }
  for (const size of SIZES) {
    const graph = syntheticOrg(size, { orgs: 1, fanout: 8 });
    const graphJson = JSON.stringify(encodeGraph(graph));
    fs.writeFileSync(path.join(OUT, `graph-${size}.json`), graphJson);
    cases.push(caseFor(size.toLocaleString("en-CA"), graph, graphJson));
  }
  return cases;
}

/** A copy of the bundle with `c`'s graph, its layouts and its prerendered page. */
async function buildFor(bundle: string, c: Case): Promise<string> {
  const dir = path.join(OUT, `dist-${c.label.replace(/\W+/g, "-")}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(bundle, dir, { recursive: true });
  if (c.graphJson !== null) {
    const graph = path.join(dir, "graph.json");
    fs.writeFileSync(graph, c.graphJson);
    await buildLayouts({ graph, out: path.join(dir, "layout.json") });
  }
  await prerender(dir);
  return dir;
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
  const d3 = await startD3Server();
  const browser = await launchChromium();
  const rows: string[][] = [];
  try {
    for (const c of await casesToMeasure()) {
      const appRuns: Array<Awaited<ReturnType<typeof benchApp>>> = [];
      const d3runs: Array<Awaited<ReturnType<typeof benchD3>>> = [];
      const app = await startStaticServer({ "/": await buildFor(bundle, c) });
      if (c.d3Rows !== null) d3.setRows(c.d3Rows);
      try {
        for (let r = 0; r < RUNS; r++) {
          appRuns.push(await benchApp(browser, app.url, c));
          if (c.d3Rows !== null) d3runs.push(await benchD3(browser, d3.url, c.visible));
        }
      } finally {
        app.stop();
      }
      const appDrawn = median(appRuns.map((a) => a.drawn));
      const d3Drawn = median(d3runs.map((d) => d.drawn));
      const none = "–";
      rows.push([
        c.label,
        `${c.visible} / ${d3runs[0]?.count ?? none}`,
        appDrawn.toFixed(0),
        median(appRuns.map((a) => a.interactive)).toFixed(0),
        median(appRuns.map((a) => a.collapse)).toFixed(0),
        median(appRuns.map((a) => a.expand)).toFixed(0),
        c.elkToggles ? median(appRuns.map((a) => a.elk)).toFixed(0) : none,
        median(appRuns.map((a) => a.longest)).toFixed(0),
        d3runs.length > 0 ? median(d3runs.map((d) => d.inserted)).toFixed(0) : none,
        d3runs.length > 0 ? d3Drawn.toFixed(0) : none,
        d3runs.length > 0 ? (appDrawn / d3Drawn).toFixed(2) : none,
        d3runs.length > 0 ? (median(appRuns.map((a) => a.interactive)) / d3Drawn).toFixed(2) : none,
      ]);
      // The machine's load moves both pages between runs; each run's own ratio shows the spread.
      const ratios = d3runs.map((d, r) => appRuns[r]!.drawn / d.drawn).sort((a, b) => a - b);
      console.log(
        `measured ${c.label}` +
          (ratios.length > 0
            ? `: app/d3 per run, median ${median(ratios).toFixed(2)}, ` +
              `range ${ratios[0]!.toFixed(2)}-${ratios.at(-1)!.toFixed(2)} over ${ratios.length} runs`
            : ""),
      );
    }
  } finally {
    await browser.close();
    d3.stop();
  }
  const header = [
    "positions",
    "boxes drawn (app / d3)",
    "app: to drawn chart (ms)",
    "app: to interactive (ms)",
    "app: collapse re-layout (ms)",
    "app: expand re-layout (ms)",
    "app: re-layout in ELK's worker (ms)",
    "app: longest task in re-layout (ms)",
    "d3-org-chart: boxes inserted, fading in (ms)",
    "d3-org-chart: to drawn chart (ms)",
    "ratio app/d3 (drawn)",
    "ratio app/d3 (interactive)",
  ];
  const table = [header, header.map(() => "---"), ...rows]
    .map((r) => `| ${r.join(" | ")} |`)
    .join("\n");
  console.log(`\nMedians of ${RUNS} runs, headless Chromium, times from navigation start:\n`);
  console.log(table);
  fs.writeFileSync(path.join(OUT, "results.md"), `${table}\n`);
}

await main();

/**
 * Chart benchmark: builds the app once, serves it, and in headless Chromium measures for orgs of
 * 100, 1,000 and 10,000 positions the time to a drawn chart, the time to re-layout after collapsing
 * and expanding the top box, and the longest main-thread task during that re-layout; then draws
 * the same org with d3-org-chart 3.1.1 in a plain page. Prints medians of RUNS runs.
 *
 *   npm run bench:chart
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { buildIndex } from "../src/core/graph/indexes.ts";
import { collapsedBeyondLevel, defaultLevels, visibleNodes } from "../src/core/graph/queries.ts";
import { syntheticOrg } from "../src/core/graph/synthetic.ts";
import { ROOT, freePort, launchChromium, startPreview } from "../test/e2e/server.ts";

const SIZES = [100, 1_000, 10_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const OUT = path.join(ROOT, "test-output", "bench");
const D3_SCRIPTS = [
  "d3-dispatch/dist/d3-dispatch.min.js",
  "d3-selection/dist/d3-selection.min.js",
  "d3-array/dist/d3-array.min.js",
  "d3-hierarchy/dist/d3-hierarchy.min.js",
  "d3-color/dist/d3-color.min.js",
  "d3-interpolate/dist/d3-interpolate.min.js",
  "d3-ease/dist/d3-ease.min.js",
  "d3-timer/dist/d3-timer.min.js",
  "d3-transition/dist/d3-transition.min.js",
  "d3-drag/dist/d3-drag.min.js",
  "d3-zoom/dist/d3-zoom.min.js",
  "d3-path/dist/d3-path.min.js",
  "d3-shape/dist/d3-shape.min.js",
  "d3-flextree/build/d3-flextree.js",
  "d3-org-chart/build/d3-org-chart.js",
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

/** A static server for the d3-org-chart page: the page, the graph rows and d3 from node_modules. */
async function startD3Server(): Promise<{
  url: string;
  setRows: (json: string) => void;
  stop: () => void;
}> {
  let rows = "[]";
  const page = `<!doctype html><html><head><meta charset="utf-8"><style>html,body,#chart{margin:0;height:100%}</style></head>
<body><div id="chart"></div>${D3_SCRIPTS.map((s) => `<script src="/nm/${s}"></script>`).join("")}
<script>
fetch("/rows.json").then(r => r.json()).then(({ rows, levels }) => {
  new d3.OrgChart().container("#chart").data(rows).nodeWidth(() => 240).nodeHeight(() => 92)
    .initialExpandLevel(levels)
    .nodeContent(d => '<div style="border:1px solid #999;height:92px;padding:8px;font:14px sans-serif">' + d.data.title + '</div>')
    .render();
  requestAnimationFrame(() => { window.__drawn = performance.now(); window.__count = document.querySelectorAll("g.node").length; });
});
</script></body></html>`;
  const server = http.createServer((req, res) => {
    const url = req.url ?? "/";
    if (url === "/" || url.startsWith("/?")) {
      res.writeHead(200, { "content-type": "text/html" }).end(page);
    } else if (url === "/rows.json") {
      res.writeHead(200, { "content-type": "application/json" }).end(rows);
    } else if (url.startsWith("/nm/")) {
      const file = path.join(ROOT, "node_modules", path.normalize(url.slice(4)));
      if (!file.startsWith(path.join(ROOT, "node_modules"))) return void res.writeHead(403).end();
      fs.readFile(file, (err, data) =>
        err
          ? res.writeHead(404).end()
          : res.writeHead(200, { "content-type": "text/javascript" }).end(data),
      );
    } else res.writeHead(404).end();
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${port}/`,
    setRows: (j) => (rows = j),
    stop: () => server.close(),
  };
}

const LONGTASKS = `
  window.__longtasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]); })
    .observe({ type: "longtask", buffered: true });`;

async function countBoxes(page: Page): Promise<number> {
  return page.locator(".react-flow__node-position").count();
}

async function waitForBoxes(page: Page, n: number): Promise<number> {
  const handle = await page.waitForFunction(
    (want) => {
      const busy = document.querySelector("[aria-busy=true], .chart[data-pending=true]");
      const count = document.querySelectorAll(".react-flow__node-position").length;
      return !busy && count === want ? performance.now() : false;
    },
    n,
    { timeout: 60_000, polling: "raf" },
  );
  return (await handle.jsonValue()) as number;
}

async function benchApp(
  browser: Browser,
  baseUrl: string,
  graphJson: string,
  visible: number,
  rootTitle: string,
) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.addInitScript(LONGTASKS);
  if (process.env.BENCH_REDUCED_MOTION) await page.emulateMedia({ reducedMotion: "reduce" });
  await page.route("**/graph.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: graphJson }),
  );
  await page.goto(baseUrl);
  // First paint: the instant tree layout; then wait for ELK's layout before re-layout timings.
  const drawnHandle = await page.waitForFunction(
    (want) =>
      document.querySelectorAll(".react-flow__node-position").length === want && performance.now(),
    visible,
    { timeout: 60_000, polling: "raf" },
  );
  const drawn = (await drawnHandle.jsonValue()) as number;
  const elkAt = await waitForBoxes(page, visible);
  const t0 = await page.evaluate(() => performance.now());
  await page.getByRole("button", { name: `Hide reports of ${rootTitle}` }).click();
  const collapsedAt = await waitForBoxes(page, 1);
  const t1 = await page.evaluate(() => performance.now());
  await page
    .getByRole("button", { name: new RegExp(`^Show \\d+ hidden under ${rootTitle}$`) })
    .click();
  const expandedAt = await waitForBoxes(page, visible);
  await page.waitForTimeout(100);
  const tasks = (await page.evaluate(
    () => (window as unknown as { __longtasks: number[][] }).__longtasks,
  )) as number[][];
  const during = tasks.filter(([start]) => start! >= t0).map(([, d]) => d!);
  const result = {
    drawn,
    elk: elkAt,
    collapse: collapsedAt - t0,
    expand: expandedAt - t1,
    longest: during.length > 0 ? Math.max(...during) : 0,
    boxes: await countBoxes(page),
  };
  await page.close();
  return result;
}

async function benchD3(browser: Browser, url: string) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => (window as unknown as { __drawn?: number }).__drawn ?? false,
    null,
    {
      timeout: 120_000,
    },
  );
  const drawn = (await handle.jsonValue()) as number;
  const count = await page.evaluate(() => (window as unknown as { __count: number }).__count);
  await page.close();
  return { drawn, count };
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const dist = path.join(OUT, "dist");
  console.log("Building the app once…");
  execFileSync(
    path.join(ROOT, "node_modules", ".bin", "vite"),
    ["build", "--outDir", dist, "--emptyOutDir"],
    {
      cwd: ROOT,
      stdio: "ignore",
    },
  );
  const preview = await startPreview(dist);
  const d3 = await startD3Server();
  const browser = await launchChromium();
  const rows: string[][] = [];
  try {
    for (const size of SIZES) {
      const graph = syntheticOrg(size, { orgs: 1, fanout: 8 });
      const ix = buildIndex(graph);
      const levels = defaultLevels(ix);
      const collapsed = levels === null ? new Set<string>() : collapsedBeyondLevel(ix, levels);
      const visible = visibleNodes(ix, { collapsed, organization: null }).length;
      const graphJson = JSON.stringify(graph);
      fs.writeFileSync(path.join(OUT, `graph-${size}.json`), graphJson);
      d3.setRows(
        JSON.stringify({
          levels: levels === null ? 99 : Math.max(1, levels - 1),
          rows: graph.nodes.map((n) => ({
            id: n.id,
            parentId: ix.managerOf.get(n.id) ?? "",
            title: n.title,
          })),
        }),
      );
      const app: Array<Awaited<ReturnType<typeof benchApp>>> = [];
      const d3runs: Array<Awaited<ReturnType<typeof benchD3>>> = [];
      for (let r = 0; r < RUNS; r++) {
        app.push(await benchApp(browser, preview.url, graphJson, visible, graph.nodes[0]!.title));
        d3runs.push(await benchD3(browser, d3.url));
      }
      const appDrawn = median(app.map((a) => a.drawn));
      const d3Drawn = median(d3runs.map((d) => d.drawn));
      rows.push([
        size.toLocaleString("en-CA"),
        `${visible} / ${d3runs[0]!.count}`,
        appDrawn.toFixed(0),
        median(app.map((a) => a.elk)).toFixed(0),
        median(app.map((a) => a.collapse)).toFixed(0),
        median(app.map((a) => a.expand)).toFixed(0),
        median(app.map((a) => a.longest)).toFixed(0),
        d3Drawn.toFixed(0),
        (appDrawn / d3Drawn).toFixed(2),
      ]);
      console.log(`measured ${size}`);
    }
  } finally {
    await browser.close();
    await preview.stop();
    d3.stop();
  }
  const header = [
    "positions",
    "boxes drawn (app / d3)",
    "app: to drawn chart (ms)",
    "app: to ELK layout (ms)",
    "app: collapse re-layout (ms)",
    "app: expand re-layout (ms)",
    "app: longest task in re-layout (ms)",
    "d3-org-chart: to drawn chart (ms)",
    "ratio app/d3",
  ];
  const table = [header, header.map(() => "---"), ...rows]
    .map((r) => `| ${r.join(" | ")} |`)
    .join("\n");
  console.log(`\nMedians of ${RUNS} runs, headless Chromium, times from navigation start:\n`);
  console.log(table);
  fs.writeFileSync(path.join(OUT, "results.md"), `${table}\n`);
}

await main();

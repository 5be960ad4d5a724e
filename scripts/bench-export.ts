/**
 * Export benchmark: time and peak memory to export orgs of 100, 1,000 and 5,000 positions (all
 * expanded, laid out by ELK as the app lays them out) to PNG (2x), SVG and PDF (readable pages,
 * the default, and one page; Letter landscape), plus the PowerPoint deck, in headless Chromium with the app's own export functions
 * bundled for the browser. Each run is a fresh browser, so the time includes loading the
 * export code and libraries, as a person's first export does. Peak memory is the renderer
 * process's peak resident set (VmHWM), which counts canvas pixels as well as the JS heap.
 *
 *   npm run bench:export            (BENCH_RUNS=5 for more runs)
 */
import { createServer } from "node:http";
import type { Server } from "node:http";
import fs from "node:fs";
import path from "node:path";
import ELK from "elkjs";
import { build } from "vite";
import { buildIndex } from "../src/core/graph/indexes.ts";
import { syntheticOrg } from "../src/core/graph/synthetic.ts";
import { computeLayout } from "../src/core/layout/compute-layout.ts";
import { layoutRequest } from "../src/core/layout/request.ts";
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from "../src/export/export-chart.ts";
import { ROOT, launchChromium } from "../test/e2e/server.ts";
import type { BenchRun } from "./bench-export-page.ts";

const SIZES = [100, 1_000, 5_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BUDGET_MS = 3_000;
const OUT = path.join(ROOT, "test-output", "bench-export");

const BASE: ExportOptions = DEFAULT_EXPORT_OPTIONS;
const FORMATS: Array<{ label: string; options: ExportOptions }> = [
  { label: "PNG 2x", options: { ...BASE, format: "png" } },
  { label: "SVG", options: { ...BASE, format: "svg" } },
  { label: "PDF (readable pages)", options: { ...BASE, format: "pdf" } },
  { label: "PDF (1 page)", options: { ...BASE, format: "pdf", pdfLayout: "fit" } },
  { label: "PowerPoint", options: { ...BASE, format: "pptx" } },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".json": "application/json",
};

/** Serves `dir` on the loopback interface. */
function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const name = path.normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    const file = path.join(dir, name === "/" ? "index.html" : name);
    if (!file.startsWith(dir) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}/`, server });
    }),
  );
}

/** Peak resident memory (MiB) of the browser's renderer processes, from /proc. */
async function rendererPeakMiB(cdp: {
  send: (
    m: "SystemInfo.getProcessInfo",
  ) => Promise<{ processInfo: Array<{ type: string; id: number }> }>;
}): Promise<number> {
  const { processInfo } = await cdp.send("SystemInfo.getProcessInfo");
  let peak = 0;
  for (const p of processInfo) {
    if (p.type !== "renderer") continue;
    try {
      const status = fs.readFileSync(`/proc/${p.id}/status`, "utf8");
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kb / 1024);
    } catch {
      // The process ended.
    }
  }
  return peak;
}

async function prepare(dir: string): Promise<void> {
  fs.rmSync(dir, { recursive: true, force: true });
  console.log("Bundling the export functions for the browser…");
  await build({
    configFile: false,
    logLevel: "warn",
    build: {
      outDir: dir,
      emptyOutDir: true,
      lib: {
        entry: path.join(ROOT, "scripts", "bench-export-page.ts"),
        formats: ["es"],
        fileName: "bench",
      },
    },
  });
  fs.writeFileSync(
    path.join(dir, "index.html"),
    '<!doctype html><meta charset="utf-8"><script type="module" src="bench.js"></script>',
  );
  const elk = new ELK();
  for (const size of SIZES) {
    const graph = syntheticOrg(size, { orgs: 3, fanout: 8 });
    const ix = buildIndex(graph);
    const t0 = performance.now();
    const layout = await computeLayout(
      elk,
      layoutRequest(ix, { collapsed: new Set(), organization: null, direction: "DOWN" }),
    );
    console.log(
      `laid out ${size} positions with ELK in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${Math.round(layout.width)} × ${Math.round(layout.height)} px`,
    );
    fs.writeFileSync(path.join(dir, `graph-${size}.json`), JSON.stringify(graph));
    fs.writeFileSync(path.join(dir, `layout-${size}.json`), JSON.stringify(layout));
  }
}

async function measure(
  url: string,
  size: number,
  options: ExportOptions,
): Promise<BenchRun & { peakMiB: number; baseMiB: number }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => "benchExport" in window);
    const cdp = await browser.newBrowserCDPSession();
    const baseMiB = await rendererPeakMiB(cdp);
    const run = await page.evaluate(
      ([s, o]) =>
        (
          window as unknown as { benchExport: (s: number, o: ExportOptions) => Promise<BenchRun> }
        ).benchExport(s, o),
      [size, options] as const,
    );
    return { ...run, peakMiB: await rendererPeakMiB(cdp), baseMiB };
  } finally {
    await browser.close();
  }
}

async function main() {
  await prepare(OUT);
  const { url, server } = await serve(OUT);
  const rows: string[][] = [];
  const notes = new Set<string>();
  try {
    for (const size of SIZES) {
      for (const f of FORMATS) {
        const runs = [];
        for (let r = 0; r < RUNS; r++) runs.push(await measure(url, size, f.options));
        const ms = median(runs.map((r) => r.ms));
        const first = runs[0]!;
        if (first.message)
          notes.add(`${size.toLocaleString("en-CA")} positions, ${f.label}: ${first.message}`);
        rows.push([
          size.toLocaleString("en-CA"),
          f.label,
          ms.toFixed(0),
          median(runs.map((r) => r.peakMiB)).toFixed(0),
          median(runs.map((r) => r.baseMiB)).toFixed(0),
          `${(first.bytes / 1024).toFixed(0)} KiB .${first.extension}`,
          `${Math.round(first.width).toLocaleString("en-CA")} × ${Math.round(first.height).toLocaleString("en-CA")}`,
          size === 1_000 ? (ms <= BUDGET_MS ? "yes" : "NO") : "",
        ]);
        console.log(`measured ${size} ${f.label}: ${ms.toFixed(0)} ms`);
      }
    }
  } finally {
    server.close();
  }
  const header = [
    "positions",
    "format",
    "time (ms, median)",
    "peak renderer memory (MiB)",
    "renderer before export (MiB)",
    "file",
    "chart size (px)",
    "1,000 within 3 s",
  ];
  const table = [header, header.map(() => "---"), ...rows]
    .map((r) => `| ${r.join(" | ")} |`)
    .join("\n");
  console.log(
    `\nMedians of ${RUNS} runs, each in a fresh headless Chromium (first export: includes loading the export code):\n`,
  );
  console.log(table);
  for (const note of notes) console.log(`\n- ${note}`);
  fs.writeFileSync(
    path.join(OUT, "results.md"),
    `${table}\n\n${[...notes].map((n) => `- ${n}`).join("\n")}\n`,
  );
}

await main();

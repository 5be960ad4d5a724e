/**
 * Layout benchmark: lays out the default view of a graph (public/graph.json unless --graph) and
 * generated orgs of 1,000 and 10,000 positions, with ELK (in Node, as the worker runs it) and the
 * instant fallback, and prints each layout's time, shape and how well managers sit over their
 * reports.
 *
 *   tsx scripts/bench-layout.ts [--graph <file>] [--runs <n>] [--mode compact|wide]
 */
import { performance } from "node:perf_hooks";
import ELK from "elkjs";
import { buildIndex } from "../src/core/graph/indexes.ts";
import type { GraphIndex } from "../src/core/graph/indexes.ts";
import { defaultCollapsed } from "../src/core/layout/readable.ts";
import { readGraphJson } from "./lib/read-graph.ts";
import { syntheticOrg } from "../src/core/graph/synthetic.ts";
import { computeLayout, fallbackLayout } from "../src/core/layout/compute-layout.ts";
import { layoutRequest } from "../src/core/layout/request.ts";
import { centringErrors, spanCentringErrors } from "./lib/layout-quality.ts";

const worst = (errors: number[]) => Math.max(0, ...errors).toFixed(1);
import type { LayoutMode, LayoutRequest, LayoutResult } from "../src/core/layout/types.ts";

/** The chart pane of the app at 1366 x 768 (the header takes 104 px). */
const PANE = { width: 1366, height: 664 };
const TITLE_PX = 15;
const FIT_PADDING = 0.08;

function describe(layout: LayoutResult): string {
  const zoom = Math.min(
    1,
    PANE.width / (1 + FIT_PADDING) / layout.width,
    PANE.height / (1 + FIT_PADDING) / layout.height,
  );
  return (
    `${Math.round(layout.width)} x ${Math.round(layout.height)} px, aspect ` +
    `${(layout.width / layout.height).toFixed(2)}, fitted title at 1366x768 ` +
    `${(TITLE_PX * zoom).toFixed(1)} px, worst centring error ${worst(spanCentringErrors(layout))} px (span of all reports), ${worst(centringErrors(layout))} px (outermost reports, a list as one)`
  );
}

async function time<T>(runs: number, run: () => Promise<T> | T): Promise<{ ms: number; out: T }> {
  const times: number[] = [];
  let out!: T;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    out = await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, out };
}

async function bench(name: string, request: LayoutRequest, runs: number) {
  const boxes = request.trees.reduce((sum, t) => sum + t.nodes.length, 0);
  const elk = new ELK();
  const laid = await time(runs, () => computeLayout(elk, request));
  const quick = await time(runs, () => fallbackLayout(request));
  console.log(`${name}, ${boxes} boxes, ${request.direction}, ${request.mode ?? "wide"}`);
  console.log(`  ELK      ${laid.ms.toFixed(0).padStart(6)} ms  ${describe(laid.out)}`);
  console.log(`  fallback ${quick.ms.toFixed(0).padStart(6)} ms  ${describe(quick.out)}`);
}

function allOpen(ix: GraphIndex, direction: LayoutRequest["direction"], mode: LayoutMode) {
  return layoutRequest(ix, { collapsed: new Set(), organization: null, direction, mode });
}

async function main() {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const runs = Number(arg("--runs") ?? 3);
  const mode: LayoutMode = arg("--mode") === "wide" ? "wide" : "compact";
  const ix = buildIndex(await readGraphJson(arg("--graph") ?? "public/graph.json"));
  for (const direction of ["DOWN", "RIGHT"] as const) {
    const view = { collapsed: defaultCollapsed(ix), organization: null, direction, mode };
    await bench("graph, default view", layoutRequest(ix, view), runs);
    await bench("graph, all open", allOpen(ix, direction, mode), runs);
  }
  for (const size of [1000, 10_000]) {
    const generated = buildIndex(syntheticOrg(size, { orgs: 3, fanout: 6 }));
    await bench(`generated ${size}, all open`, allOpen(generated, "DOWN", mode), runs);
  }
}

if (
  process.argv[1] &&
  import.meta.filename === (await import("node:path")).resolve(process.argv[1])
) {
  await main();
}

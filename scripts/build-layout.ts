/**
 * The second prebuild step: lays out the default views of graph.json with ELK and writes them to
 * layout.json, so the app's first paint needs neither ELK's worker nor the fallback layout.
 * Each layout is keyed by its request's content (`layoutKey`); the app ignores layouts that do
 * not match the graph it loaded, so a stale file is harmless.
 *
 *   npm run layout -- [--graph <file>] [--out <file>]
 */
import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import ELK from "elkjs";
import { buildIndex } from "../src/core/graph/indexes.ts";
import { readGraphJson } from "./lib/read-graph.ts";
import { precomputeLayouts } from "../src/core/layout/precompute.ts";
import { MORE_LAYOUTS_FILE } from "../src/core/layout/precomputed.ts";

export interface LayoutBuildOptions {
  graph: string;
  out: string;
}

export function parseLayoutArgs(argv: readonly string[]): LayoutBuildOptions {
  const options: LayoutBuildOptions = { graph: "public/graph.json", out: "public/layout.json" };
  for (let i = 0; i < argv.length; i += 2) {
    const arg = argv[i];
    const value = argv[i + 1];
    if ((arg === "--graph" || arg === "--out") && value !== undefined) {
      options[arg === "--graph" ? "graph" : "out"] = value;
    } else {
      throw new Error(
        `unknown or incomplete argument "${arg}" (usage: --graph <file> --out <file>)`,
      );
    }
  }
  return options;
}

/**
 * Reads and validates the graph, lays out its likely first views and writes them: the default
 * view alone in layout.json (the only layout on the start-up path) and the others (the default
 * view left to right, each organization alone, one box opened or closed) in layouts.json beside
 * it, which the app reads when idle.
 */
export async function buildLayouts(options: LayoutBuildOptions): Promise<string> {
  const started = performance.now();
  const graph = await readGraphJson(options.graph);
  const { version, layouts } = await precomputeLayouts(buildIndex(graph), new ELK());
  const out = resolve(options.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify({ version, layouts: layouts.slice(0, 1) }) + "\n");
  await writeFile(
    moreLayoutsPath(out),
    JSON.stringify({ version, layouts: layouts.slice(1) }) + "\n",
  );
  const ms = Math.round(performance.now() - started);
  return `layout: ${layouts.length} likely views laid out; wrote ${relative(process.cwd(), out)} (the default view) and ${basename(moreLayoutsPath(out))} in ${ms} ms`;
}

/** Where the layouts of the other likely views go: beside layout.json. */
export function moreLayoutsPath(layoutPath: string): string {
  return join(dirname(layoutPath), MORE_LAYOUTS_FILE);
}

async function main(): Promise<number> {
  try {
    console.log(await buildLayouts(parseLayoutArgs(process.argv.slice(2))));
    return 0;
  } catch (error) {
    console.error(`layout: ${(error as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = await main();
}

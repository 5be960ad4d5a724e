/**
 * The second prebuild step: lays out the default views of graph.json with ELK and writes them to
 * layout.json, so the app's first paint needs neither ELK's worker nor the fallback layout.
 * Each layout is keyed by its request's content (`layoutKey`); the app ignores layouts that do
 * not match the graph it loaded, so a stale file is harmless.
 *
 *   npm run layout -- [--graph <file>] [--out <file>]
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import ELK from "elkjs";
import { buildIndex } from "../src/core/graph/indexes.ts";
import { readGraphJson } from "./lib/read-graph.ts";
import { precomputeLayouts } from "../src/core/layout/precompute.ts";

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

/** Reads and validates the graph, lays out its default views and writes layout.json. */
export async function buildLayouts(options: LayoutBuildOptions): Promise<string> {
  const started = performance.now();
  const graph = await readGraphJson(options.graph);
  const file = await precomputeLayouts(buildIndex(graph), new ELK());
  const out = resolve(options.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify(file) + "\n");
  const ms = Math.round(performance.now() - started);
  return `layout: ${file.layouts.length} likely views laid out; wrote ${relative(process.cwd(), out)} in ${ms} ms`;
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

/**
 * Prebuild benchmark: generates job descriptions of real length for about 10,000, 50,000 and
 * 100,000 positions and runs the prebuild on each as `npm run build` does (the graph, then the
 * first views' layouts), each step in its own process under `/usr/bin/time -v`. Prints the time,
 * the peak memory and the size of the files the app reads at start (raw and gzipped).
 *
 *   npm run bench:prebuild            (BENCH_SIZES=10000,50000,100000)
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "../test/e2e/server.ts";
import { writeGeneratedDocuments } from "./lib/generated-org.ts";

const SIZES = (process.env.BENCH_SIZES ?? "10000,50000,100000").split(",").map(Number);
const OUT = path.join(ROOT, "test-output", "bench-prebuild");

function peakOf(stderr: string): number {
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
  return kb === undefined ? NaN : Number(kb) / 1024;
}

function run(script: string, args: string[]) {
  const started = performance.now();
  const child = spawnSync(
    "/usr/bin/time",
    ["-v", process.execPath, "--import", "tsx", script, ...args],
    { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] },
  );
  if (child.status !== 0) throw new Error(`${script} failed: ${child.stderr}`);
  return { seconds: (performance.now() - started) / 1000, peakMb: peakOf(child.stderr) };
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

const folderBytes = (dir: string) =>
  fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);

function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const rows: string[][] = [];
  for (const size of SIZES) {
    const docs = path.join(OUT, `docs-${size}`);
    const site = path.join(OUT, `site-${size}`);
    console.log(`generating documents for ~${size.toLocaleString("en-CA")} positions…`);
    const documents = writeGeneratedDocuments(docs, size);
    const docBytes = folderBytes(docs);
    const graphFile = path.join(site, "graph.json");
    const graph = run("scripts/build-graph.ts", ["--seeds", docs, "--out", graphFile]);
    const layout = run("scripts/build-layout.ts", [
      "--graph",
      graphFile,
      "--out",
      path.join(site, "layout.json"),
    ]);
    const graphBytes = fs.readFileSync(graphFile);
    const layoutBytes = fs.readFileSync(path.join(site, "layout.json"));
    const positions = (JSON.parse(graphBytes.toString("utf8")) as { nodes: unknown[] }).nodes
      .length;
    rows.push([
      positions.toLocaleString("en-CA"),
      `${documents.toLocaleString("en-CA")} (${mb(docBytes)} MB)`,
      graph.seconds.toFixed(1),
      graph.peakMb.toFixed(0),
      layout.seconds.toFixed(1),
      layout.peakMb.toFixed(0),
      `${mb(graphBytes.byteLength)} / ${mb(gzipSync(graphBytes).byteLength)}`,
      `${mb(layoutBytes.byteLength)} / ${mb(gzipSync(layoutBytes).byteLength)}`,
      mb(folderBytes(path.join(site, "details"))),
    ]);
    console.log(`  ${rows.at(-1)!.join(" | ")}`);
    fs.rmSync(docs, { recursive: true, force: true });
  }
  const header = [
    "positions",
    "documents (text)",
    "graph step (s)",
    "graph peak RSS (MB)",
    "layout step (s)",
    "layout peak RSS (MB)",
    "graph.json MB (raw / gzip)",
    "layout.json MB (raw / gzip)",
    "details files MB",
  ];
  console.log(
    "\n" + [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n"),
  );
}

main();

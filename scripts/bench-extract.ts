/**
 * Extractor benchmark: generates synthetic job-description corpora (scripts/lib/corpus.ts; a
 * share in the real collection's shapes and a share in French) of 100, 1,000 and 5,000
 * documents and times `extractGraph` on each, with a trivial baseline (decode + lower-case +
 * one regex scan of the same bytes) measured in the same run as a same-machine reference.
 * Target: 1,000 documents in under 2 s.
 *
 *   npm run bench:extract [-- --sizes 100,1000,5000 --seed 1]
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Worker } from "node:worker_threads";
import { extractGraph, type SourceFile } from "../src/core/extract/index.ts";
import type { OrgGraph } from "../src/core/graph/schema.ts";
import { type Corpus, generateCorpus } from "./lib/corpus.ts";

const TARGET_DOCUMENTS = 1_000;
const TARGET_MS = 2_000;
const MB = 1024 * 1024;

function parseOptions(argv: readonly string[]): { sizes: number[]; seed: number } {
  let sizes = [100, 1_000, 5_000];
  let seed = 1;
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === "--sizes" && value) {
      sizes = value.split(",").map((s) => Number(s.replace(/_/g, "")));
      i++;
    } else if (argv[i] === "--seed" && value) {
      seed = Number(value);
      i++;
    } else {
      throw new Error(`unknown argument "${argv[i]}" (usage: --sizes 100,1000,5000 --seed 1)`);
    }
  }
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error("--sizes takes positive integers");
  return { sizes, seed };
}

const runsFor = (documents: number) => (documents >= 5_000 ? 3 : 5);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** `gc()` without restarting node with --expose-gc. */
function exposeGc(): () => void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as unknown;
  if (typeof gc !== "function") return () => {};
  return () => (gc as () => void)();
}

/**
 * Samples the process's resident set size every 2 ms from a worker thread, so the high-water
 * mark is seen even while the main thread is busy in a synchronous extraction.
 */
function startRssSampler(): {
  reset(): Promise<number>;
  peak(): Promise<number>;
  stop(): Promise<number>;
} {
  const worker = new Worker(
    `const { parentPort } = require("node:worker_threads");
     let max = 0;
     const tick = () => { const rss = process.memoryUsage.rss(); if (rss > max) max = rss; };
     const timer = setInterval(tick, 2);
     parentPort.on("message", (message) => {
       if (message === "reset") max = 0;
       tick();
       parentPort.postMessage(max);
       if (message === "stop") { clearInterval(timer); parentPort.close(); }
     });`,
    { eval: true },
  );
  const ask = (message: string) =>
    new Promise<number>((resolve) => {
      worker.once("message", (value: number) => resolve(value));
      worker.postMessage(message);
    });
  return { reset: () => ask("reset"), peak: () => ask("read"), stop: () => ask("stop") };
}

/** The trivial baseline: what merely reading the same bytes costs. */
function baseline(files: readonly SourceFile[]): number {
  const decoder = new TextDecoder();
  const pattern = /reports? to|position title|\bftes?\b|classification|level/g;
  let hits = 0;
  for (const file of files) {
    const text = decoder.decode(file.bytes).toLowerCase();
    hits += text.match(pattern)?.length ?? 0;
  }
  return hits;
}

/** Share of the generator's manager -> report lines found as edges (matched by title and department). */
function recall(corpus: Corpus, graph: OrgGraph): { found: number; total: number } {
  const nodesByName = new Map<string, string[]>();
  for (const node of graph.nodes) {
    for (const name of [node.title, ...node.aliases]) {
      const key = `${node.organization.department ?? ""}\u0000${name.toLowerCase()}`;
      nodesByName.set(key, [...(nodesByName.get(key) ?? []), node.id]);
    }
  }
  const edges = new Set(graph.edges.map((e) => `${e.source}\u0000${e.target}`));
  let found = 0;
  for (const r of corpus.relations) {
    const managers = nodesByName.get(`${r.department}\u0000${r.manager.toLowerCase()}`) ?? [];
    const reports = nodesByName.get(`${r.department}\u0000${r.report.toLowerCase()}`) ?? [];
    if (managers.some((m) => reports.some((t) => edges.has(`${m}\u0000${t}`)))) found++;
  }
  return { found, total: corpus.relations.length };
}

interface Row {
  documents: number;
  megabytes: number;
  runs: number;
  medianMs: number;
  peakRssMb: number;
  heapDeltaMb: number;
  graphMb: number;
  baselineMs: number;
  nodes: number;
  edges: number;
  recall: { found: number; total: number };
}

async function measure(
  corpus: Corpus,
  gc: () => void,
  sampler: ReturnType<typeof startRssSampler>,
): Promise<Row> {
  const files: SourceFile[] = corpus.documents.map((d) => ({ file: d.file, bytes: d.bytes }));
  const runs = runsFor(files.length);
  const times: number[] = [];
  let peakRss = 0;
  let heapDelta = 0;
  let graphBytes = 0;
  // The previous run's graph is dropped before measuring the next one.
  const held: { graph: OrgGraph | null } = { graph: null };
  for (let run = 0; run < runs; run++) {
    held.graph = null;
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    await sampler.reset();
    const started = performance.now();
    const graph = extractGraph(files);
    times.push(performance.now() - started);
    heapDelta = Math.max(heapDelta, process.memoryUsage().heapUsed - heapBefore);
    peakRss = Math.max(peakRss, await sampler.peak());
    gc();
    graphBytes = Math.max(graphBytes, process.memoryUsage().heapUsed - heapBefore);
    held.graph = graph;
  }
  const last = held.graph;
  const baselineTimes: number[] = [];
  let sink = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    sink += baseline(files);
    baselineTimes.push(performance.now() - started);
  }
  if (sink < 0) console.log(sink);
  return {
    documents: files.length,
    megabytes: corpus.totalBytes / MB,
    runs,
    medianMs: median(times),
    peakRssMb: peakRss / MB,
    heapDeltaMb: heapDelta / MB,
    graphMb: graphBytes / MB,
    baselineMs: median(baselineTimes),
    nodes: last?.nodes.length ?? 0,
    edges: last?.edges.length ?? 0,
    recall: last ? recall(corpus, last) : { found: 0, total: 0 },
  };
}

function table(rows: readonly Row[]): string {
  const header = [
    "documents",
    "total MB",
    "runs",
    "median ms",
    "docs/s",
    "ms/MB",
    "peak RSS MB",
    "heap Δ MB",
    "graph MB",
    "baseline ms",
    "extractor/baseline",
    "nodes",
    "edges",
    "lines found",
  ];
  const body = rows.map((r) => [
    r.documents.toLocaleString("en-US"),
    r.megabytes.toFixed(2),
    String(r.runs),
    r.medianMs.toFixed(0),
    (r.documents / (r.medianMs / 1000)).toFixed(0),
    (r.medianMs / r.megabytes).toFixed(0),
    r.peakRssMb.toFixed(0),
    r.heapDeltaMb.toFixed(0),
    r.graphMb.toFixed(1),
    r.baselineMs.toFixed(1),
    `${(r.medianMs / r.baselineMs).toFixed(0)}x`,
    String(r.nodes),
    String(r.edges),
    `${r.recall.found}/${r.recall.total}`,
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((row) => (row[i] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(" | ")} |`;
  return [
    line(header),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...body.map(line),
  ].join("\n");
}

async function main(): Promise<number> {
  let options: { sizes: number[]; seed: number };
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`bench:extract: ${(error as Error).message}`);
    return 2;
  }
  const gc = exposeGc();
  const sampler = startRssSampler();
  console.log(
    `bench:extract: node ${process.version}, ${process.platform}/${process.arch}, seed ${options.seed}`,
  );

  // Warm up the JIT on a small corpus so the first size is not penalized.
  const warm = generateCorpus({ documents: 50, seed: options.seed + 999 });
  extractGraph(warm.documents.map((d) => ({ file: d.file, bytes: d.bytes })));

  const rows: Row[] = [];
  for (const size of options.sizes) {
    const generated = performance.now();
    const corpus = generateCorpus({ documents: size, seed: options.seed + size });
    const generationMs = performance.now() - generated;
    const count = (pick: (d: Corpus["documents"][number]) => boolean) =>
      corpus.documents.filter(pick).length;
    const ocr = count((d) => d.style === "ocr");
    const real = count((d) => d.shape === "real");
    const french = count((d) => d.language === "fr");
    console.log(
      `  generated ${size.toLocaleString("en-US")} documents (${ocr} OCR, ${size - ocr} markdown; ${real} in the real collection's shapes, ${french} in French; ${(corpus.totalBytes / MB).toFixed(2)} MB) in ${generationMs.toFixed(0)} ms; extracting ${runsFor(size)} times…`,
    );
    rows.push(await measure(corpus, gc, sampler));
  }
  await sampler.stop();

  console.log("");
  console.log(table(rows));
  console.log("");
  console.log(
    "median ms: extractGraph wall time (median of runs); peak RSS: process high-water mark sampled every 2 ms during the runs;",
  );
  console.log(
    "heap Δ: heapUsed right after a run minus after a forced GC before it (a lower bound of peak heap growth); graph MB: heap still held by the result after GC;",
  );
  console.log(
    "baseline: decode + toLowerCase + one regex scan of the same bytes; lines found: generated manager -> report lines present as edges.",
  );
  console.log("");

  const first = rows[0];
  const lastRow = rows[rows.length - 1];
  if (first && lastRow && lastRow !== first) {
    const perDocFirst = first.medianMs / first.documents;
    const perDocLast = lastRow.medianMs / lastRow.documents;
    const perMbFirst = first.medianMs / first.megabytes;
    const perMbLast = lastRow.medianMs / lastRow.megabytes;
    console.log(
      `linearity: ${perDocLast.toFixed(2)} ms/document at ${lastRow.documents.toLocaleString("en-US")} vs ${perDocFirst.toFixed(2)} ms/document at ${first.documents.toLocaleString("en-US")}: ratio ${(perDocLast / perDocFirst).toFixed(2)} (per MB: ${(perMbLast / perMbFirst).toFixed(2)}; 1.00 = linear)`,
    );
  }
  const target = rows.find((r) => r.documents === TARGET_DOCUMENTS);
  if (target) {
    const met = target.medianMs < TARGET_MS;
    console.log(
      `target: ${TARGET_DOCUMENTS.toLocaleString("en-US")} documents in under ${TARGET_MS.toLocaleString("en-US")} ms: ${met ? "MET" : "NOT MET"} (median ${target.medianMs.toFixed(0)} ms)`,
    );
  } else {
    console.log(
      `target: not measured (no ${TARGET_DOCUMENTS.toLocaleString("en-US")}-document corpus in --sizes)`,
    );
  }
  return 0;
}

process.exitCode = await main();

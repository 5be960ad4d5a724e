/**
 * Import benchmark. Node: how long 100
 * Word and text-PDF job descriptions take to become a graph, how long a four-page scanned job
 * description takes through OCR, and how accurate OCR is on the scanned fixtures (characters, and
 * reporting lines and attributes against the source document's graph). Targets (issue 14, in the
 * browser): 100 documents under 10 s, a four-page scan under 20 s on a 2-core machine.
 *
 * Then the same in the browser (scripts/bench-import-browser.ts, the built app in Chromium: run
 * `npm run build` first), with the main thread's longest task during each import.
 *
 *   npm run bench:import [-- --runs 3] [--browser-only | --node-only]
 */
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { convertFile, toSourceFile } from "../src/convert/index.ts";
import type { OcrEngine } from "../src/convert/types.ts";
import { extractGraph, type SourceFile } from "../src/core/extract/index.ts";
import { titleKey } from "../src/core/extract/titles.ts";
import type { OrgGraph } from "../src/core/graph/schema.ts";
import { createNodeOcr } from "./lib/node-ocr.ts";
import { benchBrowserImport } from "./bench-import-browser.ts";

const FIXTURES = new URL("../test/fixtures/", import.meta.url);
const IMPORT = new URL("import/", FIXTURES);
const DOCUMENTS = 100;

const read = (url: URL) => new Uint8Array(readFileSync(url));

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Edit distance in two rows: enough for pages of a few thousand characters. */
function editDistance(a: string, b: string): number {
  let previous = Uint32Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitute, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/** Reporting lines and attributes, positions named as the extractor matches names. */
function factItems(graph: OrgGraph): { lines: string[]; attributes: string[] } {
  const key = new Map(graph.nodes.map((n) => [n.id, titleKey(n.title)]));
  const attributes = graph.nodes.flatMap((n) => [
    `position ${titleKey(n.title)}`,
    ...(n.classification ? [`classification ${titleKey(n.title)} ${n.classification}`] : []),
    ...(n.fte !== null ? [`size ${titleKey(n.title)} ${n.fte}`] : []),
  ]);
  const lines = graph.edges.map((e) => `${key.get(e.source)} -> ${key.get(e.target)}`);
  return { lines, attributes };
}

const share = (expected: readonly string[], found: readonly string[]) => {
  const have = new Set(found);
  return `${expected.filter((x) => have.has(x)).length}/${expected.length}`;
};

/** 100 files: the Word and PDF fixtures in turn, named apart so each is its own document. */
function wordAndPdfBatch(): { file: string; bytes: Uint8Array }[] {
  const pool = ["docx", "pdf"].flatMap((format) =>
    readdirSync(new URL(`${format}/`, IMPORT))
      .sort()
      .map((name) => ({ name, bytes: read(new URL(`${format}/${name}`, IMPORT)) })),
  );
  return Array.from({ length: DOCUMENTS }, (_, i) => {
    const { name, bytes } = pool[i % pool.length] ?? { name: "", bytes: new Uint8Array() };
    return { file: `${String(i).padStart(3, "0")}_${name}`, bytes };
  });
}

async function benchWordAndPdf(runs: number): Promise<void> {
  const batch = wordAndPdfBatch();
  const totals: number[] = [];
  const perFile: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const sources: SourceFile[] = [];
    for (const { file, bytes } of batch) {
      const t = performance.now();
      sources.push(toSourceFile(bytes, await convertFile(file, bytes)));
      perFile.push(performance.now() - t);
    }
    const graph = extractGraph(sources);
    totals.push(performance.now() - started);
    if (run === 0)
      console.log(`  ${graph.documents.length} documents, ${graph.nodes.length} positions`);
  }
  console.log(
    `${DOCUMENTS} Word and text-PDF documents to a graph: median ${seconds(median(totals))} over ${runs} runs (target in the browser: 10 s); per file: median ${median(perFile).toFixed(0)} ms, slowest ${Math.max(...perFile).toFixed(0)} ms`,
  );
}

async function benchFourPageScan(ocr: OcrEngine, runs: number): Promise<void> {
  const bytes = read(new URL("scan/seed-003-four-pages.scan.pdf", IMPORT));
  const times: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const result = await convertFile("seed-003-four-pages.scan.pdf", bytes, { ocr });
    extractGraph([toSourceFile(bytes, result)]);
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
    if (!result.ok) throw new Error(result.message);
  }
  // CPU time (all threads, OCR workers included) says what the work costs when the machine is
  // shared; wall time is what a person waits.
  console.log(
    `four-page scan to a graph (${ocr.concurrency ?? 1} OCR workers): median ${seconds(median(times))} wall, ${seconds(median(cpu))} CPU over ${runs} runs (target in the browser: 20 s)`,
  );
}

/** Scans beside the text each was made from: a text PDF of the same pages, or the seed. */
const SCANS = [
  ["cra-manager-domestic-collections", "docs/cra-manager-domestic-collections.md"],
  ["cra-director-collections-operations", "docs/cra-director-collections-operations.txt"],
  ["esdc-director-ei-processing", "docs/esdc-director-ei-processing.txt"],
  [
    "aac-directeur-services-numeriques-producteurs",
    "docs-fr/aac-directeur-services-numeriques-producteurs.md",
  ],
] as const;

async function ocrAccuracy(ocr: OcrEngine): Promise<void> {
  const cases = [
    ...SCANS.map(([base, source]) => ({
      scan: `scan/${base}.scan.pdf`,
      reference: `pdf/${base}.pdf`,
      source: new URL(source, FIXTURES),
    })),
    {
      scan: "scan/seed-003-four-pages.scan.pdf",
      reference: null,
      source: new URL("../../seeds/", FIXTURES),
    },
  ];
  console.log(
    "OCR accuracy (characters against the text layer; reporting lines and attributes against the source's graph):",
  );
  for (const c of cases) {
    const scanBytes = read(new URL(c.scan, IMPORT));
    const scanned = await convertFile(c.scan, scanBytes, { ocr });
    if (!scanned.ok) throw new Error(`${c.scan}: ${scanned.message}`);
    const sourceFile = c.reference
      ? c.source
      : new URL(readdirSync(c.source).find((f) => f.startsWith("003_")) ?? "", c.source);
    const sourceBytes = read(sourceFile);
    let referenceText = new TextDecoder().decode(sourceBytes);
    if (c.reference) {
      const reference = await convertFile(c.reference, read(new URL(c.reference, IMPORT)));
      if (reference.ok) referenceText = reference.text;
    }
    const squash = (t: string) => t.replace(/\s+/g, " ").trim();
    const distance = editDistance(squash(scanned.text), squash(referenceText));
    const chars = 1 - distance / squash(referenceText).length;
    const expected = factItems(
      extractGraph([{ file: sourceFile.pathname.split("/").pop() ?? "", bytes: sourceBytes }]),
    );
    const found = factItems(extractGraph([toSourceFile(scanBytes, scanned)]));
    console.log(
      `  ${c.scan}: ${scanned.pages} page${scanned.pages === 1 ? "" : "s"}, characters ${(chars * 100).toFixed(1)}%, reporting lines ${share(expected.lines, found.lines)}, attributes ${share(expected.attributes, found.attributes)}`,
    );
  }
}

async function main(): Promise<void> {
  const runsArg = process.argv.indexOf("--runs");
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(", ");
  console.log(`bench:import (Node ${process.version}, ${runs} runs, load average ${load})`);
  if (!process.argv.includes("--browser-only")) {
    await benchWordAndPdf(runs);
    const ocr = await createNodeOcr();
    try {
      await benchFourPageScan(ocr, runs);
      await ocrAccuracy(ocr);
    } finally {
      await ocr.terminate();
    }
  }
  if (!process.argv.includes("--node-only")) {
    const scan = "seed-003-four-pages.scan.pdf";
    await benchBrowserImport(
      wordAndPdfBatch(),
      { file: scan, bytes: read(new URL(`scan/${scan}`, IMPORT)) },
      runs,
    );
    const after = loadavg()
      .map((l) => l.toFixed(1))
      .join(", ");
    console.log(`load average after: ${after}`);
  }
}

await main();

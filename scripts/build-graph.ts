/**
 * The prebuild step: reads every document in a folder (not its subfolders): .md and .txt, Word,
 * PDF and scanned pages (src/convert, OCR included), extracts the org graph, validates it against
 * the schema and writes it where the app loads it: graph.json (schema version 2) and each
 * document's text in documents/<id>.txt beside it.
 *
 *   npm run graph -- [--seeds <dir>] [--out <file>] [--strict]
 */
import { lstat, mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { assembleGraph } from "../src/core/extract/index.ts";
import { documentTextPath } from "../src/core/graph/document-texts.ts";
import { encodeGraph } from "../src/core/graph/graph-file.ts";
import type { WholeGraphFile } from "../src/core/graph/file-schema.ts";
import { DOCUMENTS_PART, detailsChunkPath } from "../src/core/graph/details-paths.ts";
import { type SplitGraph, splitGraphFile } from "../src/core/graph/graph-parts.ts";
import { fromVersion1 } from "../src/core/graph/migrations.ts";
import { graphFileSchema } from "../src/core/graph/parse-graph-file.ts";
import { PACKAGE_FILE } from "../src/core/graph/graph-package.ts";
import { collectGarbage } from "./lib/collect-garbage.ts";
import { readFolder } from "./lib/read-folder.ts";

export interface BuildOptions {
  seeds: string;
  out: string;
  strict: boolean;
}

const READ_BATCH = 32;
/** Past this size the graph is written without indentation. */
const PRETTY_LIMIT = 5_000_000;

export const DEFAULT_OPTIONS: BuildOptions = {
  seeds: "seeds",
  out: "public/graph.json",
  strict: false,
};

export function parseArgs(argv: readonly string[]): BuildOptions {
  const options = { ...DEFAULT_OPTIONS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === "--strict") options.strict = true;
    else if ((arg === "--seeds" || arg === "--out") && value !== undefined) {
      options[arg === "--seeds" ? "seeds" : "out"] = value;
      i++;
    } else
      throw new UsageError(
        `unknown or incomplete argument "${arg}" (usage: --seeds <dir> --out <file> [--strict])`,
      );
  }
  return options;
}

class UsageError extends Error {}

export async function buildGraph(
  options: BuildOptions,
): Promise<{ graph: WholeGraphFile; summary: string; warnings: string[] }> {
  const started = performance.now();
  const folder = resolve(options.seeds);
  const { lean, texts, formats, packaged } = await extractFolder(folder, progressLine());
  collectGarbage();
  const graph = graphFileSchema.parse(encodeGraph(lean)) as WholeGraphFile;
  collectGarbage();
  const out = resolve(options.out);
  await mkdir(dirname(out), { recursive: true });
  await writeTexts(dirname(out), graph, texts);
  await writeSplit(out, splitGraphFile(graph));
  const warnings = graph.diagnostics
    .filter((d) => d.severity !== "info")
    .map((d) => `${d.severity}: ${d.message}`);
  const ms = Math.round(performance.now() - started);
  // Folders of .md and .txt files keep the summary they always had.
  const fromPackage = packaged > 0 ? `${packaged} from ${PACKAGE_FILE}` : "";
  const listed = [formats, fromPackage].filter(Boolean).join(", ");
  const kinds = /Word|PDF|image/.test(formats) || fromPackage ? ` (${listed})` : "";
  const summary = `graph: ${graph.documents.length} documents read${kinds}, ${graph.nodes.length} positions, ${graph.edges.length} reporting lines, ${warnings.length} warnings; wrote ${displayPath(out)} in ${ms} ms`;
  return { graph, summary, warnings };
}

/**
 * The folder's graph as version 1 (the extractor's result, checked against the contract), then
 * as version 2 and the documents' texts: the same step that migrates a version 1 file, so both
 * read alike.
 */
async function extractFolder(folder: string, onProgress?: (line: string) => void) {
  const read = await readFolder(folder, onProgress);
  const { problems, formats, packaged } = read;
  // The readings are handed over, not kept: what each document says is not needed once assembled.
  const extracted = assembleGraph(read.readings.splice(0));
  collectGarbage();
  const { graph: lean, texts } = fromVersion1({
    ...extracted,
    diagnostics: [...problems, ...extracted.diagnostics],
  });
  return { lean, texts, formats, packaged };
}

/**
 * graph.json with what the first view needs, and the details (documents, diagnostics, each
 * position's facts and sources) in details/ beside it, read when a panel or an export needs them.
 */
async function writeSplit(out: string, split: SplitGraph): Promise<void> {
  const dir = dirname(out);
  const json = (data: unknown) => {
    const compact = JSON.stringify(data);
    return (compact.length > PRETTY_LIMIT ? compact : JSON.stringify(data, null, 1)) + "\n";
  };
  await rm(join(dir, "details"), { recursive: true, force: true });
  await mkdir(join(dir, "details"), { recursive: true });
  await writeFile(join(dir, DOCUMENTS_PART), json(split.documents));
  for (let i = 0; i < split.chunks.length; i += READ_BATCH) {
    await Promise.all(
      split.chunks
        .slice(i, i + READ_BATCH)
        .map((c) => writeFile(join(dir, detailsChunkPath(c.chunk)), json(c))),
    );
  }
  await writeFile(out, json(split.start));
}

/** Each document's text in documents/<id>.txt beside graph.json; the folder holds nothing else. */
async function writeTexts(
  dir: string,
  graph: WholeGraphFile,
  texts: ReadonlyMap<string, string>,
): Promise<void> {
  await rm(join(dir, "documents"), { recursive: true, force: true });
  await mkdir(join(dir, "documents"), { recursive: true });
  const docs = graph.documents;
  for (let i = 0; i < docs.length; i += READ_BATCH) {
    await Promise.all(
      docs
        .slice(i, i + READ_BATCH)
        .map((d) => writeFile(join(dir, documentTextPath(d)), texts.get(d.id) ?? "")),
    );
  }
}

/** On a terminal, one line that each step overwrites; elsewhere (CI, logs) nothing. */
function progressLine(): ((line: string) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (line) => process.stderr.write(`\r\x1b[2K${line.slice(0, process.stderr.columns - 1)}`);
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

async function main(): Promise<number> {
  let options: BuildOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`graph: ${(error as Error).message}`);
    return 2;
  }
  try {
    const folder = await lstat(resolve(options.seeds)).catch(() => null);
    if (!folder?.isDirectory()) {
      console.error(
        `graph: the documents folder "${options.seeds}" does not exist or is not a folder`,
      );
      return 1;
    }
    const { summary, warnings } = await buildGraph(options);
    if (process.stderr.isTTY) process.stderr.write("\r\x1b[2K");
    console.log(summary);
    for (const warning of warnings) console.log(`  ${warning}`);
    if (options.strict && warnings.length > 0) {
      console.error(`graph: --strict: ${warnings.length} warning(s) make this run fail`);
      return 1;
    }
    return 0;
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    if (err.code) {
      console.error(
        `graph: could not write the graph to "${options.out}": ${err.code} ${err.path ?? ""}`.trimEnd(),
      );
    } else {
      const firstLine = (err.message ?? String(error)).split("\n")[0];
      console.error(`graph: unexpected failure, nothing written: ${firstLine}`);
    }
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = await main();
}

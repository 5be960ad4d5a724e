/**
 * The prebuild's reading: every document of a folder (and of a "Download graph" package beside
 * them) read from disk, converted and extracted one at a time in the extractor's file order, on
 * every core; no file's bytes are kept once it is read.
 */
import { lstat, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  compareFiles,
  type DocumentReading,
  documentIdFor,
  type SourceFile,
} from "../../src/core/extract/index.ts";
import { diagnostic } from "../../src/core/extract/messages.ts";
import { PACKAGE_FILE } from "../../src/core/graph/graph-package.ts";
import type { Diagnostic } from "../../src/core/graph/schema.ts";
import { isDocumentName } from "../../src/convert/sniff.ts";
import { sourceConverter } from "./convert-sources.ts";
import { documentReader } from "./extract-pool.ts";
import { readGraphPackage } from "./graph-package.ts";

export interface FolderReading {
  /** Each document's reading, in the extractor's file order. */
  readings: DocumentReading[];
  /** Links and unreadable files in file order, then the package's problems. */
  problems: Diagnostic[];
  /** "12 markdown, 3 Word" for the summary line. */
  formats: string;
  /** How many documents were read from the package's texts. */
  packaged: number;
}

/** Files read at once: thousands of small files are read in a fraction of the time. */
const READ_BATCH = 32;
/** Documents handed to the readers and not yet read, at most: enough to keep them all busy. */
const AHEAD = 4 * READ_BATCH;

/** The folder's document names (not its subfolders'), in the extractor's order. */
async function documentNames(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  // A "Download graph" package is read apart (scripts/lib/graph-package.ts), not as a document.
  return entries
    .map((e) => e.name)
    .filter((name) => isDocumentName(name) && name !== PACKAGE_FILE)
    .sort(compareFiles);
}

/** One file's bytes; links and unreadable files become diagnostics, not crashes. */
async function readSource(folder: string, name: string): Promise<SourceFile | Diagnostic | null> {
  const path = join(folder, name);
  try {
    const stat = await lstat(path);
    if (stat.isSymbolicLink()) return diagnostic("symlink-skipped", { file: name });
    if (!stat.isFile()) return null;
    return { file: name, bytes: await readFile(path) };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return diagnostic("unreadable-file", { file: name, reason });
  }
}

/** Reads, converts and extracts every document of `folder`; `onProgress` as in convert-sources. */
export async function readFolder(
  folder: string,
  onProgress?: (line: string) => void,
): Promise<FolderReading> {
  const names = await documentNames(folder);
  const pkg = await readGraphPackage(folder);
  const inFolder = new Set(names);
  // A packaged document whose file is not in the folder (or cannot be read) is read from its text.
  const files = [...new Set([...names, ...(pkg?.files ?? [])])].sort(compareFiles);
  const converter = sourceConverter(onProgress);
  const reader = documentReader(files.length);
  const problems: Diagnostic[] = [];
  const pending: Promise<DocumentReading>[] = [];
  const usedIds = new Set<string>();
  let packaged = 0;
  try {
    for (let i = 0; i < files.length; i += READ_BATCH) {
      const batch = files.slice(i, i + READ_BATCH);
      const read = await Promise.all(
        batch.map((name) => (inFolder.has(name) ? readSource(folder, name) : null)),
      );
      for (const [j, name] of batch.entries()) {
        const got = read[j] ?? null;
        if (got !== null && !("bytes" in got)) problems.push(got);
        const fromFolder = got !== null && "bytes" in got ? got : null;
        const reused = (fromFolder ? pkg?.reuse(fromFolder) : pkg?.source(name)) ?? null;
        if (!fromFolder && !reused) continue;
        if (reused) packaged++;
        const source = reused ?? (await converter.convert(fromFolder!, i + j, files.length));
        // Packaged texts come without their file's bytes: the graph keeps the original sizes.
        const size = fromFolder?.bytes.byteLength ?? pkg?.sizes.get(name);
        const reading = reader.read(source, documentIdFor(name, usedIds)).then((r) => {
          if (size !== undefined) r.document.bytes = size;
          return r;
        });
        // Awaited in order below; a failure must not count as unhandled before then.
        reading.catch(() => {});
        pending.push(reading);
        if (pending.length > AHEAD) await pending[pending.length - AHEAD - 1];
      }
    }
    const readings = await Promise.all(pending);
    return {
      readings,
      problems: [...problems, ...(pkg?.problems ?? [])],
      formats: converter.formats(),
      packaged,
    };
  } finally {
    await Promise.all([converter.close(), reader.close()]);
  }
}

import { convertFile, MAX_FILE_BYTES, toSourceFile } from "./index.ts";
import { PROBLEMS, type ProblemCode } from "./messages.ts";
import type { ConvertProgress, OcrEngine } from "./types.ts";
import { extractGraph, type SourceFile } from "../core/extract/index.ts";
import { encodeGraph } from "../core/graph/graph-file.ts";
import { fromVersion1 } from "../core/graph/migrations.ts";
import type { Diagnostic, SourceFormat } from "../core/graph/schema.ts";

/** A file a person opened: its name (a folder's files keep their path inside it) and bytes. */
export interface InputFile {
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

/**
 * What re-extraction needs of one file, kept in the browser: never the original Word, PDF or
 * image (only its converted text), but a text file's own bytes, so the extractor reads it again
 * exactly as the first time (encoding repairs and their notes included).
 */
export interface KeptSource {
  file: string;
  /** The original file's size in bytes. */
  size: number;
  /** SHA-256 of the original file (hex), so a published copy can be matched to the file. */
  sha256: string;
  sourceFormat: SourceFormat | null;
  /** Text files only: the bytes as opened. */
  bytes?: Uint8Array;
  /** Other files: the converted text, or why there is none. */
  converted?: SourceFile["converted"];
}

/** Codes of the problems an import lists, beyond the conversion table's. */
export type ImportProblemCode = ProblemCode | "unreadable" | "no-title" | "empty" | "binary";

/**
 * A file that did not become part of the chart, and why: the code names the sentence
 * (src/import/problem-messages.ts), in the reader's language.
 */
export interface FileProblem {
  file: string;
  code: ImportProblemCode;
}

export type ImportProgress =
  | { stage: "reading"; index: number; count: number; step: ConvertProgress }
  | { stage: "charting"; documents: number };

export interface ImportRequest {
  /** The files opened now; one named like a kept file replaces it. */
  files: readonly InputFile[];
  /** The files already charted, extracted again with the new ones. */
  kept: readonly KeptSource[];
  ocr?: OcrEngine;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportResult {
  cancelled: false;
  /** graph.json (version 2) as text, as the app reads any graph file. */
  graphJson: string;
  texts: [string, string][];
  kept: KeptSource[];
  /** Problems with the files opened now. */
  problems: FileProblem[];
  /** Files opened now that were read into text (whether or not they describe a position). */
  read: number;
  positions: number;
}

export type ImportOutcome = ImportResult | { cancelled: true };

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

const TEXT_FORMATS: ReadonlySet<SourceFormat | null> = new Set(["markdown", "text"]);

/** One opened file read and converted; null when it could not even be read from the disk. */
async function readOne(
  input: InputFile,
  options: Pick<ImportRequest, "ocr" | "signal"> & { onProgress: (p: ConvertProgress) => void },
): Promise<{ kept: KeptSource; problem: FileProblem | null } | { unreadable: FileProblem }> {
  const file = input.name;
  if (input.size > MAX_FILE_BYTES) {
    // Refused before it is read: 50 MB is never loaded into memory to be refused.
    const message = PROBLEMS["too-large"];
    return {
      kept: {
        file,
        size: input.size,
        sha256: "",
        sourceFormat: null,
        converted: { problem: message },
      },
      problem: { file, code: "too-large" },
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = await input.bytes();
  } catch {
    return { unreadable: { file, code: "unreadable" } };
  }
  const result = await convertFile(file, bytes, { ...options, onProgress: options.onProgress });
  const source = toSourceFile(bytes, result);
  const kept: KeptSource = {
    file,
    size: bytes.byteLength,
    sha256: await sha256(bytes),
    sourceFormat: result.format,
    ...(TEXT_FORMATS.has(result.format) ? { bytes } : { converted: source.converted }),
  };
  return {
    kept,
    problem: result.ok ? null : { file, code: result.code },
  };
}

/** Diagnostics that mean a read file describes no position, by the code the import lists. */
const NOT_CHARTED: Readonly<Record<string, ImportProblemCode>> = {
  "no-title": "no-title",
  "empty-file": "empty",
  "binary-file": "binary",
  "read-error": "failed",
};

/** The graph of every kept file, as graph.json text and the documents' texts. */
export function chartKept(kept: readonly KeptSource[]) {
  const sources: SourceFile[] = kept.map((k) => ({
    file: k.file,
    bytes: k.bytes ?? new Uint8Array(0),
    ...(k.converted ? { converted: k.converted } : {}),
  }));
  const extracted = extractGraph(sources);
  // Converted files are kept without their bytes: the graph still gives their real size.
  const size = new Map(kept.map((k) => [k.file, k.size]));
  for (const doc of extracted.documents) doc.bytes = size.get(doc.file) ?? doc.bytes;
  const { graph, texts } = fromVersion1(extracted);
  return { graph, graphJson: JSON.stringify(encodeGraph(graph)), texts: [...texts] };
}

function notCharted(diagnostics: readonly Diagnostic[], files: ReadonlyMap<string, string>) {
  const problems: FileProblem[] = [];
  for (const d of diagnostics) {
    const code = d.code ? NOT_CHARTED[d.code] : undefined;
    const file = d.documentId ? files.get(d.documentId) : undefined;
    if (code && file !== undefined) problems.push({ file, code });
  }
  return problems;
}

/**
 * Reads the opened files one by one (OCR'd pages side by side, as the engine allows), then
 * extracts the chart from them and the kept files together, so names are matched across every
 * document. Never throws for a bad file: each becomes a problem, and the others still make the
 * chart. Cancelling (the signal) stops between pages and changes nothing.
 */
export async function runImport(request: ImportRequest): Promise<ImportOutcome> {
  const { files, signal } = request;
  const problems: FileProblem[] = [];
  const added: KeptSource[] = [];
  for (const [index, input] of files.entries()) {
    if (signal?.aborted) return { cancelled: true };
    const onProgress = (step: ConvertProgress) =>
      request.onProgress?.({ stage: "reading", index, count: files.length, step });
    onProgress({ file: input.name, step: "reading" });
    const one = await readOne(input, { ocr: request.ocr, signal, onProgress });
    if (signal?.aborted) return { cancelled: true };
    if ("unreadable" in one) {
      problems.push(one.unreadable);
      continue;
    }
    added.push(one.kept);
    if (one.problem) problems.push(one.problem);
  }
  const names = new Set(added.map((k) => k.file));
  const kept = [...request.kept.filter((k) => !names.has(k.file)), ...added];
  request.onProgress?.({ stage: "charting", documents: kept.length });
  const { graph, graphJson, texts } = chartKept(kept);
  const fileOf = new Map(graph.documents.map((d) => [d.id, d.file]));
  const converted = new Set(problems.map((p) => p.file));
  const found = notCharted(graph.diagnostics, fileOf).filter(
    (p) => names.has(p.file) && !converted.has(p.file),
  );
  return {
    cancelled: false,
    graphJson,
    texts,
    kept,
    problems: [...problems, ...found],
    read: added.length - problems.filter((p) => p.code !== "unreadable").length,
    positions: graph.nodes.length,
  };
}

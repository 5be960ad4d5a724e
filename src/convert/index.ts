import { decodeDocument, textSourceFormat } from "../core/extract/decode.ts";
import type { SourceFile } from "../core/extract/index.ts";
import type { SourceFormat } from "../core/graph/schema.ts";
import { convertDocx } from "./docx.ts";
import { layOut } from "./layout.ts";
import { ConvertError, PROBLEMS, type ProblemCode } from "./messages.ts";
import { convertPdf } from "./pdf.ts";
import { type FileKind, sniffKind } from "./sniff.ts";
import type { ConvertOptions, ConvertResult } from "./types.ts";

export { DOCUMENT_EXTENSIONS, isDocumentName } from "./sniff.ts";
export type * from "./types.ts";

/** Larger files are refused before they are opened: no job description is this big. */
export const MAX_FILE_BYTES = 50_000_000;

const REFUSED: Partial<Record<FileKind, ProblemCode>> = {
  "legacy-word": "legacy-word",
  "rich-text": "rich-text",
  "open-document": "open-document",
  "zip-archive": "zip-archive",
  unknown: "unsupported-type",
};

const FORMAT_OF: Partial<Record<FileKind, SourceFormat>> = {
  docx: "docx",
  pdf: "pdf",
  image: "image",
};

interface Read {
  text: string;
  format: SourceFormat;
  pageOffsets: number[];
  warnings: string[];
}

async function readImage(file: string, bytes: Uint8Array, options: ConvertOptions): Promise<Read> {
  if (!options.ocr) throw new ConvertError("ocr-unavailable");
  options.onProgress?.({ file, step: "ocr", page: 1, pages: 1, done: 0 });
  let page;
  try {
    ({ page } = await options.ocr.recognize({ kind: "encoded", bytes }, options.signal));
  } catch (error) {
    if (error instanceof ConvertError) throw error;
    throw new ConvertError("corrupt-image");
  }
  const { text, pageOffsets } = layOut([page]);
  return { text, format: "image", pageOffsets, warnings: [] };
}

async function read(
  file: string,
  kind: FileKind,
  bytes: Uint8Array,
  options: ConvertOptions,
): Promise<Read> {
  if (kind === "text") {
    const decoded = decodeDocument(bytes);
    return { text: decoded.text, format: textSourceFormat(file), pageOffsets: [], warnings: [] };
  }
  if (kind === "docx") {
    const { text, warnings } = await convertDocx(bytes);
    return { text, format: "docx", pageOffsets: [], warnings };
  }
  if (kind === "pdf") {
    const pdf = await convertPdf(file, bytes, options);
    const allScanned =
      pdf.scannedPages.length > 0 && pdf.scannedPages.length === pdf.pageOffsets.length;
    return { ...pdf, format: allScanned ? "pdf-scan" : "pdf" };
  }
  if (kind === "image") return readImage(file, bytes, options);
  throw new ConvertError(REFUSED[kind] ?? "unsupported-type");
}

/**
 * Turns one file into the text the extractor reads, or says plainly why it cannot. Never throws:
 * every failure is a `ConvertProblem` with a message a user can act on. Runs unchanged in Node
 * and in a Web Worker (no DOM); each format's library is loaded only when a file needs it.
 *
 * @example
 * const result = await convertFile("director.pdf", bytes, { ocr, signal, onProgress });
 * if (result.ok) console.log(result.text, result.pageOffsets);
 */
export async function convertFile(
  file: string,
  bytes: Uint8Array,
  options: ConvertOptions = {},
): Promise<ConvertResult> {
  const kind = sniffKind(file, bytes);
  const format = kind === "text" ? textSourceFormat(file) : (FORMAT_OF[kind] ?? null);
  const problem = (code: ProblemCode): ConvertResult => ({
    ok: false,
    file,
    format,
    code,
    message: PROBLEMS[code],
  });
  if (bytes.byteLength === 0) return problem("empty-file");
  if (bytes.byteLength > MAX_FILE_BYTES) return problem("too-large");
  if (options.signal?.aborted) return problem("cancelled");
  options.onProgress?.({ file, step: "reading" });
  try {
    const done = await read(file, kind, bytes, options);
    if (kind !== "text" && done.text.trim() === "") return problem("no-text");
    const pages = done.pageOffsets.length > 0 ? done.pageOffsets.length : null;
    return { ok: true, file, ...done, pages };
  } catch (error) {
    if (error instanceof ConvertError) return problem(error.code);
    return problem("failed");
  }
}

/**
 * What the extractor is given for a file: text files as their bytes (the extractor decodes them,
 * as it always has), anything else as its converted text or the reason it could not be read.
 */
export function toSourceFile(bytes: Uint8Array, result: ConvertResult): SourceFile {
  if (result.format === "markdown" || result.format === "text") return { file: result.file, bytes };
  if (!result.ok) {
    return {
      file: result.file,
      bytes,
      converted: {
        ...(result.format ? { sourceFormat: result.format } : {}),
        problem: result.message,
      },
    };
  }
  return {
    file: result.file,
    bytes,
    converted: {
      sourceFormat: result.format,
      text: result.text,
      notes: result.warnings,
      ...(result.pageOffsets.length > 0 ? { pageStarts: result.pageOffsets } : {}),
    },
  };
}

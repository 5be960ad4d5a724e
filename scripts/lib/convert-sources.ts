import { availableParallelism } from "node:os";
import type { SourceFile } from "../../src/core/extract/index.ts";
import type { SourceFormat } from "../../src/core/graph/schema.ts";
import { convertFile, MAX_FILE_BYTES, toSourceFile } from "../../src/convert/index.ts";
import { sniffKind } from "../../src/convert/sniff.ts";
import { textSourceFormat } from "../../src/core/extract/decode.ts";
import type { ConvertProgress, OcrEngine } from "../../src/convert/types.ts";
import { createNodeOcr } from "./node-ocr.ts";

/** How the prebuild names each source format in its summary line. */
const FORMAT_NAMES: Record<SourceFormat, string> = {
  markdown: "markdown",
  text: "text",
  docx: "Word",
  pdf: "PDF",
  "pdf-scan": "scanned PDF",
  image: "image",
};

/** An OCR engine that starts (workers, trained data) only when a scan needs it. */
function lazyOcr(): OcrEngine & { terminate: () => Promise<void> } {
  let engine: ReturnType<typeof createNodeOcr> | null = null;
  return {
    concurrency: Math.min(2, availableParallelism()),
    recognize: async (image, signal) => {
      engine ??= createNodeOcr();
      return (await engine).recognize(image, signal);
    },
    terminate: async () => {
      if (engine) await (await engine).terminate();
    },
  };
}

function describe(progress: ConvertProgress, index: number, count: number): string {
  const head = `graph: reading ${index + 1} of ${count}: ${progress.file}`;
  if (progress.step === "ocr") return `${head}, OCR page ${progress.page} of ${progress.pages}`;
  if (progress.step === "page") return `${head}, page ${progress.page} of ${progress.pages}`;
  return head;
}

/** Converts files one at a time; counts what it read by format for the summary line. */
export interface SourceConverter {
  convert(source: SourceFile, index: number, count: number): Promise<SourceFile>;
  /** "12 markdown, 3 Word", most first. */
  formats(): string;
  close(): Promise<void>;
}

/**
 * Converts Word files, PDFs and images to text with the app's own conversion code (OCR
 * included); `onProgress` gets a line per step for a terminal. Text files go to the extractor
 * as their bytes, as `toSourceFile` gives them, without being decoded here first (the extractor
 * decodes them).
 */
export function sourceConverter(onProgress?: (line: string) => void): SourceConverter {
  const ocr = lazyOcr();
  const counts = new Map<SourceFormat, number>();
  const count = (format: SourceFormat) => counts.set(format, (counts.get(format) ?? 0) + 1);
  return {
    async convert(source, index, total) {
      if (sniffKind(source.file, source.bytes) === "text") {
        onProgress?.(describe({ file: source.file, step: "reading" }, index, total));
        // What convertFile would say: read unless empty or too large.
        const size = source.bytes.byteLength;
        if (size > 0 && size <= MAX_FILE_BYTES) count(textSourceFormat(source.file));
        return { file: source.file, bytes: source.bytes };
      }
      const result = await convertFile(source.file, source.bytes, {
        ocr,
        onProgress: (p) => onProgress?.(describe(p, index, total)),
      });
      if (result.ok) count(result.format);
      return toSourceFile(source.bytes, result);
    },
    formats: () =>
      [...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([format, n]) => `${n} ${FORMAT_NAMES[format]}`)
        .join(", "),
    close: () => ocr.terminate(),
  };
}

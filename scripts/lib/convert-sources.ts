import { availableParallelism } from "node:os";
import type { SourceFile } from "../../src/core/extract/index.ts";
import type { SourceFormat } from "../../src/core/graph/schema.ts";
import { convertFile, toSourceFile } from "../../src/convert/index.ts";
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

/**
 * Converts Word files, PDFs and images to text with the app's own conversion code (OCR
 * included), one file at a time; `onProgress` gets a line per step for a terminal.
 */
export async function convertSources(
  files: readonly SourceFile[],
  onProgress?: (line: string) => void,
): Promise<{ files: SourceFile[]; formats: string }> {
  const ocr = lazyOcr();
  const converted: SourceFile[] = [];
  const counts = new Map<SourceFormat, number>();
  try {
    for (const [index, source] of files.entries()) {
      const result = await convertFile(source.file, source.bytes, {
        ocr,
        onProgress: (p) => onProgress?.(describe(p, index, files.length)),
      });
      if (result.ok) counts.set(result.format, (counts.get(result.format) ?? 0) + 1);
      converted.push(toSourceFile(source.bytes, result));
    }
  } finally {
    await ocr.terminate();
  }
  const formats = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([format, n]) => `${n} ${FORMAT_NAMES[format]}`)
    .join(", ");
  return { files: converted, formats };
}

import { ConvertError } from "./messages.ts";
import type { TesseractSetup } from "./ocr.ts";
import type { OcrEngine } from "./types.ts";

/** The smallest WebAssembly module: compiling it says whether this page may run WebAssembly. */
const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/**
 * Whether OCR can start here: WebAssembly allowed (a Content-Security-Policy without
 * 'wasm-unsafe-eval' forbids it) and tesseract's worker script served. tesseract.js itself never
 * settles when either fails, so an import would wait forever; asked once, before the first page.
 */
export async function ocrCanStart(setup: TesseractSetup): Promise<boolean> {
  try {
    await WebAssembly.compile(EMPTY_MODULE);
    const worker = await fetch(setup.workerPath ?? "", { method: "HEAD" });
    return worker.ok;
  } catch {
    return false;
  }
}

/** An OCR engine that says "OCR is not available here" instead of hanging when it cannot start. */
export function checkedOcr(engine: OcrEngine, canStart: () => Promise<boolean>): OcrEngine {
  let ready: Promise<boolean> | null = null;
  return {
    concurrency: engine.concurrency ?? 1,
    async recognize(image, signal) {
      ready ??= canStart();
      if (!(await ready)) throw new ConvertError("ocr-unavailable");
      return engine.recognize(image, signal);
    },
  };
}

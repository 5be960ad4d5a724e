import type { TesseractSetup } from "./ocr.ts";

/**
 * What tesseract.js needs in the browser, served from the app's own origin under `ocr/` (never a
 * CDN): its worker script, its WebAssembly cores (the three LSTM-only builds; the worker picks
 * one by the browser's SIMD support) and the English and French trained data. Paths in the
 * built site, each with the npm file it is copied from (scripts/lib/ocr-assets-plugin.ts).
 */
export const OCR_ASSETS: Readonly<Record<string, string>> = {
  "ocr/worker.min.js": "tesseract.js/dist/worker.min.js",
  "ocr/core/tesseract-core-lstm.wasm.js": "tesseract.js-core/tesseract-core-lstm.wasm.js",
  "ocr/core/tesseract-core-simd-lstm.wasm.js": "tesseract.js-core/tesseract-core-simd-lstm.wasm.js",
  "ocr/core/tesseract-core-relaxedsimd-lstm.wasm.js":
    "tesseract.js-core/tesseract-core-relaxedsimd-lstm.wasm.js",
  "ocr/lang/eng.traineddata.gz": "@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz",
  "ocr/lang/fra.traineddata.gz": "@tesseract.js-data/fra/4.0.0_best_int/fra.traineddata.gz",
};

/**
 * Where tesseract.js finds its files, as absolute URLs: inside a worker, tesseract.js uses them
 * as given (it resolves relative ones only on a page).
 *
 * @example ocrSetup("http://localhost:4173/", 2).langPath // "http://localhost:4173/ocr/lang"
 */
export function ocrSetup(base: string, workers: number): TesseractSetup {
  const at = (path: string) => new URL(path, base).href;
  return {
    langPath: at("ocr/lang"),
    workerPath: at("ocr/worker.min.js"),
    corePath: at("ocr/core"),
    workers,
  };
}

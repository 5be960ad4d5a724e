import { mkdtemp, rm, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { OCR_LANGUAGES, createTesseractOcr } from "../../src/convert/ocr.ts";
import type { OcrEngine } from "../../src/convert/types.ts";

const require = createRequire(import.meta.url);

/** The LSTM-only ("best_int") trained data of a language, inside its npm package. */
export function trainedDataPath(language: (typeof OCR_LANGUAGES)[number]): string {
  const pkg = dirname(require.resolve(`@tesseract.js-data/${language}/package.json`));
  return join(pkg, "4.0.0_best_int", `${language}.traineddata.gz`);
}

/**
 * OCR in Node: tesseract.js reads the English and French trained data from node_modules, never
 * from the network. tesseract.js takes one folder for all languages, so the two packages' files
 * are linked into a temporary one. By default it reads two pages at once where there are two
 * cores. Call `terminate` when done.
 */
export async function createNodeOcr(
  workers = Math.min(2, availableParallelism()),
): Promise<OcrEngine & { terminate: () => Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), "org-atlas-ocr-"));
  for (const language of OCR_LANGUAGES) {
    await symlink(trainedDataPath(language), join(folder, `${language}.traineddata.gz`));
  }
  const engine = createTesseractOcr({ langPath: folder, workers });
  return {
    concurrency: engine.concurrency,
    recognize: (image, signal) => engine.recognize(image, signal),
    async terminate() {
      await engine.terminate();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

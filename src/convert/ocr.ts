import { ConvertError } from "./messages.ts";
import type { OcrEngine, OcrImage, PageLine, PageLines } from "./types.ts";

/** The trained data languages: job descriptions are in English or French, often both. */
export const OCR_LANGUAGES = ["eng", "fra"] as const;
export type OcrLanguage = (typeof OCR_LANGUAGES)[number];

/** Where tesseract.js finds what it needs; every path is local (node_modules or the app's origin). */
export interface TesseractSetup {
  /**
   * The folder holding `eng.traineddata.gz` and `fra.traineddata.gz` (from
   * `@tesseract.js-data/<lang>/4.0.0_best_int`): a directory in Node, a same-origin URL in the
   * browser. Never left unset: tesseract.js would download the data from a CDN.
   */
  langPath: string;
  /** Browser only: URLs of tesseract.js's worker script and of the folder of its wasm core. */
  workerPath?: string;
  corePath?: string;
  /** How many pages are read at once (one tesseract worker each). */
  workers?: number;
}

/** Raw pixels as a PGM (grey) file, which tesseract's image reader opens without a codec. */
export function pixelsToPgm(image: Extract<OcrImage, { kind: "pixels" }>): Uint8Array {
  const { width, height, channels, data } = image;
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const out = new Uint8Array(header.length + width * height);
  out.set(header);
  for (let i = 0, o = header.length; i < width * height; i++, o++) {
    const p = i * channels;
    out[o] =
      channels === 1
        ? (data[p] ?? 255)
        : Math.round(
            0.299 * (data[p] ?? 0) + 0.587 * (data[p + 1] ?? 0) + 0.114 * (data[p + 2] ?? 0),
          );
  }
  return out;
}

const MIN_LINE_CONFIDENCE = 60;

/** The part of tesseract.js's result this module reads. */
interface TesseractLine {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
  rowAttributes?: { row_height?: number };
  words: { text: string }[];
}
interface TesseractResult {
  confidence: number;
  blocks: { paragraphs: { lines: TesseractLine[] }[] }[] | null;
}

/** tesseract's lines as page lines: words joined by single spaces, sized by their row height. */
export function tesseractLines(result: TesseractResult): PageLines {
  const lines: PageLine[] = [];
  for (const block of result.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const text = line.words
          .map((w) => w.text)
          .join(" ")
          .trim();
        // A line of specks is noise from the scan, not text.
        // Lines read with little confidence are specks, texture or a photo, not text (measured:
        // text lines of the scanned fixtures score 87 or more, a textured photo's at most 46).
        if (text === "" || line.confidence < MIN_LINE_CONFIDENCE) continue;
        const { x0, y0, x1, y1 } = line.bbox;
        lines.push({
          text,
          x0,
          x1,
          top: y0,
          bottom: y1,
          size: line.rowAttributes?.row_height ?? y1 - y0,
          font: null,
        });
      }
    }
  }
  lines.sort((a, b) => a.top - b.top || a.x0 - b.x0);
  return { lines };
}

type Scheduler = {
  addJob: (
    action: "recognize",
    image: Uint8Array,
    options: object,
    output: object,
  ) => Promise<{ data: TesseractResult }>;
  terminate: () => Promise<unknown>;
};

/**
 * An OCR engine on tesseract.js, English and French together, started on first use. Call
 * `terminate` when done: its workers hold the wasm core and trained data in memory.
 */
export function createTesseractOcr(setup: TesseractSetup): OcrEngine & {
  terminate: () => Promise<void>;
} {
  let scheduler: Promise<Scheduler> | null = null;
  const start = async (): Promise<Scheduler> => {
    const tesseract = await import("tesseract.js");
    const { createScheduler, createWorker, OEM } = tesseract.default ?? tesseract;
    // tesseract.js reports a worker's failure to this handler (it would otherwise throw where
    // nothing can catch it, and the worker's promise would never settle).
    let fail: (reason: unknown) => void = () => undefined;
    const failed = new Promise<never>((_resolve, reject) => (fail = reject));
    const options = {
      langPath: setup.langPath,
      gzip: true,
      cacheMethod: "none",
      errorHandler: (error: unknown) => fail(new Error(`OCR failed: ${String(error)}`)),
      ...(setup.workerPath ? { workerPath: setup.workerPath, workerBlobURL: false } : {}),
      ...(setup.corePath ? { corePath: setup.corePath } : {}),
    };
    const made = createScheduler();
    const count = Math.max(1, setup.workers ?? 1);

    const workers = Array.from({ length: count }, () =>
      createWorker(OCR_LANGUAGES.join("+"), OEM.LSTM_ONLY, options),
    );
    for (const worker of await Promise.race([Promise.all(workers), failed])) made.addWorker(worker);
    return made as unknown as Scheduler;
  };
  return {
    concurrency: Math.max(1, setup.workers ?? 1),
    async recognize(image, signal) {
      if (signal?.aborted) throw new ConvertError("cancelled");
      scheduler ??= start();
      const ready = await scheduler;
      const bytes = image.kind === "encoded" ? image.bytes : pixelsToPgm(image);
      const job = ready.addJob(
        "recognize",
        bytes,
        { rotateAuto: true },
        { blocks: true, text: false },
      );
      const aborted = new Promise<never>((_resolve, reject) =>
        signal?.addEventListener("abort", () => reject(new ConvertError("cancelled")), {
          once: true,
        }),
      );
      const { data } = await Promise.race([job, aborted]);
      return { page: tesseractLines(data), confidence: data.confidence };
    },
    async terminate() {
      const running = scheduler;
      scheduler = null;
      if (running) await (await running).terminate();
    },
  };
}

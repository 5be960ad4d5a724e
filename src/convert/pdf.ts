import type * as PdfJsModule from "unpdf/pdfjs";
import { layOut } from "./layout.ts";
import { ConvertError } from "./messages.ts";
import { type TextItemLike, linesOfPage } from "./pdf-lines.ts";
import type { ConvertOptions, OcrImage, PageLines } from "./types.ts";

/** Past this a PDF is a book or a binder, not a job description. */
export const MAX_PAGES = 300;
/** A page with fewer letters than this has no text layer worth reading: it is a scan. */
const MIN_TEXT_CHARS = 20;

type PdfJs = typeof PdfJsModule;
type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;
type PdfPage = Awaited<ReturnType<PdfDocument["getPage"]>>;

/** pdf.js 6 uses ES2024's `ArrayBuffer.prototype.transferToFixedLength`, which Node 20 lacks. */
function ensureTransferToFixedLength(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & {
    transferToFixedLength?: (length?: number) => ArrayBuffer;
  };
  if (proto.transferToFixedLength) return;
  Object.defineProperty(proto, "transferToFixedLength", {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length = this.byteLength): ArrayBuffer {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}

async function openPdf(pdfjs: PdfJs, bytes: Uint8Array): Promise<PdfDocument> {
  try {
    return await pdfjs.getDocument({
      // A copy as a plain Uint8Array: pdf.js refuses Node Buffers and detaches what it is given.
      data: new Uint8Array(bytes),
      // Nothing in a PDF runs or is fetched: no forms' scripts, no fonts, maps or wasm from a URL.
      enableXfa: false,
      useWasm: false,
      useSystemFonts: false,
      disableFontFace: true,
      stopAtErrors: false,
      verbosity: 0,
      // Decoded images as plain pixels (not ImageBitmaps), the same in Node and in a worker.
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    throw new ConvertError(name === "PasswordException" ? "password-protected" : "corrupt-pdf");
  }
}

/** The largest picture drawn on a page: on a scanned page, the page itself. */
async function pageImage(pdfjs: PdfJs, page: PdfPage): Promise<OcrImage | null> {
  const ops = await page.getOperatorList();
  let best: OcrImage | null = null;
  for (let i = 0; i < ops.fnArray.length; i++) {
    if (ops.fnArray[i] !== pdfjs.OPS.paintImageXObject) continue;
    const id = (ops.argsArray[i] as [string])[0];
    const objs = id.startsWith("g_") ? page.commonObjs : page.objs;
    const image = await new Promise<{ width: number; height: number; data?: Uint8Array } | null>(
      (resolve) => objs.get(id, resolve),
    );
    if (!image?.data || !image.width || !image.height) continue;
    const channels = image.data.length / (image.width * image.height);
    if (channels !== 1 && channels !== 3 && channels !== 4) continue;
    if (best?.kind === "pixels" && best.width * best.height >= image.width * image.height) continue;
    best = { kind: "pixels", width: image.width, height: image.height, channels, data: image.data };
  }
  return best;
}

/** Runs jobs with at most `limit` at once; the first failure is thrown by `add` or `finish`. */
class OcrQueue {
  private readonly running = new Set<Promise<void>>();
  private failure: unknown = null;

  constructor(private readonly limit: number) {}

  async add(job: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.limit) await Promise.race(this.running);
    this.check();
    const run = job()
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  async finish(): Promise<void> {
    await Promise.all(this.running);
    this.check();
  }

  private check(): void {
    if (this.failure !== null) throw this.failure;
  }
}

/** OCR'd lines in page units, so scanned and text pages lay out together. */
function scaled(page: PageLines, factor: number): PageLines {
  return {
    lines: page.lines.map((l) => ({
      ...l,
      x0: l.x0 * factor,
      x1: l.x1 * factor,
      top: l.top * factor,
      bottom: l.bottom * factor,
      size: l.size * factor,
    })),
  };
}

/**
 * A PDF's text, page by page in reading order; pages without a text layer are read by OCR.
 * Running headers, footers and page numbers are left out; `pageOffsets` says where each page
 * starts in the text.
 */
export async function convertPdf(
  file: string,
  bytes: Uint8Array,
  options: ConvertOptions,
): Promise<{ text: string; pageOffsets: number[]; scannedPages: number[]; warnings: string[] }> {
  ensureTransferToFixedLength();
  const pdfjs = await import("unpdf/pdfjs");
  const pdf = await openPdf(pdfjs, bytes);
  try {
    const count = pdf.numPages;
    if (count > MAX_PAGES) throw new ConvertError("too-many-pages");
    const pages: PageLines[] = [];
    const scannedPages: number[] = [];
    const ocrPages = new OcrQueue(options.ocr?.concurrency ?? 1);
    for (let n = 1; n <= count; n++) {
      if (options.signal?.aborted) throw new ConvertError("cancelled");
      options.onProgress?.({ file, step: "page", page: n, pages: count });
      const page = await pdf.getPage(n);
      const lines = linesOfPage(
        (await page.getTextContent()).items as TextItemLike[],
        page.view[3] ?? 0,
      );
      const letters = lines.lines.reduce((sum, l) => sum + l.text.replace(/\s/g, "").length, 0);
      const image = letters < MIN_TEXT_CHARS ? await pageImage(pdfjs, page) : null;
      if (!image || image.kind !== "pixels") {
        pages.push(lines);
        continue;
      }
      const ocr = options.ocr;
      if (!ocr) throw new ConvertError("ocr-unavailable");
      options.onProgress?.({ file, step: "ocr", page: n, pages: count, done: scannedPages.length });
      const index = pages.push({ lines: [] }) - 1;
      const factor = ((page.view[2] ?? image.width) - (page.view[0] ?? 0)) / image.width;
      scannedPages.push(n);
      // Pages are read by OCR side by side, as many at once as the engine has workers.
      await ocrPages.add(async () => {
        pages[index] = scaled((await ocr.recognize(image, options.signal)).page, factor);
      });
    }
    await ocrPages.finish();
    if (options.signal?.aborted) throw new ConvertError("cancelled");
    const { text, pageOffsets } = layOut(pages);
    const warnings =
      scannedPages.length > 0 && scannedPages.length < count
        ? [`Pages ${scannedPages.join(", ")} had no text layer and were read by OCR.`]
        : [];
    return { text, pageOffsets, scannedPages, warnings };
  } finally {
    await pdf.loadingTask.destroy();
  }
}

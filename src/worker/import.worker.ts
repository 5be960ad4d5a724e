/// <reference lib="webworker" />
import { createTesseractOcr } from "../convert/ocr.ts";
import { ocrSetup } from "../convert/ocr-assets.ts";
import { checkedOcr, ocrCanStart } from "../convert/ocr-probe.ts";
import type { ImportReply, ImportMessage } from "./import-client.ts";
import { runImport } from "../convert/import-session.ts";

// The shell around import-session.ts: reading Word files, PDFs and scans and extracting the chart
// happen here, off the page's main thread. OCR runs in tesseract.js's own workers, started from
// here when a file needs them and stopped when the import ends.
let running: AbortController | null = null;

const post = (reply: ImportReply) => self.postMessage(reply);

self.onmessage = async (event: MessageEvent<ImportMessage>) => {
  const message = event.data;
  if (message.type === "cancel") {
    running?.abort();
    return;
  }
  const controller = new AbortController();
  running = controller;
  const setup = ocrSetup(message.base, message.ocrWorkers);
  const ocr = createTesseractOcr(setup);
  try {
    const outcome = await runImport({
      files: message.files.map(({ name, file }) => ({
        name,
        size: file.size,
        bytes: async () => new Uint8Array(await file.arrayBuffer()),
      })),
      kept: message.kept,
      ocr: checkedOcr(ocr, () => ocrCanStart(setup)),
      signal: controller.signal,
      onProgress: (progress) => post({ type: "progress", id: message.id, progress }),
    });
    post({ type: "done", id: message.id, outcome });
  } catch (error) {
    post({ type: "failed", id: message.id, message: String(error) });
  } finally {
    if (running === controller) running = null;
    await ocr.terminate().catch(() => undefined);
  }
};

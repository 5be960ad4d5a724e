import type { ImportOutcome, ImportProgress, KeptSource } from "../convert/import-session.ts";

/** A file to read, under the name the chart will give it (a folder's files keep their path). */
export interface NamedFile {
  name: string;
  file: File;
}

export type ImportMessage =
  | {
      type: "import";
      id: number;
      files: NamedFile[];
      kept: KeptSource[];
      /** The app's base URL: OCR's worker, cores and trained data are served beside it. */
      base: string;
      ocrWorkers: number;
    }
  | { type: "cancel"; id: number };

export type ImportReply =
  | { type: "progress"; id: number; progress: ImportProgress }
  | { type: "done"; id: number; outcome: ImportOutcome }
  | { type: "failed"; id: number; message: string };

export interface ImportRun {
  outcome: Promise<ImportOutcome>;
  /** Stops reading between pages; the outcome is then `{ cancelled: true }`. */
  cancel(): void;
}

export interface ImportClient {
  run(files: NamedFile[], kept: KeptSource[], onProgress: (p: ImportProgress) => void): ImportRun;
}

/**
 * Reads documents in a Web Worker (import.worker.ts), started on the first import: pdf.js,
 * mammoth and tesseract.js load only then, so the start-up bundle does not carry them.
 * OCR reads as many pages at once as there are cores, up to two.
 */
export function createImportClient(
  makeWorker: () => Worker = () =>
    new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module" }),
  base = new URL(import.meta.env.BASE_URL, document.baseURI).href,
): ImportClient {
  let worker: Worker | null = null;
  let seq = 0;
  const ocrWorkers = Math.max(1, Math.min(2, navigator.hardwareConcurrency || 1));
  return {
    run(files, kept, onProgress) {
      worker ??= makeWorker();
      const id = ++seq;
      const current = worker;
      const outcome = new Promise<ImportOutcome>((resolve, reject) => {
        const onMessage = (event: MessageEvent<ImportReply>) => {
          const reply = event.data;
          if (reply.id !== id) return;
          if (reply.type === "progress") return onProgress(reply.progress);
          current.removeEventListener("message", onMessage);
          current.removeEventListener("error", onError);
          if (reply.type === "done") resolve(reply.outcome);
          else reject(new Error(reply.message));
        };
        // The worker's script failed to load or threw outside a request (a browser without
        // module workers, a broken deployment): said as an error, never a silent hang.
        const onError = (event: ErrorEvent) => {
          current.removeEventListener("message", onMessage);
          current.removeEventListener("error", onError);
          worker = null;
          current.terminate();
          reject(new Error(event.message || "the document reader could not start"));
        };
        current.addEventListener("message", onMessage);
        current.addEventListener("error", onError);
      });
      current.postMessage({
        type: "import",
        id,
        files,
        kept,
        base,
        ocrWorkers,
      } satisfies ImportMessage);
      return {
        outcome,
        cancel: () => current.postMessage({ type: "cancel", id } satisfies ImportMessage),
      };
    },
  };
}

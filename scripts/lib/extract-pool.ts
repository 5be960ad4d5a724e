import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import {
  type DocumentReading,
  readDocument,
  type SourceFile,
} from "../../src/core/extract/index.ts";
import type { ReadJob } from "./extract-worker.ts";

/** Reads documents one by one (`readDocument`), on worker threads when it pays. */
export interface DocumentReader {
  read(source: SourceFile, id: string): Promise<DocumentReading>;
  close(): Promise<void>;
}

/**
 * Below this many documents the workers' start (each loads the extractor, ~0.5 s) costs more
 * than a second core saves.
 */
export const WORKERS_FROM = 200;

/** Every core reads documents; the main thread only reads files and collects the readings. */
export function documentReader(documents: number): DocumentReader {
  const threads = availableParallelism();
  if (documents < WORKERS_FROM || threads < 2) return inThread();
  return workerPool(threads);
}

function inThread(): DocumentReader {
  return {
    read: async (source, id) => readDocument(source, id),
    close: async () => {},
  };
}

interface Pending {
  resolve: (reading: DocumentReading) => void;
  reject: (error: Error) => void;
}

/**
 * The worker registers tsx's loader, then loads its TypeScript: the loader given to the main
 * thread (`--import tsx`) does not reach worker threads.
 */
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then((tsx) => tsx.register())
  .then(() => import(${JSON.stringify(new URL("./extract-worker.ts", import.meta.url).href)}));`;

function workerPool(size: number): DocumentReader {
  const pending = new Map<number, Pending>();
  const busy: number[] = [];
  let closing = false;
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const workers = Array.from({ length: size }, (_, i) => {
    const worker = new Worker(WORKER_BOOT, { eval: true });
    busy.push(0);
    worker.on("message", ({ job, reading }: { job: number; reading: DocumentReading }) => {
      busy[i]!--;
      pending.get(job)?.resolve(shareQuotes(reading));
      pending.delete(job);
    });
    worker.on("error", failAll);
    worker.on("exit", (code) => {
      if (!closing) failAll(new Error(`a document reader stopped (exit code ${code})`));
    });
    return worker;
  });
  let next = 0;
  return {
    read(source, id) {
      const job = next++;
      // The least busy worker takes it: documents differ in length, turns would not even out.
      const i = busy.indexOf(Math.min(...busy));
      busy[i]!++;
      return new Promise((resolve, reject) => {
        pending.set(job, { resolve, reject });
        workers[i]!.postMessage({ job, source, id } satisfies ReadJob);
      });
    },
    close: async () => {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * A reading that crossed from a worker holds each quote as a copy of its sentence; as a slice of
 * its document's text (what the extractor made in one thread) a quote costs a few bytes: about a
 * fifth of the readings' memory.
 */
function shareQuotes(reading: DocumentReading): DocumentReading {
  const { text } = reading.document;
  const extraction = reading.extraction;
  if (!extraction) return reading;
  const shared = new Map<string, string>();
  const share = (quote: string): string => {
    let slice = shared.get(quote);
    if (slice === undefined) {
      const at = text.indexOf(quote);
      slice = at < 0 ? quote : text.slice(at, at + quote.length);
      shared.set(quote, slice);
    }
    return slice;
  };
  const { mentions, relations, peerClaims, reportLists, subjectFacts, dimensions } = extraction;
  const quoted: { quote: string }[][] = [
    mentions,
    relations,
    peerClaims,
    reportLists,
    subjectFacts,
    dimensions,
  ];
  for (const item of quoted.flat()) item.quote = share(item.quote);
  if (extraction.unitSize) extraction.unitSize.quote = share(extraction.unitSize.quote);
  return reading;
}

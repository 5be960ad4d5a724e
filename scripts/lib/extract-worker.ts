/** A worker thread of the prebuild: reads the documents it is sent (scripts/lib/extract-pool.ts). */
import { parentPort } from "node:worker_threads";
import { readDocument, type SourceFile } from "../../src/core/extract/index.ts";

export interface ReadJob {
  job: number;
  source: SourceFile;
  id: string;
}

parentPort?.on("message", ({ job, source, id }: ReadJob) => {
  parentPort?.postMessage({ job, reading: readDocument(source, id) });
});

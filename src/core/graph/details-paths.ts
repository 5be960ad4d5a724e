// Where a split graph's details files are, relative to graph.json: apart from graph-parts.ts, so
// a details file can be requested before the code that checks it has loaded.

/** The documents and diagnostics of a split graph. */
export const DOCUMENTS_PART = "details/documents.json";

/** The details file of nodes `chunk * chunkSize` onwards. */
export function detailsChunkPath(chunk: number): string {
  return `details/${chunk}.json`;
}

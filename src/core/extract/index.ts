import type { OrgGraph } from "../graph/schema.ts";

/** One file handed to the extractor: its name and its raw bytes (any encoding). */
export interface SourceFile {
  file: string;
  bytes: Uint8Array;
}

/** Turns job-description files into a validated org graph. Never throws on bad input. */
export function extractGraph(_files: readonly SourceFile[]): OrgGraph {
  throw new Error("not implemented yet");
}

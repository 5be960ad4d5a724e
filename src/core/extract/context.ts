import type { Diagnostic } from "../graph/schema.ts";
import type { DocumentExtraction } from "./types.ts";

/** What the cross-document steps share: every document's extraction and the diagnostics so far. */
export interface Context {
  docs: readonly DocumentExtraction[];
  files: readonly string[];
  diagnostics: Diagnostic[];
  /** File name by document id, for messages. */
  fileOf: ReadonlyMap<string, string>;
}

/** The figure a document states for its own unit's size ("Engagement Division FTEs: 15"). */
export function unitFteOf(
  doc: DocumentExtraction,
): { amount: number; label: string; quote: string } | null {
  return doc.unitSize;
}

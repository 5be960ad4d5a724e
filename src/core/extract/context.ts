import type { Diagnostic } from "../graph/schema.ts";
import { titleKey } from "./titles.ts";
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
  const ftes = doc.dimensions.filter((d) => d.kind === "fte" && d.amount !== null);
  const unit = doc.organization.directorate ? titleKey(doc.organization.directorate) : null;
  const own =
    ftes.find((d) => unit !== null && titleKey(d.label).includes(unit)) ??
    (ftes.length === 1 ? ftes[0] : undefined);
  return own && own.amount !== null
    ? { amount: own.amount, label: own.label, quote: own.quote }
    : null;
}

/**
 * The graph as the app, the tools and the exports use it in memory: what graph.json (schema
 * version 2, see file-schema.ts) decodes to. Document text is not part of it: facts and
 * reporting lines point into each document's text by character offsets, and the text is read
 * when someone needs it (see document-texts.ts).
 */
import type {
  DocumentFormat,
  FactField,
  Diagnostic,
  Organization,
  SameAs,
  SameAsReason,
  SourceFormat,
} from "./schema.ts";

export type {
  DocumentFormat,
  FactField,
  Diagnostic,
  Organization,
  SameAs,
  SameAsReason,
  SourceFormat,
};

/** Where a fact was read: `text.slice(start, end)` of the document is the sentence. */
export interface SourceRef {
  documentId: string;
  start: number;
  end: number;
}

export interface GraphDocument {
  id: string;
  file: string;
  title: string | null;
  format: DocumentFormat;
  status: "parsed" | "unparsed";
  reason: string | null;
  positionId: string | null;
  documentDate: string | null;
  bytes: number;
  /** Length of the document's text in UTF-16 code units; 0 when the document has no text. */
  textLength: number;
  /** FNV-1a of the text (src/core/hash.ts): a text file that does not match is not shown as this one. */
  textHash: string;
  /** What the file was (Word, PDF, a scan…); absent in graphs made before such files were read. */
  sourceFormat?: SourceFormat;
  /** PDFs and images: where each page starts in the text, so a quote's page can be named. */
  pageStarts?: number[];
}

export interface Dimension {
  label: string;
  value: string;
  kind: "fte" | "money" | "other";
  amount: number | null;
  source: SourceRef;
}

export interface Fact {
  field: FactField;
  value: string;
  source: SourceRef;
}

export interface GraphNode {
  id: string;
  title: string;
  aliases: string[];
  kind: "position" | "team";
  classification: string | null;
  fte: number | null;
  ftePlanned: boolean;
  organization: Organization;
  positionNumber: string | null;
  location: string | null;
  effectiveDate: string | null;
  dimensions: Dimension[];
  facts: Fact[];
  documentIds: string[];
  /** Every sentence in any document that names this position. */
  mentions: SourceRef[];
  /** How many identical positions the box stands for, or "several"; absent: one. */
  positionCount?: number | "several";
  /** Reports a document says exist that no document names ("+2 not described"); absent: none. */
  undescribedReports?: number;
  /** Other names, in other documents, taken to be this position, and why. */
  sameAs?: SameAs[];
}

export interface GraphEdge {
  /** `source->target`: a position has one manager, so the pair names the line. */
  id: string;
  source: string;
  target: string;
  evidence: SourceRef[];
}

export interface OrgGraph {
  schemaVersion: 2;
  documents: GraphDocument[];
  nodes: GraphNode[];
  edges: GraphEdge[];
  diagnostics: Diagnostic[];
}

/** Edge id of a reporting line. */
export function edgeKey(source: string, target: string): string {
  return `${source}->${target}`;
}

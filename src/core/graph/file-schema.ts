import { z } from "zod/mini";
import {
  diagnosticSchema,
  documentFormatSchema,
  factFieldSchema,
  sameAsReasonSchema,
  sourceFormatSchema,
} from "./schema.ts";
import { GRAPH_FILE_VERSION } from "./file-version.ts";

/**
 * graph.json, schema version 2. It never holds the documents' text: a source is
 * `[documentIndex, start, end]`, the character range in the text of `documents[documentIndex]`,
 * which lives in its own file (`documents/<id>.txt` beside graph.json). Fields that would be
 * empty are left out and organizations are listed once.
 *
 * One file can hold everything (an exported graph), or the prebuild splits it: graph.json keeps
 * only what the chart, search and outline need at start (organizations, positions, reporting
 * lines) and names its `details`, the files read when a panel or an export needs them: the
 * documents and diagnostics in `details/documents.json`, and each position's facts, sizes,
 * mentions, other names and reporting-line evidence in `details/<k>.json`, a chunk per
 * `chunkSize` positions in node order (docs/graph-schema.md).
 */
export { GRAPH_FILE_VERSION };

const nonEmpty = z.string().check(z.minLength(1));
const offset = z.int().check(z.nonnegative());

/** `[documentIndex, start, end]`: the sentence is `text.slice(start, end)` of that document. */
export const refSchema = z.tuple([offset, offset, offset]);

export const fileDocumentSchema = z.object({
  id: nonEmpty,
  file: nonEmpty,
  title: z.nullable(z.string()),
  format: documentFormatSchema,
  status: z.enum(["parsed", "unparsed"]),
  reason: z.nullable(z.string()),
  positionId: z.nullable(z.string()),
  documentDate: z.nullable(z.string()),
  bytes: offset,
  textLength: offset,
  /** FNV-1a 32-bit of the text in base 36, 7 characters (src/core/hash.ts). */
  textHash: z.string().check(z.regex(/^[0-9a-z]{7}$/)),
  /** What the file was: absent in graphs made before documents other than text were read. */
  sourceFormat: z.optional(sourceFormatSchema),
  /** PDFs and images: where each page starts in the text (one entry per page). */
  pageStarts: z.optional(z.array(offset).check(z.minLength(1))),
});

export const fileOrganizationSchema = z.object({
  department: z.nullable(z.string()),
  branch: z.nullable(z.string()),
  directorate: z.nullable(z.string()),
});

export const fileDimensionSchema = z.object({
  label: z.string(),
  value: z.string(),
  kind: z.enum(["fte", "money", "other"]),
  amount: z.nullable(z.number()),
  source: refSchema,
});

/** Another name taken to be this position: `document` is an index into `documents`. */
export const fileSameAsSchema = z.object({
  name: nonEmpty,
  document: offset,
  reason: sameAsReasonSchema,
});

/** `[field, value, documentIndex, start, end]`. */
export const fileFactSchema = z.tuple([factFieldSchema, z.string(), offset, offset, offset]);

/** What the panel shows beyond the box: inline in a node, or in a details chunk. */
const nodeDetailFields = {
  facts: z.optional(z.array(fileFactSchema)),
  dimensions: z.optional(z.array(fileDimensionSchema)),
  mentions: z.optional(z.array(refSchema)),
  sameAs: z.optional(z.array(fileSameAsSchema)),
  /** The sentences that state this position's line to its manager. */
  evidence: z.optional(z.array(refSchema)),
};

export const fileNodeDetailsSchema = z.object(nodeDetailFields);

export const fileNodeSchema = z.object({
  id: nonEmpty,
  title: nonEmpty,
  /** Index into `organizations`. */
  org: offset,
  /** Absent: a position. */
  kind: z.optional(z.literal("team")),
  aliases: z.optional(z.array(z.string())),
  classification: z.optional(z.string()),
  fte: z.optional(z.number().check(z.nonnegative())),
  ftePlanned: z.optional(z.literal(true)),
  positionNumber: z.optional(z.string()),
  location: z.optional(z.string()),
  effectiveDate: z.optional(z.string()),
  documentIds: z.optional(z.array(z.string())),
  /** Identical positions this box stands for; absent: one. */
  positionCount: z.optional(z.union([z.int().check(z.minimum(2)), z.literal("several")])),
  /** Reports a document says exist that no document names; absent: none. */
  undescribedReports: z.optional(z.int().check(z.positive())),
  ...nodeDetailFields,
});

/** A reporting line, `[managerIndex, reportIndex]` into `nodes`. */
export const fileEdgeSchema = z.tuple([offset, offset]);

/** Where a split graph's details are, and the fingerprint every details file repeats. */
export const detailsRefSchema = z.object({
  key: z.string().check(z.regex(/^[0-9a-z]{7}$/)),
  chunkSize: z.int().check(z.positive()),
});

/**
 * The file's shape; the integrity rules (ids, endpoints, one manager, ranges, and documents and
 * diagnostics present exactly when the details are not split off) come after.
 */
export const graphFileShapeSchema = z.object({
  schemaVersion: z.literal(GRAPH_FILE_VERSION),
  organizations: z.array(fileOrganizationSchema),
  documents: z.optional(z.array(fileDocumentSchema)),
  nodes: z.array(fileNodeSchema),
  edges: z.array(fileEdgeSchema),
  diagnostics: z.optional(z.array(diagnosticSchema)),
  details: z.optional(detailsRefSchema),
});

/** `details/documents.json` of a split graph. */
export const documentsPartSchema = z.object({
  schemaVersion: z.literal(GRAPH_FILE_VERSION),
  key: z.string(),
  documents: z.array(fileDocumentSchema),
  diagnostics: z.array(diagnosticSchema),
});

/** `details/<chunk>.json` of a split graph: the details of nodes `chunk * chunkSize` onwards. */
export const detailsChunkSchema = z.object({
  schemaVersion: z.literal(GRAPH_FILE_VERSION),
  key: z.string(),
  chunk: offset,
  nodes: z.array(fileNodeDetailsSchema),
});

export type GraphFile = z.infer<typeof graphFileShapeSchema>;
/** A graph.json that holds everything (not split): what encodeGraph writes. */
export type WholeGraphFile = Omit<GraphFile, "documents" | "diagnostics" | "details"> &
  Required<Pick<GraphFile, "documents" | "diagnostics">>;
export type FileNode = z.infer<typeof fileNodeSchema>;
export type FileNodeDetails = z.infer<typeof fileNodeDetailsSchema>;
export type FileRef = z.infer<typeof refSchema>;
export type DocumentsPart = z.infer<typeof documentsPartSchema>;
export type DetailsChunk = z.infer<typeof detailsChunkSchema>;
export type DetailsRef = z.infer<typeof detailsRefSchema>;

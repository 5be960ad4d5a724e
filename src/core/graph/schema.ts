import { z } from "zod/mini";
import { en } from "zod/locales";
import { graphIntegrityIssues } from "./integrity.ts";

// zod/mini has the same validator as zod, without the chainable methods that zod binds to every
// schema when it is built: that binding cost the app about 15 ms at start-up, before the chart.
// The English messages make problems readable ("Too small: expected string to have >=1 characters").
z.config(en());

/**
 * The graph JSON contract (schemaVersion 1). The prebuild validates with it before writing and the
 * app validates with it before use, so both sides agree on one definition.
 */
export const SCHEMA_VERSION = 1 as const;

/** A sentence (or list item) quoted verbatim from a document's `text`. */
export const quoteSchema = z.object({
  documentId: z.string().check(z.minLength(1)),
  quote: z.string(),
});

export const documentFormatSchema = z.enum(["markdown", "ocr-text", "unknown"]);

/** The file a document was read from: text as written, Word, a PDF's text layer, or OCR. */
export const sourceFormatSchema = z.enum(["markdown", "text", "docx", "pdf", "pdf-scan", "image"]);

export const documentSchema = z.object({
  id: z.string().check(z.minLength(1)),
  file: z.string().check(z.minLength(1)),
  title: z.nullable(z.string()),
  format: documentFormatSchema,
  /** Full text after encoding repair (BOM, CRLF, mojibake). Every quote is a substring of it. */
  text: z.string(),
  /** "parsed": a position was found; "unparsed": kept for reading, with the reason. */
  status: z.enum(["parsed", "unparsed"]),
  reason: z.nullable(z.string()),
  /** The position this document describes, when one was found. */
  positionId: z.nullable(z.string()),
  /** A date printed on the document's pages (OCR footers), ISO yyyy-mm-dd. */
  documentDate: z.nullable(z.string()),
  /** Byte size of the file as read. */
  bytes: z.int().check(z.nonnegative()),
  /** The file's format before it became `text` (absent in graphs made before imports). */
  sourceFormat: z.optional(sourceFormatSchema),
  /** PDFs, scans and images: where each page starts in `text` (its length is the page count). */
  pageStarts: z.optional(z.array(z.int().check(z.nonnegative())).check(z.minLength(1))),
});

export const organizationSchema = z.object({
  department: z.nullable(z.string()),
  branch: z.nullable(z.string()),
  directorate: z.nullable(z.string()),
});

export const dimensionSchema = z.object({
  label: z.string(),
  /** The value as written, with OCR digits repaired (`$II.I Million` -> `$11.1 Million`). */
  value: z.string(),
  kind: z.enum(["fte", "money", "other"]),
  /** Parsed amount: people for FTEs, dollars for money; null when a range or not numeric. */
  amount: z.nullable(z.number()),
  documentId: z.string(),
  quote: z.string(),
});

export const factFieldSchema = z.enum([
  "title",
  "classification",
  "fte",
  "positionNumber",
  "location",
  "effectiveDate",
  "department",
  "branch",
  "directorate",
]);

/** One claim a document makes about a node; conflicting claims are all kept. */
export const factSchema = z.object({
  field: factFieldSchema,
  value: z.string(),
  documentId: z.string(),
  quote: z.string(),
});

/**
 * Why two mentions were taken to be one position: "same-title" (the same title in compatible
 * organizations), "position-number" (the same position number), "defined-abbreviation" (an
 * abbreviation or acronym the document defines for the title), "short-form" (the title without
 * a qualifier naming the document's own organization, e.g. "CEO, CDS" in a CDS document),
 * "same-manager" (the same title with no qualifier, reporting to the same position),
 * "same-organization" (a manager's title with no qualifier, in the same organization),
 * "renamed-unit" (a unit two documents list at the same place and size under different names).
 */
export const sameAsReasonSchema = z.enum([
  "same-title",
  "position-number",
  "defined-abbreviation",
  "short-form",
  "same-manager",
  "same-organization",
  "renamed-unit",
]);

export const sameAsSchema = z.object({
  /** The other name, as that document writes it. */
  name: z.string().check(z.minLength(1)),
  documentId: z.string().check(z.minLength(1)),
  reason: sameAsReasonSchema,
});

export const nodeSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  aliases: z.array(z.string()),
  kind: z.enum(["position", "team"]),
  /** Normalized, e.g. "EX-01"; null when no document states it. */
  classification: z.nullable(z.string()),
  fte: z.nullable(z.number().check(z.nonnegative())),
  ftePlanned: z.boolean(),
  organization: organizationSchema,
  positionNumber: z.nullable(z.string()),
  location: z.nullable(z.string()),
  effectiveDate: z.nullable(z.string()),
  dimensions: z.array(dimensionSchema),
  facts: z.array(factSchema),
  /** Documents that describe this position (its own job descriptions). */
  documentIds: z.array(z.string()),
  /** Every sentence in any document that names this position. */
  mentions: z.array(quoteSchema),
  /**
   * How many identical positions this box stands for ("Six Portfolio Managers", "[x5]",
   * "(2 Positions)"), or "several" when a document says so without a number ("Area Directors").
   * Absent: one position.
   */
  positionCount: z.optional(z.union([z.int().check(z.minimum(2)), z.literal("several")])),
  /**
   * Reports that a document says exist but that no document names ("one of five positions"
   * with three known): the chart's muted "+2 not described". Absent: none.
   */
  undescribedReports: z.optional(z.int().check(z.positive())),
  /**
   * Why mentions under other names or in other documents were taken to be this position, for
   * "Taken to be the same position as <name> (<document>) because <reason>".
   */
  sameAs: z.optional(z.array(sameAsSchema)),
});

export const edgeSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** The manager. */
  source: z.string().check(z.minLength(1)),
  /** The direct report. */
  target: z.string().check(z.minLength(1)),
  evidence: z.array(quoteSchema).check(z.minLength(1)),
});

export const diagnosticSchema = z.object({
  severity: z.enum(["error", "warning", "info"]),
  code: z.string().check(z.minLength(1)),
  message: z.string().check(z.minLength(1)),
  documentId: z.optional(z.string()),
  nodeIds: z.optional(z.array(z.string())),
});

/** The graph's shape without the integrity rules; also compiled for the app (see README). */
export const graphShapeSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(documentSchema),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
  diagnostics: z.array(diagnosticSchema),
});

export const graphSchema = graphShapeSchema.check(
  z.superRefine((graph, ctx) => {
    for (const issue of graphIntegrityIssues(graph)) ctx.addIssue({ code: "custom", ...issue });
  }),
);

export type Quote = z.infer<typeof quoteSchema>;
export type DocumentFormat = z.infer<typeof documentFormatSchema>;
export type SourceFormat = z.infer<typeof sourceFormatSchema>;
export type GraphDocument = z.infer<typeof documentSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
export type FactField = z.infer<typeof factFieldSchema>;
export type Fact = z.infer<typeof factSchema>;
export type GraphNode = z.infer<typeof nodeSchema>;
export type SameAs = z.infer<typeof sameAsSchema>;
export type SameAsReason = z.infer<typeof sameAsReasonSchema>;
export type GraphEdge = z.infer<typeof edgeSchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type OrgGraph = z.infer<typeof graphShapeSchema>;

export type GraphParseResult = { ok: true; graph: OrgGraph } | { ok: false; problems: string[] };

/**
 * Validates unknown data (e.g. a fetched file) against the contract.
 * Problems name the field path so a person can find what is wrong.
 */
export function parseGraph(data: unknown): GraphParseResult {
  const result = graphSchema.safeParse(data);
  if (result.success) return { ok: true, graph: result.data };
  const problems = result.error.issues.slice(0, 20).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join(".") : "(root)";
    return `${path}: ${issue.message}`;
  });
  return { ok: false, problems };
}

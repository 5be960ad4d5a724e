import {
  type Diagnostic,
  type GraphDocument,
  graphSchema,
  type OrgGraph,
  SCHEMA_VERSION,
  type SourceFormat,
} from "../graph/schema.ts";
import { type Assembled, assemble } from "./assemble.ts";
import { type DecodedText, decodeDocument, textSourceFormat } from "./decode.ts";
import { extractDocument } from "./document.ts";
import { slugify } from "./ids.ts";
import { diagnostic } from "./messages.ts";
import { parseStructure } from "./structure.ts";
import type { DocumentExtraction } from "./types.ts";

/** One file handed to the extractor: its name and its raw bytes (any encoding). */
export interface SourceFile {
  file: string;
  bytes: Uint8Array;
  /** A Word file, PDF or image already turned into text (src/convert), or why it could not be. */
  converted?: ConvertedText | { sourceFormat?: SourceFormat; problem: string };
}

/** Text made from a file that is not text, with notes on how (pages OCR'd, noise removed…). */
export interface ConvertedText {
  sourceFormat: SourceFormat;
  text: string;
  /** Where each page starts in `text`, for PDFs, scans and images. */
  pageStarts?: number[];
  notes: string[];
}

/** Past this size only the start of a document is searched; its whole text is still kept. */
const SEARCH_LIMIT = 1_000_000;

/**
 * A file's document id. Files are given theirs in the extractor's order (`compareFiles`), so two
 * whose names slug alike get `-2`, `-3`… in that order; `used` holds the ids given so far.
 */
export function documentIdFor(file: string, used: Set<string>): string {
  let id = `doc-${slugify(file)}`;
  for (let n = 2; used.has(id); n++) id = `doc-${slugify(file)}-${n}`;
  used.add(id);
  return id;
}

/** A document entry before (or instead of) parsing: listed, with the reason, so nothing is lost. */
function unparsedDocument(id: string, source: SourceFile, reason: string | null): GraphDocument {
  return {
    id,
    file: source.file,
    title: null,
    format: "unknown",
    text: "",
    status: "unparsed",
    reason,
    positionId: null,
    documentDate: null,
    bytes: source.bytes.byteLength,
  };
}

/** The file's text: decoded from its bytes, or as the converter made it. */
function textOf(
  source: SourceFile,
  converted: ConvertedText | undefined,
): DecodedText & { sourceFormat: SourceFormat } {
  if (!converted) {
    return { ...decodeDocument(source.bytes), sourceFormat: textSourceFormat(source.file) };
  }
  return {
    text: converted.text,
    encoding: "utf-8",
    binary: false,
    mojibakeRepairs: 0,
    sourceFormat: converted.sourceFormat,
  };
}

function readOne(
  source: SourceFile,
  id: string,
  diagnostics: Diagnostic[],
): { document: GraphDocument; extraction: DocumentExtraction | null } {
  const where = { documentId: id };
  const converted = source.converted;
  if (converted && "problem" in converted) {
    diagnostics.push(
      diagnostic("not-converted", { file: source.file, reason: converted.problem }, where),
    );
    const document = unparsedDocument(id, source, converted.problem);
    return {
      document: converted.sourceFormat
        ? { ...document, sourceFormat: converted.sourceFormat }
        : document,
      extraction: null,
    };
  }
  for (const note of converted?.notes ?? [])
    diagnostics.push(diagnostic("conversion-note", { file: source.file, note }, where));
  const decoded = textOf(source, converted);
  const base: GraphDocument = {
    ...unparsedDocument(id, source, null),
    sourceFormat: decoded.sourceFormat,
    ...(converted?.pageStarts ? { pageStarts: converted.pageStarts } : {}),
  };
  if (decoded.binary) {
    diagnostics.push(diagnostic("binary-file", { file: source.file }, where));
    return { document: { ...base, reason: "Not a text file (binary data)." }, extraction: null };
  }
  if (decoded.encoding !== "utf-8")
    diagnostics.push(diagnostic("not-utf8", { file: source.file }, where));
  if (decoded.mojibakeRepairs > 0)
    diagnostics.push(
      diagnostic("mojibake-repaired", { file: source.file, count: decoded.mojibakeRepairs }, where),
    );
  const text = decoded.text;
  if (text.trim() === "") {
    diagnostics.push(diagnostic("empty-file", { file: source.file }, where));
    return { document: { ...base, text, reason: "The file is empty." }, extraction: null };
  }
  if (text.length > SEARCH_LIMIT) {
    diagnostics.push(
      diagnostic(
        "large-file",
        { file: source.file, megabytes: Math.round(source.bytes.byteLength / 1e5) / 10 },
        where,
      ),
    );
  }
  const searched = text.length > SEARCH_LIMIT ? text.slice(0, SEARCH_LIMIT) : text;
  const structure = parseStructure(searched);
  const extraction = extractDocument(structure, id);
  const subject = extraction.subject === null ? null : extraction.mentions[extraction.subject];
  if (!subject) {
    diagnostics.push(diagnostic("no-title", { file: source.file }, where));
    return {
      document: {
        ...base,
        text,
        format: structure.format,
        documentDate: structure.pageDate,
        reason: "No position title was found in this document.",
      },
      extraction: null,
    };
  }
  if (extraction.overriddenHeaderTitle) {
    diagnostics.push(
      diagnostic(
        "title-mismatch",
        { file: source.file, header: extraction.overriddenHeaderTitle, title: subject.title },
        where,
      ),
    );
  }
  return {
    document: {
      ...base,
      text,
      format: structure.format,
      status: "parsed",
      title: subject.title,
      documentDate: structure.pageDate,
    },
    extraction,
  };
}

/** One document read on its own: its entry, what it says, and the problems found in it. */
export interface DocumentReading {
  document: GraphDocument;
  extraction: DocumentExtraction | null;
  diagnostics: Diagnostic[];
}

/** Orders files as the extractor reads them (ids and diagnostics follow this order). */
export function compareFiles(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Reads one document on its own, as `extractGraph` does for each file; never throws. Each
 * document's reading depends on nothing but its file and id, so a caller may read them apart
 * (the prebuild does, on both cores) and hand the readings, in file order, to `assembleGraph`.
 */
export function readDocument(source: SourceFile, id: string): DocumentReading {
  const diagnostics: Diagnostic[] = [];
  try {
    return { ...readOne(source, id, diagnostics), diagnostics };
  } catch (error) {
    // A bug in one rule must not cost the other documents: keep the file, say why.
    diagnostics.push(
      diagnostic(
        "read-error",
        { file: source.file, reason: error instanceof Error ? error.message : String(error) },
        { documentId: id },
      ),
    );
    const document = unparsedDocument(id, source, "The extractor failed on this file.");
    return { document, extraction: null, diagnostics };
  }
}

/**
 * Turns job-description files into a validated org graph. Never throws on bad input: every
 * problem becomes a diagnostic and every file appears in `documents`, parsed or not.
 *
 * @example
 * const graph = extractGraph([{ file: "a.md", bytes: new TextEncoder().encode(markdown) }]);
 */
export function extractGraph(files: readonly SourceFile[]): OrgGraph {
  const sorted = [...files].sort((a, b) => compareFiles(a.file, b.file));
  const used = new Set<string>();
  return assembleGraph(
    sorted.map((source) => readDocument(source, documentIdFor(source.file, used))),
  );
}

/**
 * The graph of documents read one by one (`readDocument`, in file order): positions matched
 * across documents, reporting lines drawn, the whole checked against the contract.
 */
export function assembleGraph(readings: readonly DocumentReading[]): OrgGraph {
  const diagnostics = readings.flatMap((r) => r.diagnostics);
  const documents = readings.map((r) => r.document);
  const parsed = readings.filter((r) => r.extraction !== null);
  const assembled = safely(
    () =>
      assemble(
        parsed.map((r) => r.extraction!),
        parsed.map((r) => r.document.file),
      ),
    diagnostics,
  );
  const documentById = new Map(documents.map((d) => [d.id, d]));
  for (const node of assembled.nodes) {
    for (const documentId of node.documentIds) {
      const doc = documentById.get(documentId);
      if (doc) doc.positionId = node.id;
    }
  }
  const graph: OrgGraph = {
    schemaVersion: SCHEMA_VERSION,
    documents,
    nodes: assembled.nodes.sort((a, b) => a.id.localeCompare(b.id)),
    edges: assembled.edges,
    diagnostics: [...diagnostics, ...assembled.diagnostics],
  };
  const checked = graphSchema.safeParse(graph);
  if (checked.success) return checked.data;
  // A rule produced something the contract forbids: keep every document readable and say so.
  const problem = checked.error.issues[0];
  diagnostics.push(
    diagnostic("internal-error", {
      reason: `${problem?.path.join(".") ?? ""}: ${problem?.message ?? "invalid graph"}`,
    }),
  );
  return {
    ...graph,
    nodes: [],
    edges: [],
    diagnostics,
    documents: documents.map((d) => ({ ...d, positionId: null })),
  };
}

function safely(build: () => Assembled, diagnostics: Diagnostic[]): Assembled {
  try {
    return build();
  } catch (error) {
    diagnostics.push(
      diagnostic("internal-error", {
        reason: error instanceof Error ? error.message : String(error),
      }),
    );
    return { nodes: [], edges: [], diagnostics: [] };
  }
}

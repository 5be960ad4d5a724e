import { hash32 } from "../hash.ts";
import type { ShapeValidator } from "./check-graph.ts";
import type {
  DetailsChunk,
  DocumentsPart,
  FileNode,
  FileNodeDetails,
  GraphFile,
} from "./file-schema.ts";
import { GRAPH_FILE_VERSION } from "./file-version.ts";
import { decodeNodeDetails } from "./graph-file.ts";
import type { GraphIndex } from "./indexes.ts";
import { documentIssues, nodeDetailIssues } from "./integrity.ts";
import type { GraphEdge, OrgGraph } from "./model.ts";

/**
 * A split graph: graph.json keeps what the first view, search and the outline need; the details
 * (documents, diagnostics, and each position's facts, sizes, mentions, other names and
 * reporting-line evidence) live in files read when a panel or an export needs them. At 100,000
 * positions they are about two thirds of the bytes (docs/graph-schema.md).
 */

/** Positions per details file: one panel's file stays small at any size of graph. */
export const DETAILS_CHUNK_SIZE = 1000;

export interface SplitGraph {
  start: GraphFile;
  documents: DocumentsPart;
  chunks: DetailsChunk[];
}

/**
 * One graph.json holding everything to the split files the prebuild writes. Every file repeats
 * a fingerprint of the whole, so details from another build are refused rather than shown.
 */
export function splitGraphFile(file: GraphFile, chunkSize = DETAILS_CHUNK_SIZE): SplitGraph {
  const key = hash32(JSON.stringify(file));
  const nodes: FileNode[] = [];
  const details: FileNodeDetails[] = [];
  for (const node of file.nodes) {
    const { facts, dimensions, mentions, sameAs, evidence, ...box } = node;
    nodes.push(box);
    details.push(withoutUndefined({ facts, dimensions, mentions, sameAs, evidence }));
  }
  const chunks: DetailsChunk[] = [];
  for (let first = 0; first < details.length; first += chunkSize) {
    const chunk = first / chunkSize;
    const slice = details.slice(first, first + chunkSize);
    chunks.push({ schemaVersion: GRAPH_FILE_VERSION, key, chunk, nodes: slice });
  }
  const { schemaVersion, organizations, edges, documents = [], diagnostics = [] } = file;
  return {
    start: { schemaVersion, organizations, nodes, edges, details: { key, chunkSize } },
    documents: { schemaVersion: GRAPH_FILE_VERSION, key, documents, diagnostics },
    chunks,
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Why a details file was refused: not the shape of one, or not this graph's. */
export type PartRead<T> =
  { ok: true; part: T } | { ok: false; kind: "invalid" | "mismatch"; problem: string };

/**
 * Checks of the details files' shapes compiled from their schemas at build time (the app's;
 * scripts/lib/graph-validator-plugin.ts). Without them, or when one fails, zod decides and
 * names the problem: it is loaded only then.
 */
export interface PartValidators {
  documents: ShapeValidator;
  chunk: ShapeValidator;
}

const OTHER_BUILD = { ok: false, kind: "mismatch", problem: "from another build" } as const;

async function shaped<T>(
  data: unknown,
  validate: ShapeValidator | undefined,
  schema: "documentsPartSchema" | "detailsChunkSchema",
): Promise<PartRead<T>> {
  if (validate?.(data)) return { ok: true, part: data as T };
  const parsed = (await import("./file-schema.ts"))[schema].safeParse(data);
  if (parsed.success) return { ok: true, part: parsed.data as T };
  const first = parsed.error.issues[0];
  const where = first && first.path.length > 0 ? `${first.path.map(String).join(".")}: ` : "";
  const problem = `not in the expected format (${where}${first?.message})`;
  return { ok: false, kind: "invalid", problem };
}

/** `details/documents.json` as fetched and parsed, checked against its graph. */
export async function readDocumentsPart(
  data: unknown,
  key: string,
  validate?: ShapeValidator,
): Promise<PartRead<DocumentsPart>> {
  const read = await shaped<DocumentsPart>(data, validate, "documentsPartSchema");
  if (!read.ok) return read;
  if (read.part.key !== key) return OTHER_BUILD;
  const issues = documentIssues(read.part.documents);
  if (issues.length > 0) return { ok: false, kind: "invalid", problem: issues[0]!.message };
  return read;
}

/** One details file as fetched and parsed, checked against its graph and documents. */
export async function readDetailsChunk(
  data: unknown,
  expected: { key: string; chunk: number; count: number },
  documents: DocumentsPart["documents"],
  validate?: ShapeValidator,
): Promise<PartRead<DetailsChunk>> {
  const read = await shaped<DetailsChunk>(data, validate, "detailsChunkSchema");
  if (!read.ok) return read;
  const chunk = read.part;
  if (chunk.key !== expected.key) return OTHER_BUILD;
  if (chunk.chunk !== expected.chunk || chunk.nodes.length !== expected.count)
    return { ok: false, kind: "mismatch", problem: "not the details file it should be" };
  const issues = chunk.nodes.flatMap((n, i) => nodeDetailIssues(n, documents, ["nodes", i]));
  if (issues.length > 0) return { ok: false, kind: "invalid", problem: issues[0]!.message };
  return read;
}

/**
 * Puts the documents and diagnostics into the installed graph and its index. The graph's
 * objects are filled in place: the chart never reads these fields, and a new graph would
 * re-derive every box (decision 0130).
 */
export function applyDocumentsPart(ix: GraphIndex, part: DocumentsPart): void {
  const graph = ix.graph;
  graph.documents.push(...part.documents);
  graph.diagnostics.push(...part.diagnostics);
  const byId = ix.documentsById as Map<string, DocumentsPart["documents"][number]>;
  for (const doc of part.documents) byId.set(doc.id, doc);
}

const edgesByTarget = new WeakMap<OrgGraph, Map<string, GraphEdge>>();

/** Puts one details file's facts, sizes, mentions, other names and evidence into the graph. */
export function applyDetailsChunk(ix: GraphIndex, chunk: DetailsChunk, chunkSize: number): void {
  const graph = ix.graph;
  let edges = edgesByTarget.get(graph);
  if (!edges) {
    edges = new Map(graph.edges.map((e) => [e.target, e]));
    edgesByTarget.set(graph, edges);
  }
  const ids = graph.documents.map((d) => d.id);
  chunk.nodes.forEach((fileDetails, i) => {
    const node = graph.nodes[chunk.chunk * chunkSize + i]!;
    const { evidence, ...details } = decodeNodeDetails(fileDetails, ids);
    Object.assign(node, details);
    const edge = edges.get(node.id);
    if (edge) edge.evidence = evidence;
  });
}

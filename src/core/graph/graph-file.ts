import type {
  FileNode,
  FileNodeDetails,
  FileRef,
  GraphFile,
  WholeGraphFile,
} from "./file-schema.ts";
import { GRAPH_FILE_VERSION } from "./file-version.ts";
import type { GraphEdge, GraphNode, OrgGraph, Organization, SourceRef } from "./model.ts";
import { edgeKey } from "./model.ts";

/** A node's details as they are in memory; a split graph's arrive after the first view. */
export type NodeDetails = Pick<GraphNode, "facts" | "dimensions" | "mentions" | "sameAs"> & {
  evidence: SourceRef[];
};

/** File details to memory: sources become `{ documentId, start, end }`. */
export function decodeNodeDetails(d: FileNodeDetails, documentIds: readonly string[]): NodeDetails {
  const ref = (r: readonly number[]): SourceRef => ({
    documentId: documentIds[r[0]!]!,
    start: r[1]!,
    end: r[2]!,
  });
  return {
    dimensions: (d.dimensions ?? []).map(({ source, ...rest }) => ({
      ...rest,
      source: ref(source),
    })),
    facts: (d.facts ?? []).map(([field, value, ...r]) => ({ field, value, source: ref(r) })),
    mentions: (d.mentions ?? []).map(ref),
    ...(d.sameAs !== undefined && {
      sameAs: d.sameAs.map(({ document, ...s }) => ({ ...s, documentId: documentIds[document]! })),
    }),
    evidence: (d.evidence ?? []).map(ref),
  };
}

/**
 * graph.json (version 2) to the graph in memory: organizations and left-out fields are filled
 * in. The file must have passed its checks. A split file's nodes start without details and its
 * graph without documents: graph-parts.ts adds them when their files arrive.
 */
export function decodeGraph(file: GraphFile): OrgGraph {
  const documents = file.documents ?? [];
  const ids = documents.map((d) => d.id);
  const organizations = file.organizations.map((o) => ({ ...o }));
  const details = file.nodes.map((n) => decodeNodeDetails(n, ids));
  const nodes = file.nodes.map((n, i): GraphNode => {
    const { facts, dimensions, mentions, sameAs } = details[i]!;
    return {
      id: n.id,
      title: n.title,
      aliases: n.aliases ?? [],
      kind: n.kind ?? "position",
      classification: n.classification ?? null,
      fte: n.fte ?? null,
      ftePlanned: n.ftePlanned ?? false,
      organization: organizations[n.org]!,
      positionNumber: n.positionNumber ?? null,
      location: n.location ?? null,
      effectiveDate: n.effectiveDate ?? null,
      documentIds: n.documentIds ?? [],
      facts,
      dimensions,
      mentions,
      ...(sameAs !== undefined && { sameAs }),
      ...(n.positionCount !== undefined && { positionCount: n.positionCount }),
      ...(n.undescribedReports !== undefined && { undescribedReports: n.undescribedReports }),
    };
  });
  return {
    schemaVersion: GRAPH_FILE_VERSION,
    documents,
    nodes,
    edges: file.edges.map(([manager, report]): GraphEdge => {
      const source = file.nodes[manager]!.id;
      const target = file.nodes[report]!.id;
      return { id: edgeKey(source, target), source, target, evidence: details[report]!.evidence };
    }),
    diagnostics: file.diagnostics ?? [],
  };
}

/** A node's details for the file, fields that would be empty left out. */
export function encodeNodeDetails(
  n: Omit<NodeDetails, "evidence">,
  evidence: readonly SourceRef[],
  docIndex: ReadonlyMap<string, number>,
): FileNodeDetails {
  const ref = (s: SourceRef): FileRef => [docIndex.get(s.documentId)!, s.start, s.end];
  const out: FileNodeDetails = {};
  if (n.facts.length > 0)
    out.facts = n.facts.map((f) => [f.field, f.value, ...ref(f.source)] as const);
  if (n.dimensions.length > 0)
    out.dimensions = n.dimensions.map(({ source, ...d }) => ({ ...d, source: ref(source) }));
  if (n.mentions.length > 0) out.mentions = n.mentions.map(ref);
  if (n.sameAs !== undefined && n.sameAs.length > 0)
    out.sameAs = n.sameAs.map(({ documentId, ...s }) => ({
      ...s,
      document: docIndex.get(documentId)!,
    }));
  if (evidence.length > 0) out.evidence = evidence.map(ref);
  return out;
}

/** The graph in memory to one graph.json (version 2) holding everything: the inverse of decodeGraph. */
export function encodeGraph(graph: OrgGraph): WholeGraphFile {
  const docIndex = new Map(graph.documents.map((d, i) => [d.id, i]));
  const nodeIndex = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const evidenceOf = new Map(graph.edges.map((e) => [e.target, e.evidence]));
  const orgIndex = new Map<string, number>();
  const organizations: Organization[] = [];
  const orgOf = (o: Organization) => {
    const key = JSON.stringify([o.department, o.branch, o.directorate]);
    let index = orgIndex.get(key);
    if (index === undefined) {
      index = organizations.push({ ...o }) - 1;
      orgIndex.set(key, index);
    }
    return index;
  };
  const nodes = graph.nodes.map((n) => {
    const out: FileNode = { id: n.id, title: n.title, org: orgOf(n.organization) };
    if (n.kind === "team") out.kind = "team";
    if (n.aliases.length > 0) out.aliases = n.aliases;
    if (n.classification !== null) out.classification = n.classification;
    if (n.fte !== null) out.fte = n.fte;
    if (n.ftePlanned) out.ftePlanned = true;
    if (n.positionNumber !== null) out.positionNumber = n.positionNumber;
    if (n.location !== null) out.location = n.location;
    if (n.effectiveDate !== null) out.effectiveDate = n.effectiveDate;
    if (n.documentIds.length > 0) out.documentIds = n.documentIds;
    if (n.positionCount !== undefined) out.positionCount = n.positionCount;
    if (n.undescribedReports !== undefined) out.undescribedReports = n.undescribedReports;
    return { ...out, ...encodeNodeDetails(n, evidenceOf.get(n.id) ?? [], docIndex) };
  });
  return {
    schemaVersion: GRAPH_FILE_VERSION,
    organizations,
    documents: graph.documents,
    nodes,
    edges: graph.edges.map((e) => [nodeIndex.get(e.source)!, nodeIndex.get(e.target)!]),
    diagnostics: graph.diagnostics,
  };
}

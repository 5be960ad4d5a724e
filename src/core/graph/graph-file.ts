import type { FileNode, FileRef, GraphFile } from "./file-schema.ts";
import { GRAPH_FILE_VERSION } from "./file-schema.ts";
import type { GraphNode, OrgGraph, Organization, SourceRef } from "./model.ts";
import { edgeKey } from "./model.ts";

/**
 * graph.json (version 2) to the graph in memory: sources become `{ documentId, start, end }`,
 * organizations and left-out fields are filled in. The file must have passed its checks.
 */
export function decodeGraph(file: GraphFile): OrgGraph {
  const ids = file.documents.map((d) => d.id);
  const ref = (r: readonly number[]): SourceRef => ({
    documentId: ids[r[0]!]!,
    start: r[1]!,
    end: r[2]!,
  });
  const organizations = file.organizations.map((o) => ({ ...o }));
  return {
    schemaVersion: GRAPH_FILE_VERSION,
    documents: file.documents,
    nodes: file.nodes.map((n): GraphNode => ({
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
      dimensions: (n.dimensions ?? []).map(({ source, ...d }) => ({ ...d, source: ref(source) })),
      facts: (n.facts ?? []).map(([field, value, ...r]) => ({ field, value, source: ref(r) })),
      documentIds: n.documentIds ?? [],
      mentions: (n.mentions ?? []).map(ref),
      ...(n.positionCount !== undefined && { positionCount: n.positionCount }),
      ...(n.undescribedReports !== undefined && { undescribedReports: n.undescribedReports }),
      ...(n.sameAs !== undefined && {
        sameAs: n.sameAs.map(({ document, ...s }) => ({ ...s, documentId: ids[document]! })),
      }),
    })),
    edges: file.edges.map((e) => ({
      id: edgeKey(e.source, e.target),
      source: e.source,
      target: e.target,
      evidence: (e.evidence ?? []).map(ref),
    })),
    diagnostics: file.diagnostics,
  };
}

/** The graph in memory to graph.json (version 2): the inverse of decodeGraph. */
export function encodeGraph(graph: OrgGraph): GraphFile {
  const docIndex = new Map(graph.documents.map((d, i) => [d.id, i]));
  const ref = (s: SourceRef): FileRef => [docIndex.get(s.documentId)!, s.start, s.end];
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
    if (n.facts.length > 0)
      out.facts = n.facts.map((f) => [f.field, f.value, ...ref(f.source)] as const);
    if (n.dimensions.length > 0)
      out.dimensions = n.dimensions.map(({ source, ...d }) => ({ ...d, source: ref(source) }));
    if (n.mentions.length > 0) out.mentions = n.mentions.map(ref);
    if (n.positionCount !== undefined) out.positionCount = n.positionCount;
    if (n.undescribedReports !== undefined) out.undescribedReports = n.undescribedReports;
    if (n.sameAs !== undefined && n.sameAs.length > 0)
      out.sameAs = n.sameAs.map(({ documentId, ...s }) => ({
        ...s,
        document: docIndex.get(documentId)!,
      }));
    return out;
  });
  return {
    schemaVersion: GRAPH_FILE_VERSION,
    organizations,
    documents: graph.documents,
    nodes,
    edges: graph.edges.map((e) =>
      e.evidence.length > 0
        ? { source: e.source, target: e.target, evidence: e.evidence.map(ref) }
        : { source: e.source, target: e.target },
    ),
    diagnostics: graph.diagnostics,
  };
}

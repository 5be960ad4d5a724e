import type { GraphIndex } from "./indexes.ts";
import { childrenOf } from "./indexes.ts";
import type { Diagnostic, Fact, GraphDocument, GraphNode, SameAs, SourceRef } from "./model.ts";

/** A source with the name of the file it is in, for "Show in document: <file>". */
export type NamedSource = SourceRef & { file: string };

export interface PositionDetails {
  node: GraphNode;
  /** "Treasury Board Secretariat › Canadian Digital Service › Service". */
  organizationPath: string[];
  manager: GraphNode | null;
  reports: GraphNode[];
  /** The position's own job descriptions. */
  documents: GraphDocument[];
  /** Every range backing a fact about this node, by document id, in text order. */
  rangesByDocument: Map<string, Array<[number, number]>>;
  /** Sentences in other documents that name this node or its reporting line, each once. */
  otherSources: NamedSource[];
  /** Reporting-line evidence (to its manager). */
  reportingEvidence: NamedSource[];
  diagnostics: Diagnostic[];
  facts: Array<Fact & { file: string }>;
  sameAs: SameAsLine[];
  /** Every document this panel quotes from: whose text it needs. */
  quotedDocumentIds: string[];
}

/**
 * A name in another document taken to be this position, with that document's file and the first
 * sentence of it that names the position (null when none is recorded), for "Taken to be the same
 * position as <name> (<file>) because <reason>".
 */
export type SameAsLine = SameAs & { file: string; source: NamedSource | null };

/** Everything the detail panel shows about one node, gathered from the index. */
export function positionDetails(ix: GraphIndex, id: string): PositionDetails | null {
  const node = ix.byId.get(id);
  if (!node) return null;
  const fileOf = (documentId: string) => ix.documentsById.get(documentId)?.file ?? documentId;
  const named = (s: SourceRef): NamedSource => ({ ...s, file: fileOf(s.documentId) });
  const managerId = ix.managerOf.get(id);
  const own = new Set(node.documentIds);
  const rangesByDocument = new Map<string, Array<[number, number]>>();
  const add = (s: SourceRef) => {
    const list = rangesByDocument.get(s.documentId) ?? [];
    if (!list.some(([a, b]) => a === s.start && b === s.end)) list.push([s.start, s.end]);
    rangesByDocument.set(s.documentId, list);
  };
  node.facts.forEach((f) => add(f.source));
  node.dimensions.forEach((d) => add(d.source));
  node.mentions.forEach(add);
  const reportingEvidence = ix.graph.edges
    .filter((e) => e.target === id)
    .flatMap((e) => e.evidence)
    .map(named);
  reportingEvidence.forEach(add);
  for (const list of rangesByDocument.values()) list.sort((a, b) => a[0] - b[0]);
  const sameAs = (node.sameAs ?? []).map((same) => {
    const mention = node.mentions.find((m) => m.documentId === same.documentId);
    return { ...same, file: fileOf(same.documentId), source: mention ? named(mention) : null };
  });
  const documents = node.documentIds
    .map((d) => ix.documentsById.get(d))
    .filter((d): d is GraphDocument => d !== undefined);
  return {
    node,
    organizationPath: [
      node.organization.department,
      node.organization.branch,
      node.organization.directorate,
    ].filter((p): p is string => p !== null),
    manager: managerId === undefined ? null : (ix.byId.get(managerId) ?? null),
    reports: childrenOf(ix, id).map((c) => ix.byId.get(c)!),
    documents,
    rangesByDocument,
    reportingEvidence,
    otherSources: uniqueSources([
      ...node.mentions.filter((m) => !own.has(m.documentId)).map(named),
      ...reportingEvidence,
    ]),
    diagnostics: ix.graph.diagnostics.filter((d) => d.nodeIds?.includes(id)),
    facts: node.facts.map((f) => ({ ...f, file: fileOf(f.source.documentId) })),
    sameAs,
    quotedDocumentIds: [
      ...new Set([
        ...documents.map((d) => d.id),
        ...rangesByDocument.keys(),
        ...sameAs.map((s) => s.documentId),
      ]),
    ],
  };
}

function uniqueSources(sources: NamedSource[]): NamedSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.documentId}\u0000${s.start}\u0000${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

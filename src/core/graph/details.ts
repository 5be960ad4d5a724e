import type { GraphIndex } from "./indexes.ts";
import { childrenOf } from "./indexes.ts";
import type { Diagnostic, Fact, GraphDocument, GraphNode, Quote } from "./schema.ts";

export interface PositionDetails {
  node: GraphNode;
  /** "Treasury Board Secretariat › Canadian Digital Service › Service". */
  organizationPath: string[];
  manager: GraphNode | null;
  reports: GraphNode[];
  /** The position's own job descriptions. */
  documents: GraphDocument[];
  /** Every quote backing a fact about this node, grouped by document id. */
  quotesByDocument: Map<string, string[]>;
  /** Sentences in other documents that name this node or its reporting line, each once. */
  otherSources: Array<Quote & { file: string }>;
  /** Reporting-line evidence (to its manager). */
  reportingEvidence: Array<Quote & { file: string }>;
  diagnostics: Diagnostic[];
  facts: Array<Fact & { file: string }>;
}

/** Everything the detail panel shows about one node, gathered from the index. */
export function positionDetails(ix: GraphIndex, id: string): PositionDetails | null {
  const node = ix.byId.get(id);
  if (!node) return null;
  const fileOf = (documentId: string) => ix.documentsById.get(documentId)?.file ?? documentId;
  const managerId = ix.managerOf.get(id);
  const own = new Set(node.documentIds);
  const quotesByDocument = new Map<string, string[]>();
  const add = (q: Quote) => {
    const list = quotesByDocument.get(q.documentId) ?? [];
    if (!list.includes(q.quote)) list.push(q.quote);
    quotesByDocument.set(q.documentId, list);
  };
  node.facts.forEach(add);
  node.dimensions.forEach(add);
  node.mentions.forEach(add);
  const reportingEvidence = ix.graph.edges
    .filter((e) => e.target === id)
    .flatMap((e) => e.evidence)
    .map((q) => ({ ...q, file: fileOf(q.documentId) }));
  reportingEvidence.forEach(add);
  return {
    node,
    organizationPath: [
      node.organization.department,
      node.organization.branch,
      node.organization.directorate,
    ].filter((p): p is string => p !== null),
    manager: managerId === undefined ? null : (ix.byId.get(managerId) ?? null),
    reports: childrenOf(ix, id).map((c) => ix.byId.get(c)!),
    documents: node.documentIds
      .map((d) => ix.documentsById.get(d))
      .filter((d): d is GraphDocument => d !== undefined),
    quotesByDocument,
    reportingEvidence,
    otherSources: uniqueSources([
      ...node.mentions
        .filter((m) => !own.has(m.documentId))
        .map((m) => ({ ...m, file: fileOf(m.documentId) })),
      ...reportingEvidence,
    ]),
    diagnostics: ix.graph.diagnostics.filter((d) => d.nodeIds?.includes(id)),
    facts: node.facts.map((f) => ({ ...f, file: fileOf(f.documentId) })),
  };
}

function uniqueSources<T extends Quote>(quotes: T[]): T[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.documentId}\u0000${q.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

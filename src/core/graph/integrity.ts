import type { FileNodeDetails, GraphFile } from "./file-schema.ts";
import type { GraphDocument } from "./model.ts";
import type { OrgGraph as GraphV1 } from "./schema.ts";

// No zod here: the app checks graphs with this and the compiled validator, without loading zod.

/** A rule of the graph broken, with where: the same shape as a schema issue. */
export interface GraphIssue {
  message: string;
  path: (string | number)[];
}

interface Forest {
  nodes: ReadonlyArray<{ id: string }>;
  edges: ReadonlyArray<{ source: string; target: string }>;
}

/** Unique node ids, known endpoints, at most one manager each and no cycle: a forest. */
export function forestIssues(graph: Forest): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const nodeIds = new Set<string>();
  graph.nodes.forEach((node, index) => {
    if (nodeIds.has(node.id)) {
      issues.push({ message: `duplicate node id "${node.id}"`, path: ["nodes", index, "id"] });
    }
    nodeIds.add(node.id);
  });
  const managerOf = new Map<string, string>();
  graph.edges.forEach((edge, index) => {
    for (const end of ["source", "target"] as const) {
      if (!nodeIds.has(edge[end])) {
        issues.push({
          message: `edge ${end} "${edge[end]}" is not a node`,
          path: ["edges", index, end],
        });
      }
    }
    if (managerOf.has(edge.target)) {
      issues.push({
        message: `"${edge.target}" has more than one manager`,
        path: ["edges", index, "target"],
      });
    }
    managerOf.set(edge.target, edge.source);
  });
  // Each chain is walked once: a node already known to reach a root is not walked again.
  const reachesRoot = new Set<string>();
  for (const start of managerOf.keys()) {
    const path = new Set<string>([start]);
    let current = managerOf.get(start);
    while (current !== undefined && !reachesRoot.has(current)) {
      if (path.has(current)) {
        issues.push({ message: `reporting cycle through "${current}"`, path: ["edges"] });
        return issues;
      }
      path.add(current);
      current = managerOf.get(current);
    }
    for (const id of path) reachesRoot.add(id);
  }
  return issues;
}

/** Version 1 (the extractor's result): a forest whose evidence names known documents. */
export function graphIntegrityIssues(graph: GraphV1): GraphIssue[] {
  const issues = forestIssues(graph);
  const documentIds = new Set(graph.documents.map((d) => d.id));
  graph.edges.forEach((edge, index) => {
    edge.evidence.forEach((e, i) => {
      if (!documentIds.has(e.documentId)) {
        issues.push({
          message: `evidence names unknown document "${e.documentId}"`,
          path: ["edges", index, "evidence", i, "documentId"],
        });
      }
    });
  });
  return issues;
}

/**
 * Version 2: a forest, organizations and documents that exist, every source a range inside its
 * document's text, and the documents and diagnostics in the file exactly when its details are not
 * split off (a split file's details are checked as they arrive, by detailsChunkIssues).
 */
export function graphFileIssues(file: GraphFile): GraphIssue[] {
  const issues: GraphIssue[] = [];
  file.edges.forEach((edge, e) =>
    edge.forEach((end, i) => {
      if (file.nodes[end] === undefined)
        issues.push({ message: `no node number ${end}`, path: ["edges", e, i] });
    }),
  );
  if (issues.length > 0) return issues;
  issues.push(
    ...forestIssues({
      nodes: file.nodes,
      edges: file.edges.map(([m, r]) => ({ source: file.nodes[m]!.id, target: file.nodes[r]!.id })),
    }),
  );
  file.nodes.forEach((node, n) => {
    if (file.organizations[node.org] === undefined)
      issues.push({ message: `no organization number ${node.org}`, path: ["nodes", n, "org"] });
  });
  if (file.details !== undefined) {
    for (const part of ["documents", "diagnostics"] as const)
      if (file[part] !== undefined)
        issues.push({ message: `${part} belong in the details files`, path: [part] });
    file.nodes.forEach((node, n) => {
      const inline = DETAIL_FIELDS.find((f) => node[f] !== undefined);
      if (inline)
        issues.push({
          message: `${inline} belong in the details files`,
          path: ["nodes", n, inline],
        });
    });
    return issues;
  }
  for (const part of ["documents", "diagnostics"] as const)
    if (file[part] === undefined) issues.push({ message: `${part} are missing`, path: [part] });
  const documents = file.documents ?? [];
  issues.push(...documentIssues(documents));
  file.nodes.forEach((node, n) => issues.push(...nodeDetailIssues(node, documents, ["nodes", n])));
  return issues;
}

const DETAIL_FIELDS = ["facts", "dimensions", "mentions", "sameAs", "evidence"] as const;

/** Page starts that rise and stay inside each document's text. */
export function documentIssues(documents: readonly GraphDocument[]): GraphIssue[] {
  const issues: GraphIssue[] = [];
  documents.forEach((doc, d) => {
    const starts = doc.pageStarts ?? [];
    if (starts.some((at, i) => at > doc.textLength || (i > 0 && at < starts[i - 1]!)))
      issues.push({
        message: `page starts must rise and stay inside ${doc.id}'s text`,
        path: ["documents", d, "pageStarts"],
      });
  });
  return issues;
}

/** Every source of one node's details a range inside a document that exists. */
export function nodeDetailIssues(
  node: FileNodeDetails,
  documents: readonly GraphDocument[],
  at: (string | number)[],
): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const checkRef = (ref: readonly number[], path: (string | number)[]) => {
    const [index, start, end] = ref as [number, number, number];
    const doc = documents[index];
    if (doc === undefined) issues.push({ message: `no document number ${index}`, path });
    else if (start > end || end > doc.textLength)
      issues.push({ message: `range ${start}-${end} is outside ${doc.id}'s text`, path });
  };
  node.facts?.forEach((f, i) => checkRef([f[2], f[3], f[4]], [...at, "facts", i]));
  node.dimensions?.forEach((d, i) => checkRef(d.source, [...at, "dimensions", i]));
  node.mentions?.forEach((m, i) => checkRef(m, [...at, "mentions", i]));
  node.evidence?.forEach((r, i) => checkRef(r, [...at, "evidence", i]));
  node.sameAs?.forEach((same, i) => {
    if (documents[same.document] === undefined)
      issues.push({
        message: `no document number ${same.document}`,
        path: [...at, "sameAs", i, "document"],
      });
  });
  return issues;
}

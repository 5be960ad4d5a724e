import type { OrgGraph } from "./schema.ts";

// No zod here: the app checks graphs with this and the compiled validator, without loading zod.

/** A rule of the graph broken, with where: the same shape as a schema issue. */
export interface GraphIssue {
  message: string;
  path: (string | number)[];
}

/** Structural rules a JSON schema cannot express: unique ids, known endpoints, a forest. */
export function graphIntegrityIssues(graph: OrgGraph): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const nodeIds = new Set<string>();
  graph.nodes.forEach((node, index) => {
    if (nodeIds.has(node.id)) {
      issues.push({ message: `duplicate node id "${node.id}"`, path: ["nodes", index, "id"] });
    }
    nodeIds.add(node.id);
  });
  const documentIds = new Set(graph.documents.map((d) => d.id));
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
    edge.evidence.forEach((e, i) => {
      if (!documentIds.has(e.documentId)) {
        issues.push({
          message: `evidence names unknown document "${e.documentId}"`,
          path: ["edges", index, "evidence", i, "documentId"],
        });
      }
    });
  });
  for (const start of managerOf.keys()) {
    const seen = new Set<string>([start]);
    let current = managerOf.get(start);
    while (current !== undefined) {
      if (seen.has(current)) {
        issues.push({ message: `reporting cycle through "${current}"`, path: ["edges"] });
        return issues;
      }
      seen.add(current);
      current = managerOf.get(current);
    }
  }
  return issues;
}

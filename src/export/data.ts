import type { GraphIndex } from "../core/graph/indexes.ts";
import type { OrgGraph } from "../core/graph/model.ts";
import { encodeGraph } from "../core/graph/graph-file.ts";

export const CSV_COLUMNS = [
  "id",
  "title",
  "manager_id",
  "manager",
  "classification",
  "ftes",
  "organization",
  "source_documents",
] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * A cell a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage
 * return) gets a leading single quote so it stays text.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One row per position, in chart order: id, title, manager, classification, FTEs, organization
 * (department / branch / directorate) and the files of its job descriptions. CRLF line ends and
 * a byte-order mark, so Excel opens accents correctly.
 */
export function toCsv(ix: GraphIndex, ids: readonly string[]): string {
  const rows: string[] = [CSV_COLUMNS.join(",")];
  for (const id of ids) {
    const node = ix.byId.get(id);
    if (!node) continue;
    const managerId = ix.managerOf.get(id) ?? null;
    const manager = managerId === null ? null : (ix.byId.get(managerId)?.title ?? null);
    const o = node.organization;
    const organization = [o.department, o.branch, o.directorate]
      .filter((v): v is string => v !== null)
      .join(" / ");
    const sources = node.documentIds.map((d) => ix.documentsById.get(d)?.file ?? d).join("; ");
    const fte = node.fte === null ? null : `${node.fte}${node.ftePlanned ? " (planned)" : ""}`;
    rows.push(
      [id, node.title, managerId, manager, node.classification, fte, organization, sources]
        .map(csvCell)
        .join(","),
    );
  }
  return `\ufeff${rows.join("\r\n")}\r\n`;
}

/**
 * The part of the graph holding `ids`: those nodes, the reporting lines between them and the
 * documents they cite, in the same versioned format as graph.json (it validates with parseGraph).
 */
export function subgraph(ix: GraphIndex, ids: readonly string[]): OrgGraph {
  const keep = new Set(ids);
  const graph = ix.graph;
  const nodes = graph.nodes.filter((n) => keep.has(n.id));
  const edges = graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const docs = new Set<string>();
  for (const n of nodes) {
    for (const d of n.documentIds) docs.add(d);
    for (const m of n.mentions) docs.add(m.documentId);
    for (const f of n.facts) docs.add(f.source.documentId);
    for (const d of n.dimensions) docs.add(d.source.documentId);
  }
  for (const e of edges) for (const q of e.evidence) docs.add(q.documentId);
  return {
    schemaVersion: 2,
    documents: graph.documents.filter((d) => docs.has(d.id)),
    nodes,
    edges,
    diagnostics: graph.diagnostics.filter(
      (d) => d.nodeIds === undefined || d.nodeIds.some((id) => keep.has(id)),
    ),
  };
}

/** The graph JSON of the exported positions; the whole graph when they are all of it. */
export function toGraphJson(ix: GraphIndex, ids: readonly string[]): string {
  const graph = ids.length === ix.graph.nodes.length ? ix.graph : subgraph(ix, ids);
  return `${JSON.stringify(encodeGraph(graph), null, 1)}\n`;
}

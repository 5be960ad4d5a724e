/**
 * Where the labelled positions landed in a graph, and what that says about identity: one
 * position on two nodes (split), two positions on one node (wrong merge), a node no document
 * names (junk).
 */
import type { GraphNode, OrgGraph } from "../../src/core/graph/schema.ts";
import { type LabelledDocument, nameMatches, normalizeName, orgNamesOf } from "./corpus-labels.ts";
import type { DocumentScore } from "./corpus-score.ts";

type ScoredNode = GraphNode;

export function namesOf(node: ScoredNode): string[] {
  return [node.title, ...node.aliases];
}

export class GraphIndex {
  readonly byId = new Map<string, ScoredNode>();
  readonly parent = new Map<string, string>();
  readonly children = new Map<string, string[]>();
  constructor(readonly graph: OrgGraph) {
    for (const n of graph.nodes) this.byId.set(n.id, n);
    for (const e of graph.edges) {
      this.parent.set(e.target, e.source);
      this.children.set(e.source, [...(this.children.get(e.source) ?? []), e.target]);
    }
  }
  parentOf(node: ScoredNode): ScoredNode | undefined {
    const id = this.parent.get(node.id);
    return id === undefined ? undefined : this.byId.get(id);
  }
  childrenOf(node: ScoredNode | undefined): ScoredNode[] {
    if (!node) return [];
    return (this.children.get(node.id) ?? []).flatMap((id) => this.byId.get(id) ?? []);
  }
}

/** One labelled position in one document, with the names that identify it there. */
export interface Position {
  key: string;
  names: string[];
  /** Names only the node's title may carry (a fuller name the document gives). */
  titleNames?: string[];
  multiple: boolean;
}

/** A report is identified by its manager: two descriptions of one position list the same reports. */
export function reportKey(doc: LabelledDocument, title: string): string {
  return `${doc.label.subject?.key ?? doc.path}#report:${normalizeName(title)}`;
}

export function positionsOf(doc: LabelledDocument): Position[] {
  const { label, path } = doc;
  const list: Position[] = [];
  const s = label.subject;
  if (!s) return list;
  list.push({ key: s.key, names: [s.title, ...s.aliases], multiple: false });
  const m = label.manager;
  if (m)
    list.push({
      key: m.key,
      names: [m.title, ...(m.fuller ? [m.fuller] : []), ...(m.alternatives ?? [])],
      multiple: false,
    });
  for (const p of label.peers ?? [])
    list.push({
      key: p.key,
      names: [p.title, ...(p.aliases ?? [])],
      multiple: p.count !== 1 && p.count !== undefined,
    });
  for (const r of label.reports ?? [])
    list.push({
      key: `${path}#${r.title}`,
      names: [r.title, ...(r.aliases ?? [])],
      multiple: r.count !== 1,
    });
  for (const name of m?.or ?? [])
    list.push({ key: `${path}#or:${name}`, names: [name], multiple: false });
  for (const o of label.otherLines ?? []) {
    list.push({
      key: `${path}#${o.report}`,
      names: [o.report, ...(o.reportAliases ?? [])],
      multiple: false,
    });
    if (!m || !nameMatches(o.manager, [m.title, ...(m.fuller ? [m.fuller] : [])]))
      list.push({ key: `${path}#${o.manager}`, names: [o.manager], multiple: false });
  }
  return list;
}

export const matchesAny = (node: ScoredNode, names: readonly string[], org: readonly string[]) =>
  namesOf(node).some((n) => nameMatches(n, names, org));

/** Where each labelled position of a document landed: key -> node ids. */
export type Placement = Map<string, Set<string>>;

export function place(placement: Placement, key: string, nodes: readonly ScoredNode[]): void {
  const set = placement.get(key) ?? new Set<string>();
  for (const n of nodes) set.add(n.id);
  placement.set(key, set);
}

export function identityProblems(
  docs: readonly LabelledDocument[],
  ix: GraphIndex,
  placement: Placement,
  keyOwner: Map<string, DocumentScore>,
  byDocumentId: Map<string, { doc: LabelledDocument; score: DocumentScore | undefined }>,
): void {
  const multiple = new Set(
    docs.flatMap((d) =>
      positionsOf(d)
        .filter((p) => p.multiple)
        .map((p) => p.key),
    ),
  );
  const keysOfNode = new Map<string, Set<string>>();
  const reported = new Set<string>();
  for (const [key, nodes] of placement) {
    for (const id of nodes) keysOfNode.set(id, new Set([...(keysOfNode.get(id) ?? []), key]));
    if (nodes.size > 1 && !multiple.has(key)) {
      const titles = [...nodes].map((id) => `"${ix.byId.get(id)?.title}"`).join(" + ");
      keyOwner.get(key)?.splits.push(`${key}: ${titles}`);
      reported.add(key);
    }
  }
  for (const [id, keys] of keysOfNode) {
    if (keys.size < 2) continue;
    const first = [...keys].sort()[0] ?? "";
    keyOwner.get(first)?.merges.push(`"${ix.byId.get(id)?.title}" is ${[...keys].join(" and ")}`);
  }
  // A node is junk when no document it comes from names such a position; a label's names that
  // several nodes carry are splits too (a short form beside the full title).
  for (const node of ix.graph.nodes) {
    const sources = [...new Set([...node.documentIds, ...node.mentions.map((m) => m.documentId)])];
    const owners = sources.flatMap((id) => byDocumentId.get(id) ?? []);
    const named = owners.some(({ doc }) =>
      positionsOf(doc).some((p) => matchesAny(node, p.names, orgNamesOf(doc.label))),
    );
    if (!named && !keysOfNode.has(node.id)) owners[0]?.score?.junk.push(node.title);
  }
  for (const { doc, score } of byDocumentId.values()) {
    const own = ix.graph.nodes.filter((n) =>
      [...n.documentIds, ...n.mentions.map((m) => m.documentId)].some(
        (id) => byDocumentId.get(id)?.doc === doc,
      ),
    );
    for (const p of positionsOf(doc)) {
      const placed = placement.get(p.key);
      if (p.multiple || !placed || placed.size === 0 || reported.has(p.key)) continue;
      const extra = own.filter(
        (n) => !placed.has(n.id) && matchesAny(n, p.names, orgNamesOf(doc.label)),
      );
      if (extra.length === 0) continue;
      reported.add(p.key);
      score?.splits.push(`${p.key}: also "${extra.map((n) => n.title).join('", "')}"`);
    }
  }
}

/**
 * Scores an extracted graph against the labelled corpus: reporting lines found (recall) and
 * right (precision), classifications, sizes and counts, junk nodes, positions split in two and
 * positions wrongly merged. Used by `npm run score:corpus` and by the corpus fixture test.
 */
import type { GraphNode, OrgGraph } from "../../src/core/graph/schema.ts";
import {
  type Label,
  type LabelledDocument,
  nameMatches,
  normalizeName,
  orgNamesOf,
} from "./corpus-labels.ts";

export interface Tally {
  found: number;
  total: number;
}

/** What one document's labels gave against a graph. `problems` say what was missed or wrong. */
export interface DocumentScore {
  path: string;
  lang: "en" | "fr";
  heldOut: boolean;
  subject: Tally;
  manager: Tally;
  reports: Tally;
  peers: Tally;
  other: Tally;
  edges: { correct: number; total: number };
  attributes: Tally;
  invented: number;
  undescribed: Tally;
  organization: Tally;
  junk: string[];
  splits: string[];
  merges: string[];
  problems: string[];
}

type ScoredNode = GraphNode;

const tally = (): Tally => ({ found: 0, total: 0 });
const add = (t: Tally, ok: boolean) => {
  t.total++;
  if (ok) t.found++;
};

function namesOf(node: ScoredNode): string[] {
  return [node.title, ...node.aliases];
}

class GraphIndex {
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
interface Position {
  key: string;
  names: string[];
  /** Names only the node's title may carry (a fuller name the document gives). */
  titleNames?: string[];
  multiple: boolean;
}

/** A report is identified by its manager: two descriptions of one position list the same reports. */
function reportKey(doc: LabelledDocument, title: string): string {
  return `${doc.label.subject?.key ?? doc.path}#report:${normalizeName(title)}`;
}

function positionsOf(doc: LabelledDocument): Position[] {
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

function managerNames(label: Label): { any: string[]; title: string[] } {
  const m = label.manager;
  if (!m) return { any: [], title: [] };
  const alternatives = [...(m.alternatives ?? []), ...(m.or ?? [])];
  return {
    any: [m.title, ...(m.fuller ? [m.fuller] : []), ...alternatives],
    // With two names for its manager, the document's fuller one must be the node's title.
    title: m.fuller ? [m.fuller, ...alternatives] : [m.title, ...alternatives],
  };
}

const matchesAny = (node: ScoredNode, names: readonly string[], org: readonly string[]) =>
  namesOf(node).some((n) => nameMatches(n, names, org));

function emptyScore(doc: LabelledDocument): DocumentScore {
  return {
    path: doc.path,
    lang: doc.label.lang,
    heldOut: doc.heldOut,
    subject: tally(),
    manager: tally(),
    reports: tally(),
    peers: tally(),
    other: tally(),
    edges: { correct: 0, total: 0 },
    attributes: tally(),
    invented: 0,
    undescribed: tally(),
    organization: tally(),
    junk: [],
    splits: [],
    merges: [],
    problems: [],
  };
}

/** Where each labelled position of a document landed: key -> node ids. */
type Placement = Map<string, Set<string>>;

function place(placement: Placement, key: string, nodes: readonly ScoredNode[]): void {
  const set = placement.get(key) ?? new Set<string>();
  for (const n of nodes) set.add(n.id);
  placement.set(key, set);
}

function checkAttribute(
  score: DocumentScore,
  what: string,
  expected: string | number | null | undefined,
  actual: string | number | null | undefined,
): void {
  if (expected === undefined) return;
  if (expected === null) {
    if (actual !== null && actual !== undefined) {
      score.invented++;
      score.problems.push(`${what}: ${actual} given, the document states none`);
    }
    return;
  }
  add(score.attributes, actual === expected);
  if (actual !== expected)
    score.problems.push(`${what}: expected ${expected}, got ${actual ?? "nothing"}`);
}

function countOf(nodes: readonly ScoredNode[]): number | string {
  if (nodes.length === 1) return nodes[0]?.positionCount ?? 1;
  return nodes.length;
}

/** Scores one document's lines and attributes against a graph; records where its positions landed. */
function scoreLines(
  doc: LabelledDocument,
  ix: GraphIndex,
  documentId: string,
  placement: Placement,
): DocumentScore {
  const score = emptyScore(doc);
  const { label } = doc;
  const s = label.subject;
  if (!s) return score;
  const org = orgNamesOf(label);
  const subject = ix.graph.nodes.find((n) => n.documentIds.includes(documentId));
  add(score.subject, subject !== undefined && matchesAny(subject, [s.title, ...s.aliases], org));
  if (!subject) score.problems.push("no node describes this document");
  else {
    place(placement, s.key, [subject]);
    checkAttribute(score, "classification", s.classification, subject.classification);
    checkAttribute(score, "size", s.size, subject.fte);
    for (const value of [
      s.organization.department,
      s.organization.branch,
      s.organization.directorate,
    ]) {
      if (!value) continue;
      const values = Object.values(subject.organization).filter((v): v is string => Boolean(v));
      const ok = values.some((v) => normalizeName(v) === normalizeName(value));
      add(score.organization, ok);
      if (!ok) score.problems.push(`organization: "${value}" not among ${JSON.stringify(values)}`);
    }
  }
  const names = managerNames(label);
  let managerNode: ScoredNode | undefined;
  if (label.manager) {
    const parent = subject ? ix.parentOf(subject) : undefined;
    const ok =
      parent !== undefined &&
      (label.manager.fuller
        ? nameMatches(parent.title, names.title, org)
        : matchesAny(parent, names.title, org));
    add(score.manager, ok);
    if (!ok)
      score.problems.push(
        `manager: expected "${names.title[0]}", got "${parent?.title ?? "none"}"`,
      );
    managerNode = ok
      ? parent
      : ix.graph.nodes.find((n) => matchesAny(n, names.any, org) && ix.childrenOf(n).length > 0);
    if (managerNode) {
      place(placement, label.manager.key, [managerNode]);
      checkAttribute(
        score,
        "manager classification",
        label.manager.classification,
        managerNode.classification,
      );
    }
  }
  const reportsOfSubject = ix.childrenOf(subject);
  for (const r of label.reports ?? []) {
    const hits = reportsOfSubject.filter((c) =>
      matchesAny(c, [r.title, ...(r.aliases ?? [])], org),
    );
    add(score.reports, hits.length > 0);
    if (hits.length === 0) {
      score.problems.push(`report missing: "${r.title}"`);
      for (const v of [r.classification, r.size, r.count !== null && r.count > 1 ? r.count : null])
        if (v !== null) add(score.attributes, false);
      continue;
    }
    place(placement, reportKey(doc, r.title), hits);
    const first = hits[0];
    checkAttribute(score, `"${r.title}" classification`, r.classification, first?.classification);
    checkAttribute(score, `"${r.title}" size`, r.size, first?.fte);
    if (r.count !== null && r.count > 1)
      checkAttribute(score, `"${r.title}" count`, r.count, countOf(hits));
  }
  const siblings = ix.childrenOf(managerNode).filter((n) => n !== subject);
  for (const p of label.peers ?? []) {
    const hits = siblings.filter((c) => matchesAny(c, [p.title, ...(p.aliases ?? [])], org));
    add(score.peers, hits.length > 0);
    if (hits.length === 0) score.problems.push(`peer missing: "${p.title}"`);
    else {
      place(placement, p.key, hits);
      checkAttribute(
        score,
        `peer "${p.title}" classification`,
        p.classification,
        hits[0]?.classification,
      );
      if (p.count !== undefined && p.count !== null && p.count > 1)
        checkAttribute(score, `peer "${p.title}" count`, p.count, countOf(hits));
    }
  }
  for (const o of label.otherLines ?? []) {
    const ok = ix.graph.edges.some((e) => {
      const src = ix.byId.get(e.source);
      const tgt = ix.byId.get(e.target);
      return (
        src !== undefined &&
        tgt !== undefined &&
        matchesAny(src, [o.manager], org) &&
        matchesAny(tgt, [o.report, ...(o.reportAliases ?? [])], org)
      );
    });
    add(score.other, ok);
    if (!ok) score.problems.push(`line missing: "${o.manager}" -> "${o.report}"`);
  }
  const stated = label.manager?.stated;
  const peersKnown = (label.peers ?? []).every((p) => p.count !== null);
  if (stated && managerNode && peersKnown) {
    const known = ix
      .childrenOf(managerNode)
      .reduce((sum, n) => sum + (typeof n.positionCount === "number" ? n.positionCount : 1), 0);
    const expected = Math.max(0, stated - known);
    const actual = managerNode.undescribedReports ?? 0;
    add(score.undescribed, actual === expected);
    if (actual !== expected)
      score.problems.push(
        `undescribed reports of the manager: expected ${expected}, got ${actual}`,
      );
  }
  scoreEdges(score, doc, ix, documentId, subject, names.any, org);
  return score;
}

function scoreEdges(
  score: DocumentScore,
  doc: LabelledDocument,
  ix: GraphIndex,
  documentId: string,
  subject: ScoredNode | undefined,
  manager: readonly string[],
  org: readonly string[],
): void {
  const { label } = doc;
  const reportNames = (label.reports ?? []).flatMap((r) => [r.title, ...(r.aliases ?? [])]);
  const peerNames = (label.peers ?? []).flatMap((p) => [p.title, ...(p.aliases ?? [])]);
  for (const e of ix.graph.edges) {
    if (!e.evidence.some((q) => q.documentId === documentId)) continue;
    const src = ix.byId.get(e.source);
    const tgt = ix.byId.get(e.target);
    if (!src || !tgt) continue;
    const fromManager = matchesAny(src, manager, org);
    const ok =
      (tgt === subject && fromManager) ||
      (src === subject && matchesAny(tgt, reportNames, org)) ||
      (fromManager && matchesAny(tgt, peerNames, org)) ||
      (label.otherLines ?? []).some(
        (o) =>
          matchesAny(src, [o.manager], org) &&
          matchesAny(tgt, [o.report, ...(o.reportAliases ?? [])], org),
      );
    score.edges.total++;
    if (ok) score.edges.correct++;
    else score.problems.push(`wrong line: "${src.title}" -> "${tgt.title}"`);
  }
}

/**
 * Scores every labelled document against one graph (built from one document or from all of
 * them). `documentIdOf` gives the id the extractor gave each document in that graph.
 */
export function scoreGraph(
  docs: readonly LabelledDocument[],
  graph: OrgGraph,
  documentIdOf: (doc: LabelledDocument) => string,
): DocumentScore[] {
  const ix = new GraphIndex(graph);
  const placement: Placement = new Map();
  const keyOwner = new Map<string, DocumentScore>();
  const scores = docs.map((doc) => {
    const score = scoreLines(doc, ix, documentIdOf(doc), placement);
    for (const p of positionsOf(doc)) if (!keyOwner.has(p.key)) keyOwner.set(p.key, score);
    return score;
  });
  const byDocumentId = new Map(docs.map((d, i) => [documentIdOf(d), { doc: d, score: scores[i] }]));
  identityProblems(docs, ix, placement, keyOwner, byDocumentId);
  return scores;
}

function identityProblems(
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

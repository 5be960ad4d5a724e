/**
 * Scores an extracted graph against the labelled corpus: reporting lines found (recall) and
 * right (precision), classifications, sizes and counts, junk nodes, positions split in two and
 * positions wrongly merged. Used by `npm run score:corpus` and by the corpus fixture test.
 */
import { extractGraph } from "../../src/core/extract/index.ts";
import type { GraphNode, OrgGraph } from "../../src/core/graph/schema.ts";
import {
  type Label,
  type LabelledDocument,
  nameMatches,
  normalizeName,
  orgNamesOf,
} from "./corpus-labels.ts";
import {
  GraphIndex,
  identityProblems,
  matchesAny,
  place,
  type Placement,
  positionsOf,
  reportKey,
} from "./corpus-identity.ts";

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

/** What the labels of other documents in the same graph say of one position (by its key). */
type StatedElsewhere = (key: string) => {
  classification: string | null | undefined;
  size: number | null | undefined;
};

const tally = (): Tally => ({ found: 0, total: 0 });
const add = (t: Tally, ok: boolean) => {
  t.total++;
  if (ok) t.found++;
};

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

/**
 * Organization names compared through the letters OCR confuses ("Leaming", "Canada Student
 * I.oans Program") and with or without the unit's word ("Skills and Employment Branch").
 */
function sameOrganization(a: string, b: string): boolean {
  const fold = (v: string) =>
    normalizeName(v.replace(/I\.(?=\p{Ll})/gu, "L"))
      .replace(/\s+(?:branch|directorate|division)$/, "")
      .replace(/rn/g, "m")
      .replace(/[1i]/g, "l")
      .replace(/0/g, "o");
  return fold(a) === fold(b);
}

const namesOfLabel = (p: { title: string; aliases?: string[] | undefined }) => [
  p.title,
  ...(p.aliases ?? []),
];

/**
 * The nodes this document names under a label's title outside the place the label expects (a
 * peer drawn under another manager): one of them holding another position's key is a merge.
 */
function namedElsewhere(
  ix: GraphIndex,
  documentId: string,
  titles: readonly string[],
  org: readonly string[],
): ScoredNode[] {
  return ix.graph.nodes.filter(
    (n) => n.mentions.some((m) => m.documentId === documentId) && matchesAny(n, titles, org),
  );
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
  statedElsewhere: StatedElsewhere,
): DocumentScore {
  const score = emptyScore(doc);
  const { label } = doc;
  const s = label.subject;
  if (!s) return score;
  const org = orgNamesOf(label);
  const subject = ix.graph.nodes.find((n) => n.documentIds.includes(documentId));
  add(score.subject, subject !== undefined && matchesAny(subject, [s.title, ...s.aliases], org));
  if (!subject) score.problems.push("no node describes this document");
  else place(placement, s.key, [subject]);
  // Without its node, a position has none of the values its document states: each is missed.
  // In one graph, a position another document sizes or classifies carries that document's
  // value: it is scored with that document, and is no value invented for this one.
  const elsewhere = statedElsewhere(s.key);
  const own = (mine: string | number | null, other: string | number | null | undefined) =>
    mine === null && other !== null && other !== undefined ? undefined : mine;
  checkAttribute(
    score,
    "classification",
    own(s.classification, elsewhere.classification),
    subject?.classification,
  );
  checkAttribute(score, "size", own(s.size, elsewhere.size), subject?.fte);
  for (const value of [
    s.organization.department,
    s.organization.branch,
    s.organization.directorate,
  ]) {
    if (!value) continue;
    const values = Object.values(subject?.organization ?? {}).filter((v): v is string =>
      Boolean(v),
    );
    const ok = values.some((v) => sameOrganization(v, value));
    add(score.organization, ok);
    if (!ok) score.problems.push(`organization: "${value}" not among ${JSON.stringify(values)}`);
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
    if (managerNode) place(placement, label.manager.key, [managerNode]);
    // A manager not found has none of its stated values: each counts as missed.
    checkAttribute(
      score,
      "manager classification",
      label.manager.classification,
      managerNode?.classification,
    );
  }
  const reportsOfSubject = ix.childrenOf(subject);
  for (const r of label.reports ?? []) {
    const hits = reportsOfSubject.filter((c) =>
      matchesAny(c, [r.title, ...(r.aliases ?? [])], org),
    );
    add(score.reports, hits.length > 0);
    if (hits.length === 0) {
      score.problems.push(`report missing: "${r.title}"`);
      place(
        placement,
        reportKey(doc, r.title),
        namedElsewhere(ix, documentId, namesOfLabel(r), org),
      );
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
    if (hits.length === 0) {
      score.problems.push(`peer missing: "${p.title}"`);
      place(placement, p.key, namedElsewhere(ix, documentId, namesOfLabel(p), org));
      for (const v of [
        p.classification,
        p.count !== undefined && p.count !== null && p.count > 1 ? p.count : null,
      ])
        if (v !== null && v !== undefined) add(score.attributes, false);
    } else {
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
  const subjects = docs.flatMap((d) => (d.label.subject ? [d.label.subject] : []));
  const statedElsewhere: StatedElsewhere = (key) => ({
    classification: subjects.find((s) => s.key === key && s.classification)?.classification,
    size: subjects.find((s) => s.key === key && s.size !== null)?.size,
  });
  const scores = docs.map((doc) => {
    const score = scoreLines(doc, ix, documentIdOf(doc), placement, statedElsewhere);
    for (const p of positionsOf(doc)) if (!keyOwner.has(p.key)) keyOwner.set(p.key, score);
    return score;
  });
  const byDocumentId = new Map(docs.map((d, i) => [documentIdOf(d), { doc: d, score: scores[i] }]));
  identityProblems(docs, ix, placement, keyOwner, byDocumentId);
  return scores;
}

/** Each document alone, then all of them together; returns both sets of scores. */
export function scoreCorpus(docs: readonly LabelledDocument[]): {
  alone: DocumentScore[];
  together: DocumentScore[];
} {
  const alone = docs.flatMap((doc) => {
    const graph = extractGraph([{ file: doc.path, bytes: doc.bytes }]);
    return scoreGraph([doc], graph, () => graph.documents[0]?.id ?? "");
  });
  const graph = extractGraph(docs.map((d) => ({ file: d.path, bytes: d.bytes })));
  const idOf = new Map(graph.documents.map((d) => [d.file, d.id]));
  const together = scoreGraph(docs, graph, (d) => idOf.get(d.path) ?? "");
  return { alone, together };
}

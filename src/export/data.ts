import type { GraphIndex } from "../core/graph/indexes.ts";
import type { OrgGraph } from "../core/graph/model.ts";
import { encodeGraph } from "../core/graph/graph-file.ts";
import type { UnitTotal } from "../core/graph/totals.ts";
import { unitTotals } from "../core/graph/totals.ts";
import { translate } from "../i18n/format.ts";
import type { Language, MessageKey } from "../i18n/messages.ts";

/** The CSV's columns, in order; each header is a message in the interface language. */
export const CSV_COLUMNS = [
  "id",
  "positionNumber",
  "title",
  "managerId",
  "manager",
  "classification",
  "ftes",
  "fteStatus",
  "unitFtes",
  "unitPlannedFtes",
  "unitBasis",
  "department",
  "branch",
  "directorate",
  "location",
  "effectiveDate",
  "sourceDocuments",
  // Added last, so the columns of spreadsheets made from earlier exports keep their letters.
  "positionCount",
  "undescribedReports",
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Each column's header: the panel's name for the same fact where it has one. */
const HEADERS: Record<CsvColumn, MessageKey> = {
  id: "csv.id",
  positionNumber: "fact.positionNumber",
  title: "fact.title",
  managerId: "csv.managerId",
  manager: "csv.manager",
  classification: "fact.classification",
  positionCount: "csv.positionCount",
  ftes: "fact.fte",
  fteStatus: "csv.fteStatus",
  unitFtes: "csv.unitFtes",
  unitPlannedFtes: "csv.unitPlannedFtes",
  unitBasis: "csv.unitBasis",
  undescribedReports: "csv.undescribedReports",
  department: "fact.department",
  branch: "fact.branch",
  directorate: "fact.directorate",
  location: "fact.location",
  effectiveDate: "fact.effectiveDate",
  sourceDocuments: "panel.sourceDocuments",
};

/** The header of a column in a language. */
export const csvHeader = (column: CsvColumn, lang: Language): string =>
  translate(lang, HEADERS[column]);

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

function unitBasis(total: UnitTotal | undefined, lang: Language): string | null {
  if (total === undefined || total.basis === "none") return null;
  if (total.basis === "stated") return translate(lang, "csv.basis.stated");
  return translate(lang, total.complete ? "csv.basis.sum" : "csv.basis.partial");
}

function row(ix: GraphIndex, id: string, totals: ReadonlyMap<string, UnitTotal>, lang: Language) {
  const node = ix.byId.get(id)!;
  const managerId = ix.managerOf.get(id) ?? null;
  const manager = managerId === null ? null : (ix.byId.get(managerId)?.title ?? null);
  const o = node.organization;
  const total = totals.get(id);
  const cells: Record<CsvColumn, string | number | null> = {
    id,
    positionNumber: node.positionNumber,
    title: node.title,
    managerId,
    manager,
    classification: node.classification,
    // Empty for one position, so the column adds up to the boxes standing for several.
    positionCount:
      node.positionCount === "several"
        ? translate(lang, "csv.several")
        : (node.positionCount ?? null),
    // A number alone, so a spreadsheet can add the column up; its status is the next column.
    ftes: node.fte,
    fteStatus:
      node.fte === null
        ? null
        : translate(lang, node.ftePlanned ? "csv.status.planned" : "csv.status.current"),
    unitFtes: total?.current ?? null,
    unitPlannedFtes:
      total !== undefined && (total.basis !== "none" || total.planned > 0) ? total.planned : null,
    unitBasis: unitBasis(total, lang),
    undescribedReports: node.undescribedReports ?? null,
    department: o.department,
    branch: o.branch,
    directorate: o.directorate,
    location: node.location,
    effectiveDate: node.effectiveDate,
    sourceDocuments: node.documentIds.map((d) => ix.documentsById.get(d)?.file ?? d).join("; "),
  };
  return CSV_COLUMNS.map((c) => csvCell(cells[c])).join(",");
}

/**
 * One row per position, in chart order: its ids, title, manager, classification, its own FTEs
 * (a number; current or planned in the next column), its unit's total FTEs (itself and
 * everything below, planned apart; see unitTotals), organization, location, effective date, the
 * files of its job descriptions, then how many identical positions it stands for (empty for
 * one) and its reports no document describes. Headers in the interface language; CRLF line
 * ends and a byte-order mark, so Excel opens accents correctly.
 */
export function toCsv(ix: GraphIndex, ids: readonly string[], lang: Language = "en"): string {
  const totals = unitTotals(ix);
  const rows: string[] = [CSV_COLUMNS.map((c) => csvCell(csvHeader(c, lang))).join(",")];
  for (const id of ids) if (ix.byId.has(id)) rows.push(row(ix, id, totals, lang));
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
    for (const same of n.sameAs ?? []) docs.add(same.documentId);
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

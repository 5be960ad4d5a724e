import { buildIndex } from "../../src/core/graph/indexes.ts";
import { encodeGraph } from "../../src/core/graph/graph-file.ts";
import { parseGraphFile } from "../../src/core/graph/parse-graph-file.ts";
import { unitTotals } from "../../src/core/graph/totals.ts";
import {
  CSV_COLUMNS,
  csvCell,
  csvHeader,
  subgraph,
  toCsv,
  toGraphJson,
} from "../../src/export/data.ts";
import { seedLike } from "../support.ts";

/** A small RFC 4180 reader, to check what a spreadsheet would read back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("CSV", () => {
  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvCell("Director, Service")).toBe('"Director, Service"');
    expect(csvCell('The "Lab"')).toBe('"The ""Lab"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(null)).toBe("");
    expect(csvCell(12.5)).toBe("12.5");
  });

  it("keeps formula-looking text as text", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell(-2)).toBe("-2");
  });

  it("has one row per position with its manager, organization and sources", () => {
    const graph = seedLike();
    graph.nodes[1]!.title = "=cmd|' /C calc'!A0, \"x\"";
    const ix = buildIndex(graph);
    const ids = graph.nodes.map((n) => n.id);
    const text = toCsv(ix, ids);
    expect(text.startsWith("\ufeff")).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => csvHeader(c, "en")));
    expect(rows).toHaveLength(ids.length + 1);
    const record = (id: string) => {
      const r = rows.find((cells) => cells[0] === id)!;
      return Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]]));
    };
    const design = record("cds-head-design");
    expect(design.title).toBe("Head of Design");
    expect(design.managerId).toBe("cds-ed-service");
    expect(design.manager).toBe("'=cmd|' /C calc'!A0, \"x\"");
    expect(design.classification).toBe("CS-05");
    expect(design.ftes).toBe("13");
    expect(design.fteStatus).toBe("current");
    expect([design.department, design.branch, design.directorate]).toEqual([
      "Treasury Board Secretariat",
      "Canadian Digital Service",
      "Service",
    ]);
    expect(design.sourceDocuments).toBe("");
    const engagement = record("cds-director-engagement");
    expect(engagement.sourceDocuments!.split("; ")).toHaveLength(2);
    expect(engagement.sourceDocuments).toMatch(/\.(md|txt); .+\.(md|txt)$/);
    expect(engagement.positionNumber).toBe("104211");
    expect(record("cds-ceo").managerId).toBe("");
    const sector = record("sc-sector-director");
    expect(sector.location).toBe("All regions (except for Newfoundland/Labrador)");
    expect(sector.effectiveDate).toBe("2008-06-17");
  });

  it("keeps FTEs as numbers, planned status apart, and each unit's total", () => {
    const ix = buildIndex(seedLike());
    const rows = parseCsv(
      toCsv(
        ix,
        ix.graph.nodes.map((n) => n.id),
      ).slice(1),
    );
    const col = (c: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(c);
    const byId = new Map(rows.slice(1).map((r) => [r[0]!, r]));
    // Every FTE cell is empty or a plain number a spreadsheet can add up.
    for (const r of rows.slice(1)) expect(r[col("ftes")]).toMatch(/^(\d+(\.\d+)?)?$/);
    const consulting = byId.get("cds-consulting-team")!;
    expect([consulting[col("ftes")], consulting[col("fteStatus")]]).toEqual(["3", "planned"]);
    // The Director, Engagement states its division's size (15) and has a planned team of 3 below.
    const engagement = byId.get("cds-director-engagement")!;
    expect(engagement[col("unitFtes")]).toBe("15");
    expect(engagement[col("unitPlannedFtes")]).toBe("3");
    expect(engagement[col("unitBasis")]).toBe("its job description");
    // The CEO states none: its unit is its reports' units added up (31 + 15, planned apart).
    const totals = unitTotals(ix);
    const ceo = byId.get("cds-ceo")!;
    expect(ceo[col("unitFtes")]).toBe(String(totals.get("cds-ceo")!.current));
    expect(Number(ceo[col("unitFtes")])).toBe(46);
    expect(ceo[col("unitPlannedFtes")]).toBe("3");
    expect(ceo[col("unitBasis")]).toMatch(/^sum of its reports/);
  });

  it("names its columns in French for a French interface", () => {
    const ix = buildIndex(seedLike());
    const rows = parseCsv(toCsv(ix, ["cds-consulting-team"], "fr").slice(1));
    expect(rows[0]).toContain("Numéro de poste");
    expect(rows[0]).toContain("ETP");
    expect(rows[0]).toContain("Date d’entrée en vigueur");
    expect(rows[1]![CSV_COLUMNS.indexOf("fteStatus")]).toBe("prévu");
  });
});

describe("graph JSON", () => {
  it("is the whole graph when every position is exported", () => {
    const ix = buildIndex(seedLike());
    expect(
      JSON.parse(
        toGraphJson(
          ix,
          ix.graph.nodes.map((n) => n.id),
        ),
      ),
    ).toEqual(encodeGraph(ix.graph));
  });

  it("is a valid graph of just the exported part otherwise", () => {
    const ix = buildIndex(seedLike());
    const part = subgraph(ix, ["cds-ed-service", "cds-head-design", "cds-head-product"]);
    const parsed = parseGraphFile(
      JSON.parse(
        toGraphJson(
          ix,
          part.nodes.map((n) => n.id),
        ),
      ),
    );
    expect(parsed.ok).toBe(true);
    expect(part.nodes.map((n) => n.id)).toEqual([
      "cds-ed-service",
      "cds-head-design",
      "cds-head-product",
    ]);
    expect(part.edges.map((e) => e.target).sort()).toEqual(["cds-head-design", "cds-head-product"]);
  });
});

import { buildIndex } from "../../src/core/graph/indexes.ts";
import { encodeGraph } from "../../src/core/graph/graph-file.ts";
import { parseGraphFile } from "../../src/core/graph/parse-graph-file.ts";
import { CSV_COLUMNS, csvCell, subgraph, toCsv, toGraphJson } from "../../src/export/data.ts";
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
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(ids.length + 1);
    const row = rows.find((r) => r[0] === "cds-head-design")!;
    expect(row[1]).toBe("Head of Design");
    expect(row[2]).toBe("cds-ed-service");
    expect(row[3]).toBe("=cmd|' /C calc'!A0, \"x\"".replace(/^/, "'"));
    expect(row[4]).toBe("CS-05");
    expect(row[5]).toBe("13");
    expect(row[6]).toBe("Treasury Board Secretariat / Canadian Digital Service / Service");
    expect(row[7]).toBe("");
    const engagement = rows.find((r) => r[0] === "cds-director-engagement")!;
    expect(engagement[7]!.split("; ")).toHaveLength(2);
    expect(engagement[7]).toMatch(/\.(md|txt); .+\.(md|txt)$/);
    expect(rows.find((r) => r[0] === "cds-ceo")![2]).toBe("");
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

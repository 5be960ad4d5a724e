import { fieldForLabel } from "../core/extract/labels.ts";

/*
 * mammoth writes a small, regular HTML (p, h1-h6, strong, em, a, img, br, ul/ol/li, table/tr/td/th,
 * escaped text). This turns it into the markdown the extractor already reads: `#` headings,
 * `**Label:** value` lines, `- ` items, and table rows as label lines or items. It runs in Node and
 * in a Web Worker alike, where there is no DOM to parse HTML with.
 */

const TOKEN = /<(\/?)([a-z0-9]+)((?:\s[^>]*)?)\/?>|([^<]+)/g;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_m, name: string) => ENTITIES[name] ?? "");
}

interface Row {
  cells: string[];
  header: boolean;
}

/** Output being built: finished lines, the current block's inline text, open lists and tables. */
class Writer {
  readonly lines: string[] = [];
  private inline = "";
  private prefix = "";
  private readonly lists: { ordered: boolean; count: number }[] = [];
  private table: Row[] | null = null;
  private row: Row | null = null;
  private cell: string | null = null;

  text(value: string): void {
    if (this.cell !== null) this.cell += value;
    else this.inline += value;
  }

  startBlock(prefix: string): void {
    // Paragraphs inside a table cell are one cell's text.
    if (this.cell !== null) {
      this.cell += " ";
      return;
    }
    this.flush();
    this.prefix = prefix;
  }

  /** Ends the current block: its text becomes one or more lines (a `<br>` starts a new one). */
  flush(): void {
    const text = this.inline.replace(/\*\*\*\*/g, "").replace(/[ \t]+/g, " ");
    const parts = text.split("\n").map((part) => part.trim());
    let first = true;
    for (const part of parts) {
      if (part === "") continue;
      this.lines.push((first ? this.prefix : this.prefix.replace(/\S/g, " ")) + part);
      first = false;
    }
    this.inline = "";
    this.prefix = "";
  }

  /** A heading, after a blank line as markdown writes it. */
  startHeading(level: number): void {
    this.flush();
    if (this.lines.length > 0) this.lines.push("");
    this.startBlock(`${"#".repeat(level)} `);
  }

  openList(ordered: boolean): void {
    this.flush();
    this.lists.push({ ordered, count: 0 });
  }

  closeList(): void {
    this.flush();
    this.lists.pop();
  }

  listItem(): void {
    const list = this.lists[this.lists.length - 1];
    const indent = "  ".repeat(Math.max(0, this.lists.length - 1));
    if (!list) return this.startBlock("- ");
    list.count += 1;
    this.startBlock(indent + (list.ordered ? `${list.count}. ` : "- "));
  }

  openTable(): void {
    this.flush();
    this.table = [];
  }

  openRow(): void {
    this.row = { cells: [], header: true };
  }

  openCell(header: boolean): void {
    if (this.row && !header) this.row.header = false;
    this.cell = "";
  }

  closeCell(): void {
    if (this.row && this.cell !== null) this.row.cells.push(squashCell(this.cell));
    this.cell = null;
  }

  closeRow(): void {
    if (this.table && this.row) this.table.push(this.row);
    this.row = null;
  }

  closeTable(): void {
    if (this.table) this.lines.push(...tableLines(this.table));
    this.table = null;
  }
}

function squashCell(cell: string): string {
  return cell.replace(/\*\*/g, "").replace(/\s+/g, " ").trim();
}

/** A two-column row whose first cell is a field label: `**Reports To:** Director, …`. */
function labelLine(cells: readonly string[]): string | null {
  const [label, value] = cells;
  if (cells.length !== 2 || !label || !value) return null;
  const bare = label.replace(/\s*:$/, "");
  if (!label.endsWith(":") && fieldForLabel(bare) === null) return null;
  return `**${bare}:** ${value}`;
}

/**
 * Table rows the extractor can read: label/value rows become field lines; other rows become items
 * whose extra cells go in parentheses, with the column's unit when its heading names one
 * (`- Manager, Domestic Collections (AS-07, 62 FTEs)`).
 */
function tableLines(rows: readonly Row[]): string[] {
  const head = rows[0]?.header ? rows[0] : null;
  const units = (head?.cells ?? []).map((h) => /\b(FTEs?|ETP)\b/i.exec(h)?.[1] ?? "");
  const lines: string[] = [];
  for (const row of head ? rows.slice(1) : rows) {
    const cells = row.cells.filter((c) => c !== "");
    if (cells.length === 0) continue;
    const label = labelLine(row.cells);
    if (label) {
      lines.push(label);
      continue;
    }
    const [first, ...rest] = row.cells;
    const details = rest
      .map((cell, i) => (cell && units[i + 1] && /^[\d.,]+$/.test(cell) ? `${cell} FTEs` : cell))
      .filter((cell) => cell !== "");
    lines.push(details.length > 0 ? `- ${first} (${details.join(", ")})` : `- ${first}`);
  }
  return lines;
}

const HEADING = /^h([1-6])$/;

function handleTag(out: Writer, tag: string, closing: boolean): void {
  const heading = HEADING.exec(tag);
  if (heading || tag === "p") {
    if (closing) out.flush();
    else if (heading) out.startHeading(Number(heading[1]));
    else out.startBlock("");
    return;
  }
  switch (tag) {
    case "strong":
      return out.text("**");
    case "br":
      return out.text("\n");
    case "ul":
    case "ol":
      return closing ? out.closeList() : out.openList(tag === "ol");
    case "li":
      return closing ? out.flush() : out.listItem();
    case "table":
      return closing ? out.closeTable() : out.openTable();
    case "tr":
      return closing ? out.closeRow() : out.openRow();
    case "td":
    case "th":
      return closing ? out.closeCell() : out.openCell(tag === "th");
  }
}

/**
 * mammoth's HTML to the extractor's markdown.
 *
 * @example
 * docxHtmlToMarkdown("<h2>Director</h2><p><strong>Reports To:</strong> CEO</p>")
 * // "## Director\n**Reports To:** CEO"
 */
export function docxHtmlToMarkdown(html: string): string {
  const out = new Writer();
  for (const m of html.matchAll(TOKEN)) {
    const [, closing, tag = "", , text] = m;
    if (text !== undefined) {
      out.text(decodeEntities(text));
      continue;
    }
    handleTag(out, tag, closing === "/");
  }
  out.flush();
  return out.lines.join("\n");
}

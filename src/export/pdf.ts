import type { jsPDF as JsPdf } from "jspdf";
import type { Box } from "../core/layout/types.ts";
import { translate } from "../i18n/format.ts";
import type { DrawItem, Paint, PathOp } from "./paint.ts";
import { drawItems, meets } from "./paint.ts";
import type { Orientation, Paper } from "./pdf-plan.ts";
import { FOOTER, PAGE_MARGIN, planPdf } from "./pdf-plan.ts";
import type { ExportResult, ExportScene, Progress } from "./types.ts";

export interface PdfOptions {
  paper: Paper;
  orientation: Orientation;
  /** One page fitted, or a poster of pages at a readable size. */
  layout: "fit" | "poster";
  /** Printed in the page header, e.g. "2026-11-23". */
  date?: string;
}

// Characters PDF's built-in Helvetica can show (WinAnsi): Latin-1 plus these.
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/**
 * Text as the built-in fonts can encode it: accents kept (é is in WinAnsi), other letters reduced
 * to their base letter, anything else shown as "?". Keeps the PDF's text real text without
 * embedding a font.
 */
export function winAnsi(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa0 && code <= 0xff) ||
      WIN_ANSI_EXTRA.has(ch)
    ) {
      out += ch;
      continue;
    }
    const base = ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    out += /^[\x20-\x7e]+$/.test(base) ? base : "?";
  }
  return out;
}

/** Maps scene px to page pt for one page. */
interface Mapping {
  view: Box;
  area: Box;
  scale: number;
}

const X = (m: Mapping, x: number) => m.area.x + (x - m.view.x) * m.scale;
const Y = (m: Mapping, y: number) => m.area.y + (y - m.view.y) * m.scale;

function trace(doc: JsPdf, m: Mapping, ops: readonly PathOp[]): void {
  for (const op of ops) {
    if (op[0] === "M") doc.moveTo(X(m, op[1]), Y(m, op[2]));
    else if (op[0] === "L") doc.lineTo(X(m, op[1]), Y(m, op[2]));
    else if (op[0] === "C")
      doc.curveTo(X(m, op[1]), Y(m, op[2]), X(m, op[3]), Y(m, op[4]), X(m, op[5]), Y(m, op[6]));
    else doc.close();
  }
}

function paint(doc: JsPdf, m: Mapping, ops: readonly PathOp[], p: Paint): void {
  if (p.fill) doc.setFillColor(p.fill);
  if (p.stroke) {
    doc.setDrawColor(p.stroke);
    doc.setLineWidth((p.lineWidth ?? 1) * m.scale);
    doc.setLineDashPattern(p.dash ? p.dash.map((d) => d * m.scale) : [], 0);
  }
  trace(doc, m, ops);
  if (p.fill && p.stroke) doc.fillStroke();
  else if (p.fill) doc.fill();
  else if (p.stroke) doc.stroke();
  else doc.discardPath();
}

function font(doc: JsPdf, size: number, bold: boolean, m: Mapping): void {
  doc.setFont("helvetica", bold ? "bold" : "normal");
  doc.setFontSize(size * m.scale);
}

function draw(doc: JsPdf, m: Mapping, item: DrawItem): void {
  switch (item.type) {
    case "path":
      paint(doc, m, item.ops, item.paint);
      return;
    case "text":
      font(doc, item.size, item.bold, m);
      doc.setTextColor(item.color);
      item.lines.forEach((line, i) =>
        doc.text(winAnsi(line), X(m, item.x), Y(m, item.y + i * item.lineHeight), {
          align: item.anchor === "end" ? "right" : "left",
        }),
      );
      return;
    case "runs": {
      let x = X(m, item.x);
      item.runs.forEach((r, i) => {
        if (i > 0) x += (r.gap ?? 0) * m.scale;
        font(doc, r.size, r.bold, m);
        doc.setTextColor(r.color);
        const text = winAnsi(r.text);
        doc.text(text, x, Y(m, item.y));
        x += doc.getTextWidth(text);
      });
      return;
    }
    case "group":
      if (!meets(item.bounds, m.view)) return;
      if (item.opacity < 1) {
        doc.saveGraphicsState();
        // GState is a constructor on the jsPDF API that its types declare as a plain method.
        const GState = doc.GState as unknown as new (p: Record<string, number>) => unknown;
        doc.setGState(new GState({ opacity: item.opacity, "stroke-opacity": item.opacity }));
      }
      for (const child of item.items) draw(doc, m, child);
      if (item.opacity < 1) doc.restoreGraphicsState();
  }
}

const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The scene as a vector PDF: shapes as paths and text as text (PDF's built-in Helvetica, so
 * nothing is embedded). One page fitted to the paper, or a poster of labelled pages.
 */
export async function toPdf(
  scene: ExportScene,
  options: PdfOptions,
  onProgress: Progress = () => undefined,
): Promise<ExportResult> {
  const lang = scene.language;
  const plan = planPdf(scene.width, scene.height, { ...options, language: lang });
  onProgress(0.05, translate(lang, "exportFile.loadingPdf"));
  const { jsPDF } = await import("jspdf");
  const format = [plan.pageWidth, plan.pageHeight];
  const doc = new jsPDF({ unit: "pt", format, orientation: options.orientation, compress: true });
  doc.setProperties({
    title: scene.title,
    subject: translate(lang, "exportFile.chart"),
    creator: "Org Atlas",
  });
  const items = drawItems(scene);
  const t = scene.theme;
  for (const [i, page] of plan.pages.entries()) {
    if (i > 0) doc.addPage(format, options.orientation);
    onProgress(
      0.1 + (0.85 * i) / plan.pages.length,
      plan.pages.length > 1
        ? translate(lang, "exportFile.pageOf", { n: i + 1, total: plan.pages.length })
        : translate(lang, "exportFile.drawing"),
    );
    if (i > 0 && i % 4 === 0) await breathe();
    // A fitted chart is centred on the page; a poster page starts at its top-left corner.
    const area =
      options.layout === "fit"
        ? {
            ...plan.area,
            x: plan.area.x + (plan.area.width - scene.width * plan.scale) / 2,
            y: plan.area.y + (plan.area.height - scene.height * plan.scale) / 2,
            width: scene.width * plan.scale,
            height: scene.height * plan.scale,
          }
        : plan.area;
    const m: Mapping = { view: page.view, area, scale: plan.scale };
    doc.setFont("helvetica", "bold");
    doc.setFontSize(11);
    doc.setTextColor(t.ink);
    doc.text(winAnsi(scene.title), PAGE_MARGIN, PAGE_MARGIN + 4);
    doc.setFont("helvetica", "normal");
    doc.setFontSize(9);
    doc.setTextColor(t.muted);
    if (options.date)
      doc.text(options.date, plan.pageWidth - PAGE_MARGIN, PAGE_MARGIN + 4, { align: "right" });
    if (page.label !== "")
      doc.text(
        winAnsi(page.label),
        plan.pageWidth / 2,
        plan.pageHeight - PAGE_MARGIN + FOOTER - 6,
        { align: "center" },
      );
    doc.saveGraphicsState();
    doc.rect(
      area.x,
      area.y,
      Math.min(area.width, plan.area.width),
      Math.min(area.height, plan.area.height),
      null,
    );
    doc.clip();
    doc.discardPath();
    for (const item of items) draw(doc, m, item);
    doc.restoreGraphicsState();
  }
  onProgress(0.97, translate(lang, "exportFile.saving"));
  const blob = doc.output("blob");
  onProgress(1, translate(lang, "exportFile.done"));
  return { blob, extension: "pdf", message: plan.message };
}

import type { jsPDF as JsPdf } from "jspdf";
import { edgeId } from "../core/layout/request.ts";
import type { Box } from "../core/layout/types.ts";
import { translate } from "../i18n/format.ts";
import type { DrawItem, Paint, PathOp } from "./draw-items.ts";
import { meets } from "./draw-items.ts";
import { legendEntries, legendItems } from "./legend.ts";
import { drawItems } from "./paint.ts";
import type { FontLoader } from "./pdf-font.ts";
import { PDF_FONT, binaryString } from "./pdf-font.ts";
import type { Orientation, Paper, PdfLayout, PdfPage, PdfPlan } from "./pdf-plan.ts";
import { FOOTER, LEGEND_BAND, PAGE_MARGIN, planPdf } from "./pdf-plan.ts";
import type { ExportResult, ExportScene, Progress } from "./types.ts";

export interface PdfOptions {
  paper: Paper;
  orientation: Orientation;
  layout: PdfLayout;
  /** Printed in the page header, e.g. "2026-11-23". */
  date?: string;
  /** Where the embedded font comes from; the app's own origin by default. */
  fonts?: FontLoader;
  /** Draws the legend at the foot of every page. */
  legend?: boolean;
}

/** pt per px of the legend: its 12 px labels print at 9 pt. */
const LEGEND_SCALE = 0.75;

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

const font = (doc: JsPdf, size: number, bold: boolean) => {
  doc.setFont(PDF_FONT, bold ? "bold" : "normal");
  doc.setFontSize(size);
};

function draw(doc: JsPdf, m: Mapping, item: DrawItem, keep: (item: DrawItem) => boolean): void {
  switch (item.type) {
    case "path":
      paint(doc, m, item.ops, item.paint);
      return;
    case "text":
      font(doc, item.size * m.scale, item.bold);
      doc.setTextColor(item.color);
      item.lines.forEach((line, i) =>
        doc.text(line, X(m, item.x), Y(m, item.y + i * item.lineHeight), {
          align: item.anchor === "end" ? "right" : "left",
        }),
      );
      return;
    case "runs": {
      let x = X(m, item.x);
      item.runs.forEach((r, i) => {
        if (i > 0) x += (r.gap ?? 0) * m.scale;
        font(doc, r.size * m.scale, r.bold);
        doc.setTextColor(r.color);
        doc.text(r.text, x, Y(m, item.y));
        x += doc.getTextWidth(r.text);
      });
      return;
    }
    case "group":
      if (!meets(item.bounds, m.view) || !keep(item)) return;
      if (item.opacity < 1) {
        doc.saveGraphicsState();
        // GState is a constructor on the jsPDF API that its types declare as a plain method.
        const GState = doc.GState as unknown as new (p: Record<string, number>) => unknown;
        doc.setGState(new GState({ opacity: item.opacity, "stroke-opacity": item.opacity }));
      }
      for (const child of item.items) draw(doc, m, child, keep);
      if (item.opacity < 1) doc.restoreGraphicsState();
  }
}

/** The smallest text the items draw, in scene px. */
export function minTextSize(items: readonly DrawItem[]): number {
  let min = Infinity;
  const visit = (item: DrawItem) => {
    if (item.type === "text") min = Math.min(min, item.size);
    else if (item.type === "runs") for (const r of item.runs) min = Math.min(min, r.size);
    else if (item.type === "group") item.items.forEach(visit);
  };
  items.forEach(visit);
  return Number.isFinite(min) ? min : 12;
}

/** The page's part of the chart: everything in view, or one branch's boxes and lines. */
function keeper(scene: ExportScene, page: PdfPage): (item: DrawItem) => boolean {
  const ids = page.ids;
  if (ids === null) return () => true;
  const edges = new Set(
    scene.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => e.id),
  );
  return (item) =>
    item.type !== "group" ||
    (item.role === "box" && ids.has(item.id)) ||
    (item.role === "edge" && edges.has(item.id));
}

/** What a page draws: the scene's items, or its boxes where the page's own layout puts them. */
function pageItems(scene: ExportScene, page: PdfPage, items: DrawItem[]): DrawItem[] {
  const layout = page.layout;
  if (layout === undefined) return items;
  const byId = new Map(scene.boxes.map((b) => [b.id, b]));
  const emphasis = new Map(scene.edges.map((e) => [e.id, e.emphasis]));
  const boxes = [...layout.boxes].map(([id, at]) => ({ ...byId.get(id)!, x: at.x, y: at.y }));
  const edges = layout.edges.map((e) => {
    const id = edgeId(e.source, e.target);
    return { ...e, id, emphasis: emphasis.get(id) ?? ("none" as const) };
  });
  return drawItems({ ...scene, frames: [], boxes, edges });
}

const ARROWS = { right: " →", bottom: " ↓", left: "← ", top: "↑ ", below: "" } as const;

function drawNotes(doc: JsPdf, m: Mapping, page: PdfPage, plan: PdfPlan, muted: string): void {
  font(doc, 8, false);
  doc.setTextColor(muted);
  for (const note of page.notes) {
    const text =
      note.side === "left" || note.side === "top"
        ? ARROWS[note.side] + note.text
        : note.text + ARROWS[note.side];
    const x = X(m, note.x);
    const y = Y(m, note.y);
    const right = plan.area.x + plan.area.width;
    const bottom = plan.area.y + plan.area.height;
    if (note.side === "below") doc.text(text, x, y + 9, { align: "center" });
    else if (note.side === "bottom") doc.text(text, x, bottom + 9, { align: "center" });
    else if (note.side === "top") doc.text(text, x, plan.area.y - 3, { align: "center" });
    else {
      // Along a side margin, centred on the cut: read downwards on the right, upwards on the left.
      const half = doc.getTextWidth(text) / 2;
      if (note.side === "right") doc.text(text, right + 4, y - half, { angle: -90 });
      else doc.text(text, plan.area.x - 4, y + half, { angle: 90 });
    }
  }
}

function pageFrame(
  doc: JsPdf,
  scene: ExportScene,
  plan: PdfPlan,
  page: PdfPage,
  date: string | undefined,
): void {
  const t = scene.theme;
  font(doc, 11, true);
  doc.setTextColor(t.ink);
  const heading = page.heading === "" ? scene.title : `${scene.title} · ${page.heading}`;
  const width = plan.pageWidth - 2 * PAGE_MARGIN - (date ? 70 : 0);
  doc.text(doc.splitTextToSize(heading, width)[0] as string, PAGE_MARGIN, PAGE_MARGIN + 4);
  font(doc, 9, false);
  doc.setTextColor(t.muted);
  if (date) doc.text(date, plan.pageWidth - PAGE_MARGIN, PAGE_MARGIN + 4, { align: "right" });
  if (page.label !== "")
    doc.text(page.label, plan.pageWidth / 2, plan.pageHeight - PAGE_MARGIN + FOOTER - 6, {
      align: "center",
    });
}

/** Where a page's view goes: a poster page from its top-left corner, others centred. */
function placement(plan: PdfPlan, page: PdfPage, poster: boolean): Mapping {
  const w = page.view.width * page.scale;
  const h = page.view.height * page.scale;
  const area = poster
    ? plan.area
    : {
        x: plan.area.x + (plan.area.width - w) / 2,
        y: plan.area.y + Math.max(0, (plan.area.height - h) / 2),
        width: w,
        height: h,
      };
  return { view: page.view, area, scale: page.scale };
}

const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function newDocument(plan: PdfPlan, options: PdfOptions, scene: ExportScene) {
  // The font files' URLs come from the bundler; Node (tests) passes its own loader.
  const load = options.fonts ?? (await import("./pdf-font-files.ts")).fetchPdfFonts;
  const [{ jsPDF }, fonts] = await Promise.all([import("jspdf"), load()]);
  const format = [plan.pageWidth, plan.pageHeight];
  const doc = new jsPDF({ unit: "pt", format, orientation: options.orientation, compress: true });
  doc.addFileToVFS("DejaVuSansCondensed.ttf", binaryString(fonts.regular));
  doc.addFileToVFS("DejaVuSansCondensed-Bold.ttf", binaryString(fonts.bold));
  doc.addFont("DejaVuSansCondensed.ttf", PDF_FONT, "normal");
  doc.addFont("DejaVuSansCondensed-Bold.ttf", PDF_FONT, "bold");
  doc.setProperties({
    title: scene.title,
    subject: translate(scene.language, "exportFile.chart"),
    creator: "Org Atlas",
  });
  doc.setLanguage(scene.language === "fr" ? "fr-CA" : "en-CA");
  return { doc, format };
}

/**
 * The scene as a vector PDF: shapes as paths and text as text, set in an embedded DejaVu Sans
 * Condensed (subset to the glyphs used) so any title comes out as written. By default pages
 * per branch at a readable size (see planPdf), or a poster, or one fitted page.
 */
export async function toPdf(
  scene: ExportScene,
  options: PdfOptions,
  onProgress: Progress = () => undefined,
): Promise<ExportResult> {
  const lang = scene.language;
  const items = drawItems(scene);
  const plan = planPdf(scene, { ...options, minTextPx: minTextSize(items), language: lang });
  onProgress(0.05, translate(lang, "exportFile.loadingPdf"));
  const { doc, format } = await newDocument(plan, options, scene);
  const legend = options.legend
    ? legendItems(scene, legendEntries(scene), 0, 0, plan.area.width / LEGEND_SCALE)
    : [];
  for (const [i, page] of plan.pages.entries()) {
    if (i > 0) doc.addPage(format, options.orientation);
    onProgress(
      0.1 + (0.85 * i) / plan.pages.length,
      plan.pages.length > 1
        ? translate(lang, "exportFile.pageOf", { n: i + 1, total: plan.pages.length })
        : translate(lang, "exportFile.drawing"),
    );
    if (i > 0 && i % 4 === 0) await breathe();
    pageFrame(doc, scene, plan, page, options.date);
    const m = placement(plan, page, options.layout === "poster" && plan.pages.length > 1);
    doc.saveGraphicsState();
    doc.rect(
      m.area.x,
      m.area.y,
      Math.min(m.area.width, plan.area.width),
      Math.min(m.area.height, plan.area.height),
      null,
    );
    doc.clip();
    doc.discardPath();
    const keep = keeper(scene, page);
    for (const item of pageItems(scene, page, items)) draw(doc, m, item, keep);
    doc.restoreGraphicsState();
    drawNotes(doc, m, page, plan, scene.theme.muted);
    if (legend.length > 0) {
      // The legend's items start at (0, 0); they go in the band under the chart.
      const view = { x: 0, y: 0, width: plan.area.width / LEGEND_SCALE, height: LEGEND_BAND };
      const area = { ...plan.area, y: plan.area.y + plan.area.height + 10 };
      for (const item of legend) draw(doc, { view, area, scale: LEGEND_SCALE }, item, () => true);
    }
  }
  onProgress(0.97, translate(lang, "exportFile.saving"));
  const blob = doc.output("blob");
  onProgress(1, translate(lang, "exportFile.done"));
  return { blob, extension: "pdf", message: plan.message };
}

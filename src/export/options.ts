import type { Orientation, Paper, PdfLayout } from "./pdf-plan.ts";

/** Export choices, kept apart from the export code so the menu can read them without loading it. */
export type ExportFormat = "png" | "svg" | "pdf" | "pptx" | "csv" | "json";

/** The picture's shape: the chart's own, a 16:9 slide, or a page (portrait or landscape). */
export type ImageShape = "chart" | "slide" | "page";

export interface ExportOptions {
  format: ExportFormat;
  /** PNG: 1, 2 or 4 pixels per chart px. */
  scale: 1 | 2 | 4;
  /** PNG and SVG. */
  background: "white" | "transparent";
  /** PNG and SVG. */
  shape: ImageShape;
  paper: Paper;
  orientation: Orientation;
  pdfLayout: PdfLayout;
  /** Draws the legend (what boxes, dashes and marks mean) in images, PDFs and decks. */
  legend: boolean;
  /** Keeps the selection's highlight (the other boxes greyed); off, every box is drawn plain. */
  highlight: boolean;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  format: "png",
  scale: 2,
  background: "white",
  shape: "chart",
  paper: "letter",
  orientation: "landscape",
  pdfLayout: "branches",
  legend: false,
  highlight: false,
};

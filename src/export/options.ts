import type { Orientation, Paper } from "./pdf-plan.ts";

/** Export choices, kept apart from the export code so the menu can read them without loading it. */
export type ExportFormat = "png" | "svg" | "pdf" | "pptx" | "csv" | "json";

export interface ExportOptions {
  format: ExportFormat;
  /** PNG: 1, 2 or 4 pixels per chart px. */
  scale: 1 | 2 | 4;
  /** PNG and SVG. */
  background: "white" | "transparent";
  paper: Paper;
  orientation: Orientation;
  pdfLayout: "fit" | "poster";
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  format: "png",
  scale: 2,
  background: "white",
  paper: "letter",
  orientation: "landscape",
  pdfLayout: "fit",
};

import type { GraphIndex } from "../core/graph/indexes.ts";
import { translate } from "../i18n/format.ts";
import type { Language } from "../i18n/messages.ts";
import type { LayoutResult } from "../core/layout/types.ts";
import { toCsv, toGraphJson } from "./data.ts";
import { exportFileName, isoDate } from "./file-name.ts";
import type { ExportOptions } from "./options.ts";
import { buildExportScene } from "./scene.ts";
import { toSvg } from "./svg.ts";
import type { ExportTheme } from "./theme.ts";
import type { ExportResult, ExportScope, ExportView, Progress } from "./types.ts";

export { DEFAULT_EXPORT_OPTIONS, type ExportFormat, type ExportOptions } from "./options.ts";

/** What an export reads: the graph, the layout on screen, the view and the scope. */
export interface ExportInput {
  ix: GraphIndex;
  layout: LayoutResult;
  view: ExportView;
  scope: ExportScope;
  theme?: ExportTheme;
  /** The language of the file's own text and of the progress labels; English by default. */
  language?: Language;
  /** The date in the file name; now by default. */
  date?: Date;
}

export interface NamedExport extends ExportResult {
  fileName: string;
  /** Positions exported. */
  count: number;
}

const text = (content: string, type: string) => new Blob([content], { type });

/**
 * Exports the chart in one format: builds the scene from the layout, draws it, and returns the
 * file with a name that says what and when. No DOM capture; heavy writers load on first use.
 *
 * @example const { blob, fileName } = await exportChart(input, { ...DEFAULT_EXPORT_OPTIONS, format: "svg" });
 */
export async function exportChart(
  input: ExportInput,
  options: ExportOptions,
  onProgress: Progress = () => undefined,
): Promise<NamedExport> {
  const date = input.date ?? new Date();
  const lang = input.language ?? "en";
  onProgress(0, translate(lang, "exportFile.preparing"));
  // A highlight is drawn only when asked for: a whole chart is never greyed by a selection.
  const view = options.highlight ? input.view : { ...input.view, highlight: null };
  const scene = buildExportScene(input.ix, input.layout, view, input.scope, {
    theme: input.theme,
    language: lang,
  });
  if (scene.boxes.length === 0) throw new Error(translate(lang, "exportFile.nothing"));
  const ids = scene.boxes.map((b) => b.id);
  let result: ExportResult;
  switch (options.format) {
    case "svg":
      result = {
        blob: text(toSvg(scene, options), "image/svg+xml"),
        extension: "svg",
        message: null,
      };
      break;
    case "png": {
      const { toPng } = await import("./png.ts");
      result = await toPng(scene, options, onProgress);
      break;
    }
    case "pdf": {
      const { toPdf } = await import("./pdf.ts");
      result = await toPdf(
        scene,
        {
          paper: options.paper,
          orientation: options.orientation,
          layout: options.pdfLayout,
          legend: options.legend,
          date: isoDate(date),
        },
        onProgress,
      );
      break;
    }
    case "pptx": {
      const { toPptx } = await import("./pptx.ts");
      result = await toPptx(scene, { date: isoDate(date), legend: options.legend }, onProgress);
      break;
    }
    case "csv":
      result = {
        blob: text(toCsv(input.ix, ids, lang), "text/csv;charset=utf-8"),
        extension: "csv",
        message: null,
      };
      break;
    case "json":
      result = {
        blob: text(toGraphJson(input.ix, ids), "application/json"),
        extension: "json",
        message: null,
      };
      break;
  }
  onProgress(1, translate(lang, "exportFile.done"));
  const suffix = result.extension === "zip" ? `${scene.subject}-png` : scene.subject;
  return { ...result, fileName: exportFileName(suffix, date, result.extension), count: ids.length };
}

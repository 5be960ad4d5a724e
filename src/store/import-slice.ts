import type { FileProblem } from "../convert/import-session.ts";
import type { Slice } from "./slice.ts";

/** Which chart is shown: the one the site was built with, or one made from a person's own files. */
export type ChartSource = "built-in" | "local";

/** The chart of a person's own documents that this browser keeps, and whether it could keep it. */
export interface KeptDocuments {
  files: number;
  savedAt: string;
  /** "kept": in IndexedDB; "full" or "blocked": for this page only. */
  storage: "kept" | "full" | "blocked";
}

/** Where an import stands, for the progress display and its report. */
export type ImportStatus =
  | {
      phase: "reading";
      /** Which file (from 1) of how many, and what is being done with it. */
      at: number;
      count: number;
      file: string;
      step: "reading" | "page" | "ocr";
      page: number;
      pages: number;
    }
  | { phase: "charting"; documents: number }
  | {
      phase: "done";
      /** Files opened, and how many of them were read. */
      count: number;
      read: number;
      positions: number;
      problems: FileProblem[];
      /** Files in a dropped or picked folder that are not documents, left alone. */
      ignored: number;
      /** True when nothing described a position and the chart was left as it was. */
      unchanged: boolean;
    }
  | { phase: "cancelled" }
  | { phase: "failed"; reason: string };

export interface ImportSlice {
  chartSource: ChartSource;
  keptDocuments: KeptDocuments | null;
  /** The URL asks for a chart of documents this browser does not hold. */
  localMissing: boolean;
  importStatus: ImportStatus | null;
  setChartSource: (source: ChartSource) => void;
  setKeptDocuments: (kept: KeptDocuments | null) => void;
  setLocalMissing: (missing: boolean) => void;
  setImportStatus: (status: ImportStatus | null) => void;
}

export const createImportSlice: Slice<ImportSlice> = (set) => ({
  chartSource: "built-in",
  keptDocuments: null,
  localMissing: false,
  importStatus: null,
  setChartSource: (chartSource) => set({ chartSource, localMissing: false }),
  setKeptDocuments: (keptDocuments) => set({ keptDocuments }),
  setLocalMissing: (localMissing) => set({ localMissing }),
  setImportStatus: (importStatus) => set({ importStatus }),
});

import type { SourceFormat } from "../core/graph/schema.ts";
import type { ProblemCode } from "./messages.ts";

/** A file turned into text the extractor reads: markdown-like lines, pages in order. */
export interface ConvertedDocument {
  ok: true;
  file: string;
  text: string;
  format: SourceFormat;
  /** Pages of a PDF or image; null where the format has no pages (text, Word). */
  pages: number | null;
  /** Where each page starts in `text` (empty where the format has no pages). */
  pageOffsets: number[];
  /** What a person should know about how it was read ("page 3 was read by OCR"). */
  warnings: string[];
}

/** A file that could not be read, with the reason in words a user can act on. */
export interface ConvertProblem {
  ok: false;
  file: string;
  /** What the file seemed to be, when known (a locked PDF is still a PDF). */
  format: SourceFormat | null;
  code: ProblemCode;
  message: string;
}

export type ConvertResult = ConvertedDocument | ConvertProblem;

/** What is happening now, for a progress display. Pages count from 1. */
export type ConvertProgress =
  | { file: string; step: "reading" }
  | { file: string; step: "page"; page: number; pages: number }
  | { file: string; step: "ocr"; page: number; pages: number; done: number };

/** A page image for OCR: an encoded file (PNG, JPEG, TIFF…) or raw grey/RGB/RGBA pixels. */
export type OcrImage =
  | { kind: "encoded"; bytes: Uint8Array }
  | { kind: "pixels"; width: number; height: number; channels: 1 | 3 | 4; data: Uint8Array };

/** A line of text on a page, in page units (PDF points or image pixels), y down. */
export interface PageLine {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** The text's size: font size in a PDF, row height in a scan. */
  size: number;
  /** Which font the whole line is set in, when it is one font and the format says. */
  font: string | null;
}

/** The lines of one page, in reading order. */
export interface PageLines {
  lines: PageLine[];
}

/** Reads the text of page images. Made by the host: Node reads its data from node_modules, the
 * browser from the app's own origin. */
export interface OcrEngine {
  /** How many pages it reads at once (its workers); one when absent. */
  readonly concurrency?: number;
  recognize(
    image: OcrImage,
    signal?: AbortSignal,
  ): Promise<{ page: PageLines; confidence: number }>;
}

export interface ConvertOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ConvertProgress) => void;
  /** Without it, scanned pages and images are reported as needing OCR. */
  ocr?: OcrEngine;
}

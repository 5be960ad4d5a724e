import type { DocumentFormat } from "../graph/model.ts";
import { parseMarkdown } from "./markdown.ts";
import { readOcr } from "./ocr.ts";
import type { ReadingView, Run } from "./types.ts";

/** The reading view of a document: markdown as blocks, OCR text split into sections. */
export function readingView(doc: { format: DocumentFormat; text: string }): ReadingView {
  if (doc.format === "markdown") return { blocks: parseMarkdown(doc.text), removed: [] };
  if (doc.format === "ocr-text" || !doc.text.includes("\n")) return readOcr(doc.text);
  return { blocks: parseMarkdown(doc.text), removed: [] };
}

/** Every place a quote occurs in the text, as `[start, end)` ranges. */
export function quoteRanges(text: string, quotes: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const q of quotes) {
    if (q.trim() === "") continue;
    for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + q.length)) {
      ranges.push([i, i + q.length]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Splits a run at highlight boundaries: each piece says whether it lies inside a quote. */
export function splitRun(
  run: Pick<Run, "text" | "start" | "end">,
  ranges: ReadonlyArray<[number, number]>,
): Array<{ text: string; marked: boolean }> {
  const cuts = new Set<number>([run.start, run.end]);
  for (const [s, e] of ranges) {
    if (e <= run.start || s >= run.end) continue;
    cuts.add(Math.max(s, run.start));
    cuts.add(Math.min(e, run.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Array<{ text: string; marked: boolean }> = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    const marked = ranges.some(([rs, re]) => rs <= s && re >= e);
    pieces.push({ text: run.text.slice(s - run.start, e - run.start), marked });
  }
  return pieces;
}

/** A quote for display on its own: without markdown list markers and bold asterisks. */
export function displayQuote(quote: string): string {
  return quote
    .replace(/^\s*(?:[*+-]|\d+[.)]|#{1,6})\s+/, "")
    .replace(/\*\*/g, "")
    .trim();
}

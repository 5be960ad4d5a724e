import type { ReadingView, Run } from "./types.ts";

/** Where the panel should take the reader for a quote: which view, and the first mark's offset. */
export interface QuoteTarget {
  /** "reading" when the reading view shows the quote; "raw" when only the raw text has it. */
  mode: "reading" | "raw";
  /** The text offset where the first highlighted piece of that occurrence starts. */
  at: number;
}

function* runsOf(view: ReadingView): Generator<Run> {
  for (const block of view.blocks) {
    switch (block.kind) {
      case "heading":
      case "paragraph":
        yield* block.runs;
        break;
      case "list":
        for (const item of block.items) yield* item;
        break;
      case "fields":
        for (const item of block.items) {
          yield item.label;
          yield* item.value;
        }
        break;
    }
  }
}

/** The first offset in `[start, end)` that the reading view shows, or null if it shows none. */
function firstShown(view: ReadingView, start: number, end: number): number | null {
  let first: number | null = null;
  for (const run of runsOf(view)) {
    if (run.end <= start || run.start >= end || run.end <= run.start) continue;
    const at = Math.max(start, run.start);
    if (first === null || at < first) first = at;
  }
  return first;
}

/**
 * Finds a quote for the "Show in document" controls: the first occurrence the reading view
 * shows, else the first occurrence in the raw text (hidden page headers and footers), else null.
 * Occurrences are counted the way `quoteRanges` highlights them, so a mark starts at `at`.
 */
export function locateQuote(text: string, view: ReadingView, quote: string): QuoteTarget | null {
  if (quote.trim() === "") return null;
  let firstRaw: number | null = null;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + quote.length)) {
    firstRaw ??= i;
    const at = firstShown(view, i, i + quote.length);
    if (at !== null) return { mode: "reading", at };
  }
  return firstRaw === null ? null : { mode: "raw", at: firstRaw };
}

import { DATE_PATTERN_GLOBAL, parseDate } from "./ocr.ts";
import type { Span } from "./text.ts";
import { joinedPageNoise } from "./joined-page-noise.ts";

/**
 * How a document's pages were given:
 * - `"one-line-pages"`: OCR'd text with one long line per page; a date that ends a page is a
 *   page stamp, and the first page's opening words are the document's, not a running header.
 * - `"laid-out-pages"`: pages of lines from a PDF or a scan; running headers are repeated at the
 *   top of pages, footers such as "Page 2 of 3" at the bottom, and a lone "Page 1 of 1" counts.
 */
export type PageStyle = "one-line-pages" | "laid-out-pages";

/** Page furniture found on each page: offsets are within that page's own text. */
export interface PageNoise {
  masks: Span[][];
  /** The date printed on the pages (in a footer or as a page stamp), ISO yyyy-mm-dd. */
  pageDate: string | null;
}

/** Laid-out pages' edge lines are compared with digits ignored: "Page 2 of 3" repeats "Page 3 of 3". */
const digitsIgnored = (line: string) => line.replace(/\d+/g, "#");

/** The longest run of words (at most 12) shared by at least two pages, at their end or start. */
function repeatedRun(pages: readonly string[], atEnd: boolean): string[] | null {
  const words = pages.map((p) => {
    const all = p.trim().split(/\s+/).filter(Boolean);
    return atEnd ? all.reverse() : all;
  });
  let best: string[] | null = null;
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i] ?? [];
      const b = words[j] ?? [];
      let k = 0;
      while (k < a.length && k < b.length && k < 12 && a[k] === b[k]) k++;
      if (k >= 2 && (!best || k > best.length)) best = a.slice(0, k);
    }
  }
  return best && atEnd ? best.reverse() : best;
}

/**
 * Laid-out pages: the first (or last) lines that repeat, digits ignored, on at least two pages
 * and half of them — a running header or footer such as "Page 2 of 3".
 */
function repeatedEdgeLines(pages: readonly string[], atEnd: boolean): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const lines = page.split("\n").filter((l) => l.trim() !== "");
    const edge = atEnd ? lines[lines.length - 1] : lines[0];
    // A page of one line is all content: it has no header or footer.
    if (edge === undefined || lines.length < 2) continue;
    const key = digitsIgnored(edge.trim());
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const minimum = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([, n]) => n >= minimum).map(([key]) => key));
}

/** Where a page's first or last line is, when it is one of `keys`. */
function edgeLineSpan(page: string, keys: ReadonlySet<string>, atEnd: boolean): Span | null {
  const lines = [...page.matchAll(/[^\n]*\S[^\n]*/g)];
  const line = atEnd ? lines[lines.length - 1] : lines[0];
  if (!line || lines.length < 2 || !keys.has(digitsIgnored(line[0].trim()))) return null;
  return { start: line.index, end: line.index + line[0].length };
}

/** The span of a run of words (compared by key) at the end or start of a page, if it is there. */
function runSpan(page: string, run: readonly string[], atEnd: boolean): Span | null {
  const words = [...page.matchAll(/\S+/g)];
  const picked = atEnd ? words.slice(-run.length) : words.slice(0, run.length);
  if (picked.length < run.length) return null;
  if (picked.some((w, i) => w[0] !== run[i])) return null;
  const first = picked[0];
  const last = picked[picked.length - 1];
  if (!first || !last) return null;
  return { start: first.index, end: last.index + last[0].length };
}

/** A running header at the start of a page: "Director, Engagement 3 " or a bare page number "2 ". */
function pageHeaderLength(line: string, otherLines: readonly string[]): number {
  const bare = /^(?:[a-z]?\d{1,3}|[IVX]{1,4}|I)\s/.exec(line);
  if (bare) return bare[0].length;
  const titled = /^(.{3,80}?)\s\d{1,3}\s/.exec(line);
  if (
    titled &&
    otherLines.some((other) => other !== line && other.startsWith(titled[1] ?? "\u0000"))
  ) {
    return titled[0].length;
  }
  return 0;
}

const PAGE_NUMBER_LINE =
  /^[ \t]*(?:(?:page|p\.)\s*)?\d{1,4}(?:\s*(?:of|de|sur|\/)\s*\d{1,4})?[ \t]*$/gim;

/** Dates that end a page line: page stamps rather than content. */
function pageEndDates(page: string): { spans: Span[]; date: string | null } {
  const spans: Span[] = [];
  let date: string | null = null;
  const tailStart = Math.max(0, page.length - 40);
  const tail = page.slice(tailStart);
  for (const m of tail.matchAll(DATE_PATTERN_GLOBAL)) {
    if (tail.slice(m.index + m[0].length).trim() !== "") continue;
    spans.push({ start: tailStart + m.index, end: tailStart + m.index + m[0].length });
    date ??= parseDate(m[0]);
  }
  return { spans, date };
}

/**
 * Finds page furniture (repeated footers and headers, page numbers, page dates) so that the
 * extractor can ignore it without changing the text. One detector for OCR'd text and for PDFs.
 *
 * @example
 * findPageNoise(["… Page 1 of 2", "… Page 2 of 2"], "laid-out-pages").masks // the two footers
 */
export function findPageNoise(pages: readonly string[], style: PageStyle): PageNoise {
  return style === "one-line-pages" ? oneLinePageNoise(pages) : laidOutPageNoise(pages);
}

function oneLinePageNoise(pages: readonly string[]): PageNoise {
  const footer = repeatedRun(pages, true);
  let pageDate: string | null = null;
  const masks = pages.map((page, i) => {
    const own: Span[] = [];
    const trimmed = page.trimEnd();
    const footerSpan = footer ? runSpan(trimmed, footer, true) : null;
    if (footerSpan) {
      own.push({ start: footerSpan.start, end: page.length });
      pageDate ??= parseDate(trimmed.slice(footerSpan.start));
    }
    const length = i > 0 ? pageHeaderLength(page, pages) : 0;
    if (length > 0) own.push({ start: 0, end: length });
    // A page number printed at the bottom of a full page: "… and the Director I" / "General, …".
    const bottom = /\s[0-9OIl]{1,2}\s*$/.exec(trimmed);
    if (bottom && i < pages.length - 1 && trimmed.length > 400)
      own.push({ start: bottom.index + 1, end: trimmed.length });
    const dates = pageEndDates(page);
    own.push(...dates.spans);
    pageDate ??= dates.date;
    return own;
  });
  return { masks, pageDate };
}

function laidOutPageNoise(pages: readonly string[]): PageNoise {
  const headers = repeatedEdgeLines(pages, false);
  const footers = repeatedEdgeLines(pages, true);
  let pageDate: string | null = null;
  const masks = pages.map((page) => {
    const own: Span[] = [];
    for (const span of [edgeLineSpan(page, headers, false), edgeLineSpan(page, footers, true)]) {
      if (!span) continue;
      own.push(span);
      pageDate ??= parseDate(page.slice(span.start, span.end));
    }
    for (const m of page.matchAll(PAGE_NUMBER_LINE)) {
      const before = page.slice(0, m.index).trim();
      const after = page.slice(m.index + m[0].length).trim();
      // Only the first or last line of a page is a page number; a "3" in a list is content.
      if (before === "" || after === "") own.push({ start: m.index, end: m.index + m[0].length });
    }
    return own;
  });
  return { masks, pageDate };
}

/**
 * Page furniture of a whole OCR'd text, as offsets into it: each line is a page
 * ("one-line-pages"); a text whose pages were joined into one line also gets its running
 * footers found mid-text (joined-page-noise.ts). Spans apart only by white space are one span.
 * The extractor blanks these spans and the reading view hides them: one detector for both.
 */
export function textPageNoise(text: string): { spans: Span[]; pageDate: string | null } {
  const lines: Span[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    if (line.trim().length > 0) lines.push({ start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  const noise = findPageNoise(
    lines.map((s) => text.slice(s.start, s.end)),
    "one-line-pages",
  );
  const spans = noise.masks.flatMap((own, i) =>
    own.map((s) => ({ start: lines[i]!.start + s.start, end: lines[i]!.start + s.end })),
  );
  if (lines.length < 2) spans.push(...joinedPageNoise(text));
  return { spans: mergeSpans(text, spans), pageDate: noise.pageDate };
}

/** Sorted, with overlapping spans and spans apart only by white space made one. */
function mergeSpans(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && text.slice(last.end, s.start).trim() === "") last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

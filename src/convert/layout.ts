import { fieldForLabel, SECTION_HEADINGS } from "../core/extract/labels.ts";
import { findPageNoise } from "../core/extract/page-noise.ts";
import type { PageLine, PageLines } from "./types.ts";

/*
 * Pages of positioned lines (a PDF's text layer or OCR) to the text the extractor reads: running
 * headers, footers and page numbers left out (found by the extractor's own page-noise rules),
 * lines that wrapped joined into their paragraph, even across a page break, larger or distinct
 * lines marked as `#` headings, bullets as `- ` items.
 */

/** Bullet glyphs, and the characters OCR reads them as (`*`, `+`, `«`, `»`). */
const BULLET = /^(?:[•●◦▪▫■□○◆◇‣⁃∙·]\s*|[*+–«»-]\s+)/u;
/** Past this length a paragraph is running prose or an OCR'd page, where items run inline. */
const PROSE = 300;
const NUMBERED = /^(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s/i;
/** A heading is a short line that does not end a sentence or introduce a list. */
const HEADING_TEXT = /^[^\n]{2,90}$/;

/** Text as read: the joined document and where each page's text begins in it. */
export interface LaidOutText {
  text: string;
  pageOffsets: number[];
}

interface Block {
  text: string;
  heading: number;
  bullet: boolean;
  /** Pages whose text starts in this block, and where in it (a paragraph may cross a page). */
  pageStarts: { page: number; at: number }[];
}

/** Leaves out what the page-noise rules find at the top and bottom of each page. */
function withoutPageNoise(pages: readonly PageLines[]): PageLine[][] {
  const joined = pages.map((p) => p.lines.map((l) => l.text).join("\n"));
  const { masks } = findPageNoise(joined, "laid-out-pages");
  return pages.map((page, i) => {
    const spans = masks[i] ?? [];
    let at = 0;
    const kept: PageLine[] = [];
    for (const line of page.lines) {
      const start = at;
      at += line.text.length + 1;
      const chars = [...line.text].map((ch, k) =>
        spans.some((s) => start + k >= s.start && start + k < s.end) ? "" : ch,
      );
      const text = chars.join("").replace(/\s+/g, " ").trim();
      if (text !== "") kept.push({ ...line, text });
    }
    return kept;
  });
}

/** The most common value, weighted by how much text carries it. */
function dominant<T>(lines: readonly PageLine[], key: (l: PageLine) => T): T | null {
  const weight = new Map<T, number>();
  for (const l of lines) weight.set(key(l), (weight.get(key(l)) ?? 0) + l.text.length);
  let best: T | null = null;
  let most = -1;
  for (const [value, w] of weight) if (w > most) [best, most] = [value, w];
  return best;
}

const roundSize = (size: number) => Math.round(size * 2) / 2;

/** Heading levels: 1 for the largest text, then down; body-size lines in another font last. */
function headingLevels(lines: readonly PageLine[]): (line: PageLine) => number {
  const body = dominant(lines, (l) => roundSize(l.size)) ?? 0;
  const left = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(...lines.map((l) => l.x1));
  const bodyFont = dominant(lines, (l) => l.font);
  const larger = [...new Set(lines.map((l) => roundSize(l.size)))]
    .filter((s) => s > body * 1.12)
    .sort((a, b) => b - a);
  const deepest = Math.min(larger.length + 1, 6);
  return (line) => {
    if (!HEADING_TEXT.test(line.text) || /[.:;,]$/.test(line.text)) return 0;
    // A line that runs across the column is a paragraph's, whatever its size.
    if (line.x1 - line.x0 > (right - left) * 0.75) return 0;
    // A section's usual name is its heading even where a scan shows no difference in size.
    if (SECTION_HEADINGS.includes(line.text.toLowerCase())) return deepest;
    const rank = larger.indexOf(roundSize(line.size));
    if (rank >= 0) return Math.min(rank + 1, 5);
    const distinctFont = line.font !== null && bodyFont !== null && line.font !== bodyFont;
    return distinctFont && roundSize(line.size) === body ? deepest : 0;
  };
}

/** A line that opens with a field label ("Reports To:") starts a field of its own. */
function startsField(text: string): boolean {
  const colon = text.indexOf(":");
  return colon > 0 && colon < 60 && fieldForLabel(text.slice(0, colon)) !== null;
}

/**
 * True when `line` carries on the paragraph that `prev` ends (`sofar` long): `prev` was full when
 * it wrapped, and `line` does not open an item or a field of its own.
 */
function continues(
  prev: PageLine,
  line: PageLine,
  right: number,
  samePage: boolean,
  sofar: number,
): boolean {
  if (BULLET.test(line.text)) return false;
  // "…are:" then an indented line: the first item of a list, not the sentence going on.
  if (/:$/.test(prev.text) && line.x0 - prev.x0 > line.size * 0.8) return false;
  if (sofar < PROSE && (NUMBERED.test(line.text) || startsField(line.text))) return false;
  // Sizes measured on a scan vary by a few pixels from line to line: only a clear change counts.
  if (Math.abs(prev.size - line.size) > prev.size * 0.3) return false;
  const gap = line.top - prev.bottom;
  if (samePage && (gap > prev.size * 1.2 || gap < -prev.size)) return false;
  const charWidth = (prev.x1 - prev.x0) / Math.max(prev.text.length, 1);
  const firstWord = line.text.split(" ")[0] ?? "";
  // The next line's first word would have fitted on this one had the paragraph gone on.
  return prev.x1 + charWidth * (firstWord.length + 1) >= right;
}

function toBlocks(pages: readonly PageLine[][]): Block[] {
  const all = pages.flat();
  const level = headingLevels(all);
  const right = Math.max(...all.map((l) => l.x1));
  const left = Math.min(...all.map((l) => l.x0));
  const blocks: Block[] = [];
  let prev: { line: PageLine; page: number } | null = null;
  pages.forEach((lines, page) => {
    for (const line of lines) {
      const heading = level(line);
      const last = blocks[blocks.length - 1];
      if (
        last &&
        prev &&
        heading === 0 &&
        last.heading === 0 &&
        continues(prev.line, line, right, prev.page === page, last.text.length)
      ) {
        // A word wrapped at its hyphen ("Vice-" / "President", "sous-" / "ministre") stays one word.
        const joint = /\p{L}-$/u.test(last.text) && /^\p{L}/u.test(line.text) ? "" : " ";
        if (prev.page !== page) last.pageStarts.push({ page, at: last.text.length + joint.length });
        last.text += joint + line.text;
      } else {
        const marked = BULLET.test(line.text);
        const text = marked ? line.text.replace(BULLET, "") : line.text;
        // An indented line after "…:" or an item is an item whose bullet the scan lost.
        const indented = line.x0 - left > line.size * 0.8 && !NUMBERED.test(line.text);
        const listed = last !== undefined && (last.bullet || /:$/.test(last.text));
        const bullet = marked || (indented && listed && heading === 0);
        blocks.push({ text, heading, bullet, pageStarts: [{ page, at: 0 }] });
      }
      prev = { line, page };
    }
  });
  return blocks;
}

/**
 * Lays pages of lines out as the extractor's text.
 *
 * @example
 * layOut([{ lines: [{ text: "Reports To: Director", x0: 72, x1: 200, top: 90, bottom: 102, size: 12, font: "f1" }] }])
 * // { text: "Reports To: Director", pageOffsets: [0] }
 */
export function layOut(pages: readonly PageLines[]): LaidOutText {
  const kept = withoutPageNoise(pages);
  const blocks = toBlocks(kept);
  const pageOffsets: number[] = [];
  let text = "";
  for (const block of blocks) {
    const prefix = block.heading > 0 ? `${"#".repeat(block.heading)} ` : block.bullet ? "- " : "";
    if (text !== "") text += block.heading > 0 ? "\n\n" : "\n";
    for (const { page, at } of block.pageStarts) {
      const offset = text.length + (at === 0 ? 0 : prefix.length + at);
      while (pageOffsets.length <= page) pageOffsets.push(offset);
    }
    text += prefix + block.text;
  }
  while (pageOffsets.length < pages.length) pageOffsets.push(text.length);
  return { text, pageOffsets };
}

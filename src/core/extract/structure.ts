import type { DocumentFormat } from "../graph/schema.ts";
import { type FieldName, fieldForLabel, LABEL_PATTERN, SECTION_HEADINGS } from "./labels.ts";
import { findPageNoise } from "./page-noise.ts";
import { blank, type Span } from "./text.ts";

export interface FieldHit {
  field: FieldName;
  label: string;
  value: string;
  /** From the label to the end of the value: the quote for this fact. */
  span: Span;
}

export interface Section {
  heading: string;
  level: number;
  headingSpan: Span;
  body: Span;
}

/** A document's layout: where its fields and sections are. Offsets index `text` and `clean`. */
export interface Structure {
  format: DocumentFormat;
  text: string;
  /** `text` with page footers, page numbers and extraction banners blanked out. */
  clean: string;
  fields: FieldHit[];
  sections: Section[];
  /** Headings in markdown order (`#`, `##` …) with their text. */
  headings: Section[];
  pageDate: string | null;
}

const MARKDOWN_SIGNS = /^(#{1,6}\s|\s*[*+-]\s+\*\*|\*\*[^*\n]+:\*\*)/m;

export function detectFormat(text: string): DocumentFormat {
  if (text.trim() === "") return "unknown";
  if (MARKDOWN_SIGNS.test(text)) return "markdown";
  const lines = text.split("\n");
  const longest = Math.max(...lines.map((l) => l.length));
  if (longest > 400 || /--- Full Extracted Text ---/.test(text)) return "ocr-text";
  return "markdown";
}

export function parseStructure(text: string): Structure {
  const format = detectFormat(text);
  if (format === "ocr-text") return parseOcr(text);
  return parseMarkdown(text, format);
}

// ---------- markdown ----------

const MD_FIELD =
  /^[ \t]*(?:[*+-][ \t]+)?\*\*([^*\n]{1,80}?):?\*\*:?[ \t]*(.*)$|^[ \t]*(?:[*+-][ \t]+)?([\p{L}][\p{L}/ .'’-]{1,50}?)[ \t]?:[ \t]+(.+)$/gmu;
const MD_HEADING = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/gm;

function parseMarkdown(text: string, format: DocumentFormat): Structure {
  const fields: FieldHit[] = [];
  for (const m of text.matchAll(MD_FIELD)) {
    const label = (m[1] ?? m[3] ?? "").trim();
    const value = (m[2] ?? m[4] ?? "").replace(/\*\*/g, "").trim();
    const field = fieldForLabel(label);
    if (!field || value === "") continue;
    fields.push({ field, label, value, span: { start: m.index, end: m.index + m[0].length } });
  }
  const headings: Section[] = [];
  for (const m of text.matchAll(MD_HEADING)) {
    const start = m.index;
    headings.push({
      heading: (m[2] ?? "").replace(/\*\*/g, "").trim(),
      level: (m[1] ?? "#").length,
      headingSpan: { start, end: start + m[0].length },
      body: { start: start + m[0].length, end: text.length },
    });
  }
  headings.forEach((h, i) => {
    const next = headings[i + 1];
    if (next) h.body.end = next.headingSpan.start;
  });
  return { format, text, clean: text, fields, sections: headings, headings, pageDate: null };
}

// ---------- OCR'd one-line-per-page text ----------

const BANNER = /^-{2,}\s*[\w ]+?\s*-{2,}\s*$/gm;
const CAPS_WORD = /[A-ZÀ-Ý][A-ZÀ-Ý'’&]+/y;
const CAPS_START = /(?<![^\s(])[A-ZÀ-Ý][A-ZÀ-Ý'’&]/g;

function isHeadingRun(words: string): boolean {
  const parts = words.split(/\s+/);
  const letters = words.replace(/[^A-ZÀ-Ý]/g, "").length;
  if (SECTION_HEADINGS.includes(words.toLowerCase())) return true;
  return parts.length >= 2 && letters >= 10 && parts.every((p) => p.length >= 2 || p === "&");
}

function parseOcr(text: string): Structure {
  const masks: Span[] = [];
  for (const m of text.matchAll(BANNER)) masks.push({ start: m.index, end: m.index + m[0].length });

  const lineSpans: Span[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    if (line.trim().length > 0) lineSpans.push({ start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  const pages = lineSpans.map((s) => text.slice(s.start, s.end));
  const noise = findPageNoise(pages, "one-line-pages");
  noise.masks.forEach((spans, i) => {
    const at = lineSpans[i]?.start ?? 0;
    for (const span of spans) masks.push({ start: at + span.start, end: at + span.end });
  });
  const pageDate = noise.pageDate;
  const clean = blank(text, masks);
  const { fields, headingSpans } = findOcrLabelsAndHeadings(clean);
  const sections: Section[] = headingSpans.map((h, i) => ({
    heading: clean.slice(h.start, h.end).trim(),
    level: 2,
    headingSpan: h,
    body: { start: h.end, end: headingSpans[i + 1]?.start ?? clean.length },
  }));
  return { format: "ocr-text", text, clean, fields, sections, headings: [], pageDate };
}

function findOcrLabelsAndHeadings(clean: string): { fields: FieldHit[]; headingSpans: Span[] } {
  const labels: { field: FieldName; label: string; start: number; valueStart: number }[] = [];
  for (const m of clean.matchAll(LABEL_PATTERN)) {
    const label = m[1] ?? "";
    const isCaps = label === label.toUpperCase();
    const isTitleCase = label.split(/\s+/).every((w) => /^[\p{Lu}]/u.test(w) || w.length <= 3);
    const field = fieldForLabel(label);
    if (!field || !(isCaps || isTitleCase)) continue;
    labels.push({ field, label, start: m.index, valueStart: m.index + m[0].length });
  }
  const headingSpans = findCapsHeadings(
    clean,
    labels.map((l) => ({ start: l.start, end: l.valueStart })),
  );
  const stops = [...labels.map((l) => l.start), ...headingSpans.map((h) => h.start)].sort(
    (a, b) => a - b,
  );
  const fields: FieldHit[] = labels.map((l) => {
    const nextStop = stops.find((s) => s >= l.valueStart) ?? clean.length;
    const end = Math.min(nextStop, l.valueStart + 160);
    const value = clean.slice(l.valueStart, end).replace(/\s+/g, " ").trim();
    return { field: l.field, label: l.label, value, span: { start: l.start, end } };
  });
  return { fields: fields.filter((f) => f.value !== ""), headingSpans };
}

/** Runs of ALL-CAPS words such as `ORGANIZATION STRUCTURE`, excluding field labels. */
function findCapsHeadings(clean: string, labelSpans: readonly Span[]): Span[] {
  const spans: Span[] = [];
  const inLabel = (i: number) => labelSpans.some((s) => i >= s.start && i < s.end);
  let i = 0;
  while (i < clean.length) {
    // Jump to the next word that starts with two capitals instead of testing every character.
    CAPS_START.lastIndex = i;
    const candidate = CAPS_START.exec(clean);
    if (!candidate) break;
    i = candidate.index;
    CAPS_WORD.lastIndex = i;
    const first = !inLabel(i) ? CAPS_WORD.exec(clean) : null;
    if (!first || /[\p{Ll}\d-]/u.test(clean[CAPS_WORD.lastIndex] ?? "")) {
      i++;
      continue;
    }
    let end = CAPS_WORD.lastIndex;
    for (;;) {
      const gap = /^ +/.exec(clean.slice(end, end + 3));
      if (!gap) break;
      const next = end + gap[0].length;
      if (inLabel(next)) break;
      CAPS_WORD.lastIndex = next;
      const word = CAPS_WORD.exec(clean);
      if (!word || /[\p{Ll}\d-]/u.test(clean[CAPS_WORD.lastIndex] ?? "")) break;
      end = CAPS_WORD.lastIndex;
    }
    // "DIMENSIONS EI Processing FTEs": a short trailing acronym starts the next sentence.
    let words = clean.slice(i, end);
    const trailing = / ([A-ZÀ-Ý]{2,3})$/.exec(words);
    if (
      trailing &&
      /^ \p{Lu}\p{Ll}/u.test(clean.slice(end, end + 3)) &&
      !SECTION_HEADINGS.includes(words.toLowerCase())
    ) {
      end -= trailing[0].length;
      words = clean.slice(i, end);
    }
    if (isHeadingRun(words) && clean[end] !== ":") spans.push({ start: i, end });
    i = end + 1;
  }
  return spans;
}

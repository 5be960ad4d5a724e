import type { DocumentFormat } from "../graph/schema.ts";
import {
  type FieldName,
  fieldForLabel,
  HEADER_ONLY_LABELS,
  KNOWN_LABELS,
  LABEL_PATTERN,
  normalizeLabel,
  SECTION_HEADINGS,
} from "./labels.ts";
import { restoreLostAccents } from "./french.ts";
import { textPageNoise } from "./page-noise.ts";
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
  /** Where the header (title, level, supervisor …) ends: the first section of running text. */
  headerEnd: number;
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

/** Headings that end a document's header: its first section of running text. */
const CONTENT_HEADING =
  /accountabilit|responsabilit|structure|nature|scope|port[ée]e|dimension|reason for being|hierarchy|hi[ée]rarchie|challenges|d[ée]fis|context|organi[sz]ation/i;

/** A field whose label is also an ordinary word ("Manager:") counts only in the header. */
function keepField(label: string, start: number, headerEnd: number): boolean {
  return start < headerEnd || !HEADER_ONLY_LABELS.has(normalizeLabel(label));
}

function parseMarkdown(text: string, format: DocumentFormat): Structure {
  const fields: FieldHit[] = [];
  const headerEnd =
    [...text.matchAll(MD_HEADING)].find(
      (h) => CONTENT_HEADING.test(h[2] ?? "") && !/details|d[ée]tails/i.test(h[2] ?? ""),
    )?.index ?? text.length;
  for (const m of text.matchAll(MD_FIELD)) {
    const label = (m[1] ?? m[3] ?? "").trim();
    const value = (m[2] ?? m[4] ?? "").replace(/\*\*/g, "").trim();
    const field = fieldForLabel(label);
    if (!field || value === "" || !keepField(label, m.index, headerEnd)) continue;
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
  return {
    format,
    text,
    clean: readableTitles(text),
    fields,
    sections: headings,
    headings,
    pageDate: null,
    headerEnd,
  };
}

/**
 * OCR reads a title's comma as a period: "Director General. Temporary Foreign Workers. The other
 * positions …", "Director. Costing and TB Submissions". A period right after a role word, before
 * a capitalized word that does not start a sentence, is read as a comma (same length, so every
 * offset stays valid; quotes still come from the original text).
 */
const ROLE_PERIOD =
  /\b(Director|General|Manager|Officer|Chief|Head|Directeur|directeur|directrice|Général|général|générale|Gestionnaire|gestionnaire)\.(?= (?!(?:The|This|These|That|Those|He|She|It|Its|In|As|A|An|All|Also|Each|For|Reporting|Under|With|Le|La|Les|Il|Elle|Ce|Cette|Ces|Un|Une)\b)\p{Lu})/gu;

function readableTitles(text: string): string {
  const restored = restoreLostAccents(text);
  return restored.includes(".") ? restored.replace(ROLE_PERIOD, "$1,") : restored;
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

  const { spans, pageDate } = textPageNoise(text);
  masks.push(...spans);
  // One page per line: a line break is a space in the running text, not the end of a title.
  const clean = readableTitles(blank(text, masks).replace(/\n/g, " "));
  const { fields, headingSpans, headerEnd } = findOcrLabelsAndHeadings(clean);
  const sections: Section[] = headingSpans.map((h, i) => ({
    heading: clean.slice(h.start, h.end).trim(),
    level: 2,
    headingSpan: h,
    body: { start: h.end, end: headingSpans[i + 1]?.start ?? clean.length },
  }));
  return { format: "ocr-text", text, clean, fields, sections, headings: [], pageDate, headerEnd };
}

function findOcrLabelsAndHeadings(clean: string): {
  fields: FieldHit[];
  headingSpans: Span[];
  headerEnd: number;
} {
  const labels: { field: FieldName; label: string; start: number; valueStart: number }[] = [];
  for (const m of clean.matchAll(LABEL_PATTERN)) {
    const label = m[1] ?? "";
    const isCaps = label === label.toUpperCase();
    const isTitleCase = label.split(/\s+/).every((w) => /^[\p{Lu}]/u.test(w) || w.length <= 3);
    const field = fieldForLabel(label);
    if (!field || !(isCaps || isTitleCase)) continue;
    if (!(m[2] ?? ":").includes(":") && !isCaps) continue;
    labels.push({ field, label, start: m.index, valueStart: m.index + m[0].length });
  }
  const headingSpans = findCapsHeadings(
    clean,
    labels.map((l) => ({ start: l.start, end: l.valueStart })),
  );
  const stops = [...labels.map((l) => l.start), ...headingSpans.map((h) => h.start)].sort(
    (a, b) => a - b,
  );
  const headerEnd =
    headingSpans.find((h) => CONTENT_HEADING.test(clean.slice(h.start, h.end)))?.start ??
    clean.length;
  const kept = labels.filter((l) => keepField(l.label, l.start, headerEnd));
  const fields: FieldHit[] = kept.map((l) => {
    const nextStop = stops.find((s) => s >= l.valueStart) ?? clean.length;
    const end = Math.min(nextStop, l.valueStart + 160);
    const value = clean.slice(l.valueStart, end).replace(/\s+/g, " ").trim();
    return { field: l.field, label: l.label, value, span: { start: l.start, end } };
  });
  const found = fields.filter((f) => f.value !== "");
  return {
    fields: [...found, ...formFields(clean, found, headingSpans)],
    headingSpans,
    headerEnd,
  };
}

/**
 * Printed forms lose their colons in OCR: "Position Title Director, Business Analysis Position
 * Classification …". A title label followed by a capital reads as that field, up to the next
 * label or heading, when the colon-labelled fields have not already given it.
 */
const FORM_LABEL =
  /(?<![\p{L}])(Supervisor(?:['’ ]?s)? Position Title|SUPERVISOR(?:['’ ]?S)? POSITION TITLE|Position Title|POSITION TITLE)(?!\s*:)\s+(?=\p{Lu})/gu;
let labelWords: RegExp | null = null;

/** Known labels as a form prints them: multi-word ones in Title Case or capitals, single words in capitals. */
function formLabelWords(): RegExp {
  const escape = (l: string) => l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’ ]?");
  const titleCase = (l: string) =>
    l.replace(/(^|[\s/-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  const variants = KNOWN_LABELS.flatMap((l) =>
    /\s/.test(l) ? [titleCase(l), l.toUpperCase()] : [l.toUpperCase()],
  );
  return new RegExp(`(?<![\\p{L}])(?:${variants.map(escape).join("|")})(?![\\p{L}])`, "gu");
}

function formFields(
  clean: string,
  found: readonly FieldHit[],
  headings: readonly Span[],
): FieldHit[] {
  const wanted = new Set(["title", "reportsTo"].filter((f) => !found.some((h) => h.field === f)));
  if (wanted.size === 0 || !/Position Title|POSITION TITLE/.test(clean)) return [];
  labelWords ??= formLabelWords();
  const hits: FieldHit[] = [];
  for (const m of clean.matchAll(FORM_LABEL)) {
    const label = m[1] ?? "";
    const field = fieldForLabel(label);
    const valueStart = m.index + m[0].length;
    if (!field || !wanted.has(field)) continue;
    labelWords.lastIndex = valueStart;
    const next = labelWords.exec(clean);
    const heading = headings.find((h) => h.start >= valueStart)?.start ?? clean.length;
    const end = Math.min(next?.index ?? clean.length, heading, valueStart + 120);
    const value = clean.slice(valueStart, end).replace(/\s+/g, " ").trim();
    if (value === "") continue;
    wanted.delete(field);
    hits.push({ field, label, value, span: { start: m.index, end } });
  }
  return hits;
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
    const known = SECTION_HEADINGS.includes(words.toLowerCase()) || /^STRUCTURE$/.test(words);
    if ((isHeadingRun(words) && clean[end] !== ":") || known) spans.push({ start: i, end });
    i = end + 1;
  }
  return spans;
}

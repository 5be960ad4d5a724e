import { textPageNoise } from "../extract/page-noise.ts";
import type { Block, ReadingView, Run } from "./types.ts";

/** Single-word ALL-CAPS section names seen in job descriptions; multi-word ones are found by shape. */
const SINGLE_WORD_HEADINGS = new Set([
  "DIMENSIONS",
  "CERTIFICATION",
  "ACCOUNTABILITIES",
  "RESPONSIBILITIES",
  "PURPOSE",
  "SUMMARY",
]);

/**
 * Splits one-line OCR text into sections at ALL-CAPS headings ("GENERAL ACCOUNTABILITY",
 * "ORGANIZATION STRUCTURE") and leaves out repeated page footers, page numbers and page dates.
 * Everything kept is an exact slice of the text, so quotes can still be highlighted.
 */
export function readOcr(text: string): ReadingView {
  const removed = textPageNoise(text).spans;
  const headings = findHeadings(text).filter(
    (h) => !removed.some((r) => h.start < r.end && h.end > r.start),
  );
  const blocks: Block[] = [];
  let cursor = 0;
  const pushBody = (from: number, to: number, first: boolean) => {
    const runs = keptRuns(text, from, to, removed);
    if (runs.length === 0) return;
    if (first || runs.length === 1) {
      const fields = splitFields(runs);
      if (fields) {
        blocks.push(fields);
        return;
      }
    }
    blocks.push({ kind: "paragraph", runs });
  };
  headings.forEach((h, i) => {
    pushBody(cursor, h.start, i === 0);
    blocks.push({
      kind: "heading",
      level: 2,
      runs: [{ text: text.slice(h.start, h.end), start: h.start, end: h.end, strong: false }],
    });
    cursor = h.end;
  });
  pushBody(cursor, text.length, headings.length === 0);
  return { blocks, removed: removed.map((r) => ({ ...r, text: text.slice(r.start, r.end) })) };
}

interface Span {
  start: number;
  end: number;
}

const CAPS_WORD = /^[A-Z][A-Z&/-]+$/;

function findHeadings(text: string): Span[] {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const spans: Span[] = [];
  let i = 0;
  while (i < words.length) {
    if (!CAPS_WORD.test(words[i]!.word)) {
      i += 1;
      continue;
    }
    let j = i;
    while (j + 1 < words.length && CAPS_WORD.test(words[j + 1]!.word)) j += 1;
    let seq = words.slice(i, j + 1);
    const next = words[j + 1]?.word ?? "";
    // "POSITION TITLE: ..." is a field label: its first word belongs to the label, not a heading.
    if (/^[A-Z][A-Z.]*:$/.test(next)) seq = seq.slice(0, -1);
    // A short value before a heading ("EFFECTIVE DATE: TBD GENERAL ACCOUNTABILITY").
    while (seq.length > 1 && seq[0]!.word.length <= 3) seq = seq.slice(1);
    if (seq.length === 0) {
      i = j + 1;
      continue;
    }
    const isLabel = next.startsWith(":");
    const long = seq.some((w) => w.word.length >= 5);
    const isHeading =
      !isLabel &&
      ((seq.length >= 2 && long) || (seq.length === 1 && SINGLE_WORD_HEADINGS.has(seq[0]!.word)));
    if (isHeading) spans.push({ start: seq[0]!.start, end: seq[seq.length - 1]!.end });
    i = j + 1;
  }
  return spans;
}

/** The text between `from` and `to` as runs, minus the removed spans and surrounding spaces. */
function keptRuns(text: string, from: number, to: number, removed: Span[]): Run[] {
  const runs: Run[] = [];
  let cursor = from;
  for (const r of removed) {
    if (r.end <= cursor || r.start >= to) continue;
    pushTrimmed(text, cursor, Math.min(r.start, to), runs);
    cursor = Math.max(cursor, r.end);
  }
  pushTrimmed(text, cursor, to, runs);
  return runs;
}

function pushTrimmed(text: string, from: number, to: number, runs: Run[]): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s += 1;
  while (e > s && /\s/.test(text[e - 1]!)) e -= 1;
  if (e > s) runs.push({ text: text.slice(s, e), start: s, end: e, strong: false });
}

/** The preamble's "LABEL: value" pairs, when it has at least two of them. */
function splitFields(runs: Run[]): Extract<Block, { kind: "fields" }> | null {
  if (runs.length !== 1) return null;
  const r = runs[0]!;
  const labels = [...r.text.matchAll(/\b([A-Z][A-Z.]*(?: [A-Z][A-Z.]*)*):/g)];
  if (labels.length < 2) return null;
  // Where each label starts; an ALL-CAPS value ("POSITION NUMBER: TBD LEVEL: EX-03") reads as
  // part of the next label, so a label left with no value takes that label's first word back.
  const starts = labels.map((m) => m.index);
  for (let i = 1; i < labels.length; i += 1) {
    const gap = r.text.slice(labels[i - 1]!.index + labels[i - 1]![0].length, starts[i]);
    const firstWord = /^\S+ (?=\S)/.exec(labels[i]![1]!);
    if (gap.trim() === "" && firstWord) starts[i] = starts[i]! + firstWord[0].length;
  }
  const items: Array<{ label: Run; value: Run[] }> = [];
  const lead = r.text.slice(0, starts[0]).trim();
  if (lead) items.push({ label: slice(r, 0, 0), value: [slice(r, 0, starts[0]!)] });
  labels.forEach((m, i) => {
    const labelEnd = m.index + m[1]!.length;
    const valueStart = m.index + m[0].length;
    const valueEnd = i + 1 < labels.length ? starts[i + 1]! : r.text.length;
    items.push({
      label: slice(r, starts[i]!, labelEnd),
      value: [slice(r, valueStart, valueEnd)],
    });
  });
  return { kind: "fields", items };
}

function slice(r: Run, from: number, to: number): Run {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(r.text[s]!)) s += 1;
  while (e > s && /\s/.test(r.text[e - 1]!)) e -= 1;
  return { text: r.text.slice(s, e), start: r.start + s, end: r.start + e, strong: false };
}

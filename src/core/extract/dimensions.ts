import type { Dimension } from "../graph/schema.ts";
import { findFte, parseMoney, repairNumbersInValue } from "./ocr.ts";
import type { Structure } from "./structure.ts";
import { sentenceAround, squash } from "./text.ts";

const VALUE =
  /(?:from\s+)?\$?\s?[0-9OIl][0-9OIl.,]*(?:\s?(?:-|to|à)\s?\$?[0-9OIl][0-9OIl.,]*)?\s?(?:million|billion|thousand|M|B|K)?(?:\s(?:dollars|annually|per year|par année))*(?![\p{L}\d])/iu;

function kindOf(label: string, value: string): Dimension["kind"] {
  if (/\b(FTEs?|ETP|employees|staff|effectif)\b/i.test(label)) return "fte";
  if (
    /\$|budget|salary|spending|dollars|million|billion|operating|salaire|dépenses/i.test(
      label + " " + value,
    )
  )
    return "money";
  if (/\d\s?[KMB]\b/.test(value)) return "money";
  return "other";
}

function isRange(value: string): boolean {
  return /\d\s?(?:-|to|à)\s?\$?\d/i.test(value);
}

function toDimension(
  label: string,
  rawValue: string,
  documentId: string,
  quote: string,
): Dimension | null {
  const cleanLabel = squash(label.replace(/\*\*/g, "")).replace(/^[-*•\s]+|[:\s]+$/g, "");
  const value = squash(repairNumbersInValue(rawValue.replace(/\*\*/g, "")));
  if (!cleanLabel || !value) return null;
  const kind = kindOf(cleanLabel, value);
  let amount: number | null = null;
  if (!isRange(value)) {
    if (kind === "fte") amount = findFte(`${value} FTEs`)?.fte ?? null;
    else if (kind === "money") amount = parseMoney(value);
  }
  return { label: cleanLabel, value, kind, amount, documentId, quote };
}

/** Reads the "Dimensions" section: team sizes, budgets and other stated figures. */
export function findDimensions(structure: Structure, documentId: string): Dimension[] {
  const section = structure.sections.find((s) => /^dimensions?\b/i.test(s.heading.trim()));
  if (!section) return [];
  const { clean, text } = structure;
  const body = clean.slice(section.body.start, section.body.end);
  const dims: Dimension[] = [];
  if (structure.format === "markdown") {
    for (const m of body.matchAll(
      /^[ \t]*(?:[*+-][ \t]+)?(?:\*\*)?([^:\n*]{2,80}):(?:\*\*)?[ \t]*(.+)$/gm,
    )) {
      const span = {
        start: section.body.start + m.index,
        end: section.body.start + m.index + m[0].length,
      };
      const dim = toDimension(m[1] ?? "", m[2] ?? "", documentId, sentenceAround(text, span));
      if (dim) dims.push(dim);
    }
    return dims;
  }
  // OCR: "Label: value Label: value Label value" on one line. A value ends at its numeric expression.
  let cursor = 0;
  const flat = body;
  while (cursor < flat.length) {
    const colon = flat.indexOf(":", cursor);
    const segment = flat.slice(cursor, colon === -1 ? flat.length : colon);
    // Values without a colon inside the label text: "Execution of Accelerator Program 6OOK".
    // A lone O, I or l inside a label is a letter, not a number: require a digit or a "$".
    const innerValue = (text: string): RegExpExecArray | null => {
      const m = VALUE.exec(text);
      if (!m) return null;
      if (/\d|\$/.test(m[0])) return m;
      const rest: RegExpExecArray | null = innerValue(text.slice(m.index + m[0].length));
      if (rest) rest.index += m.index + m[0].length;
      return rest;
    };
    let inner = innerValue(segment);
    let segCursor = 0;
    while (inner && /[\p{L}]/u.test(segment.slice(segCursor, segCursor + inner.index))) {
      const innerLabel = segment.slice(segCursor, segCursor + inner.index);
      const start = section.body.start + cursor + segCursor;
      const end = start + inner.index + inner[0].length;
      const dim = toDimension(
        innerLabel,
        inner[0],
        documentId,
        sentenceAround(text, { start, end }),
      );
      if (dim) dims.push(dim);
      segCursor += inner.index + inner[0].length;
      inner = innerValue(segment.slice(segCursor));
    }
    if (colon === -1) break;
    const label = segment.slice(segCursor);
    const labelStart = section.body.start + cursor + segCursor;
    const valueMatch = VALUE.exec(flat.slice(colon + 1));
    if (!valueMatch || valueMatch.index > 3) {
      cursor = colon + 1;
      continue;
    }
    const valueEnd = colon + 1 + valueMatch.index + valueMatch[0].length;
    const dim = toDimension(
      label,
      valueMatch[0],
      documentId,
      sentenceAround(text, { start: labelStart, end: section.body.start + valueEnd }),
    );
    if (dim) dims.push(dim);
    cursor = valueEnd;
  }
  return dims;
}

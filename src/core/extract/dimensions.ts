import type { Dimension } from "../graph/schema.ts";
import { DIMENSION_HEADING } from "./labels.ts";
import { findFte, parseMoney, repairNumbersInValue } from "./ocr.ts";
import type { Structure } from "./structure.ts";
import { sentenceAround, squash } from "./text.ts";

const VALUE =
  /(?:from\s+)?\$?\s?[0-9OIl][0-9OIl.,]*(?:\s?(?:-|to|à)\s?\$?[0-9OIl][0-9OIl.,]*)?\s?(?:million|billion|thousand|M|B|K)?(?:\s(?:dollars|annually|per year|par année))*(?![\p{L}\d])/iu;

function kindOf(label: string, value: string): Dimension["kind"] {
  if (
    /\b(FTE['’ ]?s?|ETP|employees|staff|effectif|person years|PYs)\b|[ée]quivalents? temps/i.test(
      label,
    )
  )
    return "fte";
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
  return /[\dOIl]\s?(?:-|to|à)\s?\$?[\dOIl]*\d/i.test(value) || /\bfrom\b.*\bto\b/i.test(value);
}

const NUMBER_TOKEN =
  /(?<![\p{L}\d.,])[0-9OIl]*\d[0-9OIl]*(?:,\d{3})*(?:\.\d+)?(?![\p{L}\d])|(?<![\p{L}\d])[OIl]\d+(?![\p{L}\d])|(?<![\p{L}])I[O0-9]+(?![\p{L}])/gu;

/** Unit words a label may pair with several figures: "Division Directorate FTEs: 24 IO7". */
const PAIRED_UNITS = /^(.*?)\b(Division|Direct|Unit)\s+(Directorate|Indirect|Branch)\b(.*)$/i;

function toDimension(
  label: string,
  rawValue: string,
  documentId: string,
  quote: string,
): Dimension | null {
  const cleanLabel = squash(label.replace(/\*\*/g, "")).replace(/^[-*•,;\s]+|[:\s]+$/g, "");
  const value = squash(repairNumbersInValue(rawValue.replace(/\*\*/g, "")));
  if (!cleanLabel || !value) return null;
  const kind = kindOf(cleanLabel, value);
  let amount: number | null = null;
  if (!isRange(value)) {
    // A head count is one figure: "26 Indeterminates 21 Terms …" states no single size.
    if (kind === "fte" && (value.match(NUMBER_TOKEN) ?? []).length === 1)
      amount =
        findFte(`${value.replace(/\s*(?:full[- ]time|PYs?|FTEs?|ETP)\b.*$/i, "")} FTEs`)?.fte ??
        null;
    else if (kind === "money") amount = parseMoney(value);
  }
  return { label: cleanLabel, value, kind, amount, documentId, quote };
}

/** "Division Directorate FTEs: 24 IO7" is two figures: Division FTEs 24 and Directorate FTEs 107. */
function pairedDimensions(dim: Dimension): Dimension[] {
  const units = PAIRED_UNITS.exec(dim.label);
  const numbers = dim.value.match(NUMBER_TOKEN) ?? [];
  if (dim.kind !== "fte" || !units || numbers.length > 2) return [dim];
  // OCR keeps only the first figure of the pair: it is the first unit's.
  if (numbers.length === 1)
    return [{ ...dim, label: squash(`${units[1] ?? ""}${units[2] ?? ""}${units[4] ?? ""}`) }];
  const [prefix, first, second, suffix] = [
    units[1] ?? "",
    units[2] ?? "",
    units[3] ?? "",
    units[4] ?? "",
  ];
  return [first, second].map((unit, i) => {
    const value = numbers[i] ?? "";
    const amount = findFte(`${value} FTEs`)?.fte ?? null;
    return { ...dim, label: squash(`${prefix}${unit}${suffix}`), value, amount };
  });
}

// Not a figure inside an item's brackets: "Manager Policy EC-7 (6 FTEs)" is the item's size.
const COUNT_THEN_UNIT =
  /(?<![\p{L}\d.,(-])(?<!\(\s)[0-9OIl]*\d[0-9OIl]*\s+(?:FTEs?|ETPs?|employees|employés)\b(?!\s*:)/gu;

/** Reads the "Dimensions" section: team sizes, budgets and other stated figures. */
export function findDimensions(structure: Structure, documentId: string): Dimension[] {
  const section = structure.sections.find((s) => DIMENSION_HEADING.test(s.heading.trim()));
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
      if (dim) dims.push(...pairedDimensions(dim));
    }
    return dims;
  }
  // OCR: "Label: value Label: value Label value" on one line. A value ends at its numeric expression.
  // A head count written before its unit ("I8 FTEs, Budget $2.6 M") is a figure of its own.
  let flat = body;
  for (const m of body.matchAll(COUNT_THEN_UNIT)) {
    const start = section.body.start + m.index;
    const span = { start, end: start + m[0].length };
    const dim = toDimension("FTEs", m[0], documentId, sentenceAround(text, span));
    if (dim) dims.push(dim);
    flat = flat.slice(0, m.index) + " ".repeat(m[0].length) + flat.slice(m.index + m[0].length);
  }
  let cursor = 0;
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
      // "Number of FTE's. 85 9I": a second figure right after the first belongs with it.
      const next = /^\s+[0-9OIl]*\d[0-9OIl.,]*(?![\p{L}])/u.exec(
        segment.slice(segCursor + inner.index + inner[0].length),
      );
      const value = inner[0] + (next?.[0] ?? "");
      const end = start + inner.index + value.length;
      const dim = toDimension(innerLabel, value, documentId, sentenceAround(text, { start, end }));
      if (dim) dims.push(...pairedDimensions(dim));
      segCursor += inner.index + value.length;
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
    // "Division Directorate FTEs I7 66", "Number of FTE's. 85 9I": a second figure follows.
    const more = /^\s+[0-9OIl]*\d[0-9OIl.,]*(?![\p{L}])/u.exec(
      flat.slice(colon + 1 + valueMatch.index + valueMatch[0].length),
    );
    const valueEnd = colon + 1 + valueMatch.index + valueMatch[0].length + (more?.[0].length ?? 0);
    const dim = toDimension(
      label,
      valueMatch[0] + (more?.[0] ?? ""),
      documentId,
      sentenceAround(text, { start: labelStart, end: section.body.start + valueEnd }),
    );
    if (dim) dims.push(...pairedDimensions(dim));
    cursor = valueEnd;
  }
  return dims;
}

/** An FTE figure for the unit the position leads, with the words that say so. */
export interface UnitSize {
  amount: number;
  label: string;
  quote: string;
}

/**
 * The FTEs of the unit a position leads, among a document's figures: the one labelled with its
 * own unit (a Director's division, a Director General's directorate, its organization's name),
 * "Direct" rather than "Indirect", or the only one. Null when the figures do not say.
 */
export function unitSizeOf(
  dims: readonly Dimension[],
  title: string,
  unitNames: readonly string[],
): UnitSize | null {
  const qualifier = title.includes(",")
    ? title
        .slice(title.indexOf(",") + 1)
        .trim()
        .toLowerCase()
    : "";
  const leadsDirectorate =
    /^(?:director general|directeur général|dg)\b/i.test(title) ||
    unitNames.some((n) => n.toLowerCase() === qualifier);
  const own = leadsDirectorate ? /\bdirectorate\b/i : /\bdivision\b/i;
  const candidates = dims.filter(
    (d) =>
      d.kind === "fte" &&
      d.amount !== null &&
      !/indirect|functional|regional|contract|total portfolio/i.test(d.label),
  );
  const score = (d: Dimension) => {
    const label = d.label.toLowerCase();
    let points = 0;
    if (own.test(label)) points += 4;
    const unit = label
      .replace(/\b(?:fte['’ ]?s?|division|directorate|branch|number of|staff)\b/g, " ")
      .trim();
    if (unitNames.some((n) => n.toLowerCase() === unit)) points += 5;
    else if (unitNames.some((n) => n.length > 3 && label.includes(n.toLowerCase()))) points += 3;
    if (/\bdirect\b/.test(label)) points += 2;
    if (/^(?:number of )?(?:fte['’ ]?s?|staff|etp|effectif|ftes?)$/i.test(label)) points += 1;
    return points;
  };
  const ranked = [...candidates].sort((a, b) => score(b) - score(a));
  const best = ranked[0];
  const second = ranked[1];
  if (!best || best.amount === null) return null;
  if (second && score(second) === score(best) && second.amount !== best.amount) return null;
  return { amount: best.amount, label: best.label, quote: best.quote };
}

/**
 * A size stated in the organization-structure prose instead of Dimensions: "The Director, X is
 * responsible for staff of 55 FTEs", "The organization managed by the Director … consisting of
 * 15 FTEs", "effectif de deux employés".
 */
export function sizeInStructure(
  structure: Structure,
  isAboutSubject: (sentence: string) => boolean,
): UnitSize | null {
  const section = structure.sections.find((s) =>
    /structure|hierarch|organi[sz]ation/i.test(s.heading),
  );
  if (!section) return null;
  const body = structure.clean.slice(section.body.start, section.body.end);
  for (const m of body.matchAll(/[^.:\n]*(?:staff of|FTEs?\b|effectif|employés)[^.:\n]*/giu)) {
    const sentence = m[0];
    const size = findFte(sentence);
    if (!size || !isAboutSubject(sentence)) continue;
    const start = section.body.start + m.index;
    return {
      amount: size.fte,
      label: "FTEs",
      quote: sentenceAround(structure.text, { start, end: start + sentence.length }),
    };
  }
  return null;
}

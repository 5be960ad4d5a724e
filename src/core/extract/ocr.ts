import { countWord } from "./text.ts";

/**
 * OCR repair for codes and numbers only: scanners read 0 as O and 1 as I or l.
 * Words are never touched; these helpers run on tokens already known to be numeric.
 */

/** Characters that stand for a digit in OCR'd numbers. */
export const DIGITISH = "[0-9OoIl]";

const DIGIT_OF: Record<string, string> = { O: "0", o: "0", I: "1", l: "1" };

/** `I6` -> `16`, `2OI9` -> `2019`, `$II.I` -> `$11.1`. Leaves anything else as written. */
export function repairDigits(token: string): string {
  return token.replace(/[OoIl]/g, (ch) => DIGIT_OF[ch] ?? ch);
}

/** True when a token is a number once OCR digits are repaired, and had at least one real digit or a number shape. */
export function isDigitish(token: string): boolean {
  return /^[0-9OIl]+(?:[.,][0-9OIl]+)*$/.test(token);
}

/**
 * Occupational groups of the federal public service (Treasury Board), the first half of a
 * classification such as "EC-07". Domain vocabulary: a code outside it is not a classification.
 */
const GROUPS = new Set(
  (
    "AC AG AI AO AR AS AU BI CH CM CO CR CS CT CX DA DD DE DS EB EC ED EG EL EN ES EU EX FB FI FO " +
    "FR FS GL GS GT HP HR HS IS IT LA LC LI LP LS MA MD MT ND NU OE OM OP PC PE PG PH PI PM PO PR " +
    "PS PY RO SC SE SG SH SO SP SR ST SW TI TR UT VM WP"
  ).split(" "),
);

// "EC-O7", "FI-4", OCR's "Fl-4", "FIl-4" and "PMO-05" (a letter too many), "EXO3" (no hyphen),
// "EC-O7s" (plural). The level is one or two digits, O and I read for 0 and 1.
const CLASSIFICATION = new RegExp(
  `\\b([A-Z][A-Zl]{1,2})(?:\\s?-\\s?(${DIGITISH}{1,2})|([O0][0-9OIl]))(?=s?(?![0-9A-Za-z]))`,
);
export const CLASSIFICATION_GLOBAL = new RegExp(CLASSIFICATION.source, "g");
const CLASSIFICATION_SCAN = new RegExp(CLASSIFICATION.source, "g");

function groupOf(written: string): string | null {
  const group = written.replace(/l/g, "I");
  if (GROUPS.has(group)) return group;
  // A third letter OCR added to a known group: "PMO" (PM-O5 read twice), "FII" (FI-l).
  const two = group.slice(0, 2);
  return group.length === 3 && /[OIL]/.test(group[2] ?? "") && GROUPS.has(two) ? two : null;
}

/** `EX-OI` -> `EX-01`, `CS-O5` -> `CS-05`, `AS-7` -> `AS-07`, `Fl-4` -> `FI-04`; null when no code is present. */
export function normalizeClassification(text: string): string | null {
  for (const match of text.matchAll(CLASSIFICATION_SCAN)) {
    const group = groupOf(match[1] ?? "");
    const level = repairDigits(match[2] ?? match[3] ?? "");
    if (group && /^\d{1,2}$/.test(level) && Number(level) > 0)
      return `${group}-${level.padStart(2, "0")}`;
  }
  return null;
}

const NUMBER = `(?:${DIGITISH}{1,3}(?:,\\d{3})+(?![0-9OIl])|${DIGITISH}{1,5}(?:[.,]${DIGITISH}+)?)`;
const COUNT_WORD = String.raw`\p{L}+`;
const UNIT = String.raw`(?:FTE['’]?s?|ETPs?|full[- ]time equivalents?|employees|employé(?:e)?s|PYs|person[- ]years?)`;

/** Size phrases, most specific first: "No Staff", "staff of 6", "effectif de deux employés", "I6 FTEs", "FTEs: 3I". */
const SIZE_PATTERNS: readonly RegExp[] = [
  /\b(?:no|aucun(?:e)?|sans)\s+(?:staff|employees|employés|personnel)\b/iu,
  new RegExp(
    String.raw`\b(?:staff|effectif|personnel)\s+(?:of|de|d['’])\s*(?:approximately\s+|environ\s+)?(${NUMBER}|${COUNT_WORD})(?![\p{L}\d])`,
    "iu",
  ),
  new RegExp(String.raw`(?:^|[^0-9A-Za-z.])(${NUMBER})\s*${UNIT}(?![\p{L}])`, "iu"),
  new RegExp(String.raw`\b${UNIT}\s*[:=-]?\s*(${NUMBER})(?![0-9A-Za-z])`, "iu"),
];

/** "40-75 FTEs", "5O to IOO FTEs", "8 - 16": a range is no single size. */
const RANGE_BEFORE = /[0-9OIl]\s*(?:-|–|to|à)\s*$/i;
const RANGE_AFTER = /^\s*(?:-|–|to|à)\s*\$?(?:[0-9OIl]*\d|[OIl]{2,})/i;

function sizeNumber(written: string): number | null {
  const count = countWord(written);
  if (count !== null) return count;
  const raw = repairDigits(written);
  if (!/^\d/.test(raw)) return null;
  const value = /^\d{1,3}(,\d{3})+$/.test(raw)
    ? Number(raw.replace(/,/g, ""))
    : Number(raw.replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

/**
 * A team size in a phrase: `I6 FTEs` -> 16, `O FTEs` -> 0, `FTEs: 3I` -> 31, `staff of 6` -> 6,
 * `(No Staff)` -> 0, `24,000 FTEs` -> 24000, `effectif de deux employés` -> 2. A range
 * (`40-75 FTEs`) gives null.
 */
export function findFte(text: string): { fte: number; planned: boolean } | null {
  const planned = /\b(planned|proposed|pr[ée]vu)/i.test(text);
  for (const [index, pattern] of SIZE_PATTERNS.entries()) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (index === 0) return { fte: 0, planned };
    const written = match[1] ?? "";
    const at = match.index + match[0].indexOf(written);
    if (RANGE_BEFORE.test(text.slice(0, at)) || RANGE_AFTER.test(text.slice(at + written.length)))
      return null;
    const value = sizeNumber(written);
    if (value !== null) return { fte: value, planned };
  }
  return null;
}

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).join("|");
export const DATE_PATTERN = new RegExp(
  `\\b(${MONTH_NAMES})\\s+(${DIGITISH}{1,2}),?\\s+(${DIGITISH}{4})\\b|\\b(${DIGITISH}{1,2})(?:er)?\\s+(${MONTH_NAMES})\\s+(${DIGITISH}{4})\\b|\\b(${DIGITISH}{4})-(${DIGITISH}{2})-(${DIGITISH}{2})\\b`,
  "i",
);
export const DATE_PATTERN_GLOBAL = new RegExp(DATE_PATTERN.source, "gi");

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** `March I8, 2OI9` -> `2019-03-18`; `17 juin 2008` -> `2008-06-17`; null when no date. */
export function parseDate(text: string): string | null {
  const m = DATE_PATTERN.exec(text);
  if (!m) return null;
  const num = (s: string | undefined) => Number(repairDigits(s ?? ""));
  if (m[1]) return iso(num(m[3]), MONTHS[m[1].toLowerCase()] ?? 0, num(m[2]));
  if (m[5]) return iso(num(m[6]), MONTHS[m[5].toLowerCase()] ?? 0, num(m[4]));
  return iso(num(m[7]), num(m[8]), num(m[9]));
}

const MONEY =
  /(\$\s?)?(?<![\p{L}\d.])([0-9OIl][0-9OIl.,]*)\s?([Mm]illion|[Bb]illion|[Tt]housand|M\$?|B|K|k)?(\s?\$)?(?![\p{L}\d])/u;
const SCALE: Record<string, number> = {
  million: 1e6,
  m: 1e6,
  billion: 1e9,
  b: 1e9,
  thousand: 1e3,
  k: 1e3,
};

/**
 * Money in a dimension value: `$II.I Million` -> 11,100,000; `2.58M` -> 2,580,000; `6OOK` -> 600,000.
 * Requires a currency sign or a scale so that plain counts are not mistaken for money.
 */
export function parseMoney(text: string): number | null {
  const m = MONEY.exec(text);
  if (!m) return null;
  const hasSign = Boolean(m[1] || m[4]);
  const scaleWord = m[3]?.replace("$", "").toLowerCase();
  if (!hasSign && !scaleWord) return null;
  const written = m[2] ?? "";
  // "I" alone is a word unless a currency sign says it is a number ("$IM").
  if (!/\d/.test(written) && !hasSign) return null;
  const raw = repairDigits(written);
  const normalized = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)
    ? raw.replace(/,/g, "")
    : raw.replace(",", ".");
  const value = Number(normalized);
  if (!Number.isFinite(value)) return null;
  return Math.round(value * (scaleWord ? (SCALE[scaleWord] ?? 1) : 1));
}

/**
 * Repairs OCR digits inside the numeric tokens of a short value (`$II.I Million`, `CS-O4. O FTEs`),
 * leaving words alone. A token counts as numeric when it is next to a digit, a currency sign or a unit.
 */
export function repairNumbersInValue(value: string): string {
  return value
    .replace(CLASSIFICATION_GLOBAL, (code) => normalizeClassification(code) ?? code)
    .replace(
      /(\$\s?)([0-9OIl][0-9OIl.,]*)/g,
      (_m, sign: string, num: string) => sign + repairDigits(num),
    )
    .replace(
      /\b([0-9OIl]*[0-9][0-9OIl.,]*|[0-9OIl]+(?=\s?(?:K|M|FTEs?|ETP)\b))(?=[^A-Za-z]|$|K\b|M\b)/g,
      (num) => (/\d/.test(num) || /^[OIl.,]+$/.test(num) ? repairDigits(num) : num),
    )
    .replace(/\b([0-9OIl]+)(K|M)\b/g, (_m, num: string, unit: string) => repairDigits(num) + unit);
}

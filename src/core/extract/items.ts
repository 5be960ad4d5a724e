import { CLASSIFICATION_GLOBAL, findFte, normalizeClassification } from "./ocr.ts";
import { countWord, sentenceAround, type Span } from "./text.ts";
import { cleanTitle, isPlausibleTitle, lowercaseContentWords, titleKey } from "./titles.ts";
import { PERSON_ROLE_WORDS, singularRoleWord } from "./vocabulary.ts";

/** One item of a list of reports or peers, as written. */
export interface ListItem {
  title: string;
  span: Span;
  classification: string | null;
  fte: number | null;
  ftePlanned: boolean;
  /** Identical positions the item stands for: 1, a stated number, or "several" (not stated). */
  count: number | "several";
  quote: string;
}

export type ItemDetails = Pick<ListItem, "classification" | "fte" | "ftePlanned" | "count">;

/** Where an item's title ends and its description starts: ":", a dash before a clause, "responsible for" … */
const DESCRIPTION_START =
  /\s*(?::|\s[–—]\s|\s-\s(?=\s*(?:\p{Ll}|The\b|This\b|A\b|An\b|staff\b|\(?(?:planned\s*)?[\dOIl]+\s*FTE))|,?\s+(?:each\s+)?(?:accountable|responsible|responsable|chargée?|which|who|that|qui)\b|\s+(?:for|of|in)\s+which\b|\s+(?:also\s+)?reports?\s+(?:directly\s+)?to\b|,\s+(?=\p{Ll}{2})|\s+(?:Le|La)\s+(?:ou\s+(?:la|\[a|Ia)\s+)?titulaire\b)/u;

/** Count phrases: "[3]", "(3)", "(2 Positions)", "(2 x EC-O7s)", "[x5]", "x I position". */
const COUNT_MARK =
  /[[(]\s*(?:x\s*)?([0-9Il]{1,2})\s*(?:x\b[^)\]]*|positions?|postes?)?\s*[)\]]|\bx\s*([0-9Il]{1,2})\b|\b([0-9Il]{1,2})\s*x\s+(?=[A-Z]{2}-)/i;
const LEADING_COUNT =
  /^(?:(?:a|an|un|une)\s+)?(?:(\d{1,2})\s*(?:-|to|à)\s*(\d{1,2})|(?:number|several|various)\s+of|(\d{1,2}|[\p{L}]+))\s+/iu;
const SIZE_PHRASE =
  /[-–—]?\s*\(?\s*(?:staff\s+of\s+(?:approximately\s+)?[\dOIl]+(?:\s*(?:to|-)\s*[\dOIl]+)?(?:\s*FTEs?)?|no\s+staff|(?:planned\s+|proposed\s+)?[\dOIl]+\s*FTEs?(?:\s+at\s+present)?|effectif\s+de\s+\p{L}+(?:\s+employés)?)\s*\)?/giu;

function countOf(written: string): { count: ListItem["count"]; rest: string } {
  const head = written.trim();
  const mark = COUNT_MARK.exec(head);
  if (mark) {
    const n = Number((mark[1] ?? mark[2] ?? mark[3] ?? "").replace(/[Il]/g, "1"));
    // What follows a count belongs to the description: "(4 positions) Atlantic, Quebec, …".
    if (n > 0) return { count: n, rest: head.slice(0, mark.index) };
  }
  const lead = LEADING_COUNT.exec(head);
  if (lead) {
    if (lead[1] !== undefined) return { count: Number(lead[2]), rest: head.slice(lead[0].length) };
    if (lead[3] === undefined) return { count: "several", rest: head.slice(lead[0].length) };
    const n = countWord(lead[3]);
    if (n !== null && n > 1) return { count: n, rest: head.slice(lead[0].length) };
  }
  return { count: 1, rest: head };
}

/**
 * The title of one of several identical positions: "Managers of Gs&Cs" -> "Manager of Gs&Cs",
 * "generic managers" -> "Manager", "Manager positions" -> "Manager".
 */
function singularTitle(
  title: string,
  count: ListItem["count"],
): { title: string; count: ListItem["count"] } {
  const words = title
    .replace(/\s+(?:positions?|postes?)$/i, "")
    .split(" ")
    .filter((w, i, all) => !(i < all.length - 1 && /^(?:generic|other|autres?)$/i.test(w)));
  let plural = false;
  const singular = words.map((w) => {
    const one = singularRoleWord(w.replace(/,$/, ""));
    if (!one) return w;
    plural = true;
    return one + (w.endsWith(",") ? "," : "");
  });
  // A plural role word with no number: several identical positions ("Area Directors").
  return {
    title: cleanTitle(singular.join(" ")),
    count: plural && count === 1 ? "several" : count,
  };
}

/** The classification, size, planned flag and count a list item states. */
export function detailsOf(text: string): ItemDetails {
  const fte = findFte(text);
  return {
    classification: normalizeClassification(text),
    fte: fte?.fte ?? null,
    ftePlanned: fte?.planned ?? false,
    count: countOf(text).count,
  };
}

/**
 * One item per title in a list: two "**Manager:**" bullets with different duties are two
 * identical positions ("Manager" × 2), not one.
 */
export function combineIdentical(items: readonly ListItem[]): ListItem[] {
  const byTitle = new Map<string, ListItem>();
  for (const item of items) {
    const key = titleKey(item.title);
    const known = byTitle.get(key);
    if (!known) {
      byTitle.set(key, item);
      continue;
    }
    const several = known.count === "several" || item.count === "several";
    byTitle.set(key, {
      ...known,
      classification: known.classification ?? item.classification,
      fte: known.fte ?? item.fte,
      count: several ? "several" : (known.count as number) + (item.count as number),
    });
  }
  return [...byTitle.values()];
}

/** True when a piece of running text names something: a capital after any article and count. */
export function startsWithName(piece: string): boolean {
  const rest = countOf(
    piece.replace(/^\s*(?:and|et)\s+/i, "").replace(/^\s*(?:the|le|la|les|du|de la|des)\s+/i, ""),
  ).rest;
  const name = rest.replace(/^\s*(?:the|le|la|les)\s+/i, "");
  // French running text writes a title in lower case ("directeur, Analyse des programmes");
  // a count may take adjectives ("two generic managers").
  const words = name
    .trim()
    .split(/[\s,]+/)
    .slice(0, 3)
    .map((w) => w.toLowerCase());
  return /^\s*(?:\*\*)?[\p{Lu}\d([]/u.test(name) || words.some((w) => PERSON_ROLE_WORDS.has(w));
}

/** A title and not a sentence: a capital first, few words, few lower-case content words. */
export function looksLikeTitle(title: string): boolean {
  const words = title.split(/\s+/);
  // French qualifiers are in sentence case: "Directeur, Surveillance financière des subventions".
  const french =
    /^(?:Directeur|Directrice|Gestionnaire|Conseill|Chef|Agent|Analyste|Superviseu|Sous-ministre|Coordonnat|Dirigeant|Surveillant)/.test(
      title,
    );
  return (
    isPlausibleTitle(title) &&
    /^\p{Lu}/u.test(title) &&
    words.length <= (french ? 16 : 12) &&
    lowercaseContentWords(title) <= (french ? 8 : 3)
  );
}

/** "Title TBD (FI-4). Costing": a position named by its function until it has a title. */
const UNTITLED =
  /^\s*(?:title\s+)?(?:tbd|to be determined|à déterminer)\b[^A-Za-z]*(?:[A-Z][A-Za-z]{1,2}-?[0-9OIl]\S*\)?[.,:]?\s*)?/i;

/** A size stated right after the title's dash: "Manager, Domestic Policy (EC-O7) - staff of 4". */
const SIZE_AFTER_DASH =
  /^\s*[-–—,]\s*(?:\(?(?:planned|proposed)?\s*[\dOIl]+\s*FTEs?\)?|\(?staff of\s+[\dOIl]+(?:\s*FTEs?)?\)?)/i;

/**
 * Reads one list item: "**Outreach Team (8 FTEs):** Works to …", "Data Team - 6 FTEs",
 * "Manager, ELCC Data (EC-O7) staff of 6:", "Senior Advisor [3] (No Staff)", "Four Manager
 * positions", "Title TBD (FI-4). Costing". Returns null when no title can be read.
 */
export function itemFromText(text: string, offset: number, source: string): ListItem | null {
  const content = text.replace(/\*\*|__/g, (m) => " ".repeat(m.length));
  // Separators inside "(interchange - CS-05 equivalent)" do not end the title.
  const outside = content.replace(
    /[([][^()[\]]*[)\]]/g,
    (m) => m[0] + "x".repeat(m.length - 2) + m.at(-1),
  );
  const cut = DESCRIPTION_START.exec(outside);
  const headEnd = cut ? cut.index : content.length;
  const head = content
    .slice(0, headEnd)
    .replace(/\[[^\]]*\p{Ll}{3,}[^\]]*\]/gu, (m) => " ".repeat(m.length));
  const details = detailsOf(head + (SIZE_AFTER_DASH.exec(content.slice(headEnd))?.[0] ?? ""));
  const counted = countOf(head);
  let count = counted.count;
  const rest = counted.rest;
  let raw = rest
    .replace(SIZE_PHRASE, " ")
    .replace(/^\s*(?:the|a|an|le|la|les|du|de la|des)\s+/i, "");
  // A classification written in the title's place: "EX-OI Director of …", "Service Managers PMO-05".
  raw = raw.replace(CLASSIFICATION_GLOBAL, (code) => (normalizeClassification(code) ? " " : code));
  const untitled = UNTITLED.exec(raw);
  let title: string;
  if (untitled && untitled[0].trim() !== "") {
    const name = cleanTitle(raw.slice(untitled[0].length));
    title = name ? `${name} (title TBD)` : "";
  } else {
    // A qualifier left in parentheses only ("the DG, (Branch Specific)") is a placeholder.
    if (/,\s*\([^)]*\)\s*$/.test(raw)) return null;
    const singular = singularTitle(cleanTitle(raw), count);
    title = singular.title;
    count = singular.count;
  }
  if (!title || !looksLikeTitle(title.replace(/ \(title TBD\)$/, ""))) return null;
  // "a multi-level team …": running text names no position.
  if (!startsWithName(rest)) return null;
  const firstWord = title.split(/\s+/)[0] ?? "";
  const titleStart = offset + Math.max(0, content.indexOf(firstWord));
  const span = { start: Math.max(offset, titleStart), end: offset + headEnd };
  return { title, span, ...details, count, quote: sentenceAround(source, span) };
}

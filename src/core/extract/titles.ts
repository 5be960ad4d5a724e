import { squash } from "./text.ts";
import { CONNECTORS, PERSON_ROLE_WORDS, repairRoleWord, ROLE_WORDS } from "./vocabulary.ts";

const TEAM_WORDS =
  /\b(team|teams|unit|units|section|sections|squad|cell|pod|équipe|equipe|unité|unite|groupe)$/i;

const FRENCH_PREPOSITIONS = new Set("de du des aux au à la".split(" "));
const FRENCH_ROLE_START =
  /^(?:directeur|directrice|gestionnaire|conseiller|conseillère|chef|agent|agente|analyste|sous-ministre|dirigeant|dirigeante|coordonnateur|coordonnatrice|superviseur|superviseure|surveillant|surveillante)$/i;
/** Words that end a French title: the sentence goes on ("rend compte au … de l'exercice …"). */
const FRENCH_STOPPERS = new Set(
  "qui que est sont a ont doit doivent dont afin ainsi lorsque l'exercice l’exercice".split(" "),
);

/** Words after which a title never continues. */
const STOPPERS = new Set(
  "is are was were has have who which that reporting reports accountable responsible include includes including".split(
    " ",
  ),
);

export function hasRoleWord(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[\s,/]+/)
    .some((w) => ROLE_WORDS.has(w.replace(/[^\p{L}-]/gu, "")));
}

/** French names a unit first: "Équipe du portail", "Unité de soutien". */
const FRENCH_TEAM_START = /^(équipe|equipe|unité|unite|section|groupe|cellule)(?=\s|$)/i;

export function isTeamTitle(title: string): boolean {
  const words = title.replace(/[^\p{L}\s]/gu, " ").trim();
  return TEAM_WORDS.test(words) || FRENCH_TEAM_START.test(words);
}

/**
 * French inclusive titles name one position: "directeur ou de la directrice générale, X" and
 * "directeur général ou à la directrice générale, X" are "directeur général, X".
 */
const FRENCH_INCLUSIVE = new RegExp(
  String.raw`(?<![\p{L}-])(directeur|conseiller|gestionnaire|agent|adjoint|analyste|chef|sous-ministre|superviseur|coordonnateur|dirigeant|surveillant|administrateur|président|vice-président)` +
    String.raw`(\s+(?:g[ée]n[ée]ral|principal|r[ée]gional|ex[ée]cutif|adjoint|associ[ée]|d['’]\s?[ée]quipe))?` +
    String.raw`\s+ou\s+(?:de\s+la\s+|[àa]\s+la\s+|la\s+|l['’]\s*)?` +
    String.raw`(?:directrice|conseill[èe]re|gestionnaire|agente|adjointe|analyste|cheffe|chef|sous-ministre|superviseure|coordonnatrice|dirigeante|surveillante|administratrice|présidente|vice-présidente)` +
    String.raw`(?:\s+(?:g[ée]n[ée]rale|principale|r[ée]gionale|ex[ée]cutive|adjointe|associ[ée]e|d['’]\s?[ée]quipe))?(?![\p{L}])`,
  "giu",
);

export function masculineTitle(text: string): string {
  return text.replace(FRENCH_INCLUSIVE, (_m, word: string, rank?: string) => word + (rank ?? ""));
}

/** "I848, Director General, Evaluation": a supervisor's position number before the title. */
const LEADING_NUMBER = /^\s*(?:#\s*)?[0-9OIl]*\d[0-9OIl]*\s*[,:-]\s*/;

/** Memo of a pure function of a string, cleared before it grows large (titles repeat a lot). */
function memo(compute: (value: string) => string): (value: string) => string {
  const cache = new Map<string, string>();
  return (value) => {
    let result = cache.get(value);
    if (result === undefined) {
      if (cache.size > 50_000) cache.clear();
      result = compute(value);
      cache.set(value, result);
    }
    return result;
  };
}

/** Removes markup, parentheticals and stray punctuation from a captured title. */
export const cleanTitle = memo(computeCleanTitle);

function computeCleanTitle(raw: string): string {
  let title = masculineTitle(raw.replace(/\*\*|__|`/g, ""))
    .replace(/\([^)]*\)?/g, " ")
    .replace(/\[[^\]]*\]?/g, " ")
    .replace(LEADING_NUMBER, "");
  title = squash(title)
    .replace(/^(?:the|a|an|le|la|les|l['’])\s+/i, "")
    .replace(/^[,;:.\s-]+|[,;:\s-]+$/g, "")
    .replace(/\s+,/g, ",");
  title = title.replace(/[.]$/, "");
  title = repairTitleWords(title);
  // "directeur, Analyse des programmes" in running French text is the title "Directeur, …".
  return title.charAt(0).toLocaleUpperCase("fr") + title.slice(1);
}

function repairTitleWords(title: string): string {
  const words = title.split(" ");
  for (let i = 0; i < Math.min(2, words.length); i++) {
    const fixed = repairRoleWord(words[i] ?? "", words[i + 1]?.replace(/,$/, ""));
    if (fixed) words[i] = fixed;
  }
  return words.join(" ");
}

/** A title worth a node: has a capital and letters, and is not a placeholder ("TBD", "the") or cut off ("…"). */
export function isPlausibleTitle(title: string): boolean {
  return (
    /\p{Lu}/u.test(title) &&
    !/^\p{Ll}+$/u.test(title) &&
    (title.match(/\p{L}/gu)?.length ?? 0) >= 2 &&
    !/(?:\.\.|…)\s*$|\s\p{Lu}\.?$/u.test(title) &&
    !/^(tbd|tba|n\/?a|none|vacant|to be (?:determined|confirmed)|à déterminer|s\.o\.)$/i.test(title)
  );
}

/**
 * A comparison key for titles: "Director of Engagement", "Director, Engagement" and
 * "Director. Engagement" (OCR) all give "director engagement"; so do plural and inclusive forms
 * ("Directors General", "Directeur/directrice").
 */
export const titleKey = memo(computeTitleKey);

function computeTitleKey(title: string): string {
  const words = cleanTitle(title)
    .toLowerCase()
    .replace(/\b(directeur|gestionnaire|conseiller|agent|adjoint)\s*\/\s*\p{L}+/gu, "$1")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]/g, "")
    .replace(/&/g, " and ")
    .replace(/[.,;:/]/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "" && !/^(?:of|for|the|du|de|des|la|le|les|pour)$/.test(w));
  // "Regional Director for the Quebec Region" is the "Regional Director for Quebec".
  if (words.length > 3 && /^r[ée]gions?$/.test(words[words.length - 1] ?? "")) words.pop();
  return words.map((w) => (w.length > 3 ? w.replace(/ies$/, "y").replace(/s$/, "") : w)).join(" ");
}

/** Initials of the capitalized words: "Chief Executive Officer" -> "ceo". */
export const acronymOf = memo(computeAcronym);

function computeAcronym(title: string): string {
  return cleanTitle(title)
    .split(/[\s,/&-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join("")
    .toLowerCase();
}

/** True for a short all-caps token such as "CEO", "ED/S" or "D/E". */
export function isAcronym(text: string): boolean {
  const t = text.trim();
  return /^[A-Z][A-Z/&.-]{0,7}$/.test(t) && t.replace(/[^A-Z]/g, "").length >= 2;
}

/** "ED/S" -> "eds". */
export function acronymKey(text: string): string {
  return text.replace(/[^A-Za-z]/g, "").toLowerCase();
}

/** True when a word heads a person's title: "Director", "Senior Technical Advisor" (not "Office"). */
export function startsPersonTitle(text: string): boolean {
  const words = text
    .trim()
    .replace(
      /^(?:(?:the|a|an|le|la|les|du|de la|des|ceux du|celui du|celle de la)\s+|(?:de )?l['’]\s*)/i,
      "",
    )
    .split(/\s+/)
    .slice(0, 4);
  for (let i = 0; i < words.length; i++) {
    const word = (words[i] ?? "").replace(/[^\p{L}-]/gu, "");
    const lower = word.toLowerCase();
    if (!/^\p{Lu}/u.test(word) && !(i === 0 && PERSON_ROLE_WORDS.has(lower))) return false;
    if (PERSON_ROLE_WORDS.has(lower) && !(lower === "head" && /^office/i.test(words[i + 1] ?? "")))
      return true;
  }
  return false;
}

interface Token {
  word: string;
  start: number;
  end: number;
  /** Punctuation right after the word (",", ".", ":" …) or "" */
  trail: string;
}

const TOKEN = /([\p{L}\p{N}][\p{L}\p{N}'’/&.-]*|&)([,.;:)]?)/gu;

function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) && m.index < to) {
    let word = m[1] ?? "";
    let trail = m[2] ?? "";
    if (word.endsWith(".") && !isAcronym(word)) {
      word = word.slice(0, -1);
      trail = "." + trail;
    }
    tokens.push({ word, start: m.index, end: m.index + word.length, trail });
  }
  return tokens;
}

/** French running text writes titles in lower case: "le directeur général, Innovation". */
const LOWERCASE_TITLE_WORDS = new Set(
  (
    "directeur directrice gestionnaire chef conseiller conseillère agent agente analyste " +
    "sous-ministre dirigeant dirigeante président présidente coordonnateur coordonnatrice " +
    "superviseur superviseure surveillant surveillante " +
    "général générale adjoint adjointe principal principale exécutif exécutive régional " +
    "régionale associé associée délégué déléguée"
  ).split(" "),
);

function isTitleWord(word: string, first: boolean): boolean {
  if (/^\p{Lu}/u.test(word) && !/^\d/.test(word)) return true;
  if (LOWERCASE_TITLE_WORDS.has(word.toLowerCase())) return true;
  return !first && CONNECTORS.has(word.toLowerCase());
}

/** Lower-case words that are not connectors: many of them means a sentence, not a title. */
export function lowercaseContentWords(title: string): number {
  return title
    .split(/\s+/)
    .filter((w) => /^\p{Ll}/u.test(w) && !CONNECTORS.has(w) && !LOWERCASE_TITLE_WORDS.has(w))
    .length;
}

/**
 * A short parenthesis inside a title ("Director General (DG), Program Policies", "Senior
 * Executive Director (EX-O3), Processing") is blanked so the title reads through it.
 */
function blankInnerParentheses(text: string, from: number, to: number): string {
  const window = text.slice(from, to);
  if (!window.includes("(")) return text;
  const blanked = window.replace(/\s?\([^()\n]{1,14}\)(?=,)/g, (m) => " ".repeat(m.length));
  return text.slice(0, from) + blanked + text.slice(to);
}

/**
 * Reads a title that starts at `from`: capitalized words and connectors, allowing a comma
 * before an organizational qualifier ("Director, Client Relations") but not before another title.
 * Returns null when no title starts there.
 */
export function readTitleForward(
  source: string,
  from: number,
  limit = 140,
): { title: string; start: number; end: number } | null {
  // The words from `from` on, offsets relative to it (a copy of the whole text per call would
  // cost as much as the text is long); a word running past the limit is read whole.
  const to = Math.min(source.length, from + limit) - from;
  // French inclusive forms read as one title ("directeur ou de la directrice, X").
  const text = blankInnerParentheses(
    source
      .slice(from, from + to)
      .replace(FRENCH_INCLUSIVE, (m: string, word: string, rank?: string) =>
        // Padded before the words, so a comma after the feminine form still follows them.
        (word + (rank ?? "")).padStart(m.length, "\u00a0"),
      ) + source.slice(from + to, from + to + 60),
    0,
    to,
  );
  const tokens = tokenize(text, 0, to);
  let i = 0;
  while (i < tokens.length && /^(the|a|an|le|la|les)$/i.test(tokens[i]?.word ?? "")) i++;
  const first = tokens[i];
  if (!first || !isTitleWord(first.word, true)) return null;
  // French qualifiers are in sentence case: "directeur général, Direction du développement
  // communautaire et des partenariats"; they run to the next punctuation.
  const french = FRENCH_ROLE_START.test(first.word);
  let inQualifier = false;
  let endToken = i;
  for (let j = i; j < tokens.length; j++) {
    const token = tokens[j];
    if (!token || STOPPERS.has(token.word.toLowerCase())) break;
    const lower = token.word.toLowerCase();
    // "… Culture organisationnelle Le ou la titulaire dirige": a French sentence starts.
    if (french && j > i && /^(?:Le|La|Les|Il|Elle)$/.test(token.word)) break;
    if (french && FRENCH_STOPPERS.has(lower)) break;
    // "the Senior ADM and the Associate ADM": two positions, not one title.
    if (
      j > i &&
      (lower === "and" || lower === "et") &&
      startsPersonTitle(text.slice(token.end, to))
    )
      break;
    // "Innovation des programmes": a French preposition may take a lower-case object.
    const objectOfPreposition = FRENCH_PREPOSITIONS.has(tokens[j - 1]?.word.toLowerCase() ?? "");
    const frenchQualifierWord =
      french && inQualifier && /^\p{Ll}/u.test(token.word) && !FRENCH_STOPPERS.has(lower);
    if (
      !isTitleWord(token.word, j === i) &&
      !(objectOfPreposition && /^\p{Ll}/u.test(token.word)) &&
      !frenchQualifierWord
    )
      break;
    const gap = text.slice(tokens[j - 1]?.end ?? token.start, token.start);
    if (j > i && /[\n(|[]/.test(gap)) break;
    endToken = j;
    if (token.trail === "," && !qualifierFollows(tokens, j + 1)) break;
    if (token.trail === ",") inQualifier = true;
    if (token.trail && token.trail !== ",") break;
  }
  // Trailing connectors ("Director of") are not part of the title.
  while (endToken > i && CONNECTORS.has(tokens[endToken]?.word.toLowerCase() ?? "")) endToken--;
  const start = first.start;
  const end = tokens[endToken]?.end ?? first.end;
  const title = cleanTitle(text.slice(start, end));
  return title ? { title, start: from + start, end: from + end } : null;
}

/** After a comma: the words up to the next comma or stop form a qualifier when they hold no role word. */
function qualifierFollows(tokens: readonly Token[], from: number): boolean {
  const words: string[] = [];
  // "Strategic Integration, Planning, and Accountability": a last qualifier after "and".
  const start = /^(?:and|et)$/i.test(tokens[from]?.word ?? "") ? from + 1 : from;
  for (let j = start; j < tokens.length; j++) {
    const token = tokens[j];
    if (!token || !isTitleWord(token.word, j === start) || STOPPERS.has(token.word.toLowerCase()))
      break;
    words.push(token.word);
    if (token.trail) break;
  }
  return words.length > 0 && !startsPersonTitle(words.join(" "));
}

/**
 * Reads a title that ends at `end` (exclusive), scanning backwards over capitalized words:
 * "... experimentation. 2 Head of Development (" -> "Head of Development".
 */
export function readTitleBackward(
  text: string,
  end: number,
  limit = 140,
): { title: string; start: number; end: number } | null {
  const from = Math.max(0, end - limit);
  const tokens = tokenize(text, from, end).filter((t) => t.end <= end);
  let startToken = -1;
  for (let j = tokens.length - 1; j >= 0; j--) {
    const token = tokens[j];
    const next = tokens[j + 1];
    if (!token) break;
    const isLast = j === tokens.length - 1;
    if (!isLast && token.trail && token.trail !== ",") break;
    if (!isLast && token.trail === ",") {
      const after = tokens
        .slice(j + 1)
        .map((t) => t.word)
        .join(" ");
      if (startsPersonTitle(after)) break;
    }
    // "Manager, Planning and Reporting": a capitalized "Reporting" is a word of the title.
    if (!isTitleWord(token.word, false) || STOPPERS.has(token.word)) break;
    if (/^(?:the|le|la|les)$/i.test(token.word)) break;
    if (next && /[\n]/.test(text.slice(token.end, next.start))) break;
    startToken = j;
  }
  while (
    startToken >= 0 &&
    startToken < tokens.length &&
    CONNECTORS.has(tokens[startToken]?.word.toLowerCase() ?? "")
  ) {
    startToken++;
  }
  const first = tokens[startToken];
  const last = tokens[tokens.length - 1];
  if (startToken < 0 || !first || !last || !/^\p{Lu}/u.test(first.word)) return null;
  const title = cleanTitle(text.slice(first.start, last.end));
  return title ? { title, start: first.start, end: last.end } : null;
}

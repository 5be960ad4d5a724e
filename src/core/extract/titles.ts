import { squash } from "./text.ts";

/** Words that head a position or team title, English and French. Domain vocabulary. */
const ROLE_WORDS = new Set(
  (
    "director directors manager managers officer officers head heads chief chiefs advisor advisors adviser " +
    "analyst analysts coordinator coordinators specialist specialists supervisor supervisors administrator " +
    "assistant assistants executive executives commissioner deputy president vice-president secretary clerk " +
    "clerks agent agents consultant consultants engineer engineers designer designers researcher researchers " +
    "architect architects lead leads leader leaders team teams unit units section sections group office " +
    "counsel registrar auditor controller comptroller minister ministers adm dg ceo coo cio cfo cto " +
    "strategist scientist scientists economist economists statistician planner planners developer developers " +
    "technician technicians inspector inspectors investigator investigators editor writer writers " +
    "directeur directrice gestionnaire gestionnaires chef chefs conseiller conseillère conseillers " +
    "agente analyste analystes adjoint adjointe équipe equipe unité sous-ministre dirigeant dirigeante " +
    "président présidente secrétaire coordonnateur coordonnatrice spécialiste"
  ).split(/\s+/),
);

const TEAM_WORDS =
  /\b(team|teams|unit|units|section|sections|squad|cell|pod|équipe|equipe|unité|unite|groupe)$/i;

/** Lower-case function words that may sit inside a title ("Head of Design and Research"). */
const CONNECTORS = new Set(
  "of and for the in on to & de du des la le les et en pour aux au à l d".split(" "),
);

const FRENCH_PREPOSITIONS = new Set("de du des aux au à la".split(" "));

/** Words after which a title never continues. */
const STOPPERS = new Set(
  "is are was were has have who which that reporting reports accountable responsible".split(" "),
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

/** Removes markup, parentheticals and stray punctuation from a captured title. */
export function cleanTitle(raw: string): string {
  let title = raw.replace(/\*\*|__|`/g, "").replace(/\([^)]*\)?/g, " ");
  title = squash(title)
    .replace(/^(?:the|a|an|le|la|les|l['’])\s+/i, "")
    .replace(/^[,;:.\s-]+|[,;:\s-]+$/g, "")
    .replace(/\s+,/g, ",");
  title = title.replace(/[.]$/, "");
  // "directeur, Analyse des programmes" in running French text is the title "Directeur, …".
  return title.charAt(0).toLocaleUpperCase("fr") + title.slice(1);
}

/** A title worth a node: has a capital and letters, and is not a placeholder ("TBD", "the"). */
export function isPlausibleTitle(title: string): boolean {
  return (
    /\p{Lu}/u.test(title) &&
    !/^\p{Ll}+$/u.test(title) &&
    (title.match(/\p{L}/gu)?.length ?? 0) >= 2 &&
    !/^(tbd|tba|n\/?a|none|vacant|to be (?:determined|confirmed)|à déterminer|s\.o\.)$/i.test(title)
  );
}

/**
 * A comparison key for titles: "Director of Engagement", "Director, Engagement" and
 * "Director. Engagement" (OCR) all give "director engagement".
 */
export function titleKey(title: string): string {
  let key = TITLE_KEYS.get(title);
  if (key === undefined) {
    // Titles repeat across thousands of documents; the cache is cleared before it grows large.
    if (TITLE_KEYS.size > 50_000) TITLE_KEYS.clear();
    key = computeTitleKey(title);
    TITLE_KEYS.set(title, key);
  }
  return key;
}

const TITLE_KEYS = new Map<string, string>();

function computeTitleKey(title: string): string {
  return squash(
    cleanTitle(title)
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/['’]/g, "")
      .replace(/&/g, " and ")
      .replace(/[.,;:/]/g, " ")
      .replace(/\s(?:of|du|de|des|la|le)\s/g, " "),
  );
}

/** Initials of the capitalized words: "Chief Executive Officer" -> "ceo". */
export function acronymOf(title: string): string {
  return cleanTitle(title)
    .split(/[\s,]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join("")
    .toLowerCase();
}

/** True for a short all-caps token such as "CEO", "ED/S" or "D/E". */
export function isAcronym(text: string): boolean {
  const t = text.trim();
  return /^[A-Z][A-Z/&.]{0,7}$/.test(t) && t.replace(/[^A-Z]/g, "").length >= 2;
}

/** "ED/S" -> "eds". */
export function acronymKey(text: string): string {
  return text.replace(/[^A-Za-z]/g, "").toLowerCase();
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
 * Reads a title that starts at `from`: capitalized words and connectors, allowing a comma
 * before an organizational qualifier ("Director, Client Relations") but not before another title.
 * Returns null when no title starts there.
 */
export function readTitleForward(
  text: string,
  from: number,
  limit = 140,
): { title: string; start: number; end: number } | null {
  const tokens = tokenize(text, from, Math.min(text.length, from + limit));
  let i = 0;
  while (i < tokens.length && /^(the|a|an|le|la|les)$/i.test(tokens[i]?.word ?? "")) i++;
  const first = tokens[i];
  if (!first || !isTitleWord(first.word, true)) return null;
  let endToken = i;
  for (let j = i; j < tokens.length; j++) {
    const token = tokens[j];
    if (!token || STOPPERS.has(token.word.toLowerCase())) break;
    // "Innovation des programmes": a French preposition may take a lower-case object.
    const objectOfPreposition = FRENCH_PREPOSITIONS.has(tokens[j - 1]?.word.toLowerCase() ?? "");
    if (!isTitleWord(token.word, j === i) && !(objectOfPreposition && /^\p{Ll}/u.test(token.word)))
      break;
    const gap = text.slice(tokens[j - 1]?.end ?? token.start, token.start);
    if (j > i && /[\n(]/.test(gap)) break;
    endToken = j;
    if (token.trail === "," && !qualifierFollows(tokens, j + 1)) break;
    if (token.trail && token.trail !== ",") break;
  }
  // Trailing connectors ("Director of") are not part of the title.
  while (endToken > i && CONNECTORS.has(tokens[endToken]?.word.toLowerCase() ?? "")) endToken--;
  const start = first.start;
  const end = tokens[endToken]?.end ?? first.end;
  const title = cleanTitle(text.slice(start, end));
  return title ? { title, start, end } : null;
}

/** After a comma: the words up to the next comma or stop form a qualifier when they hold no role word. */
function qualifierFollows(tokens: readonly Token[], from: number): boolean {
  const words: string[] = [];
  for (let j = from; j < tokens.length; j++) {
    const token = tokens[j];
    if (!token || !isTitleWord(token.word, j === from) || STOPPERS.has(token.word.toLowerCase()))
      break;
    words.push(token.word);
    if (token.trail) break;
  }
  return words.length > 0 && !hasRoleWord(words.join(" "));
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
      if (hasRoleWord(after)) break;
    }
    if (!isTitleWord(token.word, false) || STOPPERS.has(token.word.toLowerCase())) break;
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

/**
 * Splits "A, B, C and D" or "A; B; and C" into items. A piece without a role word is a
 * qualifier of the piece before it, so "Director, Data Services and Director, Regional
 * Operations" gives two directors and "Head of Security and Reliability" stays whole.
 */
export function splitTitleList(list: string): string[] {
  const bySemicolon = list.split(/\s*;\s*/);
  const items: string[] = [];
  for (const group of bySemicolon.length > 1 ? bySemicolon : [list]) {
    // Separators are kept (odd indexes) so a qualifier rejoins with the one it had.
    const separator =
      bySemicolon.length > 1 ? /(\s+(?:and|et)\s+)/u : /(\s*,\s*|\s+(?:and|et)\s+)/u;
    const parts = group.replace(/^\s*(?:and|et|or|ou)\s+/i, "").split(separator);
    let current: string | null = null;
    for (let i = 0; i < parts.length; i += 2) {
      const piece = (parts[i] ?? "").trim();
      if (piece === "") continue;
      const joiner = /,/.test(parts[i - 1] ?? "") ? ", " : " and ";
      const joins =
        current !== null &&
        (!hasRoleWord(stripParens(piece)) || !hasRoleWord(stripParens(current)));
      if (current !== null && joins) current = `${current}${joiner}${piece}`;
      else {
        if (current !== null) items.push(current);
        current = piece;
      }
    }
    if (current !== null) items.push(current);
  }
  return items;
}

function stripParens(text: string): string {
  return text.replace(/\([^)]*\)/g, "");
}

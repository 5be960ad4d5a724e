import { startsPersonTitle } from "./titles.ts";

/** Inline-list noise: enumerators "(I)", "(2)", "2 *", "1)" before an item. */
const ENUMERATOR = /^(?:\(?[0-9IVXivx]{1,3}\)|[0-9]\s*\*|\*)\s*/;

/** Separators of an inline list; a colon between two titles is an OCR'd semicolon. */
const SEPARATOR =
  /(\s*[;,]\s*|\s+(?:and|et)\s+|\s*[:.]\s+(?=(?:the\s+)?\p{Lu})|\s+\((?:\d|[IVX]{1,3})\)\s+(?=(?:the\s+|an?\s+)?\p{Lu}))/u;

/**
 * Splits "A, B, C and D" or "A; B; and C" into items. A piece that does not start a person's
 * title (a role word, possibly after capitalized modifiers) qualifies the piece before it, so
 * "Director, Legislative and Regulatory Policy Design, the Director, Policy Development" gives
 * two directors and "Head of Security and Reliability" stays whole. Semicolons always separate.
 */
export function splitTitleList(list: string): string[] {
  const items: string[] = [];
  const parts = list.replace(/^\s*(?:and|et|or|ou)\s+/i, "").split(SEPARATOR);
  let current: string | null = null;
  for (let i = 0; i < parts.length; i += 2) {
    const separator = parts[i - 1] ?? "";
    // "and (where appropriate) the DG": a note in parentheses says nothing about the title.
    const piece = (parts[i] ?? "")
      .replace(
        /\((?=\p{Ll})(?![^)]*(?:\b(?:FTE|staff|positions?)\b|[A-Z]{2}-?[0-9OIl]))[^)]*\)\s*/gu,
        "",
      )
      .replace(ENUMERATOR, "")
      .trim();
    if (piece === "") continue;
    const hard = /;|\(/.test(separator);
    const newItem =
      current === null ||
      hard ||
      startsPersonTitle(piece.replace(/^(?:and|et)\s+/i, "")) ||
      startsItemOfTeams(piece, current);
    if (newItem) {
      if (current !== null) items.push(current);
      current = piece.replace(/^(?:and|et)\s+/i, "");
    } else {
      const joiner = /,/.test(separator)
        ? ", "
        : /[:.]/.test(separator)
          ? separator
          : ` ${separator.trim()} `;
      current = `${current}${joiner}${piece}`;
    }
  }
  if (current !== null) items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== "");
}

/** In a list of teams ("Outreach Team, Policy Team and Consulting Team") each team is an item. */
function startsItemOfTeams(piece: string, current: string | null): boolean {
  const team = /\b(?:team|unit|section|équipe|unité)$/i;
  return current !== null && team.test(current.trim()) && team.test(piece.trim());
}

/**
 * Whether a name in a document is the document's own position: its title or an alias, a short
 * form ("the Director", "Director, SLMI" for "Director, Skills and Labour Market Information"),
 * an abbreviation it defines ("ED/S"), or a generic word ("the incumbent").
 */
import type { Organization } from "../graph/schema.ts";
import { expandRoleAbbreviation, isGenericTitle } from "./names.ts";
import type { Subject } from "./subject.ts";
import { isKeyPrefix, isShortFormOf } from "./subject.ts";
import {
  acronymKey,
  acronymOf,
  cleanTitle,
  isAcronym,
  masculineTitle,
  readTitleBackward,
  titleKey,
} from "./titles.ts";
import { CONNECTORS, editDistance, ROLE_WORDS, TITLE_MODIFIERS } from "./vocabulary.ts";

export interface SubjectMatcher {
  /**
   * `listManager`: the name introduces a list of reports, where a partial name is the position
   * itself. `statement`: the name opens "… is one of three positions reporting to …", where a
   * longer form of the title ("Director, Policy and Program Design") is the position itself.
   */
  refersTo(title: string, options?: { listManager?: boolean; statement?: boolean }): boolean;
  /** True when a sentence (or the words before a verb) is about the position. */
  isAbout(sentence: string): boolean;
}

const GENERIC_SELF =
  /^(?:incumbent|position|poste|titulaire|director|directeur|manager|gestionnaire|director general|directeur general)$/;

/** "Director, SLMI" -> { head: "Director", rest: "SLMI" }; "Director General IPPD" likewise. */
function headAndRest(title: string): { head: string; rest: string } {
  const comma = title.indexOf(",");
  if (comma > 0) return { head: title.slice(0, comma).trim(), rest: title.slice(comma + 1).trim() };
  const words = title.split(/\s+/);
  let i = 0;
  while (
    i < words.length &&
    (ROLE_WORDS.has(words[i]?.toLowerCase() ?? "") ||
      TITLE_MODIFIERS.has(words[i]?.toLowerCase() ?? ""))
  )
    i++;
  return { head: words.slice(0, i).join(" "), rest: words.slice(i).join(" ") };
}

/** "… of the Aboriginal Affairs Directorate": where the position sits, not part of its name. */
const TRAILING_UNIT =
  /\s+(?:of|in|within|at)\s+(?:the\s+)?[\p{Lu}][^,]*?\b(?:Directorate|Division|Branch|Bureau|Sector|Secretariat|Region|Office)$/u;

function contentWords(text: string): string[] {
  return titleKey(text)
    .split(" ")
    .filter((w) => w !== "" && !CONNECTORS.has(w) && w !== "and");
}

export function subjectMatcher(found: Subject, organization: Organization): SubjectMatcher {
  const names = [found.title, ...found.aliases];
  const keys = new Set(names.map(titleKey));
  const abbreviations = new Set(found.abbreviations.map(acronymKey));
  const splits = names.map(headAndRest);
  const orgAcronyms = [organization.branch, organization.directorate]
    .filter((n): n is string => Boolean(n))
    .map(acronymOf);

  const refersTo = (
    raw: string,
    options: { listManager?: boolean; statement?: boolean } = {},
  ): boolean => {
    const title = expandRoleAbbreviation(cleanTitle(masculineTitle(raw)));
    const key = titleKey(title);
    if (keys.has(key)) return true;
    if (
      isAcronym(title) &&
      (abbreviations.has(acronymKey(title)) ||
        names.some((n) => acronymOf(n) === acronymKey(title)))
    )
      return true;
    if (GENERIC_SELF.test(key)) return [...keys].some((k) => k === key || isKeyPrefix(key, k));
    if (names.some((n) => isShortFormOf(title, n))) return true;
    if (options.statement && names.some((n) => isShortFormOf(n, title))) return true;
    // "Director, SPBD of the Aboriginal Affairs Directorate" (but "Director of the X Division"
    // is another director, not a short form).
    const unit = TRAILING_UNIT.exec(title);
    const unitHead = unit ? title.slice(0, unit.index) : "";
    if (unit && !isGenericTitle(unitHead) && refersTo(unitHead, options)) return true;
    const { head, rest } = headAndRest(title);
    if (!rest || !head) return false;
    // An OCR or typing slip in the position's own title: "Strategic Planning and Methadology".
    if (
      key.length >= 20 &&
      [...keys].some((k) => k.split(" ")[0] === key.split(" ")[0] && editDistance(k, key) <= 2)
    )
      return true;
    const sameHead = splits.filter((s) => titleKey(s.head) === titleKey(head));
    // "Director, SLMI": the acronym of the position's own qualifier or organization.
    if (
      isAcronym(rest) &&
      sameHead.length > 0 &&
      (sameHead.some((s) => acronymOf(s.rest) === acronymKey(rest)) ||
        orgAcronyms.includes(acronymKey(rest)))
    )
      return true;
    if (!options.listManager) return false;
    // "Reporting to the Director, Intergovernmental Labour Affairs" in the description of the
    // Director, Intergovernmental Relations and Aboriginal Labour Affairs: the same words, fewer.
    const words = contentWords(rest);
    return (
      words.length > 0 &&
      sameHead.some((s) => {
        const own = new Set(contentWords(s.rest));
        return words.every((w) => own.has(w));
      })
    );
  };

  const isAbout = (sentence: string): boolean => {
    const text = masculineTitle(sentence.trim());
    if (/^(?:this|the|that|le|la|ce)?\s*(?:incumbent|position|poste|titulaire)\b/i.test(text))
      return true;
    if (/\b(?:incumbent|titulaire)$/i.test(text) || /\b(?:the|this) position$/i.test(text))
      return true;
    if (/^the organi[sz]ation managed by the\b/i.test(text)) return true;
    const end = readTitleBackward(text, text.length);
    if (end && refersTo(end.title)) return true;
    const start = /^(?:the|le|la)\s+([^,]*(?:,[^,]*)?)/i.exec(text);
    return start !== null && refersTo(start[1]?.replace(/\s+(?:is|est|has|a)\b.*$/, "") ?? "");
  };

  return { refersTo, isAbout };
}

/**
 * How two names a document uses relate: the same title written short ("DG Corp. Planning &
 * Management" for "Director General, Corporate Planning and Management Directorate"), a title
 * without its qualifier ("Director General"), and which titles are generic ("Senior Advisor").
 */
import type { Organization } from "../graph/schema.ts";
import { acronymKey, acronymOf, cleanTitle, isAcronym, titleKey } from "./titles.ts";
import { CONNECTORS, ROLE_WORDS, TITLE_MODIFIERS } from "./vocabulary.ts";

/** Abbreviations that head titles everywhere in the federal public service. */
const ROLE_ABBREVIATIONS: Record<string, string> = {
  DG: "Director General",
  ADM: "Assistant Deputy Minister",
  SADM: "Senior Assistant Deputy Minister",
  DM: "Deputy Minister",
  DGR: "Director General, Regional",
  SMA: "Sous-ministre adjoint",
  DCFO: "Deputy Chief Financial Officer",
};

/** "DG, Strategic Directions" -> "Director General, Strategic Directions"; "DG Evaluations" likewise. */
export function expandRoleAbbreviation(title: string): string {
  const m = /^([A-Z]{2,4})(?=[,\s]|$)(,?)\s*(.*)$/.exec(title);
  const full = m ? ROLE_ABBREVIATIONS[m[1] ?? ""] : undefined;
  if (!m || !full) return title;
  const rest = m[3] ?? "";
  return rest ? `${full}, ${rest}` : full;
}

function words(title: string): string[] {
  return titleKey(expandRoleAbbreviation(title))
    .split(" ")
    .filter((w) => w !== "" && w !== "and");
}

/**
 * True when `short` is `long` written shorter: the same words in order, some abbreviated
 * ("Corp." for "Corporate") or left out ("Director General" for "Director General, X").
 */
export function isShortenedName(short: string, long: string): boolean {
  const a = words(short);
  const b = words(long);
  if (a.length === 0 || a.length > b.length) return false;
  let j = 0;
  for (const word of a) {
    while (j < b.length && !(b[j] === word || (word.length >= 3 && (b[j] ?? "").startsWith(word))))
      j++;
    if (j === b.length) return false;
    j++;
  }
  // The head of the title must be the same: "Director" is not short for "Director General".
  return b[0] === a[0] && (a.length === 1 || b[1] === a[1] || (b[1] ?? "").startsWith(a[1] ?? ""));
}

/**
 * An acronym in one name spelled out from the other's words: "Director General, IELCC
 * Secretariat" and "Director General, Indigenous Early Learning & Child Care Secretariat".
 */
function spellAcronyms(short: string, long: string): string {
  const longWords = long
    .split(/[\s,/]+/)
    .filter((w) => w !== "" && !CONNECTORS.has(w.toLowerCase()));
  return short.replace(/\b[A-Z]{3,7}\b/g, (token) => {
    for (let i = 0; i + token.length <= longWords.length; i++) {
      const run = longWords.slice(i, i + token.length);
      if (run.map((w) => w[0]).join("") === token) return run.join(" ");
    }
    return token;
  });
}

/** The same head and a subset of the words, in any order: "DG, Federal Secretariat on ELCC" (expanded). */
function wordSubset(written: string, long: string): boolean {
  const short = spellAcronyms(written, long);
  const a = words(short).filter((w) => !/^(?:on|in|to|at|sur|en)$/.test(w));
  const b = new Set(words(long));
  const [h1, h2] = words(long);
  return a[0] === h1 && (a.length === 1 || a[1] === h2) && a.every((w) => b.has(w));
}

/**
 * Two names of one manager in one document: equal, one shortened from the other, its acronym,
 * or the same words once the document's own abbreviations are spelled out (`expand`).
 */
export function sameManagerName(
  a: string,
  b: string,
  expand: (title: string) => string = (t) => t,
): boolean {
  if (titleKey(a) === titleKey(b)) return true;
  if (isAcronym(a) && acronymKey(a) === acronymOf(b)) return true;
  if (isAcronym(b) && acronymKey(b) === acronymOf(a)) return true;
  if (isShortenedName(a, b) || isShortenedName(b, a)) return true;
  const [x, y] = [expand(a), expand(b)];
  return wordSubset(x, y) || wordSubset(y, x);
}

/** Spells out the abbreviations a document defines inside a title: "Secretariat on ELCC". */
export function abbreviationExpander(
  abbreviations: ReadonlyMap<string, string>,
): (t: string) => string {
  return (title) =>
    title.replace(/\b[A-Z][A-Za-z&/]{1,8}\b/g, (token) =>
      isAcronym(token) ? (abbreviations.get(acronymKey(token)) ?? token) : token,
    );
}

/**
 * A manager's title without a trailing qualifier that names the document's own organization:
 * "Chief Executive Officer, Canadian Digital Service" in a CDS document is its Chief Executive
 * Officer; "Director General, PPPC, Skills and Employment Branch (SEB)" its Director General,
 * PPPC. Returns the title unchanged when the qualifier is its own.
 */
export function withoutOwnOrganization(title: string, orgNames: readonly string[]): string {
  const of = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/i.exec(title);
  const comma = title.lastIndexOf(",");
  const candidates: [string, string][] = [];
  if (comma > 0) candidates.push([title.slice(0, comma), title.slice(comma + 1)]);
  if (of) candidates.push([of[1] ?? "", of[2] ?? ""]);
  for (const [head, qualifier] of candidates) {
    const q = qualifier.replace(/\s*\([^)]*\)\s*/g, " ").trim();
    const own = orgNames.some(
      (name) =>
        titleKey(name) === titleKey(q) ||
        (isAcronym(q) && acronymKey(q) === acronymOf(name)) ||
        acronymKey(name) === acronymKey(q),
    );
    // ", … Branch" after a title of its own: the branch the manager sits in.
    const branch = !isGenericTitle(head) && /\b(?:Branch|Sector)$/i.test(q);
    if ((own || branch) && head.trim() !== "") return head.trim();
  }
  return title;
}

/** The fuller of two names of one position: more words, then the field's own wording. */
export function fullerName(a: string, b: string): string {
  return words(b).length > words(a).length ? b : a;
}

/** A title with no qualifier of its own: "Director General", "Senior Advisor", "Program Assistant". */
export function isGenericTitle(title: string): boolean {
  const t = cleanTitle(expandRoleAbbreviation(title));
  if (/[,/]|\s-\s/.test(t)) return false;
  const words = t.toLowerCase().split(/\s+/);
  const last = words[words.length - 1] ?? "";
  // The role word comes last ("Program Assistant"); "Director Program Evaluation" is specific.
  const endsWithRole =
    ROLE_WORDS.has(last) || /^(?:general|général|générale|exécutif|exécutive|executif)$/.test(last);
  return (
    endsWithRole &&
    words.every((w) => ROLE_WORDS.has(w) || TITLE_MODIFIERS.has(w) || CONNECTORS.has(w))
  );
}

type Rank = "directorate" | "branch" | null;

/** The unit a generic manager heads: a Director General a directorate, an ADM a branch. */
function rankOf(title: string): Rank {
  const key = titleKey(expandRoleAbbreviation(title));
  if (/^(?:director general|directeur general)$/.test(key)) return "directorate";
  if (
    /^(?:assistant deputy minister|sous[- ]ministre adjoint|senior assistant deputy minister)$/.test(
      key,
    )
  )
    return "branch";
  return null;
}

/**
 * A generic manager named by the document's own organization ("Director General" in the
 * Employment Insurance Policy directorate -> "Director General, Employment Insurance Policy"),
 * so that unrelated directorates' Directors General stay apart. Null when nothing qualifies it.
 * `subjectHeadsDirectorate`: the position described leads the directorate itself (a DG).
 */
export function qualifiedManagerTitle(
  title: string,
  organization: Organization,
  subjectHeadsDirectorate: boolean,
): string | null {
  const rank = rankOf(title);
  if (rank === null) return null;
  const unit =
    rank === "directorate" && !subjectHeadsDirectorate
      ? (organization.directorate ?? null)
      : rank === "branch" || subjectHeadsDirectorate
        ? organization.branch
        : null;
  if (!unit) return null;
  const name = unit.replace(/^(?:the\s+)?/i, "");
  return `${expandRoleAbbreviation(title)}, ${name}`;
}

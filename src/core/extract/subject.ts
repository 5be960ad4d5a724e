import type { Structure } from "./structure.ts";
import { SECTION_HEADINGS } from "./labels.ts";
import {
  isPlausibleTitle,
  acronymKey,
  acronymOf,
  cleanTitle,
  hasRoleWord,
  readTitleBackward,
  readTitleForward,
  titleKey,
} from "./titles.ts";
import { matchesNear, type Span } from "./text.ts";
import { expandRoleAbbreviation, isGenericTitle } from "./names.ts";

/** A title field's value as a title: the words of the title, not what a form printed after it. */
function titleOfField(value: string): string {
  const read = readTitleForward(value, 0, 200);
  const whole = cleanTitle(value);
  // Fields hold the title as written ("Director, Business integration and …"): keep it whole
  // unless it runs into another cell of a form ("Director, Passport | Position Job Code").
  return read && /[|]/.test(value.slice(read.end)) ? read.title : whole;
}

/** The position a document describes, with every name the document gives it. */
export interface Subject {
  title: string;
  span: Span;
  /** Other full names for the same position in this document (header vs body). */
  aliases: string[];
  /** Abbreviations the document defines for it ("D/E", "ED/S"). */
  abbreviations: string[];
  /** The header's title when the body and certification call the position something else. */
  overriddenHeaderTitle: string | null;
}

/** Abbreviations defined in the text: "Chief Executive Officer (CEO)" gives CEO -> Chief Executive Officer. */
export function findAbbreviations(clean: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of clean.matchAll(/\(([A-Z][A-Za-z/&.]{1,10})\)/g)) {
    const abbr = m[1] ?? "";
    const key = acronymKey(abbr);
    if (key.length < 2 || found.has(key)) continue;
    const before = readTitleBackward(clean, m.index);
    if (!before) continue;
    const words = before.title.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const candidate = cleanTitle(words.slice(i).join(" "));
      if (acronymOf(candidate) === key) {
        found.set(key, candidate);
        break;
      }
    }
  }
  // The reverse form: "CPS (Core Public Service)".
  for (const m of clean.matchAll(/\b([A-Z]{2,8})\s\(([A-Z][^()]{3,80})\)/g)) {
    const key = acronymKey(m[1] ?? "");
    if (!found.has(key) && acronymOf(m[2] ?? "") === key) found.set(key, cleanTitle(m[2] ?? ""));
  }
  return found;
}

const GENERIC_HEADINGS = new Set([
  "job description",
  "position description",
  "description de poste",
  "description de travail",
  ...SECTION_HEADINGS,
]);

interface Candidate {
  title: string;
  span: Span;
  from: "header" | "heading" | "body" | "certification";
}

const BODY_SUBJECT =
  /\b(?:The|the|Le|La|le|la),?\s+([^()\n.;]{3,100}?)\s*(?:\(([A-Za-z/&.-]{1,10})\))?(?:\s+of\s+the\s+[\p{Lu}][^()\n.;,]{2,60}?)?,?\s+(?:(?:is|Is|est)\s+(?:directly\s+)?(?:accountable|responsible|responsable|chargée?)|provides|leads|directs|a pour responsabilit)\b/gu;

/** BODY_SUBJECT's verbs: the pattern runs only in the words before one of them. */
const BODY_SUBJECT_VERB =
  /accountable|responsible|responsable|charg[ée]|provides|leads|directs|a pour responsabilit/g;

/** "Major challenges for the DG, Employment Communications and Operations:" names the position. */
const CHALLENGES_SUBJECT = /\bmajor challenges (?:for|of) the\s+/gi;

function candidatesOf(structure: Structure): Candidate[] {
  const { clean } = structure;
  const list: Candidate[] = [];
  const header = structure.fields.find((f) => f.field === "title");
  // "CDS Director, Policy & Strategy (ESDC) / Director, Policy and Strategy (TBS)": two names.
  for (const name of header ? header.value.split(/\s+\/\s+/) : []) {
    const title = titleOfField(name);
    if (!header || !title || !isPlausibleTitle(title)) continue;
    const valueStart =
      header.span.start + clean.slice(header.span.start, header.span.end).indexOf(name);
    list.push({
      title,
      span: { start: Math.max(header.span.start, valueStart), end: header.span.end },
      from: "header",
    });
  }
  const heading = structure.headings.find(
    (h) => h.level <= 3 && !GENERIC_HEADINGS.has(h.heading.toLowerCase()) && hasRoleWord(h.heading),
  );
  if (heading && !header)
    list.push({ title: cleanTitle(heading.heading), span: heading.headingSpan, from: "heading" });
  // An organization structure describes other positions ("The Manager, X, is responsible …").
  const structures = structure.sections.filter((s) => /structure|organi[sz]ation/i.test(s.heading));
  for (const m of matchesNear(clean, BODY_SUBJECT_VERB, BODY_SUBJECT, 200, 0)) {
    if (structures.some((s) => m.index >= s.body.start && m.index < s.body.end)) continue;
    // "In the assigned area, the Sector Director is responsible": keep only the words of the title.
    const read = readTitleForward(m[1] ?? "", 0);
    const title =
      read && read.end >= (m[1] ?? "").trimEnd().length - 1
        ? read.title
        : cleanTitle((m[1] ?? "").replace(/^.*\bthe\s+(?=\p{Lu})/u, ""));
    if (
      hasRoleWord(title) &&
      title.split(/\s+/).length <= 12 &&
      /^\p{Lu}/u.test(title) &&
      title
        .split(/\s+/)
        .every((w) => /^[\p{Lu}&]/u.test(w) || /^(of|and|for|de|du|des|la|le|et|the)$/.test(w))
    ) {
      const start = m.index + m[0].indexOf(m[1] ?? "");
      list.push({ title, span: { start, end: start + (m[1] ?? "").length }, from: "body" });
      break;
    }
  }
  for (const m of clean.matchAll(CHALLENGES_SUBJECT)) {
    const read = readTitleForward(clean, m.index + m[0].length);
    if (read && hasRoleWord(read.title))
      list.push({ title: expandRoleAbbreviation(read.title), span: read, from: "body" });
  }
  const cert = /position of\s+/i.exec(
    clean.slice(clean.search(/CERTIFICATION|Certification/) + 1 || 0),
  );
  if (cert) {
    const offset =
      (clean.search(/CERTIFICATION|Certification/) + 1 || 0) + cert.index + cert[0].length;
    const read = readTitleForward(clean, offset);
    if (read && hasRoleWord(read.title))
      list.push({
        title: read.title,
        span: { start: read.start, end: read.end },
        from: "certification",
      });
  }
  return list;
}

/** True when `short` is the first words of `long` ("Sector Director" of "Sector Director, Citizen Services"). */
export function isShortFormOf(short: string, long: string): boolean {
  return isKeyPrefix(titleKey(short), titleKey(long));
}

/** Words that make a title another rank: "Director" is not the "Director General". */
const RANK_AFTER = /^(?:general|generale|général|générale|adjoint|adjointe)$/;

/** `short` starts `long` and stops before a qualifier, not before a word of rank. */
export function isKeyPrefix(short: string, long: string): boolean {
  if (short === long || !long.startsWith(`${short} `)) return false;
  return !RANK_AFTER.test(long.slice(short.length + 1).split(" ")[0] ?? "");
}

function occurrences(haystack: string, needle: string): number {
  if (needle.length < 3) return 0;
  let count = 0;
  let at = haystack.indexOf(needle);
  while (at !== -1) {
    count++;
    at = haystack.indexOf(needle, at + needle.length);
  }
  return count;
}

/**
 * Finds the position a document describes. When the header and the body disagree (a header
 * left over from another position), the name the document repeats most wins and the other
 * becomes an alias, so the position is still found under either name.
 */
export function findSubject(
  structure: Structure,
  abbreviations: Map<string, string>,
): Subject | null {
  const candidates = candidatesOf(structure);
  if (candidates.length === 0) return null;
  const full = candidates.filter((c) => !candidates.some((o) => isShortFormOf(c.title, o.title)));
  const distinct = new Map<string, Candidate>();
  for (const c of full) if (!distinct.has(titleKey(c.title))) distinct.set(titleKey(c.title), c);
  const ranked = [...distinct.values()].sort(
    (a, b) => occurrences(structure.clean, b.title) - occurrences(structure.clean, a.title),
  );
  const winner = ranked[0];
  if (!winner) return null;
  const header = candidates.find((c) => c.from === "header");
  const overridden =
    header &&
    titleKey(header.title) !== titleKey(winner.title) &&
    !isShortFormOf(header.title, winner.title)
      ? header.title
      : null;
  // Shorter names the document also uses ("Director Operations" for "Director, Operations -
  // Federal Workers Compensation Services") find the position from other documents.
  const shorter = candidates
    .filter((c) => !full.includes(c) && !isGenericTitle(c.title))
    .map((c) => c.title);
  const aliases = [...new Set([...ranked.slice(1).map((c) => c.title), ...shorter])];
  const abbreviationsOfSubject = [...abbreviations.entries()]
    .filter(
      ([, expansion]) =>
        titleKey(expansion) === titleKey(winner.title) ||
        ranked.some((c) => titleKey(c.title) === titleKey(expansion)),
    )
    .map(([key]) => {
      const m = new RegExp(`\\((${key.split("").join("[/&.]?")})\\)`, "i").exec(structure.clean);
      return m?.[1] ?? key.toUpperCase();
    });
  return {
    title: winner.title,
    span: winner.span,
    aliases,
    abbreviations: abbreviationsOfSubject,
    overriddenHeaderTitle: overridden,
  };
}

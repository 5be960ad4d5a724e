/**
 * Everything a document says about who its position reports to, gathered and reconciled: the
 * supervisor field, "reports to" sentences, "one of five positions reporting to", and lists that
 * name the position among others. Names of one manager ("DG Corp. Planning & Management",
 * "Director General, Corporate Planning and Management Directorate") become one claim under the
 * fuller name; names that cannot be one manager stay apart (a conflict the graph reports).
 */
import type { ListItem } from "./items.ts";
import type { FoundReportList } from "./lists.ts";
import { expandRoleAbbreviation, fullerName, sameManagerName } from "./names.ts";
import { normalizeClassification } from "./ocr.ts";
import { type FoundPeerSentence, findReportsToSentences } from "./peers.ts";
import type { SubjectMatcher } from "./self.ts";
import type { Structure } from "./structure.ts";
import { sentenceAround, type Span } from "./text.ts";
import { cleanTitle, isPlausibleTitle, readTitleForward, startsPersonTitle } from "./titles.ts";

export interface ManagerClaim {
  title: string;
  span: Span;
  quote: string;
  classification: string | null;
  /** Other positions the same statement puts under this manager. */
  peers: ListItem[];
  statedCount: number | null;
  /** A list of reports whose manager is this one (the position's manager's other reports). */
  listManagerOf?: FoundReportList;
}

/** A supervisor field's value as a title: "I848, Director General, Evaluation", "X/Executive Head …". */
function titleOfSupervisorField(written: string): string | null {
  // OCR runs the next heading or label into the value: "DG Labour Market Integration ISSUES &
  // INITIATIVES: DIRECT REPORTS: …"; the value ends where an ALL-CAPS label begins.
  const value = written
    .replace(/\s+[A-Z]{3,}(?:\s+(?:&|[A-Z]{2,}))*\s*:.*$/s, "")
    .replace(/\s+[A-Z]{3,}(?:\s+(?:&|[A-Z]{2,}))+\s*$/, "");
  const slash = [...value.matchAll(/\//g)].find((m) => startsPersonTitle(value.slice(m.index + 1)));
  const head = slash ? value.slice(0, slash.index) : value;
  const sentence = /\.\s|\s\|/.test(head) || head.split(/\s+/).length > 14;
  const title = sentence
    ? readTitleForward(head.replace(/^\s*[0-9OIl]*\d[0-9OIl]*\s*,\s*/, ""), 0)?.title
    : cleanTitle(head);
  return title && isPlausibleTitle(title) && /^\p{Lu}/u.test(title) ? title : null;
}

/** "84I63 [DG Policy Research- EX-O3]": a supervisor number with the title in brackets. */
function bracketedTitle(value: string): { title: string; classification: string | null } | null {
  const m = /\[([^\]]+)\]/.exec(value);
  if (!m) return null;
  const inside = m[1] ?? "";
  const classification = normalizeClassification(inside);
  const title = cleanTitle(inside.replace(/\s*[-–]\s*[A-Z]{2}-?[0-9OIl]{1,2}\s*$/, ""));
  return title && startsPersonTitle(expandRoleAbbreviation(title))
    ? { title, classification }
    : null;
}

/** A classification written right after a manager's title: "the Executive Director of X (EX-5)". */
function classificationAt(text: string, span: Span): string | null {
  const after = /^\s*\(([^)]{2,12})\)/.exec(text.slice(span.end, span.end + 20));
  return normalizeClassification(text.slice(span.start, span.end) + (after ? ` ${after[1]}` : ""));
}

export function claimsAboutSubject(
  structure: Structure,
  self: SubjectMatcher,
  reportLists: readonly FoundReportList[],
  peerSentences: readonly FoundPeerSentence[],
): ManagerClaim[] {
  const { clean, text } = structure;
  const claims: ManagerClaim[] = [];
  const plain = (
    title: string,
    span: Span,
    quote: string,
    classification: string | null = null,
  ) => {
    if (!isPlausibleTitle(title) || self.refersTo(title)) return;
    claims.push({ title, span, quote, classification, peers: [], statedCount: null });
  };
  const managerClass = structure.fields.find((f) => f.field === "managerClassification");
  const fieldClass = managerClass ? normalizeClassification(managerClass.value) : null;
  for (const field of structure.fields) {
    const quote = sentenceAround(text, field.span);
    if (field.field === "reportsTo") {
      const title = titleOfSupervisorField(field.value);
      if (title)
        plain(title, field.span, quote, normalizeClassification(field.value) ?? fieldClass);
    } else if (field.field === "supervisorNumber") {
      const named = bracketedTitle(field.value);
      if (named) plain(named.title, field.span, quote, named.classification ?? fieldClass);
    }
  }
  for (const sentence of findReportsToSentences(structure, (before) => self.isAbout(before)))
    plain(sentence.title, sentence.span, sentence.quote, classificationAt(clean, sentence.span));
  for (const sentence of peerSentences) {
    if (sentence.about && !self.refersTo(sentence.about.title, { statement: true })) continue;
    if (self.refersTo(sentence.managerTitle)) continue;
    claims.push({
      title: sentence.managerTitle,
      span: sentence.managerSpan,
      quote: sentence.quote,
      classification: classificationAt(clean, sentence.managerSpan),
      peers: sentence.peers,
      statedCount: sentence.statedCount,
    });
  }
  for (const list of reportLists) {
    if (!list.managerTitle || !list.managerSpan) continue;
    const mine = list.items.some((item) => self.refersTo(item.title));
    if (mine && !self.refersTo(list.managerTitle)) {
      claims.push({
        title: list.managerTitle,
        span: list.managerSpan,
        quote: list.quote,
        classification: null,
        peers: list.items.filter((item) => !self.refersTo(item.title)),
        statedCount: null,
      });
      continue;
    }
    // "Also reporting to the Senior Executive Director is a number of Directors, …": more
    // reports of the position's own manager.
    const same = claims.find(
      (c) => !c.listManagerOf && sameManagerName(c.title, list.managerTitle ?? ""),
    );
    if (same && !self.refersTo(list.managerTitle, { listManager: true }))
      claims.push({
        ...same,
        peers: [],
        statedCount: null,
        listManagerOf: list,
        quote: list.quote,
      });
  }
  return claims;
}

export interface ClaimGroup {
  title: string;
  aliases: string[];
  span: Span;
  quote: string;
  classification: string | null;
  claims: ManagerClaim[];
}

/** Claims naming one manager, under its fullest name; claims naming different ones stay apart. */
export function unifyClaims(
  claims: readonly ManagerClaim[],
  expand: (title: string) => string,
): ClaimGroup[] {
  const groups: ClaimGroup[] = [];
  for (const claim of claims) {
    const group = groups.find((g) =>
      [g.title, ...g.aliases].some((n) => sameManagerName(n, claim.title, expand)),
    );
    if (!group) {
      groups.push({ ...claim, aliases: [], claims: [claim] });
      continue;
    }
    const fuller = fullerName(group.title, claim.title);
    if (fuller !== group.title) {
      group.aliases.push(group.title);
      group.title = fuller;
    } else if (claim.title !== group.title && !group.aliases.includes(claim.title)) {
      group.aliases.push(claim.title);
    }
    group.classification ??= claim.classification;
    group.claims.push(claim);
  }
  return groups;
}

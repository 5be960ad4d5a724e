import type { Fact, Organization } from "../graph/schema.ts";
import { findDimensions, sizeInStructure, unitSizeOf } from "./dimensions.ts";
import { combineIdentical, type ListItem } from "./items.ts";
import { findReportLists } from "./lists.ts";
import { claimsAboutSubject, type ManagerClaim, unifyClaims } from "./manager-claims.ts";
import {
  abbreviationExpander,
  expandRoleAbbreviation,
  isGenericTitle,
  qualifiedManagerTitle,
  sameManagerName,
  withoutOwnOrganization,
} from "./names.ts";
import { CLASSIFICATION_GLOBAL, normalizeClassification, parseDate, repairDigits } from "./ocr.ts";
import { organizationFields, organizationOf } from "./organization.ts";
import { findPeerSentences } from "./peers.ts";
import { subjectMatcher } from "./self.ts";
import type { Structure } from "./structure.ts";
import { findAbbreviations, findSubject } from "./subject.ts";
import { blank, sentenceAround, type Span } from "./text.ts";
import { cleanTitle, titleKey } from "./titles.ts";
import type { DocumentExtraction, Mention, MentionRole } from "./types.ts";

function fieldValue(structure: Structure, field: string): { value: string; quote: string } | null {
  const hit = structure.fields.find((f) => f.field === field);
  if (!hit) return null;
  return { value: hit.value, quote: sentenceAround(structure.text, hit.span) };
}

/** "I848" -> "1848", "PASS-O3I4O" -> "PASS-03140", "TBD" -> null. */
function positionNumberOf(value: string | undefined): string | null {
  if (!value || /^(tbd|n\/a|none|à déterminer)\b/i.test(value.trim())) return null;
  // A form flattened by OCR may put other words first: "ministers, directs … O4577 processes".
  const token =
    /^\s*((?:[A-Z]{2,5}-)?[\dOIl][\dOIl -]*\d[\dOIl]*|[\dOIl]*\d[\dOIl]*)\b/.exec(value) ??
    /(?<![\p{L}\d-])([OIl]?\d[\dOIl]{3,})(?![\p{L}\d-])/u.exec(value);
  if (!token) return null;
  return repairDigits(token[1] ?? "")
    .replace(/\s+/g, "")
    .replace(/^([A-Z]{2,5}-)(.*)$/, (_m, p: string, n: string) => p + n);
}

/** "X & Y Secretariat" and "X, Y Secretariat": one name, written two ways. */
function sameWords(a: string, b: string): boolean {
  const words = (t: string) =>
    titleKey(t)
      .split(/[^\p{L}\d]+/u)
      .filter((w) => w !== "" && w !== "and" && w !== "et")
      .join(" ");
  return words(a) === words(b);
}

/**
 * A fingerprint of the organization above the document's unit; a generic manager ("Chief
 * Executive Officer") is one position per fingerprint, and one per document when nothing is known.
 */
function orgScope(organization: Organization, documentId: string): string {
  const parts = [organization.department, organization.branch];
  if (parts.every((p) => !p))
    return organization.directorate
      ? `dir:${titleKey(organization.directorate)}`
      : `doc:${documentId}`;
  return parts.map((p) => (p ? titleKey(p) : "")).join("|");
}

/**
 * Reads everything one document says: its own position, its manager, its reports, its peers,
 * its dimensions. Names are matched across documents later, in `resolve`.
 */
export function extractDocument(structure: Structure, documentId: string): DocumentExtraction {
  const { text } = structure;
  const abbreviations = findAbbreviations(structure.clean);
  const organizationHits = organizationFields(structure);
  const organization = organizationOf(organizationHits);
  const namesOf = (name: string | null) => {
    if (!name) return [];
    const abbr = [...abbreviations.entries()]
      .filter(([, full]) => titleKey(full) === titleKey(name))
      .map(([k]) => k);
    return [name, ...abbr];
  };
  // A manager named with its department or branch sits in it; one named with the document's
  // own directorate heads it ("Director, Data Review" of the Data Review directorate).
  const aboveNames = [organization.department, organization.branch].flatMap(namesOf);
  const orgNames = [...aboveNames, ...namesOf(organization.directorate)];
  const mentions: Mention[] = [];
  const add = (
    title: string,
    role: MentionRole,
    span: Span,
    details?: Partial<ListItem> & { aliases?: string[] },
    listIndex: number | null = null,
  ): number => {
    const expanded = expandRoleAbbreviation(title);
    mentions.push({
      title: expanded,
      role,
      span,
      quote: details?.quote ?? sentenceAround(text, span),
      classification: details?.classification ?? null,
      fte: details?.fte ?? null,
      ftePlanned: details?.ftePlanned ?? false,
      listIndex,
      aliases: [...new Set([...(expanded !== title ? [title] : []), ...(details?.aliases ?? [])])],
      count: details?.count ?? 1,
      scope: null,
      anchor: null,
    });
    return mentions.length - 1;
  };
  const extraction: DocumentExtraction = {
    documentId,
    organization,
    orgNames,
    abbreviations,
    subject: null,
    subjectAliases: [],
    overriddenHeaderTitle: null,
    subjectShortForms: [],
    mentions,
    relations: [],
    peerClaims: [],
    reportLists: [],
    subjectFacts: [],
    dimensions: [],
    positionNumber: positionNumberOf(fieldValue(structure, "positionNumber")?.value),
    jobCode: positionNumberOf(fieldValue(structure, "jobCode")?.value),
    unitSize: null,
  };
  const found = findSubject(structure, abbreviations);
  if (!found) return extraction;

  const level = ownClassification(structure);
  const subject = add(found.title, "subject", found.span, { classification: level?.value ?? null });
  extraction.subject = subject;
  extraction.subjectAliases = [...found.aliases, ...found.abbreviations];
  extraction.overriddenHeaderTitle = found.overriddenHeaderTitle;
  extraction.subjectShortForms = found.abbreviations;
  extraction.subjectFacts = [
    ...subjectFacts(structure, documentId, found.title, mentions[subject]?.quote ?? ""),
    ...organizationHits.map((o) => ({
      field: o.level,
      value: o.name,
      documentId,
      quote: sentenceAround(text, o.hit.span),
    })),
  ];
  if (level && !extraction.subjectFacts.some((f) => f.field === "classification"))
    extraction.subjectFacts.push({
      field: "classification",
      value: level.value,
      documentId,
      quote: level.quote,
    });
  extraction.dimensions = findDimensions(structure, documentId);
  const self = subjectMatcher(found, organization);
  extraction.unitSize =
    unitSizeOf(extraction.dimensions, found.title, orgNames) ??
    sizeInStructure(structure, (sentence) => self.isAbout(sentence));

  const reportLists = findReportLists(structure);
  const peerSentences = findPeerSentences(structure);
  const claims: ManagerClaim[] = claimsAboutSubject(structure, self, reportLists, peerSentences);
  const headsDirectorate =
    /^(?:director general|directeur général)/i.test(found.title) ||
    (organization.directorate !== null &&
      titleKey(found.title).endsWith(titleKey(organization.directorate)));
  const managerOf = new Map<ManagerClaim, number>();
  for (const group of unifyClaims(claims, abbreviationExpander(abbreviations))) {
    // "Chief Executive Officer, Canadian Digital Service" in a CDS document is its Chief
    // Executive Officer (the chart's frame names CDS): one position per organization.
    const own = withoutOwnOrganization(group.title, aboveNames);
    const generic = isGenericTitle(own);
    const qualified = generic ? qualifiedManagerTitle(own, organization, headsDirectorate) : null;
    // Qualified again by the organization it named, the manager keeps the document's wording.
    const written = qualified
      ? [group.title, ...group.aliases].find((n) => sameWords(n, qualified))
      : undefined;
    const title = written ?? qualified ?? own;
    const manager = add(title, "manager", group.span, {
      quote: group.quote,
      classification: group.classification,
      aliases: [...group.aliases, group.title, own].filter((a) => a !== title),
    });
    const mention = mentions[manager];
    if (mention && generic && !qualified)
      mention.scope = {
        kind: "org",
        key: `${orgScope(organization, documentId)}:${titleKey(own)}`,
      };
    for (const claim of group.claims) {
      managerOf.set(claim, manager);
      if (!claim.listManagerOf)
        extraction.relations.push({ manager, report: subject, quote: claim.quote });
    }
  }
  /**
   * A manager named again in the same document is the same mention ("The Executive Director,
   * LMSDP represents one of five …" about the position's own manager); a new generic one is one
   * position per organization.
   */
  const otherManager = (title: string, span: Span, quote?: string): number => {
    const expand = abbreviationExpander(abbreviations);
    const known = mentions.findIndex(
      (m) =>
        m.role === "manager" &&
        [m.title, ...m.aliases].some((n) => sameManagerName(n, title, expand)),
    );
    if (known !== -1) return known;
    const index = add(title, "manager", span, quote === undefined ? {} : { quote });
    const mention = mentions[index];
    if (mention && isGenericTitle(mention.title))
      mention.scope = {
        kind: "org",
        key: `${orgScope(organization, documentId)}:${titleKey(mention.title)}`,
      };
    return index;
  };
  const addItems = (anchor: number, items: readonly ListItem[], role: MentionRole) =>
    combineIdentical(items).flatMap((item, index) => {
      if (self.refersTo(item.title)) return [];
      const mention = add(item.title, role, item.span, item, index);
      const m = mentions[mention];
      if (m) m.anchor = anchor;
      if (m && isGenericTitle(m.title)) m.scope = { kind: "under", mention: anchor };
      return [mention];
    });
  for (const claim of claims) {
    const manager = managerOf.get(claim);
    if (manager === undefined || (claim.peers.length === 0 && claim.statedCount === null)) continue;
    const peers = addItems(manager, claim.peers, "peer");
    for (const peer of peers)
      extraction.relations.push({
        manager,
        report: peer,
        quote: mentions[peer]?.quote ?? claim.quote,
      });
    extraction.peerClaims.push({
      manager,
      members: [subject, ...peers],
      statedCount: claim.statedCount,
      quote: claim.quote,
    });
  }
  for (const list of reportLists) {
    if (list.items.some((item) => self.refersTo(item.title))) continue; // read as a peer list
    const ownList = !list.managerTitle || self.refersTo(list.managerTitle, { listManager: true });
    const managerClaim = ownList ? undefined : claims.find((c) => c.listManagerOf === list);
    const manager = ownList
      ? subject
      : ((managerClaim && managerOf.get(managerClaim)) ??
        otherManager(list.managerTitle ?? "", list.managerSpan ?? found.span));
    const listed = list.described
      ? list.items.filter((i) => !claims.some((c) => sameManagerName(c.title, i.title)))
      : list.items;
    const items = addItems(manager, listed, "report");
    for (const report of items)
      extraction.relations.push({ manager, report, quote: mentions[report]?.quote ?? list.quote });
    extraction.reportLists.push({
      manager,
      items,
      statedCount: list.statedCount,
      quote: list.quote,
    });
  }
  for (const sentence of peerSentences) {
    if (!sentence.about || self.refersTo(sentence.about.title, { statement: true })) continue;
    // "The Executive Director, X represents one of five … reporting to the Executive Head":
    // a line above the position, about the one the sentence names.
    const about = otherManager(sentence.about.title, sentence.about.span);
    const manager = otherManager(sentence.managerTitle, sentence.managerSpan, sentence.quote);
    extraction.relations.push({ manager, report: about, quote: sentence.quote });
  }
  return extraction;
}

/**
 * The position's own level: its classification field, else the first code in the header once
 * the supervisor's fields are set aside (forms whose labels OCR lost: "GROUP/LEVEL … EXO3").
 */
function ownClassification(structure: Structure): { value: string; quote: string } | null {
  const field = structure.fields.find((f) => f.field === "classification");
  if (field) {
    const value = normalizeClassification(field.value);
    return value ? { value, quote: sentenceAround(structure.text, field.span) } : null;
  }
  const supervisor = structure.fields.filter((f) =>
    ["reportsTo", "managerClassification", "supervisorNumber"].includes(f.field),
  );
  const header = blank(
    structure.clean.slice(0, structure.headerEnd),
    supervisor.map((f) => f.span),
  ).replace(/supervisor[\s\S]*$/i, "");
  const code = CLASSIFICATION_GLOBAL.source;
  for (const m of header.matchAll(new RegExp(code, "g"))) {
    const value = normalizeClassification(m[0]);
    if (value)
      return {
        value,
        quote: sentenceAround(structure.text, { start: m.index, end: m.index + m[0].length }),
      };
  }
  return null;
}

function subjectFacts(
  structure: Structure,
  documentId: string,
  title: string,
  titleQuote: string,
): Fact[] {
  const facts: Fact[] = [];
  const push = (field: Fact["field"], value: string | null, quote: string) => {
    if (value) facts.push({ field, value, documentId, quote });
  };
  for (const hit of structure.fields) {
    const quote = sentenceAround(structure.text, hit.span);
    switch (hit.field) {
      case "title":
        push("title", cleanTitle(hit.value), quote);
        break;
      case "classification":
        push("classification", normalizeClassification(hit.value), quote);
        break;
      case "positionNumber":
        push("positionNumber", positionNumberOf(hit.value), quote);
        break;
      case "effectiveDate":
        push("effectiveDate", parseDate(hit.value), quote);
        break;
      case "location":
        push("location", hit.value, quote);
        break;
      default:
        break;
    }
  }
  if (!facts.some((f) => f.field === "title")) push("title", title, titleQuote);
  return facts;
}

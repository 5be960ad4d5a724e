import type { Fact, Organization } from "../graph/schema.ts";
import { findDimensions } from "./dimensions.ts";
import {
  findPeerSentences,
  findReportLists,
  findReportsToSentences,
  type ListItem,
} from "./lists.ts";
import { normalizeClassification, parseDate, repairDigits } from "./ocr.ts";
import type { Structure } from "./structure.ts";
import { findAbbreviations, findSubject, isShortFormOf } from "./subject.ts";
import { sentenceAround, type Span } from "./text.ts";
import { acronymKey, cleanTitle, isAcronym, isPlausibleTitle, titleKey } from "./titles.ts";
import type { DocumentExtraction, Mention, MentionRole } from "./types.ts";

function fieldValue(structure: Structure, field: string): { value: string; quote: string } | null {
  const hit = structure.fields.find((f) => f.field === field);
  if (!hit) return null;
  return { value: hit.value, quote: sentenceAround(structure.text, hit.span) };
}

function organizationOf(structure: Structure): Organization {
  const pick = (field: string) => {
    const v = fieldValue(structure, field)?.value;
    return v ? cleanTitle(v.replace(/\s*\([A-Z/]+\)\s*$/, "")) || null : null;
  };
  return {
    department: pick("department"),
    branch: pick("branch"),
    directorate: pick("directorate"),
  };
}

/**
 * Reads everything one document says: its own position, its manager, its reports, its peers,
 * its dimensions. Names are matched across documents later, in `resolve`.
 */
export function extractDocument(structure: Structure, documentId: string): DocumentExtraction {
  const { text } = structure;
  const abbreviations = findAbbreviations(structure.clean);
  const organization = organizationOf(structure);
  const orgNames = [organization.department, organization.branch, organization.directorate].flatMap(
    (name) => {
      if (!name) return [];
      const abbr = [...abbreviations.entries()]
        .filter(([, full]) => titleKey(full) === titleKey(name))
        .map(([k]) => k);
      return [name, ...abbr];
    },
  );
  const mentions: Mention[] = [];
  const add = (
    title: string,
    role: MentionRole,
    span: Span,
    details?: Partial<ListItem>,
    listIndex: number | null = null,
  ): number => {
    mentions.push({
      title,
      role,
      span,
      quote: details?.quote ?? sentenceAround(text, span),
      classification: details?.classification ?? null,
      fte: details?.fte ?? null,
      ftePlanned: details?.ftePlanned ?? false,
      listIndex,
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
  };
  const found = findSubject(structure, abbreviations);
  if (!found) return extraction;

  const classificationField = fieldValue(structure, "classification");
  const subject = add(found.title, "subject", found.span, {
    classification: classificationField ? normalizeClassification(classificationField.value) : null,
  });
  extraction.subject = subject;
  extraction.subjectAliases = [...found.aliases, ...found.abbreviations];
  extraction.overriddenHeaderTitle = found.overriddenHeaderTitle;
  extraction.subjectShortForms = found.abbreviations;
  extraction.subjectFacts = subjectFacts(
    structure,
    documentId,
    found.title,
    mentions[subject]?.quote ?? "",
  );
  extraction.dimensions = findDimensions(structure, documentId);

  const refersToSubject = (title: string) => {
    const key = titleKey(title);
    if (key === titleKey(found.title) || found.aliases.some((a) => titleKey(a) === key))
      return true;
    if (isAcronym(title) && found.abbreviations.some((a) => acronymKey(a) === acronymKey(title)))
      return true;
    return (
      isShortFormOf(title, found.title) ||
      /^(incumbent|position|director|manager|titulaire)$/i.test(key)
    );
  };

  const managerField = structure.fields.find((f) => f.field === "reportsTo");
  if (managerField) {
    const title = cleanTitle(managerField.value);
    if (isPlausibleTitle(title) && !refersToSubject(title)) {
      const manager = add(title, "manager", managerField.span);
      extraction.relations.push({
        manager,
        report: subject,
        quote: sentenceAround(text, managerField.span),
      });
    }
  }
  for (const sentence of findReportsToSentences(structure, [found.title, ...found.aliases])) {
    if (!isPlausibleTitle(sentence.title) || refersToSubject(sentence.title)) continue;
    const manager = add(sentence.title, "manager", sentence.span, { quote: sentence.quote });
    extraction.relations.push({ manager, report: subject, quote: sentence.quote });
  }
  for (const list of findReportLists(structure)) {
    const manager =
      list.managerTitle && !refersToSubject(list.managerTitle) && list.managerSpan
        ? add(list.managerTitle, "manager", list.managerSpan)
        : subject;
    const items = list.items
      .filter((item) => !refersToSubject(item.title))
      .map((item, index) => add(item.title, "report", item.span, item, index));
    for (const report of items)
      extraction.relations.push({ manager, report, quote: mentions[report]?.quote ?? list.quote });
    extraction.reportLists.push({
      manager,
      items,
      statedCount: list.statedCount,
      quote: list.quote,
    });
  }
  for (const peerSentence of findPeerSentences(structure)) {
    const manager = add(peerSentence.managerTitle, "manager", peerSentence.managerSpan, {
      quote: peerSentence.quote,
    });
    extraction.relations.push({ manager, report: subject, quote: peerSentence.quote });
    const members = [subject];
    for (const peer of peerSentence.peers) {
      if (refersToSubject(peer.title)) continue;
      const index = add(peer.title, "peer", peer.span, peer);
      members.push(index);
      extraction.relations.push({ manager, report: index, quote: peer.quote });
    }
    extraction.peerClaims.push({
      manager,
      members,
      statedCount: peerSentence.statedCount,
      quote: peerSentence.quote,
    });
  }
  return extraction;
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
        push(
          "positionNumber",
          /^[\dOIl -]+$/.test(hit.value) && /\d/.test(hit.value)
            ? repairDigits(hit.value).trim()
            : /^(tbd|n\/a|none|à déterminer)$/i.test(hit.value)
              ? null
              : hit.value,
          quote,
        );
        break;
      case "effectiveDate":
        push("effectiveDate", parseDate(hit.value), quote);
        break;
      case "location":
        push("location", hit.value, quote);
        break;
      case "department":
      case "branch":
      case "directorate":
        push(hit.field, cleanTitle(hit.value), quote);
        break;
      default:
        break;
    }
  }
  if (!facts.some((f) => f.field === "title")) push("title", title, titleQuote);
  return facts;
}

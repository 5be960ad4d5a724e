import { findFte, normalizeClassification } from "./ocr.ts";
import type { Structure } from "./structure.ts";
import { countWord, sentenceAround, type Span } from "./text.ts";
import {
  cleanTitle,
  isPlausibleTitle,
  lowercaseContentWords,
  readTitleBackward,
  readTitleForward,
  splitTitleList,
} from "./titles.ts";

/** One item of a list of reports or peers, as written. */
export interface ListItem {
  title: string;
  span: Span;
  classification: string | null;
  fte: number | null;
  ftePlanned: boolean;
  quote: string;
}

export interface FoundReportList {
  /** The manager named by the trigger ("report to the Executive Director, Service"), if any. */
  managerTitle: string | null;
  managerSpan: Span | null;
  statedCount: number | null;
  items: ListItem[];
  quote: string;
}

export interface FoundPeerSentence {
  managerTitle: string;
  managerSpan: Span;
  statedCount: number | null;
  peers: ListItem[];
  quote: string;
}

const SENTENCE_START = String.raw`(?<=^|[.!?:]\s{1,4}|\n[#*\s]*|\s{3}|[A-Z]{3}\s)`;

/** Where the first sentence of a list ends: a period before a capital, a heading, a bullet or the end. */
function firstSentenceLength(text: string): number {
  const end = text.search(/[.!?](?=\s*$|\s+[\p{Lu}"#*]|\s*\n)/u);
  return end === -1 ? text.length : end;
}
const REPORT_TRIGGER = new RegExp(
  [
    String.raw`${SENTENCE_START}reporting (?:directly )?to (?:the |this )?(?<m1>[^\n:.;]{1,80}?) (?:are|is)\b(?<count1>\s+\w+)?`,
    String.raw`\bthe following (?:[\p{L}-]+ ){0,3}reports? (?:directly )?to (?:the )?(?<m2>[^\n:;]{1,80}?)\s*:`,
    String.raw`\b(?:the incumbent|this position|the position|the (?<m3>[\p{Lu}][^\n:.;]{1,60}?)) (?:directly )?(?:supervises|manages|oversees|leads)(?: the following)?(?<count3> \w+)?[^\n:.]{0,40}:`,
    String.raw`${SENTENCE_START}direct reports?\s*(?:are|include|:)`,
    String.raw`\b(?:le titulaire|la titulaire|ce poste) (?:supervise|gère|dirige)(?<count6> \p{L}+)?[^\n:.]{0,40}:`,
    String.raw`\b(?:les postes|les équipes|les unités) suivant(?:e)?s relèvent d(?:u|e la|e l['’])\s*(?<m4>[^\n:]{1,80}?)\s*:`,
    String.raw`${SENTENCE_START}relèvent d(?:u|e la|e l['’])\s*(?<m5>[^\n:]{1,80}?)\s*:`,
  ].join("|"),
  "giu",
);

// Cheap literals that every trigger contains; the full pattern only runs in a window around them.
const TRIGGER_KEYWORD =
  /reporting|following|supervise|manages|oversees|leads|direct report|relèvent|gère|dirige/giu;
const WINDOW_BEFORE = 90;
const WINDOW_AFTER = 260;

/**
 * Runs REPORT_TRIGGER only near its keywords. The pattern's lazy title groups make a scan of
 * the whole text slow; windows keep the cost proportional to the number of keywords.
 */
function triggersIn(clean: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let scannedTo = 0;
  for (const keyword of clean.matchAll(TRIGGER_KEYWORD)) {
    const start = Math.max(scannedTo, keyword.index - WINDOW_BEFORE);
    const end = Math.min(clean.length, keyword.index + WINDOW_AFTER);
    if (start >= end) continue;
    // A little context before the window keeps the sentence-start lookbehind honest.
    const contextStart = Math.max(0, start - 6);
    const window = clean.slice(contextStart, end);
    REPORT_TRIGGER.lastIndex = start - contextStart;
    for (let m = REPORT_TRIGGER.exec(window); m; m = REPORT_TRIGGER.exec(window)) {
      m.index += contextStart;
      found.push(m);
      scannedTo = Math.max(scannedTo, m.index + m[0].length);
    }
    scannedTo = Math.max(scannedTo, keyword.index + 1);
  }
  return found;
}

const REPORTS_TO_VERB =
  /(?<=\s)(?:reports|is accountable|relève)\s+(?:directly\s+)?(?:to|du|de la|de l['’])\s+(?:the\s+)?/giu;

const PEER_SENTENCE =
  /\b(?:is one of (?<between>(?:[\p{L}-]+ ){0,4}?)(?:positions?|executives?|[\p{L}-]+s) reporting (?:directly )?to (?:the )?|est l['’]une? des (?<entre>(?:[\p{L}-]+ ){0,4}?)(?:postes?|[\p{L}-]+s) relevant d(?:u|e la|e l['’]|es)\s*)/giu;

const BULLET = /^[ \t]*(?:[*+-]|\d{1,2}[.)])[ \t]+(.+)$/gm;

function detailsOf(text: string): Pick<ListItem, "classification" | "fte" | "ftePlanned"> {
  const fte = findFte(text);
  return {
    classification: normalizeClassification(text),
    fte: fte?.fte ?? null,
    ftePlanned: fte?.planned ?? false,
  };
}

function looksLikeTitle(title: string): boolean {
  const words = title.split(/\s+/);
  return isPlausibleTitle(title) && words.length <= 12 && lowercaseContentWords(title) <= 3;
}

/** "**Outreach Team (8 FTEs):** Works to …", "Data Team - 6 FTEs", "Head of X (CS-05, 4 FTEs) accountable for …" */
function itemFromText(text: string, offset: number, source: string): ListItem | null {
  const content = text.replace(/\*\*|__/g, (m) => " ".repeat(m.length));
  // Separators inside "(interchange - CS-05 equivalent)" do not end the title.
  const outsideParens = content.replace(/\([^()]*\)/g, (m) => "(" + "x".repeat(m.length - 2) + ")");
  const cut =
    /\s*(?::|\s[–—]\s|\s-\s(?!\s*[\dOIl]+\s*FTE)|,?\s+(?:accountable|responsible|which|who|that)\b)/u.exec(
      outsideParens,
    );
  const headEnd = cut ? cut.index : content.length;
  const head = content.slice(0, headEnd);
  const sizeAfterDash = /^\s*[-–—]\s*(?:\(?(?:planned|proposed)?\s*[\dOIl]+\s*FTEs?\)?)/i.exec(
    content.slice(headEnd),
  );
  const details = detailsOf(head + (sizeAfterDash ? sizeAfterDash[0] : ""));
  const title = cleanTitle(head.replace(/\s[-–—]\s*\(?(?:planned\s*)?[\dOIl]+\s*FTEs?\)?.*$/i, ""));
  if (!title || !looksLikeTitle(title)) return null;
  const titleStart = offset + content.indexOf(title.split(/\s+/)[0] ?? "");
  const span = { start: Math.max(offset, titleStart), end: offset + headEnd };
  return { title, span, ...details, quote: sentenceAround(source, span) };
}

/** Where a list that follows a trigger ends: the next heading or, in markdown, the end of its bullets. */
function listRegion(structure: Structure, from: number): Span {
  const { clean } = structure;
  const nextHeading =
    structure.sections.find((s) => s.headingSpan.start >= from)?.headingSpan.start ?? clean.length;
  if (structure.format !== "markdown")
    return { start: from, end: Math.min(nextHeading, from + 8000) };
  const blankLine = /\n[ \t]*\n(?![ \t]*(?:[*+-]|\d{1,2}[.)])[ \t])/g;
  blankLine.lastIndex = from;
  let end = nextHeading;
  const afterFirstLine = clean.indexOf("\n", from);
  for (let m = blankLine.exec(clean); m; m = blankLine.exec(clean)) {
    // The blank line right after a heading-trigger does not end the list.
    if (m.index <= afterFirstLine + 1 && !/\S/.test(clean.slice(from, m.index))) continue;
    end = Math.min(end, m.index);
    break;
  }
  return { start: from, end };
}

function itemsInRegion(structure: Structure, region: Span): ListItem[] {
  const { clean, text } = structure;
  const body = clean.slice(region.start, region.end);
  const bullets = [...body.matchAll(BULLET)];
  if (bullets.length > 0) {
    return bullets.flatMap((b) => {
      const content = b[1] ?? "";
      const item = itemFromText(content, region.start + b.index + b[0].indexOf(content), text);
      return item ? [item] : [];
    });
  }
  const firstSentence = body.slice(0, firstSentenceLength(body));
  const parenthesized = [...body.matchAll(/\(([^()]{1,60})\)/g)].filter((m) => {
    const d = detailsOf(m[1] ?? "");
    return d.classification !== null || d.fte !== null;
  });
  if (!firstSentence.includes(";") && parenthesized.length > 0) {
    return parenthesized.flatMap((m) => {
      const at = region.start + m.index;
      const read = readTitleBackward(clean, at);
      if (!read || !looksLikeTitle(read.title)) return [];
      const span = { start: read.start, end: at + m[0].length };
      return [
        { title: read.title, span, ...detailsOf(m[1] ?? ""), quote: sentenceAround(text, span) },
      ];
    });
  }
  return itemsOfInlineList(structure, region.start, firstSentence);
}

function itemsOfInlineList(structure: Structure, offset: number, list: string): ListItem[] {
  const items: ListItem[] = [];
  let cursor = 0;
  for (const piece of splitTitleList(list)) {
    const at = list.indexOf(piece.split(/[,\s]/)[0] ?? piece, cursor);
    const item = itemFromText(piece, offset + Math.max(at, 0), structure.text);
    if (at >= 0) cursor = at + 1;
    if (item)
      items.push({
        ...item,
        quote: sentenceAround(structure.text, { start: offset, end: offset + list.length }),
      });
  }
  return items;
}

/** Finds the lists of direct reports in a document, whatever phrasing introduces them. */
export function findReportLists(structure: Structure): FoundReportList[] {
  const { clean, text } = structure;
  const lists: FoundReportList[] = [];
  for (const m of triggersIn(clean)) {
    const groups = m.groups ?? {};
    const named = groups.m1 ?? groups.m2 ?? groups.m3 ?? groups.m4 ?? groups.m5 ?? null;
    const managerTitle = named ? cleanTitle(named) : null;
    const namedAt = named ? m.index + m[0].indexOf(named) : -1;
    const triggerEnd = m.index + m[0].length;
    const colon = m[0].endsWith(":")
      ? -1
      : clean.slice(triggerEnd, triggerEnd + 400).search(/:|\n/);
    const listStart = colon === -1 ? triggerEnd : triggerEnd + colon + 1;
    const items = itemsInRegion(structure, listRegion(structure, listStart));
    if (items.length === 0) continue;
    lists.push({
      managerTitle,
      managerSpan: named ? { start: namedAt, end: namedAt + named.length } : null,
      statedCount: countWord((groups.count1 ?? groups.count3 ?? groups.count6)?.trim()),
      items,
      quote: sentenceAround(text, { start: m.index, end: triggerEnd }),
    });
  }
  return lists;
}

/** "X is one of five positions reporting to the CEO, CDS. The others are: A, B and C." */
export function findPeerSentences(structure: Structure): FoundPeerSentence[] {
  const { clean, text } = structure;
  const found: FoundPeerSentence[] = [];
  const matches = /one of|l['’]une? des/.test(clean) ? clean.matchAll(PEER_SENTENCE) : [];
  for (const m of matches) {
    const manager = readTitleForward(clean, m.index + m[0].length);
    if (!manager) continue;
    const statedCount =
      (m.groups?.between ?? m.groups?.entre ?? "")
        .split(/\s+/)
        .map(countWord)
        .find((n) => n !== null) ?? null;
    const rest = clean.slice(manager.end, manager.end + 1500);
    const peers: ListItem[] = [];
    const others =
      /^[,.]?\s*(?:[^.]{0,80}?)\b(?:the others are|others are|the other positions are|les autres sont)\s*:?\s*/i.exec(
        rest,
      );
    if (others) {
      const listStart = manager.end + others.index + others[0].length;
      const tail = clean.slice(listStart, listStart + 1000);
      const list = tail.slice(0, firstSentenceLength(tail));
      // The peers' evidence is the whole statement: who they report to and who they are.
      const statement = sentenceAround(text, { start: m.index, end: listStart + list.length });
      peers.push(
        ...itemsOfInlineList(structure, listStart, list).map((p) => ({ ...p, quote: statement })),
      );
    }
    const sentence = rest.slice(0, Math.min(300, firstSentenceLength(rest)));
    for (const addition of sentence.matchAll(/\bin addition to (?:the )?/gi)) {
      const at = manager.end + addition.index + addition[0].length;
      const read = readTitleForward(clean, at);
      if (read)
        peers.push({
          title: read.title,
          span: { start: read.start, end: read.end },
          classification: null,
          fte: null,
          ftePlanned: false,
          quote: sentenceAround(text, read),
        });
    }
    found.push({
      managerTitle: manager.title,
      managerSpan: { start: manager.start, end: manager.end },
      statedCount,
      peers,
      quote: sentenceAround(text, { start: m.index, end: manager.end }),
    });
  }
  return found;
}

/** "The incumbent reports to the Director General" and "is accountable to the Chief Executive Officer". */
export function findReportsToSentences(
  structure: Structure,
  subjectNames: readonly string[],
): { title: string; span: Span; quote: string }[] {
  const { clean, text } = structure;
  const results: { title: string; span: Span; quote: string }[] = [];
  for (const m of clean.matchAll(REPORTS_TO_VERB)) {
    // Only when the sentence's subject is this position: "The incumbent", "The Director, X (D/X),".
    const before = clean
      .slice(Math.max(0, m.index - 160), m.index)
      .replace(/[\s,]+$/, "")
      .replace(/\s*\([^()]{1,12}\)$/, "");
    const aboutSubject =
      /\b(?:incumbent|position|poste)$/i.test(before) ||
      subjectNames.some((n) => before.endsWith(n));
    if (!aboutSubject) continue;
    const read = readTitleForward(clean, m.index + m[0].length);
    if (read)
      results.push({
        title: read.title,
        span: { start: read.start, end: read.end },
        quote: sentenceAround(text, { start: m.index, end: read.end }),
      });
  }
  return results;
}

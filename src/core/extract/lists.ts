import { detailsOf, itemFromText, type ListItem, looksLikeTitle, startsWithName } from "./items.ts";
import type { Structure } from "./structure.ts";
import { countWord, matchesNear, sentenceAround, type Span } from "./text.ts";
import { describedStaff, singleReports } from "./report-sentences.ts";
import { splitTitleList } from "./title-lists.ts";
import { cleanTitle, hasRoleWord, readTitleBackward, startsPersonTitle } from "./titles.ts";

export type { ListItem } from "./items.ts";

export interface FoundReportList {
  /** The manager named by the trigger ("report to the Executive Director, Service"), if any. */
  managerTitle: string | null;
  managerSpan: Span | null;
  statedCount: number | null;
  items: ListItem[];
  quote: string;
  /** Read from sentences that describe each position ("The Manager, X, is responsible for …"). */
  described?: boolean;
}

export const SENTENCE_START = String.raw`(?<=^|[.!?:]\s{1,4}|\n[#*\s]*|\s{3}|[A-Z]{3}\s)`;
/**
 * A sentence's start for a French trigger: the patterns are case-insensitive, so SENTENCE_START's
 * capital heading matches any word, and "… postes qui relèvent du directeur" is a peer statement.
 */
const FRENCH_SENTENCE_START = String.raw`(?<=^|[.!?:]\s{1,4}|\n[#*\s]*|\s{3})`;

/**
 * Where the first sentence of a list ends: a period before a capital, a heading, a bullet or
 * the end. A period after a role word before another title is OCR's comma, not an end.
 */
export function firstSentenceLength(text: string): number {
  const end = /[.!?](?=\s*$|\s+[\p{Lu}"#*]|\s*\n)/gu;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const after = text.slice(m.index + 1, m.index + 120);
    const next = after.slice(0, Math.max(0, after.search(/[.;]|$/)));
    if (
      /^\s+\p{Lu}/u.test(after) &&
      startsPersonTitle(next) &&
      !/\s\p{Ll}{4,}\s/u.test(` ${next} `.replace(/\b(?:and|of|the|for|et|de|du|des|la)\b/g, ""))
    )
      continue;
    return m.index;
  }
  return text.length;
}

const M1 = String.raw`${SENTENCE_START}(?:also )?(?:(?:senior |other )?positions? )?reporting (?:directly )?to (?:the |this )?(?<m1>[^\n:.;]{1,80}?),? (?:are|is|consist of|include)\b(?<count1>\s+\w+)?`;
const M2 = String.raw`\bthe following (?:[\p{L}-]+ ){0,3}reports? (?:directly )?to (?:the )?(?<m2>[^\n:;]{1,80}?)\s*(?::|(?=\n))`;
const M3 = String.raw`\b(?:the incumbent|this position|the position|the (?<m3>[\p{Lu}][^\n:.;]{1,60}?)) (?:directly )?(?:supervises|manages|oversees|leads)(?: the following)?(?<count3> \w+)?[^\n:.]{0,40}:`;
const M8 = String.raw`\b(?:the|this) (?<m8>[\p{Lu}][^\n:.;]{1,60}?) has (?<count8>\w+) positions? reporting to (?:it|him|her|him\/her)\b[^:\n]{0,40}:?`;
const DIRECT = String.raw`${SENTENCE_START}direct reports?(?: to (?:this|the) position)?\s*(?:are(?: the following)?|include|:)`;
const TITULAIRE = String.raw`\b(?:le titulaire|la titulaire|ce poste) (?:supervise|gère|dirige)(?<count6> \p{L}+)?[^\n:.]{0,40}:`;
const M4 = String.raw`\b(?:les|des) (?:(?<count7>\p{L}+) )?(?:postes|équipes|unités)(?: suivant(?:e)?s| ci-dessous)? rel[eè]vent d(?:u|e la|e l['’])\s*(?<m4>[^\n:;]{1,80}?)\s*[:;]`;
const M5 = String.raw`${FRENCH_SENTENCE_START}rel[eè]vent d(?:u|e la|e l['’])\s*(?<m5>[^\n:]{1,80}?)\s*:`;
const STAFF = String.raw`\b(?:is responsible for|manages|leads) (?:a )?staff of [^:\n]{1,60}?consisting of\s*:`;
const M9 = String.raw`${SENTENCE_START}(?:\*\*)?reporting (?:directly )?to (?:the )?(?<m9>[^\n:*.;]{1,80}?)\s*:`;

/**
 * The phrasings that introduce a list of reports, each group with the cheap words every one of
 * its phrasings contains: a group's pattern only runs in a window around its words.
 */
const REPORT_TRIGGERS: readonly { keyword: RegExp; pattern: RegExp }[] = [
  { keyword: /reporting/gi, patterns: [M1, M8, M9] },
  { keyword: /following/gi, patterns: [M2] },
  { keyword: /supervises|manages|oversees|leads/gi, patterns: [M3, STAFF] },
  { keyword: /direct report/gi, patterns: [DIRECT] },
  { keyword: /supervise|gère|dirige/gi, patterns: [TITULAIRE] },
  { keyword: /rel[eè]vent/gi, patterns: [M4, M5] },
  { keyword: /consisting of/gi, patterns: [STAFF] },
].map(({ keyword, patterns }) => ({ keyword, pattern: new RegExp(patterns.join("|"), "giu") }));
const WINDOW_BEFORE = 90;
const WINDOW_AFTER = 260;

/**
 * The phrasings introducing a list of reports, in order, without overlaps (at one place, the
 * first group's phrasing). Their lazy title groups make a scan of the whole text slow; windows
 * around their words keep the cost proportional to the number of words.
 */
function triggersIn(clean: string): RegExpExecArray[] {
  const all = REPORT_TRIGGERS.flatMap(({ keyword, pattern }, group) =>
    matchesNear(clean, keyword, pattern, WINDOW_BEFORE, WINDOW_AFTER).map((m) => ({ m, group })),
  ).sort((a, b) => a.m.index - b.m.index || a.group - b.group);
  const found: RegExpExecArray[] = [];
  let end = 0;
  for (const { m } of all) {
    if (m.index < end) continue;
    found.push(m);
    end = m.index + m[0].length;
  }
  return found;
}

const BULLET = /^[ \t]*(?:[*+-]|\d{1,2}[.)])[ \t]+(.+)$/gm;

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

/** "Head of X (CS-05, 4 FTEs) accountable for …" or "Director, Y responsible for …", one after another. */
const ANCHORED_ITEM = /\(([^()]{1,60})\)|\s(?:responsible|accountable) for\b/g;

function anchoredItems(structure: Structure, region: Span, body: string): ListItem[] {
  const { clean, text } = structure;
  const items: ListItem[] = [];
  for (const m of body.matchAll(ANCHORED_ITEM)) {
    const inParens = m[1] !== undefined;
    // "Head of Design (CS-05, 13 FTEs) accountable for": the parenthesis already anchored it.
    if (!inParens && /\)\s*[:,]?\s*$/.test(body.slice(0, m.index + 1))) continue;
    const details = detailsOf(m[1] ?? "");
    if (inParens && details.classification === null && details.fte === null) continue;
    const at = region.start + m.index;
    const read = readTitleBackward(clean, at);
    // Read out of running text, an item names a role ("Relations (12 FTEs)" is a fragment).
    if (!read || !looksLikeTitle(read.title) || !hasRoleWord(read.title)) continue;
    if (!inParens && !startsPersonTitle(read.title)) continue;
    const span = { start: read.start, end: at + (inParens ? m[0].length : 0) };
    const written = clean.slice(read.start, at);
    const named = itemFromText(`${written}${inParens ? ` ${m[0]}` : ""}`, read.start, text);
    items.push({
      ...details,
      classification: details.classification ?? named?.classification ?? null,
      title: named?.title ?? read.title,
      count: named?.count ?? details.count,
      span,
      quote: sentenceAround(text, span),
    });
  }
  return items;
}

function itemsInRegion(structure: Structure, region: Span): ListItem[] {
  const { clean } = structure;
  const body = clean.slice(region.start, region.end);
  if (/^[ \t]*(?:[*+-]|\d{1,2}[.)])[ \t]+\S/m.test(body)) return itemsInBullets(structure, region);
  const firstSentence = body.slice(0, firstSentenceLength(body));
  // "Head of X (CS-05, 4 FTEs) accountable for …", "Director, Y responsible for …; …. Director,
  // Z responsible for …": items anchored on their details or on what they are responsible for.
  const anchored = anchoredItems(structure, region, body);
  const inline = itemsOfInlineList(structure, region.start, firstSentence);
  const described = anchored.some((i) => i.classification !== null || i.fte !== null);
  return anchored.length > inline.length || (described && anchored.length === inline.length)
    ? anchored
    : inline;
}

/** A description inside an inline list runs to the next semicolon: "A, responsible for X, Y; B". */
const INLINE_DESCRIPTION =
  /(?:(?:,\s*|\s+)(?:each\s+)?(?:responsible|accountable|who|which|qui)\b|\s+(?:for|of|in)\s+which\b)(?:[^;(]|\((?![0-9IVX]{1,3}\)))*/giu;

export function itemsOfInlineList(structure: Structure, offset: number, list: string): ListItem[] {
  const items: ListItem[] = [];
  const names = list
    .replace(/\*\*/g, "  ")
    .replace(/\[[^\]]*\p{Ll}{3,}[^\]]*\]/gu, (m) => " ".repeat(m.length))
    .replace(INLINE_DESCRIPTION, (m) => " ".repeat(m.length));
  let cursor = 0;
  const pieces = splitTitleList(names);
  // Prose that merely contains titles ("a multi-level team responsible for … the Director
  // General; …") is no list: a list starts with a name.
  if (pieces[0] !== undefined && !startsWithName(pieces[0])) return [];
  for (const piece of pieces) {
    const head = piece.split(/[,\s]/).find((w) => w !== "") ?? piece;
    const at = names.indexOf(head, cursor);
    // In running text an item is named with a capital ("a multi-level team" is not a position).
    if (!startsWithName(piece)) continue;
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

/** A heading that names a report: "### Director, X (staff of 30) responsible for:". */
const REPORT_HEADING = /^(.{5,120}?)\s*(?:\([^)]*\))?\s*(?:responsible|accountable) for\s*:?\s*$/i;

function reportHeadings(structure: Structure): FoundReportList[] {
  return structure.headings.flatMap((h) => {
    const m = REPORT_HEADING.exec(h.heading);
    if (h.level < 3 || !m || !startsPersonTitle(m[1] ?? "")) return [];
    const at = Math.max(
      h.headingSpan.start,
      structure.clean.indexOf(h.heading, h.headingSpan.start),
    );
    const item = itemFromText(
      h.heading.replace(/\s(?:responsible|accountable) for.*$/i, ""),
      at,
      structure.text,
    );
    return item
      ? [
          {
            managerTitle: null,
            managerSpan: null,
            statedCount: null,
            items: [item],
            quote: item.quote,
          },
        ]
      : [];
  });
}

/**
 * Where a trigger's list starts: after its colon ("are three teams:"), on the next lines (a
 * heading), or in the same sentence ("are two generic managers").
 */
function listStartOf(clean: string, m: RegExpExecArray, triggerEnd: number): number {
  if (/[:;]$/.test(m[0])) return triggerEnd;
  const after = clean.slice(triggerEnd, triggerEnd + 400);
  const stop = after.search(/[:\n]|[.!?](?=\s)/);
  if (stop !== -1 && after[stop] === ":") return triggerEnd + stop + 1;
  if (stop !== -1 && after[stop] === "\n" && /^[\s*]*$/.test(after.slice(0, stop)))
    return triggerEnd + stop + 1;
  return triggerEnd - (m.groups?.count1?.length ?? 0);
}

/** Finds the lists of direct reports in a document, whatever phrasing introduces them. */
export function findReportLists(structure: Structure): FoundReportList[] {
  const { clean, text } = structure;
  const lists: FoundReportList[] = [];
  for (const m of triggersIn(clean)) {
    const groups = m.groups ?? {};
    const named =
      groups.m1 ??
      groups.m2 ??
      groups.m3 ??
      groups.m4 ??
      groups.m5 ??
      groups.m8 ??
      groups.m9 ??
      null;
    // "reporting to the regional Director General, X": the adjective is not part of the title.
    const managerTitle = named
      ? cleanTitle(named.replace(/^(?:\p{Ll}+\s+)+(?=\p{Lu})/u, ""))
      : null;
    const namedAt = named ? m.index + m[0].indexOf(named) : -1;
    const triggerEnd = m.index + m[0].length;
    const items = itemsInRegion(
      structure,
      listRegion(structure, listStartOf(clean, m, triggerEnd)),
    );
    if (items.length === 0) continue;
    lists.push({
      managerTitle,
      managerSpan: named ? { start: namedAt, end: namedAt + named.length } : null,
      statedCount: countWord(
        (groups.count1 ?? groups.count3 ?? groups.count6 ?? groups.count7 ?? groups.count8)?.trim(),
      ),
      items,
      quote: sentenceAround(text, { start: m.index, end: triggerEnd }),
    });
  }
  const found = [...lists, ...reportHeadings(structure), ...singleReports(structure)];
  const unintroduced = unintroducedLists(structure, found);
  return [
    ...found,
    ...unintroduced,
    ...(found.length + unintroduced.length === 0 ? describedStaff(structure) : []),
  ];
}

/**
 * Bullets of titled staff in an organization-structure section that no phrase introduces
 * ("**Manager (EC-O7):** Responsible for …" right after the peers sentence): the position's own
 * reports.
 */
function unintroducedLists(
  structure: Structure,
  found: readonly FoundReportList[],
): FoundReportList[] {
  if (structure.format !== "markdown") return [];
  const taken = found.flatMap((l) => l.items.map((i) => i.span));
  const lists: FoundReportList[] = [];
  for (const section of structure.sections) {
    if (!/structure|organi[sz]ation/i.test(section.heading)) continue;
    const region = { start: section.body.start, end: section.body.end };
    const items = itemsInBullets(structure, region).filter(
      (item) =>
        startsPersonTitle(item.title) &&
        !taken.some((s) => s.start < item.span.end && item.span.start < s.end) &&
        !introduced(structure.clean, item.span.start),
    );
    if (items.length === 0) continue;
    lists.push({
      managerTitle: null,
      managerSpan: null,
      statedCount: null,
      items,
      quote: items[0]?.quote ?? "",
    });
  }
  return lists;
}

/** A bullet under a line ending with a colon ("These Executives include the following:"). */
function introduced(clean: string, at: number): boolean {
  const lines = clean
    .slice(Math.max(0, at - 2000), at)
    .split("\n")
    .slice(0, -1);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? "";
    if (/^\s*$/.test(line) || /^[ \t]*(?:[*+-]|\d{1,2}[.)])[ \t]/.test(line)) continue;
    return /:\s*$/.test(line);
  }
  return false;
}

function itemsInBullets(structure: Structure, region: Span): ListItem[] {
  const body = structure.clean.slice(region.start, region.end);
  return [...body.matchAll(BULLET)].flatMap((b) => {
    const content = b[1] ?? "";
    // "**Reports to:** …", "**Direct Reports:** …": fields, not staff.
    if (/^\W*(?:reports? to|direct reports?|reporting to)\b/i.test(content)) return [];
    const item = itemFromText(
      content,
      region.start + b.index + b[0].indexOf(content),
      structure.text,
    );
    return item ? [item] : [];
  });
}

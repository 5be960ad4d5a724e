import { itemFromText, type ListItem } from "./items.ts";
import { firstSentenceLength, itemsOfInlineList } from "./lists.ts";
import type { Structure } from "./structure.ts";
import { countWord, matchesStartingAt, sentenceAround, type Span } from "./text.ts";
import { readTitleBackward, readTitleForward, startsPersonTitle } from "./titles.ts";

export interface FoundPeerSentence {
  managerTitle: string;
  managerSpan: Span;
  statedCount: number | null;
  peers: ListItem[];
  quote: string;
  /** Who the sentence is about when it names someone else ("The Executive Director, X represents one of …"). */
  about: { title: string; span: Span } | null;
}

/**
 * "one of five positions reporting to", "l'un des trois postes qui relèvent du", "trois (3)
 * relèvent directement du". Each phrasing starts with its own words, so each is a pattern of its
 * own that the engine finds by its leading words rather than trying three patterns everywhere.
 */
const PEER_SENTENCES = [
  String.raw`\bone of (?<between>(?:[\p{L}\d()/-]+\s+){0,8}?)(?:at\s+[^.;]{1,50}?\s+)?reporting\s+(?:directly\s+)?to\s+(?:the\s+)?(?:to\s+the\s+)?`,
  String.raw`\b(?:l['’]une?|un|une)\s+des\s+(?<entre>(?:[\p{L}\d()'’-]+\s+){0,6}?)(?:qui\s+)?(?:rel[eè]vent|relevant)\s+(?:directement\s+)?(?:du|de\s+la|de\s+l['’]|des)\s*`,
  // "Sur six postes de cadre supérieur, trois (3) relèvent directement du directeur exécutif".
  String.raw`\b(?<compte>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\s*(?:\(\d+\)\s*)?(?:postes?\s+)?(?:qui\s+)?rel[eè]vent\s+(?:directement\s+)?d(?:u|e\s+la|e\s+l['’])\s*`,
].map((source) => new RegExp(source, "iuy"));
/** A cheap test for each phrasing, so a document without it is not searched for it. */
const PEER_SIGNS = [/one of/i, /\bune? des\b|l['’]une? des/i, /rel[eè]vent/i];
/** Each phrasing's leading words: the full pattern only runs where they are. */
const PEER_STARTS = [
  /\bone of/gi,
  /\b(?:l['’]une?|une?)\s+des\b/gi,
  /\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\b/gi,
];

const OTHERS =
  /^[,.;]?(?:[^.]{0,120}\.)?\s*(?:[^.]{0,80}?)\b(?:(?:the\s+)?others?\s+(?:are|is)|(?:the\s+)?other\s+(?:positions?|executives?|[\p{L}\d]+)\s+(?:are|is)|these\s+[\p{L}]+\s+(?:include|are)(?:\s+the\s+following)?|les\s+autres(?:\s+postes)?\s+sont(?:\s+ceux)?)(?:\s+the)?\s*:?\s*(?:the\s*:\s*)?/iu;

const BULLET_LINE = /^\s*\n?[ \t]*[*+-][ \t]+/;

/** The count in "one of five", "one of seven (7)", "l'un des trois"; null for "5 to 8" or none. */
function statedCountOf(between: string): number | null {
  if (/\d\s*(?:to|-|à)\s*\d/.test(between)) return null;
  for (const word of between.replace(/[()]/g, " ").split(/\s+/)) {
    const n = countWord(word);
    if (n !== null) return n;
  }
  return null;
}

/** The position a peer sentence is about, when it names one before "is one of". */
function aboutOf(clean: string, at: number): FoundPeerSentence["about"] {
  const before = clean.slice(Math.max(0, at - 200), at);
  const verb = /(?:,?\s+(?:is|Is|IS|represents?|occupe|est)\s*|\s+)$/.exec(before);
  const end = at - (verb?.[0].length ?? 0);
  const read = readTitleBackward(clean, end);
  if (!read || !startsPersonTitle(read.title)) return null;
  return { title: read.title, span: { start: read.start, end: read.end } };
}

function othersList(structure: Structure, from: number): ListItem[] {
  const { clean } = structure;
  const rest = clean.slice(from, from + 1500);
  const others = OTHERS.exec(rest);
  if (!others) return [];
  const listStart = from + others.index + others[0].length;
  const tail = clean.slice(listStart, listStart + 1200);
  // The bullets right after the statement: the list ends at its first line of anything else
  // (a heading of the position's own reports, a paragraph).
  const listEnd = tail.search(/\n[ \t]*(?![*+-][ \t])[^\s]/);
  const bullets = BULLET_LINE.test(tail)
    ? [
        ...tail
          .slice(0, listEnd === -1 ? 600 : Math.min(listEnd, 600))
          .matchAll(/^[ \t]*[*+-][ \t]+(.+)$/gm),
      ]
    : [];
  if (bullets.length > 0)
    return bullets.flatMap((b) => {
      const item = itemFromText(
        b[1] ?? "",
        listStart + b.index + b[0].indexOf(b[1] ?? ""),
        structure.text,
      );
      return item ? [item] : [];
    });
  return itemsOfInlineList(structure, listStart, tail.slice(0, firstSentenceLength(tail)));
}

/** "X is one of five positions reporting to the CEO, CDS. The others are: A, B and C." */
export function findPeerSentences(structure: Structure): FoundPeerSentence[] {
  const { clean, text } = structure;
  const found: FoundPeerSentence[] = [];
  const matches = PEER_SENTENCES.flatMap((pattern, i) => {
    const starts = PEER_STARTS[i];
    return starts && PEER_SIGNS[i]?.test(clean) ? matchesStartingAt(clean, starts, pattern) : [];
  }).sort((a, b) => a.index - b.index);
  for (const m of matches) {
    const manager = readTitleForward(clean, m.index + m[0].length);
    if (!manager) continue;
    const statedCount = statedCountOf(
      m.groups?.between ?? m.groups?.entre ?? m.groups?.compte ?? "",
    );
    const peers = othersList(structure, manager.end).map((p) => ({
      ...p,
      // The peers' evidence is the whole statement: who they report to and who they are.
      quote: sentenceAround(text, { start: m.index, end: Math.max(p.span.end, manager.end) }),
    }));
    const rest = clean.slice(manager.end, manager.end + 300);
    const sentence = rest.slice(0, firstSentenceLength(rest));
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
          count: 1,
          quote: sentenceAround(text, read),
        });
    }
    found.push({
      managerTitle: manager.title,
      managerSpan: { start: manager.start, end: manager.end },
      statedCount,
      peers,
      quote: sentenceAround(text, { start: m.index, end: manager.end }),
      about: aboutOf(clean, m.index),
    });
  }
  return found;
}

const REPORTS_TO_VERB =
  /(?<=\s)(?:reports|is (?:directly )?accountable|relève|rel[eè]ve|rend compte)\s+(?:directly\s+|directement\s+)?(?:to|du|de la|de l['’]|au|à la|à l['’])\s+(?:the\s+)?/iuy;
const REPORTS_TO_START = /(?:reports|is (?:directly )?accountable|rel[eè]ve|rend compte)/gi;

/**
 * "The incumbent reports to the Director General", "is accountable to the Chief Executive
 * Officer", "Le directeur ou la directrice, X, rend compte au directeur général, Y". `isSubject`
 * decides whether the words before the verb name the document's own position.
 */
export function findReportsToSentences(
  structure: Structure,
  isSubject: (before: string) => boolean,
): { title: string; span: Span; quote: string }[] {
  const { clean, text } = structure;
  const results: { title: string; span: Span; quote: string }[] = [];
  for (const m of matchesStartingAt(clean, REPORTS_TO_START, REPORTS_TO_VERB)) {
    const before = clean
      .slice(Math.max(0, m.index - 200), m.index)
      .replace(/[\s,]+$/, "")
      .replace(/\s*\([^()]{1,12}\)$/, "");
    const sentence = before.slice(before.search(/[^.;:\n]*$/));
    if (!isSubject(sentence)) continue;
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

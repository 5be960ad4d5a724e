/**
 * Reports a document names sentence by sentence rather than in a list: staff described one
 * after another ("The Manager, X, is responsible for …") and a single position that "also
 * reports to" the position.
 */
import { detailsOf, itemFromText, type ListItem } from "./items.ts";
import type { FoundReportList } from "./lists.ts";
import type { Structure } from "./structure.ts";
import { sentenceAround } from "./text.ts";
import { cleanTitle, readTitleForward, startsPersonTitle } from "./titles.ts";

/**
 * An organization structure told position by position: "The Manager, Identity Certificates, is
 * responsible for … The Manager, Public Services, Hull, is responsible for …". Two or more such
 * sentences, when nothing else lists the staff, are the position's reports (the document's own
 * position and its manager are set aside where they are known).
 */
export function describedStaff(structure: Structure): FoundReportList[] {
  const section = structure.sections.find((s) => /structure|organi[sz]ation/i.test(s.heading));
  if (!section) return [];
  const { clean, text } = structure;
  const body = clean.slice(section.body.start, section.body.end);
  const items: ListItem[] = [];
  for (const m of body.matchAll(/(?:^|[.;]\s+|\n)The\s+(?=\p{Lu})/gu)) {
    const at = section.body.start + m.index + m[0].length;
    const read = readTitleForward(clean, at);
    if (!read || !startsPersonTitle(read.title)) continue;
    if (!/^,?\s*(?:is|are)\s+(?:also\s+)?responsible\b/.test(clean.slice(read.end, read.end + 40)))
      continue;
    const span = { start: read.start, end: read.end };
    items.push({
      ...detailsOf(""),
      count: 1,
      title: read.title,
      span,
      quote: sentenceAround(text, span),
    });
  }
  if (items.length < 2) return [];
  return [
    {
      managerTitle: null,
      managerSpan: null,
      statedCount: null,
      items,
      quote: items[0]?.quote ?? "",
      described: true,
    },
  ];
}

/** "A **Senior Advisor** also reports to the Director." and "Managers of X report to the Director, Y." */
const SINGLE_REPORT =
  /(?:^|[.!?]\s+|\n[*\s-]*)(?:(?:An?|The|Un|Une|Le|La)\s+)?(?<item>(?:\*\*)?\p{Lu}[^.\n:]{1,80}?)(?:\*\*)?\s+(?:also\s+)?reports?\s+(?:directly\s+)?to\s+(?:the\s+)?(?<manager>[^.\n]{2,80}?)(?=\s*\.)/gu;

export function singleReports(structure: Structure): FoundReportList[] {
  const { clean, text } = structure;
  if (!/\breports? (?:directly )?to\b/.test(clean)) return [];
  const lists: FoundReportList[] = [];
  for (const m of clean.matchAll(SINGLE_REPORT)) {
    const written = m.groups?.item ?? "";
    const manager = m.groups?.manager ?? "";
    const itemAt = m.index + m[0].indexOf(written);
    const item = itemFromText(written, itemAt, text);
    if (!item || !startsPersonTitle(item.title) || /\b(?:incumbent|position)\b/i.test(written))
      continue;
    const managerAt = m.index + m[0].lastIndexOf(manager);
    lists.push({
      managerTitle: cleanTitle(manager),
      managerSpan: { start: managerAt, end: managerAt + manager.length },
      statedCount: null,
      items: [
        { ...item, quote: sentenceAround(text, { start: m.index, end: m.index + m[0].length }) },
      ],
      quote: sentenceAround(text, { start: itemAt, end: managerAt + manager.length }),
    });
  }
  return lists;
}

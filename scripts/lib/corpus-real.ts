/**
 * Job descriptions in the shapes of the real collection (../shared/corpus), for the synthetic
 * corpus (corpus.ts): supervisor fields, codes and "staff of N" inside list items, peers however
 * introduced, a short form of the position's own title, a report that "also reports to" the
 * position, head counts written before their unit in OCR. French departments: corpus-real-fr.ts.
 */

import type { Position, Random } from "./corpus.ts";
import { renderRealFrenchMarkdown, renderRealFrenchOcr } from "./corpus-real-fr.ts";
import {
  byteLength,
  capitalize,
  date,
  duties,
  fillerParagraph,
  joinList,
  ocrDigits,
  type Rendering,
} from "./corpus-render.ts";
import { COUNT_WORDS, DUTIES, TEAM_WORK } from "./corpus-words.ts";

const countWord = (n: number) => COUNT_WORDS[n] ?? String(n);

/** "the Director, A, the Director, B and the Director, C". */
const theList = (names: readonly string[]) =>
  joinList(
    names.map((n) => `the ${n}`),
    false,
  );

/** "Director, Pension Processing Benefits" -> "PPB": the short form a document may use. */
function acronymOf(unit: string): string | null {
  const words = unit.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 3 ? words.map((w) => w[0]).join("") : null;
}

/** The peers paragraph: "one of N positions reporting to …", introduced one of three ways. */
function peersParagraph(random: Random, r: Rendering, subject: string): string[] {
  const { peers, manager } = r;
  if (!peers || peers.length === 0) {
    const siblings = r.position.parent?.children.length ?? 1;
    return siblings > 1
      ? [`The ${subject} is one of ${countWord(siblings)} positions reporting to the ${manager}.`]
      : [`The ${subject} reports to the ${manager}.`];
  }
  const count = countWord(peers.length + 1);
  const names = peers.map((p) => p.title);
  switch (random.int(0, 2)) {
    case 0:
      return [
        `The ${subject} is one of ${count} positions reporting to the ${manager}. The other ${countWord(peers.length)} are: ${joinList(names, true)}.`,
      ];
    case 1:
      return [
        `This is one of ${count} executive positions reporting to the ${manager}. These Executives include the following:`,
        "",
        ...names.map((n) => `*   ${n}`),
      ];
    default:
      return [
        `The ${subject} is one of ${count} positions reporting to the ${manager}. The others are ${theList(names)}.`,
      ];
  }
}

/** One list item with its code and size written the ways the collection writes them. */
function reportItem(random: Random, c: Position): string {
  const work = capitalize(random.pick(c.kind === "team" ? TEAM_WORK : DUTIES));
  if (!c.classification) return `*   **${c.title} (staff of ${c.fte}):** ${work}.`;
  switch (random.int(0, 3)) {
    case 0:
      return `*   **${c.title} (${ocrDigits(random, c.classification)}) staff of ${c.fte}:** ${work}.`;
    case 1:
      return `*   **${c.title} (${c.classification}) (Staff of ${c.fte}):** ${work}.`;
    case 2:
      return `*   **${c.title}, staff of ${c.fte} FTE (${c.classification}):** ${work}.`;
    default:
      return `*   **${c.title} (${c.classification}, ${c.fte} FTEs):** ${work}.`;
  }
}

function reportsSection(random: Random, r: Rendering, subject: string): string[] {
  const children = r.position.children;
  // "A **Senior Advisor** also reports to the Director." for the last position of a long list.
  const last = children[children.length - 1];
  const alone = children.length >= 4 && last?.kind === "position" && random.chance(0.4);
  const listed = alone ? children.slice(0, -1) : children;
  const role = r.position.short;
  const sameRole = listed.every((c) => c.title.startsWith("Manager, "));
  const noun = sameRole ? "managers" : "positions";
  const heading = random.chance(0.5)
    ? `### Reporting to the ${subject} are ${countWord(listed.length)} ${noun}:`
    : `### Reporting to the ${role} are the following ${noun}:`;
  const lines = [heading, "", ...listed.map((c) => reportItem(random, c))];
  if (alone && last)
    lines.push(
      "",
      `A **${last.title}** (${last.classification ?? ""}) also reports to the ${role}.`,
    );
  return lines;
}

function pad(random: Random, short: string, have: number, target: number): string[] {
  const paragraphs: string[] = [];
  for (let size = have; size < target;) {
    const paragraph = fillerParagraph(random, short);
    paragraphs.push(paragraph);
    size += byteLength(paragraph) + 2;
  }
  return paragraphs;
}

export function renderRealMarkdown(random: Random, r: Rendering): string {
  if (r.tree.language === "fr") return renderRealFrenchMarkdown(random, r);
  const { position: p, tree } = r;
  const acronym = acronymOf(p.unit);
  // The document's own short form: "Reporting to the Director, PPB are …".
  const short = acronym && random.chance(0.3) ? `${p.short}, ${acronym}` : p.title;
  const classLabel = random.pick(["Group/Level", "Classification", "Class/Level"]);
  const supervisorClass = p.parent?.classification ?? "DM";
  const head = [
    "# Job Description",
    "",
    "## Position Details",
    "",
    `*   **Position Title:** ${p.title}`,
    `*   **${random.chance(0.5) ? "Position Number" : "Position Job Code"}:** ${p.number}`,
    `*   **${classLabel}:** ${ocrDigits(random, p.classification ?? "", 0.3)}`,
    `*   **Department/Agency:** ${tree.department}`,
    `*   **Branch:** ${tree.branch}`,
    `*   **Directorate:** ${p.unit} Directorate`,
    `*   **Effective Date:** ${date(random).text}`,
    `*   **Supervisor's Position Title:** ${r.manager}`,
    `*   **Supervisor's Classification:** ${ocrDigits(random, supervisorClass, 0.3)}`,
    "",
    "## General Accountability",
    "",
    `The ${p.title}, is accountable for ${random.pick(DUTIES)} and for ${random.pick(DUTIES)}.`,
    "",
    "## Organization Structure",
    "",
    ...peersParagraph(random, r, p.title),
    "",
    ...reportsSection(random, { ...r }, short),
    "",
    "## Nature and Scope",
    "",
  ].join("\n");
  const tail = [
    "",
    "## Dimensions",
    "",
    random.chance(0.5) ? `*   **Direct FTEs:** ${p.fte}` : `*   **Number of FTEs:** ${p.fte}`,
    `*   **Operating budget, including payroll, operating supplies and expenses:** $${(random.int(5, 400) / 10).toFixed(1)} million per year`,
    "",
    "## Specific Accountabilities",
    "",
    ...duties(random, random.int(4, 8)).map((d, i) => `${i + 1}.  ${d}.`),
    "",
  ].join("\n");
  const body = pad(random, p.short, byteLength(head) + byteLength(tail), r.targetBytes);
  return `${head}${body.join("\n\n")}\n${tail}`;
}

/** Lines of about 3,000 characters, as an OCR export gives one page per line. */
export function pages(segments: readonly string[], footer: string): string {
  const lines: string[] = [];
  let page: string[] = [];
  let length = 0;
  for (const segment of segments) {
    if (length > 0 && length + segment.length > 3000) {
      lines.push(`${page.join(" ")} ${footer}`);
      page = [];
      length = 0;
    }
    page.push(segment);
    length += segment.length + 1;
  }
  if (page.length > 0) lines.push(`${page.join(" ")} ${footer}`);
  return `--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n${lines.join("\n")}\n`;
}

export function renderRealOcr(random: Random, r: Rendering): string {
  if (r.tree.language === "fr") return renderRealFrenchOcr(random, r);
  const { position: p, tree } = r;
  const peers = r.peers ?? [];
  const siblings = p.parent?.children.length ?? 1;
  const items = p.children.map((c) => {
    const size = ocrDigits(random, String(c.fte));
    return c.classification
      ? `${c.title} (${ocrDigits(random, c.classification)}) (Staff of ${size})`
      : `${c.title} (Staff of ${size})`;
  });
  const others = peers.length > 0 ? ` The others are ${theList(peers.map((q) => q.title))}.` : "";
  const segments = [
    `Government Gouvernement of Canada du Canada EXECUTIVE WORK DESCRIPTION POSITION TITLE: ${p.title} GROUP/LEVEL: ${ocrDigits(random, p.classification ?? "")} POSITION NUMBER: ${ocrDigits(random, p.number)} DEPARTMENT: ${tree.department} BRANCH: ${tree.branch} DIRECTORATE: ${p.unit} Directorate`,
    `GENERAL ACCOUNTABILITY: The ${p.title} is accountable for ${random.pick(DUTIES)}.`,
    `ORGANIZATIONAL STRUCTURE: REPORTS TO: ${r.manager}.`,
    siblings > 1
      ? `This is one of ${countWord(siblings)} (${ocrDigits(random, String(siblings))}) positions reporting to the ${r.manager}.${others}`
      : "",
    `Reporting directly to the ${p.title} are the following positions: ${joinList(items, false)}.`,
    `DIMENSIONS: ${ocrDigits(random, String(p.fte))} FTEs, Budget $${ocrDigits(random, (random.int(5, 400) / 10).toFixed(1))} M`,
    "NATURE & SCOPE:",
  ].filter((s) => s !== "");
  const tail = [
    `SPECIFIC ACCOUNTABILITIES ${duties(random, random.int(4, 8))
      .map((d, i) => `${i === 0 ? "I" : i + 1}. ${d};`)
      .join(" ")}`,
  ];
  const have = [...segments, ...tail].reduce((n, s) => n + byteLength(s) + 1, 80);
  const body = pad(random, p.short, have, r.targetBytes);
  return pages([...segments, ...body, ...tail], ocrDigits(random, date(random).text, 0.8));
}

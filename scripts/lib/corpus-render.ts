/** Renders one synthetic position as a markdown or OCR-style job description (see corpus.ts). */

import type { Position, Random, Tree } from "./corpus.ts";
import {
  CITIES,
  MONTHS,
  COUNT_WORDS,
  PARTNERS,
  VERBS,
  PURPOSES,
  CHALLENGES,
  DUTIES,
  TEAM_WORK,
} from "./corpus-words.ts";

// -------------------------------------------------------------------------------------------
// Text helpers
// -------------------------------------------------------------------------------------------

/** OCR reads 0 as O and 1 as I in numbers; words are left alone. */
export function ocrDigits(random: Random, value: string, rate = 0.6): string {
  return value.replace(/[01]/g, (d) => (random.chance(rate) ? (d === "0" ? "O" : "I") : d));
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function date(random: Random): { text: string; year: number } {
  const year = random.int(2008, 2024);
  return { text: `${random.pick(MONTHS)} ${random.int(1, 28)}, ${year}`, year };
}

export function joinList(items: readonly string[], useSemicolons: boolean): string {
  if (items.length === 1) return items[0] ?? "";
  if (useSemicolons) return `${items.slice(0, -1).join("; ")}; and ${items[items.length - 1]}`;
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function fillerSentence(random: Random, short: string): string {
  const subject = random.pick([
    `The ${short}`,
    "The incumbent",
    "The directorate",
    "Staff in the division",
  ]);
  return `${subject} ${random.pick(VERBS)} ${random.pick(PARTNERS)} ${random.pick(PURPOSES)}.`;
}

export function fillerParagraph(random: Random, short: string): string {
  const sentences: string[] = [];
  const count = random.int(3, 6);
  for (let i = 0; i < count; i++) {
    sentences.push(random.chance(0.35) ? random.pick(CHALLENGES) : fillerSentence(random, short));
  }
  // Exports from some systems garble apostrophes: "Canada’s" becomes "Canadaâ€™s".
  if (random.chance(0.1))
    sentences.push("The work supports the Government of Canadaâ€™s commitments to clients.");
  return sentences.join(" ");
}

export function duties(random: Random, count: number): string[] {
  const list: string[] = [];
  for (let i = 0; i < count; i++) list.push(capitalize(random.pick(DUTIES)));
  return list;
}

export interface Rendering {
  position: Position;
  tree: Tree;
  manager: string;
  /** Other positions reporting to the same manager, when the document names them. */
  peers: Position[] | null;
  targetBytes: number;
}

const utf8 = new TextEncoder();
export const byteLength = (text: string) => utf8.encode(text).byteLength;

// -------------------------------------------------------------------------------------------
// Markdown style
// -------------------------------------------------------------------------------------------

export function renderMarkdown(random: Random, r: Rendering): string {
  const { position: p, tree } = r;
  const effective = date(random);
  const reports = p.children;
  const teamsOnly = reports.every((c) => c.kind === "team");
  const noun = teamsOnly ? "teams" : "positions";
  const fields = [
    `*   **Position Title:** ${p.title}`,
    `*   **Position Number:** ${p.number}`,
    `*   **Level:** ${p.classification}`,
    `*   **Organization:** ${p.unit} Directorate`,
    `*   **Branch:** ${tree.branch}`,
    `*   **Department:** ${tree.department}`,
    random.chance(0.2)
      ? `*   **Supervisor Position Title:** ${r.manager}`
      : `*   **Reports To:** ${r.manager}`,
    `*   **Location:** ${random.pick(CITIES)}`,
    `*   **Effective Date:** ${random.chance(0.2) ? "TBD" : effective.text}`,
  ];
  const structure: string[] = [];
  if (r.peers && r.peers.length > 0) {
    const count = COUNT_WORDS[r.peers.length + 1] ?? String(r.peers.length + 1);
    structure.push(
      `The ${p.title} is one of ${count} positions reporting to the ${r.manager}. The others are: ${joinList(
        r.peers.map((q) => q.title),
        random.chance(0.5),
      )}.`,
      "",
    );
  } else {
    structure.push(`The ${p.title} is one of the executives of the ${tree.branch}.`, "");
  }
  const stated = random.chance(0.5)
    ? ` ${COUNT_WORDS[reports.length] ?? reports.length} ${noun}`
    : "";
  structure.push(`### Reporting to the ${p.short} are${stated}:`, "");
  for (const c of reports) {
    const size = c.ftePlanned ? `Planned ${c.fte} FTEs` : `${c.fte} FTEs`;
    const details = c.classification ? `${c.classification}, ${size}` : size;
    structure.push(
      `*   **${c.title} (${details}):** ${capitalize(random.pick(c.kind === "team" ? TEAM_WORK : DUTIES))}.`,
    );
  }
  const head = [
    "# Job Description",
    "",
    "## Position Details",
    "",
    ...fields,
    "",
    "## General Accountability",
    "",
    `The ${p.title} is accountable for ${random.pick(DUTIES)} and for ${random.pick(DUTIES)}, ${random.pick(PURPOSES)}.`,
    "",
    "## Organization Structure",
    "",
    ...structure,
    "",
    "## Nature and Scope",
    "",
  ].join("\n");
  const tail = [
    "",
    "## Dimensions",
    "",
    `*   **${p.unit} Directorate FTEs:** ${p.fte}`,
    `*   **Operating Budget:** $${(random.int(5, 400) / 10).toFixed(1)} million`,
    "",
    "## Specific Accountabilities",
    "",
    ...duties(random, random.int(4, 8)).map((d, i) => `${i + 1}.  ${d}.`),
    "",
    "## Certification",
    "",
    `The foregoing is an accurate and comprehensive statement of the duties and responsibilities assigned to the position of ${p.title}.`,
    "",
  ].join("\n");
  const paragraphs = [fillerParagraph(random, p.short)];
  let size = byteLength(head) + byteLength(tail) + byteLength(paragraphs[0] ?? "");
  while (size < r.targetBytes) {
    const paragraph = fillerParagraph(random, p.short);
    paragraphs.push(paragraph);
    size += byteLength(paragraph) + 2;
  }
  const text = `${head}${paragraphs.join("\n\n")}\n${tail}`;
  return random.chance(0.1) ? text.replace(/\n/g, "\r\n") : text;
}

// -------------------------------------------------------------------------------------------
// OCR style: one line per page
// -------------------------------------------------------------------------------------------

export function renderOcr(random: Random, r: Rendering): string {
  const { position: p, tree } = r;
  const stamp = date(random);
  const footer = ocrDigits(random, stamp.text, 0.8);
  const classification = ocrDigits(random, p.classification ?? "");
  const segments: string[] = [
    `${tree.abbreviation} EXECUTIVE GROUP POSITION DESCRIPTION POSITION TITLE: ${p.title} REPORTS TO: ${r.manager} DIRECTORATE: ${p.unit} BRANCH: ${tree.branch} DEPARTMENT: ${tree.department} POSITION NUMBER: ${random.chance(0.3) ? "TBD" : ocrDigits(random, p.number)} LEVEL: ${classification}`,
    `GENERAL ACCOUNTABILITY The ${p.title} is accountable for ${random.pick(DUTIES)} and for ${random.pick(DUTIES)}, ${random.pick(PURPOSES)}.`,
  ];
  let structure = "ORGANIZATION STRUCTURE";
  if (r.peers && r.peers.length > 0) {
    const count = COUNT_WORDS[r.peers.length + 1] ?? String(r.peers.length + 1);
    structure += ` The ${p.title} is one of ${count} positions reporting to the ${r.manager}. The others are: ${joinList(
      r.peers.map((q) => q.title),
      random.chance(0.5),
    )}.`;
  }
  segments.push(structure);
  segments.push(`The following positions report to the ${p.title}:`);
  for (const c of p.children) {
    const size = `${c.ftePlanned ? "Planned " : ""}${ocrDigits(random, String(c.fte))} FTEs`;
    const details = c.classification ? `${ocrDigits(random, c.classification)}, ${size}` : size;
    const work =
      c.kind === "team"
        ? random.pick(TEAM_WORK)
        : `${random.pick(DUTIES)}, and ${random.pick(DUTIES)}`;
    segments.push(`${c.title} (${details}) accountable for: ${work}.`);
  }
  segments.push("NATURE AND SCOPE");
  const tail = [
    `DIMENSIONS ${p.unit} Directorate FTEs: ${ocrDigits(random, String(p.fte))} Operating Budget: $${ocrDigits(random, (random.int(5, 400) / 10).toFixed(1))} Million`,
    `SPECIFIC ACCOUNTABILITIES ${duties(random, random.int(4, 8))
      .map((d, i) => `${i === 0 ? "I" : i + 1}. ${d};`)
      .join(" ")}`,
    `CERTIFICATION The foregoing is an accurate and comprehensive statement of the duties and responsibilities assigned to the position of ${p.title}. ${p.title} Date`,
  ];
  let size = [...segments, ...tail].reduce((n, s) => n + byteLength(s) + 1, 60);
  const body: string[] = [];
  while (size < r.targetBytes) {
    const paragraph = fillerParagraph(random, p.short);
    body.push(paragraph);
    size += byteLength(paragraph) + 1;
  }
  const all = [...segments, ...body, ...tail];
  // Pack segments into pages of about 3,000 characters, each ending with the dated footer and
  // each after the first starting with a running header: "<title> <page> ".
  const pages: string[] = [];
  let page: string[] = [];
  let length = 0;
  for (const segment of all) {
    if (length > 0 && length + segment.length > 3000) {
      pages.push(page.join(" "));
      page = [];
      length = 0;
    }
    page.push(segment);
    length += segment.length + 1;
  }
  if (page.length > 0) pages.push(page.join(" "));
  const lines = pages.map((text, i) => `${i === 0 ? "" : `${p.title} ${i + 1} `}${text} ${footer}`);
  return `--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n${lines.join("\n")}\n`;
}

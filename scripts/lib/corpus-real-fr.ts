/**
 * French job descriptions in the shapes of the real collection, for the synthetic corpus:
 * inclusive titles, the supervisor named in running text ("rend compte au directeur général ou
 * à la directrice générale, …", "occupe l'un des trois postes qui relèvent du …"), the others
 * named after "Les autres postes sont ceux du …", reports under "Relèvent du directeur ou de la
 * directrice :" with "(PM-06, 8 ETP)" or "(effectif de deux employés)", and OCR that lost the
 * accented letters of its form's words ("directeur g n ral").
 */

import type { Position, Random } from "./corpus.ts";
import { byteLength, ocrDigits, type Rendering } from "./corpus-render.ts";
import {
  CITIES_FR,
  COUNT_WORDS_FR,
  DUTIES_FR,
  MONTHS_FR,
  ROLES_FR,
  SENTENCES_FR,
} from "./corpus-words-fr.ts";
import { pages } from "./corpus-real.ts";

const countWord = (n: number) => COUNT_WORDS_FR[n] ?? String(n);

function roleOf(p: Position) {
  return ROLES_FR[Math.min(p.level, ROLES_FR.length - 1)] ?? ROLES_FR[0];
}

/** Both forms of a role after a preposition: "directeur ou de la directrice". */
function bothForms(p: Position | null, masculine: string, feminine: string): string {
  if (!p) return `${masculine}sous-ministre ou ${feminine}sous-ministre`;
  const role = roleOf(p);
  const m = role?.title.toLowerCase() ?? "";
  const f = role?.feminine ?? m;
  return m === f ? `${masculine}${m}` : `${masculine}${m} ou ${feminine}${f}`;
}

/** "du directeur général ou de la directrice générale, Opérations des pensions". */
function du(p: Position | null): string {
  return p ? `${bothForms(p, "du ", "de la ")}, ${p.unit}` : bothForms(p, "du ", "de la ");
}

/** "au directeur général ou à la directrice générale, Opérations des pensions". */
function au(p: Position | null): string {
  return p ? `${bothForms(p, "au ", "à la ")}, ${p.unit}` : bothForms(p, "au ", "à la ");
}

/** "Le directeur ou la directrice" (the position's own role, in a sentence). */
function le(p: Position): string {
  const text = bothForms(p, "le ", "la ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function frenchDate(random: Random): string {
  return `${random.int(1, 28)} ${random.pick(MONTHS_FR)} ${random.int(2004, 2022)}`;
}

/** The supervisor and the others, in one of the collection's three wordings. */
function structureSentences(random: Random, r: Rendering): { intro: string; structure: string } {
  const { position: p } = r;
  const manager = p.parent;
  const siblings = manager?.children.length ?? 1;
  const others =
    r.peers && r.peers.length > 0
      ? ` Les autres postes sont ceux ${r.peers
          .map((q) => du(q))
          .join(", ")
          .replace(/, (du [^,]*, [^,]*)$/, ", et $1")}.`
      : "";
  const intro = `${le(p)}, ${p.unit}, rend compte ${au(manager)}, de l'exercice des responsabilités suivantes : ${random.pick(DUTIES_FR)}.`;
  if (siblings <= 1)
    return { intro, structure: `${le(p)} dirige une équipe de ${p.fte} personnes.` };
  const statement = random.chance(0.5)
    ? `${le(p)} occupe l'un des ${countWord(siblings)} postes qui relèvent ${du(manager)}.`
    : `Ce poste est l'un des ${countWord(siblings)} postes qui relèvent ${du(manager)}.`;
  return { intro, structure: `${statement}${others}` };
}

function item(random: Random, c: Position): string {
  const size =
    c.fte <= 10 && random.chance(0.4)
      ? `effectif de ${countWord(c.fte)} employés`
      : `${c.classification ?? ""}, ${c.fte} ETP`;
  return `${c.title} (${size})`;
}

function filler(random: Random, have: number, target: number): string[] {
  const paragraphs: string[] = [];
  for (let size = have; size < target;) {
    const sentences = Array.from({ length: random.int(3, 6) }, () => random.pick(SENTENCES_FR));
    const paragraph = sentences.join(" ");
    paragraphs.push(paragraph);
    size += byteLength(paragraph) + 2;
  }
  return paragraphs;
}

export function renderRealFrenchMarkdown(random: Random, r: Rendering): string {
  const { position: p, tree } = r;
  const { intro, structure } = structureSentences(random, r);
  const reportsHeading = `### Relèvent ${bothForms(p, "du ", "de la ")} :`;
  const head = [
    ...(random.chance(0.5) ? ["**Note:** This job description was originally in French.", ""] : []),
    "# Description de Travail",
    "",
    "## Détails du Poste",
    "",
    `*   **Titre du Poste:** ${p.title}`,
    `*   **Numéro du Poste:** ${p.number}`,
    `*   **${random.chance(0.5) ? "Niveau du Poste" : "Classification"}:** ${p.classification}`,
    `*   **Ministère:** ${tree.department}`,
    `*   **Direction Générale:** ${tree.branch}`,
    `*   **Direction:** ${p.unit}`,
    `*   **Lieu de Travail:** ${random.pick(CITIES_FR)}`,
    `*   **Date d'entrée en vigueur:** ${frenchDate(random)}`,
    "",
    "## Responsabilité Générale",
    "",
    intro,
    "",
    "## Structure Organisationnelle",
    "",
    structure,
    "",
    reportsHeading,
    "",
    ...p.children.map((c) => `*   **${item(random, c)} :** ${random.pick(DUTIES_FR)}.`),
    "",
    "## Nature et Portée",
    "",
  ].join("\n");
  const tail = [
    "",
    "## Étendue des Responsabilités",
    "",
    `*   **ETP:** ${p.fte}`,
    `*   **Budget de fonctionnement:** ${random.int(1, 40)},${random.int(1, 9)} millions de dollars`,
    "",
  ].join("\n");
  const body = filler(random, byteLength(head) + byteLength(tail), r.targetBytes);
  return `${head}${body.join("\n\n")}\n${tail}`;
}

/** OCR of a French form loses the accented letters of its printed words. */
const lostAccents = (text: string) => text.replace(/[éèêàç]/g, " ");

export function renderRealFrenchOcr(random: Random, r: Rendering): string {
  const { position: p, tree } = r;
  const { intro, structure } = structureSentences(random, r);
  const items = p.children.map((c) => ocrDigits(random, item(random, c)));
  const segments = [
    `Job Code : ${ocrDigits(random, p.number)} Traduction DESCRIPTION DE TRAVAIL TITRE DU POSTE : ${p.title} DIRECTION GENERALE | ${tree.branch} DIRECTION | ${p.unit} NIVEAU DU POSTE - ${ocrDigits(random, p.classification ?? "")} LIEU DE TRAVAIL : ${random.pick(CITIES_FR)} NUMERO DU POSTE | ${ocrDigits(random, p.number)} MINISTERE : ${tree.department}`,
    `RESPONSABILITE GENERALE : ${intro.replace(/g[ée]n[ée]ral(e?)/g, (w) => lostAccents(w))}`,
    `STRUCTURE ORGANISATIONNELLE : ${structure.replace(/g[ée]n[ée]ral(e?)/g, (w) => lostAccents(w))}`,
    `Relèvent ${bothForms(p, "du ", "de la ")} : ${items.join("; ")}.`,
    "NATURE ET PORTEE :",
  ];
  const tail = [`ETENDUE DES RESPONSABILITES ETP : ${ocrDigits(random, String(p.fte))}`];
  const have = [...segments, ...tail].reduce((n, s) => n + byteLength(s) + 1, 80);
  const body = filler(random, have, r.targetBytes);
  return pages([...segments, ...body, ...tail], ocrDigits(random, frenchDate(random), 0.8));
}

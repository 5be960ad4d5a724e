/**
 * A deterministic generator of synthetic job descriptions, for benchmarks and tests.
 *
 * It builds real hierarchies (one department per tree: an Assistant Deputy Minister, Directors
 * General, Directors, Managers, Team Leaders and teams) and writes one job description per
 * position in either of the two styles found in the seeds:
 *
 * - markdown: `**Position Title:**` fields, `## Organization Structure`, a bulleted list of
 *   reports `*   **Title (CS-05, 12 FTEs):** …`, Dimensions, Certification;
 * - OCR text: a `--- Full Extracted Text ---` export with one line per page, field labels in
 *   capitals (`POSITION TITLE: … REPORTS TO: …`), O/I read for 0/1 in codes and numbers
 *   (`EX-OI`, `I6 FTEs`), running page headers and a dated footer on every page.
 *
 * A share of the documents (`realShare`, and every document of a French department, one
 * department in five by default) is written the way the real collection writes them instead
 * (corpus-real.ts): supervisor fields, "staff of N" and codes in list items, peers however
 * introduced, short forms of the position's own title, French inclusive titles and supervisors
 * named in running text ("occupe l'un des trois postes qui relèvent du directeur général ou de
 * la directrice générale, …").
 *
 * Every document names its manager and lists 2-6 reports with classification and FTEs; the
 * generator returns that ground truth so a test can check the extractor found every line.
 * Same options, same bytes: everything comes from a seeded PRNG.
 */

import { DEPARTMENT_STEMS, DEPARTMENT_FORMS } from "./corpus-words.ts";
import { DEPARTMENTS_FR } from "./corpus-words-fr.ts";
import { renderMarkdown, renderOcr, type Rendering } from "./corpus-render.ts";
import { renderRealMarkdown, renderRealOcr } from "./corpus-real.ts";
import { buildTree, type Position } from "./corpus-tree.ts";

export type { Position, Tree } from "./corpus-tree.ts";

const utf8 = new TextEncoder();

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
    chance: (probability: number) => next() < probability,
  };
}

export type CorpusStyle = "markdown" | "ocr";
export type CorpusLanguage = "en" | "fr";
/** "generated": the benchmark's own template; "real": the shapes of the real collection. */
export type CorpusShape = "generated" | "real";

export interface CorpusReport {
  title: string;
  kind: "position" | "team";
  /** Normalized, e.g. "CS-05"; null for teams. */
  classification: string | null;
  fte: number;
  ftePlanned: boolean;
}

export interface CorpusDocument {
  file: string;
  style: CorpusStyle;
  language: CorpusLanguage;
  shape: CorpusShape;
  text: string;
  /** UTF-8 bytes of `text` (some markdown files use CRLF line endings). */
  bytes: Uint8Array;
  /** The position the document describes. */
  title: string;
  classification: string;
  department: string;
  manager: string;
  reports: CorpusReport[];
}

/** One manager -> report line the documents state, in one department. */
export interface CorpusRelation {
  department: string;
  manager: string;
  report: string;
}

export interface Corpus {
  documents: CorpusDocument[];
  /** Every reporting line stated by some document, without duplicates. */
  relations: CorpusRelation[];
  totalBytes: number;
}

export interface CorpusOptions {
  documents: number;
  seed?: number;
  /** Share of documents in the OCR style (default 0.4). */
  ocrShare?: number;
  /** Share of the English documents written in the real collection's shapes (default 0.4). */
  realShare?: number;
  /** Share of departments whose documents are in French, all in real shapes (default 0.2). */
  frenchShare?: number;
  /** Target size range of one document in bytes (default 2,000-15,000). */
  minBytes?: number;
  maxBytes?: number;
}

// -------------------------------------------------------------------------------------------
// The corpus
// -------------------------------------------------------------------------------------------

function departmentNames(random: Random, count: number, language: CorpusLanguage): string[] {
  const all =
    language === "fr"
      ? [...DEPARTMENTS_FR]
      : DEPARTMENT_STEMS.flatMap((stem) => DEPARTMENT_FORMS.map((form) => form(stem)));
  for (let i = all.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [all[i], all[j]] = [all[j] ?? "", all[i] ?? ""];
  }
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const base = all[i % all.length] ?? "Department";
    const round = Math.floor(i / all.length);
    const regions =
      language === "fr"
        ? ["du Nord", "de l'Ouest", "de l'Est", "du Centre", "de l'Atlantique"]
        : ["Northern", "Western", "Eastern", "Central", "Atlantic"];
    const region = regions[(round - 1) % 5] ?? "";
    names.push(
      // "Service Canada – Région du Nord": no brackets, which a reader drops from a name.
      round === 0 ? base : language === "fr" ? `${base} – Région ${region}` : `${region} ${base}`,
    );
  }
  return names;
}

function hex(random: Random, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += "0123456789abcdef"[random.int(0, 15)];
  return out;
}

/** Generates `documents` job descriptions forming several department hierarchies. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const random = createRandom(options.seed ?? 1);
  const ocrShare = options.ocrShare ?? 0.4;
  const realShare = options.realShare ?? 0.4;
  const frenchShare = options.frenchShare ?? 0.2;
  const minBytes = options.minBytes ?? 2_000;
  const maxBytes = options.maxBytes ?? 15_000;

  // Split the documents into trees of 30-150 documents, one department each.
  const sizes: number[] = [];
  for (let left = options.documents; left > 0;) {
    const size = Math.min(left, random.int(30, 150));
    sizes.push(size);
    left -= size;
  }
  // French departments spread evenly among the others: with 0.2, the 5th, 10th, 15th …
  const languages = sizes.map((_, i): CorpusLanguage =>
    Math.floor((i + 1) * frenchShare + 1e-9) > Math.floor(i * frenchShare + 1e-9) ? "fr" : "en",
  );
  const names = {
    en: departmentNames(random, sizes.length, "en"),
    fr: departmentNames(random, sizes.length, "fr"),
  };
  const trees = sizes.map((size, i) => {
    const language = languages[i] ?? "en";
    const department = names[language][i] ?? `Department ${i}`;
    return buildTree(random, department, size, language);
  });

  // Position numbers are unique: two descriptions with one number are one position.
  let number = 100_000 + random.int(0, 9_999);
  for (const tree of trees) {
    const stack: Position[] = [tree.root];
    for (let p = stack.pop(); p; p = stack.pop()) {
      number += random.int(1, 40);
      p.number = String(number);
      stack.push(...p.children);
    }
  }

  const documents: CorpusDocument[] = [];
  const relations = new Map<string, CorpusRelation>();
  const addRelation = (department: string, manager: string, report: string) => {
    relations.set(`${department}\u0000${manager}\u0000${report}`, { department, manager, report });
  };
  for (const tree of trees) {
    const stack: Position[] = [tree.root];
    while (stack.length > 0) {
      const position = stack.shift();
      if (!position) break;
      for (const child of position.children) stack.push(child);
      if (!position.hasDocument) continue;
      const manager = position.parent?.title ?? tree.topManager;
      const siblings = position.parent?.children.filter((c) => c !== position) ?? [];
      const namePeers =
        siblings.length > 0 && siblings.every((s) => s.kind === "position") && random.chance(0.5);
      const style: CorpusStyle = random.chance(ocrShare) ? "ocr" : "markdown";
      const shape: CorpusShape =
        tree.language === "fr" || random.chance(realShare) ? "real" : "generated";
      // Sizes skew small, as real descriptions do: most are 3-8 KB.
      const targetBytes = Math.round(minBytes + (maxBytes - minBytes) * random.next() ** 1.6);
      const rendering: Rendering = {
        position,
        tree,
        manager,
        peers: namePeers ? siblings : null,
        targetBytes,
      };
      const render =
        shape === "real"
          ? style === "ocr"
            ? renderRealOcr
            : renderRealMarkdown
          : style === "ocr"
            ? renderOcr
            : renderMarkdown;
      const text = render(random, rendering);
      const index = String(documents.length).padStart(4, "0");
      const extension = style === "ocr" || random.chance(0.3) ? "txt" : "md";
      documents.push({
        file: `${index}_${hex(random, 16)}.${extension}`,
        style,
        language: tree.language,
        shape,
        text,
        bytes: utf8.encode(text),
        title: position.title,
        classification: position.classification ?? "",
        department: tree.department,
        manager,
        reports: position.children.map((c) => ({
          title: c.title,
          kind: c.kind,
          classification: c.classification,
          fte: c.fte,
          ftePlanned: c.ftePlanned,
        })),
      });
      addRelation(tree.department, manager, position.title);
      for (const child of position.children)
        addRelation(tree.department, position.title, child.title);
      if (namePeers) for (const peer of siblings) addRelation(tree.department, manager, peer.title);
    }
  }
  return {
    documents,
    relations: [...relations.values()],
    totalBytes: documents.reduce((n, d) => n + d.bytes.byteLength, 0),
  };
}

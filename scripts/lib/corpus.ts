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
 * Every document names its manager and lists 2-6 reports with classification and FTEs; the
 * generator returns that ground truth so a test can check the extractor found every line.
 * Same options, same bytes: everything comes from a seeded PRNG.
 */

import { AREAS, FUNCTIONS, DEPARTMENT_STEMS, DEPARTMENT_FORMS } from "./corpus-words.ts";
import { renderMarkdown, renderOcr, type Rendering } from "./corpus-render.ts";

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
  /** Target size range of one document in bytes (default 2,000-15,000). */
  minBytes?: number;
  maxBytes?: number;
}

// -------------------------------------------------------------------------------------------
// The hierarchy
// -------------------------------------------------------------------------------------------

export interface Position {
  title: string;
  /** Short name used in the document's own sentences ("the Director"). */
  short: string;
  kind: "position" | "team";
  level: number;
  classification: string | null;
  fte: number;
  ftePlanned: boolean;
  /** Directorate or division the position heads (its own document's Organization field). */
  unit: string;
  parent: Position | null;
  children: Position[];
  hasDocument: boolean;
}

export interface Tree {
  department: string;
  abbreviation: string;
  branch: string;
  /** The root's manager, named but not described. */
  topManager: string;
  root: Position;
}

const LEVELS: readonly { role: string; short: string; classifications: readonly string[] }[] = [
  {
    role: "Assistant Deputy Minister",
    short: "Assistant Deputy Minister",
    classifications: ["EX-04", "EX-05"],
  },
  { role: "Director General", short: "Director General", classifications: ["EX-03"] },
  { role: "Director", short: "Director", classifications: ["EX-01", "EX-02"] },
  { role: "Manager", short: "Manager", classifications: ["AS-07", "PM-06", "CS-04", "EC-07"] },
  { role: "Team Leader", short: "Team Leader", classifications: ["AS-04", "PM-04", "CS-03"] },
  { role: "Supervisor", short: "Supervisor", classifications: ["PM-03", "AS-03", "CR-05"] },
];

class TitleFactory {
  private readonly used = new Set<string>();
  constructor(private readonly random: Random) {}

  private unique(make: () => string): string {
    for (let attempt = 0; attempt < 200; attempt++) {
      const title = make();
      if (!this.used.has(title.toLowerCase())) {
        this.used.add(title.toLowerCase());
        return title;
      }
    }
    throw new Error("ran out of distinct titles; widen the vocabulary");
  }

  qualifier(words: number): string {
    const r = this.random;
    if (words === 1) return r.pick(AREAS);
    if (words === 2) return `${r.pick(AREAS)} ${r.pick(FUNCTIONS)}`;
    return `${r.pick(AREAS)} ${r.pick(FUNCTIONS)} ${r.pick(FUNCTIONS)}`;
  }

  position(level: number): { title: string; unit: string } {
    const spec = LEVELS[Math.min(level, LEVELS.length - 1)] ?? LEVELS[0];
    let unit = "";
    const title = this.unique(() => {
      unit = this.qualifier(level === 0 ? 1 : this.random.chance(0.15) ? 3 : 2);
      return `${spec?.role}, ${unit}`;
    });
    return { title, unit };
  }

  team(): string {
    return this.unique(() => `${this.qualifier(2)} Team`);
  }
}

function buildTree(random: Random, department: string, documents: number): Tree {
  const titles = new TitleFactory(random);
  const rootName = titles.position(0);
  const root = newPosition(random, rootName.title, 0, "position", null, rootName.unit);
  const queue: Position[] = [root];
  let described = 0;
  while (queue.length > 0 && described < documents) {
    const position = queue.shift();
    if (!position) break;
    position.hasDocument = true;
    described++;
    const count = random.int(2, 6);
    for (let i = 0; i < count; i++) {
      const level = position.level + 1;
      const isTeam = level >= 3 && random.chance(level >= 4 ? 0.6 : 0.25);
      const child = isTeam
        ? newPosition(random, titles.team(), level, "team", position, "")
        : (() => {
            const name = titles.position(level);
            return newPosition(random, name.title, level, "position", position, name.unit);
          })();
      position.children.push(child);
      if (child.kind === "position") queue.push(child);
    }
  }
  assignFte(root);
  const abbreviation = department
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
  return {
    department,
    abbreviation,
    branch: `${rootName.unit} Sector`,
    topManager: "Deputy Minister",
    root,
  };
}

function newPosition(
  random: Random,
  title: string,
  level: number,
  kind: Position["kind"],
  parent: Position | null,
  unit: string,
): Position {
  const spec = LEVELS[Math.min(level, LEVELS.length - 1)];
  return {
    title,
    short: kind === "team" ? title : (spec?.short ?? title),
    kind,
    level,
    classification: kind === "team" ? null : random.pick(spec?.classifications ?? ["AS-05"]),
    fte: random.int(2, 24),
    ftePlanned: kind === "team" && random.chance(0.08),
    unit,
    parent,
    children: [],
    hasDocument: false,
  };
}

/** A described position's size is the sum of its reports' sizes, so totals always agree. */
function assignFte(position: Position): number {
  if (position.children.length === 0) return position.fte;
  position.fte = position.children.reduce((sum, child) => sum + assignFte(child), 0);
  return position.fte;
}

// -------------------------------------------------------------------------------------------
// The corpus
// -------------------------------------------------------------------------------------------

function departmentNames(random: Random, count: number): string[] {
  const all = DEPARTMENT_STEMS.flatMap((stem) => DEPARTMENT_FORMS.map((form) => form(stem)));
  for (let i = all.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [all[i], all[j]] = [all[j] ?? "", all[i] ?? ""];
  }
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const base = all[i % all.length] ?? "Department";
    const round = Math.floor(i / all.length);
    names.push(
      round === 0
        ? base
        : `${["Northern", "Western", "Eastern", "Central", "Atlantic"][(round - 1) % 5]} ${base}`,
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
  const minBytes = options.minBytes ?? 2_000;
  const maxBytes = options.maxBytes ?? 15_000;

  // Split the documents into trees of 30-150 documents, one department each.
  const sizes: number[] = [];
  for (let left = options.documents; left > 0;) {
    const size = Math.min(left, random.int(30, 150));
    sizes.push(size);
    left -= size;
  }
  const departments = departmentNames(random, sizes.length);
  const trees = sizes.map((size, i) =>
    buildTree(random, departments[i] ?? `Department ${i}`, size),
  );

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
      // Sizes skew small, as real descriptions do: most are 3-8 KB.
      const targetBytes = Math.round(minBytes + (maxBytes - minBytes) * random.next() ** 1.6);
      const rendering: Rendering = {
        position,
        tree,
        manager,
        peers: namePeers ? siblings : null,
        targetBytes,
      };
      const text =
        style === "ocr" ? renderOcr(random, rendering) : renderMarkdown(random, rendering);
      const index = String(documents.length).padStart(4, "0");
      const extension = style === "ocr" || random.chance(0.3) ? "txt" : "md";
      documents.push({
        file: `${index}_${hex(random, 16)}.${extension}`,
        style,
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

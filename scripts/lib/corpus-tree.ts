/**
 * The hierarchies behind the synthetic corpus (corpus.ts): one department per tree, an
 * Assistant Deputy Minister at its root, then Directors General, Directors, Managers, Team
 * Leaders and teams, titled in the department's language.
 */

import type { CorpusLanguage, Random } from "./corpus.ts";
import { AREAS, FUNCTIONS } from "./corpus-words.ts";
import { AREAS_FR, FUNCTIONS_FR, ROLES_FR } from "./corpus-words-fr.ts";

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
  /** The position's title is written in its inclusive form ("Directeur/directrice, …"). */
  inclusive: boolean;
  /** Its position number, unique in the corpus (set by generateCorpus). */
  number: string;
  parent: Position | null;
  children: Position[];
  hasDocument: boolean;
}

export interface Tree {
  language: CorpusLanguage;
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

/** The French roles by level, in the shape of LEVELS. */
const LEVELS_FR = ROLES_FR.map((r) => ({
  role: r.title,
  short: r.title,
  classifications: r.classifications,
}));

const levelsOf = (language: CorpusLanguage) => (language === "fr" ? LEVELS_FR : LEVELS);

class TitleFactory {
  private readonly used = new Set<string>();
  constructor(
    private readonly random: Random,
    private readonly language: CorpusLanguage,
  ) {}

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
    if (this.language === "fr") {
      // "Opérations des pensions", "Analyse et planification des aînés".
      const first = r.pick(FUNCTIONS_FR);
      const second = words === 3 ? ` et ${r.pick(FUNCTIONS_FR).toLowerCase()}` : "";
      return `${first}${second} ${r.pick(AREAS_FR)}`;
    }
    if (words === 1) return r.pick(AREAS);
    if (words === 2) return `${r.pick(AREAS)} ${r.pick(FUNCTIONS)}`;
    return `${r.pick(AREAS)} ${r.pick(FUNCTIONS)} ${r.pick(FUNCTIONS)}`;
  }

  position(level: number): { title: string; unit: string } {
    const levels = levelsOf(this.language);
    const spec = levels[Math.min(level, levels.length - 1)] ?? levels[0];
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

export function buildTree(
  random: Random,
  department: string,
  documents: number,
  language: CorpusLanguage,
): Tree {
  const titles = new TitleFactory(random, language);
  const rootName = titles.position(0);
  const root = newPosition(random, rootName.title, 0, "position", null, rootName.unit, language);
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
      // The French descriptions of the collection list positions, not teams.
      const isTeam = language === "en" && level >= 3 && random.chance(level >= 4 ? 0.6 : 0.25);
      const child = isTeam
        ? newPosition(random, titles.team(), level, "team", position, "", language)
        : (() => {
            const name = titles.position(level);
            return newPosition(
              random,
              name.title,
              level,
              "position",
              position,
              name.unit,
              language,
            );
          })();
      position.children.push(child);
      if (child.kind === "position") queue.push(child);
    }
  }
  assignFte(root);
  if (language === "fr") writeInclusiveTitles(random, root);
  const abbreviation = department
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
  return {
    language,
    department,
    abbreviation,
    branch: language === "fr" ? rootName.unit : `${rootName.unit} Sector`,
    topManager: language === "fr" ? "Sous-ministre" : "Deputy Minister",
    root,
  };
}

/**
 * A French Director with a description of its own is often titled in its inclusive form, which
 * its own header gives; the others name it in sentences ("du directeur ou de la directrice, …").
 */
function writeInclusiveTitles(random: Random, root: Position): void {
  const stack = [root];
  while (stack.length > 0) {
    const p = stack.pop();
    if (!p) break;
    stack.push(...p.children);
    if (p.hasDocument && p.title.startsWith("Directeur, ") && random.chance(0.5)) {
      p.title = p.title.replace(/^Directeur, /, "Directeur/directrice, ");
      p.inclusive = true;
    }
  }
}

function newPosition(
  random: Random,
  title: string,
  level: number,
  kind: Position["kind"],
  parent: Position | null,
  unit: string,
  language: CorpusLanguage,
): Position {
  const levels = levelsOf(language);
  const spec = levels[Math.min(level, levels.length - 1)];
  return {
    title,
    short: kind === "team" ? title : (spec?.short ?? title),
    kind,
    level,
    classification: kind === "team" ? null : random.pick(spec?.classifications ?? ["AS-05"]),
    fte: random.int(2, 24),
    ftePlanned: kind === "team" && random.chance(0.08),
    unit,
    inclusive: false,
    number: "",
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

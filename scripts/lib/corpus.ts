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
// Vocabulary. Qualifiers never contain a role word, so "Director, Pension Processing" reads as
// one title; every word is capitalized so titles read the same in both styles.
// -------------------------------------------------------------------------------------------

const AREAS = [
  "Pension",
  "Benefits",
  "Employment Insurance",
  "Student Financial Assistance",
  "Passport",
  "Immigration",
  "Border",
  "Tax",
  "Pay",
  "Procurement",
  "Real Property",
  "Digital",
  "Data",
  "Cyber Security",
  "Client Experience",
  "Grants and Contributions",
  "Indigenous Relations",
  "Regional",
  "Northern",
  "Marine",
  "Rail",
  "Aviation",
  "Health Products",
  "Food Safety",
  "Veterans Benefits",
  "Collections",
  "Compliance",
  "Internal Audit",
  "Evaluation",
  "Policy",
  "Legislative",
  "Financial",
  "Human Resources",
  "Learning",
  "Research",
  "Statistics",
  "Communications",
  "Parliamentary Affairs",
  "Integrity",
  "Fraud Prevention",
  "Call Centre",
  "Outreach",
  "Trade",
  "Consular",
  "Settlement",
  "Wildlife",
  "Water",
  "Energy",
  "Forestry",
  "Housing",
  "Disability",
  "Seniors",
  "Youth",
  "Apprenticeship",
  "Pharmaceutical",
  "Recalls",
] as const;

const FUNCTIONS = [
  "Operations",
  "Processing",
  "Programs",
  "Services",
  "Strategy",
  "Planning",
  "Systems",
  "Modernization",
  "Quality",
  "Analytics",
  "Integration",
  "Delivery",
  "Support",
  "Intake",
  "Review",
  "Partnerships",
  "Standards",
  "Governance",
  "Engagement",
  "Renewal",
  "Transformation",
  "Assurance",
  "Innovation",
  "Payments",
  "Appeals",
  "Verification",
  "Oversight",
  "Readiness",
  "Coordination",
  "Design",
] as const;

const DEPARTMENT_STEMS = [
  "Employment",
  "Health",
  "Revenue",
  "Transport",
  "Fisheries",
  "Heritage",
  "Justice",
  "Environment",
  "Veterans",
  "Immigration",
  "Public Safety",
  "Agriculture",
  "Natural Resources",
  "Indigenous Services",
  "Innovation",
  "Housing",
  "Labour",
  "Northern Affairs",
  "Student Aid",
  "Public Works",
  "Border Services",
  "Citizen Services",
] as const;
const DEPARTMENT_FORMS = [
  (s: string) => `${s} Canada`,
  (s: string) => `${s} and Development Canada`,
  (s: string) => `Department of ${s}`,
  (s: string) => `${s} Agency of Canada`,
  (s: string) => `Canadian ${s} Service`,
  (s: string) => `${s} Secretariat`,
  (s: string) => `${s} Commission of Canada`,
] as const;

const CITIES = [
  "Ottawa, Ontario",
  "Gatineau, Quebec",
  "Montreal, Quebec",
  "Toronto, Ontario",
  "Winnipeg, Manitoba",
  "Edmonton, Alberta",
  "Vancouver, British Columbia",
  "Halifax, Nova Scotia",
  "Moncton, New Brunswick",
  "Regina, Saskatchewan",
] as const;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
const COUNT_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
] as const;

const PARTNERS = [
  "regional offices",
  "central agencies",
  "program areas",
  "provincial and territorial partners",
  "service delivery networks",
  "the Treasury Board Secretariat",
  "senior management",
  "Indigenous organizations",
  "industry associations",
  "other federal departments",
  "the Office of the Chief Information Officer",
  "unions and employee networks",
  "international counterparts",
] as const;
const VERBS = [
  "works closely with",
  "provides strategic advice to",
  "coordinates activities with",
  "maintains productive relationships with",
  "negotiates service agreements with",
  "shares performance information with",
  "consults regularly with",
  "builds partnerships with",
] as const;
const PURPOSES = [
  "to improve the quality and timeliness of services to Canadians",
  "in a context of rapidly changing government priorities",
  "while managing significant operational and reputational risks",
  "so that programs are delivered consistently across all regions",
  "to ensure that resources are aligned with departmental priorities",
  "in support of the modernization of legacy systems and business processes",
  "to respond to recommendations of audits and evaluations",
  "to anticipate surges in demand and adjust capacity accordingly",
  "within a complex legislative and regulatory framework",
] as const;
const CHALLENGES = [
  "One of the main challenges for the incumbent is to balance competing demands with limited resources.",
  "Demand for services can change quickly in response to economic conditions, and the organization must adapt without reducing service quality.",
  "Legacy systems limit automation, so much of the work still depends on the judgement of experienced employees.",
  "The work is highly visible, and errors can have serious consequences for clients and for the reputation of the department.",
  "Recruitment and retention of specialized staff remain a constant concern in a competitive labour market.",
  "Privacy and security obligations apply to all information handled by the organization.",
  "Service standards are published, and results are reported publicly every year.",
  "Clients expect the same quality of service online, by telephone and in person.",
] as const;
const DUTIES = [
  "leading the planning and delivery of the unit's programs",
  "setting priorities and allocating resources among the teams",
  "monitoring performance against service standards and correcting course as needed",
  "providing expert advice and briefing material to senior management",
  "managing the human, financial and material resources of the organization with probity and prudence",
  "representing the organization in interdepartmental committees and working groups",
  "developing and implementing improvements to business processes and tools",
  "ensuring compliance with legislation, policies and directives",
  "fostering a healthy, inclusive and respectful workplace",
  "managing risks and issues and escalating them when required",
  "building and maintaining partnerships with stakeholders",
  "coaching employees and planning for succession",
] as const;
const TEAM_WORK = [
  "processes applications and resolves complex cases",
  "maintains the tools and data used by the directorate",
  "answers enquiries from clients and partners",
  "prepares analysis, reports and briefing material",
  "reviews files for quality and consistency",
  "plans and coordinates projects across the regions",
  "supports the modernization of systems and processes",
  "delivers training and guidance to front-line staff",
] as const;

// -------------------------------------------------------------------------------------------
// The hierarchy
// -------------------------------------------------------------------------------------------

interface Position {
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

interface Tree {
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
// Text helpers
// -------------------------------------------------------------------------------------------

/** OCR reads 0 as O and 1 as I in numbers; words are left alone. */
function ocrDigits(random: Random, value: string, rate = 0.6): string {
  return value.replace(/[01]/g, (d) => (random.chance(rate) ? (d === "0" ? "O" : "I") : d));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function date(random: Random): { text: string; year: number } {
  const year = random.int(2008, 2024);
  return { text: `${random.pick(MONTHS)} ${random.int(1, 28)}, ${year}`, year };
}

function joinList(items: readonly string[], useSemicolons: boolean): string {
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

function fillerParagraph(random: Random, short: string): string {
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

function duties(random: Random, count: number): string[] {
  const list: string[] = [];
  for (let i = 0; i < count; i++) list.push(capitalize(random.pick(DUTIES)));
  return list;
}

interface Rendering {
  position: Position;
  tree: Tree;
  manager: string;
  /** Other positions reporting to the same manager, when the document names them. */
  peers: Position[] | null;
  targetBytes: number;
}

const utf8 = new TextEncoder();
const byteLength = (text: string) => utf8.encode(text).byteLength;

// -------------------------------------------------------------------------------------------
// Markdown style
// -------------------------------------------------------------------------------------------

function renderMarkdown(random: Random, r: Rendering): string {
  const { position: p, tree } = r;
  const effective = date(random);
  const reports = p.children;
  const teamsOnly = reports.every((c) => c.kind === "team");
  const noun = teamsOnly ? "teams" : "positions";
  const fields = [
    `*   **Position Title:** ${p.title}`,
    `*   **Position Number:** ${random.int(100000, 999999)}`,
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

function renderOcr(random: Random, r: Rendering): string {
  const { position: p, tree } = r;
  const stamp = date(random);
  const footer = ocrDigits(random, stamp.text, 0.8);
  const classification = ocrDigits(random, p.classification ?? "");
  const segments: string[] = [
    `${tree.abbreviation} EXECUTIVE GROUP POSITION DESCRIPTION POSITION TITLE: ${p.title} REPORTS TO: ${r.manager} DIRECTORATE: ${p.unit} BRANCH: ${tree.branch} DEPARTMENT: ${tree.department} POSITION NUMBER: ${random.chance(0.3) ? "TBD" : ocrDigits(random, String(random.int(10000000, 99999999)))} LEVEL: ${classification}`,
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
